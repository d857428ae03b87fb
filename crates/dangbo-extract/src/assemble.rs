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
    Item(&'static str, usize),
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
        Some("source") => Cut::Source,
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
                None => Cut::Session,
            }
        }
        _ => Cut::Session,
    }
}

fn apply(draft: &mut ReportDraft, cuts: &[Cut]) {
    let mut items: Vec<(&'static str, usize)> = Vec::new();
    for cut in cuts {
        match cut {
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
    for _ in 0..32 {
        let issues = draft.check();
        let errors: Vec<&Issue> = issues.iter().filter(|i| i.is_error()).collect();
        if errors.is_empty() {
            let mut findings = notes.clone();
            findings.extend(issues.into_iter().filter(|i| !i.is_error()));
            draft.findings = findings;
            match draft.clone().build() {
                Ok(report) => return report,
                Err(_) => break,
            }
        }
        let cuts: Vec<Cut> = errors.iter().map(|i| cut_for(i)).collect();
        notes.extend(errors.iter().map(|i| note(i)));
        apply(&mut draft, &cuts);
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
