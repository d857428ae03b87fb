//! Dates as articles write them: "Ngày 15/9/2023", "Sáng 22-6", "ngày 4
//! tháng 7 năm 2024", "Ngày 9.12" (the year from context).

use chrono::{Datelike, NaiveDate};

use crate::code::Code;
use crate::error::Error;
use crate::normalize::{normalize, SHORT_TEXT};

const WHAT: &str = "date";

/// Words that may come before a date and are skipped: "Ngày", "Sáng",
/// "Chiều", "Tối", "Hôm qua", "Sáng ngày", "Sáng nay", "vào ngày"…
const LEADING: [&str; 10] = [
    "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "qua", "nay", "vào",
];

/// Reads a date, taking a missing year from `reference`.
///
/// Reads day-month order with "/", "-" or "." ("15/9/2023", "09/12/2023",
/// "22-06-2023", "22-6", "9.12"), stray spaces around the separators included;
/// words ("ngày 4 tháng 7 năm 2024", "4 tháng 7"); and ISO ("2023-09-15").
/// Leading words such as "Ngày", "Sáng", "Chiều", "Tối", "Hôm qua", "Sáng
/// ngày" are skipped, and so is punctuation that ends a clause. Years have four
/// digits. Without a year, the date is [`infer_year`] from `reference`: the
/// latest such day not after it.
///
/// # Errors
///
/// `date_malformed` for anything else (two-digit years and text over 1 KB
/// included),
/// `date_invalid` for a day that does not exist ("31/2/2023"),
/// `date_year_missing` for a date without a year and no `reference`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use dangbo::{parse_date, Code};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(parse_date("Ngày 15/9/2023", None).unwrap(), d(2023, 9, 15));
/// assert_eq!(parse_date("Ngày 9.12", Some(d(2023, 12, 12))).unwrap(), d(2023, 12, 9));
/// assert_eq!(parse_date("28/12", Some(d(2024, 1, 3))).unwrap(), d(2023, 12, 28));
/// assert_eq!(parse_date("ngày 4 tháng 7 năm 2024", None).unwrap(), d(2024, 7, 4));
/// assert_eq!(parse_date("31/2/2023", None).unwrap_err().code(), Code::DateInvalid);
/// assert_eq!(parse_date("Sáng 22/6", None).unwrap_err().code(), Code::DateYearMissing);
/// ```
pub fn parse_date(text: &str, reference: Option<NaiveDate>) -> Result<NaiveDate, Error> {
    if text.len() > SHORT_TEXT {
        let reason = format!("{} bytes is too long for a date", text.len());
        return Err(malformed(text, reason));
    }
    let norm = normalize(text);
    let mut rest = norm
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim_end();
    for _ in 0..4 {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest[..word_end].trim_end_matches(',');
        if word.is_empty() || !LEADING.contains(&word.to_lowercase().as_str()) {
            break;
        }
        rest = rest[word_end..]
            .trim_start()
            .trim_start_matches(',')
            .trim_start();
    }
    let parts = words(rest)
        .or_else(|| numeric(rest))
        .ok_or_else(|| malformed(text, "not a day and month such as 15/9/2023 or 4 tháng 7"))?;
    let (day, month, year) = parts.map_err(|reason| malformed(text, reason))?;
    let invalid = |reason: String| Error::parse(WHAT, text, Code::DateInvalid, reason);
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, month, day)
            .ok_or_else(|| invalid(format!("there is no day {day}/{month}/{y}")));
    }
    if NaiveDate::from_ymd_opt(2000, month, day).is_none() {
        return Err(invalid(format!(
            "there is no day {day}/{month} in any year"
        )));
    }
    let reference = reference.ok_or_else(|| {
        Error::parse(
            WHAT,
            text,
            Code::DateYearMissing,
            format!("{day}/{month} has no year and there is no reference date"),
        )
    })?;
    infer_year(day, month, reference).ok_or_else(|| {
        invalid(format!(
            "no {day}/{month} in the eight years up to {reference}"
        ))
    })
}

