//! Periods: "9 tháng đầu năm 2023", "quý I/2024", "nhiệm kỳ 2020-2025".
//!
//! This module holds the period's kind, its draft, the [`Period`] value with
//! its constructors, getters and rules; `text` reads and prints the
//! Vietnamese words, `bounds` gives its first and last days.

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::draft::{Assemble, Disassemble};
use crate::enums::string_enum;
use crate::issue::{Issue, ValidationErrors};
use crate::Draft;

mod bounds;
mod text;

string_enum! {
    /// The kind of a [`Period`].
    PeriodKind as "period kind" {
        /// "năm 2023".
        Year = "year",
        /// The first N months: "6 tháng đầu năm", "9 tháng đầu năm 2023".
        YearToDate = "year_to_date",
        /// The last N months: "6 tháng cuối năm", "3 tháng cuối năm 2023".
        YearRemainder = "year_remainder",
        /// "quý I/2024".
        Quarter = "quarter",
        /// "nhiệm kỳ 2020-2025".
        Term = "term",
        /// "giữa nhiệm kỳ" of a term.
        MidTerm = "mid_term",
        /// "giai đoạn 2021-2025".
        Stage = "stage",
        /// Anything else ("tháng 10 năm 2023").
        Other = "other",
    }
}

/// The unvalidated form of a [`Period`], tagged by `kind` in JSON:
/// `{"kind":"year_to_date","year":2023,"months":9}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum PeriodDraft {
    /// A calendar year.
    Year {
        /// The year.
        year: i32,
    },
    /// The first `months` months of `year`.
    YearToDate {
        /// The year.
        year: i32,
        /// How many months, 1..=12.
        months: u32,
    },
    /// The last `months` months of `year`.
    YearRemainder {
        /// The year.
        year: i32,
        /// How many months, 1..=12.
        months: u32,
    },
    /// A quarter.
    Quarter {
        /// The year.
        year: i32,
        /// 1..=4.
        quarter: u32,
    },
    /// A five-year term.
    Term {
        /// First year.
        start_year: i32,
        /// Last year (start + 5).
        end_year: i32,
    },
    /// The middle of a term (a mid-term review looks back over its first half).
    MidTerm {
        /// First year of the term.
        start_year: i32,
        /// Last year of the term.
        end_year: i32,
    },
    /// A multi-year stage.
    Stage {
        /// First year.
        start_year: i32,
        /// Last year.
        end_year: i32,
    },
    /// Any other period, kept as written.
    Other {
        /// The year, when known.
        #[serde(default)]
        year: Option<i32>,
        /// The words as written.
        text: String,
    },
}

/// A period of time a session reviews or plans for, or a figure covers.
///
/// JSON: `{"kind":"quarter","year":2024,"quarter":1}`. "6 tháng đầu năm" is
/// `year_to_date` with 6 months; there is no separate half-year kind.
///
/// ```
/// use dangbo::Period;
/// use chrono::NaiveDate;
/// let p = Period::year_to_date(2023, 9).unwrap();
/// assert_eq!(p.start(), NaiveDate::from_ymd_opt(2023, 1, 1));
/// assert_eq!(p.end(), NaiveDate::from_ymd_opt(2023, 9, 30));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Period(PeriodDraft);

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
        PeriodDraft::deserialize(d)?
            .build()
            .map_err(serde::de::Error::custom)
    }
}

impl Draft for PeriodDraft {
    type Output = Period;

    fn check(&self) -> Vec<Issue> {
        rules(self)
    }

    fn build(self) -> Result<Period, ValidationErrors> {
        match ValidationErrors::from_issues(self.check()) {
            Some(e) => Err(e),
            None => Ok(Period(self)),
        }
    }
}

impl Assemble for PeriodDraft {
    type Out = Period;
    fn assemble(self) -> Period {
        Period(self)
    }
}

impl Disassemble for Period {
    type Out = PeriodDraft;
    fn disassemble(&self) -> PeriodDraft {
        self.0.clone()
    }
}

