//! Each validation rule broken on its own, through JSON and through drafts:
//! code, path and message of every issue.

mod common;

use common::{assert_names_value, base, breaks_one, codes, with};
use dangbo::{
    Code, CommitteeDraft, Draft, IndicatorTargetDraft, Level, Report, ReportDraft, ResolutionDraft,
    Severity, TermDraft, UnitKind,
};
use serde_json::{json, Value};

#[test]
fn the_fixture_is_valid_and_has_no_findings() {
    let report = Report::from_json(&base().to_string()).expect("the fixture is valid");
    assert_eq!(report.indicators().len(), 3);
    assert!(report.validate().is_empty(), "{:#?}", report.validate());
}

// ---------------------------------------------------------------- terms

#[test]
fn term_of_six_years_is_term_span_at_end_year() {
    let issue = breaks_one(
        &with(&[("/session/term/end_year", json!(2026))]),
        Code::TermSpan,
        "session.term.end_year",
    );
    assert_eq!(issue.input, "2020-2026");
    assert!(issue.message.contains("6 years"), "{}", issue.message);
}

#[test]
fn term_year_before_1930_is_term_year_range() {
    let draft = TermDraft {
        ordinal: Some(1),
        start_year: Some(1927),
        end_year: Some(1932),
    };
    let issues = draft.build().unwrap_err().into_issues();
    assert_eq!(
        codes(&issues),
        vec![(Code::TermYearRange, "start_year".to_owned())]
    );
    assert_names_value(&issues[0]);
    assert_eq!(issues[0].input, "1927");
}

#[test]
fn term_ordinal_zero_is_term_ordinal() {
    breaks_one(
        &with(&[("/session/term/ordinal", json!(0))]),
        Code::TermOrdinal,
        "session.term.ordinal",
    );
}

#[test]
fn term_with_nothing_known_is_term_empty_at_the_term() {
    let issue = breaks_one(
        &with(&[("/session/term", json!({}))]),
        Code::TermEmpty,
        "session.term",
    );
    assert_eq!(issue.severity, Severity::Error);
}

#[test]
fn term_with_one_year_alone_is_term_empty_at_the_missing_year() {
    breaks_one(
        &with(&[("/session/term", json!({"start_year": 2020}))]),
        Code::TermEmpty,
        "session.term.end_year",
    );
    breaks_one(
        &with(&[("/session/term", json!({"ordinal": 21, "end_year": 2025}))]),
        Code::TermEmpty,
        "session.term.start_year",
    );
}

#[test]
fn term_with_only_an_ordinal_or_only_years_is_valid() {
    for term in [
        json!({"ordinal": 22}),
        json!({"start_year": 2020, "end_year": 2025}),
    ] {
        let doc = with(&[("/session/term", term)]);
        assert!(Report::from_json(&doc.to_string()).is_ok());
    }
}

// ---------------------------------------------------------------- sessions

#[test]
fn session_ordinal_zero_is_session_ordinal() {
    breaks_one(
        &with(&[("/session/ordinal", json!(0))]),
        Code::SessionOrdinal,
        "session.ordinal",
    );
    // Any ordinal 0 is an error, not only a plenary one.
    breaks_one(
        &with(&[
            ("/session/ordinal", json!(0)),
            ("/session/kind", json!("review")),
        ]),
        Code::SessionOrdinal,
        "session.ordinal",
    );
}

#[test]
fn session_dated_outside_its_term_is_session_outside_term() {
    let issue = breaks_one(
        &with(&[("/session/date", json!("2019-12-31"))]),
        Code::SessionOutsideTerm,
        "session.date",
    );
    assert_eq!(issue.input, "2019-12-31");
    // Both ends of the term are inside (inclusive).
    for date in ["2020-01-01", "2025-06-30"] {
        let doc = with(&[("/session/date", json!(date))]);
        assert!(Report::from_json(&doc.to_string()).is_ok(), "{date}");
    }
}

#[test]
fn session_ending_before_it_starts_is_session_end_before_start() {
    breaks_one(
        &with(&[("/session/end_date", json!("2023-09-27"))]),
        Code::SessionEndBeforeStart,
        "session.end_date",
    );
}

#[test]
fn session_date_text_present_but_empty_is_text_empty() {
    breaks_one(
        &with(&[("/session/date_text", json!(""))]),
        Code::TextEmpty,
        "session.date_text",
    );
}

#[test]
fn district_committee_meeting_after_june_2025_is_rejected() {
    let doc = with(&[("/session/date", json!("2025-07-15"))]);
    let issue = breaks_one(&doc, Code::SessionAfterDistrictAbolition, "session.date");
    assert!(issue.message.contains("Huyện ủy Đồng Xuân"));
    // The level may come from the unit kind alone.
    let doc = with(&[
        ("/session/date", json!("2025-07-15")),
        ("/committee/level", Value::Null),
    ]);
    breaks_one(&doc, Code::SessionAfterDistrictAbolition, "session.date");
    // The last day is fine; a provincial committee may meet later.
    assert!(
        Report::from_json(&with(&[("/session/date", json!("2025-06-30"))]).to_string()).is_ok()
    );
    let provincial = with(&[
        ("/session/date", json!("2025-07-15")),
        ("/committee/level", json!("provincial")),
        ("/committee/unit_kind", json!("province")),
    ]);
    assert!(Report::from_json(&provincial.to_string()).is_ok());
}

