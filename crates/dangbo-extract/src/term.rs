//! Terms (PATTERNS.md §2): "khóa XXII", "nhiệm kỳ 2020-2025", and whose
//! they are. Only the committee's own counts, not a cited central
//! resolution's, a council's, or the next congress's.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use crate::committee::{self, Body, Unit};
use crate::ordinal::roman;
use crate::session::{ordinal, Cue};
use crate::text::{boundary_after, boundary_before, floor_boundary, words_back, Folded};

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
    /// A congress whose resolution is cited ("Nghị quyết Đại hội … lần thứ
    /// XXVI, nhiệm kỳ 2020 - 2025") or that has just elected the committee
    /// ("sau khi Đại hội … lần thứ XVI, nhiệm kỳ 2020 - 2025 bầu ra …"), with
    /// its number when written: the term it opened is the committee's when
    /// the numbers or the dates agree.
    CitedCongress(Option<u32>),
}

/// Who owns the term written at `at`: the last owner word before it in its clause.
pub(crate) fn owner(text: &Folded, at: usize, unit: Option<Unit>, central: bool) -> Owner {
    let key = text.key.as_str();
    let from = floor_boundary(key, at.saturating_sub(160));
    // The clause starts after the last stop, but for the dot of a unit's
    // abbreviation ("Đảng bộ TP. Thủ Đức, nhiệm kỳ 2020 - 2025").
    let mut clause_from = from;
    let mut upto = at;
    while let Some(i) = key[from..upto].rfind(['.', ';', '\n', ':']) {
        let stop = from + i;
        let head = key[..stop].trim_end_matches(|c: char| c.is_alphabetic());
        let word = &key[head.len()..stop];
        if key.as_bytes()[stop] == b'.' && crate::text::is_unit_abbreviation(word) {
            upto = stop;
            continue;
        }
        clause_from = stop + 1;
        break;
    }
    let mut last_foreign = None;
    let mut last_word = "";
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
            // "Đảng bộ Khối các cơ quan Trung ương khóa XIII": part of a
            // sector committee's name, not the Central Committee.
            // "Đảng bộ Ủy ban nhân dân tỉnh Đắk Lắk khóa I", likewise.
            let sector_name = (word == "trung ương" && key[..m.start()].ends_with("cơ quan "))
                || (matches!(word, "ủy ban nhân dân" | "ubnd")
                    && key[..m.start()].ends_with("đảng bộ "));
            if !(sector_name || (central && central_word)) {
                last_foreign = Some(m.start());
                last_word = word;
            }
        }
    }
    let own = committee::mentions(text, clause_from, at)
        .into_iter()
        .filter(|m| {
            (m.is_committee() && !m.body.is_central()) || (central && m.body == Body::Central)
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
        // "Nghị quyết Đại hội … lần thứ XVI, nhiệm kỳ 2020 - 2025"; "ngay sau
        // khi Đại hội … lần thứ XVI, nhiệm kỳ 2020 - 2025 bầu ra Ban Chấp hành".
        (_, Some(f))
            if last_word == "đại hội" && {
                let before = key[floor_boundary(key, f.saturating_sub(16))..f].trim_end();
                before.contains("nghị quyết")
                    || before.ends_with("sau khi")
                    || before.ends_with("sau")
            } =>
        {
            Owner::CitedCongress(ordinal(text, f, at, true, false))
        }
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

/// The committee's own term found in `text[from..to]`: khóa and years. One
/// written from `prefer` on (in the meeting's own name: "Ban Thường vụ Thị ủy
/// khóa XV tổ chức Hội nghị lần thứ nhất … khóa XVI" is of khóa XVI) comes
/// before one written earlier; so does a cited congress's.
pub(crate) fn term(
    text: &Folded,
    from: usize,
    prefer: usize,
    to: usize,
    unit: Option<Unit>,
    central: bool,
) -> Terms {
    let key = text.key.as_str();
    let to = to.min(key.len());
    let mut ordinal = None;
    let mut years = None;
    // The first cited congress from `prefer` on, and the first before the
    // first own term.
    let mut cited_preferred = None;
    let mut cited_first = None;
    for (word, is_khoa) in [("khóa", true), ("nhiệm kỳ", false)] {
        let mut earlier = None;
        let mut own_seen = false;
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
            match owner(text, at, unit, central) {
                Owner::Own => {}
                Owner::CitedCongress(n) => {
                    if let Some(y) = y {
                        if at >= prefer && cited_preferred.is_none() {
                            cited_preferred = Some((n, y));
                        }
                        if !own_seen && cited_first.is_none() {
                            cited_first = Some((n, y));
                        }
                    }
                    continue;
                }
                Owner::Foreign => continue,
            }
            own_seen = true;
            let value = (o, y);
            if at < prefer {
                earlier.get_or_insert(value);
                continue;
            }
            earlier = Some(value);
            break;
        }
        if let Some((o, y)) = earlier {
            if is_khoa {
                ordinal = o;
            } else {
                years = y;
            }
        }
    }
    Terms {
        ordinal,
        years,
        cited: cited_preferred.or(cited_first),
    }
}

/// The committee's own term as found, and the term of a cited congress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Terms {
    pub ordinal: Option<u32>,
    pub years: Option<(i32, i32)>,
    /// "Nghị quyết Đại hội … lần thứ <n>, nhiệm kỳ <y1>-<y2>".
    pub cited: Option<(Option<u32>, (i32, i32))>,
}

/// The term a congress opens: "Đại hội … lần thứ XXI, nhiệm kỳ 2020-2025",
/// "(khóa XXI)", written right after the congress's name.
pub(crate) fn congress_term(
    text: &Folded,
    cue: &Cue,
    to: usize,
) -> (Option<u32>, Option<(i32, i32)>) {
    let key = text.key.as_str();
    let end = floor_boundary(key, to.min(cue.end + 200).min(key.len()));
    let window = &key[cue.end..end];
    let window = &window[..window.find(['.', ';', '\n']).unwrap_or(window.len())];
    let years = window
        .find("nhiệm kỳ")
        .and_then(|i| years_at(key, cue.end + i + "nhiệm kỳ".len()))
        .filter(|(a, b)| b - a == 5);
    let ordinal = window
        .find("khóa")
        .and_then(|i| term_ordinal_at(text, cue.end + i + "khóa".len()));
    (ordinal, years)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_central_plenum_number_is_skipped() {
        let s =
            "Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII.";
        let f = Folded::new(s);
        assert_eq!(ordinal(&f, 0, f.key.len(), false, false), None);
        let unit = Some(Unit::District);
        let t = term(&f, 0, 0, f.key.len(), unit, false);
        assert_eq!((t.ordinal, t.years), (None, None));
    }

    #[test]
    fn the_committee_term_is_found_beside_it() {
        let s = "thông qua Nghị quyết hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện Cam Lộ, khoá XXII, nhiệm kỳ 2020 -2025.";
        let f = Folded::new(s);
        let t = term(&f, 0, 0, f.key.len(), Some(Unit::District), false);
        assert_eq!((t.ordinal, t.years), (Some(22), Some((2020, 2025))));
    }
}
