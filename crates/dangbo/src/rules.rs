//! The rules of the model, one function per entity, each giving every issue
//! of that entity's own fields (children are checked by their own functions and
//! placed under their field by the caller). Paths here are relative to the entity.
//!
//! Every rule collects: a function never stops at the first issue. Messages are
//! plain English and name the offending value; `input` is that value as text,
//! clipped to a readable length. Consistency findings (warnings) between the
//! figures live in `findings.rs`.

use chrono::NaiveDate;

use crate::code::Code;
use crate::committee::{CommitteeDraft, CommitteeRefDraft};
use crate::error::clip;
use crate::indicator::{
    AchievementDraft, ChangeDraft, IndicatorReportDraft, IndicatorTargetDraft, ShareDraft,
};
use crate::issue::{Issue, Segment};
use crate::person::{PersonMentionDraft, PositionDraft};
use crate::report::ReportDraft;
use crate::resolution::{ResolutionDraft, ResolutionMentionDraft};
use crate::session::SessionDraft;
use crate::tally::TallyDraft;
use crate::term::TermDraft;
use crate::{DocumentKind, Level, SessionKind, UnitKind};

/// The longest text a field may hold, in characters: far beyond any clause,
/// title or name of a real article.
pub(crate) const MAX_TEXT_CHARS: usize = 10_000;

/// The first and last year a term or period may name.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1930..=2100;

/// The last day of the district level (DOMAIN.md: abolished from 2025-07-01).
pub(crate) fn district_abolition() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).expect("a valid date")
}

// ---------------------------------------------------------------- helpers

/// The issue of a piece of text that must not be blank or absurdly long, not
/// yet placed at its field.
fn text_issue(field: &str, value: &str) -> Option<Issue> {
    if value.trim().is_empty() {
        return Some(Issue::error(
            Code::TextEmpty,
            format!("`{field}` is blank ({value:?}); a text field holds text or is null"),
            value,
        ));
    }
    if value.len() > MAX_TEXT_CHARS && value.chars().nth(MAX_TEXT_CHARS).is_some() {
        let n = value.chars().count();
        return Some(Issue::error(
            Code::TextTooLong,
            format!(
                "`{field}` has {n} characters (at most {MAX_TEXT_CHARS}): {}",
                clip(value)
            ),
            clip(value),
        ));
    }
    None
}

/// Checks a text field when present (absence of a required one is the
/// `missing_field` of the draft).
fn text(field: &str, value: Option<&String>, out: &mut Vec<Issue>) {
    if let Some(v) = value {
        out.extend(text_issue(field, v).map(|i| i.at(field)));
    }
}

/// Checks each string of a list, at `field[i]`.
fn texts(field: &str, values: &[String], out: &mut Vec<Issue>) {
    for (i, v) in values.iter().enumerate() {
        if let Some(issue) = text_issue(field, v) {
            out.push(issue.with_outer(Segment::Index(i)).at(field));
        }
    }
}

/// Checks a number that must be finite and not negative.
fn non_negative(field: &str, what: &str, value: f64, out: &mut Vec<Issue>) {
    if !value.is_finite() {
        out.push(
            Issue::error(
                Code::NotFinite,
                format!("{what} {value} is not a finite number"),
                value.to_string(),
            )
            .at(field),
        );
    } else if value < 0.0 {
        out.push(
            Issue::error(
                Code::Negative,
                format!("{what} {value} is negative; figures are at least 0"),
                value.to_string(),
            )
            .at(field),
        );
    }
}

/// The level a reference or committee stands at: its own, else its unit kind's.
pub(crate) fn effective_level(level: Option<Level>, unit_kind: Option<UnitKind>) -> Option<Level> {
    level.or_else(|| unit_kind.map(UnitKind::level))
}

fn level_mismatch(level: Level, unit_kind: UnitKind) -> Option<Issue> {
    (unit_kind.level() != level).then(|| {
        Issue::error(
            Code::CommitteeLevelMismatch,
            format!(
                "level `{level}` does not agree with unit kind `{unit_kind}`, which is at level `{}`",
                unit_kind.level()
            ),
            level.as_str(),
        )
        .at("level")
    })
}

// ---------------------------------------------------------------- terms

pub(crate) fn term(d: &TermDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if d.ordinal == Some(0) {
        out.push(
            Issue::error(
                Code::TermOrdinal,
                "term ordinal (khóa) 0 is not allowed; khóa numbers start at 1",
                "0",
            )
            .at("ordinal"),
        );
    }
    for (field, year) in [("start_year", d.start_year), ("end_year", d.end_year)] {
        if let Some(y) = year.filter(|y| !YEARS.contains(y)) {
            out.push(
                Issue::error(
                    Code::TermYearRange,
                    format!("term {field} {y} is outside 1930..=2100"),
                    y.to_string(),
                )
                .at(field),
            );
        }
    }
    match (d.start_year, d.end_year) {
        (Some(start), Some(end)) => {
            let span = i64::from(end) - i64::from(start);
            if span != 5 {
                out.push(
                    Issue::error(
                        Code::TermSpan,
                        format!("term {start}-{end} spans {span} years; a term spans 5 (end_year - start_year = 5)"),
                        format!("{start}-{end}"),
                    )
                    .at("end_year"),
                );
            }
        }
        (Some(start), None) => out.push(
            Issue::error(
                Code::TermEmpty,
                format!(
                    "term gives start_year {start} but no end_year; give both years or neither"
                ),
                start.to_string(),
            )
            .at("end_year"),
        ),
        (None, Some(end)) => out.push(
            Issue::error(
                Code::TermEmpty,
                format!("term gives end_year {end} but no start_year; give both years or neither"),
                end.to_string(),
            )
            .at("start_year"),
        ),
        (None, None) => {
            if d.ordinal.is_none() {
                out.push(Issue::error(
                    Code::TermEmpty,
                    "term gives neither an ordinal nor years (ordinal null, start_year null, end_year null)",
                    "ordinal null, start_year null, end_year null",
                ));
            }
        }
    }
    out
}

