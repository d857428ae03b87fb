//! Periods (PATTERNS.md §5): "9 tháng đầu năm 2023", "3 tháng cuối năm",
//! "quý I/2024", "năm 2023", "giữa nhiệm kỳ", "nhiệm kỳ 2020-2025",
//! "giai đoạn 2021-2025", "tháng 10 năm 2023"; and which of them a session
//! reviews and which it plans for.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use dangbo::PeriodDraft;
use regex::Regex;

use crate::ordinal::{number_words, roman};
use crate::text::{boundary_before, floor_boundary, fold, Folded};

/// A period written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub what: What,
}

/// A period before its year is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum What {
    Year(i32),
    YearToDate(u32, Option<i32>),
    YearRemainder(u32, Option<i32>),
    Quarter(u32, Option<i32>),
    Month(u32, Option<i32>),
    Term(i32, i32),
    MidTerm(Option<(i32, i32)>),
    Stage(i32, i32),
}

impl What {
    fn year(&self) -> Option<i32> {
        match self {
            What::Year(y) => Some(*y),
            What::YearToDate(_, y)
            | What::YearRemainder(_, y)
            | What::Quarter(_, y)
            | What::Month(_, y) => *y,
            _ => None,
        }
    }

    fn needs_year(&self) -> bool {
        matches!(
            self,
            What::YearToDate(_, None)
                | What::YearRemainder(_, None)
                | What::Quarter(_, None)
                | What::Month(_, None)
        )
    }

    fn with_year(&self, year: i32) -> What {
        match self {
            What::YearToDate(m, None) => What::YearToDate(*m, Some(year)),
            What::YearRemainder(m, None) => What::YearRemainder(*m, Some(year)),
            What::Quarter(q, None) => What::Quarter(*q, Some(year)),
            What::Month(m, None) => What::Month(*m, Some(year)),
            other => other.clone(),
        }
    }

    /// The first and last day, when known.
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
        let month_end = |y: i32, m: u32| {
            if m == 12 {
                ymd(y, 12, 31)
            } else {
                ymd(y, m + 1, 1).and_then(|d| d.pred_opt())
            }
        };
        Some(match *self {
            What::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
            What::YearToDate(m, Some(y)) => (ymd(y, 1, 1)?, month_end(y, m)?),
            What::YearRemainder(m, Some(y)) => (ymd(y, 13 - m, 1)?, ymd(y, 12, 31)?),
            What::Quarter(q, Some(y)) => (ymd(y, q * 3 - 2, 1)?, month_end(y, q * 3)?),
            What::Month(m, Some(y)) => (ymd(y, m, 1)?, month_end(y, m)?),
            What::Term(a, b) | What::Stage(a, b) | What::MidTerm(Some((a, b))) => {
                (ymd(a, 1, 1)?, ymd(b, 12, 31)?)
            }
            _ => return None,
        })
    }

    /// The model's form, when the period is complete. The core's reading of
    /// the words ([`dangbo::Period::parse_in`]) is taken when it agrees;
    /// otherwise the form found here wins (it knows a year carried from
    /// elsewhere in the sentence and a mid-term's years).
    pub fn draft(&self, text: &str) -> Option<PeriodDraft> {
        let own = self.own_draft(text)?;
        let year = self.year();
        let core = dangbo::Period::parse_in(text, year)
            .ok()
            .map(|p| p.to_draft());
        Some(match core {
            Some(c) if c == own => c,
            _ => own,
        })
    }

    fn own_draft(&self, text: &str) -> Option<PeriodDraft> {
        Some(match *self {
            What::Year(year) => PeriodDraft::Year { year },
            What::YearToDate(months, Some(year)) => PeriodDraft::YearToDate { year, months },
            What::YearRemainder(months, Some(year)) => PeriodDraft::YearRemainder { year, months },
            What::Quarter(quarter, Some(year)) => PeriodDraft::Quarter { year, quarter },
            What::Month(_, Some(year)) => PeriodDraft::Other {
                year: Some(year),
                text: text.to_owned(),
            },
            What::Term(start_year, end_year) => PeriodDraft::Term {
                start_year,
                end_year,
            },
            What::MidTerm(Some((start_year, end_year))) => PeriodDraft::MidTerm {
                start_year,
                end_year,
            },
            What::Stage(start_year, end_year) => PeriodDraft::Stage {
                start_year,
                end_year,
            },
            _ => return None,
        })
    }
}

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let n = r"(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)";
    let y = r"(\d{4})";
    let dash = r"\s*[-–—]\s*";
    let pattern = format!(
        r"(?x)
        {n}\s+tháng\s+(đầu|cuối|còn\s+lại)(?:\s+(?:của\s+)?năm)?(?:\s*,?\s+(?:năm\s+)?{y})?
        | {n}\s+tháng\s+năm\s+{y}
        | {n}\s+tháng\s+qua
        | quý\s+(iv|iii|ii|i|[1-4])(?:\s*(?:[/.-]|năm|,\s*năm)\s*{y})?
        | (giữa|nửa)\s+nhiệm\s+kỳ
        | nhiệm\s+kỳ\s+{y}{dash}{y}
        | giai\s+đoạn\s+{y}{dash}{y}
        | tháng\s+(\d{{1,2}})(?:\s*(?:[/.-]|năm)\s*{y})
        | năm\s+{y}
        | {n}\s+tháng(\s*[,;]|\s+và\s)
        | tháng\s+(\d{{1,2}})(?:[^0-9]|$)
        "
    );
    // (Folding lowercases the pattern too: no upper-case classes such as
    // `\D`; and no `\b`, which would keep the regex off its fast engine.)
    Regex::new(&fold(&pattern)).expect("period regex")
});

