//! Vietnamese numbers: "." groups thousands, "," is the decimal comma.
//!
//! The strict reading ([`VnNumber::from_str`](std::str::FromStr)) is the way
//! articles are supposed to write numbers: "101.761" is 101 761, "99,4" is
//! 99.4, "1.234.567,89" is 1 234 567.89, "06" is 6, "101 761" (a space between
//! groups of three) is 101 761. A dot must be followed by a group of exactly
//! three digits, so "1.23" is an error, and "1,234" is 1.234 (the decimal
//! comma). [`VnNumber::parse_lax`] also reads the common slips and says which
//! reading it chose.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::error::Error;

/// The largest magnitude (exclusive) a number may have in its own unit.
const LIMIT: f64 = 1e15;
/// The most significant digits a written number may have.
const MAX_DIGITS: usize = 18;
const WHAT: &str = "number";

/// A number with the text it came from: "101.761" is 101761, "99,4" is 99.4.
///
/// `Display` prints the canonical Vietnamese form of the value ("101.761",
/// "99,4", "1.234.567,89"; integers without decimals), whatever the text was;
/// [`VnNumber::text`] keeps the text as written. In JSON a `VnNumber` is a
/// plain number; read back from JSON its text is the canonical form.
///
/// ```
/// use dangbo::VnNumber;
/// let n: VnNumber = "1.234.567,89".parse().unwrap();
/// assert_eq!(n.value(), 1_234_567.89);
/// assert_eq!(n.to_string(), "1.234.567,89");
/// assert_eq!("06".parse::<VnNumber>().unwrap().to_string(), "6");
/// assert_eq!(serde_json::to_string(&n).unwrap(), "1234567.89");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VnNumber {
    value: f64,
    text: String,
    decimals: u32,
}

/// How [`VnNumber::parse_lax`] read a number.
///
/// A single comma followed by three digits ("1,234") is always the decimal
/// comma (1.234), in the lax reading too: real articles write decimals that
/// way. Only text that cannot be Vietnamese ("1,234,567", "1,234.5") is read
/// with English thousands commas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reading {
    /// Written the Vietnamese way: the strict reading.
    Vietnamese,
    /// A dot used as a decimal point: "7.5", "13.04", "1.2345" (one dot, not
    /// followed by a group of exactly three digits).
    EnglishDecimal,
    /// Commas grouping thousands the English way: "1,234,567" or "1,234.5".
    CommaThousands,
    /// A number glued to the word before it: "đạt13,04" (the letters are
    /// dropped). When the digits also need another reading, that reading is
    /// reported instead.
    GluedToWord,
    /// A number followed by the punctuation that ends a clause: "2.000." or "35,8,".
    TrailingPunctuation,
}

impl VnNumber {
    /// A number from its value; the text is the canonical form.
    ///
    /// # Errors
    ///
    /// `number_overflow` for a value that is not finite or whose magnitude is
    /// 10^15 or more.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::VnNumber;
    /// assert_eq!(VnNumber::new(99.4).unwrap().to_string(), "99,4");
    /// assert!(VnNumber::new(f64::NAN).is_err());
    /// ```
    pub fn new(value: f64) -> Result<VnNumber, Error> {
        check_range(value, &value.to_string())?;
        let text = canonical(value);
        let decimals = text.split_once(',').map_or(0, |(_, f)| f.len() as u32);
        Ok(VnNumber {
            value: if value == 0.0 { 0.0 } else { value },
            text,
            decimals,
        })
    }

    /// The value.
    pub fn value(&self) -> f64 {
        self.value
    }

