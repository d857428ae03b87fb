//! Page furniture (PATTERNS.md §10): the lines around an article (menus,
//! stamps, counters, banners, share buttons, footers, markup) told apart
//! from text, line by line. `layout` cuts the article out with them.

use std::sync::LazyLock;

use crate::text::fold;

/// A line of the page: its trimmed byte range in the NFC text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Cues that end the article when a line starts with them (after the lead).
const CUT: &[&str] = &[
    "tổng số điểm của bài viết",
    "click để đánh giá",
    "ý kiến bạn đọc",
    "bạn đọc phản hồi",
    "bản đồ hành chính",
    "liên kết web",
    "thống kê truy cập",
    "tổng truy cập",
    "tin liên quan",
    "tin cùng dòng sự kiện",
    "tin cùng chuyên mục",
    "tin cùng chủ đề",
    "các tin khác",
    "các tin đã đưa",
    "tin khác",
    "tin mới",
    "tin đọc nhiều",
    "bài viết liên quan",
    "bài liên quan",
    "xem thêm",
    "viết bình luận",
    "gửi bình luận",
    "bình luận",
    "ý kiến của bạn",
    "gửi ý kiến",
    "email của bạn",
    "lưu ý:",
    "từ khóa",
    "tags",
    "tag:",
    "dòng sự kiện",
    "liên hệ quảng cáo",
    "quay lên trên",
    "intnumviewtotal",
    "các thông tin tiện ích",
    "nguồn tin:",
    "bạn đã không sử dụng site",
    "chia sẻ bài viết",
    "theo dõi",
    "đọc tiếp",
    "bài viết khác",
];

/// Cues of furniture lines anywhere (a line that starts with one is skipped).
const JUNK: &[&str] = &[
    "skip to main content",
    "view count",
    "lượt xem",
    "lượt đọc",
    "số lượt xem",
    "in bài này",
    "in bài viết",
    "xem với cỡ chữ",
    "font size",
    "cỡ chữ",
    "chế độ ban đêm",
    "in trang",
    "xuất pdf",
    "đọc nội dung",
    "truy cập nội dung luôn",
    "print",
    "banner",
    "tiếng việt",
    "english",
    "bạn đang ở",
    "chi tiết bài viết",
    "call +84",
    "hotline",
    "chia sẻ",
    "share",
    "tweet",
    "trang chủ",
    "quyết tâm thực hiện thắng lợi",
    "chào mừng kỷ niệm",
    "chào mừng đại hội",
    "nhiệt liệt chào mừng",
    "trực tiếp",
    "cập nhật lúc",
    "gmt+7",
    "a- a a+",
    "-a a +a",
    "a a",
];

/// Section labels: furniture when a short line starts with one.
const LABEL: &[&str] = &[
    "hoạt động đảng",
    "tin tức",
    "tin tức - sự kiện",
    "xây dựng đảng",
    "thời sự",
    "chính trị",
    "tin địa phương",
    "tin hoạt động",
    "sự kiện",
];

/// Cues of photo captions at the start of a short line.
const CAPTION: &[&str] = &[
    "quang cảnh",
    "toàn cảnh",
    "các đại biểu",
    "đại biểu",
    "ảnh:",
    "ảnh minh họa",
    "(ảnh",
    "hình ảnh",
    "lãnh đạo",
    "đồng chí",
    "đ/c",
];

fn automaton(words: &[&str]) -> Cues {
    Cues::new(words.iter().map(|w| fold(w)).collect())
}

static CUT_AC: LazyLock<Cues> = LazyLock::new(|| automaton(CUT));
static JUNK_AC: LazyLock<Cues> = LazyLock::new(|| automaton(JUNK));
static LABEL_AC: LazyLock<Cues> = LazyLock::new(|| automaton(LABEL));
pub(crate) static CAPTION_AC: LazyLock<Cues> = LazyLock::new(|| automaton(CAPTION));