fn count(text: &str) -> Option<u32> {
    if let Ok(v) = text.parse::<u32>() {
        return Some(v);
    }
    let words: Vec<&str> = text.split(' ').collect();
    number_words(&words)
        .filter(|(_, used)| *used == words.len())
        .map(|(v, _)| v)
}

/// Every period in `text[from..to]`, in order.
/// Whether the month phrase at `start` is a date's ("ngày 28 tháng 6") or a
/// monthly meeting's name ("phiên họp thường kỳ tháng 7"), not a period.
fn dated_or_named(key: &str, start: usize) -> bool {
    let before = key[..start].trim_end();
    before.ends_with(|c: char| c.is_ascii_digit()) || before.ends_with("thường kỳ")
}

pub(crate) fn mentions(text: &Folded, from: usize, to: usize) -> Vec<Mention> {
    let key = &text.key;
    let to = floor_boundary(key, to.min(key.len()));
    let mut out = Vec::new();
    let mut bare = Vec::new();
    let mut months = Vec::new();
    for c in PERIOD.captures_iter(&key[from..to]) {
        let Some(whole) = c.get(0) else { continue };
        let start = from + whole.start();
        if !boundary_before(key, start) {
            continue;
        }
        let g = |i: usize| c.get(i).map(|m| m.as_str());
        let yr = |i: usize| g(i).and_then(|s| s.parse::<i32>().ok());
        let what = if let Some(n) = g(1) {
            let Some(m) = count(n).filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            if g(2) == Some("đầu") {
                What::YearToDate(m, yr(3))
            } else {
                What::YearRemainder(m, yr(3))
            }
        } else if let Some(n) = g(4) {
            let Some(m) = count(n).filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            What::YearToDate(m, yr(5))
        } else if let Some(n) = g(6) {
            let Some(m) = count(n).filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            What::YearToDate(m, None)
        } else if let Some(q) = g(7) {
            let q = q.parse::<u32>().ok().or_else(|| roman(&q.to_uppercase()));
            let Some(q) = q.filter(|q| (1..=4).contains(q)) else {
                continue;
            };
            What::Quarter(q, yr(8))
        } else if g(9).is_some() {
            What::MidTerm(None)
        } else if let (Some(a), Some(b)) = (yr(10), yr(11)) {
            What::Term(a, b)
        } else if let (Some(a), Some(b)) = (yr(12), yr(13)) {
            What::Stage(a, b)
        } else if let Some(m) = g(14).and_then(|m| m.parse::<u32>().ok()) {
            // Not the month of a date ("Ngày 4 tháng 7 năm 2017") nor of a
            // monthly meeting's name ("phiên thường kỳ tháng 7 năm 2017").
            if !(1..=12).contains(&m) || dated_or_named(key, start) {
                continue;
            }
            What::Month(m, yr(15))
        } else if let Some(y) = yr(16) {
            What::Year(y)
        } else if let (Some(n), Some(tail)) = (g(17), c.get(18)) {
            // A bare count of months closing its phrase ("nhiệm vụ 9 tháng,
            // …"): kept only when another period follows (below).
            let Some(m) = count(n).filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            out.push(Mention {
                start,
                end: from + tail.start(),
                what: What::YearToDate(m, None),
            });
            bare.push(out.len() - 1);
            continue;
        } else if let Some(m) = g(19).and_then(|m| m.parse::<u32>().ok()) {
            // A month without its year ("nhiệm vụ tháng 11"): kept only
            // when it follows a dated month (below); not the month of a date
            // ("ngày 28 tháng 6").
            if !(1..=12).contains(&m) || dated_or_named(key, start) {
                continue;
            }
            // (The group ends the month; the match goes one character on.)
            let end = c.get(19).map_or(whole.end(), |g| g.end());
            out.push(Mention {
                start,
                end: from + end,
                what: What::Month(m, None),
            });
            months.push(out.len() - 1);
            continue;
        } else {
            continue;
        };
        if let What::Year(y) | What::Term(y, _) | What::Stage(y, _) = what {
            if !(1930..=2100).contains(&y) {
                continue;
            }
        }
        out.push(Mention {
            start,
            end: from + whole.end(),
            what,
        });
    }
    // "9 tháng, … 3 tháng cuối năm 2024": a bare count of months is the
    // first of a pair of periods within one year (the year is written once,
    // after the second); alone it is only a duration.
    // "tháng 10 năm 2023 và … nhiệm vụ tháng 11": a month without its year
    // is the next month after a dated one just before it (the year turning
    // after December), or the month before a dated one just after it;
    // alone it is not a period the text dates.
    for &i in months.iter().rev() {
        let What::Month(m, None) = out[i].what else {
            continue;
        };
        let dated = i.checked_sub(1).and_then(|j| match out[j].what {
            What::Month(pm, Some(py)) if out[i].start - out[j].end < 160 => Some((pm, py)),
            _ => None,
        });
        // "nhiệm vụ tháng 10, … tháng 11 năm 2024": the year written once,
        // after the second month of a pair.
        let dated_after = out.get(i + 1).and_then(|n| match n.what {
            What::Month(nm, Some(ny)) if n.start - out[i].end < 160 => Some((nm, ny)),
            _ => None,
        });
        if let Some((pm, py)) = dated {
            out[i].what = What::Month(m, Some(if m < pm { py + 1 } else { py }));
        } else if let Some((nm, ny)) = dated_after {
            out[i].what = What::Month(m, Some(if m > nm { ny - 1 } else { ny }));
        } else {
            out.remove(i);
            bare.iter_mut().filter(|b| **b > i).for_each(|b| *b -= 1);
        }
    }
    for &i in bare.iter().rev() {
        let paired = out.get(i + 1).is_some_and(|n| {
            n.start - out[i].end < 160
                && matches!(
                    n.what,
                    What::Year(_)
                        | What::YearToDate(..)
                        | What::YearRemainder(..)
                        | What::Quarter(..)
                        | What::Month(..)
                )
        });
        if !paired {
            out.remove(i);
        }
    }
    // "giữa nhiệm kỳ … nhiệm kỳ 2020-2025": the mid-term takes the years of
    // the term named next to it, after it first ("sơ kết giữa nhiệm kỳ thực
    // hiện Nghị quyết …, nhiệm kỳ 2020-2025"), else before it ("BCH … khóa
    // XI, nhiệm kỳ 2020-2025 tổ chức hội nghị sơ kết giữa nhiệm kỳ").
    let mut i = 0;
    while i < out.len() {
        if out[i].what == What::MidTerm(None) {
            let after = (i + 1..out.len())
                .find(|&j| matches!(out[j].what, What::Term(..)))
                .filter(|&j| out[j].start - out[i].end < 200);
            let before = (0..i)
                .rev()
                .find(|&j| matches!(out[j].what, What::Term(..)))
                .filter(|&j| out[i].start - out[j].end < 200);
            if let Some(j) = after.or(before) {
                if let What::Term(a, b) = out[j].what {
                    out[i].what = What::MidTerm(Some((a, b)));
                    out.remove(j);
                    if j < i {
                        i -= 1;
                    }
                }
            }
        }
        i += 1;
    }
    out
}

