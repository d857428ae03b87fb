//! The session (PATTERNS.md §2–3): which sentence announces it, the body
//! that meets, its kind, its own number, its term, "(mở rộng)", "bất thường".

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use dangbo::{Organ, SessionKind};

use crate::committee::{self, Body, Unit};
use crate::ordinal::{ordinal_at, roman};
use crate::text::{boundary_after, boundary_before, floor_boundary, words_back, Folded};

/// The word that names the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// Hội nghị.
    Conference,
    /// Đại hội.
    Congress,
    /// giao ban (without "Hội nghị").
    Briefing,
    /// phiên họp.
    Meeting,
}

/// Where the meeting is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub start: usize,
    pub end: usize,
    pub kind: CueKind,
    /// A Central plenum ("Hội nghị Trung ương 8", "… lần thứ 8 Ban Chấp hành Trung ương").
    pub central: bool,
}

static CUE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build([
            "hội nghị",
            "hội ghị",
            "hộị nghị",
            "đại hội",
            "giao ban",
            "phiên họp",
        ])
        .expect("session automaton builds")
});

/// Whether the words before `at` (in the same clause) show a cited meeting.
fn cited_before(key: &str, at: usize, words: &[&str]) -> bool {
    let from = floor_boundary(key, at.saturating_sub(40));
    let head = &key[from..at];
    let head = head
        .rsplit([',', ';', '.', ':', '('])
        .next()
        .unwrap_or(head);
    words
        .iter()
        .any(|w| head.trim_end().ends_with(w) || head.contains(&format!("{w} ")))
}

const CITING: &[&str] = &[
    "nghị quyết",
    "kết luận",
    "thông báo",
    "tinh thần",
    "văn kiện",
    "chỉ thị",
    "quy định",
];
const CONGRESS_CITING: &[&str] = &[
    "nghị quyết",
    "tiến tới",
    "chuẩn bị",
    "hướng tới",
    "chào mừng",
    "văn kiện",
    "trình",
    "phục vụ",
    "sau",
    "trước",
    "kỳ",
    "cho",
    "của",
    "nhân sự",
    "kết luận",
    "tinh thần",
    "đến",
    "các",
    "ra",
];

/// The first cue in `text[from..to]` that names a held meeting.
pub(crate) fn find_cue(text: &Folded, from: usize, to: usize) -> Option<Cue> {
    let key = text.key.as_str();
    let mut pos = from;
    let mut central_first = None;
    while pos < to {
        let m = CUE_AC.find(Input::new(key).range(pos..to))?;
        pos = m.end();
        if !boundary_before(key, m.start()) || !boundary_after(key, m.end()) {
            continue;
        }
        let word = &key[m.start()..m.end()];
        let after = &key[m.end()..floor_boundary(key, (m.end() + 80).min(key.len()))];
        let (kind, ok) = match word {
            "đại hội" => {
                let national = after.starts_with(" đảng toàn quốc")
                    || after.starts_with(" toàn quốc")
                    || after.starts_with(" đảng các cấp")
                    || after.starts_with(" các cấp")
                    || after.contains("của đảng")
                    || after.starts_with(" xiii")
                    || after.starts_with(" xiv");
                (
                    CueKind::Congress,
                    !national && !cited_before(key, m.start(), CONGRESS_CITING),
                )
            }
            "giao ban" => (CueKind::Briefing, true),
            "phiên họp" => (CueKind::Meeting, !cited_before(key, m.start(), &["kỳ"])),
            _ => (CueKind::Conference, !cited_before(key, m.start(), CITING)),
        };
        if !ok {
            continue;
        }
        let central = kind == CueKind::Conference && central_plenum(after);
        let cue = Cue {
            start: m.start(),
            end: m.end(),
            kind,
            central,
        };
        if central {
            central_first.get_or_insert(cue);
            continue;
        }
        return Some(cue);
    }
    central_first
}

/// "Trung ương 8", "lần thứ 8 Ban Chấp hành Trung ương", "BCH TW".
fn central_plenum(after: &str) -> bool {
    let a = after.trim_start();
    let a = a.strip_prefix("lần thứ").map_or(a, |r| {
        r.trim_start()
            .trim_start_matches(|c: char| c.is_alphanumeric())
            .trim_start_matches([',', ' '])
    });
    a.starts_with("trung ương")
        || a.starts_with("ban chấp hành trung ương")
        || a.starts_with("bch trung ương")
        || a.starts_with("bch tw")
        || a.starts_with("ban chấp hành tw")
        || a.starts_with("tw")
}

