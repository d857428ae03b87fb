//! Dates as articles write them: "Ngày 15/9/2023", "Sáng 22/6", "Ngày 9.12",
//! "ngày 14 tháng 12 năm 2023", "từ ngày 14 đến ngày 15/12/2023".

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use chrono::NaiveDate;

use crate::text::{boundary_after, boundary_before, floor_boundary, Folded};

/// A day and month, with the year when written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DayMonth {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}

impl DayMonth {
    /// The date with its own year, else the latest such day not after
    /// `reference`, else in `fallback_year`.
    pub fn resolve(
        self,
        reference: Option<NaiveDate>,
        fallback_year: Option<i32>,
    ) -> Option<NaiveDate> {
        if let Some(y) = self.year {
            return NaiveDate::from_ymd_opt(y, self.month, self.day);
        }
        if let Some(r) = reference {
            if let Some(d) = infer_year(self.day, self.month, r) {
                return Some(d);
            }
        }
        fallback_year.and_then(|y| NaiveDate::from_ymd_opt(y, self.month, self.day))
    }
}

/// The latest date with this day and month that is not after `reference`.
pub(crate) fn infer_year(day: u32, month: u32, reference: NaiveDate) -> Option<NaiveDate> {
    dangbo::infer_year(day, month, reference)
}

/// A date phrase: where it ends, its first day, and its last day when it
/// spans several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateSpan {
    /// Byte offset just past the phrase.
    pub end: usize,
    pub first: DayMonth,
    pub last: Option<DayMonth>,
}

/// Digits at the start of `s`: value and length (at most `max` digits).
fn digits(s: &str, max: usize) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max {
        return None;
    }
    s[..n].parse().ok().map(|v| (v, n))
}

/// One item: "15", "15/9", "15/9/2023", "9.12", "15-9-2023",
/// "15 tháng 9 năm 2023". `key` is the folded text at the same offsets.
fn item(key: &str, at: usize) -> Option<(usize, u32, Option<u32>, Option<i32>)> {
    let s = key.get(at..)?;
    let (day, n) = digits(s, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut pos = n;
    let rest = &s[pos..];
    // d/m[/y] with one separator kind.
    if let Some(sep) = rest.chars().next().filter(|c| matches!(c, '/' | '-' | '.')) {
        if let Some((month, mn)) = digits(&rest[1..], 2) {
            if (1..=12).contains(&month) {
                pos += 1 + mn;
                let rest = &s[pos..];
                if rest.starts_with(sep) {
                    if let Some((year, yn)) = digits(&rest[1..], 4) {
                        if yn == 4 {
                            return Some((at + pos + 1 + yn, day, Some(month), Some(year as i32)));
                        }
                    }
                }
                if rest.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                    return None;
                }
                return Some((at + pos, day, Some(month), None));
            }
            // "14-15/12": a range of days; the month comes later.
            return (sep == '-').then_some((at + pos, day, None, None));
        }
    }
    // "d tháng m [năm y]".
    let rest = &s[pos..];
    if let Some(r) = rest.strip_prefix(" tháng ") {
        if let Some((month, mn)) = digits(r, 2) {
            if (1..=12).contains(&month) {
                let mut end = pos + " tháng ".len() + mn;
                let mut year = None;
                if let Some(r2) = s[end..].strip_prefix(" năm ") {
                    if let Some((y, yn)) = digits(r2, 4) {
                        if yn == 4 {
                            year = Some(y as i32);
                            end += " năm ".len() + yn;
                        }
                    }
                }
                return Some((at + end, day, Some(month), year));
            }
        }
    }
    if rest
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b == b'/')
    {
        return None;
    }
    Some((at + pos, day, None, None))
}

/// Words that join the days of one phrase ("14 và 15/12", "từ ngày 14 đến ngày 15").
const JOINERS: &[&str] = &[
    " và ngày ",
    " và sáng ",
    " và chiều ",
    " và ",
    ", ",
    " đến ngày ",
    " đến hết ngày ",
    " đến ",
    " - ",
    "-",
    " – ",
];

