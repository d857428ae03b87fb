//! Periods: "9 tháng đầu năm 2023", "quý I/2024", "nhiệm kỳ 2020-2025".

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::draft::{Assemble, Disassemble};
use crate::enums::string_enum;
use crate::error::Error;
use crate::issue::{Issue, ValidationErrors};
use crate::normalize::{normalize, SHORT_TEXT};
use crate::roman::{number_words, RomanOrdinal};
use crate::Draft;

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

impl Period {
    /// Reads a period, taking the year from `default_year` when the text has
    /// none ("6 tháng đầu năm", "9 tháng qua", "quý I").
    ///
    /// Forms: "năm 2023" (and "năm nay"); "6 tháng đầu năm 2023", "06 tháng
    /// đầu năm", "Sáu tháng đầu năm", "9 tháng năm 2023", "9 tháng qua", "5
    /// tháng" (all `year_to_date`); "3 tháng cuối năm 2023" (`year_remainder`);
    /// "quý I/2024", "quý IV-2023", "quý I.2024", "quý 2 năm 2023"; "nhiệm kỳ
    /// 2020-2025" with any dash (-, –, —) and spacing; "giữa nhiệm kỳ …" or
    /// "nửa nhiệm kỳ …" (`mid_term`); "giai đoạn 2021-2025" (`stage`); "tháng
    /// 10 năm 2023", "tháng 10/2023", "tháng 10" (`other`, text kept).
    /// Case, NFD and the tone placement do not matter.
    ///
    /// # Errors
    ///
    /// `period_malformed` for any other text (text over 1 KB included), or a
    /// form that needs a year when neither the text nor `default_year` gives one; the codes of the period's
    /// rules (`period_months`, `period_quarter`, `period_year_range`,
    /// `period_span`) for values that break them.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Period, PeriodKind};
    /// let p = Period::parse_in("Sáu tháng đầu năm", Some(2023)).unwrap();
    /// assert_eq!(p.to_string(), "6 tháng đầu năm 2023");
    /// let q = Period::parse_in("quý IV-2023", None).unwrap();
    /// assert_eq!((q.kind(), q.quarter_number()), (PeriodKind::Quarter, Some(4)));
    /// assert!(Period::parse_in("6 tháng đầu năm", None).is_err());
    /// ```
    pub fn parse_in(text: &str, default_year: Option<i32>) -> Result<Period, Error> {
        let bad = |reason: &str| Error::parse(WHAT, text, Code::PeriodMalformed, reason);
        if text.len() > SHORT_TEXT {
            return Err(bad(&format!(
                "{} bytes is too long for a period",
                text.len()
            )));
        }
        let norm = normalize(text);
        let trimmed = norm
            .trim()
            .trim_end_matches([',', '.', ';', ':'])
            .trim_end();
        let toks = tokens(trimmed).ok_or_else(|| bad("too many words for a period"))?;
        let t: Vec<&str> = toks.iter().map(String::as_str).collect();
        let draft = read(&t, trimmed, default_year).map_err(|reason| bad(&reason))?;
        draft.build().map_err(|errs| {
            let issue =
                errs.errors().next().cloned().unwrap_or_else(|| {
                    Issue::error(Code::PeriodMalformed, "not a period", trimmed)
                });
            Error::parse(WHAT, text, issue.code, issue.message)
        })
    }

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

const WHAT: &str = "period";

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    if month >= 12 {
        NaiveDate::from_ymd_opt(year, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()
    }
}

impl FromStr for Period {
    type Err = Error;

    /// Reads a period whose year is written (see [`Period::parse_in`]).
    ///
    /// # Errors
    ///
    /// As [`Period::parse_in`] with no default year.
    ///
    /// # Example
    ///
    /// ```
    /// let p: dangbo::Period = "nhiệm kỳ 2020 - 2025".parse().unwrap();
    /// assert_eq!(p.to_string(), "nhiệm kỳ 2020-2025");
    /// ```
    fn from_str(s: &str) -> Result<Period, Error> {
        Period::parse_in(s, None)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            PeriodDraft::Year { year } => write!(f, "năm {year}"),
            PeriodDraft::YearToDate { year, months } => {
                write!(f, "{months} tháng đầu năm {year}")
            }
            PeriodDraft::YearRemainder { year, months } => {
                write!(f, "{months} tháng cuối năm {year}")
            }
            PeriodDraft::Quarter { year, quarter } => match RomanOrdinal::try_from(*quarter) {
                Ok(r) => write!(f, "quý {r}/{year}"),
                Err(_) => write!(f, "quý {quarter}/{year}"),
            },
            PeriodDraft::Term {
                start_year,
                end_year,
            } => write!(f, "nhiệm kỳ {start_year}-{end_year}"),
            PeriodDraft::MidTerm {
                start_year,
                end_year,
            } => write!(f, "giữa nhiệm kỳ {start_year}-{end_year}"),
            PeriodDraft::Stage {
                start_year,
                end_year,
            } => write!(f, "giai đoạn {start_year}-{end_year}"),
            PeriodDraft::Other { text, .. } => f.write_str(text),
        }
    }
}

