//! Words, numbers and marks of a body, with their byte spans.
//!
//! The lexer walks the text once, char by char, so every span sits on char
//! boundaries. Words carry a lookup key: lower-cased, with the newer tone
//! placement of an open final syllable ("hoá", "uỷ") moved back to the
//! traditional one ("hóa", "ủy") and "tỉ" read as "tỷ", so that one table of
//! cue words matches both spellings.

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits with inner `.` or `,` between digits ("1.234,5").
    Number,
    /// Any other visible character ("%", ",", "/", "-", "(").
    Mark(char),
    /// The end of a sentence: ". " or "!", "?", "…".
    Stop,
    /// A line break.
    Break,
}

/// One token: its kind, span and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token<'a> {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset just after its last char.
    pub end: usize,
    /// No space between this token and the one before.
    pub glued: bool,
    /// The lookup key of a word; the text of a number; empty otherwise.
    /// Borrowed from the text when the word is its own key (most words).
    pub key: Cow<'a, str>,
}

impl Token<'_> {
    /// The lookup key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether this is the mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Mark(c)
    }

    /// Whether this is a dash of any width.
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Mark('-' | '–' | '—' | '‑'))
    }

    /// Whether the word starts with an upper-case letter in `body`.
    pub fn capitalised(&self, body: &str) -> bool {
        body.get(self.start..self.end)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
    }
}

/// The lexer: an iterator over the tokens of a text.
pub(super) struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    glued: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `text`.
    #[cfg(test)]
    pub fn new(text: &'a str) -> Lexer<'a> {
        Lexer {
            text,
            pos: 0,
            glued: false,
        }
    }

    /// A lexer at byte `pos` of `text` (a char boundary where a token may
    /// start), as if the tokens before had been read: `glued` tells whether
    /// the token before ends right there.
    pub fn at(text: &'a str, pos: usize, glued: bool) -> Lexer<'a> {
        Lexer { text, pos, glued }
    }

    fn peek(&self, at: usize) -> Option<char> {
        char_at(self.text, at)
    }
}

/// The char starting at byte `at` of `text` (a char boundary), if any.
#[inline]
pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    let bytes = text.as_bytes();
    let b0 = *bytes.get(at)?;
    if b0 < 0x80 {
        return Some(char::from(b0));
    }
    let cont = |k: usize| bytes.get(at + k).map_or(0, |b| u32::from(b & 0x3f));
    let code = if b0 < 0xe0 {
        (u32::from(b0 & 0x1f) << 6) | cont(1)
    } else if b0 < 0xf0 {
        (u32::from(b0 & 0x0f) << 12) | (cont(1) << 6) | cont(2)
    } else {
        (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3)
    };
    char::from_u32(code)
}

/// Whether a char starts or continues a word.
pub(super) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        // ASCII but letters; General Punctuation (quotes, dashes, ellipsis).
        '\u{0}'..='\u{7f}' | '×' | '÷' | '\u{2000}'..='\u{206f}' => false,
        // Latin-1, Latin Extended-A/B and Latin Extended Additional: every
        // Vietnamese letter, checked without the general table.
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic(),
    }
}

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
fn is_lower(text: &str) -> bool {
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

/// Whether a char ends a line (a `Break`).
pub(super) fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}'
}

/// Chars the lexer passes over between tokens.
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}'
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let (mut t, computed) = self.next_raw()?;
        if computed {
            t.key = Cow::Owned(key(&t.key));
        }
        Some(t)
    }
}

impl<'a> Lexer<'a> {
    /// The next token, and whether its key is still to be computed: the key
    /// then holds the word as written (see [`key_into`]).
    pub fn next_raw(&mut self) -> Option<(Token<'a>, bool)> {
        let bytes = self.text.as_bytes();
        loop {
            let start = self.pos;
            let b = *bytes.get(start)?;
            // ASCII blanks other than line breaks: the common case first.
            if b == b' ' || (b < 0x20 && b != b'\n' && b != b'\r') || b == 0x7f {
                self.pos += 1;
                self.glued = false;
                continue;
            }
            let glued = self.glued;
            self.glued = true;
            if b.is_ascii_lowercase() {
                return Some(self.word(start, glued));
            }
            let c = self.peek(start)?;
            if is_line_break(c) {
                self.pos += c.len_utf8();
                self.glued = false;
                return Some((
                    Token {
                        kind: Kind::Break,
                        start,
                        end: self.pos,
                        glued,
                        key: Cow::Borrowed(""),
                    },
                    false,
                ));
            }
            if is_blank(c) {
                self.pos += c.len_utf8();
                self.glued = false;
                continue;
            }
            if c.is_ascii_digit() {
                let end = self.scan_number(start);
                self.pos = end;
                return Some((
                    Token {
                        kind: Kind::Number,
                        start,
                        end,
                        glued,
                        key: Cow::Borrowed(self.text.get(start..end).unwrap_or("")),
                    },
                    false,
                ));
            }
            if is_letter(c) {
                return Some(self.word(start, glued));
            }
            self.pos += c.len_utf8();
            let spaced_after = self.peek(self.pos).is_none_or(char::is_whitespace);
            let kind = match c {
                '.' if spaced_after => Kind::Stop,
                '!' | '?' | '…' => Kind::Stop,
                _ => Kind::Mark(c),
            };
            return Some((
                Token {
                    kind,
                    start,
                    end: self.pos,
                    glued,
                    key: Cow::Borrowed(""),
                },
                false,
            ));
        }
    }
}

