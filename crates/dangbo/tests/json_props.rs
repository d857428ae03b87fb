//! Properties of reading JSON: no input panics, every error says what and
//! where, and reports the crate builds round-trip unchanged.

mod common;

use dangbo::{
    Basis, Code, DocumentKind, Draft, Figure, IndicatorReportDraft, Issue, Organ, PeriodDraft,
    PersonMentionDraft, Qualifier, Report, ReportDraft, RoleInSession, SessionDraft, SessionKind,
    TallyDraft, TallyStatus, TermDraft, UnitKind,
};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value};

/// Field names of the model (and one it does not have), so that generated
/// objects reach past the first unknown field.
const KEYS: &[&str] = &[
    "source",
    "committee",
    "session",
    "periods",
    "people",
    "indicators",
    "tallies",
    "resolutions",
    "findings",
    "title",
    "published",
    "url",
    "text",
    "level",
    "unit_kind",
    "locality",
    "province",
    "id",
    "organ",
    "kind",
    "ordinal",
    "term",
    "start_year",
    "end_year",
    "expanded",
    "extraordinary",
    "date",
    "end_date",
    "date_text",
    "review",
    "plan",
    "year",
    "months",
    "quarter",
    "name",
    "titles",
    "positions",
    "role",
    "organization",
    "role_in_session",
    "category",
    "unit",
    "value",
    "qualifier",
    "figure",
    "target",
    "achievements",
    "percent",
    "basis",
    "basis_text",
    "change",
    "amount",
    "direction",
    "relative_to",
    "share",
    "of",
    "period",
    "count",
    "total",
    "status",
    "symbol",
    "number",
    "issuer",
    "system",
    "adopted",
    "path",
    "code",
    "message",
    "input",
    "severity",
    "colour",
];