    /// The text as written (trimmed; without a glued word or trailing
    /// punctuation that [`VnNumber::parse_lax`] dropped).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How many digits were written after the decimal mark: 1 for "99,4", 0
    /// for "101.761". The rounding of the printed figure is half a unit of the
    /// last of them.
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// Reads a number, also accepting the common slips of real text, and says
    /// which reading was chosen (see [`Reading`]). The strict reading is tried
    /// first, so anything [`VnNumber::from_str`](std::str::FromStr) reads is
    /// read the same way here.
    ///
    /// # Errors
    ///
    /// `number_malformed` when no reading fits (the error of the strict
    /// reading); `number_overflow` as for the strict reading.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Reading, VnNumber};
    /// let (n, r) = VnNumber::parse_lax("13.04").unwrap();
    /// assert_eq!((n.value(), r), (13.04, Reading::EnglishDecimal));
    /// let (n, r) = VnNumber::parse_lax("đạt13,04").unwrap();
    /// assert_eq!((n.value(), n.text(), r), (13.04, "13,04", Reading::GluedToWord));
    /// let (n, r) = VnNumber::parse_lax("1,234").unwrap();
    /// assert_eq!((n.value(), r), (1.234, Reading::Vietnamese));
    /// let (n, r) = VnNumber::parse_lax("1,234,567").unwrap();
    /// assert_eq!((n.value(), r), (1_234_567.0, Reading::CommaThousands));
    /// assert!(VnNumber::parse_lax("mười").is_err());
    /// ```
    pub fn parse_lax(text: &str) -> Result<(VnNumber, Reading), Error> {
        let t = text.trim();
        let strict_err = match strict(t) {
            Ok(n) => return Ok((n, Reading::Vietnamese)),
            Err(e) if e.code() == Code::NumberOverflow => return Err(e),
            Err(e) => e,
        };
        let unglued = t.trim_start_matches(char::is_alphabetic);
        let glued = unglued.len() != t.len();
        let core = unglued.trim_end_matches(['.', ',', ';', ':']).trim_end();
        let trailing = core.len() != unglued.len();
        if !starts_number(core) {
            return Err(strict_err);
        }
        if glued || trailing {
            match strict(core) {
                Ok(n) => {
                    let r = if glued {
                        Reading::GluedToWord
                    } else {
                        Reading::TrailingPunctuation
                    };
                    return Ok((n, r));
                }
                Err(e) if e.code() == Code::NumberOverflow => return Err(e),
                Err(_) => {}
            }
        }
        if let Some(r) = english_decimal(core) {
            return r.map(|n| (n, Reading::EnglishDecimal));
        }
        if let Some(r) = comma_thousands(core) {
            return r.map(|n| (n, Reading::CommaThousands));
        }
        Err(strict_err)
    }
}

fn starts_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '\u{2212}']).unwrap_or(s);
    s.starts_with(|c: char| c.is_ascii_digit())
}

impl FromStr for VnNumber {
    type Err = Error;

    /// Reads a number written the Vietnamese way (strictly).
    ///
    /// # Errors
    ///
    /// `number_malformed` for anything but digits in groups ("1.23" has a bad
    /// group, "1,2,3" two decimal commas, "" nothing); `number_overflow` for
    /// more than 18 significant digits or a magnitude of 10^15 or more.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, VnNumber};
    /// assert_eq!("101 761".parse::<VnNumber>().unwrap().value(), 101_761.0);
    /// assert_eq!("1.23".parse::<VnNumber>().unwrap_err().code(), Code::NumberMalformed);
    /// ```
    fn from_str(s: &str) -> Result<VnNumber, Error> {
        strict(s.trim())
    }
}

impl fmt::Display for VnNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&canonical(self.value))
    }
}

impl Serialize for VnNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Integers as JSON integers, so that `101761` reads back and prints as `101761`.
        if self.value.fract() == 0.0 {
            s.serialize_i64(self.value as i64)
        } else {
            s.serialize_f64(self.value)
        }
    }
}

impl<'de> Deserialize<'de> for VnNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<VnNumber, D::Error> {
        let value = f64::deserialize(d)?;
        VnNumber::new(value).map_err(serde::de::Error::custom)
    }
}

/// Reads a Vietnamese number strictly: "101.761" → 101761.0, "99,4" → 99.4.
///
/// # Errors
///
/// As [`VnNumber`]'s `FromStr`: `number_malformed`, `number_overflow`.
///
/// # Example
///
/// ```
/// assert_eq!(dangbo::parse_number("1.234.567,89").unwrap(), 1_234_567.89);
/// assert!(dangbo::parse_number("1.23").is_err());
/// ```
pub fn parse_number(text: &str) -> Result<f64, Error> {
    text.parse::<VnNumber>().map(|n| n.value)
}

