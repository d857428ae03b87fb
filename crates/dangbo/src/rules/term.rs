//! The rules of a term (khóa): its ordinal and its two years.

use super::YEARS;
use crate::code::Code;
use crate::issue::Issue;
use crate::term::TermDraft;

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
