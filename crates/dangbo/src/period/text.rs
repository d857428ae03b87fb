//! The words of a period: reading "9 tháng đầu năm 2023", "quý I/2024",
//! "nhiệm kỳ 2020-2025" and printing them back.

use std::fmt;
use std::str::FromStr;

use super::{Period, PeriodDraft};
use crate::code::Code;
use crate::error::Error;
use crate::issue::Issue;
use crate::normalize::{normalize, SHORT_TEXT};
use crate::roman::{number_words, RomanOrdinal};
use crate::Draft;

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
}

const WHAT: &str = "period";

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