impl Period {
    /// A calendar year.
    ///
    /// # Errors
    ///
    /// `period_year_range` outside 1930..=2100.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(dangbo::Period::full_year(2023).unwrap().year(), Some(2023));
    /// ```
    pub fn full_year(year: i32) -> Result<Period, ValidationErrors> {
        PeriodDraft::Year { year }.build()
    }

    /// The first `months` months of `year`.
    ///
    /// # Errors
    ///
    /// `period_months` outside 1..=12; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(dangbo::Period::year_to_date(2023, 13).is_err());
    /// ```
    pub fn year_to_date(year: i32, months: u32) -> Result<Period, ValidationErrors> {
        PeriodDraft::YearToDate { year, months }.build()
    }

    /// The last `months` months of `year`.
    ///
    /// # Errors
    ///
    /// `period_months` outside 1..=12; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// let p = dangbo::Period::year_remainder(2023, 3).unwrap();
    /// assert_eq!(p.start(), chrono::NaiveDate::from_ymd_opt(2023, 10, 1));
    /// ```
    pub fn year_remainder(year: i32, months: u32) -> Result<Period, ValidationErrors> {
        PeriodDraft::YearRemainder { year, months }.build()
    }

    /// A quarter of `year`.
    ///
    /// # Errors
    ///
    /// `period_quarter` outside 1..=4; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(dangbo::Period::quarter(2024, 5).is_err());
    /// ```
    pub fn quarter(year: i32, quarter: u32) -> Result<Period, ValidationErrors> {
        PeriodDraft::Quarter { year, quarter }.build()
    }

    /// A five-year term.
    ///
    /// # Errors
    ///
    /// `period_span` unless `end_year - start_year == 5`; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(dangbo::Period::term(2020, 2025).is_ok());
    /// assert!(dangbo::Period::term(2020, 2026).is_err());
    /// ```
    pub fn term(start_year: i32, end_year: i32) -> Result<Period, ValidationErrors> {
        PeriodDraft::Term {
            start_year,
            end_year,
        }
        .build()
    }

    /// The middle of a five-year term ("giữa nhiệm kỳ 2020-2025"); its dates
    /// are the whole term's.
    ///
    /// # Errors
    ///
    /// `period_span` unless `end_year - start_year == 5`; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// let p = dangbo::Period::mid_term(2020, 2025).unwrap();
    /// assert_eq!(p.to_string(), "giữa nhiệm kỳ 2020-2025");
    /// ```
    pub fn mid_term(start_year: i32, end_year: i32) -> Result<Period, ValidationErrors> {
        PeriodDraft::MidTerm {
            start_year,
            end_year,
        }
        .build()
    }

    /// A multi-year stage ("giai đoạn 2021-2025").
    ///
    /// # Errors
    ///
    /// `period_span` when it ends before it starts; `period_year_range`.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(dangbo::Period::stage(2021, 2030).is_ok());
    /// assert!(dangbo::Period::stage(2025, 2021).is_err());
    /// ```
    pub fn stage(start_year: i32, end_year: i32) -> Result<Period, ValidationErrors> {
        PeriodDraft::Stage {
            start_year,
            end_year,
        }
        .build()
    }

    /// The unvalidated form.
    pub fn to_draft(&self) -> PeriodDraft {
        self.0.clone()
    }

    /// The kind.
    pub fn kind(&self) -> PeriodKind {
        match self.0 {
            PeriodDraft::Year { .. } => PeriodKind::Year,
            PeriodDraft::YearToDate { .. } => PeriodKind::YearToDate,
            PeriodDraft::YearRemainder { .. } => PeriodKind::YearRemainder,
            PeriodDraft::Quarter { .. } => PeriodKind::Quarter,
            PeriodDraft::Term { .. } => PeriodKind::Term,
            PeriodDraft::MidTerm { .. } => PeriodKind::MidTerm,
            PeriodDraft::Stage { .. } => PeriodKind::Stage,
            PeriodDraft::Other { .. } => PeriodKind::Other,
        }
    }

