//! The lookup key of a word: lower-cased, with the newer tone placement of
//! an open final syllable ("hoá", "uỷ") moved back to the traditional one
//! ("hóa", "ủy") and "tỉ" read as "tỷ", so that one table of cue words
//! matches both spellings. Lower-casing has fast paths for Vietnamese
//! letters, read byte by byte.

use std::borrow::Cow;

/// Lower-cases one char, with fast paths for Vietnamese letters; `None`
/// when the general table is needed.
#[inline]
fn lower_fast(c: char) -> Option<char> {
    let code = u32::from(c);
    match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => char::from_u32(code + 0x20),
        0x61..=0x7a | 0xdf..=0xff | 0x103 | 0x111 | 0x129 | 0x169 | 0x1a1 | 0x1b0 => Some(c),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1a0 | 0x1af => char::from_u32(code + 1),
        0x1ea0..=0x1ef9 => char::from_u32(code | 1),
        _ if c.is_ascii() => Some(c),
        _ => None,
    }
}

/// Whether every char of `text` is its own lower case by [`lower_fast`]
/// (`false` for a char it does not know), read byte by byte.
pub(super) fn is_lower(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&c0) = b.get(i) {
        let width = match (c0, b.get(i + 1).copied(), b.get(i + 2).copied()) {
            (0x00..=0x7f, _, _) if !c0.is_ascii_uppercase() => 1,
            // U+00DF..U+00FF.
            // U+00DF..U+00FF; ă, đ, ĩ, ũ, ơ, ư.
            (0xc3, Some(0x9f..=0xbf), _)
            | (0xc4, Some(0x83 | 0x91 | 0xa9), _)
            | (0xc5, Some(0xa9), _)
            | (0xc6, Some(0xa1 | 0xb0), _) => 2,
            // The odd code points of U+1EA0..U+1EF9 (E1 BA A0 .. E1 BB B9).
            (0xe1, Some(0xba), Some(c2)) if c2 >= 0xa0 && c2 & 1 == 1 => 3,
            (0xe1, Some(0xbb), Some(c2)) if c2 <= 0xb9 && c2 & 1 == 1 => 3,
            _ => return false,
        };
        i += width;
    }
    true
}

/// Lower-cases one char onto `out`, with fast paths for Vietnamese letters.
#[cfg(test)]
fn push_lower(out: &mut String, c: char) {
    match lower_fast(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// The lookup key of a word, borrowed when the word is its own key.
pub(super) fn key_of(word: &str) -> Cow<'_, str> {
    if word.chars().all(|c| lower_fast(c) == Some(c)) && is_own_key(word) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(key(word))
    }
}

/// Whether a word already in lower case is its own key: not "tỉ", and no
/// tone to move.
pub(super) fn is_own_key(lower: &str) -> bool {
    lower != "tỉ" && tone_move(lower).is_none()
}

/// The lookup key of a word.
pub(super) fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    key_into(word, &mut out);
    out
}

/// Appends the lookup key of a word to `out`.
pub(super) fn key_into(word: &str, out: &mut String) {
    let from = out.len();
    lower_into(word, out);
    if out.get(from..) == Some("tỉ") {
        out.truncate(from);
        out.push_str("tỷ");
        return;
    }
    if let Some((at, first, second)) = out.get(from..).and_then(tone_move) {
        out.truncate(from + at);
        out.push(first);
        out.push(second);
    }
}

/// Appends `word` lower-cased to `out`: read byte by byte when every char
/// is ASCII, Latin-1 or a Vietnamese letter (the runs that stay as they are
/// copied whole), char by char otherwise.
fn lower_into(word: &str, out: &mut String) {
    let from = out.len();
    if !lower_known_into(word, out) {
        out.truncate(from);
        lower_chars_into(word, out);
    }
}

/// [`lower_into`] for the chars [`lower_fast`] knows; `false` (with part
/// of the word written) at any other char.
fn lower_known_into(word: &str, out: &mut String) -> bool {
    let b = word.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while let Some(&c0) = b.get(i) {
        let c1 = b.get(i + 1).copied().unwrap_or(0);
        let (width, lower) = match c0 {
            b'A'..=b'Z' => (1, u32::from(c0 | 0x20)),
            0x00..=0x7f => (1, 0),
            // U+00C0..U+00DE but '×' (C3 97): +0x20; U+00DF..U+00FF stay.
            0xc3 if c1 == 0x97 => return false,
            0xc3 if c1 <= 0x9e => (2, 0xc0 + u32::from(c1 & 0x3f) + 0x20),
            0xc3 => (2, 0),
            // Ă Đ Ĩ Ũ Ơ Ư → ă đ ĩ ũ ơ ư; those stay.
            0xc4..=0xc6 => {
                let code = (u32::from(c0 & 0x1f) << 6) | u32::from(c1 & 0x3f);
                match code {
                    0x102 | 0x110 | 0x128 | 0x168 | 0x1a0 | 0x1af => (2, code + 1),
                    0x103 | 0x111 | 0x129 | 0x169 | 0x1a1 | 0x1b0 => (2, 0),
                    _ => return false,
                }
            }
            // U+1EA0..U+1EF9: the even code points are the capitals.
            0xe1 => {
                let c2 = b.get(i + 2).copied().unwrap_or(0);
                let code = 0x1000 | (u32::from(c1 & 0x3f) << 6) | u32::from(c2 & 0x3f);
                if !(0x1ea0..=0x1ef9).contains(&code) {
                    return false;
                }
                (3, if code & 1 == 0 { code | 1 } else { 0 })
            }
            _ => return false,
        };
        if lower != 0 {
            let Some(l) = char::from_u32(lower) else {
                return false;
            };
            out.push_str(word.get(copied..i).unwrap_or(""));
            out.push(l);
            copied = i + width;
        }
        i += width;
    }
    out.push_str(word.get(copied..).unwrap_or(""));
    true
}