/// Words that end the name of a meeting.
const PHRASE_END: &[&str] = &[
    "đánh giá",
    "để",
    "nhằm",
    "về",
    "thảo luận",
    "cho ý kiến",
    "quán triệt",
    "triển khai",
    "thông qua",
    "bàn",
    "xem xét",
    "với",
    "tại",
    "do",
    "dưới sự",
    "nghe",
    "học tập",
    "chủ trì",
    "diễn ra",
    "khai mạc",
    "bế mạc",
    "được",
    "đã",
    "kiểm điểm",
    "lấy ý kiến",
    "tổng kết",
    "sơ kết",
    "giao ban",
    "chuyên đề",
    "là",
    "và",
    "có",
    "công tác",
    "triệu tập",
    "tiến hành",
    "thực hiện",
    "phương hướng",
    "nhiệm vụ",
    "vừa",
    "sẽ",
    "trong",
    "cuối năm",
    "đầu năm",
    "kết quả",
    "tình hình",
    "bàn về",
    "quyết định",
    "nghị quyết",
    "nhận định",
];

static END_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(PHRASE_END)
        .expect("phrase automaton builds")
});

/// Where the name of the meeting that starts at `cue` ends (within `to`).
pub(crate) fn phrase_end(text: &Folded, cue: &Cue, to: usize) -> usize {
    let key = text.key.as_str();
    let limit = floor_boundary(key, to.min(cue.end + 250));
    let mut stop = limit;
    if let Some(i) = key[cue.end..limit].find(['.', ';', ':', '\n', '!', '?']) {
        // A dot right after "TP" is part of the name.
        stop = cue.end + i;
    }
    let mut pos = cue.end;
    while pos < stop {
        let Some(m) = END_AC.find(Input::new(key).range(pos..stop)) else {
            break;
        };
        pos = m.end();
        if boundary_before(key, m.start()) && boundary_after(key, m.end()) {
            return m.start();
        }
    }
    stop
}

/// The kind of meeting its name announces (besides plenary/other).
pub(crate) fn announced_kind(text: &Folded, cue: &Cue, end: usize) -> Option<SessionKind> {
    if cue.kind == CueKind::Congress {
        return Some(SessionKind::Congress);
    }
    if cue.kind == CueKind::Briefing {
        return Some(SessionKind::Briefing);
    }
    let key = &text.key;
    let tail = &key[cue.start..floor_boundary(key, (end + 16).min(key.len()))];
    if tail.contains("giao ban") {
        Some(SessionKind::Briefing)
    } else if tail.contains("sơ kết") || tail.contains("tổng kết") {
        Some(SessionKind::Review)
    } else if tail.contains("chuyên đề") {
        Some(SessionKind::Thematic)
    } else {
        None
    }
}

/// The organ the name of the meeting gives ("Hội nghị Ban Chấp hành …").
pub(crate) fn organ_in_phrase(text: &Folded, cue: &Cue, end: usize) -> Option<Organ> {
    if cue.kind == CueKind::Congress {
        return Some(Organ::Congress);
    }
    let mentions = committee::mentions(text, cue.end, end);
    let first = mentions.iter().find(|m| m.is_committee() && !m.in_title)?;
    // Only a body named right after the cue (or after its number) is the meeting's.
    let between = &text.key[cue.end..first.start];
    if between.len() > 30 {
        return None;
    }
    Some(match first.body {
        Body::Standing => Organ::StandingCommittee,
        Body::Politburo => Organ::Politburo,
        Body::Secretariat => Organ::Secretariat,
        Body::Office => Organ::Other,
        _ => Organ::ExecutiveCommittee,
    })
}

/// Whether "mở rộng" is part of the meeting's name.
pub(crate) fn expanded(text: &Folded, from: usize, end: usize) -> bool {
    let key = &text.key;
    let end = floor_boundary(key, (end + 14).min(key.len()));
    key[from..end].contains("mở rộng")
}

/// Whether the meeting is extraordinary ("bất thường", not a council's "kỳ họp bất thường").
pub(crate) fn extraordinary(text: &Folded, from: usize, end: usize) -> bool {
    let key = &text.key;
    let end = floor_boundary(key, (end + 14).min(key.len()));
    let s = &key[from..end];
    s.contains("bất thường") && !s.contains("kỳ họp bất thường")
}

