//! Committees as articles name them (PATTERNS.md §1): "Huyện ủy Bắc Sơn",
//! "Ban Chấp hành Đảng bộ thị xã Kiến Tường", "Ban Thường vụ Tỉnh ủy",
//! "Đảng ủy phường 3", "Ban Bí thư"; and the places that tell where a
//! committee without a place name sits.

mod place;

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

pub(crate) use place::{is_known_locality, place_at, province_in};

use crate::text::{boundary_after, boundary_before, words_back, Folded};

/// The kind of unit a committee or place word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Province,
    City,
    District,
    UrbanDistrict,
    Town,
    Commune,
    Ward,
    Township,
    SpecialZone,
    Sector,
}

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Body {
    /// Ban Chấp hành (BCH), or "<X> ủy", "Đảng ủy".
    Executive,
    /// Ban Thường vụ (BTV).
    Standing,
    /// Thường trực <X> ủy.
    Office,
    /// Đảng bộ <unit> (the party organisation).
    PartyOrg,
    /// Ban Chấp hành Trung ương.
    Central,
    /// Bộ Chính trị.
    Politburo,
    /// Ban Bí thư.
    Secretariat,
    /// A board or office of the Central Committee ("Ban Tổ chức Trung
    /// ương", "Văn phòng Trung ương Đảng"): central, its organ `other`.
    CentralBoard,
    /// A bare place: "huyện Bắc Sơn", "tỉnh Long An".
    Place,
}

impl Body {
    /// Whether the body is at the centre: the Central Committee, the
    /// Politburo, the Secretariat or one of the Committee's boards.
    pub fn is_central(self) -> bool {
        matches!(
            self,
            Body::Central | Body::Politburo | Body::Secretariat | Body::CentralBoard
        )
    }

    /// The organ that meets when this body holds a meeting.
    pub fn organ(self) -> dangbo::Organ {
        use dangbo::Organ;
        match self {
            Body::Standing => Organ::StandingCommittee,
            Body::Politburo => Organ::Politburo,
            Body::Secretariat => Organ::Secretariat,
            Body::Office | Body::CentralBoard => Organ::Other,
            _ => Organ::ExecutiveCommittee,
        }
    }
}

/// One mention of a committee or a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub body: Body,
    /// "Ban Chấp hành" or "BCH" is written.
    pub executive_written: bool,
    pub unit: Option<Unit>,
    pub place: Option<String>,
    /// Part of a person's title or of a subordinate office ("Bí thư Huyện ủy").
    pub in_title: bool,
}

impl Mention {
    /// Whether the mention is a committee (not a bare place).
    pub fn is_committee(&self) -> bool {
        self.body != Body::Place
    }
}

const CUES: &[&str] = &[
    "ban chấp hành",
    "ban chấp hàng",
    "bch",
    "ban thường vụ",
    "btv",
    "thường trực",
    "tỉnh ủy",
    "huyện ủy",
    "thành ủy",
    "thị ủy",
    "quận ủy",
    "đảng ủy",
    "đảng bộ",
    "bộ chính trị",
    "ban bí thư",
    "ban tổ chức trung ương",
    "ban tổ chức tw",
    "văn phòng trung ương",
    "văn phòng tw",
    "ban tuyên giáo trung ương",
    "ban tuyên giáo và dân vận trung ương",
    "ban dân vận trung ương",
    "ban kinh tế trung ương",
    "ban nội chính trung ương",
    "ban đối ngoại trung ương",
    "ban chính sách, chiến lược trung ương",
    "ủy ban kiểm tra trung ương",
    "tỉnh",
    "huyện",
    "thành phố",
    "tp",
    "thị xã",
    "tx",
    "quận",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
];

static CUE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Both)
        .build(CUES)
        .expect("committee automaton builds")
});

/// Unit words, folded.
const UNIT_WORDS: &[(&str, Unit)] = &[
    ("thành phố", Unit::City),
    ("tp.", Unit::City),
    ("tp", Unit::City),
    ("thị xã", Unit::Town),
    ("tx.", Unit::Town),
    ("tx", Unit::Town),
    ("thị trấn", Unit::Township),
    ("tỉnh", Unit::Province),
    ("huyện", Unit::District),
    ("quận", Unit::UrbanDistrict),
    ("xã", Unit::Commune),
    ("phường", Unit::Ward),
    ("đặc khu", Unit::SpecialZone),
    ("khối", Unit::Sector),
    ("quân sự", Unit::Sector),
    ("công an", Unit::Sector),
    ("biên phòng", Unit::Sector),
    ("cơ quan", Unit::Sector),
    ("các cơ quan", Unit::Sector),
    ("ủy ban nhân dân", Unit::Sector),
    ("ubnd", Unit::Sector),
    ("doanh nghiệp", Unit::Sector),
    // Committees of an institution or a force: "Đảng bộ Trường Đại học Cần
    // Thơ", "Đảng bộ Bệnh viện Đa khoa tỉnh Phú Thọ", "Đảng ủy Bộ đội Biên
    // phòng tỉnh Quảng Trị", "Đảng bộ Tập đoàn …".
    ("bộ đội biên phòng", Unit::Sector),
    ("bộ chỉ huy quân sự", Unit::Sector),
    ("trường đại học", Unit::Sector),
    ("trường cao đẳng", Unit::Sector),
    ("trường chính trị", Unit::Sector),
    ("đại học", Unit::Sector),
    ("bệnh viện", Unit::Sector),
    ("tập đoàn", Unit::Sector),
    ("tổng công ty", Unit::Sector),
    ("công ty", Unit::Sector),
    ("ngân hàng", Unit::Sector),
    ("sở", Unit::Sector),
    ("cục", Unit::Sector),
];