/// Appends `word` lower-cased to `out`, char by char: the runs of chars
/// that are their own lower case are copied whole.
fn lower_chars_into(word: &str, out: &mut String) {
    let mut copied = 0;
    for (i, c) in word.char_indices() {
        match lower_fast(c) {
            Some(l) if l == c => continue,
            Some(l) => {
                out.push_str(word.get(copied..i).unwrap_or(""));
                out.push(l);
            }
            None => {
                out.push_str(word.get(copied..i).unwrap_or(""));
                out.extend(c.to_lowercase());
            }
        }
        copied = i + c.len_utf8();
    }
    out.push_str(word.get(copied..).unwrap_or(""));
}

/// Newer tone placement on an open final syllable ("hoá" → "hóa", "uỷ" →
/// "ủy"): where the last two chars start and what they become.
fn tone_move(lower: &str) -> Option<(usize, char, char)> {
    let b = lower.chars().next_back()?;
    // The char before the last is 'o' or 'u' (one byte), or nothing moves.
    let at = (lower.len() - b.len_utf8()).checked_sub(1)?;
    let a = char::from(
        *lower
            .as_bytes()
            .get(at)
            .filter(|a| matches!(a, b'o' | b'u'))?,
    );
    let before_q = at > 0 && lower.as_bytes()[at - 1] == b'q';
    let moved = match (a, b) {
        ('o', t) => tone_of(t, 'a')
            .or_else(|| tone_of(t, 'e'))
            .map(|tone| (with_tone('o', tone), base_of(t))),
        ('u', t) if !before_q => tone_of(t, 'y').map(|tone| (with_tone('u', tone), 'y')),
        _ => None,
    };
    match moved {
        Some((Some(first), second)) => Some((at, first, second)),
        _ => None,
    }
}

/// Tones, in order: acute, grave, hook, tilde, dot.
const TONED: [(char, [char; 5]); 4] = [
    ('a', ['á', 'à', 'ả', 'ã', 'ạ']),
    ('e', ['é', 'è', 'ẻ', 'ẽ', 'ẹ']),
    ('y', ['ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ']),
    ('o', ['ó', 'ò', 'ỏ', 'õ', 'ọ']),
];

fn tone_of(c: char, base: char) -> Option<usize> {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .and_then(|(_, toned)| toned.iter().position(|t| *t == c))
}

fn base_of(c: char) -> char {
    TONED
        .iter()
        .find(|(_, toned)| toned.contains(&c))
        .map_or(c, |(b, _)| *b)
}

fn with_tone(c: char, tone: usize) -> Option<char> {
    match c {
        'o' => TONED[3].1.get(tone).copied(),
        'u' => ['ú', 'ù', 'ủ', 'ũ', 'ụ'].get(tone).copied(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::is_letter;
    use super::*;

    #[test]
    fn keys_fold_case_and_tone_placement() {
        assert_eq!(key("Hoá"), "hóa");
        assert_eq!(key("uỷ"), "ủy");
        assert_eq!(key("Huyện"), "huyện");
        assert_eq!(key("quý"), "quý");
        assert_eq!(key("hoàn"), "hoàn");
        assert_eq!(key("tỉ"), "tỷ");
        assert_eq!(key("khoẻ"), "khỏe");
    }

    #[test]
    fn fast_lower_case_agrees_with_the_tables() {
        let letters = "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";
        for c in letters
            .chars()
            .chain(letters.to_lowercase().chars())
            .chain('\u{0}'..='\u{2000}')
        {
            let mut fast = String::new();
            push_lower(&mut fast, c);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
            if c.is_alphabetic() != is_letter(c) {
                assert!(
                    !c.is_alphabetic() && ('\u{c0}'..='\u{24f}').contains(&c),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn borrowed_keys_agree_with_the_keys() {
        for w in [
            "hóa",
            "Hoá",
            "hoá",
            "uỷ",
            "ủy",
            "quỷ",
            "tỉ",
            "Tỉ",
            "tỷ",
            "khoẻ",
            "m2",
            "Km2",
            "²",
            "ĐẠT",
            "đạt",
            "năm",
            "ΑΒΓ",
            "αβγ",
            "K",
            "İstanbul",
            "xoè",
            "thuý",
        ] {
            assert_eq!(key_of(w), key(w), "{w:?}");
        }
    }

    #[test]
    fn byte_level_lower_case_agrees_with_the_chars() {
        for c in ('\u{0}'..='\u{2000}').chain('\u{1e00}'..='\u{1fff}') {
            let word: String = ['A', c, 'b'].iter().collect();
            let mut by_chars = String::new();
            lower_chars_into(&word, &mut by_chars);
            let mut known = String::new();
            if lower_known_into(&word, &mut known) {
                assert_eq!(known, by_chars, "{c:?}");
            }
            let fixed = word.chars().all(|c| lower_fast(c) == Some(c));
            assert_eq!(is_lower(&word), fixed, "{c:?}");
            let single = c.to_string();
            assert_eq!(is_lower(&single), lower_fast(c) == Some(c), "{c:?}");
        }
        let mut out = String::new();
        lower_into("ĐẠI HỘI ĐẢNG BỘ TỈNH", &mut out);
        assert_eq!(out, "đại hội đảng bộ tỉnh");
    }
}