/// The meeting's own number in `text[from..to]`: "lần thứ <n>" whose nearest
/// head is "hội nghị" (not "đại hội"), not a Central plenum unless the
/// committee is central. For a congress, the congress number.
pub(crate) fn ordinal(
    text: &Folded,
    from: usize,
    to: usize,
    congress: bool,
    central_ok: bool,
) -> Option<u32> {
    let key = text.key.as_str();
    let to = to.min(key.len());
    let mut pos = from;
    while let Some(i) = key.get(pos..to).and_then(|s| s.find("lần")) {
        let at = pos + i;
        let is_thu = key[at..].starts_with("lần thứ");
        let after = at
            + if is_thu {
                "lần thứ".len()
            } else {
                "lần".len()
            };
        pos = after;
        if !boundary_before(key, at) {
            continue;
        }
        let rest_o = text.orig.get(after..).unwrap_or("").trim_start();
        let rest_k = key.get(after..).unwrap_or("").trim_start();
        let Some((n, used)) = ordinal_at(rest_o, rest_k) else {
            continue;
        };
        if !is_thu && !rest_o.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let head_from = floor_boundary(key, at.saturating_sub(160));
        let head = &key[head_from..at];
        let conf = head.rfind("hội nghị").or_else(|| head.rfind("hội ghị"));
        let cong = head.rfind("đại hội");
        let is_congress = match (conf, cong) {
            (Some(a), Some(b)) => b > a,
            (None, Some(_)) => true,
            _ => false,
        };
        if is_congress != congress {
            continue;
        }
        let num_end = after + (key[after..].len() - rest_k.len()) + used;
        let tail = &key[num_end.min(key.len())..floor_boundary(key, (num_end + 60).min(key.len()))];
        if !congress && !central_ok && central_plenum(tail.trim_start_matches([',', ' '])) {
            continue;
        }
        return Some(n);
    }
    None
}

/// Words whose nearest presence before a "khóa"/"nhiệm kỳ" makes it belong
/// to something other than the committee.
const FOREIGN: &[&str] = &[
    "trung ương",
    "tw",
    "t.ư",
    "hđnd",
    "hdnd",
    "hội đồng nhân dân",
    "quốc hội",
    "đại hội",
    "ubnd",
    "ủy ban nhân dân",
    "mặt trận",
    "mttq",
    "đoàn thanh niên",
    "hội liên hiệp",
    "công đoàn",
    "bộ chính trị",
    "ban bí thư",
    "đbqh",
    "đại biểu quốc hội",
    "giai đoạn",
];

static FOREIGN_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(FOREIGN)
        .expect("owner automaton builds")
});

/// What a term found in the text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    Own,
    Foreign,
}

/// Who owns the term written at `at`: the last owner word before it in its clause.
pub(crate) fn owner(text: &Folded, at: usize, unit: Option<Unit>, central: bool) -> Owner {
    let key = text.key.as_str();
    let from = floor_boundary(key, at.saturating_sub(160));
    let clause_from = key[from..at]
        .rfind(['.', ';', '\n', ':'])
        .map_or(from, |i| from + i + 1);
    let mut last_foreign = None;
    let mut pos = clause_from;
    while let Some(m) = FOREIGN_AC.find(Input::new(key).range(pos..at)) {
        pos = m.end();
        let slash = key[..m.start()].ends_with('/') || key[..m.start()].ends_with('-');
        if (boundary_before(key, m.start()) || slash) && boundary_after(key, m.end()) {
            let word = &key[m.start()..m.end()];
            let central_word = matches!(
                word,
                "trung ương" | "tw" | "t.ư" | "bộ chính trị" | "ban bí thư"
            );
            if !(central && central_word) {
                last_foreign = Some(m.start());
            }
        }
    }
    let own = committee::mentions(text, clause_from, at)
        .into_iter()
        .filter(|m| {
            (m.is_committee()
                && !matches!(m.body, Body::Central | Body::Politburo | Body::Secretariat))
                || (central && m.body == Body::Central)
        })
        .filter(|m| {
            !(key[..m.start].ends_with("đại hội ") || key[..m.start].ends_with("đại hội đại biểu "))
        })
        .filter(|m| central || m.unit.is_none() || unit.is_none() || m.unit == unit)
        .map(|m| m.start)
        .chain(
            key[clause_from..at]
                .rfind("hội nghị")
                .map(|i| clause_from + i),
        )
        .max();
    match (own, last_foreign) {
        (Some(o), Some(f)) if o > f => Owner::Own,
        (Some(_), None) => Owner::Own,
        _ => Owner::Foreign,
    }
}

