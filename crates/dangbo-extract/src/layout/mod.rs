//! The article cut out of its page: the headline, the lead and the
//! paragraphs after it, photo captions, the short lines after the last
//! paragraph (where bylines are), and the page's stamps.

use crate::furniture::{classify, image_name, lines, starts_with_cue, Kind, Line, CAPTION_AC};
use std::borrow::Cow;

use crate::text::{fold, is_all_caps};

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
    /// The page's folded twin (see [`fold`]), same byte offsets as the page.
    pub key: String,
}

/// The folded head (first 400 bytes) of a line, sliced from the page's
/// folded twin. Lines start after a space or a line break and end before one,
/// so the slice is what folding the line alone gives; only a head cut inside
/// a word may differ (an "o"/"u" in its last two characters), and is folded
/// on its own.
fn head_key<'a>(text: &str, key: &'a str, l: &Line) -> Cow<'a, str> {
    let s = &text[l.start..l.end];
    let head = &s[..crate::text::floor_boundary(s, 400)];
    let cut = head.len() < s.len();
    if cut
        && head
            .chars()
            .rev()
            .take(2)
            .any(|c| matches!(c, 'o' | 'O' | 'u' | 'U'))
    {
        return Cow::Owned(fold(head));
    }
    match key.get(l.start..l.start + head.len()) {
        Some(k) => Cow::Borrowed(k),
        None => Cow::Owned(fold(head)),
    }
}

/// How many words a line has, as far as the tests need: counted up to 41
/// once (classifying compares with 30 or fewer, a caption has 40 or fewer),
/// and again up to a larger bound only when a test asks about it (most
/// lines are short, and a long line rarely needs its full count).
#[derive(Clone, Copy)]
struct Words<'a> {
    line: &'a str,
    /// The count, or 41 when the line has more words.
    short: usize,
}

