//! Sessions: "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 (mở rộng)".

use chrono::NaiveDate;

use crate::draft::{entity, CheckChild, Rules};
use crate::issue::Issue;
use crate::term::{Term, TermDraft};
use crate::{Organ, SessionKind};

entity! {
    /// One meeting of a party body. A session holds only what is its own; the
    /// committee, periods, people and figures live beside it in the
    /// [`Report`](crate::Report).
    pub struct Session / SessionDraft {
        /// The body that meets; a BCH plenum convened by the BTV is the BCH's.
        organ: Organ [copy] = required ~ Organ,
        /// Plenary, briefing, review, congress, thematic or other.
        kind: SessionKind [copy] = required ~ SessionKind,
        /// The meeting's own number ("lần thứ 17"); for a congress, the congress number.
        ordinal: Option<u32> [copy] = ~ Option<u32>,
        /// The term the session belongs to (for a congress, the term it opens).
        term: Option<Term> [opt Term] = ~ Option<TermDraft>,
        /// "(mở rộng)": invited non-members attend.
        expanded: bool [copy] = ~ bool,
        /// "bất thường".
        extraordinary: bool [copy] = ~ bool,
        /// The first day of the meeting.
        date: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// The last day, for meetings over several days.
        end_date: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// The date as written ("Ngày 15/9/2023", "Sáng 22/6").
        date_text: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for SessionDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.term.check_at("term", &mut out);
        out.extend(crate::rules::session(self));
        out
    }
}
