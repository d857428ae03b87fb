//! The rules of a committee and of a reference to one: level and unit kind,
//! validity, self-references.

use super::{text, texts};
use crate::code::Code;
use crate::committee::{CommitteeDraft, CommitteeRefDraft};
use crate::error::clip;
use crate::issue::{Issue, Segment};
use crate::{Level, UnitKind};

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
