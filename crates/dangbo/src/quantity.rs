//! Quantities: "trên 35,8 tỷ đồng".

use std::fmt;
use std::str::FromStr;

use crate::code::Code;
use crate::draft::{entity, Rules};
use crate::error::Error;
use crate::issue::{Issue, ValidationErrors};
use crate::normalize::normalize;
use crate::number::{canonical, VnNumber};
use crate::roman::leading_number_words;
use crate::{Draft, Qualifier};

entity! {
    /// A qualified amount with its unit as written: "trên 35,8 tỷ đồng" is
    /// value 35.8, unit "tỷ đồng", qualifier `over`. The scale word (trăm,
    /// nghìn, ngàn, triệu, tỷ, tỉ, nghìn tỷ, ngàn tỷ) stays in the unit;
    /// [`Quantity::to_base`] multiplies it out.
    ///
    /// ```
    /// use dangbo::{Qualifier, Quantity};
    /// let q: Quantity = "trên 35,8 tỷ đồng".parse().unwrap();
    /// assert_eq!((q.value(), q.unit(), q.qualifier()), (35.8, "tỷ đồng", Qualifier::Over));
    /// assert_eq!(q.to_base(), (35.8e9, "đồng".to_string()));
    /// assert_eq!(q.to_string(), "trên 35,8 tỷ đồng");
    /// ```
    pub struct Quantity / QuantityDraft {
        /// The number (35.8).
        value: f64 [copy] = required ~ f64,
        /// The unit with its scale word ("tỷ đồng").
        unit: String [str] = required ~ String,
        /// trên → over …
        qualifier: Qualifier [copy] = ~ Qualifier,
    }
}

/// The rules of a quantity: a finite value not below zero, a unit.
impl Rules for QuantityDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        if let Some(v) = self.value {
            if !v.is_finite() {
                out.push(
                    Issue::error(
                        Code::NotFinite,
                        format!("value {v} is not a finite number"),
                        v.to_string(),
                    )
                    .at("value"),
                );
            } else if v < 0.0 {
                out.push(
                    Issue::error(
                        Code::Negative,
                        format!("value {v} is negative"),
                        v.to_string(),
                    )
                    .at("value"),
                );
            }
        }
        if self.unit.as_deref().is_some_and(|u| u.trim().is_empty()) {
            out.push(Issue::error(Code::UnitMissing, "the value has no unit", "").at("unit"));
        }
        out
    }
}

const WHAT: &str = "quantity";

/// Scale words at the start of a unit, longest first, with their factors.
const SCALES: [(&str, f64); 10] = [
    ("nghìn tỷ", 1e12),
    ("ngàn tỷ", 1e12),
    ("nghìn tỉ", 1e12),
    ("ngàn tỉ", 1e12),
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("trăm", 1e2),
];

impl Quantity {
    /// A quantity from its parts, checked.
    ///
    /// # Errors
    ///
    /// `not_finite`, `negative` at `value`; `unit_missing` at `unit`.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Qualifier, Quantity};
    /// let q = Quantity::new(12.0, "ha", Qualifier::Exact).unwrap();
    /// assert_eq!(q.to_string(), "12 ha");
    /// assert!(Quantity::new(-1.0, "ha", Qualifier::Exact).is_err());
    /// ```
    pub fn new(value: f64, unit: &str, qualifier: Qualifier) -> Result<Quantity, ValidationErrors> {
        QuantityDraft {
            value: Some(value),
            unit: Some(unit.to_owned()),
            qualifier,
        }
        .build()
    }