fn malformed(input: &str, reason: impl Into<String>) -> Error {
    Error::parse(WHAT, input, Code::NumberMalformed, reason)
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The strict reading of trimmed text.
fn strict(t: &str) -> Result<VnNumber, Error> {
    if t.is_empty() {
        return Err(malformed(t, "there is no number"));
    }
    let (neg, body) = match t.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (int_part, frac) = match body.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let mut int_digits = String::new();
    read_groups(t, int_part, &mut int_digits)?;
    if let Some(f) = frac {
        if f.is_empty() {
            return Err(malformed(t, "no digits after the decimal comma"));
        }
        if let Some(bad) = f.chars().find(|c| !c.is_ascii_digit()) {
            let reason = if bad == ',' {
                "more than one decimal comma".to_owned()
            } else {
                format!("{bad:?} after the decimal comma")
            };
            return Err(malformed(t, reason));
        }
    }
    finish(t, neg, &int_digits, frac.unwrap_or(""))
}

/// Digits of the integer part: one run of digits, or groups of three after a
/// first group of one to three, separated by "." or by one space.
fn read_groups(t: &str, int_part: &str, out: &mut String) -> Result<(), Error> {
    if int_part.is_empty() {
        return Err(malformed(t, "no digits before the decimal comma"));
    }
    let mut sep: Option<char> = None;
    let mut group_len = 0usize;
    let mut groups = 0usize;
    let mut first_len = 0usize;
    for c in int_part.chars() {
        if c.is_ascii_digit() {
            out.push(c);
            group_len += 1;
            continue;
        }
        let is_sep = c == '.' || is_group_space(c);
        if !is_sep {
            return Err(malformed(t, format!("{c:?} is not part of a number")));
        }
        let kind = if c == '.' { '.' } else { ' ' };
        match sep {
            None => sep = Some(kind),
            Some(k) if k != kind => {
                return Err(malformed(t, "mixes dots and spaces between digit groups"))
            }
            Some(_) => {}
        }
        check_group(t, groups, group_len, &mut first_len)?;
        groups += 1;
        group_len = 0;
    }
    if sep.is_some() {
        check_group(t, groups, group_len, &mut first_len)?;
    }
    Ok(())
}

fn check_group(t: &str, index: usize, len: usize, first: &mut usize) -> Result<(), Error> {
    if index == 0 {
        *first = len;
        if len == 0 || len > 3 {
            return Err(malformed(
                t,
                format!("the first digit group has {len} digits; grouped thousands start with one to three"),
            ));
        }
    } else if len != 3 {
        return Err(malformed(
            t,
            format!("a digit group after a thousands separator has {len} digits, not three"),
        ));
    }
    Ok(())
}

/// The number from its integer digits and fraction digits.
fn finish(t: &str, neg: bool, int_digits: &str, frac: &str) -> Result<VnNumber, Error> {
    let int_sig = int_digits.trim_start_matches('0');
    let sig = if int_sig.is_empty() {
        frac.trim_start_matches('0').len()
    } else {
        int_sig.len().saturating_add(frac.len())
    };
    if sig > MAX_DIGITS {
        return Err(Error::parse(
            WHAT,
            t,
            Code::NumberOverflow,
            format!("{sig} significant digits; at most {MAX_DIGITS} are read"),
        ));
    }
    let mut ascii = String::with_capacity(int_sig.len() + frac.len() + 3);
    if neg {
        ascii.push('-');
    }
    ascii.push_str(if int_sig.is_empty() { "0" } else { int_sig });
    if !frac.is_empty() {
        ascii.push('.');
        ascii.push_str(frac);
    }
    let value: f64 = ascii
        .parse()
        .map_err(|_| malformed(t, "the digits do not make a number"))?;
    check_range(value, t)?;
    Ok(VnNumber {
        value: if value == 0.0 { 0.0 } else { value },
        text: t.to_owned(),
        decimals: u32::try_from(frac.len()).unwrap_or(u32::MAX),
    })
}

fn check_range(value: f64, t: &str) -> Result<(), Error> {
    if !value.is_finite() {
        return Err(Error::parse(
            WHAT,
            t,
            Code::NumberOverflow,
            format!("{value} is not a finite number"),
        ));
    }
    if value.abs() >= LIMIT {
        return Err(Error::parse(
            WHAT,
            t,
            Code::NumberOverflow,
            format!("{value:e} is beyond 10^15, too large for a figure"),
        ));
    }
    Ok(())
}

/// "7.5", "13.04", "1.2345": one dot not followed by exactly three digits.
fn english_decimal(core: &str) -> Option<Result<VnNumber, Error>> {
    let body = core.strip_prefix(['-', '\u{2212}']).unwrap_or(core);
    let (i, f) = body.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(i) || !digits(f) || f.len() == 3 {
        return None;
    }
    Some(finish(core, body.len() != core.len(), i, f))
}

/// "1,234,567" or "1,234.5": English thousands commas.
fn comma_thousands(core: &str) -> Option<Result<VnNumber, Error>> {
    let body = core.strip_prefix(['-', '\u{2212}']).unwrap_or(core);
    let (int_part, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let commas = int_part.matches(',').count();
    if commas == 0 || (commas == 1 && frac.is_none()) {
        return None;
    }
    let mut groups = int_part.split(',');
    let first = groups.next()?;
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if first.is_empty() || first.len() > 3 || !all_digits(first) {
        return None;
    }
    let mut digits = first.to_owned();
    for g in groups {
        if g.len() != 3 || !all_digits(g) {
            return None;
        }
        digits.push_str(g);
    }
    let frac = frac.unwrap_or("");
    if frac.contains('.') || !all_digits(frac) || (body.contains('.') && frac.is_empty()) {
        return None;
    }
    Some(finish(core, body.len() != core.len(), &digits, frac))
}

/// The canonical Vietnamese text of a value: "101.761", "99,4", "1.234.567,89".
pub(crate) fn canonical(value: f64) -> String {
    let v = if value == 0.0 { 0.0 } else { value };
    let plain = v.abs().to_string();
    let (int_part, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    if v < 0.0 {
        out.push('-');
    }
    let n = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}
