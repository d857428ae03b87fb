//! Numbers as written: digits with a thousands dot and a decimal comma, and
//! small numbers in words before a scale word ("một nghìn tỷ đồng").

use super::token::{Kind, Token};

/// A number found at a token: its value and the tokens it spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Numeral {
    /// The value as written, before any scale word.
    pub value: f64,
    /// First token.
    pub first: usize,
    /// One past the last token of the number itself (the unit starts here).
    pub next: usize,
    /// Whether it was a number in words.
    pub words: bool,
}

/// Reads the number at token `i`, if one starts there: a digit token, or a
/// number word followed by a scale word (the scale word stays for the unit).
pub(super) fn numeral(toks: &[Token], i: usize) -> Option<Numeral> {
    let tok = toks.get(i)?;
    match tok.kind {
        Kind::Number => Some(Numeral {
            value: convert(&tok.key)?,
            first: i,
            next: i + 1,
            words: false,
        }),
        Kind::Word => {
            let value = word_value(&tok.key)?;
            let scale = toks.get(i + 1)?;
            if scale.kind == Kind::Word && is_scale(&scale.key) {
                Some(Numeral {
                    value,
                    first: i,
                    next: i + 1,
                    words: true,
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The value of a number word from one to ten.
fn word_value(key: &str) -> Option<f64> {
    Some(match key {
        "một" => 1.0,
        "hai" => 2.0,
        "ba" => 3.0,
        "bốn" => 4.0,
        "năm" => 5.0,
        "sáu" => 6.0,
        "bảy" | "bẩy" => 7.0,
        "tám" => 8.0,
        "chín" => 9.0,
        "mười" => 10.0,
        _ => return None,
    })
}

/// Scale words that belong to the unit ("tỷ đồng", "nghìn tỷ đồng").
pub(super) fn is_scale(key: &str) -> bool {
    matches!(key, "nghìn" | "ngàn" | "triệu" | "tỷ" | "trăm")
}

/// Reads a scanned number token with the core's lax reading: "101.761" →
/// 101761, "99,4" → 99.4, "13,040" → 13.04 (a decimal comma before three
/// digits is still a decimal comma), "06" → 6, "1.234.567,89", and the
/// English forms "1,234,567" and "1.5" when they cannot be Vietnamese. `None`
/// when unreadable, too large or not finite.
pub(super) fn convert(text: &str) -> Option<f64> {
    let (n, _) = dangbo::VnNumber::parse_lax(text).ok()?;
    let value = n.value();
    value.is_finite().then_some(value)
}

/// Whether `value` is a whole number that fits a count.
pub(super) fn as_count(value: f64) -> Option<u32> {
    (value.fract() == 0.0 && (0.0..=1.0e9).contains(&value)).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_forms() {
        assert_eq!(convert("101.761"), Some(101_761.0));
        assert_eq!(convert("99,4"), Some(99.4));
        assert_eq!(convert("06"), Some(6.0));
        assert_eq!(convert("1.234.567,89"), Some(1_234_567.89));
        assert_eq!(convert("13,040"), Some(13.04));
        assert_eq!(convert("39.740"), Some(39_740.0));
    }

    #[test]
    fn english_and_bad_forms() {
        assert_eq!(convert("1,234,567"), Some(1_234_567.0));
        assert_eq!(convert("1.5"), Some(1.5));
        assert_eq!(convert("1.234,5.6"), None);
        assert_eq!(convert(""), None);
        assert_eq!(convert(&"9".repeat(41)), None);
    }

    #[test]
    fn counts_are_whole() {
        assert_eq!(as_count(6.0), Some(6));
        assert_eq!(as_count(6.5), None);
    }
}
