//! Roman numerals and ordinals in words.
//!
//! Congresses and terms are numbered in Roman numerals ("khóa XVII"), plenary
//! sessions in digits or words ("lần thứ 16", "lần thứ mười sáu", "lần thứ
//! Nhất").

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::error::Error;
use crate::normalize::{normalize, SHORT_TEXT};

const WHAT: &str = "Roman numeral";

/// A canonical Roman numeral, 1..=3999: "XVII" is 17.
///
/// Reads upper or lower case, canonical forms only ("IIII" and "VX" are
/// errors); prints upper case; is an integer in JSON.
///
/// ```
/// use dangbo::RomanOrdinal;
/// let r: RomanOrdinal = "xvii".parse().unwrap();
/// assert_eq!((r.get(), r.to_string()), (17, "XVII".to_string()));
/// assert_eq!(serde_json::to_string(&r).unwrap(), "17");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RomanOrdinal(u16);

impl RomanOrdinal {
    /// The number.
    pub fn get(self) -> u32 {
        u32::from(self.0)
    }
}

impl TryFrom<u32> for RomanOrdinal {
    type Error = Error;

    /// # Errors
    ///
    /// `roman_out_of_range` outside 1..=3999.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::RomanOrdinal;
    /// assert_eq!(RomanOrdinal::try_from(22).unwrap().to_string(), "XXII");
    /// assert!(RomanOrdinal::try_from(4000).is_err());
    /// ```
    fn try_from(n: u32) -> Result<RomanOrdinal, Error> {
        match u16::try_from(n) {
            Ok(v) if (1..=3999).contains(&v) => Ok(RomanOrdinal(v)),
            _ => Err(Error::parse(
                WHAT,
                &n.to_string(),
                Code::RomanOutOfRange,
                format!("{n} has no Roman numeral; they run from 1 to 3999"),
            )),
        }
    }
}

impl FromStr for RomanOrdinal {
    type Err = Error;

    /// Reads a canonical Roman numeral in upper or lower case.
    ///
    /// # Errors
    ///
    /// `roman_malformed` for other letters or a form that is not canonical
    /// ("IIII", "IC", ""); `roman_out_of_range` for 4000 or more ("MMMM").
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, RomanOrdinal};
    /// assert_eq!("MCMXC".parse::<RomanOrdinal>().unwrap().get(), 1990);
    /// assert_eq!("IIII".parse::<RomanOrdinal>().unwrap_err().code(), Code::RomanMalformed);
    /// assert_eq!("MMMM".parse::<RomanOrdinal>().unwrap_err().code(), Code::RomanOutOfRange);
    /// ```
    fn from_str(s: &str) -> Result<RomanOrdinal, Error> {
        let t = s.trim();
        let bad = |reason: &str| Error::parse(WHAT, t, Code::RomanMalformed, reason);
        if t.is_empty() {
            return Err(bad("there is no numeral"));
        }
        if let Some(c) = t.chars().find(|c| {
            !matches!(
                c.to_ascii_uppercase(),
                'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'
            )
        }) {
            return Err(bad(&format!("{c:?} is not a Roman digit")));
        }
        let upper = t.to_ascii_uppercase();
        let rest = upper.trim_start_matches('M');
        let thousands = upper.len() - rest.len();
        let below = below_thousand(rest).ok_or_else(|| bad("not the canonical form"))?;
        if thousands > 3 {
            return Err(Error::parse(
                WHAT,
                t,
                Code::RomanOutOfRange,
                "4000 or more; Roman numerals run from 1 to 3999",
            ));
        }
        RomanOrdinal::try_from(thousands as u32 * 1000 + below)
    }
}

/// The canonical digit spellings, units first: I V X, X L C, C D M.
const DIGITS: [[&str; 10]; 3] = [
    ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
    ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
    ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"],
];

/// The value of a canonical numeral below 1000 ("" is 0), or `None`.
fn below_thousand(s: &str) -> Option<u32> {
    let mut rest = s;
    let mut value = 0;
    for (place, scale) in [(2usize, 100u32), (1, 10), (0, 1)] {
        let (digit, len) = DIGITS[place]
            .iter()
            .enumerate()
            .filter(|(_, d)| rest.starts_with(**d))
            .map(|(i, d)| (i as u32, d.len()))
            .max_by_key(|&(_, len)| len)?;
        value += digit * scale;
        rest = &rest[len..];
    }
    rest.is_empty().then_some(value)
}

impl fmt::Display for RomanOrdinal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = usize::from(self.0);
        for _ in 0..n / 1000 {
            f.write_str("M")?;
        }
        f.write_str(DIGITS[2][n / 100 % 10])?;
        f.write_str(DIGITS[1][n / 10 % 10])?;
        f.write_str(DIGITS[0][n % 10])
    }
}