// ---------------------------------------------------------------- sessions

pub(crate) fn session(d: &SessionDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if d.ordinal == Some(0) {
        let kind = d.kind.map_or("session", |k| match k {
            SessionKind::Plenary => "plenary session",
            SessionKind::Congress => "congress",
            _ => "session",
        });
        out.push(
            Issue::error(
                Code::SessionOrdinal,
                format!("{kind} ordinal 0 is not allowed; sessions are numbered from 1"),
                "0",
            )
            .at("ordinal"),
        );
    }
    if let (Some(date), Some(term)) = (d.date, &d.term) {
        if let (Some(start), Some(end)) = (term.start_year, term.end_year) {
            if !(start..=end).contains(&chrono::Datelike::year(&date)) {
                out.push(
                    Issue::error(
                        Code::SessionOutsideTerm,
                        format!("session date {date} is outside its term {start}-{end}"),
                        date.to_string(),
                    )
                    .at("date"),
                );
            }
        }
    }
    if let (Some(date), Some(end)) = (d.date, d.end_date) {
        if end < date {
            out.push(
                Issue::error(
                    Code::SessionEndBeforeStart,
                    format!("session end_date {end} is before its date {date}"),
                    end.to_string(),
                )
                .at("end_date"),
            );
        }
    }
    text("date_text", d.date_text.as_ref(), &mut out);
    out
}

// ---------------------------------------------------------------- committees

pub(crate) fn committee(d: &CommitteeDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("id", d.id.as_ref(), &mut out);
    text("name", d.name.as_ref(), &mut out);
    if let (Some(level), Some(kind)) = (d.level, d.unit_kind) {
        out.extend(level_mismatch(level, kind));
    }
    text("locality", d.locality.as_ref(), &mut out);
    text("province", d.province.as_ref(), &mut out);
    text("parent_id", d.parent_id.as_ref(), &mut out);
    texts("successor_ids", &d.successor_ids, &mut out);
    if let (Some(from), Some(to)) = (d.valid_from, d.valid_to) {
        if from > to {
            out.push(
                Issue::error(
                    Code::CommitteeValidity,
                    format!("committee valid_from {from} is after valid_to {to}"),
                    to.to_string(),
                )
                .at("valid_to"),
            );
        }
    }
    if let Some(id) = d.id.as_deref().filter(|id| !id.trim().is_empty()) {
        if d.parent_id.as_deref() == Some(id) {
            out.push(
                Issue::error(
                    Code::CommitteeSelfReference,
                    format!("committee `{}` names itself as its parent", clip(id)),
                    clip(id),
                )
                .at("parent_id"),
            );
        }
        for (i, s) in d.successor_ids.iter().enumerate() {
            if s == id {
                out.push(
                    Issue::error(
                        Code::CommitteeSelfReference,
                        format!("committee `{}` names itself as its successor", clip(id)),
                        clip(id),
                    )
                    .with_outer(Segment::Index(i))
                    .at("successor_ids"),
                );
            }
        }
    }
    out
}

pub(crate) fn committee_ref(d: &CommitteeRefDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("text", d.text.as_ref(), &mut out);
    if let (Some(level), Some(kind)) = (d.level, d.unit_kind) {
        out.extend(level_mismatch(level, kind));
    }
    text("locality", d.locality.as_ref(), &mut out);
    text("province", d.province.as_ref(), &mut out);
    text("id", d.id.as_ref(), &mut out);
    out
}

// ---------------------------------------------------------------- figures

pub(crate) fn achievement(d: &AchievementDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative("percent", "achievement percent", p, &mut out);
    }
    text("basis_text", d.basis_text.as_ref(), &mut out);
    out
}

pub(crate) fn change(d: &ChangeDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative(
            "percent",
            "change percent (the direction carries the sign)",
            p,
            &mut out,
        );
    }
    if let Some(a) = d.amount {
        non_negative(
            "amount",
            "change amount (the direction carries the sign)",
            a,
            &mut out,
        );
    }
    out
}

pub(crate) fn share(d: &ShareDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative("percent", "share percent", p, &mut out);
        if p.is_finite() && p > 100.0 {
            out.push(
                Issue::error(
                    Code::ShareExceedsWhole,
                    format!("share percent {p} is more than the whole (100%)"),
                    p.to_string(),
                )
                .at("percent"),
            );
        }
    }
    text("of", d.of.as_ref(), &mut out);
    out
}

