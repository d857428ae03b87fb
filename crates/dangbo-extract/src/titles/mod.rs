//! People's titles (PATTERNS.md §6): the words a title starts with, the
//! honorifics, and reading the titles written after a name ("…, Bí thư
//! Huyện ủy, Chủ tịch HĐND huyện") or before it ("Bí thư Thành ủy Tây Ninh
//! Lê Minh Thế"), split at commas and dashes, into positions.

use std::sync::LazyLock;

use crate::cues::Cues;
use crate::roles;
use crate::text::{boundary_after, fold, squash, Folded, Word};

mod after;
pub(crate) use after::forward_titles;

/// Words a title starts with, as written in the text (folded when matched).
const HEADS: &[&str] = &[
    "Bí thư",
    "Phó Bí thư",
    "Tổng Bí thư",
    "Nguyên Bí thư",
    "PBT",
    "Ủy viên",
    "Uỷ viên",
    "UVTV",
    "UVBTV",
    "UVBTVTU",
    "UVBTVHU",
    "UVBCH",
    "UVTW",
    "UVTƯ",
    "UVT.Ư",
    "UVBCHTW",
    "UVBCT",
    "Tỉnh ủy viên",
    "Huyện ủy viên",
    "Thành ủy viên",
    "Thị ủy viên",
    "Quận ủy viên",
    "Đảng ủy viên",
    "TUV",
    "HUV",
    "TƯV",
    "Ủy viên Trung ương",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chủ tịch UBND",
    "CT UBND",
    "PCT",
    "PCT UBND",
    "Trưởng",
    "Phó Trưởng",
    "Phó Ban",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Trưởng Ban",
    "Phó Trưởng Ban",
    "Trưởng đoàn",
    "Phó Trưởng đoàn",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Trưởng Công an",
    "Trưởng Văn phòng",
    "Trưởng khối",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Chánh văn phòng",
    "Phó Chánh văn phòng",
    "Chánh Thanh tra",
    "Chánh án",
    "Viện trưởng",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Thường trực",
    "Đại biểu Quốc hội",
    "ĐBQH",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Chuyên viên",
    "Chỉ huy trưởng",
    "Chính ủy",
    "Chính uỷ",
    "Phó Chính ủy",
    "Phó Chính uỷ",
    "Tư lệnh",
    "Phó Tư lệnh",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Phó Viện trưởng",
    "Phó Tổng Giám đốc",
    "Phó Chánh án",
    "Phó Chánh Thanh tra",
    "Đồn trưởng",
    "Chính trị viên",
    "Phó Chính trị viên",
    "Tham mưu trưởng",
    "Tổng Biên tập",
    "Phó Tổng Biên tập",
    "Thư ký",
    "Trợ lý",
    "Cục trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Phó Cục trưởng",
    "Phó Chỉ huy trưởng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "Thiếu tướng",
    "Trung tướng",
    "Thượng tướng",
    "Đại tướng",
];

/// Honorifics before a name.
const HONORIFICS: &[&str] = &[
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "đồng chí đồng chí",
    "các đại biểu",
];

fn anchored(words: &[&str]) -> Cues {
    Cues::new(words.iter().map(|w| fold(w)).collect())
}

pub(crate) static HEAD_AC: LazyLock<Cues> = LazyLock::new(|| anchored(HEADS));
static HONORIFIC_AC: LazyLock<Cues> = LazyLock::new(|| anchored(HONORIFICS));

/// Words that mark a title as former, new or acting ("nguyên Chủ tịch UBND
/// thành phố", "tân Bí thư Quận ủy", "Quyền Chủ tịch UBND huyện"): part of
/// the title as written, not of its role.
const PREFIXES: &[&str] = &["nguyên ", "tân ", "quyền "];

/// The length of a former/new/acting word (and its space) at `at`.
pub(crate) fn prefix_len(key: &str, at: usize) -> usize {
    let rest = key.get(at..).unwrap_or_default();
    PREFIXES
        .iter()
        .find(|p| rest.starts_with(*p))
        .map_or(0, |p| p.len())
}

/// Where a title head that starts at `at` in the folded text ends; the head
/// may be marked former, new or acting ("nguyên Bí thư").
pub(crate) fn head_at(key: &str, at: usize) -> Option<usize> {
    let m = HEAD_AC.at(key, at).or_else(|| match prefix_len(key, at) {
        0 => None,
        n => HEAD_AC.at(key, at + n),
    })?;
    boundary_after(key, m.end()).then_some(m.end())
}

/// Where an honorific that starts at `at` in the folded text ends.
pub(crate) fn honorific_at(key: &str, at: usize) -> Option<usize> {
    let m = HONORIFIC_AC.at(key, at)?;
    if !boundary_after(key, m.end()) {
        return None;
    }
    // "Bà Rịa - Vũng Tàu", "Bà Chiểu", "Ông Đốc": a place's name.
    let word = &key[m.start()..m.end()];
    if (word == "bà" || word == "ông") && starts_a_place(&key[at..]) {
        return None;
    }
    Some(m.end())
}

/// Whether a place's own name starts `key` (folded): two to four words, a
/// dash between them allowed.
fn starts_a_place(key: &str) -> bool {
    let mut end = 0;
    for (k, w) in key.split(' ').take(5).enumerate() {
        end += w.len() + usize::from(k > 0);
        let name = key[..end].trim_end_matches([',', '.', ';', ':', ')']);
        if k >= 1 && w != "-" && crate::committee::is_known_locality(name) {
            return true;
        }
        if name.len() < end {
            break;
        }
    }
    false
}

