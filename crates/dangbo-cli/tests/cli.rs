//! The `dangbo` binary, run as a user runs it, on scratch directories.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dangbo::Report;

const BIN: &str = env!("CARGO_BIN_EXE_dangbo");
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn dangbo(args: &[&str]) -> Output {
    dangbo_in(Path::new(WORKSPACE), args, &[])
}

fn dangbo_in(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(cwd);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the dangbo binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh, empty scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn example(stem: &str) -> String {
    fs::read_to_string(format!("{EXAMPLES}/{stem}.txt")).unwrap()
}

/// A scratch directory holding `n` articles made from the examples, under new names.
fn articles(name: &str, n: usize) -> PathBuf {
    let dir = scratch(name);
    let stems = [
        "01_tinh_uy_ha_tinh",
        "03_huyen_uy_yen_thanh",
        "06_dang_uy_phuong_tan_an",
        "08_ban_thuong_vu_cam_lam",
    ];
    for i in 0..n {
        let stem = stems[i % stems.len()];
        fs::write(dir.join(format!("a{i:03}_{stem}.txt")), example(stem)).unwrap();
    }
    dir
}

#[test]
fn extract_writes_one_valid_report_per_input_into_out() {
    let input = articles("out-in", 5);
    let out_dir = scratch("out-out").join("nested");
    let out = dangbo(&[
        "extract",
        input.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let mut names: Vec<String> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    assert_eq!(names[0], "a000_01_tinh_uy_ha_tinh.json");
    for name in names {
        let json = fs::read_to_string(out_dir.join(&name)).unwrap();
        Report::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn extract_jsonl_keeps_input_order_across_threads_and_windows() {
    // More files than one window of the pipeline holds (4 per thread).
    let input = articles("jsonl", 21);
    let batch = dangbo_in(
        Path::new(WORKSPACE),
        &["extract", input.to_str().unwrap(), "--jsonl"],
        &[("RAYON_NUM_THREADS", "2")],
    );
    assert!(batch.status.success(), "{}", text(&batch.stderr));
    let lines: Vec<String> = text(&batch.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 21);
    let mut files: Vec<PathBuf> = fs::read_dir(&input)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for (file, line) in files.iter().zip(&lines) {
        let one = dangbo(&["extract", file.to_str().unwrap()]);
        assert_eq!(text(&one.stdout).trim_end(), line, "{}", file.display());
        Report::from_json(line).unwrap();
    }
}

#[test]
fn published_date_is_passed_to_the_extractor() {
    let input = articles("published", 1);
    let out = dangbo(&[
        "extract",
        input.to_str().unwrap(),
        "--published",
        "2024-07-01",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = Report::from_json(text(&out.stdout).trim()).unwrap();
    assert_eq!(
        report.source().published(),
        chrono::NaiveDate::from_ymd_opt(2024, 7, 1)
    );
}

#[test]
fn a_bad_file_and_a_missing_path_are_one_line_each_and_the_rest_go_on() {
    let input = articles("bad", 3);
    let bad = input.join("bad.txt");
    fs::write(&bad, b"H\xe1\xbb\x99i ngh\xff lan thu 5").unwrap();
    let missing = input.join("khong-co.txt");
    let out_dir = scratch("bad-out");
    for mode in [vec!["--out", out_dir.to_str().unwrap()], vec!["--jsonl"]] {
        let mut args = vec![
            "extract",
            input.to_str().unwrap(),
            missing.to_str().unwrap(),
        ];
        args.extend(mode.iter().copied());
        let out = dangbo(&args);
        assert_eq!(out.status.code(), Some(1), "{mode:?}");
        let stderr = text(&out.stderr);
        let about = |needle: &str| stderr.lines().filter(|l| l.contains(needle)).count();
        assert_eq!(about("bad.txt"), 1, "{stderr}");
        assert_eq!(about("not UTF-8"), 1, "{stderr}");
        assert_eq!(about("khong-co.txt"), 1, "{stderr}");
        assert_eq!(about("cannot read"), 1, "{stderr}");
        assert_eq!(stderr.lines().count(), 2, "{stderr}");
        if mode[0] == "--jsonl" {
            assert_eq!(text(&out.stdout).lines().count(), 3);
        } else {
            let mut written: Vec<String> = fs::read_dir(&out_dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            written.sort();
            assert_eq!(
                written,
                [
                    "a000_01_tinh_uy_ha_tinh.json",
                    "a001_03_huyen_uy_yen_thanh.json",
                    "a002_06_dang_uy_phuong_tan_an.json"
                ]
            );
        }
    }
}

#[test]
fn usage_errors_exit_with_two() {
    for args in [
        vec!["extract"],
        vec!["extract", "x.txt", "--published", "2023-02-30"],
        vec!["extract", "x.txt", "--out", "o", "--jsonl"],
        vec!["validate"],
        vec!["frobnicate"],
    ] {
        let out = dangbo(&args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// A valid report of my own, on one line.
fn good_report() -> String {
    let value: serde_json::Value = serde_json::from_str(
        r#"{
        "source": {"title": "Huyện ủy Đông Hải tổ chức Hội nghị lần thứ 12", "published": "2023-07-14", "url": null},
        "committee": {"text": "Huyện ủy Đông Hải", "level": "district", "unit_kind": "district",
                      "locality": "Đông Hải", "province": null, "id": null},
        "session": {"organ": "executive_committee", "kind": "plenary", "ordinal": 12,
                    "term": {"ordinal": 18, "start_year": 2020, "end_year": 2025},
                    "expanded": false, "extraordinary": false, "date": "2023-07-13", "end_date": null,
                    "date_text": "Sáng 13/7"},
        "periods": {"review": {"kind": "year_to_date", "year": 2023, "months": 6},
                    "plan": {"kind": "year_remainder", "year": 2023, "months": 6}},
        "people": [{"name": "Lâm Văn Tới", "titles": ["Bí thư Huyện ủy"], "positions": [],
                    "role_in_session": "chair"}],
        "indicators": [{"text": "thu ngân sách đạt 52,4 tỷ đồng, đạt 61% dự toán",
                        "name": "thu ngân sách", "category": "budget", "unit": "tỷ đồng", "value": 52.4,
                        "qualifier": "exact", "figure": "actual", "target": null,
                        "achievements": [{"percent": 61.0, "qualifier": "exact",
                                          "basis": "assigned_estimate", "basis_text": "dự toán"}],
                        "change": null, "share": null, "period": null}],
        "tallies": [{"text": "7/19 chỉ tiêu đạt và vượt", "count": 7, "total": 19, "of": "chỉ tiêu",
                     "status": "met_or_exceeded", "basis": null}],
        "resolutions": [],
        "findings": []
    }"#,
    )
    .unwrap();
    value.to_string()
}

#[test]
fn validate_accepts_good_records() {
    let dir = scratch("validate-good");
    let file = dir.join("good.jsonl");
    fs::write(&file, format!("{}\n\n{}\n", good_report(), good_report())).unwrap();
    let single = dir.join("one.json");
    fs::write(&single, good_report()).unwrap();
    let out = dangbo(&["validate", file.to_str().unwrap(), single.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("3 records in 2 files: 0 errors"));
}

#[test]
fn validate_names_file_line_and_path_of_each_issue() {
    let dir = scratch("validate-bad");
    let file = dir.join("broken.jsonl");
    let good = good_report();
    let bad_kind = good.replace(r#""kind":"plenary""#, r#""kind":"plenum""#);
    assert_ne!(bad_kind, good);
    let bad_tally = good.replace(r#""count":7,"#, "");
    assert_ne!(bad_tally, good);
    fs::write(
        &file,
        format!("{good}\n{bad_kind}\n{{\"source\": \n{bad_tally}\n"),
    )
    .unwrap();
    let out = dangbo(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let name = file.display().to_string();
    let line_of = |n: usize| -> Vec<&str> {
        stdout
            .lines()
            .filter(|l| l.starts_with(&format!("{name}:{n}: ")))
            .collect()
    };
    assert!(line_of(1).is_empty(), "{stdout}");
    assert!(
        line_of(2)
            .iter()
            .any(|l| l.contains("session.kind") && l.contains("unknown_variant")),
        "{stdout}"
    );
    assert!(
        line_of(3).iter().any(|l| l.contains("json_syntax")),
        "{stdout}"
    );
    assert!(
        line_of(4)
            .iter()
            .any(|l| l.contains("tallies[0].count") && l.contains("missing_field")),
        "{stdout}"
    );
    assert!(
        text(&out.stderr).contains("4 records in 1 file: 3 errors"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn validate_reports_an_unreadable_file_and_checks_the_rest() {
    let dir = scratch("validate-missing");
    let good = dir.join("good.json");
    fs::write(&good, good_report()).unwrap();
    let out = dangbo(&[
        "validate",
        dir.join("none.jsonl").to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.lines().filter(|l| l.contains("none.jsonl")).count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("1 record in 2 files: 0 errors, 0 warnings, 1 file unreadable"),
        "{stderr}"
    );
}

#[test]
fn report_summarises_saved_reports() {
    let dir = scratch("report-jsonl");
    let file = dir.join("reports.jsonl");
    fs::write(&file, format!("{}\n{}\n", good_report(), good_report())).unwrap();
    let out = dangbo(&["report", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Sessions (2)"), "{stdout}");
    assert!(stdout.contains("reports:1"), "{stdout}");
    assert!(stdout.contains("61% assigned_estimate"), "{stdout}");
    assert!(stdout.contains("7/19"), "{stdout}");
    assert!(stdout.ends_with("2 reports: 2 sessions, 2 indicators, 2 tallies, 0 findings\n"));
}

#[test]
fn report_with_no_arguments_reads_the_shipped_examples() {
    let n = fs::read_dir(EXAMPLES).unwrap().count();
    // From the workspace, and from a directory with no examples under it (the
    // binary then finds its own workspace's).
    for cwd in [PathBuf::from(WORKSPACE), scratch("report-elsewhere")] {
        let out = dangbo_in(&cwd, &["report"], &[]);
        let stderr = text(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        let stdout = text(&out.stdout);
        assert!(stdout.contains(&format!("Sessions ({n})")), "{stdout}");
        assert!(stdout.contains("01_tinh_uy_ha_tinh"), "{stdout}");
        assert!(stdout.contains("Indicators ("), "{stdout}");
    }
}

#[test]
fn schema_is_valid_json() {
    let out = dangbo(&["schema"]);
    assert!(
        out.status.success(),
        "dangbo schema failed (is dangbo::schema() on main yet?): {}",
        text(&out.stderr)
    );
    let schema: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the schema is JSON");
    assert!(schema.is_object(), "{schema}");
}