/// The latest date with this day and month not after `reference`; `None` when
/// no such day exists in the eight years before it (31/2, or 29/2 searched back
/// at most 8 years).
///
/// ```
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(dangbo::infer_year(9, 12, d(2023, 12, 12)), Some(d(2023, 12, 9)));
/// assert_eq!(dangbo::infer_year(28, 12, d(2024, 1, 3)), Some(d(2023, 12, 28)));
/// assert_eq!(dangbo::infer_year(29, 2, d(2023, 6, 1)), Some(d(2020, 2, 29)));
/// assert_eq!(dangbo::infer_year(31, 2, d(2023, 6, 1)), None);
/// ```
pub fn infer_year(day: u32, month: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let last = reference.year();
    (last.saturating_sub(8)..=last)
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d <= reference)
}

fn malformed(text: &str, reason: impl Into<String>) -> Error {
    Error::parse(WHAT, text, Code::DateMalformed, reason)
}

/// Day, month and maybe year.
type Parts = Result<(u32, u32, Option<i32>), String>;

fn day_month(d: &str, m: &str) -> Result<(u32, u32), String> {
    let read = |s: &str, name: &str| {
        if (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse::<u32>().map_err(|e| e.to_string())
        } else {
            Err(format!("{s:?} is not a {name} of one or two digits"))
        }
    };
    Ok((read(d, "day")?, read(m, "month")?))
}

fn year(y: &str) -> Result<i32, String> {
    if y.bytes().all(|b| b.is_ascii_digit()) {
        match y.len() {
            4 => y.parse::<i32>().map_err(|e| e.to_string()),
            2 => Err(format!(
                "two-digit year {y:?}; years are read with four digits"
            )),
            _ => Err(format!("{y:?} is not a year of four digits")),
        }
    } else {
        Err(format!("{y:?} is not a year"))
    }
}

/// "4 tháng 7", "4 tháng 7 năm 2024" (commas allowed between the parts).
fn words(rest: &str) -> Option<Parts> {
    let mut toks = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty());
    let mut got: Vec<&str> = Vec::with_capacity(5);
    for t in toks.by_ref() {
        got.push(t);
        if got.len() > 5 {
            break;
        }
    }
    let lower: Vec<String> = got.iter().map(|t| t.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    match lower.as_slice() {
        [d, "tháng", m] => Some(day_month(d, m).map(|(d, m)| (d, m, None))),
        [d, "tháng", m, "năm", y] => {
            Some(day_month(d, m).and_then(|(d, m)| year(y).map(|y| (d, m, Some(y)))))
        }
        _ if lower.contains(&"tháng") => {
            Some(Err("not a date such as 4 tháng 7 năm 2024".to_owned()))
        }
        _ => None,
    }
}

/// "15/9/2023", "22-6", "9.12", "15 / 9 /2023", "2023-09-15".
fn numeric(rest: &str) -> Option<Parts> {
    let mut nums: Vec<&str> = Vec::with_capacity(3);
    let mut seps: Vec<char> = Vec::with_capacity(2);
    let mut start: Option<usize> = None;
    for (i, c) in rest
        .char_indices()
        .chain(std::iter::once((rest.len(), ' ')))
    {
        if i < rest.len() && c.is_ascii_digit() {
            start.get_or_insert(i);
            if i + 1 - start.unwrap_or(i) > 4 {
                return Some(Err("a run of digits too long for a date".to_owned()));
            }
            continue;
        }
        if let Some(s) = start.take() {
            if nums.len() != seps.len() || nums.len() == 3 {
                return None;
            }
            nums.push(&rest[s..i]);
        }
        if i == rest.len() || c.is_whitespace() {
            continue;
        }
        if matches!(c, '/' | '-' | '.' | '–') && seps.len() < nums.len() && seps.len() < 2 {
            seps.push(if c == '–' { '-' } else { c });
            continue;
        }
        return None;
    }
    if nums.len() < 2 || nums.len() != seps.len() + 1 {
        return None;
    }
    if seps.len() == 2 && seps[0] != seps[1] {
        return Some(Err("the separators differ".to_owned()));
    }
    Some(match nums.as_slice() {
        [y, m, d] if y.len() == 4 && seps[0] == '-' => {
            day_month(d, m).and_then(|(d, m)| year(y).map(|y| (d, m, Some(y))))
        }
        [d, m] => day_month(d, m).map(|(d, m)| (d, m, None)),
        [d, m, y] => day_month(d, m).and_then(|(d, m)| year(y).map(|y| (d, m, Some(y)))),
        _ => return None,
    })
}