    /// The scale word the unit starts with and its factor: ("tỷ", 1e9) for
    /// "tỷ đồng", ("", 1.0) for "ha".
    pub fn scale(&self) -> (&str, f64) {
        let lower = self.unit.to_lowercase();
        for (word, factor) in SCALES {
            if let Some(rest) = lower.strip_prefix(word) {
                if rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == '/') {
                    // Lower-casing keeps these words' byte lengths.
                    return (self.unit.get(..word.len()).unwrap_or(word), factor);
                }
            }
        }
        ("", 1.0)
    }

    /// The value in the unit without its scale word: "trên 35,8 tỷ đồng" →
    /// (3.58e10, "đồng"); "99,4 triệu đồng/người/năm" → (9.94e7,
    /// "đồng/người/năm"); "12 ha" → (12, "ha"). A scale word right before "/"
    /// is money, as articles write it: "triệu/người/năm" → "đồng/người/năm". A
    /// bare scale word leaves an empty unit: "35,8 tỷ" → (3.58e10, "").
    pub fn to_base(&self) -> (f64, String) {
        let (word, factor) = self.scale();
        let rest = self.unit.get(word.len()..).unwrap_or_default().trim_start();
        let unit = if !word.is_empty() && rest.starts_with('/') {
            format!("đồng{rest}")
        } else {
            rest.to_owned()
        };
        (self.value * factor, unit)
    }
}

impl FromStr for Quantity {
    type Err = Error;

    /// Reads `[qualifier] number [scale] unit [trở lên]`.
    ///
    /// Qualifiers: trên, hơn, trailing "trở lên" (over); khoảng, chừng, xấp xỉ
    /// (about); gần (nearly); dưới (under). The number is read with
    /// [`VnNumber::parse_lax`] ("7.5 ha" is 7.5) or in words ("gần một nghìn
    /// tỷ đồng" is 1 "nghìn tỷ đồng"). The unit may be glued ("500USD",
    /// "12ha", "63%"); its inner spaces are collapsed and spaces around "/"
    /// dropped ("triệu đồng/ người/năm" → "triệu đồng/người/năm").
    ///
    /// # Errors
    ///
    /// `quantity_malformed` without a number or with digits after it that are
    /// not part of it ("2 92 ha"); `number_malformed` or
    /// `number_overflow` for a bad number ("999.999.999.999.999.999 tỷ");
    /// `unit_missing` without a unit; `negative`.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, Quantity};
    /// let q: Quantity = "99,4 triệu đồng/người/năm".parse().unwrap();
    /// assert_eq!(q.to_base(), (99.4e6, "đồng/người/năm".to_string()));
    /// let err = "999.999.999.999.999.999 tỷ".parse::<Quantity>().unwrap_err();
    /// assert_eq!(err.code(), Code::NumberOverflow);
    /// ```
    fn from_str(s: &str) -> Result<Quantity, Error> {
        let norm = normalize(s);
        let bad = |reason: &str| Error::parse(WHAT, s, Code::QuantityMalformed, reason);
        // Clause punctuation and spaces at the end, in any mix ("12 ha, .").
        let mut rest = trim_clause_end(norm.trim());
        let mut qualifier = Qualifier::Exact;
        if let Some((q, after)) = leading_qualifier(rest) {
            qualifier = q;
            rest = after;
        }
        let (value, mut unit_text) = if starts_number(rest) {
            let end = number_end(rest);
            let (n, _) = VnNumber::parse_lax(&rest[..end]).map_err(|e| match e {
                Error::Parse { code, reason, .. } => Error::parse(WHAT, s, code, reason),
                other => other,
            })?;
            let unit_text = &rest[end..];
            if unit_text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            {
                return Err(bad("digits after the number that are not part of it"));
            }
            (n.value(), unit_text)
        } else {
            let words: Vec<(usize, String)> = rest
                .split_whitespace()
                .take(3)
                .map(|w| (w.len(), w.to_lowercase()))
                .collect();
            let refs: Vec<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
            let (v, n) = leading_number_words(&refs)
                .ok_or_else(|| bad("there is no number in digits or words"))?;
            let mut after = rest;
            for (len, _) in &words[..n] {
                after = after.trim_start();
                after = &after[*len..];
            }
            if after.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                return Err(bad("a number in words followed by digits"));
            }
            (f64::from(v), after)
        };
        // "trở lên" after the unit, also when glued to the number ("2,1trở lên").
        while let Some(before) = strip_suffix_words(unit_text, "trở lên") {
            qualifier = Qualifier::Over;
            unit_text = trim_clause_end(before);
        }
        let unit = clean_unit(unit_text);
        let draft = QuantityDraft {
            value: Some(value),
            unit: Some(unit),
            qualifier,
        };
        draft.build().map_err(|errs| {
            let first = errs.errors().next();
            let code = first.map_or(Code::QuantityMalformed, |i| i.code);
            let message = first.map_or_else(String::new, |i| i.message.clone());
            Error::parse(WHAT, s, code, message)
        })
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = match self.qualifier {
            Qualifier::Exact => "",
            Qualifier::Over => "trên ",
            Qualifier::About => "khoảng ",
            Qualifier::Under => "dưới ",
            Qualifier::Nearly => "gần ",
        };
        let gap = if self.unit.starts_with('%') || self.unit.is_empty() {
            ""
        } else {
            " "
        };
        write!(f, "{word}{}{gap}{}", canonical(self.value), self.unit)
    }
}

