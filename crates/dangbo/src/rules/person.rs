//! The rules of a person mentioned and of a position held.

use super::{text, texts};
use crate::issue::Issue;
use crate::person::{PersonMentionDraft, PositionDraft};

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
