//! When: the meeting's date (its lead, the session sentence, the first
//! paragraphs, or "Sáng nay" against the stamp) and the periods it reviews
//! and plans for, chosen among the period mentions of the article.

use chrono::{Datelike, NaiveDate};

use crate::article::Article;
use crate::dates::{self, DateSpan};
use crate::frame::Frame;
use crate::periods::{self, What};
use crate::session::CueKind;
use crate::text::sentences;

/// The last year a period covers.
pub(crate) fn last_year(w: &What) -> Option<i32> {
    w.bounds().map(|(_, end)| end.year())
}

/// The meeting date: at the start of the lead, in the session sentence, or
/// early in the first paragraphs. Gives the words' range and the phrase.
pub(crate) fn find_date(
    article: &Article,
    lead: Option<&Frame>,
    published: Option<NaiveDate>,
) -> Option<(usize, usize, DateSpan)> {
    let doc = &article.doc;
    let mut paras: Vec<(usize, usize)> = Vec::new();
    if let Some(f) = lead {
        paras.push(f.para);
    }
    paras.extend(article.paragraphs.iter().take(2).copied());
    for &(a, b) in &paras {
        let at = dates::skip_tag(doc, a, b);
        if let Some(d) = dates::lead_date(doc, at, b, true) {
            return Some((d.start, d.end, d.span));
        }
    }
    // "Sáng nay, …": the publication day (or the day before for "Hôm qua").
    if let Some(p) = published {
        for &(a, b) in &paras {
            let at = dates::skip_tag(doc, a, b);
            if let Some((end, back)) = dates::relative_at(doc, at) {
                let day = p - chrono::Duration::days(back);
                let first = dates::DayMonth {
                    day: day.day(),
                    month: day.month(),
                    year: Some(day.year()),
                };
                return Some((
                    at,
                    end,
                    DateSpan {
                        end,
                        first,
                        last: None,
                    },
                ));
            }
        }
    }
    if let Some(f) = lead {
        if let Some(d) = dates::lead_date(doc, f.start, f.end, false) {
            return Some((d.start, d.end, d.span));
        }
    }
    for &(a, b) in article.paragraphs.iter().take(2) {
        for (s, e) in sentences(doc.slice(a, b)).into_iter().take(3) {
            let at = dates::skip_tag(doc, a + s, a + e);
            let at = at + (doc.slice(at, a + e).len() - doc.slice(at, a + e).trim_start().len());
            if let Some(d) = dates::lead_date(doc, at, a + e, true) {
                return Some((d.start, d.end, d.span));
            }
        }
    }
    None
}

/// Whether the words of a sentence before a period (`doc[s..at]`) say the
/// meeting heard a report on it ("báo cáo tình hình …", "đánh giá kết quả
/// …") or, for a plan, set its tasks ("nhiệm vụ trọng tâm …").
fn reports_on(doc: &crate::text::Folded, s: usize, at: usize, plan: bool) -> bool {
    let head = doc.key.get(s..at).unwrap_or("");
    // Not what another meeting did ("Trước đó, Đại hội đã đánh giá …").
    if head.contains("đại hội") || head.contains("trước đó") {
        return false;
    }
    if plan {
        ["nhiệm vụ", "phương hướng", "kế hoạch"]
            .iter()
            .any(|w| head.contains(w))
    } else {
        head.contains("báo cáo")
            || (head.contains("hội nghị")
                && head.contains("đánh giá")
                && (head.contains("tình hình") || head.contains("kết quả")))
    }
}

