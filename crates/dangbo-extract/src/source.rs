//! Where the article came from: its headline, its publication stamp, and its
//! bylines ("Tin, ảnh: …", an ALL-CAPS name, "A - B", photo credits).

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::NaiveDate;
use dangbo::{PersonMentionDraft, RoleInSession};
use regex::Regex;

use crate::layout::Layout;
use crate::text::squash;
use crate::text::{fold, is_all_caps, is_capitalised, title_case};

/// A date written dd/mm/yyyy (or with "-" or "."), yyyy-mm-dd, or as a
/// social network's post stamp writes it: "9 tháng 1, 2026" (the comma and
/// no "năm": prose writes "ngày 9 tháng 1 năm 2026").
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])([0-9]{1,2})\s?[/.-]\s?([0-9]{1,2})\s?[/.-]\s?([0-9]{4})(?:[^0-9]|$)|(?:^|[^0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[^0-9]|$)|(?:^|[^0-9])([0-9]{1,2}) tháng ([0-9]{1,2}), ([0-9]{4})(?:[^0-9]|$)")
        .expect("date regex")
});

/// A clock time: "11:27", "03:35:28", "14h27".
static TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]{1,2}\s?[:h]\s?[0-9]{2}").expect("time regex"));

/// Words that mark a line as a stamp beside a date.
const STAMP_CUES: &[&str] = &[
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "gmt",
    "cập nhật",
    "ngày đăng",
    "thời gian đăng",
    "đăng ngày",
    "ngày xuất bản",
    "đăng lúc",
    "ngày cập nhật",
    "posted",
    "lượt xem",
    "lượt đọc",
];

/// The first date a line writes as dd/mm/yyyy.
pub(crate) fn first_full_date(line: &str) -> Option<NaiveDate> {
    DMY.captures_iter(line).find_map(|c| {
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        match (num(1), num(2), num(3), num(7)) {
            (Some(d), Some(m), Some(y), _) => NaiveDate::from_ymd_opt(y as i32, m, d),
            (.., Some(d)) => NaiveDate::from_ymd_opt(num(9)? as i32, num(8)?, d),
            _ => NaiveDate::from_ymd_opt(num(4)? as i32, num(5)?, num(6)?),
        }
    })
}

/// Whether a (short) line is a publication stamp: a full date with a clock
/// time, a weekday, "GMT" or a stamp word.
/// `key` is the line folded (its first 400 bytes at least).
pub(crate) fn is_stamp_line(line: &str, key: &str) -> bool {
    // Both shapes of a full date have four digits in a row.
    if line.len() > 400 || !has_digit_run(line.as_bytes(), 4) || first_full_date(line).is_none() {
        return false;
    }
    if TIME.is_match(line) {
        return true;
    }
    STAMP_CUES.iter().any(|c| key.contains(c))
}

/// Whether `bytes` has `n` ASCII digits in a row.
fn has_digit_run(bytes: &[u8], n: usize) -> bool {
    let mut run = 0;
    for &b in bytes {
        if b.is_ascii_digit() {
            run += 1;
            if run == n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The publication date from the page's stamps: the first stamp line.
pub(crate) fn published(text: &str, layout: &Layout) -> Option<NaiveDate> {
    layout
        .stamps
        .iter()
        .find_map(|l| first_full_date(&text[l.start..l.end]))
}

/// Prefixes of byline lines, folded.
const CREDIT_PREFIXES: &[&str] = &[
    "tin, ảnh",
    "tin,ảnh",
    "tin và ảnh",
    "tin - ảnh",
    "tin ảnh",
    "bài, ảnh",
    "bài và ảnh",
    "bài,ảnh",
    "tác giả bài viết",
    "tác giả",
    "nhóm phóng viên",
    "phóng viên",
    "nhóm pv",
    "ctv",
    "pv",
    "tin",
    "bài",
    "ảnh",
];

/// The byline prefix of a line and the rest, when the line starts with one
/// (`key`: the line folded). Only the head of the line is read: a prefix
/// and what follows it.
fn credit_rest<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let key = &key[..crate::text::floor_boundary(key, 120)];
    for p in CREDIT_PREFIXES {
        if let Some(rest) = key.strip_prefix(p) {
            let rest_trim = rest.trim_start();
            let short = matches!(*p, "tin" | "bài" | "ảnh" | "pv" | "ctv");
            if short && !rest_trim.starts_with(':') {
                if *p == "ctv" && rest_trim.chars().next().is_some_and(char::is_alphabetic) {
                    let cut = line.len() - rest_trim.len();
                    return line.get(cut..);
                }
                continue;
            }
            let cut = key.len() - rest_trim.len();
            let after = line.get(cut..)?.trim_start_matches([':', ' ']);
            return Some(after);
        }
    }
    None
}

/// Whether a line is a byline with a cue ("Tin, ảnh: …", "Tác giả bài viết: …").
/// `key` is the line folded.
pub(crate) fn is_credit_line(line: &str, key: &str) -> bool {
    line.len() < 200 && credit_rest(line, key).is_some_and(|r| !names_in(r).is_empty())
}

/// The folded twin of a line of the page: a slice of the page's twin when
/// the layout kept it (a line starts after a space or a line break and ends
/// before one, and folding looks only forward), else the line folded.
fn line_key<'a>(text: &str, layout: &'a Layout, l: &crate::furniture::Line) -> Cow<'a, str> {
    match layout.key.get(l.start..l.end) {
        Some(k) if layout.key.len() == text.len() => Cow::Borrowed(k),
        _ => Cow::Owned(fold(&text[l.start..l.end])),
    }
}

