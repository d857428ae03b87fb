//! Hard-wrapped pages: text saved with its paragraphs broken into lines of at
//! most W characters ("… tổ chức Hội nghị Ban Chấp hành Đảng bộ\nthị trấn lần
//! thứ 28, khóa XXIII, nhiệm kỳ 2020 - 2025 tổng kết công tác năm\n2024, …").
//!
//! Such a page is told by its line lengths: at least five lines end within a
//! few characters of one width W (at most 130), and they outnumber the longer
//! lines three to one. A line break there wraps its paragraph when the first
//! word of the next line would not have fitted on the line before it (a
//! greedy wrapper broke it there), so the break is a space: it is replaced by
//! one. A line that leaves room for that word ends its paragraph, and its
//! break stays. A line ending in a colon (a list head), a next line opening
//! on a bullet or a list label ("1.", "a)") and an indented next line (a
//! paragraph's first) keep their break.
//!
//! Pages whose paragraphs are one line each (most) are left as they are;
//! their wrapped lines, if any, are read by [`super::line_goes_on`].

use std::borrow::Cow;

/// The widest wrap width looked for, in characters.
const MAX_WIDTH: usize = 130;

/// The narrowest line counted as possibly full, in characters.
const MIN_FULL: usize = 45;

/// How far short of the width a full line may end (a long word moved on).
const BAND: usize = 12;