/// Patterns matched at a given position (the longest one that starts
/// there, the first listed on a tie: an anchored leftmost-longest search),
/// for tests run at many positions. A bit table of the patterns' first two
/// bytes rejects most positions at once; the few patterns that share the
/// pair are then compared.
pub(crate) struct Cues {
    patterns: Vec<String>,
    /// Bit `b0 << 8 | b1` is set when a pattern starts with the bytes `b0 b1`.
    pairs: Box<[u64; 1024]>,
    /// Set bits in `pairs` before each of its words.
    rank: Box<[u16; 1024]>,
    /// The patterns of two bytes or more by their first two bytes: those of
    /// the k-th pair (in byte order) are `by_pair[groups[k]..groups[k + 1]]`,
    /// in list order, each with its first eight bytes (zero-padded, as a
    /// little-endian word) and the mask of those bytes.
    by_pair: Vec<(u64, u64, usize)>,
    groups: Vec<usize>,
    /// Patterns shorter than two bytes (compared at every position).
    short: Vec<usize>,
    /// A second sieve, on more bytes: bit `sieve(b0, b1, 0, 0)` is set for
    /// each two-byte pattern, `sieve(b0, b1, b2, 1)` for each three-byte
    /// one, `sieve(b0, b1, b2, b3)` for the longer ones (a hash: a set bit
    /// may be another's; a clear bit rules the length out).
    sieve: Box<[u64; SIEVE_WORDS]>,
}

const SIEVE_WORDS: usize = 256;

/// The bit of four bytes in [`Cues::sieve`].
#[inline]
fn sieve(b0: u8, b1: u8, b2: u8, b3: u8) -> usize {
    let x = u32::from_le_bytes([b0, b1, b2, b3]);
    (x.wrapping_mul(0x9E37_79B1) >> 18) as usize
}

/// Up to the first eight bytes of `b`, zero-padded, little-endian.
#[inline]
fn head8(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(buf)
}

/// A pattern found by [`Cues::at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

impl Hit {
    pub(crate) fn start(self) -> usize {
        self.start
    }
    pub(crate) fn end(self) -> usize {
        self.end
    }
    /// The index of the pattern in the list given to [`Cues::new`].
    pub(crate) fn pattern(self) -> usize {
        self.pattern
    }
}

impl Cues {
    pub(crate) fn new(patterns: Vec<String>) -> Cues {
        let mut pairs = Box::new([0u64; 1024]);
        let mut keyed = Vec::new();
        let mut short = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            match p.as_bytes() {
                [b0, b1, ..] => {
                    let pair = usize::from(*b0) << 8 | usize::from(*b1);
                    pairs[pair >> 6] |= 1 << (pair & 63);
                    keyed.push((pair, i));
                }
                _ => short.push(i),
            }
        }
        keyed.sort_unstable();
        let mut rank = Box::new([0u16; 1024]);
        let mut seen = 0u16;
        for (r, w) in rank.iter_mut().zip(pairs.iter()) {
            *r = seen;
            seen += w.count_ones() as u16;
        }
        let mut sieve_bits = Box::new([0u64; SIEVE_WORDS]);
        for p in &patterns {
            let bit = match *p.as_bytes() {
                [b0, b1] => sieve(b0, b1, 0, 0),
                [b0, b1, b2] => sieve(b0, b1, b2, 1),
                [b0, b1, b2, b3, ..] => sieve(b0, b1, b2, b3),
                _ => continue,
            };
            sieve_bits[bit >> 6] |= 1 << (bit & 63);
        }
        let mut groups = Vec::new();
        let mut by_pair = Vec::new();
        for (k, &(pair, i)) in keyed.iter().enumerate() {
            if k == 0 || keyed[k - 1].0 != pair {
                groups.push(by_pair.len());
            }
            let b = patterns[i].as_bytes();
            let mask = head8(&[0xFF; 8][..b.len().min(8)]);
            by_pair.push((head8(b), mask, i));
        }
        groups.push(by_pair.len());
        Cues {
            patterns,
            pairs,
            rank,
            by_pair,
            groups,
            short,
            sieve: sieve_bits,
        }
    }

    /// The pattern that starts at `at` in `key`.
    #[inline]
    pub(crate) fn at(&self, key: &str, at: usize) -> Option<Hit> {
        // Most positions start no pattern: tell at once, inline.
        if let (Some(&b0), Some(&b1), true) = (
            key.as_bytes().get(at),
            key.as_bytes().get(at + 1),
            self.short.is_empty(),
        ) {
            let pair = usize::from(b0) << 8 | usize::from(b1);
            if self.pairs[pair >> 6] & (1 << (pair & 63)) == 0 {
                return None;
            }
        }
        self.find_at(key, at)
    }

    #[inline(never)]
    fn find_at(&self, key: &str, at: usize) -> Option<Hit> {
        let rest = key.as_bytes().get(at..)?;
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |i: usize| {
            let p = self.patterns[i].as_bytes();
            if rest.starts_with(p)
                && best.is_none_or(|(l, j)| p.len() > l || (p.len() == l && i < j))
            {
                best = Some((p.len(), i));
            }
        };
        let set = |bit: usize| self.sieve[bit >> 6] & (1 << (bit & 63)) != 0;
        let sifted = match *rest {
            [b0, b1, b2, b3, ..] => {
                set(sieve(b0, b1, b2, b3)) || set(sieve(b0, b1, b2, 1)) || set(sieve(b0, b1, 0, 0))
            }
            [b0, b1, b2] => set(sieve(b0, b1, b2, 1)) || set(sieve(b0, b1, 0, 0)),
            [b0, b1] => set(sieve(b0, b1, 0, 0)),
            _ => false,
        };
        if let (true, [b0, b1, ..]) = (sifted, rest) {
            let pair = usize::from(*b0) << 8 | usize::from(*b1);
            let word = self.pairs[pair >> 6];
            let bit = 1u64 << (pair & 63);
            if word & bit != 0 {
                let k =
                    usize::from(self.rank[pair >> 6]) + (word & (bit - 1)).count_ones() as usize;
                let head = head8(rest);
                for &(h, mask, i) in &self.by_pair[self.groups[k]..self.groups[k + 1]] {
                    if head & mask == h {
                        consider(i);
                    }
                }
            }
        }
        for &i in &self.short {
            consider(i);
        }
        best.map(|(len, pattern)| Hit {
            start: at,
            end: at + len,
            pattern,
        })
    }
}

