//! Golden tests on the example articles shipped in `examples/`.
//!
//! 1. For every `examples/articles/<stem>.txt`, the report `dangbo extract`
//!    writes must equal the checked-in `examples/expected/<stem>.json`. After a
//!    deliberate change of the extractor, regenerate them and review the diff:
//!
//!        DANGBO_BLESS=1 cargo test -p dangbo-cli --test golden
//!
//! 2. The examples must score at least 0.9 F1 against `examples/gold` with the
//!    project's scorer (`shared/tools/score.py`, run with `python3`); when
//!    python3 or the scorer is missing, the check is skipped with a note.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_dangbo");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
const SCORER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/tools/score.py"
);
const MIN_F1: f64 = 0.9;

/// A note on the real stderr, past the test harness's capture.
fn note(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "NOTE (dangbo-cli golden): {message}");
}

fn articles() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(Path::new(EXAMPLES).join("articles"))
        .expect("examples/articles exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "expected at least 10 example articles");
    files
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Runs `dangbo extract examples/articles --out <dir>`; panics with stderr on failure.
fn extract_all(dir: &Path) {
    let _ = fs::remove_dir_all(dir);
    let out = Command::new(BIN)
        .args(["extract", &format!("{EXAMPLES}/articles"), "--out"])
        .arg(dir)
        .output()
        .expect("the dangbo binary runs");
    assert!(
        out.status.success(),
        "dangbo extract failed on the examples:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Paths where two JSON values differ, at most `limit` of them.
fn differences(
    expected: &serde_json::Value,
    got: &serde_json::Value,
    at: &str,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    if out.len() >= 12 {
        return;
    }
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                let (x, y) = (
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                );
                differences(x, y, &format!("{at}.{key}"), out);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{at}[{i}]"), out);
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{at}: expected {a}, got {b}")),
    }
}

#[test]
fn examples_extract_to_their_expected_reports() {
    let expected_dir = Path::new(EXAMPLES).join("expected");
    let bless = std::env::var_os("DANGBO_BLESS").is_some_and(|v| v == "1");
    let articles = articles();
    if !bless {
        let missing: Vec<String> = articles
            .iter()
            .map(|a| format!("{}.json", stem(a)))
            .filter(|name| !expected_dir.join(name).is_file())
            .collect();
        assert!(
            missing.is_empty(),
            "examples/expected/ lacks {} file(s): {}.\nOnce the extractor works, write them with\n    \
             DANGBO_BLESS=1 cargo test -p dangbo-cli --test golden\nand review them before committing.",
            missing.len(),
            missing.join(", ")
        );
    }
    let got_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-expected");
    extract_all(&got_dir);
    if bless {
        fs::create_dir_all(&expected_dir).unwrap();
        for a in &articles {
            let name = format!("{}.json", stem(a));
            fs::copy(got_dir.join(&name), expected_dir.join(&name)).unwrap();
        }
        note(&format!(
            "blessed {} files in examples/expected/",
            articles.len()
        ));
        return;
    }
    let mut failures = Vec::new();
    for a in &articles {
        let name = format!("{}.json", stem(a));
        let read = |dir: &Path| -> serde_json::Value {
            let text = fs::read_to_string(dir.join(&name)).unwrap();
            serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.join(&name).display()))
        };
        let (expected, got) = (read(&expected_dir), read(&got_dir));
        if expected != got {
            let mut diffs = Vec::new();
            differences(&expected, &got, "", &mut diffs);
            failures.push(format!("{name}:\n    {}", diffs.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} example(s) no longer extract to examples/expected/ (bless with DANGBO_BLESS=1 if the change is wanted):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn examples_score_against_their_gold_facts() {
    if !Path::new(SCORER).is_file() {
        note(&format!(
            "scorer not found at {SCORER}: score check skipped"
        ));
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        note("python3 not found: score check skipped");
        return;
    }
    let got_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-score");
    extract_all(&got_dir);
    let out = Command::new("python3")
        .arg(SCORER)
        .arg(Path::new(EXAMPLES).join("gold"))
        .arg(&got_dir)
        .arg("-v")
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    let f1: f64 = last
        .strip_prefix("score: f1=")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|f| f.parse().ok())
        .unwrap_or_else(|| {
            panic!(
                "no score line from the scorer:\n{stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    note(last);
    assert!(f1 >= MIN_F1, "examples score f1={f1} < {MIN_F1}:\n{stdout}");
}
