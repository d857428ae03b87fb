//! Reading one article: every finder in turn, into a report draft.

use chrono::{Datelike, NaiveDate};
use dangbo::{Organ, PeriodsDraft, ReportDraft, SessionDraft, SessionKind, SourceDraft, TermDraft};

use crate::article::Article;
use crate::committee::{self, Body, Mention};
use crate::dates::{self, DateSpan};
use crate::frame::{self, Frame};
use crate::periods::{self, What};
use crate::session::{self, CueKind};
use crate::term;
use crate::text::{sentences, Folded};
use crate::{figures, layout, locality, people, resolutions, source, Options};

/// The last year a period covers.
fn last_year(w: &What) -> Option<i32> {
    w.bounds().map(|(_, end)| end.year())
}

/// Everything the article says, as a draft.
pub(crate) fn read(text: &str, options: &Options) -> ReportDraft {
    let layout = layout::layout(text);
    let stamp = source::published(text, &layout);
    let published = options.published.or(stamp);
    let month_end = layout.month.and_then(|(y, m)| {
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next.and_then(|d| d.pred_opt())
    });
    let reference = published.or(month_end);
    let article = Article::new(text, &layout);
    let doc = &article.doc;
    let (lead, head) = frame::frames(&article);
    let all = committee::mentions(doc, 0, doc.key.len());
    let primary = locality::choose(doc, &all, lead.as_ref(), head.as_ref(), &article);

    // The date, with the year known so far.
    let date = find_date(&article, lead.as_ref(), published);
    let prelim = date.and_then(|(_, _, d)| d.first.resolve(reference, None));
    let default_year = prelim.map(|d| d.year()).or(reference.map(|d| d.year()));

    let date_words = date.map(|(s, e, _)| (s, e));
    let (review, plan) = find_periods(
        &article,
        lead.as_ref(),
        head.as_ref(),
        default_year,
        date_words,
    );
    // The day the committee is looked up on: the meeting's, with the year
    // from the review period when nothing else gives it.
    let review_year = review.as_ref().and_then(|m| last_year(&m.what));
    let on = prelim
        .or_else(|| date.and_then(|(_, _, d)| d.first.resolve(None, review_year)))
        .or(reference);
    let committee = primary.map(|p| {
        locality::resolve(&locality::Evidence {
            primary: p,
            primary_text: doc,
            all: &all,
            headline_place: article
                .headline
                .and_then(|(a, b)| locality::headline_place(&Folded::new(doc.slice(a, b)))),
            headline: article.headline.map(|(a, b)| doc.slice(a, b)),
            opening: article
                .paragraphs
                .first()
                .zip(
                    article
                        .paragraphs
                        .get(..3.min(article.paragraphs.len()))
                        .and_then(<[_]>::last),
                )
                .map(|(a, b)| doc.slice(a.0, b.1)),
            on,
        })
    });
    let central = primary.is_some_and(|p| p.body.is_central());
    let unit = committee
        .as_ref()
        .and_then(|c| c.unit_kind)
        .and_then(locality::unit_of);

    let session = lead.or(head).map(|f| {
        build_session(
            &article,
            f,
            lead.as_ref(),
            head.as_ref(),
            primary,
            central,
            unit,
            date,
            reference,
            review.as_ref(),
        )
    });

    let mut ranges = article.paragraphs.clone();
    ranges.extend(article.captions.iter().copied());
    let mut people = people::find(doc, &ranges);
    for a in source::authors(text, &layout) {
        let k = a.name.as_deref().map(crate::text::fold);
        if !people
            .iter()
            .any(|p| p.name.as_deref().map(crate::text::fold) == k)
        {
            people.push(a);
        }
    }
    let resolutions = resolutions::find(doc, article.body.0, article.body.1);
    let review_draft = review
        .as_ref()
        .and_then(|m| m.what.draft(doc.slice(m.start, m.end)));
    let plan_draft = plan
        .as_ref()
        .and_then(|m| m.what.draft(doc.slice(m.start, m.end)));
    let found = figures::find(
        article.body_text(),
        &figures::Context {
            review: review_draft.clone(),
            plan: plan_draft.clone(),
            published,
            below_province: committee
                .as_ref()
                .and_then(|c| c.level)
                .is_some_and(|l| matches!(l, dangbo::Level::District | dangbo::Level::Grassroots)),
            unit: committee.as_ref().and_then(|c| c.unit_kind),
            locality: committee.as_ref().and_then(|c| c.locality.clone()),
        },
    );
    ReportDraft {
        source: SourceDraft {
            title: article
                .headline
                .map(|(a, b)| crate::text::squash(doc.slice(a, b))),
            published,
            url: None,
        },
        committee,
        session,
        periods: PeriodsDraft {
            review: review_draft,
            plan: plan_draft,
        },
        people,
        indicators: found.indicators,
        tallies: found.tallies,
        resolutions,
        findings: Vec::new(),
    }
}

