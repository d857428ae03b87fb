//! The report of one article: a session bound to its committee, periods, people,
//! figures and documents.

use chrono::NaiveDate;

use crate::committee::{CommitteeRef, CommitteeRefDraft};
use crate::draft::{entity, CheckChild, Rules};
use crate::indicator::{IndicatorReport, IndicatorReportDraft};
use crate::issue::Issue;
use crate::period::{Period, PeriodDraft};
use crate::person::{PersonMention, PersonMentionDraft};
use crate::resolution::{ResolutionMention, ResolutionMentionDraft};
use crate::session::{Session, SessionDraft};
use crate::tally::{Tally, TallyDraft};

entity! {
    /// Where a report came from.
    pub struct Source / SourceDraft {
        /// The headline.
        title: Option<String> [opt_str] = ~ Option<String>,
        /// The publication date from the page's stamp.
        published: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// The page address, when known.
        url: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for SourceDraft {
    fn rules(&self) -> Vec<Issue> {
        Vec::new()
    }
}

entity! {
    /// The period a session reviews and the one it plans for.
    pub struct Periods / PeriodsDraft {
        /// "đánh giá … 9 tháng đầu năm".
        review: Option<Period> [opt Period] = ~ Option<PeriodDraft>,
        /// "nhiệm vụ trọng tâm 3 tháng cuối năm 2023".
        plan: Option<Period> [opt Period] = ~ Option<PeriodDraft>,
    }
}

impl Rules for PeriodsDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.review.check_at("review", &mut out);
        self.plan.check_at("plan", &mut out);
        out
    }
}

entity! {
    /// Everything one article says about one session.
    ///
    /// Each fact has one place: the session holds only its own fields; its
    /// committee, periods, people, figures and documents sit here beside it.
    /// `findings` are the warnings of [`Report::validate`] (figures that disagree),
    /// kept, never "fixed".
    pub struct Report / ReportDraft {
        /// Title, publication date, address.
        source: Source [ref] = ~ SourceDraft,
        /// The committee that holds the session.
        committee: Option<CommitteeRef> [opt CommitteeRef] = ~ Option<CommitteeRefDraft>,
        /// The session.
        session: Option<Session> [opt Session] = ~ Option<SessionDraft>,
        /// Reviewed and planned periods.
        periods: Periods [ref] = ~ PeriodsDraft,
        /// Named people, bylines included.
        people: Vec<PersonMention> [list PersonMention] = ~ Vec<PersonMentionDraft>,
        /// Reported figures.
        indicators: Vec<IndicatorReport> [list IndicatorReport] = ~ Vec<IndicatorReportDraft>,
        /// Counts of targets with a status.
        tallies: Vec<Tally> [list Tally] = ~ Vec<TallyDraft>,
        /// Documents mentioned or adopted.
        resolutions: Vec<ResolutionMention> [list ResolutionMention] = ~ Vec<ResolutionMentionDraft>,
        /// Consistency warnings on the figures.
        findings: Vec<Issue> [list Issue] = ~ Vec<Issue>,
    }
}

impl Rules for ReportDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.source.check_at("source", &mut out);
        self.committee.check_at("committee", &mut out);
        self.session.check_at("session", &mut out);
        self.periods.check_at("periods", &mut out);
        self.people.check_at("people", &mut out);
        self.indicators.check_at("indicators", &mut out);
        self.tallies.check_at("tallies", &mut out);
        self.resolutions.check_at("resolutions", &mut out);
        out.extend(crate::rules::report(self));
        out
    }
}

/// A report draft that did not build: the draft as it was given, and every
/// issue its check found (warnings included), at least one of them an error.
/// See [`ReportDraft::build_with_findings`].
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The draft, unchanged.
    pub draft: Box<ReportDraft>,
    /// Every issue found, errors and warnings, with paths from the report.
    pub issues: Vec<Issue>,
}

impl ReportDraft {
    /// Checks every rule once and builds the report with the warnings of that
    /// check appended to `findings`, after what the field already holds.
    ///
    /// The same report as [`Draft::build`](crate::Draft::build) followed by
    /// [`Report::with_findings`], except that findings already in the draft
    /// are kept in front (an extractor's notes of what it dropped, say), and
    /// with one check instead of two: the rules never read `findings`.
    ///
    /// # Errors
    ///
    /// [`Rejected`], holding the draft unchanged and every issue, when at
    /// least one issue is an error; the caller can drop the parts at fault
    /// and try again.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, IndicatorReportDraft, ReportDraft, AchievementDraft, Basis};
    /// let draft = ReportDraft {
    ///     indicators: vec![IndicatorReportDraft {
    ///         text: Some("đạt 45/50 tỷ đồng, bằng 95% kế hoạch".into()),
    ///         name: Some("thu ngân sách".into()),
    ///         unit: Some("tỷ đồng".into()),
    ///         value: Some(45.0),
    ///         target: Some(50.0),
    ///         achievements: vec![AchievementDraft {
    ///             percent: Some(95.0),
    ///             basis: Some(Basis::Plan),
    ///             ..Default::default()
    ///         }],
    ///         ..Default::default()
    ///     }],
    ///     ..Default::default()
    /// };
    /// let report = draft.clone().build_with_findings().unwrap();
    /// assert_eq!(report.findings()[0].code, Code::PercentMismatch);
    ///
    /// let mut bad = draft;
    /// bad.indicators[0].name = None;
    /// let rejected = bad.build_with_findings().unwrap_err();
    /// assert!(rejected.issues.iter().any(|i| i.code == Code::MissingField));
    /// assert!(rejected.draft.indicators[0].name.is_none());
    /// ```
    pub fn build_with_findings(mut self) -> Result<Report, Rejected> {
        let issues = crate::Draft::check(&self);
        if issues.iter().any(Issue::is_error) {
            return Err(Rejected {
                draft: Box::new(self),
                issues,
            });
        }
        self.findings.extend(issues);
        Ok(crate::draft::Assemble::assemble(self))
    }
}

impl Report {
    /// The report with `findings` set to its current warnings, those of
    /// [`Report::validate`], replacing whatever the field held. Findings are
    /// data: the rules compute them from the figures and never read the
    /// `findings` field, so calling this twice, or building a draft whose
    /// `findings` already hold them, never duplicates one.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, Report};
    /// let report = Report::from_json(r#"{"indicators":[{"text":"đạt 45/50 tỷ đồng, bằng 95% kế hoạch",
    ///   "name":"thu ngân sách","unit":"tỷ đồng","value":45,"target":50,
    ///   "achievements":[{"percent":95,"basis":"plan"}]}]}"#).unwrap();
    /// assert!(report.findings().is_empty());
    /// let report = report.with_findings();
    /// assert_eq!(report.findings()[0].code, Code::PercentMismatch);
    /// assert_eq!(report.findings()[0].path.to_string(), "indicators[0].achievements[0].percent");
    /// let again = Report::from_json(&report.to_json()).unwrap().with_findings();
    /// assert_eq!(again.findings().len(), 1);
    /// ```
    #[must_use]
    pub fn with_findings(mut self) -> Report {
        self.findings = self.validate();
        self
    }
}
