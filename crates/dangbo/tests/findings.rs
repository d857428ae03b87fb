//! Consistency findings: warnings on figures that disagree, kept in reports,
//! never duplicated.

mod common;

use common::{assert_names_value, base, codes, with};
use dangbo::{Code, Draft, Report, ReportDraft, Severity, Tally, TallyDraft, TallyStatus};
use serde_json::{json, Value};

/// The findings of a document the crate accepts.
fn findings(doc: &Value) -> Vec<(Code, String)> {
    let report = Report::from_json(&doc.to_string()).expect("findings never reject a report");
    let issues = report.validate();
    for issue in &issues {
        assert_eq!(issue.severity, Severity::Warning, "{issue}");
        assert_names_value(issue);
    }
    codes(&issues)
}

fn one(code: Code, path: &str) -> Vec<(Code, String)> {
    vec![(code, path.to_owned())]
}

/// Indicator 0 with a value, a target and percents.
fn figure(value: f64, qualifier: &str, target: f64, percents: &[(f64, &str)]) -> Value {
    let achievements: Vec<Value> = percents
        .iter()
        .map(|(p, basis)| json!({"percent": p, "basis": basis}))
        .collect();
    with(&[
        ("/indicators/0/value", json!(value)),
        ("/indicators/0/qualifier", json!(qualifier)),
        ("/indicators/0/target", json!(target)),
        ("/indicators/0/achievements", Value::Array(achievements)),
    ])
}

// ---------------------------------------------------------------- percent_mismatch

#[test]
fn percent_disagreeing_with_value_and_target_is_percent_mismatch() {
    let got = findings(&figure(45.0, "exact", 50.0, &[(95.0, "plan")]));
    assert_eq!(
        got,
        one(
            Code::PercentMismatch,
            "indicators[0].achievements[0].percent"
        )
    );
    let report =
        Report::from_json(&figure(45.0, "exact", 50.0, &[(95.0, "plan")]).to_string()).unwrap();
    let issue = &report.validate()[0];
    assert!(
        issue.message.contains("45")
            && issue.message.contains("50")
            && issue.message.contains("90.00%")
    );
}

#[test]
fn percent_within_the_rounding_of_the_printed_digits_agrees() {
    // 187 / 180 = 103.888…, printed 103,89.
    assert!(findings(&figure(187.0, "exact", 180.0, &[(103.89, "plan")])).is_empty());
    // 35,8 / 29,7: 35.75/29.75 = 120.17 up to 35.85/29.65 = 120.91.
    for agrees in [120.4, 120.2, 121.0, 120.5] {
        assert!(
            findings(&figure(35.8, "exact", 29.7, &[(agrees, "plan")])).is_empty(),
            "{agrees}"
        );
    }
    // 120,1 is 120.05..120.15 and 121,5 is 121.45..121.55: outside.
    for disagrees in [120.1, 121.5] {
        assert_eq!(
            findings(&figure(35.8, "exact", 29.7, &[(disagrees, "plan")])),
            one(
                Code::PercentMismatch,
                "indicators[0].achievements[0].percent"
            ),
            "{disagrees}"
        );
    }
    // A whole target of 30 stands for 29.5..30.5, so 121 still agrees with 35,8.
    assert!(findings(&figure(35.8, "exact", 30.0, &[(121.0, "plan")])).is_empty());
}

#[test]
fn qualifiers_widen_or_skip_the_comparison() {
    // "trên 35,8" reaches up to 35.95: 35.95 / 29.65 = 121.25 meets 121,2,
    // which the exact 35,8 does not.
    assert!(findings(&figure(35.8, "over", 29.7, &[(121.2, "plan")])).is_empty());
    assert_eq!(
        findings(&figure(35.8, "exact", 29.7, &[(121.2, "plan")])).len(),
        1
    );
    // "khoảng 36": too loose to compare.
    assert!(findings(&figure(36.0, "about", 50.0, &[(95.0, "plan")])).is_empty());
}

#[test]
fn with_several_achievements_one_agreeing_is_enough() {
    let doc = figure(
        45.0,
        "exact",
        50.0,
        &[(90.0, "plan"), (112.0, "assigned_estimate")],
    );
    assert!(findings(&doc).is_empty());
    let doc = figure(
        45.0,
        "exact",
        50.0,
        &[(80.0, "plan"), (112.0, "assigned_estimate")],
    );
    assert_eq!(
        findings(&doc),
        one(Code::PercentMismatch, "indicators[0].target")
    );
}

