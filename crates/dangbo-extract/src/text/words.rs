//! Words, sentences and white space: byte-offset helpers every finder uses.

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
            // U+1E80..U+1EFF (most Vietnamese letters with two marks).
            0xE1 if matches!(bytes.get(i + 1), Some(0xBA | 0xBB)) => (false, 3),
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

/// `words_from(s, from).take_while(|w| w.end <= to).take(cap)`, collected
/// in one pass over the bytes (ASCII read directly, other characters decoded
/// in place).
pub(crate) fn words_upto(s: &str, from: usize, to: usize, cap: usize) -> Vec<Word> {
    let bytes = s.as_bytes();
    let span = to.min(s.len()).saturating_sub(from);
    let mut out = Vec::with_capacity((span / 5).min(cap).min(4096));
    if !s.is_char_boundary(from) {
        return out;
    }
    let mut start: Option<usize> = None;
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        let (word, len) = match b {
            0..0x80 => (b.is_ascii_alphanumeric(), 1),
            // U+00C0..U+024F: letters, but for "×" and "÷".
            0xC3..=0xC9 => (
                !(b == 0xC3 && matches!(bytes.get(at + 1), Some(0x97 | 0xB7))),
                2,
            ),
            // U+1EA0..U+1EF9 (Vietnamese letters with two marks): E1 BA A0..E1 BB B9.
            0xE1 if matches!(
                (bytes.get(at + 1), bytes.get(at + 2)),
                (Some(0xBA), Some(0xA0..=0xBF)) | (Some(0xBB), Some(0x80..=0xB9))
            ) =>
            {
                (true, 3)
            }
            _ => {
                let c = char_at(s, at).unwrap_or('\u{fffd}');
                (is_word_char(c), c.len_utf8())
            }
        };
        if word {
            if start.is_none() {
                if at >= to || out.len() == cap {
                    return out;
                }
                start = Some(at);
            }
        } else if let Some(st) = start.take() {
            if at > to {
                return out;
            }
            out.push(Word { start: st, end: at });
        }
        at += len;
    }
    if let Some(st) = start {
        if s.len() <= to && out.len() < cap {
            out.push(Word {
                start: st,
                end: s.len(),
            });
        }
    }
    out
}

/// The char starting at byte `at` of `text` (a char boundary), if any.
#[inline]
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
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
    // Most words start with an ASCII character other than a capital.
    if word
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return false;
    }
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

/// Runs of white space made one space, the ends trimmed: what
/// `split_whitespace` joined by single spaces gives, without the list of
/// pieces, and a plain copy when the text is already squashed.
pub(crate) fn squash(text: &str) -> String {
    // Already squashed (the common case): no white space but single ASCII
    // spaces inside. Other white space needs one of the bytes 0x09..0x0D,
    // 0xC2 (U+0085, U+00A0), 0xE1 0x9A (U+1680), 0xE2 (U+2000..U+205F) or
    // 0xE3 (U+3000).
    let bytes = text.as_bytes();
    let plain = bytes.first().is_none_or(|&b| b != b' ')
        && bytes.last().is_none_or(|&b| b != b' ')
        && !bytes.windows(2).any(|w| {
            w == b"  "
                || (w[0] == 0xE1 && w[1] == 0x9A)
                || matches!(w[0], 0x09..=0x0D | 0xC2 | 0xE2 | 0xE3)
        })
        && !bytes
            .last()
            .is_some_and(|&b| matches!(b, 0x09..=0x0D | 0xC2 | 0xE2 | 0xE3));
    if plain {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
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

/// Whether a folded word is a unit's abbreviation written with a dot
/// ("TP. Thủ Đức", "TX. Ba Đồn", "TT.", "Q. 1", "P. 3"): that dot ends no
/// sentence, clause or title.
pub(crate) fn is_unit_abbreviation(key: &str) -> bool {
    matches!(key, "tp" | "tx" | "tt" | "q" | "p")
}

/// Whether a sentence left open at the end of `prev` goes on at the start of
/// the next line `next` (a paragraph wrapped by a hard line break): `prev`
/// has no closing stop, and `next` starts in lower case, or after a comma or
/// a word no sentence ends with ("của", "đồng chí"), or with a number after a
/// word that takes one ("tăng\n 14,7%").
pub(crate) fn line_goes_on(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    if prev.is_empty() || prev.ends_with(['.', '!', '?', '…', ':', ';', '|']) {
        return false;
    }
    let Some(first) = next
        .trim_start_matches([' ', '\t', '\u{a0}'])
        .chars()
        .next()
    else {
        return false;
    };
    // A line never opens on "%" or ")": "đạt 58,4\n% kế hoạch".
    if first.is_lowercase() || matches!(first, '%' | ')') {
        return true;
    }
    let last = prev.rsplit([' ', '\t', '\n']).next().unwrap_or("");
    // A comma, or a word no sentence ends with, leaves it open whatever
    // follows ("Đồng chí Nguyễn Thị Lan,\n Ủy viên …", "có đồng chí\n Lê …").
    if first.is_alphanumeric()
        && (prev.ends_with(',')
            || matches!(
                last,
                "chí"
                    | "của"
                    | "và"
                    | "có"
                    | "các"
                    | "tại"
                    | "với"
                    | "cho"
                    | "về"
                    | "do"
                    | "theo"
                    | "gồm"
                    | "những"
                    | "ông"
                    | "bà"
            ))
    {
        return true;
    }
    first.is_ascii_digit()
        && matches!(
            last,
            "tăng"
                | "giảm"
                | "đạt"
                | "được"
                | "là"
                | "bằng"
                | "chiếm"
                | "còn"
                | "vượt"
                | "có"
                | "khoảng"
                | "trên"
                | "hơn"
                | "gần"
                | "thu"
                | "với"
                | "và"
                | "từ"
                | "lên"
                | "xuống"
        )
}

/// Sentences of `s` as byte ranges: split at ".", "!", "?" followed by a
/// space and an upper-case letter or a line end, and at line breaks but those
/// inside a wrapped sentence ([`line_goes_on`]). Dots in
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
            b'\n' if !line_goes_on(&s[start..i], &s[i + 1..]) => Some(i + 1),
            b'\n' => None,
            _ if byte == b'.' && abbreviation_before(s, i) => None,
            b'.' if glued_stop(s, i) => Some(i + 1),
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

/// Whether the dot at byte `dot` ends a sentence glued to the next one, as
/// careless typing leaves it: "… dự toán tỉnh giao.Doanh thu du lịch …",
/// "… xã cũ.5/8 chỉ tiêu …" — a small letter before it, a capital or a
/// digit right after ("TP.HCM", "1.250" and "v.v." are not).
pub(crate) fn glued_stop(s: &str, dot: usize) -> bool {
    let before = s[..dot].chars().next_back();
    let after = s.get(dot + 1..).and_then(|r| r.chars().next());
    before.is_some_and(char::is_lowercase)
        && after.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether the dot at byte `dot` closes "TP" or "TX" ("TP. Hồ Chí Minh",
/// "Tx. Ba Đồn"): a unit's abbreviation, which ends no sentence. Cheap: the
/// two bytes before it and one before them.
pub(crate) fn unit_dot(s: &str, dot: usize) -> bool {
    let bytes = s.as_bytes();
    dot >= 2
        && matches!(
            (bytes[dot - 2], bytes[dot - 1]),
            (b'T', b'P' | b'p' | b'X' | b'x')
        )
        && (dot == 2 || !bytes[dot - 3].is_ascii_alphanumeric() && bytes[dot - 3] < 0x80)
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
