//! Derived values and the checks that need two values (a committee and its
//! parent, a committee and its session).

use chrono::NaiveDate;
use dangbo::{
    AchievementStatus, Basis, Code, Committee, CommitteeDraft, Draft, IndicatorReport, Level,
    Organ, Period, Session, SessionDraft, SessionKind, Term, UnitKind,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

fn indicator(json: &str) -> IndicatorReport {
    IndicatorReport::from_json(json).expect("a valid indicator")
}

fn members() -> IndicatorReport {
    indicator(
        r#"{"text":"kết nạp 187 đảng viên mới, đạt 103,89% kế hoạch và 93,5% Nghị quyết",
        "name":"kết nạp đảng viên","unit":"đảng viên","value":187,
        "achievements":[{"percent":103.89,"basis":"plan"},{"percent":93.5,"basis":"resolution"}]}"#,
    )
}

#[test]
fn implied_target_is_value_over_percent() {
    let r = members();
    let plan = r.implied_target(Basis::Plan).unwrap();
    assert!((plan - 180.0).abs() < 0.01, "{plan}");
    let resolution = r.implied_target(Basis::Resolution).unwrap();
    assert!((resolution - 200.0).abs() < 0.01, "{resolution}");
    assert_eq!(r.implied_target(Basis::CouncilEstimate), None);
    // No value, or a zero percent: no target.
    let no_value = indicator(
        r#"{"text":"giải ngân đạt 63% kế hoạch","name":"giải ngân","achievements":[{"percent":63,"basis":"plan"}]}"#,
    );
    assert_eq!(no_value.implied_target(Basis::Plan), None);
    let zero = indicator(
        r#"{"text":"đạt 0%","name":"x","unit":"tấn","value":5,"achievements":[{"percent":0,"basis":"plan"}]}"#,
    );
    assert_eq!(zero.implied_target(Basis::Plan), None);
}

#[test]
fn status_is_met_at_one_hundred_percent() {
    let r = members();
    assert_eq!(r.status(Basis::Plan), Some(AchievementStatus::Met));
    assert_eq!(r.status(Basis::Resolution), Some(AchievementStatus::NotMet));
    assert_eq!(r.status(Basis::SamePeriod), None);
    let exactly = indicator(
        r#"{"text":"đạt 100% kế hoạch","name":"x","achievements":[{"percent":100,"basis":"plan"}]}"#,
    );
    assert_eq!(exactly.status(Basis::Plan), Some(AchievementStatus::Met));
    assert_eq!(AchievementStatus::NotMet.as_str(), "not_met");
    assert_eq!(
        "met".parse::<AchievementStatus>().unwrap(),
        AchievementStatus::Met
    );
}

#[test]
fn pace_divides_by_the_share_of_the_year_elapsed() {
    let r = indicator(
        r#"{"text":"thu ngân sách đạt 59,9% kế hoạch","name":"thu ngân sách",
        "achievements":[{"percent":59.9,"basis":"plan"},{"percent":45,"basis":"resolution"}]}"#,
    );
    let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
    assert!(close(
        r.pace(&Period::year_to_date(2023, 6).unwrap()),
        119.8
    ));
    assert!(close(
        r.pace(&Period::year_to_date(2023, 9).unwrap()),
        59.9 / 0.75
    ));
    assert!(close(r.pace(&Period::quarter(2023, 1).unwrap()), 239.6));
    assert!(close(r.pace(&Period::full_year(2023).unwrap()), 59.9));
    assert!(close(
        r.pace(&Period::year_remainder(2023, 3).unwrap()),
        59.9
    ));
    assert!(close(
        r.pace_for(Basis::Resolution, &Period::year_to_date(2023, 6).unwrap()),
        90.0
    ));
    assert_eq!(r.pace(&Period::term(2020, 2025).unwrap()), None);
    assert_eq!(
        r.pace_for(Basis::Other, &Period::year_to_date(2023, 6).unwrap()),
        None
    );
    let change_only = indicator(
        r#"{"text":"GRDP ước tăng 6,51%","name":"GRDP","figure":"estimate",
        "change":{"percent":6.51,"direction":"increase"}}"#,
    );
    assert_eq!(change_only.pace(&Period::full_year(2023).unwrap()), None);
}

#[test]
fn term_contains_dates_of_its_years_and_is_unknown_without_them() {
    let t = Term::new(Some(22), Some(2020), Some(2025)).unwrap();
    assert_eq!(t.contains(day(2020, 1, 1)), Some(true));
    assert_eq!(t.contains(day(2025, 12, 31)), Some(true));
    assert_eq!(t.contains(day(2019, 12, 31)), Some(false));
    assert_eq!(t.contains(day(2026, 1, 1)), Some(false));
    assert_eq!(
        Term::new(Some(22), None, None)
            .unwrap()
            .contains(day(2023, 9, 15)),
        None
    );
}

