//! Vietnamese personal names: 2 to 4 capitalised syllables, usually starting
//! with a family name; after an honorific ("đồng chí Tôn Nữ Thị Thu Hà") a
//! run of 5 is taken whole.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::text::{is_capitalised, Folded, Word};

/// Common family names (folded spelling is compared).
const SURNAMES: &[&str] = &[
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đào",
    "Đoàn",
    "Vương",
    "Trịnh",
    "Trương",
    "Lâm",
    "Phùng",
    "Mai",
    "Tô",
    "Hà",
    "Tạ",
    "Lưu",
    "Chu",
    "Đinh",
    "Lương",
    "Triệu",
    "Thái",
    "Cao",
    "Quách",
    "Hứa",
    "La",
    "Kiều",
    "Tăng",
    "Lại",
    "Nông",
    "Lò",
    "Hầu",
    "Sầm",
    "Lục",
    "Vi",
    "Bế",
    "Mạc",
    "Giàng",
    "Thào",
    "Sùng",
    "Mùa",
    "Vàng",
    "Điểu",
    "Ksor",
    "Rơ",
    "Siu",
    "Kpă",
    "Đàm",
    "Âu",
    "Diệp",
    "Doãn",
    "Giáp",
    "Khổng",
    "Khúc",
    "Kim",
    "Lã",
    "Lạc",
    "Mã",
    "Nghiêm",
    "Ninh",
    "Ông",
    "Phí",
    "Quan",
    "Tôn",
    "Thân",
    "Thạch",
    "Từ",
    "Ung",
    "Viên",
    "Châu",
    "Cù",
    "Đường",
    "Giang",
    "Hàn",
    "Khương",
    "Lữ",
    "Lường",
    "Mẫn",
    "Nhữ",
    "Tòng",
    "Trình",
    "Tiêu",
    "Bạch",
    "Bành",
    "Biện",
    "Cấn",
    "Chử",
    "Dư",
    "Đậu",
    "Đới",
    "Hán",
    "Kha",
    "Khuất",
    "Lăng",
    "Mông",
    "Ngụy",
    "Nguỵ",
    "Phương",
    "Quản",
    "Tào",
    "Thiều",
    "Tống",
    "Trà",
    "Ứng",
    "Vy",
    "Xa",
    "Danh",
    "Y",
    "H",
    "Nay",
    "Ma",
    "Hoàng",
    "Bàn",
    "Lèo",
    "Lầu",
    "Hờ",
    "Sình",
    "Quàng",
    "Ly",
    "A",
    "Chau",
    "Néang",
    "Cầm",
    "Lộc",
    "Hạ",
    "Sơn",
];

static FOLDED_SURNAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| SURNAMES.iter().map(|s| crate::text::fold(s)).collect());

/// Whether a word (as written, any case or tone placement) is a common family name.
pub(crate) fn is_surname(word: &str) -> bool {
    SURNAMES.contains(&word)
        || (word.len() <= 12 && FOLDED_SURNAMES.contains(&crate::text::fold(word)))
}

/// Words that start capitalised phrases that are not names.
const NOT_NAME_START: &[&str] = &[
    "ban",
    "đảng",
    "hội",
    "huyện",
    "tỉnh",
    "thành",
    "thị",
    "quận",
    "xã",
    "phường",
    "ủy",
    "chấp",
    "thường",
    "bí",
    "phó",
    "chủ",
    "trưởng",
    "sáng",
    "chiều",
    "ngày",
    "tại",
    "theo",
    "trong",
    "đồng",
    "các",
    "những",
    "với",
    "về",
    "đây",
    "đó",
    "tháng",
    "quý",
    "nghị",
    "kết",
    "báo",
    "đại",
    "công",
    "tổ",
    "mặt",
    "nhà",
    "trung",
    "văn",
    "việt",
    "nam",
    "hội nghị",
    "uỷ",
    "quang",
    "toàn",
    "ảnh",
    "tin",
    "cụm",
    "khối",
    "sở",
    "phòng",
    "trường",
    "bộ",
    "cục",
    "chi",
    "đoàn",
    "liên",
    "ủy ban",
    "hđnd",
    "ubnd",
    "nghị quyết",
    "kế",
    "chương",
    "đề",
    "chỉ",
    "quyết",
    "thông",
    "hướng",
    "dự",
    "tham",
    "phát",
    "cùng",
    "và",
    "nhân",
    "năm",
    "điểm",
    "qua",
    "sau",
    "trước",
    "khi",
    "để",
    "do",
    "đến",
    "từ",
];

/// Whether two words of a name written one after the other hold together:
/// one space between, or an apostrophe (ASCII or typographic, a space after
/// it or not) after a one-letter prefix, as in Ê Đê, Jrai or K'Ho names
/// ("H'Bla", "K’Bình", "K' Lĩnh").
pub(crate) fn joins(text: &Folded, prev: Word, next: Word) -> bool {
    match text.slice(prev.end, next.start) {
        " " => true,
        "'" | "\u{2019}" | "' " | "\u{2019} " => {
            let p = text.slice(prev.start, prev.end);
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
        }
        _ => false,
    }
}

/// A run of capitalised words separated by single spaces (or joined by an
/// apostrophe, see [`joins`]), starting at word `i`.
/// Gives the index one past its last word (at most `max` words).
pub(crate) fn cap_run(text: &Folded, words: &[Word], i: usize, max: usize) -> usize {
    let mut j = i;
    while j < words.len() && j - i < max {
        let w = words[j];
        let word = text.slice(w.start, w.end);
        if !is_capitalised(word) || crate::titles::head_at(&text.key, w.start).is_some() {
            break;
        }
        if j > i && !joins(text, words[j - 1], w) {
            break;
        }
        j += 1;
    }
    j
}

