//! Derived values: methods that compute what an analyst wants from the stored
//! facts, never stored themselves (MODEL.md, Derived values).

use chrono::{Datelike, NaiveDate};

use crate::enums::string_enum;
use crate::indicator::{Achievement, IndicatorReport};
use crate::period::{Period, PeriodKind};
use crate::term::Term;
use crate::Basis;

string_enum! {
    /// Whether a figure met its basis: met at 100 % or more.
    AchievementStatus as "achievement status" {
        /// 100 % of the basis or more.
        Met = "met",
        /// Below 100 % of the basis.
        NotMet = "not_met",
    }
}

impl Achievement {
    /// Met when the percent is 100 or more, else not met. The percent is
    /// compared as stored: "đạt gần 100%" (99.x) is not met, and a qualifier
    /// does not change the status.
    ///
    /// ```
    /// use dangbo::{AchievementDraft, AchievementStatus, Basis, Draft};
    /// let a = AchievementDraft { percent: Some(103.89), basis: Some(Basis::Plan), ..Default::default() };
    /// assert_eq!(a.build().unwrap().status(), AchievementStatus::Met);
    /// ```
    pub fn status(&self) -> AchievementStatus {
        if self.percent() >= 100.0 {
            AchievementStatus::Met
        } else {
            AchievementStatus::NotMet
        }
    }
}

/// The share of the calendar year elapsed at the end of `period`, in months:
/// 9 months → 0.75, quarter II → 0.5, a year or the year's last months → 1.
/// `None` for periods that are not within one year (term, mid-term, stage,
/// other).
fn year_share(period: &Period) -> Option<f64> {
    let months = match period.kind() {
        PeriodKind::Year | PeriodKind::YearRemainder => 12,
        PeriodKind::YearToDate => period.months()?,
        PeriodKind::Quarter => period.quarter_number()?.checked_mul(3)?,
        PeriodKind::Term | PeriodKind::MidTerm | PeriodKind::Stage | PeriodKind::Other => {
            return None
        }
    };
    (1..=12).contains(&months).then(|| f64::from(months) / 12.0)
}

impl IndicatorReport {
    /// The first achievement against `basis`, in the order written.
    ///
    /// ```
    /// use dangbo::{Basis, IndicatorReport};
    /// let r = IndicatorReport::from_json(r#"{"text":"kết nạp 187 đảng viên, đạt 103,89% kế hoạch",
    ///   "name":"kết nạp đảng viên","unit":"đảng viên","value":187,
    ///   "achievements":[{"percent":103.89,"basis":"plan"}]}"#).unwrap();
    /// assert_eq!(r.achievement(Basis::Plan).map(|a| a.percent()), Some(103.89));
    /// assert!(r.achievement(Basis::Resolution).is_none());
    /// ```
    pub fn achievement(&self, basis: Basis) -> Option<&Achievement> {
        self.achievements().iter().find(|a| a.basis() == basis)
    }

    /// The target the value and the percent against `basis` imply: value ÷
    /// percent × 100. 187 new members at 103,89 % of plan imply a plan of
    /// about 180.
    ///
    /// `None` when there is no value, no achievement against `basis` (the
    /// first one counts), or its percent is 0.
    ///
    /// ```
    /// use dangbo::{Basis, IndicatorReport};
    /// let r = IndicatorReport::from_json(r#"{"text":"kết nạp 187 đảng viên, đạt 103,89% kế hoạch",
    ///   "name":"kết nạp đảng viên","unit":"đảng viên","value":187,
    ///   "achievements":[{"percent":103.89,"basis":"plan"}]}"#).unwrap();
    /// let target = r.implied_target(Basis::Plan).unwrap();
    /// assert!((target - 180.0).abs() < 0.01, "{target}");
    /// assert_eq!(r.implied_target(Basis::Resolution), None);
    /// ```
    pub fn implied_target(&self, basis: Basis) -> Option<f64> {
        let value = self.value()?;
        let percent = self.achievement(basis)?.percent();
        (percent > 0.0).then(|| value / percent * 100.0)
    }