/// The meeting date: at the start of the lead, in the session sentence, or
/// early in the first paragraphs. Gives the words' range and the phrase.
fn find_date(
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
fn find_periods(
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

#[allow(clippy::too_many_arguments)]
fn build_session(
    article: &Article,
    f: Frame,
    lead: Option<&Frame>,
    head: Option<&Frame>,
    primary: Option<&Mention>,
    central: bool,
    unit: Option<committee::Unit>,
    date: Option<(usize, usize, DateSpan)>,
    reference: Option<NaiveDate>,
    review: Option<&periods::Mention>,
) -> SessionDraft {
    let doc = &article.doc;
    let frames: Vec<&Frame> = [lead, head].into_iter().flatten().collect();
    let congress = f.cue.kind == CueKind::Congress;
    // "Hội nghị cán bộ chủ chốt": a conference the committee convenes for
    // its key officials, not a session of one of its organs.
    let officials = frames
        .iter()
        .any(|fr| session::officials_conference(doc, &fr.cue));
    let organ = if congress {
        Organ::Congress
    } else if officials {
        Organ::Other
    } else {
        frames
            .iter()
            .find_map(|fr| session::organ_in_phrase(doc, &fr.cue, fr.phrase_end))
            .or_else(|| primary.map(|p| Body::organ(p.body)))
            .unwrap_or(Organ::Other)
    };
    let mut ordinal = frames
        .iter()
        .filter(|fr| (fr.cue.kind == CueKind::Congress) == congress)
        .find_map(|fr| {
            session::ordinal(
                doc,
                fr.start,
                fr.phrase_end.max(fr.cue.end),
                congress,
                central,
            )
        });
    if ordinal.is_none() && !congress && organ == Organ::ExecutiveCommittee {
        ordinal = session::ordinal(doc, article.body.0, article.body.1, false, central);
    }
    let announced = frames
        .iter()
        .find_map(|fr| session::announced_kind(doc, &fr.cue, fr.phrase_end, ordinal.is_some()));
    // A regular meeting (announced `Plenary`: held for a review) is a
    // plenary only for the organs that hold plenums.
    // "phiên họp thường kỳ tháng 5": a standing committee's regular meeting.
    let regular = frames.iter().any(|fr| {
        let key = &doc.key;
        let end = crate::text::floor_boundary(key, (fr.phrase_end + 24).min(key.len()));
        key.get(fr.cue.start..end)
            .is_some_and(|k| k.contains("thường kỳ"))
    });
    let kind = match announced {
        Some(k) if k != SessionKind::Plenary => k,
        _ => match organ {
            Organ::ExecutiveCommittee => SessionKind::Plenary,
            Organ::StandingCommittee if ordinal.is_some() || regular => SessionKind::Plenary,
            _ => SessionKind::Other,
        },
    };
    let mut term = if congress {
        term::congress_term(doc, &f.cue, f.end)
    } else {
        (None, None)
    };
    let mut cited = None;
    if !congress {
        let mut found: Vec<term::Terms> = frames
            .iter()
            .map(|fr| {
                term::term(
                    doc,
                    fr.start,
                    fr.cue.start,
                    fr.phrase_end + 80,
                    unit,
                    central,
                )
            })
            .collect();
        if found.iter().all(|t| t.ordinal.is_none()) || found.iter().all(|t| t.years.is_none()) {
            found.push(term::term(doc, 0, 0, doc.key.len(), unit, central));
        }
        for t in found {
            term.0 = term.0.or(t.ordinal);
            term.1 = term.1.or(t.years);
            cited = cited.or(t.cited);
        }
    }
    if congress {
        // The congress that elects "khóa N" is the N-th.
        term.0 = term.0.or(ordinal);
    }
    let expanded = frames
        .iter()
        .any(|fr| session::expanded(doc, fr.cue.start, fr.phrase_end))
        || frames.iter().any(|fr| {
            fr.cue.kind != CueKind::Congress
                && doc.key[fr.start..fr.cue.start].contains("(mở rộng)")
        });
    let extraordinary = frames
        .iter()
        .any(|fr| session::extraordinary(doc, fr.cue.start, fr.phrase_end));
    let review_year = review.and_then(|m| last_year(&m.what));
    let (date_value, end_date, date_text) = match date {
        Some((s, e, span)) => {
            let first = span
                .first
                .resolve(reference, None)
                .or_else(|| span.first.resolve(None, review_year));
            let year = first.map(|d| d.year());
            let last = span.last.and_then(|l| {
                let l = dates::DayMonth {
                    year: l.year.or(year),
                    ..l
                };
                l.resolve(None, None)
            });
            let last = last.filter(|l| first.is_some_and(|d| *l > d));
            (
                first,
                last,
                Some(crate::text::squash(crate::text::trim_clause(
                    doc.slice(s, e),
                ))),
            )
        }
        None => (None, None, None),
    };
    // The term of the congress whose resolution is cited is the committee's
    // when its number is the committee's khóa, or the meeting falls in it.
    if term.1.is_none() {
        if let Some((n, (y1, y2))) = cited {
            let year = date_value.map(|d| d.year()).or(reference.map(|d| d.year()));
            let numbers_agree = match (n, term.0) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let in_term = year.is_some_and(|y| (y1..=y2).contains(&y));
            if numbers_agree && (in_term || (n.is_some() && n == term.0)) {
                term.1 = Some((y1, y2));
            }
        }
    }
    SessionDraft {
        organ: Some(organ),
        kind: Some(kind),
        ordinal,
        term: (term.0.is_some() || term.1.is_some()).then(|| TermDraft {
            ordinal: term.0,
            start_year: term.1.map(|y| y.0),
            end_year: term.1.map(|y| y.1),
        }),
        expanded,
        extraordinary,
        date: date_value,
        end_date,
        date_text,
    }
}