/// "khóa XXII", "(khoá XII)", "khóa 22" at a position after "khóa".
fn term_ordinal_at(text: &Folded, after: usize) -> Option<u32> {
    let rest = text.orig.get(after..)?.trim_start();
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    if let Some(v) = roman(word) {
        return Some(v);
    }
    if !word.is_empty() && word.len() <= 3 && word.chars().all(|c| c.is_ascii_digit()) {
        return word.parse().ok().filter(|v| *v >= 1);
    }
    None
}

/// "nhiệm kỳ 2020-2025" (any dash and spacing) at a position after "nhiệm kỳ".
pub(crate) fn years_at(key: &str, after: usize) -> Option<(i32, i32)> {
    let rest = key.get(after..)?.trim_start();
    let y1: i32 = rest.get(..4)?.parse().ok()?;
    let rest = rest.get(4..)?.trim_start();
    let rest = rest
        .strip_prefix(['-', '–', '—', '/'])
        .or_else(|| rest.strip_prefix("đến"))?
        .trim_start();
    let y2: i32 = rest.get(..4)?.parse().ok()?;
    if rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((y1, y2))
}

/// The committee's own term found in `text[from..to]`: khóa and years.
pub(crate) fn term(
    text: &Folded,
    from: usize,
    to: usize,
    unit: Option<Unit>,
    central: bool,
) -> (Option<u32>, Option<(i32, i32)>) {
    let key = text.key.as_str();
    let to = to.min(key.len());
    let mut ordinal = None;
    let mut years = None;
    for (word, is_khoa) in [("khóa", true), ("nhiệm kỳ", false)] {
        let mut pos = from;
        while let Some(i) = key.get(pos..to).and_then(|s| s.find(word)) {
            let at = pos + i;
            pos = at + word.len();
            if !boundary_before(key, at) || !boundary_after(key, pos) {
                continue;
            }
            // "(khóa XXII)" inside a person's title in a list, or next to the committee.
            let found = if is_khoa {
                term_ordinal_at(text, pos).map(|v| (Some(v), None))
            } else {
                years_at(key, pos)
                    .filter(|(a, b)| b - a == 5)
                    .map(|y| (None, Some(y)))
            };
            let Some((o, y)) = found else { continue };
            // "giữa nhiệm kỳ" is a period, not the term.
            if !is_khoa
                && words_back(key, at)
                    .next()
                    .is_some_and(|w| matches!(&key[w.start..w.end], "giữa" | "nửa" | "cả"))
            {
                continue;
            }
            if owner(text, at, unit, central) != Owner::Own {
                continue;
            }
            if is_khoa {
                ordinal = o;
            } else {
                years = y;
            }
            break;
        }
    }
    (ordinal, years)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_of(s: &str) -> (Folded, Cue) {
        let f = Folded::new(s);
        let c = find_cue(&f, 0, f.key.len()).expect("cue");
        (f, c)
    }

    #[test]
    fn a_cited_congress_is_not_the_meeting() {
        let (f, c) = cue_of("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, Huyện ủy tổ chức Hội nghị lần thứ 9.");
        assert_eq!(c.kind, CueKind::Conference);
        assert_eq!(ordinal(&f, 0, f.key.len(), false, false), Some(9));
    }

    #[test]
    fn a_central_plenum_number_is_skipped() {
        let s =
            "Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII.";
        let f = Folded::new(s);
        assert_eq!(ordinal(&f, 0, f.key.len(), false, false), None);
        let (_, unit) = (0, Some(Unit::District));
        assert_eq!(term(&f, 0, f.key.len(), unit, false), (None, None));
    }

    #[test]
    fn the_committee_term_is_found_beside_it() {
        let s = "thông qua Nghị quyết hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện Cam Lộ, khoá XXII, nhiệm kỳ 2020 -2025.";
        let f = Folded::new(s);
        assert_eq!(
            term(&f, 0, f.key.len(), Some(Unit::District), false),
            (Some(22), Some((2020, 2025)))
        );
    }
}
