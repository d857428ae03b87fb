//! Building the report: check the draft, drop what breaks a rule (noting
//! it), keep the warnings as findings. Always gives a report.

use dangbo::{Draft, Issue, Report, ReportDraft, Segment, Severity};

/// What to drop for one error, by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cut {
    SessionTerm,
    SessionDate,
    SessionOrdinal,
    Session,
    CommitteeKind,
    Committee,
    Period(bool),
    Periods,
    Source,
    SourceTitle,
    Item(&'static str, usize),
    /// An error of the report as a whole: drop parts in turn.
    Whole,
    Symbol(usize),
}

fn field(seg: Option<&Segment>) -> Option<&str> {
    match seg {
        Some(Segment::Field(f)) => Some(f.as_str()),
        _ => None,
    }
}

fn index(seg: Option<&Segment>) -> Option<usize> {
    match seg {
        Some(Segment::Index(i)) => Some(*i),
        _ => None,
    }
}

fn cut_for(issue: &Issue) -> Cut {
    let segs = issue.path.segments();
    let second = segs.get(1);
    match field(segs.first()) {
        Some("session") => match field(second) {
            Some("term") => Cut::SessionTerm,
            Some("date" | "end_date") => Cut::SessionDate,
            Some("ordinal") => Cut::SessionOrdinal,
            _ => Cut::Session,
        },
        Some("committee") => match field(second) {
            Some("level" | "unit_kind") => Cut::CommitteeKind,
            _ => Cut::Committee,
        },
        Some("periods") => match field(second) {
            Some("review") => Cut::Period(true),
            Some("plan") => Cut::Period(false),
            _ => Cut::Periods,
        },
        Some("source") => match field(second) {
            Some("title") => Cut::SourceTitle,
            _ => Cut::Source,
        },
        Some(list @ ("people" | "indicators" | "tallies" | "resolutions")) => {
            let list: &'static str = match list {
                "people" => "people",
                "indicators" => "indicators",
                "tallies" => "tallies",
                _ => "resolutions",
            };
            match index(second) {
                Some(i) if list == "resolutions" && field(segs.get(2)) == Some("symbol") => {
                    Cut::Symbol(i)
                }
                Some(i) => Cut::Item(list, i),
                None => Cut::Whole,
            }
        }
        _ => Cut::Whole,
    }
}

/// What an error of the whole report drops, strike after strike.
fn whole(draft: &mut ReportDraft, strike: usize) {
    match strike {
        0 => draft.session = None,
        1 => draft.committee = None,
        2 => draft.periods = dangbo::PeriodsDraft::default(),
        3 => draft.indicators.clear(),
        4 => draft.tallies.clear(),
        5 => draft.people.clear(),
        6 => draft.resolutions.clear(),
        _ => draft.source = dangbo::SourceDraft::default(),
    }
}