/// Carries a year written once back to the periods before it in the same
/// sentence ("9 tháng đầu năm; … 3 tháng cuối năm 2023"), else forward from
/// one before it ("quý I/2024, … quý II"), else `default`.
pub(crate) fn fill_years(list: &mut [Mention], default: Option<i32>) {
    // The next written year after each period, and the last one before it
    // (two linear passes).
    let mut next = vec![None; list.len()];
    let mut seen = None;
    for i in (0..list.len()).rev() {
        next[i] = seen;
        if let Some(y) = list[i].what.year() {
            seen = Some(y);
        }
    }
    let mut prev = None;
    for (i, m) in list.iter_mut().enumerate() {
        if m.what.needs_year() {
            if let Some(y) = next[i].or(prev).or(default) {
                m.what = m.what.with_year(y);
            }
        } else if let Some(y) = m.what.year() {
            prev = Some(y);
        }
    }
}

/// Whether period `a` comes before period `b`: it ends before `b` starts,
/// or, for terms, ends in the year `b` starts ("2020-2025" before "2025-2030").
pub(crate) fn precedes(a: &What, b: &What) -> bool {
    let multi = |w: &What| matches!(w, What::Term(..) | What::Stage(..) | What::MidTerm(Some(_)));
    // A mid-term review comes before the term's second half ("giai đoạn
    // 2023-2025" after the mid-term of 2020-2025).
    if let (What::MidTerm(Some((s, e))), Some((bstart, bend))) = (a, b.bounds()) {
        if bstart.year() >= (s + e + 1) / 2 && bend.year() <= *e {
            return true;
        }
    }
    match (a.bounds(), b.bounds()) {
        (Some((_, aend)), Some((bstart, _))) => {
            aend < bstart || (multi(a) && multi(b) && aend.year() <= bstart.year() && a != b)
        }
        _ => false,
    }
}

