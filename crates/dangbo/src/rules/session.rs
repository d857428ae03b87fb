//! The rules of a session: its ordinal, its dates and its term.

use super::text;
use crate::code::Code;
use crate::issue::Issue;
use crate::session::SessionDraft;
use crate::SessionKind;

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