// ---------------------------------------------------------------- status_contradiction

#[test]
fn achievements_of_one_basis_that_disagree_are_status_contradiction() {
    let doc = with(&[(
        "/indicators/2/achievements",
        json!([{"percent": 59.9, "basis": "plan"}, {"percent": 82.3, "basis": "plan"}]),
    )]);
    assert_eq!(
        findings(&doc),
        one(
            Code::StatusContradiction,
            "indicators[2].achievements[1].percent"
        )
    );
    // The same percent twice, or two different plans, is no contradiction.
    let same = with(&[(
        "/indicators/2/achievements",
        json!([{"percent": 68, "basis": "plan"}, {"percent": 68.0, "basis": "plan"}]),
    )]);
    assert!(findings(&same).is_empty());
    let two_plans = with(&[(
        "/indicators/2/achievements",
        json!([{"percent": 31, "basis": "plan", "basis_text": "kế hoạch thị xã"},
               {"percent": 49, "basis": "plan", "basis_text": "kế hoạch tỉnh giao"}]),
    )]);
    assert!(findings(&two_plans).is_empty());
    // The same words, case and surrounding space aside, are the same basis.
    let one_plan = with(&[(
        "/indicators/2/achievements",
        json!([{"percent": 31, "basis": "plan", "basis_text": " Kế hoạch tỉnh giao"},
               {"percent": 49, "basis": "plan", "basis_text": "kế hoạch tỉnh giao "}]),
    )]);
    assert_eq!(
        findings(&one_plan),
        one(
            Code::StatusContradiction,
            "indicators[2].achievements[1].percent"
        )
    );
}

// ---------------------------------------------------------------- tally_status_contradiction

fn tally(text: &str, count: u32, total: u32, status: TallyStatus) -> Tally {
    TallyDraft {
        text: Some(text.into()),
        count: Some(count),
        total: Some(total),
        of: Some("chỉ tiêu".into()),
        status: Some(status),
        basis: None,
    }
    .build()
    .expect("findings never reject a tally")
}

#[test]
fn tally_status_against_its_own_words() {
    let t = tally(
        "5/18 chỉ tiêu không đạt kế hoạch",
        5,
        18,
        TallyStatus::MetOrExceeded,
    );
    assert_eq!(
        codes(&t.validate()),
        one(Code::TallyStatusContradiction, "status")
    );
    let t = tally(
        "15/18 chỉ tiêu đạt và vượt Nghị quyết",
        15,
        18,
        TallyStatus::NotMet,
    );
    assert_eq!(
        codes(&t.validate()),
        one(Code::TallyStatusContradiction, "status")
    );
    // Agreeing words, mixed clauses and zero counts are fine.
    for (text, count, total, status) in [
        ("46/63 địa phương không đạt", 46, 63, TallyStatus::NotMet),
        ("0/18 chỉ tiêu chưa đạt", 0, 18, TallyStatus::NotMet),
        (
            "15/18 chỉ tiêu đạt, 3 chỉ tiêu không đạt",
            15,
            18,
            TallyStatus::Met,
        ),
        (
            "6/20 chỉ tiêu đã hoàn thành và vượt kế hoạch",
            6,
            20,
            TallyStatus::MetOrExceeded,
        ),
        (
            "6/18 chỉ tiêu đang trong lộ trình",
            6,
            18,
            TallyStatus::Other,
        ),
    ] {
        assert!(
            tally(text, count, total, status).validate().is_empty(),
            "{text}"
        );
    }
}

#[test]
fn tally_words_are_read_in_any_unicode_form_and_case() {
    use unicode_normalization::UnicodeNormalization;
    let decomposed: String = "5/18 chỉ tiêu không đạt".nfd().collect();
    assert_ne!(decomposed, "5/18 chỉ tiêu không đạt");
    let t = tally(&decomposed, 5, 18, TallyStatus::Met);
    assert_eq!(
        codes(&t.validate()),
        one(Code::TallyStatusContradiction, "status")
    );
    let t = tally("5/18 CHỈ TIÊU KHÔNG ĐẠT", 5, 18, TallyStatus::Exceeded);
    assert_eq!(
        codes(&t.validate()),
        one(Code::TallyStatusContradiction, "status")
    );
}

