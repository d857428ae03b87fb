//! Reading JSON into the model: missing and unknown fields, unknown enum
//! values, positions of syntax errors, over-long texts, every issue collected
//! at once, and messages that name the value.

mod common;

use common::{assert_names_value, base, breaks_one, codes, error_of, rejected, with};
use dangbo::{Code, Draft, IndicatorReportDraft, Report};
use serde_json::json;

#[test]
fn missing_required_field_is_missing_field_at_its_path() {
    let mut doc = base();
    doc["tallies"][0].as_object_mut().unwrap().remove("count");
    let issues = rejected(&doc);
    assert_eq!(
        codes(&issues),
        vec![(Code::MissingField, "tallies[0].count".to_owned())]
    );
}

// ---------------------------------------------------------------- bad input

#[test]
fn five_broken_rules_give_exactly_five_issues() {
    let doc = with(&[
        ("/session/term/end_year", json!(2026)),
        ("/session/ordinal", json!(0)),
        ("/indicators/0/value", json!(-1)),
        ("/indicators/2/achievements/0/percent", json!(-68)),
        ("/tallies/0/count", json!(30)),
    ]);
    let issues = rejected(&doc);
    let mut got = codes(&issues);
    got.sort();
    let mut want = vec![
        (Code::TermSpan, "session.term.end_year".to_owned()),
        (Code::SessionOrdinal, "session.ordinal".to_owned()),
        (Code::Negative, "indicators[0].value".to_owned()),
        (
            Code::Negative,
            "indicators[2].achievements[0].percent".to_owned(),
        ),
        (Code::TallyCountExceedsTotal, "tallies[0].count".to_owned()),
    ];
    want.sort();
    assert_eq!(got, want);
    for issue in &issues {
        assert_names_value(issue);
        assert!(issue.is_error());
    }
}

#[test]
fn unknown_enum_string_is_unknown_variant_at_its_path() {
    let err = error_of(&with(&[("/committee/level", json!("county"))]));
    let issues = err.issues();
    assert_eq!(
        codes(&issues),
        vec![(Code::UnknownVariant, "committee.level".to_owned())]
    );
    assert!(issues[0].message.contains("county"));
    let err = error_of(&with(&[(
        "/indicators/2/achievements/0/basis",
        json!("budget"),
    )]));
    assert_eq!(
        codes(&err.issues()),
        vec![(
            Code::UnknownVariant,
            "indicators[2].achievements[0].basis".to_owned()
        )]
    );
}

#[test]
fn unknown_field_is_unknown_field_at_its_path() {
    let mut doc = base();
    doc["indicators"][1]["colour"] = json!("đỏ");
    let issues = error_of(&doc).issues();
    assert_eq!(
        codes(&issues),
        vec![(Code::UnknownField, "indicators[1].colour".to_owned())]
    );
    assert!(issues[0].message.contains("colour"));
}

#[test]
fn json_errors_keep_their_path_line_and_column() {
    // A valid value followed by more text: the whole value parsed, then the rest.
    let text = format!("{} {{}}", base());
    match Report::from_json(&text) {
        Err(dangbo::Error::Json {
            path,
            code,
            message,
            line,
            column,
        }) => {
            assert!(path.is_root(), "{path}");
            assert_eq!(code, Code::JsonSyntax);
            assert_eq!(message, "trailing characters after the JSON value");
            assert_eq!((line, column), (1, text.len() - 1));
        }
        other => panic!("{other:?}"),
    }
    // A wrong type deep inside: the path, and where in the text.
    let text = with(&[("/indicators/1/value", json!("nhiều"))]).to_string();
    match Report::from_json(&text) {
        Err(dangbo::Error::Json {
            path,
            code,
            line,
            column,
            ..
        }) => {
            assert_eq!(path.to_string(), "indicators[1].value");
            assert_eq!(code, Code::JsonType);
            assert_eq!(line, 1);
            let at = text
                .find("\"nhiều\"")
                .expect("the bad value is in the text");
            assert!(column > at, "{column} {at}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn ten_megabyte_text_is_too_long_and_the_message_is_clipped() {
    let huge = "chỉ tiêu ".repeat(1_200_000);
    assert!(huge.len() > 10_000_000);
    let issue = breaks_one(
        &with(&[("/indicators/1/text", json!(huge))]),
        Code::TextTooLong,
        "indicators[1].text",
    );
    assert!(issue.message.len() < 2_000, "{} bytes", issue.message.len());
    assert!(issue.input.len() < 2_000);
    assert!(
        issue.message.contains("10800000 characters"),
        "{}",
        &issue.message[..100]
    );
}

#[test]
fn every_message_names_its_value() {
    let mut draft = IndicatorReportDraft {
        text: Some("x".into()),
        name: Some("thu ngân sách".into()),
        value: Some(-1.0),
        target: Some(f64::NAN),
        ..Default::default()
    };
    let issues = draft.clone().build().unwrap_err().into_issues();
    assert_eq!(issues.len(), 3, "{issues:#?}");
    for issue in &issues {
        assert_names_value(issue);
        assert!(!issue.input.is_empty());
    }
    draft.value = None;
    let issues = draft.build().unwrap_err().into_issues();
    assert!(issues.iter().any(|i| i.code == Code::IndicatorEmpty));
    for issue in &issues {
        assert_names_value(issue);
    }
}
