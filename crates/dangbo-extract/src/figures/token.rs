//! Words, numbers and marks of a body, with their byte spans.
//!
//! The lexer walks the text once, char by char, so every span sits on char
//! boundaries. Words carry a lookup key ([`key`](mod@super::key)): lower-cased,
//! with the newer tone placement of an open final syllable ("hoá", "uỷ")
//! moved back to the traditional one ("hóa", "ủy") and "tỉ" read as "tỷ", so
//! that one table of cue words matches both spellings.

use std::borrow::Cow;

use super::key::{is_lower, is_own_key};
pub(super) use super::key::{key, key_into, key_of};

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

pub(super) use crate::text::char_at;

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

/// Whether a char ends a line (a `Break`).
pub(super) fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}'
}

/// Whether the line break at byte `at` (a '\n' or the '\r' of "\r\n") only
/// wraps a sentence that goes on ([`crate::text::line_goes_on`]): then it
/// is a blank, not a `Break`.
pub(super) fn wraps(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let after = match bytes.get(at) {
        Some(b'\n') => at + 1,
        Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => at + 2,
        _ => return false,
    };
    crate::text::line_goes_on(&text[..at], &text[after..])
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
            if is_line_break(c) && !wraps(self.text, start) {
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
                '.' if (spaced_after && !crate::text::unit_dot(self.text, start))
                    || crate::text::glued_stop(self.text, start) =>
                {
                    Kind::Stop
                }
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
        // "22,4 phần trăm": the percent sign in words, after a number.
        if word == "phần" {
            if let Some(stop) = percent_in_words(self.text, start, end) {
                self.pos = stop;
                return (
                    Token {
                        kind: Kind::Mark('%'),
                        start,
                        end: stop,
                        glued,
                        key: Cow::Borrowed(""),
                    },
                    false,
                );
            }
        }
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

/// After "phần" at `start..end`: the end of "phần trăm" when a number comes
/// right before it.
fn percent_in_words(text: &str, start: usize, end: usize) -> Option<usize> {
    let after = text.get(end..)?.strip_prefix(' ')?.strip_prefix("trăm")?;
    let stop = end + 1 + "trăm".len();
    let boundary = !after.chars().next().is_some_and(is_letter);
    let number_before = text[..start]
        .trim_end_matches(' ')
        .ends_with(|c: char| c.is_ascii_digit());
    (boundary && number_before).then_some(stop)
}

/// The end of a number starting at `start`: digits, with `.` or `,`
/// between digits, or groups of three digits after a space or a no-break
/// space ("1 250 tỷ đồng", as some bulletins print thousands). Very long runs
/// stop at 64 bytes, so one token never holds a whole line of digits.
pub(super) fn scan_number(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    // Digits since the start or the last separator; whether only spaces
    // have separated groups so far.
    let mut group = 0;
    let mut spaced = true;
    while end < bytes.len() && end - start < 64 {
        let b = bytes[end];
        let separator = (b == b'.' || b == b',')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            && end > start;
        if b.is_ascii_digit() {
            end += 1;
            group += 1;
        } else if separator {
            end += 1;
            group = 0;
            spaced = false;
        } else if let Some(width) = spaced_group(bytes, end)
            .filter(|_| spaced && (1..=3).contains(&group) && (end - start == group || group == 3))
        {
            end += width;
            group = 3;
        } else {
            break;
        }
    }
    end
}

/// At `at`, a space, a no-break space, a narrow no-break space (U+202F) or a
/// thin space (U+2009) then exactly three digits (no digit after them): the
/// bytes of the space and the digits.
fn spaced_group(bytes: &[u8], at: usize) -> Option<usize> {
    let space = match bytes.get(at..)? {
        [b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0xAF | 0x89, ..] => 3,
        _ => return None,
    };
    let digits = bytes.get(at + space..at + space + 3)?;
    (digits.iter().all(u8::is_ascii_digit)
        && !bytes.get(at + space + 3).is_some_and(u8::is_ascii_digit))
    .then_some(space + 3)
}

/// Whether a char is a combining mark (it continues a word).
pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
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
    fn general_punctuation_has_no_letter() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphabetic(), "{c:?}");
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
    fn percent_in_words() {
        let toks = kinds("đạt 22,4 phần trăm kế hoạch; phần trăm số hộ");
        assert_eq!(toks[2], (Kind::Mark('%'), "phần trăm".to_owned()));
        assert_eq!(toks[3].0, Kind::Word);
        assert_eq!(toks[6], (Kind::Word, "phần".to_owned()));
    }

    #[test]
    fn thousands_after_spaces() {
        let toks = kinds("đạt 1 250 tỷ, 12 500 000 đồng, 1\u{a0}250,5 ha");
        assert_eq!(toks[1], (Kind::Number, "1 250".to_owned()));
        assert_eq!(toks[4], (Kind::Number, "12 500 000".to_owned()));
        assert_eq!(toks[7], (Kind::Number, "1\u{a0}250,5".to_owned()));
        assert_eq!(
            kinds("đạt 38\u{202f}625 tỷ")[1],
            (Kind::Number, "38\u{202f}625".to_owned())
        );
        // Not a group of three, or a year before a number.
        let toks = kinds("năm 2023 250 hộ; 15 1000 người; 3 25 xã");
        assert_eq!(toks[1], (Kind::Number, "2023".to_owned()));
        assert_eq!(toks[2], (Kind::Number, "250".to_owned()));
        assert_eq!(toks[5], (Kind::Number, "15".to_owned()));
        assert_eq!(toks[9], (Kind::Number, "3".to_owned()));
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
        // "TP. Hồ Chí Minh", "Tx. Ba Đồn": a unit's dot, spaced.
        let toks = kinds("của TP. Hồ Chí Minh đạt 1,39%. Xong");
        assert_eq!(toks[2].0, Kind::Mark('.'));
        assert_eq!(toks[9].0, Kind::Stop);
        assert_eq!(kinds("Tx. Ba Đồn")[1].0, Kind::Mark('.'));
        assert_eq!(kinds("đạt 12 TTP. Xong")[3].0, Kind::Stop);
    }
}
