//! The first and last days of a period.

use chrono::NaiveDate;

use super::{Period, PeriodDraft};

impl Period {
    /// The first day of the period; `None` for an `other` period without a
    /// year. A term, a mid-term and a stage run from 1 January of their first
    /// year; a mid-term is the whole term's dates (the review looks back from
    /// its middle); an `other` period with a year is bounded by that year.
    pub fn start(&self) -> Option<NaiveDate> {
        let ymd = NaiveDate::from_ymd_opt;
        match self.0 {
            PeriodDraft::Year { year } | PeriodDraft::YearToDate { year, .. } => ymd(year, 1, 1),
            PeriodDraft::Other { year, .. } => ymd(year?, 1, 1),
            PeriodDraft::YearRemainder { year, months } => ymd(year, 13 - months.min(12), 1),
            PeriodDraft::Quarter { year, quarter } => ymd(year, quarter * 3 - 2, 1),
            PeriodDraft::Term { start_year, .. }
            | PeriodDraft::MidTerm { start_year, .. }
            | PeriodDraft::Stage { start_year, .. } => ymd(start_year, 1, 1),
        }
    }

    /// The last day of the period (inclusive); `None` for an `other` period
    /// without a year. Terms, mid-terms and stages end on 31 December of their
    /// last year.
    pub fn end(&self) -> Option<NaiveDate> {
        match self.0 {
            PeriodDraft::Year { year } | PeriodDraft::YearRemainder { year, .. } => {
                month_end(year, 12)
            }
            PeriodDraft::Other { year, .. } => month_end(year?, 12),
            PeriodDraft::YearToDate { year, months } => month_end(year, months),
            PeriodDraft::Quarter { year, quarter } => month_end(year, quarter * 3),
            PeriodDraft::Term { end_year, .. }
            | PeriodDraft::MidTerm { end_year, .. }
            | PeriodDraft::Stage { end_year, .. } => month_end(end_year, 12),
        }
    }

    /// Whether `date` falls within the period, both ends included (false when
    /// the period has no dates).
    pub fn contains(&self, date: NaiveDate) -> bool {
        matches!((self.start(), self.end()), (Some(s), Some(e)) if s <= date && date <= e)
    }
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    if month >= 12 {
        NaiveDate::from_ymd_opt(year, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()
    }
}