/// A unit word at `at` (after spaces): the unit and where the word ends.
pub(crate) fn unit_word(key: &str, at: usize) -> Option<(Unit, usize)> {
    let s = key.get(at..)?;
    let lead = s.len() - s.trim_start().len();
    let s = &s[lead..];
    for (w, u) in UNIT_WORDS {
        if s.starts_with(w) {
            let end = at + lead + w.len();
            if w.ends_with('.') || boundary_after(key, end) {
                return Some((*u, end));
            }
        }
    }
    None
}

/// "<x> ủy" → unit.
fn committee_unit(cue: &str) -> Option<Unit> {
    Some(match cue {
        "tỉnh ủy" => Unit::Province,
        "huyện ủy" => Unit::District,
        "thành ủy" => Unit::City,
        "thị ủy" => Unit::Town,
        "quận ủy" => Unit::UrbanDistrict,
        _ => return None,
    })
}

/// Whether the words right before `at` make the mention part of a title or
/// of a subordinate office ("Bí thư Huyện ủy", "Ban Tổ chức Tỉnh ủy").
fn in_title(key: &str, at: usize) -> bool {
    let Some(w) = words_back(key, at).next() else {
        return false;
    };
    let gap = &key[w.end..at];
    if gap.trim() != "" {
        return false;
    }
    matches!(
        &key[w.start..w.end],
        "thư"
            | "viên"
            | "tịch"
            | "phòng"
            | "các"
            | "vụ"
            | "trực"
            | "giáo"
            | "vận"
            | "chức"
            | "tra"
            | "trưởng"
            | "đoàn"
            | "nhiệm"
            | "chính"
            | "phó"
            | "vp"
            | "ubkt"
            | "mttq"
            | "cấp"
            // "tại Hội trường Huyện ủy", "trụ sở Tỉnh ủy": a place, not the subject.
            | "trường"
            | "sở"
            | "tại"
    )
}

/// Every committee and place mention in `text[from..to]`.
pub(crate) fn mentions(text: &Folded, from: usize, to: usize) -> Vec<Mention> {
    let key = &text.key;
    let to = to.min(key.len());
    let mut out = Vec::new();
    let mut pos = from;
    while pos < to {
        let Some(m) = CUE_AC.find(Input::new(key.as_str()).range(pos..to)) else {
            break;
        };
        pos = m.end();
        if !boundary_before(key, m.start())
            || !(boundary_after(key, m.end()) || key[..m.end()].ends_with('.'))
        {
            continue;
        }
        if let Some(mention) = parse(text, m.start(), m.end()) {
            pos = mention.end.max(m.end());
            out.push(mention);
            if out.len() >= 10_000 {
                break;
            }
        }
    }
    out
}

/// Skips spaces and tells whether `word` (folded) comes next.
fn next_is(key: &str, at: usize, word: &str) -> Option<usize> {
    let s = key.get(at..)?;
    let t = s.trim_start();
    let lead = s.len() - t.len();
    (t.starts_with(word) && boundary_after(key, at + lead + word.len()))
        .then_some(at + lead + word.len())
}