/// Words that end a title (besides the role verbs).
const STOPS: &[&str] = &[
    "cùng",
    "có",
    "đã",
    "đang",
    "sẽ",
    "thay mặt",
    "trao",
    "tặng",
    "chúc mừng",
    "tại",
    "được",
    "làm",
    "là",
    "với",
    "trong",
    "để",
    "thông qua",
    "nêu",
    "gồm",
    "nghe",
    "đến",
    "cũng",
    "mong muốn",
    "đề cập",
    "cho rằng",
    "nói",
    "tin tưởng",
    "bày tỏ",
    "đồng chí",
    "các đồng chí",
    "ông",
    "bà",
    "trực tiếp",
    "vừa",
    "nhằm",
];

pub(crate) fn automaton(words: impl IntoIterator<Item = String>) -> Cues {
    Cues::new(words.into_iter().collect())
}

static STOP_AC: LazyLock<Cues> = LazyLock::new(|| {
    automaton(
        STOPS
            .iter()
            .map(|w| (*w).to_owned())
            .chain(roles::ROLE_VERBS.iter().map(|(w, _)| (*w).to_owned())),
    )
});

/// Whether a word that ends a title starts at `at`.
pub(crate) fn stop_at(key: &str, at: usize) -> bool {
    // "Trưởng Ban Chỉ đạo chuyển đổi số": a steering committee's name, not
    // the verb "chỉ đạo".
    let steering = key[..at].ends_with("ban ") && key[at..].starts_with("chỉ đạo");
    if steering {
        return false;
    }
    if roles::role_at(key, at).is_some() {
        return true;
    }
    match STOP_AC.at(key, at) {
        Some(m) => {
            let word = &key[m.start()..m.end()];
            boundary_after(key, m.end())
                && !word.starts_with("dự")
                && !((word == "bà" || word == "ông") && starts_a_place(&key[at..]))
        }
        None => false,
    }
}

/// Whether a gap between words separates titles.
pub(crate) fn is_separator(gap: &str) -> bool {
    gap.contains([',', '–', '—', ':'])
        || gap.trim() == "-"
        || (gap.contains('-') && gap.contains(' '))
}

/// Whether a gap ends a list item or a clause. A line break does, but for
/// one that wraps a sentence within a paragraph (the layout joined its lines,
/// see [`crate::text::line_goes_on`]): there the gap is blank or a comma.
pub(crate) fn is_hard_stop(gap: &str) -> bool {
    // A dot inside an abbreviation ("T.Ư", "TP.HCM") does not stop.
    if gap == "." || gap.contains([';', '.', '!', '?', '"', '“', '”']) {
        return gap != ".";
    }
    gap.contains('\n') && !matches!(gap.trim(), "" | ",")
}

/// [`is_hard_stop`] for the gap after word `prev`: the dot of a unit's
/// abbreviation ("UBND TP. Thủ Đức", "TX. Ba Đồn") does not stop.
pub(crate) fn stops_after(text: &Folded, prev: Word, gap: &str) -> bool {
    is_hard_stop(gap)
        && !(gap.trim_end() == "."
            && crate::text::is_unit_abbreviation(&text.key[prev.start..prev.end]))
}

/// Titles written before a name, from the first title head after `lo` (a
/// byte offset) up to the name.
pub(crate) fn backward_titles(
    text: &Folded,
    words: &[Word],
    lo: usize,
    name_word: usize,
) -> Vec<String> {
    let key = &text.key;
    if name_word >= words.len() {
        return Vec::new();
    }
    let mut first = None;
    for k in (0..name_word).rev() {
        let w = words[k];
        if w.start < lo {
            break;
        }
        let gap = text.slice(w.end, words[k + 1].start);
        if stops_after(text, w, gap)
            || stop_at(key, w.start)
            || honorific_at(key, w.start).is_some()
        {
            break;
        }
        if head_at(key, w.start).is_some() {
            first = Some(k);
        }
        if name_word - k > 30 {
            break;
        }
    }
    let Some(first) = first else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_end = words[first].start;
    for w in &words[first..name_word] {
        let gap = text.slice(prev_end, w.start);
        if prev_end != words[first].start && is_separator(gap) {
            out.push(squash(&cur));
            cur.clear();
        } else if !cur.is_empty() {
            cur.push_str(gap);
        }
        cur.push_str(text.slice(w.start, w.end));
        prev_end = w.end;
    }
    if !cur.is_empty() {
        out.push(squash(&cur));
    }
    out.retain(|t| head_at(&fold(t), 0).is_some());
    out
}

pub(crate) fn is_place_word(key: &str) -> bool {
    matches!(
        key,
        "tỉnh"
            | "huyện"
            | "xã"
            | "phường"
            | "quận"
            | "phố"
            | "ủy"
            | "thị"
            | "trấn"
            | "tp"
            | "tx"
            | "khu"
            | "thôn"
            | "bản"
            | "ấp"
            | "làng"
            | "xóm"
            | "tổ"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_match_whole_words_in_any_spelling() {
        let k = fold("Uỷ viên Ban Thường vụ");
        assert_eq!(head_at(&k, 0), Some(fold("Uỷ viên").len()));
        assert!(head_at(&fold("Bí thưa"), 0).is_none());
        assert!(head_at(&fold("Phó Chủ tịch UBND tỉnh"), 0).is_some());
        assert_eq!(
            honorific_at(&fold("Đồng chí Lan"), 0),
            Some("đồng chí".len())
        );
    }
}
