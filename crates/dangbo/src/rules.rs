//! The rules of the model, one function per entity, each giving every issue
//! of that entity's own fields (children are checked by their own functions and
//! placed under their field by the caller). Paths here are relative to the entity.

use crate::committee::{CommitteeDraft, CommitteeRefDraft};
use crate::indicator::{
    AchievementDraft, ChangeDraft, IndicatorReportDraft, IndicatorTargetDraft, ShareDraft,
};
use crate::issue::Issue;
use crate::person::{PersonMentionDraft, PositionDraft};
use crate::report::ReportDraft;
use crate::resolution::{ResolutionDraft, ResolutionMentionDraft};
use crate::session::SessionDraft;
use crate::tally::TallyDraft;
use crate::term::TermDraft;

pub(crate) fn term(_d: &TermDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn session(_d: &SessionDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn committee(_d: &CommitteeDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn committee_ref(_d: &CommitteeRefDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn achievement(_d: &AchievementDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn change(_d: &ChangeDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn share(_d: &ShareDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn indicator(_d: &IndicatorReportDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn indicator_target(_d: &IndicatorTargetDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn tally(_d: &TallyDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn position(_d: &PositionDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn person(_d: &PersonMentionDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn resolution(_d: &ResolutionDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn resolution_mention(_d: &ResolutionMentionDraft) -> Vec<Issue> {
    Vec::new()
}
pub(crate) fn report(_d: &ReportDraft) -> Vec<Issue> {
    Vec::new()
}
