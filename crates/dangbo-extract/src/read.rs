//! Reading one article: every finder in turn, into a report draft.

use chrono::{Datelike, NaiveDate};
use dangbo::{Organ, PeriodsDraft, ReportDraft, SessionDraft, SessionKind, SourceDraft, TermDraft};

use crate::article::Article;
use crate::committee::{self, Body, Mention};
use crate::dates::{self, DateSpan};
use crate::frame::{self, Frame};
use crate::periods;
use crate::session::{self, CueKind};
use crate::term;
use crate::text::Folded;
use crate::when::{find_date, find_periods, last_year};
use crate::{figures, layout, locality, people, resolutions, source, Options};

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
    let article = Article::new(text, &layout);
    // A page with no stamp: the year its headline names ("Phường Hội An sơ
    // kết 6 tháng đầu năm 2026"), its last day as the reference.
    let headline_year = article
        .headline
        .and_then(|(a, b)| crate::when::year_in(article.doc.slice(a, b)))
        .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31));
    let reference = published.or(month_end).or(headline_year);
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