    /// The status against `basis` (the first achievement of that basis): met
    /// at 100 % or more. `None` without an achievement of that basis.
    ///
    /// ```
    /// use dangbo::{AchievementStatus, Basis, IndicatorReport};
    /// let r = IndicatorReport::from_json(r#"{"text":"giải ngân đạt 63% kế hoạch",
    ///   "name":"giải ngân","achievements":[{"percent":63,"basis":"plan"}]}"#).unwrap();
    /// assert_eq!(r.status(Basis::Plan), Some(AchievementStatus::NotMet));
    /// assert_eq!(r.status(Basis::Resolution), None);
    /// ```
    pub fn status(&self, basis: Basis) -> Option<AchievementStatus> {
        self.achievement(basis).map(Achievement::status)
    }

    /// The pace of the headline achievement (the first one written) over
    /// `period`: its percent ÷ the share of the year elapsed at the period's
    /// end, counted in whole months. 59,9 % after six months is a pace of
    /// 119.8: ahead of the 100 that reaches the target at the year's end.
    ///
    /// `None` without an achievement, or for a period not within one year
    /// (term, mid-term, stage, other), whose share of the year means nothing.
    /// A year or the year's last months count as the whole year.
    ///
    /// ```
    /// use dangbo::{IndicatorReport, Period};
    /// let r = IndicatorReport::from_json(r#"{"text":"thu ngân sách đạt 59,9% kế hoạch",
    ///   "name":"thu ngân sách","achievements":[{"percent":59.9,"basis":"plan"}]}"#).unwrap();
    /// let half = Period::year_to_date(2023, 6).unwrap();
    /// assert!((r.pace(&half).unwrap() - 119.8).abs() < 1e-9);
    /// assert_eq!(r.pace(&Period::term(2020, 2025).unwrap()), None);
    /// ```
    pub fn pace(&self, period: &Period) -> Option<f64> {
        let first = self.achievements().first()?;
        Some(first.percent() / year_share(period)?)
    }

    /// As [`IndicatorReport::pace`], for the first achievement against `basis`.
    /// `None` without one, or for a period not within one year.
    ///
    /// ```
    /// use dangbo::{Basis, IndicatorReport, Period};
    /// let r = IndicatorReport::from_json(r#"{"text":"đạt 31% kế hoạch thị xã và đạt 49% dự toán tỉnh giao",
    ///   "name":"thu ngân sách","achievements":[{"percent":31,"basis":"plan"},
    ///   {"percent":49,"basis":"assigned_estimate"}]}"#).unwrap();
    /// let q2 = Period::quarter(2024, 2).unwrap();
    /// assert_eq!(r.pace_for(Basis::AssignedEstimate, &q2), Some(98.0));
    /// assert_eq!(r.pace_for(Basis::Resolution, &q2), None);
    /// ```
    pub fn pace_for(&self, basis: Basis, period: &Period) -> Option<f64> {
        Some(self.achievement(basis)?.percent() / year_share(period)?)
    }
}

impl Term {
    /// Whether `date` falls within the term's years (inclusive: a term
    /// 2020-2025 holds every day of 2020 to 2025, since congresses meet during
    /// the first and last year).
    ///
    /// `None` when the years are unknown (a term known only as "khóa XXII"):
    /// unknown, not false.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use dangbo::Term;
    /// let t = Term::new(Some(22), Some(2020), Some(2025)).unwrap();
    /// assert_eq!(t.contains(NaiveDate::from_ymd_opt(2023, 9, 15).unwrap()), Some(true));
    /// assert_eq!(t.contains(NaiveDate::from_ymd_opt(2026, 1, 2).unwrap()), Some(false));
    /// let only_ordinal = Term::new(Some(22), None, None).unwrap();
    /// assert_eq!(only_ordinal.contains(NaiveDate::from_ymd_opt(2023, 9, 15).unwrap()), None);
    /// ```
    pub fn contains(&self, date: NaiveDate) -> Option<bool> {
        let (start, end) = (self.start_year()?, self.end_year()?);
        Some((start..=end).contains(&date.year()))
    }
}
