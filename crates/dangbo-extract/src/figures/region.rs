//! The sentences of a body found with one pass over its bytes, before any
//! tokenizing: they end exactly where the lexer gives a `Stop` or a `Break`
//! ('.' before a space, '!', '?', '…', a line break). Each region says whether
//! it holds a digit, so that sentences with no number at all are not read.

use super::token::{char_at, is_blank, Kind};

/// One sentence of the body, with the mark that ends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Region {
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset of the mark that ends it (or of the end of the body).
    pub end: usize,
    /// What ends it: `Stop`, `Break`, or `None` at the end of the body.
    pub stop: Option<Kind>,
    /// Whether it holds an ASCII digit.
    pub digits: bool,
}

impl Region {
    /// Whether the region may hold a number: a digit, or a scale word that a
    /// number in words stands before ("năm trăm tỷ đồng").
    pub fn may_hold_a_number(&self, body: &str) -> bool {
        self.digits || body.get(self.start..self.end).is_some_and(has_scale_word)
    }

    /// Whether the last token of the region is a colon (the head of a list).
    pub fn ends_with_colon(&self, body: &str) -> bool {
        body.get(self.start..self.end)
            .is_some_and(|t| t.trim_end_matches(is_blank).ends_with(':'))
    }
}

/// Whether `text` holds a spelling whose key is a scale word (see
/// `number::is_scale`): "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm" with
/// their letters in either case, anywhere. Each has one letter outside
/// ASCII: found by its first byte, then checked in place.
pub(super) fn has_scale_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    let before = |at: usize, word: &[u8]| {
        at.checked_sub(word.len())
            .is_some_and(|from| bytes[from..at].eq_ignore_ascii_case(word))
    };
    let then = |at: usize, c: u8| bytes.get(at).is_some_and(|b| b.to_ascii_lowercase() == c);
    // Those bytes are too common in Vietnamese for memchr3 to pay: a plain loop.
    (0..bytes.len()).any(|p| {
        matches!(bytes[p], 0xc3 | 0xc4 | 0xe1)
            && match (bytes.get(p), bytes.get(p + 1), bytes.get(p + 2)) {
                // ì, Ì: "nghìn"; à, À: "ngàn".
                (Some(0xc3), Some(0xac | 0x8c), _) => before(p, b"ngh") && then(p + 2, b'n'),
                (Some(0xc3), Some(0xa0 | 0x80), _) => before(p, b"ng") && then(p + 2, b'n'),
                // ă, Ă: "trăm".
                (Some(0xc4), Some(0x83 | 0x82), _) => before(p, b"tr") && then(p + 2, b'm'),
                // ệ, Ệ: "triệu"; ỷ, Ỷ, ỉ, Ỉ: "tỷ", "tỉ".
                (Some(0xe1), Some(0xbb), Some(0x87 | 0x86)) => {
                    before(p, b"tri") && then(p + 3, b'u')
                }
                (Some(0xe1), Some(0xbb), Some(0xb7 | 0xb6 | 0x89 | 0x88)) => before(p, b"t"),
                _ => false,
            }
    })
}

/// The regions of a body, in order.
pub(super) struct Regions<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Regions<'a> {
    /// The regions of `text`.
    pub fn new(text: &'a str) -> Regions<'a> {
        Regions { text, pos: 0 }
    }
}

impl Iterator for Regions<'_> {
    type Item = Region;

    fn next(&mut self) -> Option<Region> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        if start >= bytes.len() {
            return None;
        }
        let mut digits = false;
        let mut i = start;
        while i < bytes.len() {
            // Sixteen bytes at a time while none can end a sentence.
            if let Some(chunk) = bytes
                .get(i..i + CHUNK)
                .and_then(|c| <&[u8; CHUNK]>::try_from(c).ok())
            {
                let (special, digit) = scan_chunk(chunk);
                if !special {
                    digits |= digit;
                    i += CHUNK;
                    continue;
                }
            }
            let end = (i + CHUNK).min(bytes.len());
            while i < end {
                if let Some((stop, width)) = self.stop_at(i) {
                    self.pos = i + width;
                    return Some(Region {
                        start,
                        end: i,
                        stop: Some(stop),
                        digits,
                    });
                }
                digits |= bytes[i].is_ascii_digit();
                i += 1;
            }
        }
        self.pos = bytes.len();
        Some(Region {
            start,
            end: bytes.len(),
            stop: None,
            digits,
        })
    }
}

/// Bytes read at a time in the search for the end of a sentence.
const CHUNK: usize = 16;