    /// The year of a `year`, `year_to_date`, `year_remainder`, `quarter` or `other` period.
    pub fn year(&self) -> Option<i32> {
        match self.0 {
            PeriodDraft::Year { year }
            | PeriodDraft::YearToDate { year, .. }
            | PeriodDraft::YearRemainder { year, .. }
            | PeriodDraft::Quarter { year, .. } => Some(year),
            PeriodDraft::Other { year, .. } => year,
            _ => None,
        }
    }

    /// The months of a `year_to_date` or `year_remainder` period.
    pub fn months(&self) -> Option<u32> {
        match self.0 {
            PeriodDraft::YearToDate { months, .. } | PeriodDraft::YearRemainder { months, .. } => {
                Some(months)
            }
            _ => None,
        }
    }

    /// The quarter of a quarter period.
    pub fn quarter_number(&self) -> Option<u32> {
        match self.0 {
            PeriodDraft::Quarter { quarter, .. } => Some(quarter),
            _ => None,
        }
    }

    /// The first year of a term, mid-term or stage.
    pub fn start_year(&self) -> Option<i32> {
        match self.0 {
            PeriodDraft::Term { start_year, .. }
            | PeriodDraft::MidTerm { start_year, .. }
            | PeriodDraft::Stage { start_year, .. } => Some(start_year),
            _ => None,
        }
    }

    /// The last year of a term, mid-term or stage.
    pub fn end_year(&self) -> Option<i32> {
        match self.0 {
            PeriodDraft::Term { end_year, .. }
            | PeriodDraft::MidTerm { end_year, .. }
            | PeriodDraft::Stage { end_year, .. } => Some(end_year),
            _ => None,
        }
    }

    /// The words of an `other` period.
    pub fn text(&self) -> Option<&str> {
        match &self.0 {
            PeriodDraft::Other { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// The rules of a period: months 1..=12, quarter 1..=4, years 1930..=2100,
/// a term (and mid-term) of exactly five years, a stage that does not end
/// before it starts. Each issue sits at its field.
fn rules(d: &PeriodDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    let mut push = |code: Code, field: &str, message: String, input: String| {
        out.push(Issue::error(code, message, input).at(field));
    };
    let year = |field: &str, y: i32, push: &mut dyn FnMut(Code, &str, String, String)| {
        if !(1930..=2100).contains(&y) {
            let msg = format!("year {y} is outside 1930..=2100");
            push(Code::PeriodYearRange, field, msg, y.to_string());
        }
    };
    match d {
        PeriodDraft::Year { year: y } => year("year", *y, &mut push),
        PeriodDraft::YearToDate { year: y, months }
        | PeriodDraft::YearRemainder { year: y, months } => {
            year("year", *y, &mut push);
            if !(1..=12).contains(months) {
                let msg = format!("{months} months is outside 1..=12");
                push(Code::PeriodMonths, "months", msg, months.to_string());
            }
        }
        PeriodDraft::Quarter { year: y, quarter } => {
            year("year", *y, &mut push);
            if !(1..=4).contains(quarter) {
                let msg = format!("quarter {quarter} is outside 1..=4");
                push(Code::PeriodQuarter, "quarter", msg, quarter.to_string());
            }
        }
        PeriodDraft::Term {
            start_year: s,
            end_year: e,
        }
        | PeriodDraft::MidTerm {
            start_year: s,
            end_year: e,
        }
        | PeriodDraft::Stage {
            start_year: s,
            end_year: e,
        } => {
            year("start_year", *s, &mut push);
            year("end_year", *e, &mut push);
            let span = i64::from(*e) - i64::from(*s);
            let input = format!("{s}-{e}");
            if matches!(d, PeriodDraft::Stage { .. }) {
                if span < 0 {
                    let msg = format!("stage {input} ends before it starts");
                    push(Code::PeriodSpan, "end_year", msg, input);
                }
            } else if span != 5 {
                let msg = format!("term {input} spans {span} years, not 5");
                push(Code::PeriodSpan, "end_year", msg, input);
            }
        }
        PeriodDraft::Other { year: y, text } => {
            if let Some(y) = y {
                year("year", *y, &mut push);
            }
            if text.trim().is_empty() {
                let msg = "the period's text is empty".to_owned();
                push(Code::TextEmpty, "text", msg, String::new());
            }
        }
    }
    out
}
