//! Committees (Tỉnh ủy, Huyện ủy…) and references to them in text.

use chrono::NaiveDate;

use crate::draft::{entity, CheckChild, Rules};
use crate::issue::Issue;
use crate::term::{Term, TermDraft};
use crate::{Level, UnitKind};

entity! {
    /// A party committee as a registry knows it: where it sits, when it existed,
    /// who came after it.
    pub struct Committee / CommitteeDraft {
        /// A stable identifier ("tu-lang-son", "hu-bac-son-lang-son").
        id: String [str] = required ~ String,
        /// The name as usually written ("Huyện ủy Bắc Sơn").
        name: String [str] = required ~ String,
        /// The level; must agree with `unit_kind`.
        level: Level [copy] = required ~ Level,
        /// The kind of unit it leads.
        unit_kind: UnitKind [copy] = required ~ UnitKind,
        /// The bare place name ("Bắc Sơn"), without "huyện", "tỉnh"…
        locality: Option<String> [opt_str] = ~ Option<String>,
        /// The province the unit lies in.
        province: Option<String> [opt_str] = ~ Option<String>,
        /// The committee one level up.
        parent_id: Option<String> [opt_str] = ~ Option<String>,
        /// First day it existed, when known.
        valid_from: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// Last day it existed (2025-06-30 for district committees).
        valid_to: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// Committees that took over its area.
        successor_ids: Vec<String> [list String] = ~ Vec<String>,
        /// Terms known for it.
        terms: Vec<Term> [list Term] = ~ Vec<TermDraft>,
    }
}

impl Committee {
    /// Whether the committee existed on `date` (an unknown bound is open).
    ///
    /// ```
    /// use dangbo::{CommitteeDraft, Draft, Level, UnitKind};
    /// use chrono::NaiveDate;
    /// let c = CommitteeDraft {
    ///     id: Some("hu-bac-son".into()), name: Some("Huyện ủy Bắc Sơn".into()),
    ///     level: Some(Level::District), unit_kind: Some(UnitKind::District),
    ///     valid_to: NaiveDate::from_ymd_opt(2025, 6, 30),
    ///     ..Default::default()
    /// }.build().unwrap();
    /// assert!(c.is_active_on(NaiveDate::from_ymd_opt(2023, 9, 15).unwrap()));
    /// assert!(!c.is_active_on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()));
    /// ```
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }
}

impl Rules for CommitteeDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.terms.check_at("terms", &mut out);
        out.extend(crate::rules::committee(self));
        out
    }
}

entity! {
    /// A committee as an article names it: the words, and what they tell.
    pub struct CommitteeRef / CommitteeRefDraft {
        /// The words of the article ("Huyện ủy Bắc Sơn", "Ban Chấp hành Đảng bộ thành phố").
        text: String [str] = required ~ String,
        /// The level, when it can be told.
        level: Option<Level> [copy] = ~ Option<Level>,
        /// The unit kind, when it can be told.
        unit_kind: Option<UnitKind> [copy] = ~ Option<UnitKind>,
        /// The bare place name.
        locality: Option<String> [opt_str] = ~ Option<String>,
        /// The province, when the text names it.
        province: Option<String> [opt_str] = ~ Option<String>,
        /// The registry id, when resolved.
        id: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for CommitteeRefDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::committee_ref(self)
    }
}