/// Reads a date phrase starting at `at` in the folded text `key` (after the
/// leading word). Needs a month somewhere.
pub(crate) fn date_at(key: &str, at: usize) -> Option<DateSpan> {
    let mut items = Vec::new();
    let mut pos = at;
    let mut best_end = None;
    for _ in 0..4 {
        let Some((end, day, month, year)) = item(key, pos) else {
            break;
        };
        items.push((day, month, year));
        if month.is_some() {
            best_end = Some((end, items.len()));
            // A full item ends the phrase unless a joiner leads to another full one.
        }
        let rest = key.get(end..).unwrap_or("");
        let Some(j) = JOINERS.iter().find(|j| rest.starts_with(*j)) else {
            break;
        };
        pos = end + j.len();
        if rest.len() < j.len() {
            break;
        }
    }
    let (end, count) = best_end?;
    let items = &items[..count];
    let (month, year) = items
        .iter()
        .rev()
        .find_map(|(_, m, y)| m.map(|m| (m, *y)))?;
    let (d0, m0, y0) = items[0];
    let first = DayMonth {
        day: d0,
        month: m0.unwrap_or(month),
        year: y0.or(if m0.is_none() { year } else { None }).or(year),
    };
    let last = (count > 1).then(|| {
        let (d, m, y) = items[count - 1];
        DayMonth {
            day: d,
            month: m.unwrap_or(month),
            year: y.or(year),
        }
    });
    Some(DateSpan { end, first, last })
}

/// Words that lead a meeting date.
const LEADS: &[&str] = &[
    "sáng ngày",
    "chiều ngày",
    "tối ngày",
    "trưa ngày",
    "sáng nay",
    "chiều nay",
    "tối nay",
    "hôm qua",
    "hôm nay",
    "trong hai ngày",
    "trong 2 ngày",
    "trong 02 ngày",
    "trong ba ngày",
    "trong 3 ngày",
    "từ ngày",
    "vào ngày",
    "vào sáng",
    "vào chiều",
    "ngày",
    "sáng",
    "chiều",
    "tối",
    "trưa",
];

static LEAD_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(LEADS)
        .expect("date automaton builds")
});

/// A meeting date found in the text: where its words start, and the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub span: DateSpan,
}

/// Days of the week after a time of day, folded, each after its space.
const WEEKDAYS: &[&str] = &[
    " thứ hai",
    " thứ ba",
    " thứ tư",
    " thứ năm",
    " thứ sáu",
    " thứ bảy",
    " thứ 2",
    " thứ 3",
    " thứ 4",
    " thứ 5",
    " thứ 6",
    " thứ 7",
    " chủ nhật",
];

/// The first "<leading word> <date>" in `text[from..to]`; with `at_start`,
/// only one that starts the range.
pub(crate) fn lead_date(text: &Folded, from: usize, to: usize, at_start: bool) -> Option<Found> {
    let key = text.key.as_str();
    let to = to.min(key.len());
    let mut pos = from;
    while pos < to {
        let m = LEAD_AC.find(Input::new(key).range(pos..to))?;
        pos = m.end();
        if at_start && m.start() != from {
            return None;
        }
        if !boundary_before(key, m.start()) || !boundary_after(key, m.end()) {
            continue;
        }
        let mut at = m.end();
        for skip in [" ngày", " nay"] {
            if key[at..].starts_with(skip) && boundary_after(key, at + skip.len()) {
                at += skip.len();
            }
        }
        // The day of the week: "Sáng thứ Hai (12/6)", "Chiều chủ nhật, 5/3".
        if let Some(day) = WEEKDAYS
            .iter()
            .find(|d| key[at..].starts_with(*d) && boundary_after(key, at + d.len()))
        {
            at += day.len();
        }
        let rest = &key[at..];
        let trimmed = rest.trim_start_matches([' ', ',']);
        at += rest.len() - trimmed.len();
        let paren = key[at..].starts_with('(');
        if paren {
            at += 1;
        }
        let Some(span) = date_at(key, at) else {
            continue;
        };
        // A document's date ("Nghị quyết số 05-NQ/TU ngày 12/3/2023") is not the meeting's.
        // Only the words of the same line: a headline above the lead
        // ("… quý I/2024") says nothing about the date below it.
        let before = &key[floor_boundary(key, m.start().saturating_sub(30))..m.start()];
        let before = before.rsplit('\n').next().unwrap_or(before);
        let last_token = before.split_whitespace().next_back().unwrap_or("");
        // A cut-off or a deadline ("tính đến ngày 30/6", "trước ngày 15/12").
        if matches!(last_token, "đến" | "trước" | "sau" | "hết" | "tới" | "từ") {
            continue;
        }
        if (last_token.contains('/') && last_token.chars().any(char::is_alphabetic))
            || before.trim_end().ends_with(" số")
        {
            continue;
        }
        let mut end = span.end;
        if paren && key[end..].starts_with(')') {
            end += 1;
        }
        return Some(Found {
            start: m.start(),
            end,
            span,
        });
    }
    None
}

