//! Text normalization and the word-level helpers every finder uses.
//!
//! The article is cleaned once: HTML character references that scrapers leave
//! in ("&nbsp;", "&amp;", "&#8211;") are decoded, invisible characters
//! (zero-width spaces and joiners, soft hyphens, a byte-order mark) removed,
//! and the text brought to NFC (only when the quick check says it is not NFC
//! already); on a page hard-wrapped at a width, the line breaks inside its
//! paragraphs become spaces ([`wrap`](self::wrap)). Matching then runs on a *folded* twin of the text: lower case
//! and one tone-mark placement ("uỷ" → "ủy", "khoá" → "khóa"), built so that
//! every character keeps its UTF-8 length. Byte offsets found in the folded
//! twin are therefore valid in the cleaned text, and every `text` field is
//! sliced from it.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The text cleaned and in NFC, borrowed when it already is (the common
/// case): HTML character references decoded, invisible characters and a
/// leading byte-order mark removed, a hard-wrapped page's paragraphs joined,
/// and paragraphs a scraper joined with " ¶ " or " | " apart again.
pub(crate) fn nfc(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = clean(text);
    let text = if dangbo::is_nfc(&text) {
        text
    } else {
        Cow::Owned(text.nfc().collect())
    };
    wrap::unwrap(wrap::split_joined(text))
}