/// Whether a chunk holds a byte that may start the mark that ends a
/// sentence, and whether it holds a digit (written for the compiler to
/// compare all the bytes at once).
#[inline]
fn scan_chunk(chunk: &[u8; CHUNK]) -> (bool, bool) {
    let mut special = 0u8;
    let mut digit = 0u8;
    for &b in chunk {
        special |= u8::from(b == b'.')
            | u8::from(b == b'!')
            | u8::from(b == b'?')
            | u8::from(b == b'\n')
            | u8::from(b == b'\r')
            | u8::from(b == 0xe2);
        digit |= u8::from(b.wrapping_sub(b'0') < 10);
    }
    (special != 0, digit != 0)
}

impl Regions<'_> {
    /// The end of a sentence at byte `i`: what it is and its width.
    fn stop_at(&self, i: usize) -> Option<(Kind, usize)> {
        let bytes = self.text.as_bytes();
        match bytes[i] {
            b'\n' | b'\r' if !super::token::wraps(self.text, i) => Some((Kind::Break, 1)),
            b'!' | b'?' => Some((Kind::Stop, 1)),
            b'.' if (char_at(self.text, i + 1).is_none_or(char::is_whitespace)
                && !crate::text::unit_dot(self.text, i))
                || crate::text::glued_stop(self.text, i) =>
            {
                Some((Kind::Stop, 1))
            }
            // '…' (U+2026), and the line and paragraph separators (U+2028, U+2029).
            0xe2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0xa6) => Some((Kind::Stop, 3)),
                Some(0xa8 | 0xa9) => Some((Kind::Break, 3)),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Whether the line starting at `start` is a short sub-heading in capitals:
/// letters, none of them small, within 200 bytes.
pub(super) fn capitals_heading(body: &str, start: usize) -> bool {
    let rest = &body[start..];
    let line = &rest[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())];
    line.len() <= 200
        && line.chars().filter(|c| c.is_alphabetic()).nth(5).is_some()
        && !line.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    /// The ends of sentences as the lexer gives them.
    fn lexer_stops(text: &str) -> Vec<(usize, Kind)> {
        Lexer::new(text)
            .filter(|t| matches!(t.kind, Kind::Stop | Kind::Break))
            .map(|t| (t.start, t.kind))
            .collect()
    }

    fn region_stops(text: &str) -> Vec<(usize, Kind)> {
        Regions::new(text)
            .filter_map(|r| r.stop.map(|k| (r.end, k)))
            .collect()
    }

    #[test]
    fn regions_end_where_the_lexer_stops() {
        for text in [
            "Thu ngân sách đạt 1.234,5 tỷ đồng. Tăng 12%!\nHết…",
            "TP.HCM. Xong",
            "a.\u{a0}b.\u{2028}c\r\nd?e.",
            "12.\n1.2. 3,4.5.",
            "",
            ".",
            "x …",
            "\u{2029}\u{2026}\u{2020}",
            "thu ngân sách tăng\n  14,7% so với cùng kỳ\r\nnăm trước.\nHết",
        ] {
            assert_eq!(region_stops(text), lexer_stops(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn regions_agree_with_the_lexer(
            text in "([a.!?…\u{2026}\u{2028}\u{2029}\u{a0}\u{2020} \n\r\t0-9,:ĐÀ]|tăng\n){0,40}"
        ) {
            proptest::prop_assert_eq!(region_stops(&text), lexer_stops(&text));
        }
    }

    #[test]
    fn regions_cover_the_body() {
        let text = "Một. Hai 2!\n\nBa: ";
        let regions: Vec<Region> = Regions::new(text).collect();
        assert_eq!(regions.len(), 5);
        assert_eq!(regions[0].start, 0);
        assert!(regions[1].digits && !regions[0].digits);
        assert!(regions[4].ends_with_colon(text));
        assert_eq!(regions[4].stop, None);
    }

    /// Every spelling whose key is a scale word, for an automaton.
    fn scale_words_by_automaton(text: &str) -> bool {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "nghìn", "nghÌn", "ngàn", "ngÀn", "triệu", "triỆu", "tỷ", "tỶ", "tỉ", "tỈ", "trăm",
                "trĂm",
            ])
            .unwrap()
            .is_match(text)
    }

    proptest::proptest! {
        #[test]
        fn scale_words_as_an_automaton_finds_them(
            text in "(nghìn|NGHÌN|ngàn|NgÀn|triệu|TRIỆU|tỷ|TỶ|tỉ|Tỉ|trăm|TRĂM|[ngthirumNGT ]|à|ì|ă|ệ|ỷ|ỉ|đ|ạ){0,12}"
        ) {
            proptest::prop_assert_eq!(has_scale_word(&text), scale_words_by_automaton(&text));
        }
    }

    #[test]
    fn scale_words_in_any_case() {
        for text in ["năm TRĂM tỷ", "Hai Nghìn", "ba TỈ", "bốn triỆu"] {
            let r = Regions::new(text).next().unwrap();
            assert!(r.may_hold_a_number(text), "{text}");
        }
        let text = "Hội nghị bế mạc";
        assert!(!Regions::new(text).next().unwrap().may_hold_a_number(text));
    }
}