/// Words that start an organization, not a name.
const ORG_WORDS: &[&str] = &[
    "Báo", "Đài", "Ban", "Phòng", "Huyện", "Tỉnh", "Cổng", "Trang", "Tạp", "Theo", "Nguồn", "Sở",
    "Hội", "Đảng", "Các", "Tổng", "Ảnh", "Tin", "Bài", "Xem", "Chia",
];

/// Words of organs and places that a personal name never has (folded).
const ORGAN_WORDS: &[&str] = &[
    "ủy",
    "đảng",
    "huyện",
    "tỉnh",
    "phòng",
    "ban",
    "phường",
    "quận",
    "sở",
    "báo",
    "đài",
    "hội",
    "nghị",
    "cảnh",
    "bộ",
    "điện",
    "tử",
    "tin",
];

/// Pairs of words of organs whose words alone may be names ("Văn Thông",
/// "Minh Tâm").
const ORGAN_PHRASES: &[&str] = &[
    "thông tin",
    "truyền thông",
    "trung tâm",
    // A signature block's title in capitals ("BÍ THƯ", "PHÓ BÍ THƯ").
    "bí thư",
    "chủ tịch",
    "chấp hành",
    "thường vụ",
];

/// The parts of a name word joined by an apostrophe, as Ê Đê, Jrai and K'Ho
/// names join a prefix: "H'Xíu" (and "NAY H'NGA" in capitals).
fn parts(w: &str) -> Vec<&str> {
    w.split(['\'', '\u{2019}'])
        .filter(|p| !p.is_empty())
        .collect()
}

/// A personal name as a byline writes it: 2 to 4 capitalised syllables, or
/// the same in capitals (given back in title case).
pub(crate) fn byline_name(piece: &str) -> Option<String> {
    let piece = squash(
        piece.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ':' | ';' | '*')),
    );
    let words: Vec<&str> = piece.split(' ').collect();
    // Syllables: "H'Xuân" is two.
    let syllables: usize = words.iter().map(|w| parts(w).len().max(1)).sum();
    if !(2..=4).contains(&syllables) {
        return None;
    }
    // Organ words anywhere ("Văn Phòng Huyện Ủy", "Văn hóa - Thông tin")
    // make it an organization; "Thông" alone is a given name ("Văn Thông").
    let key = fold(&piece);
    if key.split(' ').any(|w| ORGAN_WORDS.contains(&w))
        || ORGAN_PHRASES.iter().any(|o| key.contains(o))
    {
        return None;
    }
    if words
        .iter()
        .all(|w| parts(w).into_iter().all(is_capitalised))
    {
        if ORG_WORDS.contains(&words[0]) {
            return None;
        }
        return Some(piece);
    }
    if words.iter().all(|w| {
        parts(w)
            .into_iter()
            .all(|p| is_all_caps(p) && p.chars().all(char::is_alphabetic))
    }) && words.iter().any(|w| w.chars().count() > 1)
    {
        let name = title_case(&piece);
        let first = name.split(' ').next().unwrap_or("");
        if ORG_WORDS.contains(&first) {
            return None;
        }
        return Some(name);
    }
    None
}

