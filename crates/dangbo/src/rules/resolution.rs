//! The rules of a resolution and of a mention of one: its title and its
//! kind against its symbol's.

use super::text;
use crate::code::Code;
use crate::issue::Issue;
use crate::resolution::{ResolutionDraft, ResolutionMentionDraft};
use crate::DocumentKind;

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
