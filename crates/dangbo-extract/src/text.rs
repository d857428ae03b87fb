//! Text normalization and the word-level helpers every finder uses.
//!
//! The article is brought to NFC once (only when the quick check says it is
//! not NFC already). Matching then runs on a *folded* twin of the text: lower
//! case and one tone-mark placement ("uỷ" → "ủy", "khoá" → "khóa"), built so
//! that every character keeps its UTF-8 length. Byte offsets found in the
//! folded twin are therefore valid in the original, and every `text` field is
//! sliced from the original NFC text.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The text in NFC, borrowed when it already is (the common case), with a
/// leading byte-order mark removed.
pub(crate) fn nfc(text: &str) -> Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if dangbo::is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
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

/// `s.split_whitespace().take(cap).count()`, without building the pieces.
pub(crate) fn count_words_upto(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Only ASCII blanks and characters led by 0xC2 (U+0085, U+00A0),
        // 0xE1 (U+1680), 0xE2 (U+2000..) and 0xE3 (U+3000) can be white
        // space; other bytes, continuation bytes included, are word bytes.
        let (space, len) = match b {
            b' ' | b'\t'..=b'\r' => (true, 1),
            0xC2 | 0xE1..=0xE3 => s
                .get(i..)
                .and_then(|r| r.chars().next())
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
            _ => (false, 1),
        };
        if !space && !in_word {
            if n == cap {
                return n;
            }
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

/// Whether `c` can be part of a word. Vietnamese letters take a fast path.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c as u32 {
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1EA0..=0x1EF9 => true,
        0x2000..=0x206F => false,
        _ => c.is_alphanumeric(),
    }
}

/// Whether position `at` in `s` is at a word boundary on its left.
pub(crate) fn boundary_before(s: &str, at: usize) -> bool {
    s.get(..at)
        .and_then(|h| h.chars().next_back())
        .is_none_or(|c| !is_word_char(c))
}

/// Whether position `at` in `s` is at a word boundary on its right.
pub(crate) fn boundary_after(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|t| t.chars().next())
        .is_none_or(|c| !is_word_char(c))
}

/// One word (a run of word characters) with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

/// The words of `s` from byte `from`, in order, with the punctuation between
/// them available through the gaps.
pub(crate) fn words_from(s: &str, from: usize) -> impl Iterator<Item = Word> + '_ {
    let tail = s.get(from..).unwrap_or("");
    let mut iter = tail.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = iter.peek() {
            if is_word_char(c) {
                break;
            }
            iter.next();
        }
        let &(start, _) = iter.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = iter.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some(Word {
            start: from + start,
            end: from + end,
        })
    })
}

/// The words of `s` that end at or before byte `until`, last first.
pub(crate) fn words_back(s: &str, until: usize) -> impl Iterator<Item = Word> + '_ {
    let head = s.get(..until).unwrap_or("");
    let mut iter = head.char_indices().rev().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = iter.peek() {
            if is_word_char(c) {
                break;
            }
            iter.next();
        }
        let &(last, lc) = iter.peek()?;
        let end = last + lc.len_utf8();
        let mut start = last;
        while let Some(&(i, c)) = iter.peek() {
            if !is_word_char(c) {
                break;
            }
            start = i;
            iter.next();
        }
        Some(Word { start, end })
    })
}

/// Whether a word is capitalised the way a name syllable is: an upper-case
/// letter, then only lower-case letters.
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => chars.all(char::is_lowercase),
        _ => false,
    }
}

/// Whether a word is all upper-case letters (an acronym or an ALL-CAPS line).
pub(crate) fn is_all_caps(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && word.chars().any(char::is_uppercase)
}

/// "NGUYỄN VĂN AN" → "Nguyễn Văn An".
pub(crate) fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
    }
    out
}

/// Collapses runs of whitespace into one space and trims.
pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text trimmed of spaces and of the punctuation that hangs at clause ends.
pub(crate) fn trim_clause(text: &str) -> &str {
    text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—')
    })
}

/// The largest char boundary at or below `at`.
pub(crate) fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Sentences of `s` as byte ranges: split at ".", "!", "?" followed by a
/// space and an upper-case letter or a line end, and at line breaks. Dots in
/// numbers ("9.12"), and after unit abbreviations ("TP.", "TX.") do not split.
pub(crate) fn sentences(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    // The next "?" at or after `i` (memchr3 takes three bytes; "?" is rare).
    let mut question = memchr::memchr(b'?', bytes);
    loop {
        if question.is_some_and(|q| q < i) {
            question = bytes
                .get(i..)
                .and_then(|r| memchr::memchr(b'?', r))
                .map(|p| p + i);
        }
        let other = bytes
            .get(i..)
            .and_then(|r| memchr::memchr3(b'\n', b'.', b'!', r))
            .map(|p| p + i);
        let Some(at) = (match (other, question) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }) else {
            break;
        };
        i = at;
        let byte = bytes[i];
        let split = match byte {
            b'\n' => Some(i + 1),
            _ if byte == b'.' && abbreviation_before(s, i) => None,
            _ => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'.' | b'/' | b')' | b'"') {
                    j += 1;
                }
                let rest = &s[j..];
                let after_space = rest.trim_start_matches([' ', '\t', '\u{a0}']);
                let next = after_space.chars().next();
                let spaced = after_space.len() < rest.len();
                match next {
                    None | Some('\n' | '\r') => Some(j),
                    Some(c)
                        if spaced
                            && (c.is_uppercase()
                                || c == '('
                                || c == '"'
                                || c == '“'
                                || c.is_ascii_digit()) =>
                    {
                        Some(j)
                    }
                    _ => None,
                }
            }
        };
        if let Some(end) = split {
            if end > start {
                out.push((start, end));
            }
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push((start, s.len()));
    }
    out
}

