//! Where a committee sits: which mention is the holder of the session, its
//! unit kind (a "Thành ủy" is provincial only for a centrally-run city), its
//! place when the committee phrase names none, and its province.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use dangbo::{CommitteeRefDraft, Level, UnitKind};

use crate::article::Article;
use crate::committee::{place_at, unit_word, Body, Mention, Unit};
use crate::frame::Frame;
use crate::text::{fold, squash, Folded};

/// Centrally-run cities: their "Thành ủy" is provincial.
const CENTRAL_CITIES: &[&str] = &["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"];

static FOLDED_CENTRAL_CITIES: LazyLock<Vec<String>> =
    LazyLock::new(|| CENTRAL_CITIES.iter().map(|c| fold(c)).collect());

/// The unit kind of a unit with its place, on a date.
pub(crate) fn unit_kind(unit: Unit, locality: Option<&str>, on: Option<NaiveDate>) -> UnitKind {
    match unit {
        Unit::Province => UnitKind::Province,
        Unit::City => {
            let central = locality.is_some_and(|l| {
                let l = fold(l);
                FOLDED_CENTRAL_CITIES.contains(&l)
                    || (l == fold("Huế")
                        && on
                            .is_some_and(|d| d >= NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or(d)))
            });
            if central {
                UnitKind::CentrallyRunCity
            } else {
                UnitKind::ProvincialCity
            }
        }
        Unit::District => UnitKind::District,
        Unit::UrbanDistrict => UnitKind::UrbanDistrict,
        Unit::Town => UnitKind::Town,
        Unit::Commune => UnitKind::Commune,
        Unit::Ward => UnitKind::Ward,
        Unit::Township => UnitKind::Township,
        Unit::SpecialZone => UnitKind::SpecialZone,
        Unit::Sector => UnitKind::Other,
    }
}

/// A headline that starts with its place: "Thành phố Tây Ninh: …", "Bắc Sơn - …".
pub(crate) fn headline_place(headline: &Folded) -> Option<(Option<Unit>, String)> {
    let (unit, at) = match unit_word(&headline.key, 0) {
        Some((u, e)) => (Some(u), e),
        None => (None, 0),
    };
    let (place, end) = place_at(headline, at, unit.is_some())?;
    let rest = headline.orig.get(end..)?.trim_start();
    (rest.starts_with(':') || rest.starts_with("- ") || rest.starts_with("– "))
        .then_some((unit, place))
}

/// Everything known for the committee, to resolve its reference.
pub(crate) struct Evidence<'a> {
    /// The chosen mention and the text it is in.
    pub primary: &'a Mention,
    pub primary_text: &'a Folded,
    /// Every mention in the article.
    pub all: &'a [Mention],
    /// The headline's leading place.
    pub headline_place: Option<(Option<Unit>, String)>,
    /// The headline, where a province's committee named without its place
    /// ("Ban Chấp hành Đảng bộ tỉnh") may find the province it names.
    pub headline: Option<&'a str>,
    /// The first paragraphs, where it may find it next ("Năm 2016, Hà Tĩnh
    /// gặp nhiều khó khăn …").
    pub opening: Option<&'a str>,
    /// A date to decide "Thành ủy Huế".
    pub on: Option<NaiveDate>,
}