/// Lower-case words, with "/", "-" (any dash) and "." as words of their own;
/// `None` past a dozen words (no period is that long).
fn tokens(text: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        let sep = match c {
            '/' => Some("/"),
            '-' | '–' | '—' | '\u{2212}' => Some("-"),
            '.' => Some("."),
            _ => None,
        };
        if c.is_whitespace() || c == ',' || sep.is_some() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if let Some(s) = sep {
                out.push(s.to_owned());
            }
            if out.len() > 12 {
                return None;
            }
        } else {
            cur.extend(c.to_lowercase());
            if cur.len() > 40 {
                return None;
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    (out.len() <= 12).then_some(out)
}

fn year_of(tok: &str) -> Result<i32, String> {
    if tok.len() == 4 && tok.bytes().all(|b| b.is_ascii_digit()) {
        tok.parse().map_err(|_| format!("{tok:?} is not a year"))
    } else {
        Err(format!("{tok:?} is not a year of four digits"))
    }
}

fn small_number(tok: &str) -> Result<u32, String> {
    if (1..=3).contains(&tok.len()) && tok.bytes().all(|b| b.is_ascii_digit()) {
        tok.parse().map_err(|_| format!("{tok:?} is not a number"))
    } else {
        Err(format!("{tok:?} is not a number of months"))
    }
}

/// The year after the words of a period: "2023", "nay" (this year), nothing;
/// the default year when the text has none.
fn year_tail(rest: &[&str], default_year: Option<i32>) -> Result<i32, String> {
    let missing = || "the period has no year and none is known from the context".to_owned();
    match rest {
        [] | ["nay"] => default_year.ok_or_else(missing),
        [y] => year_of(y),
        _ => Err(format!(
            "unexpected words {:?} after the period",
            rest.join(" ")
        )),
    }
}

/// "2020-2025" (the dash is its own token).
fn year_span(rest: &[&str]) -> Result<(i32, i32), String> {
    match rest {
        [a, "-", b] => Ok((year_of(a)?, year_of(b)?)),
        _ => Err("expected two years joined by a dash, such as 2020-2025".to_owned()),
    }
}

/// The draft a period's words say.
fn read(t: &[&str], text: &str, default_year: Option<i32>) -> Result<PeriodDraft, String> {
    let t = match t {
        ["cả", rest @ ..] => rest,
        _ => t,
    };
    Ok(match t {
        ["năm", rest @ ..] if !rest.is_empty() => PeriodDraft::Year {
            year: year_tail(rest, default_year)?,
        },
        ["quý", r, rest @ ..] => {
            let quarter = match r.parse::<RomanOrdinal>() {
                Ok(q) => q.get(),
                Err(_) => small_number(r).map_err(|_| format!("{r:?} is not a quarter"))?,
            };
            let rest = match rest {
                ["/" | "-" | "." | "năm", y] => std::slice::from_ref(y),
                other => other,
            };
            PeriodDraft::Quarter {
                year: year_tail(rest, default_year)?,
                quarter,
            }
        }
        ["nhiệm", "kỳ", rest @ ..] => {
            let (start_year, end_year) = year_span(rest)?;
            PeriodDraft::Term {
                start_year,
                end_year,
            }
        }
        ["giữa" | "nửa", "nhiệm", "kỳ", rest @ ..] => {
            let (start_year, end_year) = year_span(rest)?;
            PeriodDraft::MidTerm {
                start_year,
                end_year,
            }
        }
        ["giai", "đoạn", rest @ ..] => {
            let (start_year, end_year) = year_span(rest)?;
            PeriodDraft::Stage {
                start_year,
                end_year,
            }
        }
        ["tháng", m, rest @ ..] => {
            let month = small_number(m)?;
            if !(1..=12).contains(&month) {
                return Err(format!("there is no month {month}"));
            }
            let rest = match rest {
                ["/" | "-" | "năm", y] => std::slice::from_ref(y),
                other => other,
            };
            let year = match rest {
                [] => default_year,
                [y] => Some(year_of(y)?),
                _ => return Err("unexpected words after the month".to_owned()),
            };
            PeriodDraft::Other {
                year,
                text: text.to_owned(),
            }
        }
        _ => months_period(t, default_year)?,
    })
}

/// "<n> tháng [đầu|cuối] năm [<Y>]", "<n> tháng qua", "<n> tháng".
fn months_period(t: &[&str], default_year: Option<i32>) -> Result<PeriodDraft, String> {
    let at = t
        .iter()
        .position(|w| *w == "tháng")
        .ok_or_else(|| "not a period such as '9 tháng đầu năm 2023'".to_owned())?;
    let months = match &t[..at] {
        [n] if n.bytes().all(|b| b.is_ascii_digit()) => small_number(n)?,
        words => number_words(words, false)
            .ok_or_else(|| format!("{:?} is not a number of months", words.join(" ")))?,
    };
    let (remainder, rest) = match &t[at + 1..] {
        ["đầu", "năm", rest @ ..] | ["năm", rest @ ..] => (false, rest),
        ["cuối", "năm", rest @ ..] => (true, rest),
        ["qua"] | [] => (false, &[][..]),
        other => return Err(format!("unexpected words {:?}", other.join(" "))),
    };
    let year = year_tail(rest, default_year)?;
    Ok(if remainder {
        PeriodDraft::YearRemainder { year, months }
    } else {
        PeriodDraft::YearToDate { year, months }
    })
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