/// The names of a byline: pieces split at dashes, commas and "và"; units in
/// parentheses or after a comma are dropped.
pub(crate) fn names_in(text: &str) -> Vec<String> {
    let mut clean = String::with_capacity(text.len());
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => clean.push(c),
            _ => {}
        }
    }
    // A letterhead ("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU") names a party
    // organisation, never its writers.
    let key = fold(&clean);
    if key.contains("đảng bộ") || key.contains("đảng cộng sản") {
        return Vec::new();
    }
    clean
        .split([',', ';', '–', '—', '-', '&', '/'])
        .flat_map(|p| p.split(" và "))
        // "Tin: Hà Phương - Ảnh: Minh Khôi": a cue before a later name.
        .map(|p| p.rsplit(':').next().unwrap_or(p))
        .filter_map(|p| byline_name(p).or_else(|| initials(p)))
        .collect()
}

/// Authors from bylines, credits and photo credits.
pub(crate) fn authors(text: &str, layout: &Layout) -> Vec<PersonMentionDraft> {
    let mut names: Vec<String> = Vec::new();
    for l in &layout.trailing {
        let line = &text[l.start..l.end];
        // A byline is short, but for the unit in parentheses after it
        // ("Hải Hà - Trung Kiên (Trung tâm Văn hóa - Thông tin quận)").
        let own = line.split('(').next().unwrap_or(line);
        if own.split_whitespace().count() > 12 || line.split_whitespace().count() > 24 {
            continue;
        }
        let found = match credit_rest(line, &line_key(text, layout, l)) {
            Some(rest) => names_in(rest),
            // A byline of initials alone on its line ("T.H", "N.V.A").
            None => initials(line).map_or_else(|| names_in(line), |i| vec![i]),
        };
        names.extend(found);
    }
    // "Trường Sơn - 06/10/2018 09:15": the author before the stamp (not a
    // dateline's place: "Hà Nội - 06/10/2018").
    for l in &layout.stamps {
        let line = &text[l.start..l.end];
        let Some(i) = line.find(" - ").or_else(|| line.find(" – ")) else {
            continue;
        };
        let (name, rest) = (&line[..i], line[i..].trim_start_matches([' ', '-', '–']));
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(n) = byline_name(name).filter(|n| !crate::committee::is_known_locality(n)) {
            names.push(n);
        }
    }
    for l in &layout.credits {
        if let Some(rest) = credit_rest(&text[l.start..l.end], &line_key(text, layout, l)) {
            names.extend(names_in(rest));
        }
    }
    for l in layout.captions.iter().chain(&layout.paragraphs) {
        let line = &text[l.start..l.end];
        // The cue ends with a colon, which folding keeps.
        if memchr::memchr(b':', line.as_bytes()).is_some() {
            names.extend(photo_credits(line, &line_key(text, layout, l)));
        }
    }
    let mut out: Vec<PersonMentionDraft> = Vec::new();
    for name in names {
        if out
            .iter()
            .any(|p| p.name.as_deref().map(fold) == Some(fold(&name)))
        {
            continue;
        }
        out.push(PersonMentionDraft {
            name: Some(name),
            role_in_session: Some(RoleInSession::Author),
            ..Default::default()
        });
    }
    out
}

/// A credit written as initials ("N.H", "T.L.", "Đ.T.H"), or initials and
/// a name ("T.LONG", "N.Hùng"): as written.
pub(crate) fn initials(piece: &str) -> Option<String> {
    let piece = piece.trim().trim_end_matches('.');
    let letters: Vec<&str> = piece.split('.').collect();
    let initial = |l: &&str| {
        let mut cs = l.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    };
    let last_is_name = letters.last().is_some_and(|l| {
        l.chars().count() >= 2
            && l.chars().all(char::is_alphabetic)
            && (is_capitalised(l) || is_all_caps(l))
    });
    let (last, head) = letters.split_last()?;
    (!head.is_empty() && head.iter().all(initial) && (initial(last) || last_is_name))
        .then(|| piece.to_owned())
}

