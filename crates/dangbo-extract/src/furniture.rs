//! The page around the article: menus, stamps, counters, banners, captions,
//! footers (PATTERNS.md §10), and what is left: headline, lead, body, bylines.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::text::{fold, is_all_caps};

/// A line of the page: its trimmed byte range in the NFC text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// The article cut out of its page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    /// The headline line.
    pub headline: Option<Line>,
    /// Article paragraphs, lead first (captions and bylines excluded).
    pub paragraphs: Vec<Line>,
    /// Photo captions inside the article.
    pub captions: Vec<Line>,
    /// Short lines after the last paragraph (bylines live there).
    pub trailing: Vec<Line>,
    /// Lines that start with a byline cue ("Tác giả bài viết:", "Tin, ảnh:"),
    /// wherever they are.
    pub credits: Vec<Line>,
    /// Publication-stamp lines (page furniture), in page order.
    pub stamps: Vec<Line>,
    /// A leading " date YYYY-MM" line: (year, month).
    pub month: Option<(i32, u32)>,
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

fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .build(words.iter().map(|w| fold(w)))
        .expect("cue automaton builds")
}

static CUT_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(CUT));
static JUNK_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(JUNK));
static LABEL_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(LABEL));
static CAPTION_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(CAPTION));

/// Whether `key` (a folded line) starts with one of the cues of `ac`, as whole words.
fn starts_with_cue(ac: &AhoCorasick, key: &str) -> bool {
    let input = Input::new(key).anchored(Anchored::Yes);
    match ac.find(input) {
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
        let lead = body.len() - body.trim_start_matches(is_bullet_or_space).len();
        let trimmed = body.trim_start_matches(is_bullet_or_space).trim_end();
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
enum Kind {
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

fn classify(line: &str, key: &str) -> Kind {
    if let Some((y, m)) = month_line(line) {
        return Kind::Month(y, m);
    }
    let words = line.split_whitespace().count();
    if words <= 24 && crate::source::is_stamp_line(line) {
        return Kind::Stamp;
    }
    if !line.chars().any(char::is_alphabetic) {
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
    if line.matches('|').count() >= 2
        || line.matches('»').count() >= 1
        || line.matches(" > ").count() >= 2
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
fn image_name(key: &str) -> bool {
    [".jpg", ".jpeg", ".png", ".gif", ".webp"]
        .iter()
        .any(|e| key.contains(e))
}

/// Words of a line.
fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether a line reads as a paragraph of running text.
/// A headline has no final stop; a long one may still have 20 words or more.
fn is_paragraph(line: &str) -> bool {
    let words = word_count(line);
    words >= 45 || (words >= 10 && ends_sentence(line))
}

/// Running text that may have been cut off mid-sentence.
fn is_long(line: &str) -> bool {
    word_count(line) >= 20
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Whether a line before the lead can be the headline.
fn headline_candidate(line: &str, key: &str) -> bool {
    let words = word_count(line);
    if !(3..=70).contains(&words) {
        return false;
    }
    let alpha: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let caps = alpha
        .iter()
        .filter(|w| is_all_caps(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count();
    if caps * 10 >= alpha.len() * 8 {
        // An ALL-CAPS line: the site's name, unless it names a meeting.
        return ["hội nghị", "đại hội", "giao ban", "sơ kết", "tổng kết"]
            .iter()
            .any(|c| key.contains(c));
    }
    true
}

fn has_session_cue(key: &str) -> bool {
    [
        "hội nghị",
        "đại hội",
        "giao ban",
        "sơ kết",
        "tổng kết",
        "họp",
        "ủy",
        "đảng bộ",
        "ban chấp hành",
    ]
    .iter()
    .any(|c| key.contains(c))
}

/// Cuts the article out of the page.
pub(crate) fn layout(text: &str) -> Layout {
    let lines = lines(text);
    let kinds: Vec<Kind> = lines
        .iter()
        .map(|l| {
            let s = &text[l.start..l.end];
            // Classifying looks at the start of a line only; keep it short.
            let head = &s[..crate::text::floor_boundary(s, 400)];
            classify(s, &fold(head))
        })
        .collect();
    let mut out = Layout::default();
    for (l, k) in lines.iter().zip(&kinds) {
        match k {
            Kind::Month(y, m) if out.month.is_none() => out.month = Some((*y, *m)),
            Kind::Stamp => out.stamps.push(*l),
            _ => {}
        }
    }
    // The lead: the first paragraph of text.
    let lead = lines
        .iter()
        .zip(&kinds)
        .position(|(l, k)| *k == Kind::Text && is_paragraph(&text[l.start..l.end]));
    let lead = lead
        .or_else(|| {
            lines
                .iter()
                .zip(&kinds)
                .position(|(l, k)| *k == Kind::Text && is_long(&text[l.start..l.end]))
        })
        .or_else(|| kinds.iter().position(|k| *k == Kind::Text));
    let Some(lead) = lead else {
        return out;
    };
    // The headline: a text line before the lead, preferring one that names a meeting.
    let mut fallback = None;
    for i in (0..lead).rev() {
        if kinds[i] != Kind::Text {
            continue;
        }
        let s = &text[lines[i].start..lines[i].end];
        let key = fold(&s[..crate::text::floor_boundary(s, 400)]);
        if !headline_candidate(s, &key) {
            continue;
        }
        if has_session_cue(&key) {
            out.headline = Some(lines[i]);
            break;
        }
        if fallback.is_none() && word_count(s) >= 6 {
            fallback = Some(lines[i]);
        }
    }
    if out.headline.is_none() {
        out.headline = fallback;
    }
    // The end: the first cut cue after the lead.
    let cut = (lead + 1..lines.len())
        .find(|&i| kinds[i] == Kind::Cut)
        .unwrap_or(lines.len());
    let last_para = (lead..cut)
        .rev()
        .find(|&i| {
            let s = &text[lines[i].start..lines[i].end];
            kinds[i] == Kind::Text && (is_paragraph(s) || is_long(s))
        })
        .unwrap_or(lead);
    for i in lead..cut {
        if kinds[i] != Kind::Text {
            continue;
        }
        let s = &text[lines[i].start..lines[i].end];
        if i > last_para {
            out.trailing.push(lines[i]);
        } else if i > lead && is_caption(s) {
            out.captions.push(lines[i]);
        } else {
            out.paragraphs.push(lines[i]);
        }
    }
    for (i, l) in lines.iter().enumerate() {
        let s = &text[l.start..l.end];
        if i >= lead && i < cut + 6 && crate::source::is_credit_line(s) {
            out.credits.push(*l);
        }
    }
    out
}

/// Whether a short line inside the article is a photo caption.
fn is_caption(line: &str) -> bool {
    let words = word_count(line);
    if words > 40 {
        return false;
    }
    let key = fold(&line[..crate::text::floor_boundary(line, 400)]);
    if image_name(&key) || key.contains("(ảnh") || key.contains("ảnh:") {
        return true;
    }
    if line.starts_with(['-', '+', '*']) || line.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    if starts_with_cue(&CAPTION_AC, &key) && words <= 20 {
        return true;
    }
    words < 20 && !ends_sentence(line) && !line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_stamps_and_banners_are_furniture() {
        let page = "Skip to main content\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII\n\
            Huyện ủy Cam Lộ họp hội nghị lần thứ 12\nThứ hai - 04/03/2024 09:15\n\
            Sáng 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n\
            Toàn cảnh hội nghị\nHội nghị thống nhất các giải pháp trọng tâm cho thời gian tới nhằm hoàn thành kế hoạch năm.\nMinh Châu\nTin liên quan\nHuyện khác họp";
        let l = layout(page);
        assert_eq!(
            &page[l.headline.unwrap().start..l.headline.unwrap().end],
            "Huyện ủy Cam Lộ họp hội nghị lần thứ 12"
        );
        assert_eq!(l.paragraphs.len(), 2);
        assert_eq!(l.captions.len(), 1);
        assert_eq!(l.stamps.len(), 1);
        let trailing: Vec<&str> = l.trailing.iter().map(|t| &page[t.start..t.end]).collect();
        assert_eq!(trailing, vec!["Minh Châu"]);
    }

    #[test]
    fn a_pen_name_after_the_last_paragraph_is_trailing() {
        let page = "Huyện ủy Cam Lộ họp hội nghị lần thứ 12\nNgày 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n\nBảo Ngọc\n\nTác giả bài viết: Minh Khôi ( Tổng hợp )\n\nNguồn tin: Báo Quảng Trị";
        let l = layout(page);
        let trailing: Vec<&str> = l.trailing.iter().map(|t| &page[t.start..t.end]).collect();
        assert_eq!(
            trailing,
            vec!["Bảo Ngọc", "Tác giả bài viết: Minh Khôi ( Tổng hợp )"]
        );
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

    #[test]
    fn month_line_dates_the_page() {
        let l = layout(" date 2024-03\nSáng 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá công tác quý I.");
        assert_eq!(l.month, Some((2024, 3)));
    }
}