// ---------------------------------------------------------------- committees

#[test]
fn committee_ref_level_disagreeing_with_unit_kind_is_a_mismatch() {
    let issue = breaks_one(
        &with(&[("/committee/level", json!("provincial"))]),
        Code::CommitteeLevelMismatch,
        "committee.level",
    );
    assert!(issue.message.contains("district"), "{}", issue.message);
}

#[test]
fn committee_ref_text_empty_is_text_empty() {
    breaks_one(
        &with(&[("/committee/text", json!(" "))]),
        Code::TextEmpty,
        "committee.text",
    );
}

fn committee() -> CommitteeDraft {
    CommitteeDraft {
        id: Some("hu-dong-xuan".into()),
        name: Some("Huyện ủy Đồng Xuân".into()),
        level: Some(Level::District),
        unit_kind: Some(UnitKind::District),
        parent_id: Some("tu-phu-yen".into()),
        valid_to: chrono::NaiveDate::from_ymd_opt(2025, 6, 30),
        ..Default::default()
    }
}

fn committee_breaks(draft: CommitteeDraft, code: Code, path: &str) {
    let issues = draft.build().unwrap_err().into_issues();
    assert_eq!(codes(&issues), vec![(code, path.to_owned())], "{issues:#?}");
    assert_names_value(&issues[0]);
}

#[test]
fn committee_rules_each_break_alone() {
    assert!(committee().build().is_ok());
    committee_breaks(
        CommitteeDraft {
            unit_kind: Some(UnitKind::Ward),
            ..committee()
        },
        Code::CommitteeLevelMismatch,
        "level",
    );
    committee_breaks(
        CommitteeDraft {
            valid_from: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
            ..committee()
        },
        Code::CommitteeValidity,
        "valid_to",
    );
    committee_breaks(
        CommitteeDraft {
            parent_id: Some("hu-dong-xuan".into()),
            ..committee()
        },
        Code::CommitteeSelfReference,
        "parent_id",
    );
    committee_breaks(
        CommitteeDraft {
            successor_ids: vec!["tu-dak-lak".into(), "hu-dong-xuan".into()],
            ..committee()
        },
        Code::CommitteeSelfReference,
        "successor_ids[1]",
    );
    committee_breaks(
        CommitteeDraft {
            id: Some(String::new()),
            ..committee()
        },
        Code::TextEmpty,
        "id",
    );
    committee_breaks(
        CommitteeDraft {
            name: Some("\t".into()),
            ..committee()
        },
        Code::TextEmpty,
        "name",
    );
    committee_breaks(
        CommitteeDraft {
            terms: vec![TermDraft {
                ordinal: Some(0),
                ..Default::default()
            }],
            ..committee()
        },
        Code::TermOrdinal,
        "terms[0].ordinal",
    );
}

// ---------------------------------------------------------------- figures

#[test]
fn negative_value_is_negative_at_its_path() {
    let issue = breaks_one(
        &with(&[("/indicators/0/value", json!(-41250.0))]),
        Code::Negative,
        "indicators[0].value",
    );
    assert_eq!(issue.input, "-41250");
}

#[test]
fn value_without_unit_is_unit_missing() {
    breaks_one(
        &with(&[("/indicators/0/unit", Value::Null)]),
        Code::UnitMissing,
        "indicators[0].unit",
    );
    breaks_one(
        &with(&[("/indicators/0/unit", json!(""))]),
        Code::UnitMissing,
        "indicators[0].unit",
    );
}

#[test]
fn indicator_with_nothing_reported_is_indicator_empty() {
    let issue = breaks_one(
        &with(&[("/indicators/2/achievements", json!([]))]),
        Code::IndicatorEmpty,
        "indicators[2]",
    );
    assert_eq!(issue.input, "giải ngân vốn đầu tư công");
}

#[test]
fn negative_target_is_negative() {
    breaks_one(
        &with(&[("/indicators/0/target", json!(-5))]),
        Code::Negative,
        "indicators[0].target",
    );
}

#[test]
fn negative_achievement_percent_has_its_nested_path() {
    breaks_one(
        &with(&[("/indicators/2/achievements/0/percent", json!(-68.0))]),
        Code::Negative,
        "indicators[2].achievements[0].percent",
    );
}

#[test]
fn negative_change_percent_and_amount_are_negative() {
    breaks_one(
        &with(&[("/indicators/1/change/percent", json!(-8.2))]),
        Code::Negative,
        "indicators[1].change.percent",
    );
    breaks_one(
        &with(&[("/indicators/1/change/amount", json!(-4.1))]),
        Code::Negative,
        "indicators[1].change.amount",
    );
}