/// Whether a dash after word `j - 1` leads to a name: "… UBND tỉnh Lâm Đồng -
/// Trần Hồng Thái". The run before such a dash ends a title (a place, even
/// one that starts like a family name), and the name is the run after it.
pub(crate) fn name_after_dash(text: &Folded, words: &[Word], j: usize) -> bool {
    let (Some(prev), Some(next)) = (j.checked_sub(1).and_then(|p| words.get(p)), words.get(j))
    else {
        return false;
    };
    let gap = text.slice(prev.end, next.start);
    let dash = gap.trim() == "-" || gap.trim() == "–" || gap.trim() == "—";
    if !dash {
        return false;
    }
    let end = cap_run(text, words, j, 5);
    (2..=4).contains(&(end - j))
        && is_surname(text.slice(next.start, next.end))
        && plausible(text, words, j, end)
}

/// Whether the dash before word `j` is inside a place's name: "Tỉnh ủy Bà
/// Rịa - Vũng Tàu", "thành phố Phan Rang - Tháp Chàm".
pub(crate) fn dashed_place(text: &Folded, words: &[Word], j: usize) -> bool {
    (1..=2).any(|b| {
        (1..=2).any(|a| {
            let (Some(first), Some(last)) = (
                j.checked_sub(b).and_then(|i| words.get(i)),
                words.get(j + a - 1),
            ) else {
                return false;
            };
            let name = crate::text::squash(text.slice(first.start, last.end));
            crate::committee::is_known_locality(&name)
        })
    })
}

/// Whether a run of words (indices `i..j`) may be a name as it stands.
pub(crate) fn plausible(text: &Folded, words: &[Word], i: usize, j: usize) -> bool {
    if !(2..=4).contains(&(j - i)) {
        return false;
    }
    let first = &text.key[words[i].start..words[i].end];
    if NOT_NAME_START.contains(&first) {
        return false;
    }
    // The second half of a place's name after its dash ("Tỉnh ủy Bà Rịa -
    // Vũng Tàu, Bí thư Thị ủy …"): a place, not a person.
    let dashed = i > 0 && {
        let gap = text.slice(words[i - 1].end, words[i].start).trim();
        gap == "-" || gap == "–"
    };
    !(dashed
        && (dashed_place(text, words, i)
            || crate::committee::is_known_locality(&crate::text::squash(
                text.slice(words[i].start, words[j - 1].end),
            ))))
}

/// Within a run `i..j` that ends a title ("Thành ủy Tây Ninh Lê Minh Thế"),
/// where the name starts: the earliest family name leaving 2 to 4 words.
///
/// Names are mostly three syllables and places two, so among the family
/// names that could start it, the split that gives those shapes wins; on a
/// tie, the longer name.
pub(crate) fn split_after_title(
    text: &Folded,
    words: &[Word],
    i: usize,
    j: usize,
) -> Option<usize> {
    let score = |k: usize| {
        let name = j - k;
        let prefix = k - i;
        let n = match name {
            3 => 2,
            2 | 4 => 1,
            _ => 0,
        };
        let p = match prefix {
            0 | 2 => 2,
            1 | 3 => 1,
            _ => 0,
        };
        n + p
    };
    // A run that is all a place the registry knows is no name ("… thành lập
    // Đảng bộ phường Hà Giang 1").
    if crate::committee::is_known_locality(text.slice(words[i].start, words[j - 1].end)) {
        return None;
    }
    // A place the registry knows ends the title: "Tỉnh ủy Hà Giang Ly Thị Chư".
    if let Some(k) = (i + 1..(i + 4).min(j)).find(|&k| {
        (2..=4).contains(&(j - k))
            && crate::committee::is_known_locality(text.slice(words[i].start, words[k - 1].end))
    }) {
        return Some(k);
    }
    let mut best: Option<(usize, usize)> = None;
    for k in (i..j.saturating_sub(1)).filter(|&k| (2..=4).contains(&(j - k))) {
        if !is_surname(text.slice(words[k].start, words[k].end)) {
            continue;
        }
        if best.is_none_or(|(_, s)| score(k) > s) {
            best = Some((k, score(k)));
        }
    }
    best.map(|b| b.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words_from;

    #[test]
    fn a_title_place_is_split_from_the_name() {
        let f = Folded::new("Tây Ninh Lê Minh Thế");
        let w: Vec<Word> = words_from(&f.orig, 0).collect();
        let end = cap_run(&f, &w, 0, 8);
        assert_eq!(end, 5);
        assert_eq!(split_after_title(&f, &w, 0, end), Some(2));
        assert!(is_surname("Nguyễn"));
        let g = Folded::new("Nguyễn Thị Mai Lan");
        let w: Vec<Word> = words_from(&g.orig, 0).collect();
        assert_eq!(split_after_title(&g, &w, 0, 4), Some(0));
        let h = Folded::new("Hồ Chí Minh Nguyễn Văn Nên");
        let w: Vec<Word> = words_from(&h.orig, 0).collect();
        assert_eq!(split_after_title(&h, &w, 0, 6), Some(3));
    }

    #[test]
    fn a_known_place_ends_the_title_before_the_name() {
        let f = Folded::new("Hà Giang Ly Thị Chư");
        let w: Vec<Word> = words_from(&f.orig, 0).collect();
        assert_eq!(split_after_title(&f, &w, 0, 5), Some(2));
    }
}