impl<'a> Lexer<'a> {
    /// The word starting at `start` (a letter).
    fn word(&mut self, start: usize, glued: bool) -> (Token<'a>, bool) {
        let bytes = self.text.as_bytes();
        let mut end = start;
        // Whether every char is a lower-case ASCII letter (the word is then
        // its own key).
        let mut plain = true;
        while let Some(&b) = bytes.get(end) {
            if b.is_ascii_lowercase() {
                end += 1;
                continue;
            }
            if b.is_ascii_uppercase() {
                plain = false;
                end += 1;
                continue;
            }
            let width = match b {
                0x00..=0x7f => break,
                // U+00C0..U+023F: letters but '×' and '÷'.
                0xc3 if matches!(bytes.get(end + 1), Some(0x97 | 0xb7)) => break,
                0xc3..=0xc8 => 2,
                // U+1E00..U+1EFF: Latin Extended Additional, every Vietnamese letter.
                0xe1 if matches!(bytes.get(end + 1), Some(0xb8..=0xbb)) => 3,
                _ => match self.peek(end) {
                    Some(ch) if is_letter(ch) || is_combining(ch) => ch.len_utf8(),
                    _ => break,
                },
            };
            plain = false;
            end += width;
        }
        // "m2", "km2", "m3": square and cubic units keep their digit.
        let word = self.text.get(start..end).unwrap_or("");
        if matches!(word, "m" | "km" | "M" | "Km") {
            if let Some(d @ ('2' | '3' | '²' | '³')) = self.peek(end) {
                let after = self.peek(end + d.len_utf8());
                if !after.is_some_and(|a| a.is_ascii_digit() || is_letter(a)) {
                    end += d.len_utf8();
                }
            }
        }
        self.pos = end;
        let text = self.text.get(start..end).unwrap_or("");
        let own = plain || (is_lower(text) && is_own_key(text));
        (
            Token {
                kind: Kind::Word,
                start,
                end,
                glued,
                key: Cow::Borrowed(text),
            },
            !own,
        )
    }

    fn scan_number(&self, start: usize) -> usize {
        scan_number(self.text, start)
    }
}

/// The end of a number starting at `start`: digits, with `.` or `,`
/// between digits. Very long runs stop at 64 bytes, so one token never
/// holds a whole line of digits.
pub(super) fn scan_number(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && end - start < 64 {
        let b = bytes[end];
        let separator = (b == b'.' || b == b',')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            && end > start;
        if b.is_ascii_digit() || separator {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// Whether a char is a combining mark (it continues a word).
pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
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
fn is_own_key(lower: &str) -> bool {
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
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        Lexer::new(text)
            .map(|t| (t.kind, text[t.start..t.end].to_owned()))
            .collect()
    }

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
    fn general_punctuation_has_no_letter() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphabetic(), "{c:?}");
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

    proptest::proptest! {
        #[test]
        fn every_word_has_its_key(
            text in "[a-zA-Z2²àáảãạòóỏõọùúủũụýỳỷỹỵÀÁÓÒỶĂăĐđÂâ\u{301}×\u{2019}qQoOuU ]{0,30}"
        ) {
            for t in Lexer::new(&text).filter(|t| t.kind == Kind::Word) {
                proptest::prop_assert_eq!(&*t.key, key(&text[t.start..t.end]));
            }
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

    #[test]
    fn chars_decode_as_the_standard_library_does() {
        let text = "aĐ ạ€😀\u{2028}x";
        for (at, c) in text.char_indices() {
            assert_eq!(char_at(text, at), Some(c));
        }
        assert_eq!(char_at(text, text.len()), None);
    }

    #[test]
    fn numbers_glue_and_split() {
        let toks = kinds("đạt13,04% và 1.234.567,8 tỷ.");
        assert_eq!(toks[0], (Kind::Word, "đạt".to_owned()));
        assert_eq!(toks[1], (Kind::Number, "13,04".to_owned()));
        assert_eq!(toks[2], (Kind::Mark('%'), "%".to_owned()));
        assert_eq!(toks[4], (Kind::Number, "1.234.567,8".to_owned()));
        assert_eq!(toks[6].0, Kind::Stop);
    }

    #[test]
    fn square_metres_keep_their_digit() {
        let toks = kinds("120m2 sàn, 5 km2");
        assert_eq!(toks[1], (Kind::Word, "m2".to_owned()));
        assert_eq!(toks[5], (Kind::Word, "km2".to_owned()));
    }

    #[test]
    fn dots_inside_abbreviations_are_marks() {
        let toks = kinds("TP.HCM. Xong");
        assert_eq!(toks[1].0, Kind::Mark('.'));
        assert_eq!(toks[3].0, Kind::Stop);
    }
}
