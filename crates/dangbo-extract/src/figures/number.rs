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

/// A count in words up to ninety-nine ("bốn", "mười bảy", "hai mươi mốt",
/// "ba mươi lăm") at `i`: its value and the token after it.
pub(super) fn count_in_words(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let key = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word).map(Token::key);
    // A unit after ten or a tens word: "mốt", "tư", "lăm" stand for 1, 4, 5.
    let unit = |k: usize| match key(k)? {
        "mốt" => Some(1.0),
        "tư" => Some(4.0),
        "lăm" => Some(5.0),
        "mười" => None,
        w => word_value(w),
    };
    let first = key(i)?;
    if first == "mười" {
        return Some(match unit(i + 1) {
            Some(u) if u < 10.0 => (10.0 + u, i + 2),
            _ => (10.0, i + 1),
        });
    }
    let d = word_value(first).filter(|d| *d < 10.0)?;
    if key(i + 1) == Some("mươi") {
        return Some(match unit(i + 2) {
            Some(u) if u < 10.0 => (10.0 * d + u, i + 3),
            _ => (10.0 * d, i + 2),
        });
    }
    Some((d, i + 1))
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
    // "1 250": thousands grouped by spaces (the lexer keeps only groups of three).
    if text.contains([' ', '\u{a0}', '\u{202f}', '\u{2009}']) {
        return convert(&text.replace([' ', '\u{a0}', '\u{202f}', '\u{2009}'], ""));
    }
    match strict_vietnamese(text) {
        Strict::Value(value) => return Some(value),
        Strict::Overflow => return None,
        Strict::Other => {}
    }
    let (n, _) = dangbo::VnNumber::parse_lax(text).ok()?;
    let value = n.value();
    value.is_finite().then_some(value)
}

/// What the strict Vietnamese reading of a number token gives.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Strict {
    /// The value.
    Value(f64),
    /// The strict form, but more than 18 significant digits or 10^15 or more.
    Overflow,
    /// Not the strict form: the lax reading decides.
    Other,
}

/// The strict Vietnamese reading of a number token ("1.234.567,8", "2023",
/// "99,4") done here without allocating, as `VnNumber` does it.
fn strict_vietnamese(text: &str) -> Strict {
    strict_digits(text).unwrap_or(Strict::Other)
}

/// [`strict_vietnamese`]; `None` for [`Strict::Other`].
fn strict_digits(text: &str) -> Option<Strict> {
    const MAX_DIGITS: usize = 18;
    let bytes = text.as_bytes();
    if bytes.len() > 64 {
        return None;
    }
    let (int_part, frac) = match memchr::memchr(b',', bytes) {
        Some(k) => (&bytes[..k], Some(&bytes[k + 1..])),
        None => (bytes, None),
    };
    // One run of digits, or a first group of one to three and groups of three after dots.
    if int_part.is_empty() {
        return None;
    }
    if int_part.contains(&b'.') {
        let mut groups = int_part.split(|b| *b == b'.');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !first.iter().all(u8::is_ascii_digit) {
            return None;
        }
        if !groups.all(|g| g.len() == 3 && g.iter().all(u8::is_ascii_digit)) {
            return None;
        }
    } else if !int_part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.iter().all(u8::is_ascii_digit) {
            return None;
        }
    }
    let frac = frac.unwrap_or(&[]);
    // The digits as a plain decimal, read by the standard parser as the core does.
    let mut buf = [0u8; 72];
    let mut n = 0;
    let mut leading = true;
    for &b in int_part {
        if b == b'.' || (leading && b == b'0') {
            continue;
        }
        leading = false;
        buf[n] = b;
        n += 1;
    }
    let int_sig = n;
    if n == 0 {
        buf[0] = b'0';
        n = 1;
    }
    let sig = if int_sig == 0 {
        frac.iter().skip_while(|b| **b == b'0').count()
    } else {
        int_sig + frac.len()
    };
    if sig > MAX_DIGITS {
        return Some(Strict::Overflow);
    }
    if !frac.is_empty() {
        buf[n] = b'.';
        buf[n + 1..n + 1 + frac.len()].copy_from_slice(frac);
        n += 1 + frac.len();
    }
    let value: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    if !value.is_finite() || value.abs() >= 1e15 {
        return Some(Strict::Overflow);
    }
    Some(Strict::Value(if value == 0.0 { 0.0 } else { value }))
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

    fn lax(text: &str) -> Option<f64> {
        let (n, _) = dangbo::VnNumber::parse_lax(text).ok()?;
        Some(n.value()).filter(|v| v.is_finite())
    }

    proptest::proptest! {
        #[test]
        fn the_strict_reading_here_agrees_with_the_core(text in "[0-9.,]{0,30}") {
            let fast = match strict_vietnamese(&text) {
                Strict::Value(v) => Some(Some(v.to_bits())),
                Strict::Overflow => Some(None),
                Strict::Other => None,
            };
            if let Some(fast) = fast {
                proptest::prop_assert_eq!(fast, lax(&text).map(f64::to_bits));
            }
        }

        #[test]
        fn numbers_as_tokens_read_as_the_core_reads_them(text in "[0-9]{1,4}([.,][0-9]{1,4}){0,5}") {
            proptest::prop_assert_eq!(convert(&text).map(f64::to_bits), lax(&text).map(f64::to_bits));
        }
    }

    #[test]
    fn long_and_zero_numbers() {
        for text in [
            "0",
            "000",
            "0,0",
            "0,000001",
            "1234567890123456789",
            "999999999999999",
            "1000000000000000",
            "123456789012345678",
            "1234567890123456789,5",
            "0000000000000000000001",
            "1.000.000.000.000.000",
            "999.999.999.999.999,99",
            "0,1234567890123456789",
        ] {
            assert_eq!(
                convert(text).map(f64::to_bits),
                lax(text).map(f64::to_bits),
                "{text}"
            );
        }
    }

    #[test]
    fn counts_are_whole() {
        assert_eq!(as_count(6.0), Some(6));
        assert_eq!(as_count(6.5), None);
    }

    #[test]
    fn counts_in_words_read() {
        let read = |t: &str| {
            let toks: Vec<Token> = super::super::token::Lexer::new(t).collect();
            count_in_words(&toks, 0).map(|c| c.0)
        };
        assert_eq!(read("bốn chỉ tiêu"), Some(4.0));
        assert_eq!(read("mười lăm chỉ tiêu"), Some(15.0));
        assert_eq!(read("mười chỉ tiêu"), Some(10.0));
        assert_eq!(read("hai mươi mốt chỉ tiêu"), Some(21.0));
        assert_eq!(read("ba mươi tư xã"), Some(34.0));
        assert_eq!(read("hai mươi xã"), Some(20.0));
        assert_eq!(read("chỉ tiêu"), None);
    }
}
