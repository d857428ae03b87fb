//! The session (PATTERNS.md §2–3): which sentence announces it, the body
//! that meets, its kind, its own number, its term, "(mở rộng)", "bất thường".

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use dangbo::{Organ, SessionKind};

use crate::committee;
use crate::ordinal::ordinal_at;
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
            "họp",
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
    let trimmed = head.trim_end();
    // "<w> " somewhere: a space with the word right before it.
    let spaces: Vec<usize> = memchr::memchr_iter(b' ', head.as_bytes()).collect();
    words
        .iter()
        .any(|w| trimmed.ends_with(w) || spaces.iter().any(|&j| head[..j].ends_with(w)))
}

const CITING: &[&str] = &[
    "nghị quyết",
    "kết luận",
    "thông báo",
    "tinh thần",
    "văn kiện",
    "chỉ thị",
    "quy định",
    // A meeting still to come: "chuẩn bị nội dung Hội nghị … cuối năm".
    "chuẩn bị",
    "chuẩn bị nội dung",
    // "… trước khi trình Hội nghị Ban Chấp hành lần thứ 11": the meeting the
    // standing committee prepares for.
    "trước khi trình",
    "để trình",
    "sẽ trình",
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
    let mut weak_first = None;
    while pos < to {
        let Some(m) = CUE_AC.find(Input::new(key).range(pos..to)) else {
            break;
        };
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
            // A council's "kỳ họp …, phiên họp …", not "nhiệm kỳ 2015 - 2020
            // tổ chức phiên họp thứ 45".
            "phiên họp" => (CueKind::Meeting, !cited_before(key, m.start(), &["kỳ họp"])),
            "họp" => {
                // "Ban Thường vụ Tỉnh ủy họp …", not "kỳ họp", "phòng họp", "họp báo".
                let prev = words_back(key, m.start())
                    .next()
                    .map(|w| &key[w.start..w.end]);
                let ok = !matches!(prev, Some("kỳ" | "phòng" | "cuộc" | "buổi" | "các"))
                    && !after.starts_with(" báo")
                    && !after.starts_with(" dân")
                    && !after.starts_with(" mặt");
                if ok {
                    weak_first.get_or_insert(Cue {
                        start: m.start(),
                        end: m.end(),
                        kind: CueKind::Meeting,
                        central: false,
                    });
                }
                continue;
            }
            _ => {
                // "tại Trung tâm Hội nghị tỉnh" names a venue, not a meeting.
                let mut back = words_back(key, m.start()).map(|w| &key[w.start..w.end]);
                let venue = matches!((back.next(), back.next()), (Some("tâm"), Some("trung")));
                (
                    CueKind::Conference,
                    !venue && !cited_before(key, m.start(), CITING),
                )
            }
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
    weak_first.or(central_first)
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
    let mut from = cue.end;
    while let Some(i) = key[from..limit].find(['.', ';', ':', '\n', '!', '?']) {
        let at = from + i;
        // A dot right after "TP" is part of the name ("Đảng bộ TP. Thủ Đức").
        let word = key[..at].trim_end_matches(char::is_alphanumeric);
        let word_start = word.len();
        if key.as_bytes()[at] == b'.' && crate::text::is_unit_abbreviation(&key[word_start..at]) {
            from = at + 1;
            continue;
        }
        stop = at;
        break;
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
/// A review word in the name or right after it announces a review ("Hội
/// nghị sơ kết …", "Hội nghị lần thứ 24 (mở rộng) tổng kết …"); after "để"
/// or "nhằm" it only says what a `numbered` meeting was held for ("Hội nghị
/// Quận ủy lần thứ 21 để sơ kết 6 tháng": the meeting's regular kind, given
/// as `Plenary` so that a terser headline does not overrule it), unless the
/// review is a mid-term one ("để sơ kết giữa nhiệm kỳ").
pub(crate) fn announced_kind(
    text: &Folded,
    cue: &Cue,
    end: usize,
    numbered: bool,
) -> Option<SessionKind> {
    if cue.kind == CueKind::Congress {
        return Some(SessionKind::Congress);
    }
    if cue.kind == CueKind::Briefing {
        return Some(SessionKind::Briefing);
    }
    let key = &text.key;
    let end = end.min(key.len());
    // The name, and the words right after it, past "để" / "nhằm":
    // "Hội nghị lần thứ 13 (mở rộng) sơ kết …", "… lần thứ 18 nhằm tổng kết …".
    let mut rest = key[end..].trim_start();
    let mut purpose = false;
    // ("Hội nghị chuyên đề sơ kết 5 năm …": a review on one subject is a review.)
    let mut thematic = false;
    for connector in ["(mở rộng)", "chuyên đề", ",", "để", "nhằm", "và"] {
        if let Some(r) = rest.strip_prefix(connector) {
            rest = r.trim_start();
            purpose |= matches!(connector, "để" | "nhằm");
            thematic |= connector == "chuyên đề";
        }
    }
    let after = &rest[..floor_boundary(rest, 20)];
    let name = &key[cue.start..end];
    let tail = format!("{name} {after}");
    let reviews = |s: &str| s.contains("sơ kết") || s.contains("tổng kết");
    if tail.contains("giao ban") {
        Some(SessionKind::Briefing)
    } else if reviews(name) {
        Some(SessionKind::Review)
    } else if reviews(after) {
        let words = &rest[..floor_boundary(rest, 48)];
        let mid_term = words.contains("giữa nhiệm kỳ") || words.contains("nửa nhiệm kỳ");
        Some(if purpose && numbered && !mid_term {
            SessionKind::Plenary
        } else {
            SessionKind::Review
        })
    } else if thematic || tail.contains("chuyên đề") {
        Some(SessionKind::Thematic)
    } else {
        None
    }
}

/// Whether the meeting is a conference of key officials ("Hội nghị cán bộ
/// chủ chốt", "Hội nghị cán bộ lãnh đạo chủ chốt"): organ and kind `other`.
pub(crate) fn officials_conference(text: &Folded, cue: &Cue) -> bool {
    let rest = text.key[cue.end..].trim_start();
    cue.kind != CueKind::Congress
        && (rest.starts_with("cán bộ chủ chốt") || rest.starts_with("cán bộ lãnh đạo chủ chốt"))
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
    Some(first.body.organ())
}

/// Whether "mở rộng" is part of the meeting's name.
pub(crate) fn expanded(text: &Folded, from: usize, end: usize) -> bool {
    let key = &text.key;
    let end = end.min(key.len());
    key[from..end].contains("mở rộng") || expanded_after_term(&key[end..])
}

/// Whether "(mở rộng)" comes next, maybe after the term the meeting's name
/// ends with: "…, khóa XVI, nhiệm kỳ 2015 - 2020 (mở rộng) để đánh giá …".
fn expanded_after_term(after: &str) -> bool {
    let after = &after[..floor_boundary(after, 64)];
    let Some(p) = after.find("(mở rộng)") else {
        return false;
    };
    after[..p]
        .replace("khóa", "")
        .replace("nhiệm kỳ", "")
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | '-' | '–' | 'i' | 'v' | 'x' | 'l'))
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
    if congress {
        return None;
    }
    meeting_number(text, from, to)
}

/// A standing committee's numbered meeting: "phiên họp thứ 45", "họp phiên
/// thứ 12".
fn meeting_number(text: &Folded, from: usize, to: usize) -> Option<u32> {
    let key = text.key.as_str();
    let mut pos = from;
    while let Some(i) = key.get(pos..to).and_then(|s| s.find("phiên")) {
        let at = pos + i;
        pos = at + "phiên".len();
        if !boundary_before(key, at) {
            continue;
        }
        let mut after = pos;
        if key[after..].starts_with(" họp") {
            after += " họp".len();
        }
        let Some(rest) = key[after..].strip_prefix(" thứ") else {
            continue;
        };
        let after = after + " thứ".len();
        let rest_o = text.orig.get(after..).unwrap_or("").trim_start();
        if let Some((n, _)) = ordinal_at(rest_o, rest.trim_start()) {
            return Some(n);
        }
    }
    None
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
    fn a_conference_centre_is_a_venue() {
        let (f, c) = cue_of("Sáng 2/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 khai mạc.");
        assert_eq!(c.kind, CueKind::Congress);
        assert_eq!(ordinal(&f, 0, f.key.len(), true, false), Some(15));
    }
}
