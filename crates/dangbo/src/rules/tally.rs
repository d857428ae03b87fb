//! The rules of a tally ("đạt 21/20 chỉ tiêu"): a count within its total.

use super::text;
use crate::code::Code;
use crate::issue::Issue;
use crate::tally::TallyDraft;

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
