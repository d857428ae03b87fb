//! Normalization: NFC and one tone-mark placement.
//!
//! Vietnamese text comes composed (NFC) or decomposed (NFD), and with the tone
//! mark of the open syllables "oa", "oe", "uy" on either vowel: "hòa" and
//! "hoà", "ủy" and "uỷ", "khóa" and "khoá". [`normalize`] gives one form: NFC
//! with the traditional placement (the tone on the first vowel), which is the
//! more common one in party documents.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The longest text (in bytes) the parsers of short values (ordinals, dates,
/// periods, document symbols) look at; longer text is rejected at once,
/// without being normalized.
pub(crate) const SHORT_TEXT: usize = 1024;

/// NFC plus the traditional tone-mark placement.
///
/// In a syllable that ends in the open vowel pair "oa", "oe" or "uy" with the
/// tone on the second vowel, the tone moves to the first: "uỷ" → "ủy", "khoá" →
/// "khóa", "hoà" → "hòa", "Thuỳ" → "Thùy", "THUÝ" → "THÚY". The case of each
/// letter is kept. Left alone: "quý", "quỳ" ("qu" is a consonant), closed
/// syllables ("hoàng", "khoảng", "thuyền"), triphthongs ("ngoài", "khuya"), and
/// any syllable holding a combining mark NFC could not compose.
///
/// The text is borrowed when nothing changes; NFC is checked quickly first and
/// only computed when needed.
///
/// **Char count.** For text already in NFC the output has exactly as many
/// `char`s as the input, each at the same char index: a tone move swaps two
/// precomposed letters for two others inside one syllable. So a char offset in
/// the normalized text is the same char offset in the original (NFC) text. For
/// decomposed input the NFC step itself merges chars; normalize it first.
///
/// ```
/// use dangbo::normalize;
/// assert_eq!(normalize("Thành uỷ khoá XII"), "Thành ủy khóa XII");
/// assert_eq!(normalize("quý I"), "quý I");
/// assert!(matches!(normalize("Huyện ủy"), std::borrow::Cow::Borrowed(_)));
/// // NFD input comes back composed.
/// assert_eq!(normalize("Thu\u{300}y"), "Thùy");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    let composed: Cow<'_, str> = if is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    };
    match composed {
        Cow::Borrowed(t) => place_tones(t).map_or(Cow::Borrowed(t), Cow::Owned),
        Cow::Owned(s) => Cow::Owned(place_tones(&s).unwrap_or(s)),
    }
}

/// Whether `text` is in NFC already.
///
/// Text made only of characters that are NFC on their own and never combine
/// (ASCII, Latin-1 and the Latin extensions up to U+02FF, the precomposed
/// Vietnamese letters U+1E00–U+1EFF, most general punctuation) is answered
/// in one pass without a table lookup, which is what Vietnamese news text
/// nearly always is; anything else goes through the Unicode quick check, and
/// through a full comparison when that check says "maybe".
///
/// ```
/// assert!(dangbo::is_nfc("Tỉnh ủy Quảng Trị — 35,8 tỷ đồng"));
/// assert!(!dangbo::is_nfc("Thu\u{300}y"));
/// // U+2001 EM QUAD is a singleton: NFC turns it into U+2003.
/// assert!(!dangbo::is_nfc("a\u{2001}b"));
/// ```
#[must_use]
pub fn is_nfc(text: &str) -> bool {
    // Bytes below 0xCC are ASCII, continuation bytes, or lead bytes of
    // U+0080..U+02FF: only the characters led by a higher byte are looked at.
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut plain = true;
    while let Some(p) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(|&b| b >= 0xCC))
    {
        i += p;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let u = c as u32;
        if !((0x1E00..=0x1EFF).contains(&u) || (0x2002..=0x206F).contains(&u)) {
            plain = false;
            break;
        }
        i += c.len_utf8();
    }
    plain
        || match is_nfc_quick(text.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => text.nfc().eq(text.chars()),
        }
}

