//! Page furniture (PATTERNS.md §10): the lines around an article (menus,
//! stamps, counters, banners, share buttons, footers, markup) told apart
//! from text, line by line. `layout` cuts the article out with them.

use std::sync::LazyLock;

use crate::cues::Cues;

mod phrases;
use crate::text::fold;
use phrases::{inline_link, meta_line, reactions, site_licence, Found};

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
    "tin, ảnh liên quan",
    "tin ảnh liên quan",
    "tin bài liên quan",
    "tin tức liên quan",
    "video liên quan",
    "tin bài khác",
    "đọc thêm",
    "tin cùng dòng sự kiện",
    "tin cùng chuyên mục",
    "tin cùng danh mục",
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
    "thông tin tiện ích",
    // The site's footer.
    "địa chỉ:",
    "bản quyền thuộc",
    "bản quyền",
    "copyright",
    "giấy phép số",
    "giấy phép xuất bản",
    "cơ quan chủ quản",
    "chịu trách nhiệm xuất bản",
    "chịu trách nhiệm nội dung",
    "chịu trách nhiệm chính:",
    "ghi rõ nguồn",
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
    // A newsletter's envelope and greeting.
    "from:",
    "người gửi:",
    "gửi lúc:",
    "trân trọng gửi",
    "kính gửi",
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

/// The lines of `text`, trimmed, with leading bullets removed; empty lines
/// dropped. A paragraph wrapped by hard line breaks is one line: a line that
/// goes on a sentence the line just before it left open (see
/// [`continues`]) is joined to it, the break and indentation kept inside.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut pos = 0;
    let mut open = false;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let rest = body.trim_start_matches(is_bullet_or_space);
        let lead = body.len() - rest.len();
        let trimmed = rest.trim_end();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        let joined = open
            && out
                .last()
                .is_some_and(|prev| continues(&text[prev.start..prev.end], trimmed));
        match out.last_mut() {
            Some(prev) if joined => prev.end = start + lead + trimmed.len(),
            _ => out.push(Line {
                start: start + lead,
                end: start + lead + trimmed.len(),
            }),
        }
        open = true;
    }
    out
}

/// Whether `next`, on the line right after `prev`, goes on its paragraph:
/// the line before is running text (ten words or more) and its sentence goes
/// on ([`crate::text::line_goes_on`]).
fn continues(prev: &str, next: &str) -> bool {
    prev.split_whitespace().nth(9).is_some() && crate::text::line_goes_on(prev, next)
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
    // Markdown a reader tool left around a label ("**Tin khác**", "## Tin
    // liên quan") is read past.
    let key = key.trim_start_matches(['*', '_', '#', ' ']);
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
    let found = Found::of(key);
    if inline_link(key) || meta_line(key, found) {
        return Kind::Junk;
    }
    if reactions(key, found) {
        return Kind::Cut;
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
    if (memchr::memchr_iter(b'|', bytes).nth(1).is_some() && !piped_table_row(line, key))
        || line.contains('»')
        || (memchr::memchr(b'>', bytes).is_some() && line.matches(" > ").nth(1).is_some())
    {
        return Kind::Junk;
    }
    // One word is furniture, but for a byline of initials ("T.H").
    if (words == 1 && crate::source::initials(line).is_none()) || markup(line) || garbled(line) {
        return Kind::Junk;
    }
    if image_name(key) && words <= 2 {
        return Kind::Junk;
    }
    if site_licence(found) {
        return Kind::Junk;
    }
    Kind::Text
}

/// Whether a line cut by pipes is a table's row, not a menu: two cells or
/// more are numbers ("1 | Thu ngân sách | tỷ đồng | 96,5 | 58,2 | 60,3"), or
/// it heads the table ("STT | Chỉ tiêu | ĐVT | KH năm | TH | % so KH").
fn piped_table_row(line: &str, key: &str) -> bool {
    let number = |c: &&str| {
        let t = c.trim().trim_end_matches('%').trim_end();
        !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    line.split('|').filter(number).nth(1).is_some()
        || key.split('|').any(|c| c.trim() == "chỉ tiêu")
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

    #[test]
    fn a_link_inside_the_article_is_furniture_and_the_article_goes_on() {
        let kind = |line: &str| classify(line, &crate::text::fold(line), 12);
        assert_eq!(
            kind("Xem thêm: Phú Ninh: Năm 2019 có thêm 2 xã đạt chuẩn nông thôn mới"),
            Kind::Junk
        );
        assert_eq!(kind("Đọc thêm: Thu ngân sách vượt 25% dự toán"), Kind::Junk);
        assert_eq!(kind("Xem thêm:"), Kind::Cut);
        // A post's reactions end it: the readers' comments follow.
        assert_eq!(
            kind("👍 214 lượt thích   17 bình luận   6 lượt chia sẻ"),
            Kind::Cut
        );
        assert_eq!(kind("Thích · Phản hồi · 3 ngày"), Kind::Cut);
        // Page metadata above the article: furniture, never its end or lead.
        assert_eq!(kind("Theo dõi Báo Hà Tĩnh trên Google News"), Kind::Junk);
        let meta = "Mô tả: Sáng 26/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 26 (mở rộng) đánh giá kết quả năm 2024, trong đó 17/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra.";
        assert_eq!(classify(meta, &crate::text::fold(meta), 31), Kind::Junk);
        let masthead =
            "Báo Lào Cai - Cơ quan của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lào Cai";
        assert_eq!(
            classify(masthead, &crate::text::fold(masthead), 20),
            Kind::Junk
        );
        assert_eq!(kind("Đọc thêm"), Kind::Cut);
    }

    #[test]
    fn a_site_licence_is_a_footer_however_long() {
        let line = "Báo Bến Tre điện tử - Giấy phép số 112/GP-BTTTT do Bộ Thông tin và Truyền thông cấp. Địa chỉ: số 5 đường Đồng Khởi, phường An Hội, thành phố Bến Tre";
        let words = line.split_whitespace().count();
        assert_eq!(classify(line, &crate::text::fold(line), words), Kind::Junk);
        let prose = "Huyện đã cấp giấy phép xây dựng cho 214 công trình, tăng 12% so với cùng kỳ năm trước, góp phần chỉnh trang đô thị.";
        assert_eq!(classify(prose, &crate::text::fold(prose), 20), Kind::Text);
    }
}