/// "Sáng nay," / "Hôm qua," at `at` with no date after it: where the words
/// end and how many days before the publication date they mean.
pub(crate) fn relative_at(text: &Folded, at: usize) -> Option<(usize, i64)> {
    const WORDS: &[(&str, i64)] = &[
        ("sáng nay", 0),
        ("chiều nay", 0),
        ("tối nay", 0),
        ("trưa nay", 0),
        ("hôm nay", 0),
        ("sáng hôm qua", 1),
        ("chiều hôm qua", 1),
        ("hôm qua", 1),
        ("sáng qua", 1),
        ("chiều qua", 1),
        ("tối qua", 1),
    ];
    let key = text.key.get(at..)?;
    WORDS.iter().find_map(|(w, back)| {
        let rest = key.strip_prefix(w)?;
        rest.starts_with([',', ' '])
            .then_some((at + w.len(), *back))
    })
}

/// Where a lead starts once an agency tag ("(BLS) - ", "BAOLONGAN.VN - ") is skipped.
pub(crate) fn skip_tag(text: &Folded, from: usize, to: usize) -> usize {
    let s = text.orig.get(from..to).unwrap_or("");
    let head = &s[..floor_boundary(s, 60)];
    let tag_end = if head.starts_with('(') {
        head.find(')').map(|i| i + 1)
    } else {
        head.find(" -").or_else(|| head.find('-')).filter(|&i| {
            let t = head[..i].trim();
            !t.is_empty()
                && t.chars()
                    .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit() || c == ' ')
        })
    };
    let Some(e) = tag_end else { return from };
    let rest = &s[e..];
    let t = rest.trim_start_matches([' ', '-', '–', '—', ':']);
    if t.len() == rest.len() && !head.starts_with('(') {
        return from;
    }
    from + e + (rest.len() - t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dm(day: u32, month: u32, year: Option<i32>) -> DayMonth {
        DayMonth { day, month, year }
    }

    #[test]
    fn reads_the_shapes_of_real_dates() {
        assert_eq!(
            date_at("15/9/2023, huyện", 0).unwrap().first,
            dm(15, 9, Some(2023))
        );
        assert_eq!(date_at("9.12, ông", 0).unwrap().first, dm(9, 12, None));
        assert_eq!(date_at("22-6 ,", 0).unwrap().first, dm(22, 6, None));
        assert_eq!(
            date_at("17/01, đồng chí", 0).unwrap().first,
            dm(17, 1, None)
        );
        let s = date_at("14 tháng 12 năm 2023", 0).unwrap();
        assert_eq!(s.first, dm(14, 12, Some(2023)));
        let r = date_at("14 đến ngày 15/12/2023,", 0).unwrap();
        assert_eq!(r.first, dm(14, 12, Some(2023)));
        assert_eq!(r.last, Some(dm(15, 12, Some(2023))));
        assert!(date_at("2023 và", 0).is_none());
        assert!(date_at("17 chỉ tiêu", 0).is_none());
        let r = date_at("14-15/12", 0).unwrap();
        assert_eq!(
            (r.first, r.last),
            (dm(14, 12, None), Some(dm(15, 12, None)))
        );
    }

    #[test]
    fn lead_dates_skip_document_dates() {
        let f = Folded::new(
            "Thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2023, sáng ngày 20/4 Huyện ủy họp.",
        );
        let d = lead_date(&f, 0, f.key.len(), false).unwrap();
        assert_eq!(&f.orig[d.start..d.end], "sáng ngày 20/4");
        let w = Folded::new("Sáng thứ Hai (12/6), Đảng ủy thị trấn họp.");
        let d = lead_date(&w, 0, w.key.len(), true).unwrap();
        assert_eq!(&w.orig[d.start..d.end], "Sáng thứ Hai (12/6)");
        let g = Folded::new("(QT) - Chiều nay (5/3), Thị ủy tổ chức hội nghị.");
        let at = skip_tag(&g, 0, g.key.len());
        let d = lead_date(&g, at, g.key.len(), true).unwrap();
        assert_eq!(&g.orig[d.start..d.end], "Chiều nay (5/3)");
    }

    #[test]
    fn year_from_reference() {
        let r = NaiveDate::from_ymd_opt(2024, 1, 17).unwrap();
        assert_eq!(dm(17, 1, None).resolve(Some(r), None), Some(r));
        assert_eq!(
            dm(20, 12, None).resolve(Some(r), None),
            NaiveDate::from_ymd_opt(2023, 12, 20)
        );
        assert_eq!(
            dm(20, 12, None).resolve(None, Some(2022)),
            NaiveDate::from_ymd_opt(2022, 12, 20)
        );
        assert_eq!(dm(31, 2, None).resolve(Some(r), Some(2023)), None);
    }
}