fn committee(id: &str, level: Level, kind: UnitKind) -> CommitteeDraft {
    CommitteeDraft {
        id: Some(id.into()),
        name: Some(id.into()),
        level: Some(level),
        unit_kind: Some(kind),
        ..Default::default()
    }
}

fn built(d: CommitteeDraft) -> Committee {
    d.build().expect("a valid committee")
}

#[test]
fn parent_is_one_level_up() {
    let central = built(committee("tw", Level::Central, UnitKind::Central));
    let province = built(committee(
        "tu-phu-yen",
        Level::Provincial,
        UnitKind::Province,
    ));
    let district = built(committee(
        "hu-dong-xuan",
        Level::District,
        UnitKind::District,
    ));
    let commune = built(committee(
        "du-xa-an-dan",
        Level::Grassroots,
        UnitKind::Commune,
    ));
    let sector = built(committee("dukcq", Level::Other, UnitKind::Other));
    assert!(province.check_parent(&central).is_empty());
    assert!(district.check_parent(&province).is_empty());
    assert!(commune.check_parent(&district).is_empty());
    assert!(sector.check_parent(&province).is_empty());
    for (child, parent) in [
        (&district, &central),
        (&commune, &province),
        (&province, &district),
        (&central, &central),
    ] {
        let issues = child.check_parent(parent);
        assert_eq!(issues.len(), 1, "{} under {}", child.id(), parent.id());
        assert_eq!(issues[0].code, Code::CommitteeParentLevel);
        assert_eq!(issues[0].path.to_string(), "parent_id");
        assert!(issues[0].message.contains(parent.id()));
        assert_eq!(issues[0].input, parent.level().as_str());
    }
}

#[test]
fn after_the_2025_reform_a_commune_sits_under_its_province() {
    let province = built(committee(
        "tu-dak-lak",
        Level::Provincial,
        UnitKind::Province,
    ));
    let district = built(committee(
        "hu-dong-xuan",
        Level::District,
        UnitKind::District,
    ));
    let new_commune = built(CommitteeDraft {
        valid_from: Some(day(2025, 7, 1)),
        ..committee("du-xa-dong-xuan", Level::Grassroots, UnitKind::Commune)
    });
    assert!(new_commune.check_parent(&province).is_empty());
    assert_eq!(new_commune.check_parent(&district).len(), 1);
    let zone = built(committee(
        "du-dac-khu-phu-quy",
        Level::Grassroots,
        UnitKind::SpecialZone,
    ));
    assert!(zone.check_parent(&province).is_empty());
}

fn session_on(date: NaiveDate, end: Option<NaiveDate>) -> Session {
    SessionDraft {
        organ: Some(Organ::ExecutiveCommittee),
        kind: Some(SessionKind::Plenary),
        ordinal: Some(3),
        date: Some(date),
        end_date: end,
        ..Default::default()
    }
    .build()
    .expect("a valid session")
}

#[test]
fn session_within_the_committee_validity() {
    let c = built(CommitteeDraft {
        valid_from: Some(day(2020, 8, 1)),
        valid_to: Some(day(2025, 6, 30)),
        ..committee("hu-dong-xuan", Level::District, UnitKind::District)
    });
    assert!(c
        .check_session(&session_on(day(2023, 9, 28), None))
        .is_empty());
    let before = c.check_session(&session_on(day(2020, 7, 20), None));
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].code, Code::SessionOutsideCommittee);
    assert_eq!(before[0].path.to_string(), "date");
    assert!(before[0].message.contains("2020-07-20") && before[0].message.contains("2020-08-01"));
    let spills = c.check_session(&session_on(day(2025, 6, 29), Some(day(2025, 7, 2))));
    assert_eq!(spills.len(), 1);
    assert_eq!(spills[0].path.to_string(), "end_date");
    // After the abolition: outside the validity and after it, two rules.
    let after = c.check_session(&session_on(day(2025, 8, 1), None));
    let found: Vec<Code> = after.iter().map(|i| i.code).collect();
    assert_eq!(
        found,
        vec![
            Code::SessionOutsideCommittee,
            Code::SessionAfterDistrictAbolition
        ]
    );
    // A district committee with no known end still may not meet after 2025-06-30.
    let open = built(committee(
        "hu-song-hinh",
        Level::District,
        UnitKind::District,
    ));
    let after = open.check_session(&session_on(day(2025, 8, 1), None));
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].code, Code::SessionAfterDistrictAbolition);
}
