//! The rules of the model, one function per entity, each giving every issue
//! of that entity's own fields (children are checked by their own functions and
//! placed under their field by the caller). Paths here are relative to the entity.
//!
//! Every rule collects: a function never stops at the first issue. Messages are
//! plain English and name the offending value; `input` is that value as text,
//! clipped to a readable length. Consistency findings (warnings) between the
//! figures live in `findings.rs`.
//!
//! This module holds the limits and the helpers the rules share; the rules of
//! each entity live in the child named after the entity's own module (`term`,
//! `session`, `committee`, `indicator`, `tally`, `person`, `resolution`,
//! `report`).

use chrono::NaiveDate;

use crate::code::Code;
use crate::error::clip;
use crate::issue::{Issue, Segment};
use crate::{Level, UnitKind};

mod committee;
mod indicator;
mod person;
mod report;
mod resolution;
mod session;
mod tally;
mod term;

pub(crate) use committee::{committee, committee_ref};
pub(crate) use indicator::{achievement, change, indicator, indicator_target, share};
pub(crate) use person::{person, position};
pub(crate) use report::report;
pub(crate) use resolution::{resolution, resolution_mention};
pub(crate) use session::session;
pub(crate) use tally::tally;
pub(crate) use term::term;

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
    // `chars().all` stops at the first letter; `trim()` also decodes the end.
    if value.chars().all(char::is_whitespace) {
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
