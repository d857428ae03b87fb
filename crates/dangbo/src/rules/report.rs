//! The rules of a whole report: its source's texts and a district committee's
//! session after the abolition of the district level.

use super::{district_abolition, effective_level, text};
use crate::code::Code;
use crate::error::clip;
use crate::issue::Issue;
use crate::report::ReportDraft;
use crate::Level;

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