/// `c.is_alphabetic()`, without a table lookup for the letters of
/// Vietnamese text.
fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is a combining mark (a character with a non-zero canonical
/// combining class); the letters of Vietnamese text answer without a lookup.
fn is_mark(c: char) -> bool {
    let u = c as u32;
    u >= 0x300 && !(0x1E00..=0x1EFF).contains(&u) && canonical_combining_class(c) != 0
}

/// Folds text for loose matching: lower case, no diacritics, "đ" → "d".
///
/// "Thành Ủy" → "thanh uy". The char count can change (decomposition drops
/// marks), so keep offsets in the original text, not in the folded one.
///
/// ```
/// assert_eq!(dangbo::fold("Đảng bộ Huyện uỷ"), "dang bo huyen uy");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if canonical_combining_class(c) != 0 {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The five tones (sắc, huyền, hỏi, ngã, nặng) of the vowels that take part.
const TONED: [(char, [char; 5]); 10] = [
    ('a', ['á', 'à', 'ả', 'ã', 'ạ']),
    ('e', ['é', 'è', 'ẻ', 'ẽ', 'ẹ']),
    ('y', ['ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ']),
    ('o', ['ó', 'ò', 'ỏ', 'õ', 'ọ']),
    ('u', ['ú', 'ù', 'ủ', 'ũ', 'ụ']),
    ('A', ['Á', 'À', 'Ả', 'Ã', 'Ạ']),
    ('E', ['É', 'È', 'Ẻ', 'Ẽ', 'Ẹ']),
    ('Y', ['Ý', 'Ỳ', 'Ỷ', 'Ỹ', 'Ỵ']),
    ('O', ['Ó', 'Ò', 'Ỏ', 'Õ', 'Ọ']),
    ('U', ['Ú', 'Ù', 'Ủ', 'Ũ', 'Ụ']),
];

/// A toned vowel as (plain vowel, tone index).
fn untone(c: char) -> Option<(char, usize)> {
    TONED
        .iter()
        .find_map(|(base, tones)| tones.iter().position(|&t| t == c).map(|k| (*base, k)))
}

fn tone(base: char, k: usize) -> Option<char> {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .and_then(|(_, tones)| tones.get(k).copied())
}

fn is_vowel(c: char) -> bool {
    c.nfd()
        .next()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// The traditional spelling of a syllable's final two letters `v1 v2`, when
/// they are an open "oa", "oe" or "uy" with the tone on `v2`; `before` is the
/// letter before them in the syllable.
fn moved(before: Option<char>, v1: char, v2: char) -> Option<(char, char)> {
    let (b2, k) = untone(v2)?;
    let pair = (v1.to_ascii_lowercase(), b2.to_ascii_lowercase());
    if !matches!(pair, ('o', 'a' | 'e') | ('u', 'y')) {
        return None;
    }
    if let Some(b) = before {
        if is_vowel(b) || (pair.0 == 'u' && matches!(b, 'q' | 'Q')) {
            return None;
        }
    }
    Some((tone(v1, k)?, b2))
}

/// The text with the tones of open "oa", "oe", "uy" moved; `None` if none moves.
fn place_tones(t: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut run_len = 0usize;
    let mut tainted = false;
    // The last three letters of the current run, the newest last; with the
    // byte offset of the second newest.
    let mut third: Option<char> = None;
    let mut second: Option<(usize, char)> = None;
    let mut last: Option<char> = None;
    for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
        let mark = i < t.len() && is_mark(c);
        let letter = is_letter(c);
        if i < t.len() && (mark || letter) {
            tainted |= mark;
            run_len += 1;
            third = second.map(|(_, s)| s);
            second = last.map(|l| (i - l.len_utf8(), l));
            last = Some(c);
            continue;
        }
        if run_len >= 2 && !tainted {
            if let (Some((pos, v1)), Some(v2)) = (second, last) {
                if let Some((a, b)) = moved(if run_len > 2 { third } else { None }, v1, v2) {
                    let o = out.get_or_insert_with(|| String::with_capacity(t.len()));
                    o.push_str(&t[copied..pos]);
                    o.push(a);
                    o.push(b);
                    copied = i;
                }
            }
        }
        run_len = 0;
        tainted = false;
        third = None;
        second = None;
        last = None;
    }
    out.map(|mut o| {
        o.push_str(&t[copied..]);
        o
    })
}