#[test]
fn share_negative_or_over_the_whole_is_rejected() {
    breaks_one(
        &with(&[("/indicators/2/share/percent", json!(-1.5))]),
        Code::Negative,
        "indicators[2].share.percent",
    );
    breaks_one(
        &with(&[("/indicators/2/share/percent", json!(112.5))]),
        Code::ShareExceedsWhole,
        "indicators[2].share.percent",
    );
}

#[test]
fn nan_and_infinity_through_drafts_are_not_finite() {
    let mut draft = ReportDraft::from(Report::from_json(&base().to_string()).unwrap());
    draft.indicators[0].value = Some(f64::NAN);
    draft.indicators[0].target = Some(f64::INFINITY);
    draft.indicators[2].achievements[0].percent = Some(f64::NEG_INFINITY);
    draft.indicators[1]
        .change
        .as_mut()
        .expect("the fixture has a change")
        .amount = Some(f64::NAN);
    let issues = draft.build().unwrap_err().into_issues();
    assert_eq!(
        codes(&issues),
        vec![
            (Code::NotFinite, "indicators[0].value".to_owned()),
            (Code::NotFinite, "indicators[0].target".to_owned()),
            (Code::NotFinite, "indicators[1].change.amount".to_owned()),
            (
                Code::NotFinite,
                "indicators[2].achievements[0].percent".to_owned()
            ),
        ]
    );
    for issue in &issues {
        assert_names_value(issue);
    }
    assert_eq!(issues[0].input, "NaN");
    assert_eq!(issues[1].input, "inf");
}

#[test]
fn json_number_beyond_f64_is_an_error_at_its_path() {
    let text = base()
        .to_string()
        .replace("\"value\":41250.0", "\"value\":1e400");
    assert!(text.contains("1e400"));
    let err = Report::from_json(&text).unwrap_err();
    let issues = err.issues();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].path.to_string(), "indicators[0].value");
    assert!(
        issues[0].message.contains("out of range"),
        "{}",
        issues[0].message
    );
}

#[test]
fn tally_count_over_total_and_total_zero() {
    let issue = breaks_one(
        &with(&[("/tallies/0/count", json!(22))]),
        Code::TallyCountExceedsTotal,
        "tallies[0].count",
    );
    assert!(issue.message.contains("22/21"), "{}", issue.message);
    breaks_one(
        &with(&[
            ("/tallies/0/count", json!(0)),
            ("/tallies/0/total", json!(0)),
        ]),
        Code::TallyTotalZero,
        "tallies[0].total",
    );
    breaks_one(
        &with(&[("/tallies/0/text", json!(""))]),
        Code::TextEmpty,
        "tallies[0].text",
    );
}

#[test]
fn indicator_target_value_needs_a_unit_and_a_name() {
    let draft = IndicatorTargetDraft {
        name: Some(" ".into()),
        value: Some(40.0),
        ..Default::default()
    };
    let issues = draft.build().unwrap_err().into_issues();
    assert_eq!(
        codes(&issues),
        vec![
            (Code::TextEmpty, "name".to_owned()),
            (Code::UnitMissing, "unit".to_owned())
        ]
    );
}

// ---------------------------------------------------------------- people, documents, source

#[test]
fn empty_texts_of_people_documents_and_source_are_text_empty() {
    for (pointer, path) in [
        ("/people/0/name", "people[0].name"),
        ("/people/0/titles/0", "people[0].titles[0]"),
        ("/people/0/positions/0/role", "people[0].positions[0].role"),
        (
            "/people/0/positions/0/organ",
            "people[0].positions[0].organ",
        ),
        ("/resolutions/0/text", "resolutions[0].text"),
        ("/resolutions/0/title", "resolutions[0].title"),
        ("/source/title", "source.title"),
        ("/indicators/0/text", "indicators[0].text"),
        ("/indicators/0/name", "indicators[0].name"),
        (
            "/indicators/0/achievements/0/basis_text",
            "indicators[0].achievements[0].basis_text",
        ),
    ] {
        breaks_one(&with(&[(pointer, json!("  "))]), Code::TextEmpty, path);
    }
}

#[test]
fn resolution_rules_apply_to_its_parts() {
    let draft: ResolutionDraft = serde_json::from_value(json!({
        "kind": "NQ", "issuer": {"text": "", "level": "district", "unit_kind": "province"},
        "title": "", "targets": [{"name": "thu ngân sách", "value": -3, "unit": "tỷ đồng"}]
    }))
    .unwrap();
    let issues = draft.build().unwrap_err().into_issues();
    assert_eq!(
        codes(&issues),
        vec![
            (Code::TextEmpty, "issuer.text".to_owned()),
            (Code::CommitteeLevelMismatch, "issuer.level".to_owned()),
            (Code::Negative, "targets[0].value".to_owned()),
            (Code::TextEmpty, "title".to_owned()),
        ]
    );
}