/// Whether the dot at `dot` closes an abbreviation such as "TP." or "TX.".
fn abbreviation_before(s: &str, dot: usize) -> bool {
    let word = words_back(s, dot).next();
    let Some(w) = word else { return false };
    if w.end != dot {
        return false;
    }
    matches!(
        &s[w.start..w.end],
        "TP" | "Tp"
            | "tp"
            | "TX"
            | "Tx"
            | "tx"
            | "TT"
            | "Q"
            | "P"
            | "X"
            | "H"
            | "T"
            | "ThS"
            | "TS"
            | "PGS"
            | "GS"
            | "BS"
            | "Th"
            | "Đ"
            | "v"
            | "St"
            | "Ths"
            | "KS"
            | "CN"
            | "Nxb"
            | "NXB"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-at-a-time fold the fast one must agree with.
    fn fold_reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let c = lower(c);
            if c == 'o' || c == 'u' {
                if let Some(&next) = chars.peek() {
                    let next = lower(next);
                    let moved = if c == 'o' {
                        move_from_a_e(next)
                    } else {
                        move_from_y(next)
                    };
                    if let Some((toned, plain)) = moved {
                        let mut ahead = chars.clone();
                        ahead.next();
                        if ahead.peek().is_none_or(|a| !a.is_alphabetic()) {
                            chars.next();
                            out.push(toned);
                            out.push(plain);
                            continue;
                        }
                    }
                }
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn fast_fold_agrees_with_the_reference_on_the_corpus() {
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles"),
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/corpus/articles"
            ),
        ];
        let mut texts = vec![
            "UỶ BAN HOÁ oá Oé uỷ Uý, oáx, O\u{301}a, ủy-viên Ð ð Ω".to_string(),
            String::new(),
            "o".to_string(),
            "Ou".to_string(),
        ];
        for dir in dirs {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    texts.push(t);
                }
            }
        }
        assert!(texts.len() > 6, "no articles found");
        for t in &texts {
            assert_eq!(fold(t), fold_reference(t));
        }
    }

    #[test]
    fn word_counts_agree_with_split_whitespace() {
        for t in [
            "",
            " ",
            "a",
            " a b\tc\u{a0}d\u{3000} e ",
            "Huyện ủy  Cam Lộ\n họp",
        ] {
            for cap in [0, 1, 2, 3, 10] {
                assert_eq!(
                    count_words_upto(t, cap),
                    t.split_whitespace().take(cap).count(),
                    "{t:?} {cap}"
                );
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn fast_fold_and_word_count_agree_with_the_references(
            s in "([oOuU]?[aAeEyYáÁàảãạéÉèẻẹýÝỷỵ\u{300}\u{301} \u{a0}\u{2003}\u{85}\u{1680}Ðđ\n.!?x-]|\\PC){0,40}",
            cap in 0usize..12,
        ) {
            proptest::prop_assert_eq!(fold(&s), fold_reference(&s));
            proptest::prop_assert_eq!(count_words_upto(&s, cap), s.split_whitespace().take(cap).count());
        }
    }

    #[test]
    fn fold_keeps_length_and_unifies_tone_placement() {
        for (a, b) in [
            ("Thành uỷ", "Thành ủy"),
            ("khoá XXII", "khóa XXII"),
            ("Hoá", "Hóa"),
            ("Ủy Viên", "ủy viên"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} / {b}");
            assert_eq!(fold(a).len(), a.len());
        }
        assert_eq!(fold("huyện"), "huyện");
        assert_eq!(fold("HOÀN THÀNH"), "hoàn thành");
    }

    #[test]
    fn fast_lower_case_agrees_with_the_tables() {
        for c in ('\u{80}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}') {
            let mut it = c.to_lowercase();
            let table = match (it.next(), it.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            if c != 'Ð' && c != 'ð' {
                assert_eq!(lower(c), table, "{c:?}");
            }
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn sentences_do_not_split_numbers_or_abbreviations() {
        let s = "Ngày 9.12, TP. Tây Ninh họp. Hội nghị kết thúc.";
        let parts: Vec<&str> = sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            parts,
            vec!["Ngày 9.12, TP. Tây Ninh họp.", " Hội nghị kết thúc."]
        );
    }

    #[test]
    fn words_forward_and_back() {
        let s = "Bí thư, Huyện ủy";
        let w: Vec<&str> = words_from(s, 0).map(|w| &s[w.start..w.end]).collect();
        assert_eq!(w, vec!["Bí", "thư", "Huyện", "ủy"]);
        let b: Vec<&str> = words_back(s, s.len()).map(|w| &s[w.start..w.end]).collect();
        assert_eq!(b, vec!["ủy", "Huyện", "thư", "Bí"]);
    }
}