/// Whether `key` (a folded line) starts with one of the cues of `ac`, as whole words.
pub(crate) fn starts_with_cue(ac: &Cues, key: &str) -> bool {
    match ac.at(key, 0) {
        Some(m) => {
            let rest = &key[m.end()..];
            let pat_last = key[..m.end()].chars().next_back();
            pat_last.is_some_and(|c| !c.is_alphanumeric())
                || rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
        }
        None => false,
    }
}

/// The lines of `text`, trimmed, with leading bullets removed; empty lines dropped.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let rest = body.trim_start_matches(is_bullet_or_space);
        let lead = body.len() - rest.len();
        let trimmed = rest.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        out.push(Line {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
    out
}

fn is_bullet_or_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '•' | '·' | '●' | '▪' | '■' | '►' | '\u{feff}' | '\u{200b}'
        )
}

/// What a line of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Not furniture.
    Text,
    /// " date YYYY-MM".
    Month(i32, u32),
    /// A publication stamp.
    Stamp,
    /// Ends the article (after the lead).
    Cut,
    /// Other furniture.
    Junk,
}

/// What `line` is (`key`: its folded head, the first 400 bytes at least;
/// `words`: its number of words, or any number over 30 when it has more).
pub(crate) fn classify(line: &str, key: &str, words: usize) -> Kind {
    if let Some((y, m)) = month_line(line) {
        return Kind::Month(y, m);
    }
    // Every test below compares with 30 words or fewer.
    if words <= 24 && crate::source::is_stamp_line(line, key) {
        return Kind::Stamp;
    }
    if !line
        .chars()
        .any(|c| crate::text::is_word_char(c) && !c.is_ascii_digit())
    {
        return Kind::Junk;
    }
    if starts_with_cue(&CUT_AC, key) {
        return Kind::Cut;
    }
    if words <= 30 && starts_with_cue(&JUNK_AC, key) {
        return Kind::Junk;
    }
    if words <= 4 && starts_with_cue(&LABEL_AC, key) {
        return Kind::Junk;
    }
    let bytes = line.as_bytes();
    if memchr::memchr_iter(b'|', bytes).nth(1).is_some()
        || line.contains('»')
        || (memchr::memchr(b'>', bytes).is_some() && line.matches(" > ").nth(1).is_some())
    {
        return Kind::Junk;
    }
    if words == 1 || markup(line) || garbled(line) {
        return Kind::Junk;
    }
    if image_name(key) && words <= 2 {
        return Kind::Junk;
    }
    Kind::Text
}