/// Enumeration spellings and near misses.
const WORDS: &[&str] = &[
    "district",
    "provincial",
    "province",
    "plenary",
    "executive_committee",
    "year_to_date",
    "quarter",
    "term",
    "other",
    "plan",
    "increase",
    "met_or_exceeded",
    "not_met",
    "NQ",
    "ĐA",
    "party",
    "chair",
    "over",
    "actual",
    "warning",
    "percent_mismatch",
    "county",
    "",
    "2023-09-15",
    "2023-02-30",
    "15/9/2023",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u32>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        select(WORDS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((select(KEYS), inner), 0..6).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Every JSON pointer of a value, containers included.
fn pointers(v: &Value, at: &str, out: &mut Vec<String>) {
    out.push(at.to_owned());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, c)| pointers(c, &format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| pointers(c, &format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// Every issue of a rejection has a code and, unless the whole document is
/// not JSON or not an object, a path.
fn check_error(err: &dangbo::Error, top_is_object: bool) -> Result<(), TestCaseError> {
    let issues: Vec<Issue> = err.issues();
    prop_assert!(!issues.is_empty());
    prop_assert!(issues.iter().any(Issue::is_error));
    for issue in &issues {
        prop_assert!(Code::ALL.contains(&issue.code));
        prop_assert!(!issue.message.is_empty());
        if issue.path.is_root() {
            prop_assert!(
                !top_is_object && matches!(issue.code, Code::JsonSyntax | Code::JsonType),
                "issue without a path: {issue}"
            );
        }
    }
    Ok(())
}

/// A built report goes to JSON and back unchanged, through text and through a
/// JSON value, and keeps only warnings.
fn check_round_trip(report: &Report) -> Result<(), TestCaseError> {
    let text = report.to_json();
    let again = Report::from_json(&text).expect("a written report reads back");
    prop_assert_eq!(&again, report);
    prop_assert_eq!(again.to_json(), text.clone());
    let value: Value = serde_json::from_str(&text).unwrap();
    let from_value = Report::from_value(value.clone()).expect("a written report reads back");
    prop_assert_eq!(from_value.to_value(), value);
    prop_assert!(report.validate().iter().all(|i| !i.is_error()));
    Ok(())
}

fn money() -> impl Strategy<Value = f64> {
    (0u32..10_000_000).prop_map(|k| f64::from(k) / 100.0)
}

fn percent() -> impl Strategy<Value = f64> {
    (0u32..30_000).prop_map(|k| f64::from(k) / 100.0)
}

fn words() -> impl Strategy<Value = String> {
    "[a-zA-Zà-ỹĐđ][a-zA-Zà-ỹĐđ0-9,%/ ]{0,30}"
}

fn indicator() -> impl Strategy<Value = IndicatorReportDraft> {
    (
        (
            words(),
            words(),
            prop::option::of(money()),
            prop::option::of(money()),
        ),
        prop::collection::vec(
            (percent(), select(Basis::ALL), select(Qualifier::ALL)),
            0..3,
        ),
        prop::option::of((percent(), select(dangbo::Direction::ALL))),
        prop::option::of(0u32..=10_000),
        select(Figure::ALL),
    )
        .prop_map(
            |((text, name, value, target), achievements, change, share, figure)| {
                let achievements = if value.is_none() && achievements.is_empty() && change.is_none()
                {
                    vec![(63.0, Basis::Plan, Qualifier::Exact)]
                } else {
                    achievements
                };
                IndicatorReportDraft {
                    text: Some(text),
                    name: Some(name),
                    unit: value.map(|_| "tỷ đồng".to_owned()),
                    value,
                    figure,
                    target,
                    achievements: achievements
                        .into_iter()
                        .map(|(p, b, q)| dangbo::AchievementDraft {
                            percent: Some(p),
                            qualifier: q,
                            basis: Some(b),
                            basis_text: None,
                        })
                        .collect(),
                    change: change.map(|(p, d)| dangbo::ChangeDraft {
                        percent: Some(p),
                        amount: None,
                        direction: Some(d),
                        relative_to: None,
                    }),
                    share: share.map(|s| dangbo::ShareDraft {
                        percent: Some(f64::from(s) / 100.0),
                        of: None,
                    }),
                    ..Default::default()
                }
            },
        )
}

fn session() -> impl Strategy<Value = SessionDraft> {
    (
        select(Organ::ALL),
        select(SessionKind::ALL),
        prop::option::of(1u32..40),
        (1u32..30, 1995i32..=2019, 0i32..=5, 1u32..=12, 1u32..=28),
        any::<bool>(),
    )
        .prop_map(
            |(organ, kind, ordinal, (khoa, start, offset, m, d), expanded)| {
                let year = (start + offset).min(2024);
                SessionDraft {
                    organ: Some(organ),
                    kind: Some(kind),
                    ordinal,
                    term: Some(TermDraft {
                        ordinal: Some(khoa),
                        start_year: Some(start),
                        end_year: Some(start + 5),
                    }),
                    expanded,
                    date: chrono::NaiveDate::from_ymd_opt(year, m, d),
                    date_text: Some(format!("Ngày {d}/{m}/{year}")),
                    ..Default::default()
                }
            },
        )
}

fn report() -> impl Strategy<Value = ReportDraft> {
    (
        session(),
        select(UnitKind::ALL),
        prop::collection::vec(indicator(), 0..4),
        prop::collection::vec(
            (1u32..100, 0u32..100, select(TallyStatus::ALL), words()),
            0..3,
        ),
        prop::collection::vec((words(), select(RoleInSession::ALL)), 0..3),
        (2000i32..2030, 1u32..=12, 1u32..=12),
        select(DocumentKind::ALL),
    )
        .prop_map(
            |(
                session,
                unit_kind,
                indicators,
                tallies,
                people,
                (year, months, published_month),
                kind,
            )| {
                let mut draft = ReportDraft {
                    session: Some(session),
                    indicators,
                    ..Default::default()
                };
                draft.committee = Some(dangbo::CommitteeRefDraft {
                    text: Some("Huyện ủy Đồng Xuân".into()),
                    level: Some(unit_kind.level()),
                    unit_kind: Some(unit_kind),
                    ..Default::default()
                });
                draft.source.published = chrono::NaiveDate::from_ymd_opt(year, published_month, 1);
                draft.periods.review = Some(PeriodDraft::YearToDate { year, months });
                draft.tallies = tallies
                    .into_iter()
                    .map(|(total, count, status, text)| TallyDraft {
                        text: Some(text),
                        count: Some(count % (total + 1)),
                        total: Some(total),
                        of: Some("chỉ tiêu".into()),
                        status: Some(status),
                        basis: Some(Basis::Plan),
                    })
                    .collect();
                draft.people = people
                    .into_iter()
                    .map(|(name, role)| PersonMentionDraft {
                        name: Some(name),
                        titles: vec!["Bí thư Huyện ủy".into()],
                        role_in_session: Some(role),
                        ..Default::default()
                    })
                    .collect();
                draft.resolutions = vec![dangbo::ResolutionMentionDraft {
                    text: Some("Nghị quyết hội nghị".into()),
                    kind: Some(kind),
                    adopted: true,
                    ..Default::default()
                }];
                draft
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,64}", prefix in select(&["", "{", "{\"session\":", "[", "{\"indicators\":[{"][..])) {
        let input = format!("{prefix}{text}");
        if let Err(err) = Report::from_json(&input) {
            check_error(&err, false)?;
        }
    }

    #[test]
    fn arbitrary_json_never_panics_and_errors_say_where(value in json_value()) {
        let is_object = value.is_object();
        match Report::from_json(&value.to_string()) {
            Ok(report) => check_round_trip(&report)?,
            Err(err) => check_error(&err, is_object)?,
        }
        if let Err(err) = Report::from_value(value) {
            check_error(&err, is_object)?;
        }
    }

    #[test]
    fn mutated_reports_never_panic_and_errors_say_where(
        picks in prop::collection::vec((any::<prop::sample::Index>(), json_value()), 1..4)
    ) {
        let mut doc = common::base();
        for (index, new) in picks {
            let mut all = Vec::new();
            pointers(&doc, "", &mut all);
            let pointer = index.get(&all[1..]).clone();
            if let Some(slot) = doc.pointer_mut(&pointer) {
                *slot = new;
            }
        }
        match Report::from_json(&doc.to_string()) {
            Ok(report) => check_round_trip(&report.with_findings())?,
            Err(err) => check_error(&err, true)?,
        }
    }

    #[test]
    fn built_reports_round_trip_unchanged(draft in report()) {
        let report = draft.build().expect("the generator makes valid reports");
        check_round_trip(&report)?;
        let with_findings = report.with_findings();
        check_round_trip(&with_findings)?;
        prop_assert_eq!(with_findings.findings(), &with_findings.validate()[..]);
        prop_assert!(with_findings.validate().iter().all(|i| !i.is_error()));
    }
}