/// The reviewed and planned periods.
pub(crate) fn find_periods(
    article: &Article,
    lead: Option<&Frame>,
    head: Option<&Frame>,
    default_year: Option<i32>,
    date_words: Option<(usize, usize)>,
) -> (Option<periods::Mention>, Option<periods::Mention>) {
    let doc = &article.doc;
    let congress = lead
        .or(head)
        .is_some_and(|f| f.cue.kind == CueKind::Congress);
    // A congress reviews and plans whole terms; other meetings no term.
    let usable = |m: &periods::Mention| {
        // "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045": a horizon, not
        // a period the meeting reviews or plans.
        // (So is a deadline: "hoàn thành mục tiêu … trước năm 2025".)
        let before = doc.key[..m.start].trim_end();
        if matches!(m.what, What::Year(_)) && (before.ends_with("đến") || before.ends_with("trước"))
        {
            return false;
        }
        let is_term = matches!(m.what, What::Term(..));
        let in_date = date_words.is_some_and(|(s, e)| m.start < e && s < m.end);
        !in_date
            && (if congress {
                is_term || matches!(m.what, What::Stage(..))
            } else {
                !is_term
            })
    };
    let sentence_periods = |s: usize, e: usize| {
        let mut list = periods::mentions(doc, s, e);
        periods::fill_years(&mut list, default_year);
        list.retain(usable);
        list
    };
    let mut review = None;
    let mut plan = None;
    for f in [lead, head].into_iter().flatten() {
        let list = sentence_periods(f.start, f.end);
        if congress {
            // The term written with the congress's name is the one it opens.
            let opened = list.iter().find(|m| {
                matches!(m.what, What::Term(..))
                    && m.start >= f.cue.end
                    && m.start - f.cue.end < 120
            });
            if let Some(o) = opened {
                plan = Some(o.clone());
                review = list
                    .iter()
                    .find(|m| matches!(m.what, What::Term(..)) && m.start != o.start)
                    .cloned();
                break;
            }
        }
        let (r, p) = periods::review_and_plan(doc, &list);
        if review.is_none() && plan.is_none() {
            review = r;
            plan = p;
        }
        if review.is_some() || plan.is_some() {
            break;
        }
    }
    // Fill what the lead leaves out from the next sentences.
    if review.is_none() || plan.is_none() {
        let start = lead.map_or(article.body.0, |f| f.end);
        let mut budget = 12;
        'outer: for &(a, b) in article.paragraphs.iter().take(5) {
            for (s, e) in sentences(doc.slice(a, b)) {
                let (s, e) = (a + s, a + e);
                if e <= start {
                    continue;
                }
                budget -= 1;
                if budget == 0 {
                    break 'outer;
                }
                let list = sentence_periods(s.max(start), e);
                let mut prev = s.max(start);
                for m in &list {
                    if m.what.bounds().is_none() {
                        continue;
                    }
                    let is_plan = periods::is_plan(doc, m, prev);
                    prev = m.end;
                    match (&review, &plan) {
                        (Some(r), None) if is_plan && periods::precedes(&r.what, &m.what) => {
                            plan = Some(m.clone());
                        }
                        (None, Some(p)) if !is_plan && periods::precedes(&m.what, &p.what) => {
                            review = Some(m.clone());
                        }
                        // A lead with no period (a first plenum after a merger,
                        // a Central plenum's opening): the report the meeting
                        // heard names it ("báo cáo tình hình kinh tế - xã hội 6
                        // tháng đầu năm 2025").
                        (None, None) if reports_on(doc, s, m.start, is_plan) => {
                            if is_plan {
                                plan = Some(m.clone());
                            } else {
                                review = Some(m.clone());
                            }
                        }
                        _ => {}
                    }
                    if review.is_some() && plan.is_some() {
                        break 'outer;
                    }
                }
            }
        }
    }
    // A plan named only further on, where a sentence opens with it and aims
    // ("Giai đoạn 2023 - 2025, huyện phấn đấu …" after a mid-term review) or
    // plan words lead to it ("nhiệm vụ, giải pháp trọng tâm giai đoạn …").
    if let (Some(r), None) = (&review, &plan) {
        plan = article.paragraphs.iter().skip(1).find_map(|&(a, b)| {
            sentences(doc.slice(a, b)).into_iter().find_map(|(s, e)| {
                let (s, e) = (a + s, a + e);
                let first = sentence_periods(s, e).into_iter().next()?;
                let opens = doc.slice(s, first.start).trim().is_empty();
                let aims = doc.key[first.end..e].contains("phấn đấu");
                ((opens && aims || periods::is_plan(doc, &first, s))
                    && first.what.bounds().is_some()
                    && periods::precedes(&r.what, &first.what))
                .then_some(first)
            })
        });
    }
    (review, plan)
}

/// The last year (1945–2099) a headline writes after "năm" or "/"
/// ("… 6 tháng đầu năm 2026", "… quý I/2024").
pub(crate) fn year_in(headline: &str) -> Option<i32> {
    let bytes = headline.as_bytes();
    let mut found = None;
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let head = headline[..i].trim_end();
        if run == 4 && (head.ends_with("năm") || head.ends_with('/')) {
            found = headline[i..i + 4]
                .parse::<i32>()
                .ok()
                .filter(|y| (1945..2100).contains(y))
                .or(found);
        }
        i += run;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::year_in;

    #[test]
    fn the_year_a_headline_names() {
        assert_eq!(
            year_in("Phường Hội An sơ kết 6 tháng đầu năm 2026"),
            Some(2026)
        );
        assert_eq!(year_in("Huyện ủy họp đánh giá quý I/2024"), Some(2024));
        assert_eq!(year_in("Thu ngân sách đạt 2024 tỷ đồng"), None);
        assert_eq!(year_in("Hội nghị lần thứ 12"), None);
    }
}
