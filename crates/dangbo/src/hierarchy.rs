//! Checks that need two values: a committee and its parent, a committee and a
//! session it holds. A lone draft cannot run them (a committee's draft holds
//! only its parent's id), so [`Draft::build`](crate::Draft::build) does not;
//! whoever holds both values (a registry, a loader joining reports to
//! committees) calls them.

use chrono::NaiveDate;

use crate::code::Code;
use crate::committee::Committee;
use crate::error::clip;
use crate::issue::Issue;
use crate::rules::district_abolition;
use crate::session::Session;
use crate::{Level, UnitKind};

/// The first day of the two-level local government (DOMAIN.md: from 2025-07-01).
fn reform_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 7, 1).expect("a valid date")
}

impl Committee {
    /// The issues of `parent` as this committee's parent: it must sit exactly
    /// one level up (`committee_parent_level`, path `parent_id`).
    ///
    /// - a provincial committee's parent is central, a district one's is
    ///   provincial, a grassroots one's is district-level — or provincial for a
    ///   grassroots committee that begins on or after 2025-07-01 (the district
    ///   level was abolished) and for a special zone (đặc khu);
    /// - a central committee has no parent, so any parent is an issue;
    /// - a committee of level `other` (sector and agency organizations) may sit
    ///   under any level, so nothing is checked.
    ///
    /// A lone committee cannot check this rule: its draft holds only
    /// `parent_id`, not the parent, so [`Draft::build`](crate::Draft::build)
    /// does not run it. `parent` is taken to be the parent; whether its id is
    /// `parent_id` is the caller's to know.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, CommitteeDraft, Draft, Level, UnitKind};
    /// let make = |id: &str, level, kind| CommitteeDraft {
    ///     id: Some(id.into()), name: Some(id.into()),
    ///     level: Some(level), unit_kind: Some(kind), ..Default::default()
    /// }.build().unwrap();
    /// let province = make("tu-lang-son", Level::Provincial, UnitKind::Province);
    /// let district = make("hu-bac-son", Level::District, UnitKind::District);
    /// let commune = make("du-xa-a", Level::Grassroots, UnitKind::Commune);
    /// assert!(district.check_parent(&province).is_empty());
    /// assert!(commune.check_parent(&district).is_empty());
    /// let issues = commune.check_parent(&province);
    /// assert_eq!(issues[0].code, Code::CommitteeParentLevel);
    /// assert_eq!(issues[0].path.to_string(), "parent_id");
    /// ```
    pub fn check_parent(&self, parent: &Committee) -> Vec<Issue> {
        let level = self.level();
        let expected: &[Level] = match level {
            Level::Other => return Vec::new(),
            Level::Central => &[],
            Level::Provincial => &[Level::Central],
            Level::District => &[Level::Provincial],
            Level::Grassroots => {
                let after_reform = self.valid_from().is_some_and(|d| d >= reform_day())
                    || self.unit_kind() == UnitKind::SpecialZone;
                if after_reform {
                    &[Level::Provincial]
                } else {
                    &[Level::District]
                }
            }
        };
        if expected.contains(&parent.level()) {
            return Vec::new();
        }
        let wanted = match expected {
            [] => "it has no parent".to_owned(),
            [one, ..] => format!("its parent sits at level `{one}`"),
        };
        vec![Issue::error(
            Code::CommitteeParentLevel,
            format!(
                "parent `{}` is at level `{}`, but `{}` is at level `{level}`: {wanted}",
                clip(parent.id()),
                parent.level(),
                clip(self.id()),
            ),
            parent.level().as_str(),
        )
        .at("parent_id")]
    }

    /// The issues of `session` as a session of this committee, paths relative
    /// to the session: its `date` and `end_date` fall within the committee's
    /// validity (`session_outside_committee`), and a district-level committee
    /// holds no session after 2025-06-30 (`session_after_district_abolition`,
    /// path `date`). Both can apply at once: they are separate rules. A session
    /// without a date has nothing to check.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use dangbo::{Code, CommitteeDraft, Draft, Level, Organ, SessionDraft, SessionKind, UnitKind};
    /// let committee = CommitteeDraft {
    ///     id: Some("hu-bac-son".into()), name: Some("Huyện ủy Bắc Sơn".into()),
    ///     level: Some(Level::District), unit_kind: Some(UnitKind::District),
    ///     ..Default::default()
    /// }.build().unwrap();
    /// let session = SessionDraft {
    ///     organ: Some(Organ::ExecutiveCommittee), kind: Some(SessionKind::Plenary),
    ///     date: NaiveDate::from_ymd_opt(2025, 8, 1), ..Default::default()
    /// }.build().unwrap();
    /// let issues = committee.check_session(&session);
    /// assert_eq!(issues[0].code, Code::SessionAfterDistrictAbolition);
    /// assert_eq!(issues[0].path.to_string(), "date");
    /// ```
    pub fn check_session(&self, session: &Session) -> Vec<Issue> {
        let mut out = Vec::new();
        for (field, date) in [("date", session.date()), ("end_date", session.end_date())] {
            let Some(date) = date else { continue };
            if !self.is_active_on(date) {
                let from = self.valid_from().map_or("…".to_owned(), |d| d.to_string());
                let to = self.valid_to().map_or("…".to_owned(), |d| d.to_string());
                out.push(
                    Issue::error(
                        Code::SessionOutsideCommittee,
                        format!(
                            "session {field} {date} is outside the validity of committee `{}` ({from} to {to})",
                            clip(self.id())
                        ),
                        date.to_string(),
                    )
                    .at(field),
                );
            }
        }
        if let Some(date) = session.date() {
            if self.level() == Level::District && date > district_abolition() {
                out.push(
                    Issue::error(
                        Code::SessionAfterDistrictAbolition,
                        format!(
                            "session date {date} is after 2025-06-30, when district-level committees such as `{}` were dissolved",
                            clip(self.id())
                        ),
                        date.to_string(),
                    )
                    .at("date"),
                );
            }
        }
        out
    }
}