/// Builds the committee reference.
pub(crate) fn resolve(ev: &Evidence<'_>) -> CommitteeRefDraft {
    let p = ev.primary;
    let text = squash(ev.primary_text.slice(p.start, p.end));
    let central = p.body.is_central();
    if central {
        return CommitteeRefDraft {
            text: Some(text),
            level: Some(Level::Central),
            unit_kind: Some(UnitKind::Central),
            // The registry's central entry is the Central Committee, not a board of it.
            id: (p.body != Body::CentralBoard)
                .then(|| dangbo::registry::get("tw").map(|c| c.id().to_owned()))
                .flatten(),
            ..Default::default()
        };
    }
    let mut unit = p.unit;
    if unit.is_none() {
        unit = ev.headline_place.as_ref().and_then(|h| h.0);
    }
    let mut locality = p.place.clone();
    if locality.is_none() {
        if let Some((hu, place)) = &ev.headline_place {
            if hu.is_none() || *hu == unit {
                locality = Some(place.clone());
            }
        }
    }
    if locality.is_none() {
        locality = most_common(ev.all.iter().filter(|m| m.unit == unit && unit.is_some()));
    }
    if locality.is_none() && unit == Some(Unit::Province) {
        locality = ev
            .headline
            .and_then(crate::committee::province_in)
            .or_else(|| ev.opening.and_then(crate::committee::province_in));
    }
    let Some(unit) = unit else {
        return CommitteeRefDraft {
            text: Some(text),
            locality,
            ..Default::default()
        };
    };
    let kind = unit_kind(unit, locality.as_deref(), ev.on);
    // "Phú Tân (An Giang): Hội nghị …": the province written beside the
    // place tells a district from its namesakes before any other mention.
    let beside = locality.as_deref().and_then(|place| {
        [ev.headline, ev.opening]
            .into_iter()
            .flatten()
            .find_map(|t| province_beside(t, place))
    });
    let province = if kind.level() == Level::Provincial {
        locality.clone()
    } else if beside.is_some() {
        beside
    } else {
        most_common(ev.all.iter().filter(|m| {
            m.unit == Some(Unit::Province)
                || (m.unit == Some(Unit::City)
                    && unit_kind(Unit::City, m.place.as_deref(), ev.on)
                        == UnitKind::CentrallyRunCity)
        }))
    };
    // A commune's province through the district the text names ("Trưởng Ban
    // Tuyên giáo Huyện ủy Đông Hưng"), when the registry places it alone.
    let province = match province {
        None if kind.level() == Level::Grassroots => province_by_district(ev),
        p => p,
    };
    let mut draft = CommitteeRefDraft {
        text: Some(text),
        level: Some(kind.level()),
        unit_kind: Some(kind),
        locality: if unit == Unit::Sector { None } else { locality },
        province,
        id: None,
    };
    registered(&mut draft, unit, ev.on);
    if draft.level != Some(Level::Provincial) {
        if let (Some(on), Some(p)) = (ev.on, draft.province.as_deref()) {
            let now = successor_on(p, on).to_owned();
            draft.province = Some(now);
        }
    }
    draft
}

/// The province named `province` as it stood on `on`: one merged away on
/// 2025-07-01 gives the province that took it in ("xã Hưng Khánh, tỉnh Yên
/// Bái (cũ)" in November 2025 lies in Lào Cai).
fn successor_on(province: &str, on: NaiveDate) -> &str {
    let Some(old) = dangbo::registry::all()
        .iter()
        .find(|c| c.level() == Level::Provincial && c.locality() == Some(province))
    else {
        return province;
    };
    if old.is_active_on(on) {
        return province;
    }
    match dangbo::registry::successors(old).as_slice() {
        [next] if next.is_active_on(on) => next.locality().unwrap_or(province),
        _ => province,
    }
}

/// The province in parentheses right after `place` in `text` ("Phú Tân (An
/// Giang)"), when the registry knows it as one.
fn province_beside(text: &str, place: &str) -> Option<String> {
    let at = text.find(place)? + place.len();
    let inner = text[at..].strip_prefix(" (")?;
    let inner = &inner[..inner.find(')')?];
    crate::committee::province_in(inner).filter(|p| p == inner.trim())
}

/// Looks the committee up in the core's registry (provinces and
/// district-level units) on the day of the meeting: when exactly one fits,
/// its id, level, unit kind, and the province it lies in when the text does
/// not name it.
fn registered(draft: &mut CommitteeRefDraft, unit: Unit, on: Option<NaiveDate>) {
    let (Some(on), Some(place)) = (on, draft.locality.as_deref()) else {
        return;
    };
    let word = match unit {
        Unit::Province => "Tỉnh ủy",
        Unit::City => "Thành ủy",
        Unit::District => "Huyện ủy",
        Unit::UrbanDistrict => "Quận ủy",
        Unit::Town => "Thị ủy",
        _ => return,
    };
    let name = format!("{word} {place}");
    let provincial = draft.level == Some(Level::Provincial);
    let within = match draft.province.as_deref() {
        Some(province) if !provincial => dangbo::registry::resolve_in(&name, province, on),
        _ => None,
    };
    // A province the text names may be a guest's: the name alone, when it is
    // unique, overrides it.
    let found = within.or_else(|| dangbo::registry::resolve(&name, on));
    if let (None, Some(c)) = (within, found) {
        if !provincial {
            draft.province = province_on(c, on).map(str::to_owned);
        }
    }
    let Some(c) = found else {
        // A unit whose kind has changed since (the registry has "Thị ủy Mộc
        // Châu", the text of 2017 "huyện Mộc Châu"): no id, but the province
        // of the one district-level place of that name.
        if draft.province.is_none() && !provincial {
            if let [province] = dangbo::registry::province_of_locality(place).as_slice() {
                draft.province = Some((*province).to_owned());
            }
        }
        return;
    };
    draft.id = Some(c.id().to_owned());
    draft.level = Some(c.level());
    draft.unit_kind = Some(c.unit_kind());
    if draft.province.is_none() {
        draft.province = province_on(c, on).map(str::to_owned);
    }
}

