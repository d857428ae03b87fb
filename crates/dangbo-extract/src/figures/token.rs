//! Words, numbers and marks of a body, with their byte spans.
//!
//! The lexer walks the text once, char by char, so every span sits on char
//! boundaries. Words carry a lookup key: lower-cased, with the newer tone
//! placement of an open final syllable ("hoá", "uỷ") moved back to the
//! traditional one ("hóa", "ủy") and "tỉ" read as "tỷ", so that one table of
//! cue words matches both spellings.

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
pub(super) struct Token {
    /// What it is.
    pub kind: Kind,
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset just after its last char.
    pub end: usize,
    /// No space between this token and the one before.
    pub glued: bool,
    /// The lookup key of a word; the text of a number; empty otherwise.
    pub key: String,
}

impl Token {
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
    pub fn new(text: &'a str) -> Lexer<'a> {
        Lexer {
            text,
            pos: 0,
            glued: false,
        }
    }

    fn peek(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }
}

fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0}'..='\u{7f}' | '×' | '÷' => false,
        // Latin-1, Latin Extended-A/B and Latin Extended Additional: every
        // Vietnamese letter, checked without the general table.
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Lower-cases one char onto `out`, with fast paths for Vietnamese letters.
fn push_lower(out: &mut String, c: char) {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => char::from_u32(code + 0x20),
        0x61..=0x7a | 0xdf..=0xff | 0x103 | 0x111 | 0x129 | 0x169 | 0x1a1 | 0x1b0 => Some(c),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1a0 | 0x1af => char::from_u32(code + 1),
        0x1ea0..=0x1ef9 => char::from_u32(code | 1),
        _ if c.is_ascii() => Some(c),
        _ => None,
    };
    match lower {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            let c = self.peek(self.pos)?;
            let start = self.pos;
            let glued = self.glued;
            self.glued = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                self.pos += c.len_utf8();
                self.glued = false;
                return Some(Token {
                    kind: Kind::Break,
                    start,
                    end: self.pos,
                    glued,
                    key: String::new(),
                });
            }
            if c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}' {
                self.pos += c.len_utf8();
                self.glued = false;
                continue;
            }
            if c.is_ascii_digit() {
                let end = self.scan_number(start);
                self.pos = end;
                return Some(Token {
                    kind: Kind::Number,
                    start,
                    end,
                    glued,
                    key: self.text.get(start..end).unwrap_or("").to_owned(),
                });
            }
            if is_letter(c) {
                let mut end = start;
                while let Some(ch) = self.peek(end) {
                    if is_letter(ch) || is_combining(ch) {
                        end += ch.len_utf8();
                    } else {
                        break;
                    }
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
                return Some(Token {
                    kind: Kind::Word,
                    start,
                    end,
                    glued,
                    key: key(text),
                });
            }
            self.pos += c.len_utf8();
            let spaced_after = self.peek(self.pos).is_none_or(char::is_whitespace);
            let kind = match c {
                '.' if spaced_after => Kind::Stop,
                '!' | '?' | '…' => Kind::Stop,
                _ => Kind::Mark(c),
            };
            return Some(Token {
                kind,
                start,
                end: self.pos,
                glued,
                key: String::new(),
            });
        }
    }
}

impl Lexer<'_> {
    /// The end of a number starting at `start`: digits, with `.` or `,`
    /// between digits. Very long runs stop at 64 bytes, so one token never
    /// holds a whole line of digits.
    fn scan_number(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
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
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}

/// The lookup key of a word.
pub(super) fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        push_lower(&mut out, c);
    }
    if out == "tỉ" {
        return "tỷ".to_owned();
    }
    // Newer tone placement on an open final syllable: "hoá" → "hóa", "uỷ" → "ủy".
    let mut rev = out.char_indices().rev();
    if let (Some((_, b)), Some((at, a))) = (rev.next(), rev.next()) {
        let before_q = rev.next().is_some_and(|(_, c)| c == 'q');
        let moved = match (a, b) {
            ('o', t) => tone_of(t, 'a')
                .or_else(|| tone_of(t, 'e'))
                .map(|tone| (with_tone('o', tone), base_of(t))),
            ('u', t) if !before_q => tone_of(t, 'y').map(|tone| (with_tone('u', tone), 'y')),
            _ => None,
        };
        if let Some((Some(first), second)) = moved {
            out.truncate(at);
            out.push(first);
            out.push(second);
        }
    }
    out
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
