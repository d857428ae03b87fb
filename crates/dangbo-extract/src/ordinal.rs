//! Ordinals as sessions and terms write them: digits ("17"), Roman numerals
//! ("XVII"), and Vietnamese number words ("Ba", "mười sáu", "Nhất").

/// A canonical Roman numeral written in capitals, 1..=3999 (the core's
/// [`dangbo::RomanOrdinal`]); lower-case words are Vietnamese, not numerals.
pub(crate) fn roman(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 15 || !text.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    text.parse::<dangbo::RomanOrdinal>()
        .ok()
        .map(dangbo::RomanOrdinal::get)
}

/// Reads number words (split at spaces) from the start of `words`: value
/// and how many words were used, the longest reading the core's
/// [`dangbo::parse_ordinal`] accepts. "mười sáu" → 16, "hai mươi mốt" → 21.
pub(crate) fn number_words(words: &[&str]) -> Option<(u32, usize)> {
    (1..=words.len().min(3)).rev().find_map(|n| {
        let first = words.first()?;
        if first.is_empty() || first.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        dangbo::parse_ordinal(&words[..n].join(" "))
            .ok()
            .filter(|v| *v <= 99)
            .map(|v| (v, n))
    })
}

/// An ordinal written after "lần thứ" / "khóa": digits, a Roman numeral or
/// number words. `orig` and `key` are the same text (original and folded).
/// Gives the value and the byte length used.
pub(crate) fn ordinal_at(orig: &str, key: &str) -> Option<(u32, usize)> {
    let digits = orig.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if digits > 4 {
            return None;
        }
        let v: u32 = orig[..digits].parse().ok()?;
        return (v >= 1).then_some((v, digits));
    }
    let word_len = orig
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(orig.len());
    let word = &orig[..word_len];
    if let Some(v) = roman(word) {
        return Some((v, word_len));
    }
    // Number words: up to three.
    let mut words = Vec::new();
    let mut ends = Vec::new();
    let mut pos = 0;
    for _ in 0..3 {
        let rest = key.get(pos..)?;
        let wl = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if wl == 0 {
            break;
        }
        words.push(&rest[..wl]);
        ends.push(pos + wl);
        if !rest[wl..].starts_with(' ') {
            break;
        }
        pos += wl + 1;
    }
    let (v, used) = number_words(&words)?;
    Some((v, ends[used - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romans_are_canonical() {
        assert_eq!(roman("XVII"), Some(17));
        assert_eq!(roman("XXII"), Some(22));
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("Xa"), None);
    }

    #[test]
    fn ordinals_in_three_writings() {
        let read = |s: &str| ordinal_at(s, &crate::text::fold(s)).map(|x| x.0);
        assert_eq!(read("17 (mở rộng)"), Some(17));
        assert_eq!(read("XVII, nhiệm kỳ"), Some(17));
        assert_eq!(read("Ba, khóa"), Some(3));
        assert_eq!(read("Chín Ban"), Some(9));
        assert_eq!(read("mười sáu"), Some(16));
        assert_eq!(read("hai mươi mốt"), Some(21));
        assert_eq!(read("Nhất"), Some(1));
        assert_eq!(read("Ban Chấp"), None);
    }
}
