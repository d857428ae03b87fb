//! Which sentence announces the session: the surest cue in the first
//! paragraphs ("Hội nghị Ban Chấp hành … lần thứ 17" over "tổ chức hội nghị"
//! over "tại hội nghị"), and the headline's.

use crate::article::Article;
use crate::session::{find_cue, phrase_end, Cue, CueKind};
use crate::text::{floor_boundary, sentences, words_back, Folded};

/// Where the session is announced: a sentence and its cue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// The sentence.
    pub start: usize,
    pub end: usize,
    /// The paragraph it is in (for the date at its start).
    pub para: (usize, usize),
    pub cue: Cue,
    /// Where the meeting's name ends.
    pub phrase_end: usize,
}

/// The first cue of each sentence of a paragraph, as frames, read as they
/// are asked for.
fn frames_in(doc: &Folded, para: (usize, usize)) -> impl Iterator<Item = Frame> + '_ {
    sentences(doc.slice(para.0, para.1))
        .into_iter()
        .filter_map(move |(a, b)| {
            let (s, e) = (para.0 + a, para.0 + b);
            let cue = find_cue(doc, s, e)?;
            let phrase_end = phrase_end(doc, &cue, e);
            Some(Frame {
                start: s,
                end: e,
                para,
                cue,
                phrase_end,
            })
        })
}

/// How surely a frame announces the meeting: 3 when the meeting is named
/// (a body, a number, a kind: "Hội nghị Ban Chấp hành … lần thứ 17"), 2 when
/// a verb holds it ("tổ chức hội nghị"), 1 for a bare "tại hội nghị", 0 for
/// a Central plenum.
fn strength(doc: &Folded, f: &Frame) -> u8 {
    if f.cue.central {
        return 0;
    }
    if matches!(f.cue.kind, CueKind::Congress | CueKind::Briefing) {
        return 3;
    }
    let key = &doc.key;
    let name = &key[f.cue.end..floor_boundary(key, (f.phrase_end + 16).min(key.len()))];
    let located = located(doc, f);
    if located && !name.contains("lần thứ") {
        return 1;
    }
    let named = [
        "lần thứ",
        "ban chấp hành",
        "bch",
        "ban thường vụ",
        "btv",
        " ủy",
        "mở rộng",
        "giao ban",
        "sơ kết",
        "tổng kết",
        "chuyên đề",
        "bất thường",
        "thường kỳ",
    ]
    .iter()
    .any(|w| name.contains(w));
    if named {
        return 3;
    }
    let before = &key[floor_boundary(key, f.cue.start.saturating_sub(30))..f.cue.start];
    let held = [
        "tổ chức",
        "khai mạc",
        "bế mạc",
        "họp",
        "diễn ra",
        "tiến hành",
        "triệu tập",
        "chủ trì",
    ]
    .iter()
    .any(|w| before.contains(w));
    if held || f.cue.kind == CueKind::Meeting {
        2
    } else {
        1
    }
}

/// "Tại phiên họp, …", "Trong hội nghị, …", "… đánh giá tại hội nghị lần
/// thứ 14": the meeting is referred to, not announced as held.
fn located(doc: &Folded, f: &Frame) -> bool {
    let key = &doc.key;
    words_back(key, f.cue.start).next().is_some_and(|w| {
        matches!(
            &key[w.start..w.end],
            "tại" | "trong" | "sau" | "qua" | "trước" | "của"
        )
    })
}

/// The lead's frame (the surest in the first paragraphs, the first on a
/// tie — but a meeting announced as held over one only referred to, as a
/// sapo refers to it before the body announces it; a Central plenum only
/// when nothing else), and the headline's.
pub(crate) fn frames(article: &Article) -> (Option<Frame>, Option<Frame>) {
    let doc = &article.doc;
    let mut lead: Option<(u8, bool, Frame)> = None;
    let settled = |l: &Option<(u8, bool, Frame)>| l.as_ref().is_some_and(|(s, r, _)| *s == 3 && !r);
    for &p in article.paragraphs.iter().take(4) {
        for f in frames_in(doc, p) {
            let s = strength(doc, &f);
            let referred = located(doc, &f);
            if lead
                .as_ref()
                .is_none_or(|(best, r, _)| s > *best || (s == *best && *r && !referred))
            {
                lead = Some((s, referred, f));
            }
            if settled(&lead) {
                break;
            }
        }
        if settled(&lead) {
            break;
        }
    }
    let head = article.headline.and_then(|h| frames_in(doc, h).next());
    (lead.map(|l| l.2), head)
}