/// Whether a line is mostly markup or code: HTML tags, CSS, scripts.
fn markup(line: &str) -> bool {
    let head = &line[..crate::text::floor_boundary(line, 2000)];
    // Every test below needs one of these bytes.
    if memchr::memchr3(b'(', b';', b'<', head.as_bytes()).is_none() {
        return false;
    }
    if head.contains("function(")
        || head.contains("var ") && head.contains(';')
        || head.contains('{') && head.contains('}') && head.contains(';')
    {
        return true;
    }
    if !head.contains('<') || !head.contains('>') {
        return false;
    }
    let (mut inside, mut tag_letters, mut text_letters) = (false, 0usize, 0usize);
    for c in head.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if c.is_alphabetic() => {
                if inside {
                    tag_letters += 1;
                } else {
                    text_letters += 1;
                }
            }
            _ => {}
        }
    }
    text_letters * 3 < tag_letters * 2
}

/// Whether a line is binary garbage (control characters, replacement marks).
fn garbled(line: &str) -> bool {
    let head = &line[..crate::text::floor_boundary(line, 400)];
    // A bad character needs one of these bytes: an ASCII control (not tab),
    // a C1 control (0xC2 then 0x80..0x9F), or the lead byte of
    // U+E000..U+FFFF (0xEE, 0xEF). The first test has no branch per byte.
    let bytes = head.as_bytes();
    let odd = bytes.iter().fold(0u8, |acc, &b| {
        acc | (u8::from(b < 0x20) & u8::from(b != b'\t'))
            | u8::from(b == 0x7F)
            | u8::from(b & 0xFE == 0xEE)
    });
    if odd == 0
        && !memchr::memchr_iter(0xC2, bytes).any(|i| bytes.get(i + 1).is_some_and(|&n| n < 0xA0))
    {
        return false;
    }
    let (mut bad, mut all) = (0usize, 0usize);
    for c in head.chars() {
        all += 1;
        if (c.is_control() && c != '\t')
            || c == '\u{fffd}'
            || ('\u{e000}'..='\u{f8ff}').contains(&c)
        {
            bad += 1;
        }
    }
    bad * 10 > all
}

/// " date 2023-12" → (2023, 12).
fn month_line(line: &str) -> Option<(i32, u32)> {
    let rest = line.trim().strip_prefix("date")?.trim();
    let (y, m) = rest.split_once('-')?;
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    ((1..=12).contains(&m) && (1900..=2100).contains(&y)).then_some((y, m))
}

/// Whether the folded text names an image file ("`img_8286.jpg`").
pub(crate) fn image_name(key: &str) -> bool {
    let bytes = key.as_bytes();
    memchr::memchr_iter(b'.', bytes).any(|i| {
        let rest = &bytes[i..];
        [".jpg", ".jpeg", ".png", ".gif", ".webp"]
            .iter()
            .any(|e| rest.starts_with(e.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

    #[test]
    fn cues_find_what_an_anchored_leftmost_longest_automaton_finds() {
        let words: Vec<String> = [
            "đồng chí",
            "đồng chí đồng chí",
            "đ/c",
            "ông",
            "bà",
            "bí thư",
            "phó bí thư",
            "b",
            "chủ tịch",
            "chủ tịch ubnd",
            "ủy viên",
            "tin",
            "tin mới",
            "tin",
            "a a",
            "",
        ]
        .iter()
        .map(|w| (*w).to_owned())
        .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&words)
            .unwrap();
        let cues = Cues::new(words.clone());
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
        let mut texts = vec!["đồng chí đồng chí bí thư, ông bà b tin mới a a".to_owned()];
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(e.path()).ok().map(|t| fold(&t)));
        }
        for t in &texts {
            for at in 0..=t.len() {
                let want = ac
                    .find(Input::new(t).range(at..).anchored(Anchored::Yes))
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()));
                let got = cues.at(t, at).map(|h| (h.start(), h.end(), h.pattern()));
                assert_eq!(got, want, "at {at}");
            }
        }
    }

    #[test]
    fn markup_and_garbage_lines_are_furniture() {
        assert!(markup(
            "<div class=\"menu\"><a href=\"/\">Trang chủ</a></div>"
        ));
        assert!(markup("var x = 1; function(a) { return a; }"));
        assert!(!markup("<p>Sáng 5/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.</p>"));
        assert!(garbled("\u{1}\u{2}\u{3}PK\u{3}\u{4}\u{fffd}\u{fffd}word"));
        assert!(!garbled("Sáng 5/3, Huyện ủy tổ chức hội nghị."));
    }
}