/// Characters a page carries but does not show: zero-width space, non-joiner
/// and joiner, word joiner, a byte-order mark inside the text, soft hyphen.
const INVISIBLE: [char; 6] = [
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

/// The text with HTML character references decoded ("1.146,5&nbsp;tỷ đồng"),
/// invisible characters removed ("15.\u{200b}842 tỷ đồng") and the eth of
/// old fonts made the letter it stood for ("Ðảng" → "Đảng"); an "&" that
/// starts no reference stays.
fn clean(text: &str) -> Cow<'_, str> {
    let special = |c: char| c == '&' || c == 'Ð' || c == 'ð' || INVISIBLE.contains(&c);
    if !needs_cleaning(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(special) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(c) = rest.chars().next() else { break };
        match c {
            '&' => {
                if let Some((decoded, len)) = reference(rest) {
                    out.push(decoded);
                    rest = &rest[len..];
                    continue;
                }
                out.push('&');
            }
            // The eth of old Vietnamese fonts, for "Đ" and "đ".
            'Ð' => out.push('Đ'),
            'ð' => out.push('đ'),
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether `bytes` hold an "&" or an invisible character, found with memchr
/// (a check of every character cost 2 % of extracting).
fn needs_cleaning(bytes: &[u8]) -> bool {
    memchr::memchr(b'&', bytes).is_some()
        // "Ð" (C3 90) and "ð" (C3 B0).
        || memchr::memmem::find(bytes, "Ð".as_bytes()).is_some()
        || memchr::memmem::find(bytes, "ð".as_bytes()).is_some()
        || INVISIBLE.iter().any(|c| {
            let mut buf = [0; 4];
            memchr::memmem::find(bytes, c.encode_utf8(&mut buf).as_bytes()).is_some()
        })
}

/// The character an HTML reference at the start of `s` stands for, and the
/// reference's length: "&nbsp;", "&amp;", "&#8211;", "&#x2013;" …
fn reference(s: &str) -> Option<(char, usize)> {
    let semi = s.as_bytes().iter().take(10).position(|&b| b == b';')?;
    let name = &s[1..semi];
    let c = match name {
        "nbsp" => '\u{a0}',
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        _ => {
            let digits = name.strip_prefix('#')?;
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => digits.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((c, semi + 1))
}

/// The folded twin of `text`: same byte length and character boundaries,
/// lower case where the lower-case letter has the same UTF-8 length, and the
/// traditional tone placement in open "oa", "oe", "uy" syllables.
pub(crate) fn fold(text: &str) -> String {
    // ASCII is lower-cased in one pass over the whole copy; then only the
    // non-ASCII characters are looked at: lower-cased when they change, and
    // a toned "a", "e", "y" right after an ASCII "o"/"u" may take the tone
    // back onto it (only an ASCII "o"/"u" starts a tone move, and no other
    // letter lower-cases to one of them).
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    let src = text.as_bytes();
    let mut i = 0;
    while let Some(p) = src.get(i..).and_then(|r| r.iter().position(|&b| b >= 0x80)) {
        i += p;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let width = c.len_utf8();
        let low = lower(c);
        let before = i
            .checked_sub(1)
            .and_then(|k| out.as_bytes().get(k).copied());
        let moved = match before {
            Some(b'o') => move_from_a_e(low),
            Some(b'u') => move_from_y(low),
            _ => None,
        }
        .filter(|_| {
            text.get(i + width..)
                .and_then(|r| r.chars().next())
                .is_none_or(|a| !a.is_alphabetic())
        });
        let mut buf = [0u8; 8];
        if let Some((toned, plain)) = moved {
            let toned_len = toned.len_utf8();
            toned.encode_utf8(&mut buf);
            plain.encode_utf8(&mut buf[toned_len..]);
            if let Ok(pair) = std::str::from_utf8(&buf[..toned_len + plain.len_utf8()]) {
                out.replace_range(i - 1..i + width, pair);
            }
        } else if low != c {
            out.replace_range(i..i + width, low.encode_utf8(&mut buf));
        }
        i += width;
    }
    debug_assert_eq!(out.len(), text.len());
    out
}

/// Lower case when it keeps the UTF-8 length; the eth look-alike becomes "đ".
/// Vietnamese letters take a fast path (no table lookup).
fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c == 'Ð' || c == 'ð' {
        return 'đ';
    }
    let u = c as u32;
    let fast = match u {
        // Latin-1 capitals À..Þ (not ×).
        0xC0..=0xDE if u != 0xD7 => Some(u + 0x20),
        // Latin-1 small letters, Vietnamese small letters, and combining tone
        // marks (NFD text before normalization) stay.
        0xDF..=0xFF | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 | 0x300..=0x36F => Some(u),
        0x1EA0..=0x1EF9 => Some(u | 1),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => Some(u + 1),
        0x1AF => Some(0x1B0),
        _ => None,
    };
    if let Some(l) = fast.and_then(char::from_u32) {
        return l;
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// "oá" → "óa", "oé" → "óe" (pairs whose UTF-8 lengths agree).
fn move_from_a_e(c: char) -> Option<(char, char)> {
    Some(match c {
        'á' => ('ó', 'a'),
        'à' => ('ò', 'a'),
        'ả' => ('ỏ', 'a'),
        'ã' => ('õ', 'a'),
        'ạ' => ('ọ', 'a'),
        'é' => ('ó', 'e'),
        'è' => ('ò', 'e'),
        'ẻ' => ('ỏ', 'e'),
        'ẹ' => ('ọ', 'e'),
        _ => return None,
    })
}

/// "uý" → "úy", "uỷ" → "ủy", "uỵ" → "ụy".
fn move_from_y(c: char) -> Option<(char, char)> {
    Some(match c {
        'ý' => ('ú', 'y'),
        'ỷ' => ('ủ', 'y'),
        'ỵ' => ('ụ', 'y'),
        _ => return None,
    })
}

/// A piece of text with its folded twin (same byte offsets).
#[derive(Debug, Clone)]
pub(crate) struct Folded {
    /// The NFC text.
    pub orig: String,
    /// Its folded twin.
    pub key: String,
}

impl Folded {
    /// Folds `text`.
    pub fn new(text: impl Into<String>) -> Folded {
        let orig = text.into();
        let key = fold(&orig);
        Folded { orig, key }
    }

    /// The original text of a byte range (empty when the range is not on
    /// character boundaries).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.orig.get(start..end.min(self.orig.len())).unwrap_or("")
    }
}

mod words;
mod wrap;

pub(crate) use words::*;

#[cfg(test)]
mod tests;