fn apply(draft: &mut ReportDraft, cuts: &[Cut], strikes: &mut usize) {
    let mut items: Vec<(&'static str, usize)> = Vec::new();
    if cuts.contains(&Cut::Whole) {
        whole(draft, *strikes);
        *strikes += 1;
    }
    for cut in cuts {
        match cut {
            Cut::Whole => {}
            Cut::SourceTitle => draft.source.title = None,
            Cut::SessionTerm => {
                if let Some(s) = draft.session.as_mut() {
                    s.term = None;
                }
            }
            Cut::SessionDate => {
                if let Some(s) = draft.session.as_mut() {
                    s.date = None;
                    s.end_date = None;
                }
            }
            Cut::SessionOrdinal => {
                if let Some(s) = draft.session.as_mut() {
                    s.ordinal = None;
                }
            }
            Cut::Session => draft.session = None,
            Cut::CommitteeKind => {
                if let Some(c) = draft.committee.as_mut() {
                    c.level = None;
                    c.unit_kind = None;
                }
            }
            Cut::Committee => draft.committee = None,
            Cut::Period(true) => draft.periods.review = None,
            Cut::Period(false) => draft.periods.plan = None,
            Cut::Periods => draft.periods = dangbo::PeriodsDraft::default(),
            Cut::Source => draft.source = dangbo::SourceDraft::default(),
            Cut::Symbol(i) => {
                if let Some(r) = draft.resolutions.get_mut(*i) {
                    r.symbol = None;
                }
            }
            Cut::Item(list, i) => items.push((list, *i)),
        }
    }
    items.sort_unstable();
    items.dedup();
    for (list, i) in items.into_iter().rev() {
        match list {
            "people" if i < draft.people.len() => {
                draft.people.remove(i);
            }
            "indicators" if i < draft.indicators.len() => {
                draft.indicators.remove(i);
            }
            "tallies" if i < draft.tallies.len() => {
                draft.tallies.remove(i);
            }
            "resolutions" if i < draft.resolutions.len() => {
                draft.resolutions.remove(i);
            }
            _ => {}
        }
    }
}

/// A note that a part was dropped for breaking a rule.
fn note(issue: &Issue) -> Issue {
    Issue {
        path: issue.path.clone(),
        code: issue.code,
        message: format!("dropped from the report: {}", issue.message),
        input: issue.input.clone(),
        severity: Severity::Warning,
    }
}

/// Builds the report from its draft. A part that breaks its rules is
/// dropped (the narrowest part that holds the error) and noted in
/// `findings`; warnings are kept as findings.
pub(crate) fn build(mut draft: ReportDraft) -> Report {
    let mut notes = Vec::new();
    let mut strikes = 0;
    for _ in 0..32 {
        draft.findings.clone_from(&notes);
        let issues = match draft.build_with_findings() {
            Ok(report) => return report,
            Err(rejected) => {
                draft = *rejected.draft;
                rejected.issues
            }
        };
        let errors: Vec<&Issue> = issues.iter().filter(|i| i.is_error()).collect();
        let cuts: Vec<Cut> = errors.iter().map(|i| cut_for(i)).collect();
        notes.extend(errors.iter().map(|i| note(i)));
        apply(&mut draft, &cuts, &mut strikes);
    }
    // Nothing could be saved: an empty report that says why.
    let empty = ReportDraft {
        findings: notes,
        ..ReportDraft::default()
    };
    match empty.clone().build() {
        Ok(r) => r,
        Err(_) => ReportDraft::default()
            .build()
            .unwrap_or_else(|_| unreachable_empty()),
    }
}

/// An empty report always builds; this is never reached.
fn unreachable_empty() -> Report {
    Report::from_json(r#"{"source":{},"periods":{}}"#)
        .unwrap_or_else(|_| unreachable!("an empty report is valid"))
}

#[cfg(test)]
mod tests {
    use dangbo::{
        Code, IndicatorReportDraft, Organ, SessionDraft, SessionKind, TallyDraft, TermDraft,
    };

    use super::*;

    #[test]
    fn a_bad_child_is_dropped_and_noted_not_the_report() {
        let draft = ReportDraft {
            session: Some(SessionDraft {
                organ: Some(Organ::ExecutiveCommittee),
                kind: Some(SessionKind::Plenary),
                ordinal: Some(17),
                term: Some(TermDraft {
                    ordinal: Some(22),
                    start_year: Some(2020),
                    end_year: Some(2026),
                }),
                ..Default::default()
            }),
            indicators: vec![
                IndicatorReportDraft {
                    text: Some("thu ngân sách 35 tỷ đồng".into()),
                    name: Some("thu ngân sách".into()),
                    value: Some(35.0),
                    unit: Some("tỷ đồng".into()),
                    ..Default::default()
                },
                IndicatorReportDraft {
                    text: Some("x".into()),
                    name: Some("x".into()),
                    ..Default::default()
                },
            ],
            tallies: vec![TallyDraft {
                text: Some("21/20 chỉ tiêu".into()),
                count: Some(21),
                total: Some(20),
                ..Default::default()
            }],
            ..Default::default()
        };
        let report = build(draft);
        let session = report.session().expect("the session stays");
        assert_eq!(session.ordinal(), Some(17));
        assert!(session.term().is_none());
        assert_eq!(report.indicators().len(), 1);
        assert!(report.tallies().is_empty());
        let codes: Vec<Code> = report.findings().iter().map(|i| i.code).collect();
        assert!(codes.contains(&Code::TermSpan), "{codes:?}");
        assert!(codes.contains(&Code::TallyCountExceedsTotal), "{codes:?}");
        assert!(report
            .findings()
            .iter()
            .all(|i| i.severity == Severity::Warning));
    }
}