/// Words before a period that make it the one planned for.
const PLAN_CUES: &[&str] = &[
    "phương hướng",
    "nhiệm vụ trọng tâm",
    "kế hoạch",
    "triển khai",
    "mục tiêu",
    "nhiệm vụ năm",
    "đề ra",
    "tới",
    "phấn đấu",
    // The resolution a meeting drafts sets its period's goals: "cho ý kiến
    // vào dự thảo Nghị quyết về chuyển đổi số … giai đoạn 2024 - 2025".
    "dự thảo nghị quyết",
];
/// Words before a period that make it the one reviewed.
const REVIEW_CUES: &[&str] = &[
    "đánh giá",
    "kết quả",
    "sơ kết",
    "tổng kết",
    "kiểm điểm",
    "tình hình",
    "trong",
];

/// Where the last of the `cues` found in `hay` starts (the greatest of their
/// `rfind`s), read backwards once.
fn last_start(hay: &str, cues: &[&str]) -> Option<usize> {
    let bytes = hay.as_bytes();
    (0..bytes.len()).rev().find(|&p| {
        let rest = &bytes[p..];
        cues.iter()
            .any(|c| c.as_bytes()[0] == rest[0] && rest.starts_with(c.as_bytes()))
    })
}

/// Whether the words just before `m` (after `prev_end`) announce a plan.
pub(crate) fn is_plan(text: &Folded, m: &Mention, prev_end: usize) -> bool {
    let key = &text.key;
    let from = floor_boundary(key, m.start.saturating_sub(90).max(prev_end));
    let before = &key[from..m.start];
    let plan = last_start(before, PLAN_CUES);
    let review = last_start(before, REVIEW_CUES);
    match (plan, review) {
        (Some(p), Some(r)) => p > r,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The reviewed and planned periods among the periods of one sentence.
pub(crate) fn review_and_plan(
    text: &Folded,
    list: &[Mention],
) -> (Option<Mention>, Option<Mention>) {
    let complete: Vec<&Mention> = list.iter().filter(|m| m.what.bounds().is_some()).collect();
    let Some(first) = complete.first() else {
        return (None, None);
    };
    if complete.len() == 1 {
        return if is_plan(text, first, 0) {
            (None, Some((*first).clone()))
        } else {
            (Some((*first).clone()), None)
        };
    }
    let review = if is_plan(text, first, 0) {
        None
    } else {
        Some(*first)
    };
    let after = review.map_or(0, |r| r.end);
    let plan = complete.iter().find(|m| {
        m.start >= after
            && match review {
                Some(r) => precedes(&r.what, &m.what),
                None => true,
            }
    });
    match (review, plan) {
        (None, None) => (None, None),
        (r, p) => (r.cloned(), p.map(|m| (*m).clone())),
    }
}

#[cfg(test)]
mod tests;