#[test]
fn tally_of_every_target_met_against_an_indicator_below_its_basis() {
    let all_met = json!([{"text": "21/21 chỉ tiêu đạt và vượt kế hoạch", "count": 21, "total": 21,
                          "of": "chỉ tiêu", "status": "met_or_exceeded", "basis": "plan"}]);
    let year = json!({"kind": "year", "year": 2023});
    let doc = with(&[
        ("/tallies", all_met.clone()),
        ("/periods/review", year.clone()),
        ("/source/published", json!("2024-01-20")),
    ]);
    assert_eq!(
        findings(&doc),
        one(Code::TallyStatusContradiction, "tallies[0].status")
    );
    // Nine months into the year, 76,4 % of the plan is progress, not failure.
    assert!(findings(&with(&[("/tallies", all_met.clone())])).is_empty());
    // A different basis says nothing about the plan.
    let resolution = with(&[
        ("/tallies", all_met),
        ("/periods/review", year),
        ("/source/published", json!("2024-01-20")),
        ("/tallies/0/basis", json!("resolution")),
    ]);
    assert!(findings(&resolution).is_empty());
}

// ---------------------------------------------------------------- period_after_publication

#[test]
fn actual_figure_for_a_period_ending_after_publication() {
    let doc = with(&[("/source/published", json!("2023-09-20"))]);
    // Indicators 0 and 2 are actual figures for the review period (to 2023-09-30);
    // indicator 1 is an estimate.
    assert_eq!(
        findings(&doc),
        vec![
            (
                Code::PeriodAfterPublication,
                "indicators[0].figure".to_owned()
            ),
            (
                Code::PeriodAfterPublication,
                "indicators[2].figure".to_owned()
            ),
        ]
    );
    // Its own period wins over the review period.
    let own = with(&[
        ("/source/published", json!("2023-09-20")),
        (
            "/indicators/0/period",
            json!({"kind": "quarter", "year": 2023, "quarter": 2}),
        ),
        ("/indicators/2/figure", json!("projected")),
    ]);
    assert!(findings(&own).is_empty());
    // Without a publication date there is nothing to compare.
    assert!(findings(&with(&[("/source/published", Value::Null)])).is_empty());
}

#[test]
fn resolution_kind_differing_from_its_symbol_is_a_warning() {
    let doc = with(&[("/resolutions/0/kind", json!("KL"))]);
    assert_eq!(
        findings(&doc),
        one(Code::DocumentKindMismatch, "resolutions[0].kind")
    );
}

// ---------------------------------------------------------------- findings are data

#[test]
fn findings_are_stored_once_and_never_duplicate() {
    let doc = with(&[
        ("/source/published", json!("2023-09-20")),
        ("/resolutions/0/kind", json!("KL")),
    ]);
    let report = Report::from_json(&doc.to_string()).unwrap();
    assert!(
        report.findings().is_empty(),
        "building does not fill findings"
    );
    let report = report.with_findings();
    assert_eq!(report.findings().len(), 3);
    assert_eq!(report.validate(), report.findings().to_vec());
    // Through JSON and through a draft, again and again: still three.
    let again = Report::from_json(&report.to_json()).unwrap();
    assert_eq!(again.findings().len(), 3);
    assert_eq!(again.validate().len(), 3);
    let twice = again.with_findings().with_findings();
    assert_eq!(twice.findings(), report.findings());
    let draft: ReportDraft = twice.to_draft();
    assert_eq!(draft.check().len(), 3);
    let rebuilt = draft.build().unwrap();
    assert_eq!(rebuilt, report);
}

#[test]
fn stale_findings_in_the_field_are_data_not_rules() {
    // A finding in the field that no longer holds is kept as written by
    // building, and replaced by with_findings.
    let mut doc = base();
    doc["findings"] = json!([{"path": "indicators[0].achievements[0].percent", "code": "percent_mismatch",
                              "message": "old", "input": "1", "severity": "warning"}]);
    let report = Report::from_json(&doc.to_string()).unwrap();
    assert_eq!(report.findings().len(), 1);
    assert!(report.validate().is_empty());
    assert!(report.with_findings().findings().is_empty());
}
