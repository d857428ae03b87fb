//! Tools, not tests: the figure finder's throughput, and a dump of its output
//! over many bodies to compare two versions.
//!
//! ```text
//! cargo test --release -p dangbo-extract --lib figures::tests::speed -- --ignored --nocapture
//! FIGURES_DUMP=out.json [FIGURES_FIXTURES=dir] cargo test --release -p dangbo-extract --lib dump_figures -- --ignored
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::*;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn texts_in(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p.display().to_string(), text))
        })
        .collect()
}

fn articles() -> Vec<(String, String)> {
    let mut out = texts_in(&Path::new(ROOT).join("examples/articles"));
    out.extend(texts_in(&Path::new(ROOT).join("../shared/corpus/articles")));
    out
}

/// The string literals of the figure tests that hold a digit: our own
/// sentences, each one body.
fn fixture_sentences() -> Vec<String> {
    let dir = std::env::var("FIGURES_FIXTURES").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("src/figures"),
        PathBuf::from,
    );
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("tests"))
        .into_iter()
        .flatten()
        .chain(std::fs::read_dir(&dir).into_iter().flatten())
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        let mut chars = src.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut lit = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        if let Some(e) = chars.next() {
                            lit.push(match e {
                                'n' => '\n',
                                't' => '\t',
                                other => other,
                            });
                        }
                    }
                    '"' => break,
                    _ => lit.push(c),
                }
            }
            if lit.chars().any(|c| c.is_ascii_digit()) && lit.chars().count() > 8 {
                out.push(lit);
            }
        }
    }
    out
}

/// A small deterministic generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// Bodies derived from the articles: the articles, their paragraphs, case
/// and tone-placement variants, NFD, and random splices of lines.
fn bodies() -> Vec<String> {
    let arts: Vec<String> = articles().into_iter().map(|(_, t)| t).collect();
    let mut out: Vec<String> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for a in &arts {
        out.push(a.clone());
        out.push(a.to_uppercase());
        out.push(a.to_lowercase());
        out.push(
            a.replace("hóa", "hoá")
                .replace("ủy", "uỷ")
                .replace("tỷ", "tỉ")
                .replace("Hóa", "Hoá"),
        );
        out.push(a.replace('\n', " "));
        out.push(a.replace(". ", ", "));
        out.push(a.replace(',', ""));
        out.push(a.replace(' ', "  "));
        out.push(unicode_normalization::UnicodeNormalization::nfd(a.as_str()).collect());
        for p in a.split('\n').filter(|l| !l.trim().is_empty()) {
            lines.push(p.to_owned());
            out.push(p.to_owned());
        }
    }
    let mut rng = Lcg(0x5eed);
    for _ in 0..400 {
        let n = 1 + rng.next() % 12;
        let mut body = String::new();
        for _ in 0..n {
            let l = &lines[rng.next() % lines.len()];
            // A random cut of the line, on char boundaries.
            let chars: Vec<char> = l.chars().collect();
            let a = rng.next() % (chars.len() + 1);
            let b = a + rng.next() % (chars.len() + 1 - a);
            let piece: String = if rng.next() % 3 == 0 {
                chars[a..b].iter().collect()
            } else {
                l.clone()
            };
            body.push_str(&piece);
            body.push(if rng.next() % 4 == 0 { ' ' } else { '\n' });
        }
        out.push(body);
    }
    out.extend(fixture_sentences());
    out
}

fn contexts() -> Vec<Context> {
    vec![
        Context::default(),
        year_end(),
        Context {
            review: Some(PeriodDraft::YearToDate {
                year: 2023,
                months: 9,
            }),
            plan: Some(PeriodDraft::YearRemainder {
                year: 2023,
                months: 3,
            }),
            published: chrono::NaiveDate::from_ymd_opt(2023, 10, 5),
            below_province: false,
            unit: None,
            locality: None,
        },
    ]
}

/// Writes the figures of every derived body under every context as JSON
/// lines to `$FIGURES_DUMP`.
#[test]
#[ignore = "a tool: dumps the figures to compare two versions"]
fn dump_figures() {
    let Ok(path) = std::env::var("FIGURES_DUMP") else {
        return;
    };
    let mut out = String::new();
    let bodies = bodies();
    for (k, body) in bodies.iter().enumerate() {
        for (c, context) in contexts().iter().enumerate() {
            let f = find(body, context);
            let _ = writeln!(
                out,
                "{k}/{c} {}\n{}",
                serde_json::to_string(&f.indicators).unwrap(),
                serde_json::to_string(&f.tallies).unwrap()
            );
        }
    }
    std::fs::write(&path, out).unwrap();
    println!("{} bodies dumped to {path}", bodies.len());
}

/// Prints the figure finder's throughput over the articles repeated to 20 MB.
#[test]
#[ignore = "a tool: measures throughput (run with --release)"]
fn speed() {
    let arts: Vec<String> = articles().into_iter().map(|(_, t)| t).collect();
    let mb: usize = std::env::var("FIGURES_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < mb << 20 {
        for a in &arts {
            bytes += a.len();
            corpus.push(a.as_str());
        }
    }
    for (label, context) in [
        ("default context", Context::default()),
        ("year_end", year_end()),
    ] {
        let mut best = f64::MAX;
        let mut best_cpu = f64::MAX;
        let mut found = 0;
        let reps: usize = std::env::var("FIGURES_REPS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3);
        for _ in 0..reps {
            let t = Instant::now();
            let cpu = cpu_seconds();
            found = 0;
            for body in &corpus {
                let f = find(body, &context);
                found += f.indicators.len() + f.tallies.len();
            }
            best = best.min(t.elapsed().as_secs_f64());
            best_cpu = best_cpu.min(cpu_seconds() - cpu);
        }
        println!(
            "figures::find ({label}): {:.1} MB/s of CPU time, {:.1} MB/s of wall time ({bytes} bytes, {found} figures)",
            bytes as f64 / best_cpu / 1e6,
            bytes as f64 / best / 1e6
        );
    }
}

/// The CPU time of this thread so far (Linux), so that other load on the
/// machine does not count; 0 elsewhere.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// Prints the whole extractor's throughput over the articles repeated to
/// `$FIGURES_MB` MB (20 by default): the share the figures take of it.
#[test]
#[ignore = "a tool: measures throughput (run with --release)"]
fn extract_speed() {
    let arts: Vec<String> = articles().into_iter().map(|(_, t)| t).collect();
    let mb: usize = std::env::var("FIGURES_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < mb << 20 {
        for a in &arts {
            bytes += a.len();
            corpus.push(a.as_str());
        }
    }
    let cpu = cpu_seconds();
    let t = Instant::now();
    let mut found = 0;
    for body in &corpus {
        found += crate::extract(body, &crate::Options::default())
            .indicators()
            .len();
    }
    let (wall, cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    println!(
        "extract: {:.1} MB/s of CPU time, {:.1} MB/s of wall time ({bytes} bytes, {found} indicators)",
        bytes as f64 / cpu / 1e6,
        bytes as f64 / wall / 1e6
    );
}