/// "Ảnh: Minh Hà" inside a line (`key`: the line folded).
fn photo_credits(line: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = key[from..].find("ảnh:") {
        let at = from + i;
        from = at + "ảnh:".len();
        if !crate::text::boundary_before(key, at) {
            continue;
        }
        let rest = &line[from..];
        // A dot ends the credit, but not the dots of initials ("Ảnh: N.H").
        let dot_ends = |i: usize| rest[i + 1..].chars().next().is_none_or(char::is_whitespace);
        let end = rest
            .char_indices()
            .find(|&(i, c)| matches!(c, ')' | ';' | '\n') || (c == '.' && dot_ends(i)))
            .map_or(rest.len(), |(i, _)| i);
        let piece = &rest[..end];
        if let Some(initials) = initials(piece) {
            out.push(initials);
        } else if piece.split_whitespace().count() <= 10 {
            out.extend(names_in(piece));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_told_from_sentences() {
        let stamp = |l: &str| is_stamp_line(l, &fold(l));
        assert!(stamp("Thứ năm - 07/03/2024 08:12 32 0"));
        assert!(stamp("Ngày đăng 05/04/2024 | 10:20"));
        assert!(stamp("09:45, Thứ Hai, 11/3/2024 (GMT+7)"));
        assert!(!stamp("Hội nghị diễn ra trong ngày"));
        assert_eq!(
            first_full_date("Thời gian đăng: 05/02/2024 03:35:28 PM"),
            NaiveDate::from_ymd_opt(2024, 2, 5)
        );
        // A post's stamp; prose writes "năm", and is no stamp.
        assert!(stamp("9 tháng 1, 2026 lúc 10:12 · 🌏"));
        assert_eq!(
            first_full_date("9 tháng 1, 2026 lúc 10:12"),
            NaiveDate::from_ymd_opt(2026, 1, 9)
        );
        assert_eq!(first_full_date("ngày 9 tháng 1 năm 2026"), None);
        assert_eq!(first_full_date("15 tháng 7 lúc 16:20"), None);
    }

    #[test]
    fn initials_with_a_name() {
        assert_eq!(
            names_in("T.LONG - Thạch Sa Rinh"),
            vec!["T.LONG", "Thạch Sa Rinh"]
        );
        assert_eq!(initials("N.Hùng").as_deref(), Some("N.Hùng"));
        assert_eq!(initials("N.H.").as_deref(), Some("N.H"));
        assert_eq!(initials("TP.HCM"), None);
        assert_eq!(initials("T.long"), None);
    }

    #[test]
    fn byline_names_drop_units() {
        assert_eq!(names_in("Hoài Nam, VPHU"), vec!["Hoài Nam"]);
        assert_eq!(
            names_in("Thu Trang - Quốc Việt"),
            vec!["Thu Trang", "Quốc Việt"]
        );
        assert_eq!(names_in("Minh Khôi ( Tổng hợp )"), vec!["Minh Khôi"]);
        assert_eq!(names_in("Văn Thông"), vec!["Văn Thông"]);
        assert!(names_in("Văn hóa Thông tin").is_empty());
        // A signature block and a letterhead in capitals name no one.
        assert!(names_in("PHÓ BÍ THƯ").is_empty());
        assert!(names_in("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU").is_empty());
        assert_eq!(names_in("MINH TRÍ"), vec!["Minh Trí"]);
        assert_eq!(
            names_in("Hải Hà - Trung Kiên (Trung tâm Văn hóa - Thông tin quận)"),
            vec!["Hải Hà", "Trung Kiên"]
        );
        assert_eq!(
            names_in("Hà Phương - Ảnh: Minh Khôi"),
            vec!["Hà Phương", "Minh Khôi"]
        );
        assert_eq!(names_in("TRẦN HẢI YẾN"), vec!["Trần Hải Yến"]);
        assert_eq!(names_in("NAY H'NGA"), vec!["Nay H'Nga"]);
        assert_eq!(names_in("H'Xíu Niê"), vec!["H'Xíu Niê"]);
        assert_eq!(names_in("H'Xuân - Minh Đức"), vec!["H'Xuân", "Minh Đức"]);
        assert_eq!(
            photo_credits(
                "Quang cảnh hội nghị. Ảnh: N.H",
                "quang cảnh hội nghị. ảnh: n.h"
            ),
            vec!["N.H"]
        );
        assert_eq!(
            photo_credits(
                "Hội nghị. Ảnh: Minh Hà. Tin liên quan",
                "hội nghị. ảnh: minh hà. tin liên quan"
            ),
            vec!["Minh Hà"]
        );
        assert!(names_in("Báo Quảng Trị").is_empty());
        assert!(names_in("VĂN PHÒNG HUYỆN ỦY").is_empty());
        assert!(names_in("Trung Tâm Truyền Thông").is_empty());
        let credit_rest = |l| credit_rest(l, &fold(l));
        assert_eq!(credit_rest("Tin, ảnh: Lệ Thủy"), Some("Lệ Thủy"));
        assert_eq!(
            credit_rest("Tác giả bài viết: Bảo Ngọc (Tổng hợp)"),
            Some("Bảo Ngọc (Tổng hợp)")
        );
        assert_eq!(
            photo_credits(
                "Quang cảnh hội nghị. Ảnh: Hải Đăng",
                &fold("Quang cảnh hội nghị. Ảnh: Hải Đăng")
            ),
            vec!["Hải Đăng"]
        );
    }
}