/// A value and its unit: finite, at least 0, with a non-empty unit.
fn value_with_unit(value: Option<f64>, unit: Option<&String>, out: &mut Vec<Issue>) {
    match value {
        Some(v) => {
            non_negative("value", "value", v, out);
            if unit.is_none_or(|u| u.trim().is_empty()) {
                let shown = unit.map_or_else(|| "null".to_owned(), |u| format!("{u:?}"));
                out.push(
                    Issue::error(
                        Code::UnitMissing,
                        format!("value {v} has no unit (unit is {shown})"),
                        v.to_string(),
                    )
                    .at("unit"),
                );
            } else {
                text("unit", unit, out);
            }
        }
        None => text("unit", unit, out),
    }
}

pub(crate) fn indicator(d: &IndicatorReportDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("text", d.text.as_ref(), &mut out);
    text("name", d.name.as_ref(), &mut out);
    value_with_unit(d.value, d.unit.as_ref(), &mut out);
    if d.value.is_none() && d.achievements.is_empty() && d.change.is_none() {
        let name = d.name.as_deref().map_or_else(String::new, clip);
        out.push(Issue::error(
            Code::IndicatorEmpty,
            format!(
                "indicator {name:?} has no value, no achievement and no change; it reports nothing"
            ),
            name,
        ));
    }
    if let Some(t) = d.target {
        non_negative("target", "target", t, &mut out);
    }
    out.extend(crate::findings::indicator(d));
    out
}

pub(crate) fn indicator_target(d: &IndicatorTargetDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("name", d.name.as_ref(), &mut out);
    value_with_unit(d.value, d.unit.as_ref(), &mut out);
    out
}

pub(crate) fn tally(d: &TallyDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("text", d.text.as_ref(), &mut out);
    if let (Some(count), Some(total)) = (d.count, d.total) {
        if count > total {
            out.push(
                Issue::error(
                    Code::TallyCountExceedsTotal,
                    format!(
                        "tally count {count} is greater than its total {total} ({count}/{total})"
                    ),
                    count.to_string(),
                )
                .at("count"),
            );
        }
    }
    if d.total == Some(0) {
        out.push(
            Issue::error(
                Code::TallyTotalZero,
                "tally total 0 is not allowed; a tally counts out of at least 1",
                "0",
            )
            .at("total"),
        );
    }
    text("of", d.of.as_ref(), &mut out);
    out.extend(crate::findings::tally(d));
    out
}

// ---------------------------------------------------------------- people

pub(crate) fn position(d: &PositionDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("role", d.role.as_ref(), &mut out);
    text("organ", d.organ.as_ref(), &mut out);
    text("organization", d.organization.as_ref(), &mut out);
    out
}

pub(crate) fn person(d: &PersonMentionDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("name", d.name.as_ref(), &mut out);
    texts("titles", &d.titles, &mut out);
    out
}

// ---------------------------------------------------------------- documents

fn kind_agrees(kind: Option<DocumentKind>, symbol_kind: Option<DocumentKind>) -> Option<Issue> {
    match (kind, symbol_kind) {
        (Some(k), Some(s)) if k != s => Some(
            Issue::warning(
                Code::DocumentKindMismatch,
                format!("document kind `{k}` differs from the kind `{s}` of its symbol"),
                k.as_str(),
            )
            .at("kind"),
        ),
        _ => None,
    }
}

pub(crate) fn resolution(d: &ResolutionDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("title", d.title.as_ref(), &mut out);
    out.extend(kind_agrees(d.kind, d.symbol.as_ref().and_then(|s| s.kind)));
    out
}

pub(crate) fn resolution_mention(d: &ResolutionMentionDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("text", d.text.as_ref(), &mut out);
    text("title", d.title.as_ref(), &mut out);
    out.extend(kind_agrees(d.kind, d.symbol.as_ref().and_then(|s| s.kind)));
    out
}

// ---------------------------------------------------------------- report

pub(crate) fn report(d: &ReportDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    let mut source = Vec::new();
    text("title", d.source.title.as_ref(), &mut source);
    text("url", d.source.url.as_ref(), &mut source);
    out.extend(source.into_iter().map(|i| i.at("source")));

    let level = d
        .committee
        .as_ref()
        .and_then(|c| effective_level(c.level, c.unit_kind));
    if level == Some(Level::District) {
        if let Some(date) = d.session.as_ref().and_then(|s| s.date) {
            if date > district_abolition() {
                let name = d
                    .committee
                    .as_ref()
                    .and_then(|c| c.text.as_deref())
                    .map_or_else(String::new, clip);
                out.push(
                    Issue::error(
                        Code::SessionAfterDistrictAbolition,
                        format!(
                            "session date {date} is after 2025-06-30, when district-level committees such as {name:?} were dissolved"
                        ),
                        date.to_string(),
                    )
                    .at("date")
                    .at("session"),
                );
            }
        }
    }
    out.extend(crate::findings::report(d));
    out
}