impl<'a> Words<'a> {
    fn new(line: &'a str) -> Words<'a> {
        Words {
            line,
            short: crate::text::count_words_upto(line, 41),
        }
    }

    /// Whether the line has `n` words or more.
    fn at_least(self, n: usize) -> bool {
        if n <= 41 || self.short < 41 {
            self.short >= n
        } else {
            crate::text::count_words_upto(self.line, n) >= n
        }
    }
}

/// Whether a line reads as a paragraph of running text.
/// A headline has no final stop; a long one may still have 20 words or more.
/// A line written in capitals ("HỘI NGHỊ BAN CHẤP HÀNH … (MỞ RỘNG):") is a
/// headline or a banner, never running text, whatever its length and last mark.
fn is_paragraph(line: &str, words: Words) -> bool {
    ((words.at_least(10) && ends_sentence(line)) || words.at_least(45)) && !in_capitals(line)
}

/// Whether at least eight in ten of a line's words with letters are in capitals.
fn in_capitals(line: &str) -> bool {
    let is_caps = |w: &str| is_all_caps(w.trim_matches(|c: char| !c.is_alphanumeric()));
    // Running text shows a small letter in its first words: decided there
    // for almost every line, without reading it all.
    let mut first = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(2);
    if !first.all(is_caps) {
        return false;
    }
    let (mut alpha, mut caps) = (0, 0);
    for w in line.split_whitespace() {
        if w.chars().any(char::is_alphabetic) {
            alpha += 1;
            caps += usize::from(is_caps(w));
        }
    }
    alpha > 0 && caps * 10 >= alpha * 8
}

/// Running text that may have been cut off mid-sentence.
fn is_long(words: Words) -> bool {
    words.at_least(20)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Whether a line before the lead can be the headline.
fn headline_candidate(line: &str, key: &str, words: Words) -> bool {
    if !words.at_least(3) || words.at_least(71) {
        return false;
    }
    if in_capitals(line) {
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
    let page_key = fold(text);
    let counts: Vec<Words> = lines
        .iter()
        .map(|l| Words::new(&text[l.start..l.end]))
        .collect();
    // Classifying looks at the start of a line only; keep it short.
    let mut kinds: Vec<Kind> = lines
        .iter()
        .zip(&counts)
        .map(|(l, n)| {
            let key = head_key(text, &page_key, l);
            classify(&text[l.start..l.end], &key, n.short.min(31))
        })
        .collect();
    let mut out = Layout::default();
    for k in &kinds {
        if let Kind::Month(y, m) = k {
            out.month.get_or_insert((*y, *m));
        }
    }
    // The lead: the first paragraph of text.
    let lead = (0..lines.len()).find(|&i| {
        kinds[i] == Kind::Text && is_paragraph(&text[lines[i].start..lines[i].end], counts[i])
    });
    let lead = lead
        .or_else(|| (0..lines.len()).find(|&i| kinds[i] == Kind::Text && is_long(counts[i])))
        .or_else(|| kinds.iter().position(|k| *k == Kind::Text));
    let Some(lead) = lead else {
        out.stamps = (0..lines.len())
            .filter(|&i| kinds[i] == Kind::Stamp)
            .map(|i| lines[i])
            .collect();
        return out;
    };
    // The headline: a text line before the lead, preferring one that names a meeting.
    let mut fallback = None;
    let mut headline_at = None;
    for i in (0..lead).rev() {
        if kinds[i] != Kind::Text {
            continue;
        }
        let s = &text[lines[i].start..lines[i].end];
        let key = head_key(text, &page_key, &lines[i]);
        if !headline_candidate(s, &key, counts[i]) {
            continue;
        }
        if has_session_cue(&key) {
            out.headline = Some(lines[i]);
            headline_at = Some(i);
            break;
        }
        if fallback.is_none() && counts[i].at_least(6) {
            fallback = Some((i, lines[i]));
        }
    }
    if out.headline.is_none() {
        out.headline = fallback.map(|f| f.1);
        headline_at = fallback.map(|f| f.0);
    }
    // The end: the first cut cue after the lead.
    let running = |i: usize| {
        kinds[i] == Kind::Text
            && counts[i].at_least(15)
            && is_paragraph(&text[lines[i].start..lines[i].end], counts[i])
    };
    let mut from = lead + 1;
    let mut sidebars = Vec::new();
    let cut = loop {
        let Some(c) = (from..lines.len()).find(|&i| kinds[i] == Kind::Cut) else {
            break lines.len();
        };
        // A sidebar set between the lead and the body ("Tin mới" / "• …
        // (21/07/2023)" / "Xem tất cả »" / the body): right after the lead,
        // and two paragraphs of running text follow within a dozen lines.
        let after_lead = (lead + 1..c).all(|i| !running(i));
        let body: Vec<usize> = (c + 1..lines.len().min(c + 16))
            .filter(|&i| running(i))
            .take(2)
            .collect();
        if after_lead && body.len() == 2 {
            // The sidebar's lines, up to the body, are furniture.
            sidebars.extend(c..body[0]);
            from = body[0];
            continue;
        }
        break c;
    };
    // The article saved twice (a desktop and a mobile copy, the body then its
    // print view): it ends where its lead comes again, with the furniture and
    // the repeated headline that open the copy.
    let lead_text = &text[lines[lead].start..lines[lead].end];
    let headline_text = headline_at.map(|h| &text[lines[h].start..lines[h].end]);
    // (A lead repeated at once, the sapo then the body's first paragraph,
    // is one copy: the second copy has paragraphs of its own between.)
    let copy = (lead + 1..cut).find(|&i| &text[lines[i].start..lines[i].end] == lead_text);
    let copy = copy.filter(|&i| (lead + 1..i).filter(|&k| running(k)).nth(1).is_some());
    let cut = match copy {
        Some(mut at) => {
            while at > lead + 1
                && (matches!(kinds[at - 1], Kind::Junk | Kind::Stamp)
                    || Some(&text[lines[at - 1].start..lines[at - 1].end]) == headline_text)
            {
                at -= 1;
            }
            at
        }
        None => cut,
    };
    // A rule drawn after the article's paragraphs ("--------------------"):
    // what follows is another item of the page ("Huyện ủy Thạch Hà đánh
    // giá …" the same day), never this article.
    let rule = |i: usize| {
        let l = text[lines[i].start..lines[i].end].trim();
        l.len() >= 8
            && l.bytes()
                .all(|b| matches!(b, b'-' | b'_' | b'=' | b'*' | b' '))
    };
    let cut = (lead + 1..cut)
        .find(|&i| rule(i) && (lead..i).filter(|&k| running(k)).nth(1).is_some())
        .unwrap_or(cut);
    for c in sidebars {
        kinds[c] = Kind::Junk;
    }
    // Stamps of the page, not of the related news listed after the article,
    // nor of the readers' comments ("Bình luận của bạn" / "Phạm Đức -
    // 27/12/2024 20:11": a commenter, not the author).
    let comments = lines.get(cut).is_some_and(|l| {
        let key = &page_key[l.start..l.end];
        ["bình luận", "ý kiến", "phản hồi"]
            .iter()
            .any(|c| key.contains(c))
    });
    out.stamps = (0..lines.len().min(if comments { cut } else { cut + 2 }))
        .filter(|&i| kinds[i] == Kind::Stamp)
        .map(|i| lines[i])
        .collect();
    // A page that stamps itself only at the bottom ("Cập nhật: 10/01/2026 -
    // 08:30" under the footer): a stamp saying what it is, past the related
    // news (whose dates say nothing of the kind).
    if out.stamps.is_empty() && !comments {
        out.stamps.extend(
            (cut..lines.len())
                .filter(|&i| {
                    kinds[i] == Kind::Stamp
                        && ["cập nhật", "ngày đăng", "đăng lúc", "đăng ngày", "xuất bản"]
                            .iter()
                            .any(|c| page_key[lines[i].start..].starts_with(c))
                })
                .map(|i| lines[i])
                .take(1),
        );
    }
    let last_para = (lead..cut)
        .rev()
        .find(|&i| {
            let s = &text[lines[i].start..lines[i].end];
            kinds[i] == Kind::Text && (is_paragraph(s, counts[i]) || is_long(counts[i]))
        })
        .unwrap_or(lead);
    let last_para = list_after(text, &lines, &kinds, last_para, cut);
    for i in lead..cut {
        if kinds[i] != Kind::Text {
            continue;
        }
        let s = &text[lines[i].start..lines[i].end];
        if i > last_para {
            out.trailing.push(lines[i]);
        } else if i > lead && is_caption(s, &head_key(text, &page_key, &lines[i]), counts[i]) {
            out.captions.push(lines[i]);
        } else {
            out.paragraphs.push(lines[i]);
        }
    }
    // (Between the headline and the lead too: "Bài, ảnh: Thanh Trúc" at the top.)
    let first = headline_at.unwrap_or(lead);
    for (i, l) in lines.iter().enumerate() {
        let s = &text[l.start..l.end];
        if i >= first && i < cut + 6 && crate::source::is_credit_line(s, &page_key[l.start..l.end])
        {
            out.credits.push(*l);
        }
    }
    out.key = page_key;
    out
}

/// The last line of the article when a list closes it after its last
/// paragraph — an info box of targets ("Một số chỉ tiêu chủ yếu năm 2023:" /
/// "- Thu ngân sách nhà nước: 19.800 tỷ đồng" / …): a head ending with a
/// colon and two items or more with numbers, furniture (a box's frame)
/// between allowed.
fn list_after(text: &str, lines: &[Line], kinds: &[Kind], last: usize, cut: usize) -> usize {
    let line = |i: usize| &text[lines[i].start..lines[i].end];
    let mut end = last;
    let mut i = last + 1;
    while i < cut {
        if kinds[i] != Kind::Text {
            i += 1;
            continue;
        }
        if !line(i).ends_with(':') {
            break;
        }
        let items = (i + 1..cut)
            .take_while(|&k| kinds[k] == Kind::Text && line(k).bytes().any(|b| b.is_ascii_digit()))
            .count();
        if items < 2 {
            break;
        }
        end = i + items;
        i = end + 1;
    }
    end
}

/// Whether a short line inside the article is a photo caption (`key`: the
/// folded head of the line).
fn is_caption(line: &str, key: &str, words: Words) -> bool {
    // Cells apart by tabs or pipes: a table's row (its header has no digits
    // either).
    if words.at_least(41)
        || memchr::memchr_iter(b'\t', line.as_bytes()).nth(1).is_some()
        || memchr::memchr_iter(b'|', line.as_bytes()).nth(1).is_some()
    {
        return false;
    }
    if image_name(key) || key.contains("(ảnh") || key.contains("ảnh:") {
        return true;
    }
    if line.starts_with(['-', '+', '*']) || line.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    if starts_with_cue(&CAPTION_AC, key) && !words.at_least(21) {
        return true;
    }
    !words.at_least(20) && !ends_sentence(line) && !line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