impl Serialize for RomanOrdinal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.get())
    }
}

impl<'de> Deserialize<'de> for RomanOrdinal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RomanOrdinal, D::Error> {
        let n = u32::deserialize(d)?;
        RomanOrdinal::try_from(n).map_err(serde::de::Error::custom)
    }
}

/// Reads an ordinal in digits ("17", "06"), Vietnamese words ("Nhất", "hai",
/// "tư", "mười lăm", "hai mươi mốt", "ba mươi tư"; any case, 1..=99) or Roman
/// numerals ("XVII"). A leading "lần thứ", "thứ" or "khóa" ("khoá") is
/// skipped, and so is punctuation that ends a clause.
///
/// # Errors
///
/// `ordinal_malformed` for anything else, including 0 and text over 1 KB.
///
/// # Example
///
/// ```
/// use dangbo::parse_ordinal;
/// assert_eq!(parse_ordinal("lần thứ 17").unwrap(), 17);
/// assert_eq!(parse_ordinal("lần thứ Nhất").unwrap(), 1);
/// assert_eq!(parse_ordinal("Hai mươi lăm").unwrap(), 25);
/// assert_eq!(parse_ordinal("khoá XVII").unwrap(), 17);
/// assert!(parse_ordinal("lần thứ nhiều").is_err());
/// ```
pub fn parse_ordinal(text: &str) -> Result<u32, Error> {
    let bad = |reason: String| Error::parse("ordinal", text, Code::OrdinalMalformed, reason);
    if text.len() > SHORT_TEXT {
        return Err(bad(format!(
            "{} bytes is too long for an ordinal",
            text.len()
        )));
    }
    let norm = normalize(text);
    let trimmed = norm.trim().trim_end_matches([',', '.', ';', ':']);
    // At most "lần thứ" and three number words: never look at more.
    let mut tokens: Vec<String> = Vec::with_capacity(6);
    for tok in trimmed.split_whitespace() {
        if tokens.len() == 5 {
            return Err(bad("too many words for an ordinal".to_owned()));
        }
        tokens.push(tok.to_lowercase());
    }
    let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let words = match words.as_slice() {
        ["lần", "thứ", rest @ ..] | ["thứ" | "khóa", rest @ ..] => rest,
        all => all,
    };
    match words {
        [] => Err(bad("there is no number".to_owned())),
        [one] if one.bytes().all(|b| b.is_ascii_digit()) => match one.parse::<u32>() {
            Ok(0) => Err(bad("ordinals start at 1".to_owned())),
            Ok(n) if n <= 100_000 => Ok(n),
            _ => Err(bad("the number is too large for an ordinal".to_owned())),
        },
        [one] if one.chars().all(|c| "ivxlcdm".contains(c)) => one
            .parse::<RomanOrdinal>()
            .map(RomanOrdinal::get)
            .map_err(|e| bad(e.to_string())),
        _ => number_words(words, true)
            .ok_or_else(|| bad("not a number in digits, words or Roman numerals".to_owned())),
    }
}

/// The value of a digit word 1..=9 that may stand on its own or after "mười".
fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// The value of a digit word after a tens word ("mười lăm", "hai mươi mốt").
fn after_tens(w: &str) -> Option<u32> {
    match w {
        "mốt" => Some(1),
        "lăm" => Some(5),
        _ => unit_word(w),
    }
}

/// A number 1..=99 in lower-case Vietnamese words: "sáu", "mười", "mười lăm",
/// "hai mươi", "hai mươi mốt", "ba mươi tư". `ordinal` also allows "nhất".
pub(crate) fn number_words(words: &[&str], ordinal: bool) -> Option<u32> {
    match words {
        ["nhất"] if ordinal => Some(1),
        ["mười"] => Some(10),
        [one] => unit_word(one),
        ["mười", unit] => after_tens(unit).map(|u| 10 + u),
        [tens, "mươi" | "mười"] => unit_word(tens).filter(|t| *t >= 2).map(|t| t * 10),
        [tens, "mươi" | "mười", unit] => {
            let t = unit_word(tens).filter(|t| *t >= 2)?;
            after_tens(unit).map(|u| t * 10 + u)
        }
        _ => None,
    }
}

/// The longest run of number words at the start of `words` (up to three),
/// with how many words it takes: "một nghìn tỷ" → (1, 1).
pub(crate) fn leading_number_words(words: &[&str]) -> Option<(u32, usize)> {
    (1..=words.len().min(3))
        .rev()
        .find_map(|n| number_words(&words[..n], false).map(|v| (v, n)))
}