/// The province a district-level unit lay in on the meeting's day: Hương
/// Thủy lay in Thừa Thiên Huế until 2024 (the registry's record names the Huế
/// of today).
fn province_on(c: &'static dangbo::Committee, on: NaiveDate) -> Option<&'static str> {
    dangbo::registry::parent_on(c, on)
        .filter(|p| p.level() == Level::Provincial)
        .and_then(dangbo::Committee::locality)
        .or_else(|| c.province())
}

/// The one province that the district-level units the text names lie in
/// (registry, on the meeting's day), when they agree.
fn province_by_district(ev: &Evidence<'_>) -> Option<String> {
    let on = ev.on?;
    let mut found: Option<&str> = None;
    for m in ev.all {
        let word = match m.unit {
            Some(Unit::District) => "Huyện ủy",
            Some(Unit::UrbanDistrict) => "Quận ủy",
            Some(Unit::Town) => "Thị ủy",
            // "(TP Vinh, Nghệ An)": a city within a province.
            Some(Unit::City) => "Thành ủy",
            _ => continue,
        };
        let Some(place) = &m.place else { continue };
        let Some(province) = dangbo::registry::resolve(&format!("{word} {place}"), on)
            .filter(|c| c.level() == Level::District)
            .and_then(|c| province_on(c, on))
        else {
            continue;
        };
        match found {
            Some(p) if p != province => return None,
            _ => found = Some(province),
        }
    }
    found.map(str::to_owned)
}

/// The place named most often among mentions (the first on a tie).
fn most_common<'a>(mentions: impl Iterator<Item = &'a Mention>) -> Option<String> {
    // Folded place → (first spelling, count, first position).
    let mut counts: HashMap<String, (&'a str, usize, usize)> = HashMap::new();
    for (i, m) in mentions.enumerate() {
        let Some(place) = &m.place else { continue };
        counts
            .entry(fold(place))
            .or_insert((place.as_str(), 0, i))
            .1 += 1;
    }
    counts
        .into_values()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|c| c.0.to_owned())
}

/// The committee that holds the session.
pub(crate) fn choose<'a>(
    doc: &Folded,
    all: &'a [Mention],
    lead: Option<&Frame>,
    head: Option<&Frame>,
    article: &Article,
) -> Option<&'a Mention> {
    let candidate = |m: &&Mention| {
        m.is_committee()
            && !m.in_title
            && (m.body != Body::PartyOrg || m.place.is_some() || m.executive_written)
    };
    for f in [lead, head].into_iter().flatten() {
        // The subject before the meeting's name; one that names its place first.
        let subjects: Vec<&Mention> = all
            .iter()
            .filter(|m| m.start >= f.start && m.end <= f.cue.start)
            .filter(candidate)
            .collect();
        if let Some(m) = subjects
            .iter()
            .find(|m| m.place.is_some())
            .or(subjects.first())
        {
            return Some(m);
        }
        if let Some(m) = all
            .iter()
            .filter(|m| {
                m.start >= f.cue.end && m.start <= f.phrase_end && m.start - f.cue.end <= 40
            })
            .find(candidate)
        {
            return Some(m);
        }
    }
    if let Some((hs, he)) = article.headline {
        if let Some(m) = all
            .iter()
            .filter(|m| m.start >= hs && m.end <= he)
            .find(candidate)
        {
            return Some(m);
        }
    }
    if let Some(f) = lead {
        if let Some(m) = all
            .iter()
            .filter(|m| m.start >= f.start && m.end <= f.end)
            .find(|m| m.is_committee() && m.unit.is_some())
        {
            return Some(m);
        }
    }
    let first = article
        .paragraphs
        .first()
        .copied()
        .unwrap_or((0, doc.key.len()));
    all.iter()
        .filter(|m| m.start >= first.0 && m.end <= first.1)
        .find(candidate)
}

pub(crate) fn unit_of(kind: UnitKind) -> Option<Unit> {
    use dangbo::UnitKind as K;
    Some(match kind {
        K::Province => Unit::Province,
        K::CentrallyRunCity | K::ProvincialCity => Unit::City,
        K::District => Unit::District,
        K::UrbanDistrict => Unit::UrbanDistrict,
        K::Town => Unit::Town,
        K::Commune => Unit::Commune,
        K::Ward => Unit::Ward,
        K::Township => Unit::Township,
        K::SpecialZone => Unit::SpecialZone,
        K::Other => Unit::Sector,
        K::Central => return None,
    })
}