fn parse(text: &Folded, start: usize, cue_end: usize) -> Option<Mention> {
    let key = &text.key;
    let cue = &key[start..cue_end];
    let mut m = Mention {
        start,
        end: cue_end,
        body: Body::Executive,
        executive_written: false,
        unit: None,
        place: None,
        in_title: in_title(key, start),
    };
    let mut at = cue_end;
    match cue {
        "bộ chính trị" => {
            m.body = Body::Politburo;
            return Some(m);
        }
        "ban bí thư" => {
            m.body = Body::Secretariat;
            return Some(m);
        }
        _ if cue.ends_with("trung ương") || cue.ends_with(" tw") => {
            m.body = Body::CentralBoard;
            if let Some(e) = next_is(key, cue_end, "đảng") {
                m.end = e;
            }
            return Some(m);
        }
        "ban chấp hành" | "ban chấp hàng" | "bch" => {
            m.executive_written = true;
            if let Some(e) = next_is(key, at, "(bch)") {
                at = e;
            }
            for w in ["đảng bộ", "đảng"] {
                if let Some(e) = next_is(key, at, w) {
                    at = e;
                    break;
                }
            }
            for w in ["trung ương", "tw", "t.ư"] {
                if let Some(e) = next_is(key, at, w) {
                    m.body = Body::Central;
                    m.end = e;
                    if let Some(e2) = next_is(key, e, "đảng") {
                        m.end = e2;
                    }
                    return Some(m);
                }
            }
            if let Some(inner) = committee_after(text, at) {
                return Some(Mention {
                    start,
                    executive_written: true,
                    in_title: m.in_title,
                    ..inner
                });
            }
            m.end = at;
        }
        "ban thường vụ" | "btv" | "thường trực" => {
            m.body = if cue == "thường trực" {
                Body::Office
            } else {
                Body::Standing
            };
            if cue == "thường trực" {
                if let Some(e) = next_is(key, at, "ban bí thư") {
                    // The committee is the Secretariat itself ("Ban Bí thư").
                    m.body = Body::Secretariat;
                    m.start = e - "ban bí thư".len();
                    m.end = e;
                    return Some(m);
                }
            }
            let inner = committee_after(text, at)?;
            return Some(Mention {
                start,
                body: m.body,
                in_title: m.in_title,
                ..inner
            });
        }
        "đảng bộ" => {
            m.body = Body::PartyOrg;
        }
        _ => {}
    }
    if let Some(unit) = committee_unit(cue) {
        if next_is(key, cue_end, "viên").is_some() {
            return None;
        }
        m.unit = Some(unit);
        let mut p = at;
        let mut numbered = false;
        if let Some((u, e)) = unit_word(key, p) {
            p = e;
            numbered = u == Unit::UrbanDistrict;
        }
        if let Some((place, e)) = place_at(text, p, numbered) {
            m.place = Some(place);
            m.end = e;
        }
        return Some(m);
    }
    if cue == "đảng ủy" {
        if next_is(key, cue_end, "viên").is_some() {
            return None;
        }
        at = cue_end;
    }
    if matches!(
        cue,
        "đảng ủy" | "đảng bộ" | "ban chấp hành" | "ban chấp hàng" | "bch"
    ) {
        if let Some((unit, e)) = unit_word(key, at) {
            m.unit = Some(unit);
            m.end = e;
            let numbered = matches!(
                unit,
                Unit::UrbanDistrict | Unit::Ward | Unit::Commune | Unit::Township
            );
            if let Some((place, e2)) = place_at(text, e, numbered) {
                m.place = Some(place);
                m.end = e2;
            }
        } else if cue == "đảng ủy" || cue == "đảng bộ" {
            // "Đảng ủy Khối …" is caught above; a bare "đảng bộ" tells nothing.
            if cue == "đảng bộ" {
                return None;
            }
            m.end = cue_end;
        }
        return Some(m);
    }
    // A bare place: "huyện Bắc Sơn", "TP. Tây Ninh".
    let (unit, e) = unit_word(key, start)?;
    let numbered = matches!(unit, Unit::UrbanDistrict | Unit::Ward);
    let (place, e2) = place_at(text, e, numbered)?;
    m.body = Body::Place;
    m.unit = Some(unit);
    m.place = Some(place);
    m.end = e2;
    Some(m)
}

/// "<X> ủy [<Place>]" or "Đảng ủy <unit> <Place>" at `at` (after spaces).
fn committee_after(text: &Folded, at: usize) -> Option<Mention> {
    let key = &text.key;
    let s = key.get(at..)?;
    let lead = s.len() - s.trim_start().len();
    let start = at + lead;
    let m = CUE_AC.find(
        Input::new(key.as_str())
            .range(start..key.len().min(start + 40))
            .anchored(aho_corasick::Anchored::Yes),
    )?;
    let cue = &key[m.start()..m.end()];
    if committee_unit(cue).is_none() && cue != "đảng ủy" && cue != "đảng bộ" {
        // "Ban Chấp hành Đảng bộ huyện": a unit word right away.
        let (unit, e) = unit_word(key, at)?;
        let numbered = matches!(unit, Unit::UrbanDistrict | Unit::Ward | Unit::Commune);
        let place = place_at(text, e, numbered);
        return Some(Mention {
            start,
            end: place.as_ref().map_or(e, |p| p.1),
            body: Body::Executive,
            executive_written: false,
            unit: Some(unit),
            place: place.map(|p| p.0),
            in_title: false,
        });
    }
    parse(text, m.start(), m.end())
}