/// `text` without clause punctuation and spaces at its end, in any mix.
fn trim_clause_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
}

/// The qualifier word at the start and the text after it.
fn leading_qualifier(text: &str) -> Option<(Qualifier, &str)> {
    let (first, after) = text.split_once(char::is_whitespace)?;
    if first.len() > 12 {
        return None;
    }
    let q = match first.to_lowercase().as_str() {
        "trên" | "hơn" => Qualifier::Over,
        "khoảng" | "chừng" => Qualifier::About,
        "gần" => Qualifier::Nearly,
        "dưới" => Qualifier::Under,
        "xấp" => {
            let (second, rest) = after.trim_start().split_once(char::is_whitespace)?;
            return (second.to_lowercase() == "xỉ")
                .then_some((Qualifier::About, rest.trim_start()));
        }
        _ => return None,
    };
    Some((q, after.trim_start()))
}

/// `text` without the words `suffix` (any case, any spacing) at its end.
fn strip_suffix_words<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let mut rest = text;
    for word in suffix.split(' ').rev() {
        let trimmed = rest.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let last = &trimmed[start..];
        if last.len() > 12 || last.to_lowercase() != word {
            return None;
        }
        rest = &trimmed[..start];
    }
    Some(rest.trim_end())
}

fn starts_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '\u{2212}']).unwrap_or(s);
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// The byte length of the number at the start of `s`: digits with "." and ","
/// between them, and groups of three after one space ("5 000 tấn"), a
/// no-break space or a thin space, as [`VnNumber`] reads them. Always a char
/// boundary of `s` (the sign "−" has three bytes).
fn number_end(s: &str) -> usize {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let body = s.strip_prefix(['-', '\u{2212}']).unwrap_or(s);
    let mut i = s.len() - body.len();
    let mut comma = false;
    while i < b.len() {
        let gap = [" ", "\u{a0}", "\u{202f}", "\u{2009}"]
            .iter()
            .find(|g| b[i..].starts_with(g.as_bytes()))
            .map(|g| g.len());
        if digit(i) {
            i += 1;
        } else if matches!(b[i], b'.' | b',') && digit(i + 1) {
            comma |= b[i] == b',';
            i += 1;
        } else if let Some(g) =
            gap.filter(|&g| !comma && (0..3).all(|k| digit(i + g + k)) && !digit(i + g + 3))
        {
            i += g + 3;
        } else {
            break;
        }
    }
    i
}

/// The unit with inner spaces collapsed and none around "/".
fn clean_unit(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split_whitespace() {
        if !out.is_empty() && !out.ends_with('/') && !part.starts_with('/') {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}