/// The text with the line breaks of a hard-wrapped page's paragraphs made
/// spaces; borrowed when the page is not hard-wrapped.
pub(crate) fn unwrap(text: Cow<'_, str>) -> Cow<'_, str> {
    let Some(width) = wrap_width(&text) else {
        return text;
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = String::with_capacity(text.len());
    let mut joined = false;
    let mut after_wrap = false;
    for (k, line) in lines.iter().enumerate() {
        let mut line = *line;
        if after_wrap {
            line = line.trim_start_matches(BLANKS);
        }
        let Some(next) = lines.get(k + 1) else {
            out.push_str(line);
            break;
        };
        after_wrap = wraps_into(line, next, width);
        if after_wrap {
            out.push_str(line.trim_end());
            out.push(' ');
            joined = true;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if joined {
        Cow::Owned(out)
    } else {
        text
    }
}

/// Blanks a wrapped line may carry at its start.
const BLANKS: [char; 3] = [' ', '\t', '\u{a0}'];

/// A line's length in columns: a leading tab takes eight, as the wrappers
/// that put it there count it.
fn columns(line: &str) -> usize {
    line.chars().count() + if line.starts_with('\t') { 7 } else { 0 }
}

/// Whether a line is indented, as a paragraph's first line is ("\tNgày
/// 11/10, …", "    Hội nghị …").
fn indented(line: &str) -> bool {
    line.starts_with(['\t', '\u{a0}']) || line.starts_with("  ")
}

/// Whether the break after `line` wraps a paragraph of a page wrapped at
/// `width` characters into `next`.
fn wraps_into(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim_end();
    let rest = next.trim_start_matches(BLANKS);
    let word = rest.split(BLANKS).next().unwrap_or("").trim_end();
    if line.is_empty()
        || word.is_empty()
        || indented(next)
        || line.ends_with(':')
        || opens_item(rest)
    {
        return false;
    }
    // A line longer than the width was not wrapped at it (a leading tab may
    // make it so).
    let len = columns(line);
    len <= width + len.saturating_sub(line.chars().count())
        && len + 2 * BAND >= width
        && len + 1 + word.chars().count() > width
}

/// Whether a line opens on a bullet ("- ", "+ ", "• ") or a list label
/// ("1.", "2)", "a)").
fn opens_item(line: &str) -> bool {
    let bytes = line.as_bytes();
    let spaced = |at: usize| bytes.get(at).is_none_or(u8::is_ascii_whitespace);
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '+' | '•' | '*' | '–' | '—' | '·' | '▪' | '●' | '>') => true,
        Some(c) if c.is_ascii_digit() => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            digits <= 2 && matches!(bytes.get(digits), Some(b'.' | b')')) && spaced(digits + 1)
        }
        Some(c) if c.is_alphabetic() => chars.next() == Some(')') && spaced(c.len_utf8() + 1),
        _ => false,
    }
}

/// The text with the paragraphs a scraper joined on one line apart again:
/// at " ¶ " ("… chủ trì hội nghị. ¶ Dự hội nghị có …"), and at " | " on a
/// line of running text ("… chủ trì hội nghị. | Dự hội nghị có …": pieces of
/// 120 bytes or more, where a menu's are a few words). Borrowed when there
/// are none.
pub(crate) fn split_joined(text: Cow<'_, str>) -> Cow<'_, str> {
    let pilcrow = text.contains('¶');
    let piped =
        memchr::memmem::find(text.as_bytes(), b" | ").is_some() && text.lines().any(piped_prose);
    if !pilcrow && !piped {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let mut line = line.replace(" ¶ ", "\n").replace('¶', "\n");
        if piped_prose(&line) {
            line = line.replace(" | ", "\n");
        }
        out.push_str(&line);
    }
    Cow::Owned(out)
}

/// Whether a line holds running text a scraper joined with " | ": a piece of
/// 120 bytes or more (a menu's pieces are a few words each).
fn piped_prose(line: &str) -> bool {
    line.contains(" | ") && line.split(" | ").any(|p| p.trim().len() >= 120)
}

/// The width a page is hard-wrapped at, if it is: among the line lengths W
/// (at most [`MAX_WIDTH`] characters) with at least five lines ending within
/// [`BAND`] characters short of it, three times as many as the lines longer
/// than it, and at least half of the lines from [`MIN_FULL`] up to it, the
/// one that explains the most line breaks as a greedy wrapper's.
pub(crate) fn wrap_width(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut hist = [0usize; MAX_WIDTH + 1];
    let mut over = 0;
    let mut any = false;
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
    for end in ends {
        let mut line = &bytes[start..end];
        start = end + 1;
        while let [rest @ .., b' ' | b'\t' | b'\r'] = line {
            line = rest;
        }
        // Byte length bounds the char count: a line of fewer than MIN_FULL
        // bytes is short, and one of more than 4 × MAX_WIDTH is long.
        if line.len() < MIN_FULL {
            continue;
        }
        if line.len() > 4 * MAX_WIDTH {
            over += 1;
            continue;
        }
        // Chars: the bytes that start one (not 0b10xx_xxxx).
        let n = line.iter().filter(|&&b| (b as i8) >= -0x40).count();
        if n > MAX_WIDTH {
            over += 1;
        } else if n >= MIN_FULL {
            hist[n] += 1;
            any = true;
        }
    }
    if !any {
        return None;
    }
    // Which widths are plausible: their band holds enough lines.
    let mut plausible = Vec::new();
    let mut longer = over;
    for w in (MIN_FULL..=MAX_WIDTH).rev() {
        if hist[w] > 0 {
            let band: usize = hist[w.saturating_sub(BAND).max(MIN_FULL)..=w].iter().sum();
            let from_min: usize = hist[MIN_FULL..=w].iter().sum();
            if band >= 5 && band >= 3 * longer && band * 2 >= from_min {
                plausible.push(w);
            }
        }
        longer += hist[w];
    }
    if plausible.is_empty() {
        return None;
    }
    // Of those, the one that explains the most breaks as a greedy wrapper's
    // (the line fits, the next line's first word would not have): a
    // headline or a line of furniture a little longer than the wrapped lines
    // does not make the width.
    let breaks = breaks(text);
    plausible.into_iter().max_by_key(|&w| {
        breaks
            .iter()
            .filter(|&&(len, word)| len <= w && len + 1 + word > w)
            .count()
    })
}

/// Each line followed by a line of text (not blank, not indented): its
/// length in columns (a leading tab takes eight) and the next line's first
/// word's length.
fn breaks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut prev: Option<usize> = None;
    for line in text.split('\n') {
        let line = line.trim_end();
        let rest = line.trim_start_matches(BLANKS);
        let word = rest.split(BLANKS).next().unwrap_or("").chars().count();
        if let Some(len) = prev.filter(|_| word > 0 && !indented(line)) {
            out.push((len, word));
        }
        prev = (!rest.is_empty()).then(|| columns(line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lead and a paragraph of our own, wrapped greedily at `width`.
    fn wrapped(width: usize) -> String {
        let paras = [
            "Huyện ủy Yên Lập: Năm 2024 thu ngân sách vượt 12,5% dự toán",
            "Chiều 25/12, Huyện ủy Yên Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ 2020 - 2025 tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hà Văn Sơn, Bí thư Huyện ủy chủ trì hội nghị.",
            "Năm 2024, tổng thu ngân sách trên địa bàn đạt 96,4 tỷ đồng, vượt 12,5% dự toán tỉnh giao; giá trị sản xuất nông nghiệp tăng 4,1% so với năm 2023; tỷ lệ hộ nghèo giảm còn 6,2%. Toàn huyện kết nạp 186 đảng viên mới, đạt 103% kế hoạch.",
            "Công tác xây dựng Đảng được quan tâm; 98,6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Huyện đã hoàn thành sắp xếp 12 thôn, khu dân cư; giải quyết việc làm mới cho 2.150 lao động, đạt 107,5% kế hoạch; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,3%.",
            "Các chỉ tiêu chủ yếu năm 2025:",
            "- Thu ngân sách trên địa bàn đạt 100 tỷ đồng trở lên;",
            "- Tỷ lệ hộ nghèo giảm 1,5% trở lên.",
        ];
        let mut out = String::new();
        for p in paras {
            let mut line = String::new();
            for w in p.split(' ') {
                if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(w);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    #[test]
    fn a_page_wrapped_at_a_width_is_unwrapped_paragraph_by_paragraph() {
        for width in [60, 72, 79, 100] {
            let page = wrapped(width);
            assert!(wrap_width(&page).is_some_and(|w| w <= width), "{width}");
            let text = unwrap(Cow::Borrowed(&page));
            let lines: Vec<&str> = text.split("\n\n").collect();
            assert!(
                lines[1].starts_with("Chiều 25/12") && !lines[1].contains('\n'),
                "{width}: {}",
                lines[1]
            );
            assert!(lines[1].contains("tổng kết công tác năm 2024, triển khai"));
            assert!(lines[2].contains("tăng 4,1% so với năm 2023;") && !lines[2].contains('\n'));
            // List items and their head keep their own lines.
            assert!(text.contains("năm 2025:\n\n- Thu ngân sách"), "{width}");
        }
    }

    #[test]
    fn indented_paragraphs_and_a_longer_headline_keep_their_width() {
        // Wrapped at 70 with a tab before each paragraph (eight columns), no
        // blank lines, CRLF, and a headline of 78 characters above.
        let body = wrapped(70);
        let mut page = String::from(
            "Huyện ủy Yên Lập: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31 (mở rộng)\r\n",
        );
        for para in body.split("\n\n").filter(|p| !p.is_empty()) {
            page.push('\t');
            page.push_str(&para.replace('\n', "\r\n"));
            page.push_str("\r\n");
        }
        assert_eq!(wrap_width(&page), Some(70));
        let text = unwrap(Cow::Borrowed(&page));
        assert!(text.contains("Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ 2020 - 2025 tổng kết"));
        // The headline and the paragraphs keep their own lines.
        assert!(text.starts_with("Huyện ủy Yên Lập: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31 (mở rộng)\r\n\tHuyện ủy Yên Lập: Năm 2024"));
        assert!(text.contains("\r\n\tChiều 25/12"));
    }

    #[test]
    fn pages_of_one_line_paragraphs_are_left_alone() {
        let page = wrapped(10_000);
        assert_eq!(wrap_width(&page), None);
        assert!(matches!(unwrap(Cow::Borrowed(&page)), Cow::Borrowed(_)));
        // Short lines of page furniture make no width either.
        let menu = "Trang chủ\nTin tức\nChính trị\nKinh tế\nXã hội\nVăn hóa\n".repeat(5);
        assert_eq!(wrap_width(&menu), None);
    }

    #[test]
    fn a_line_with_room_for_the_next_word_ends_its_paragraph() {
        assert!(wraps_into(
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ",
            "2020 - 2025 tổng kết",
            70
        ));
        assert!(!wraps_into(
            "Hội nghị thống nhất các giải pháp.",
            "Đồng chí Hà Văn Sơn",
            70
        ));
        assert!(!wraps_into(
            "Các chỉ tiêu chủ yếu năm 2025 được Hội nghị thống nhất như sau đây:",
            "Thu",
            70
        ));
        assert!(!wraps_into(
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ",
            "- Thu ngân sách",
            70
        ));
        assert!(!wraps_into(
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ",
            "1. Về kinh tế",
            70
        ));
        assert!(wraps_into(
            "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 31, khóa XXI, nhiệm kỳ",
            "1.265 tỷ đồng",
            70
        ));
    }
}
