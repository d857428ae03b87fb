//! The place a unit word names: "huyện Bắc Sơn", "TP. Hồ Chí Minh", "Bà Rịa -
//! Vũng Tàu", and not the person a title names ("HĐND tỉnh Trương Quang Minh").

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::text::{is_capitalised, words_back, words_from, Folded};

/// Words that end a place name even when capitalised.
const NOT_PLACE: &[&str] = &[
    "khóa", "lần", "nhiệm", "ngày", "sáng", "chiều", "tối", "hội", "tổ", "về", "trong", "tại",
];

/// Hyphenated place names kept whole.
const DASHED: &[&str] = &[
    "Bà Rịa - Vũng Tàu",
    "Phan Rang - Tháp Chàm",
    "Thừa Thiên - Huế",
];

/// Whether the word after "Hội" (ending at `end`) makes it a meeting or an
/// association ("Hội nghị", "Hội đồng", "Hội Nông dân"), not a place ("xã
/// Tân Hội", "Hội An").
/// A mark after "Hội" ends the place only when "Hội" would start it ("Tân
/// Hội (huyện Đức Trọng)" is a place; "… tổ chức Hội." is not).
fn association_at(text: &Folded, end: usize, first: bool) -> bool {
    let next = text.key.get(end..).unwrap_or("").trim_start();
    [
        "nghị", "đồng", "viên", "liên", "nông", "cựu", "phụ", "chữ", "người", "luật", "doanh",
        "văn", "khuyến", "sinh", "thẩm",
    ]
    .iter()
    .any(|w| next.starts_with(w))
        || (first && !next.starts_with(|c: char| c.is_alphabetic()))
}

/// A place name (capitalised words, or a number after quận/phường) at `at`.
pub(crate) fn place_at(text: &Folded, at: usize, allow_number: bool) -> Option<(String, usize)> {
    let mut words = Vec::new();
    let mut end = at;
    let mut prev_end = at;
    // "Hội An": a place the registry knows, not "Hội nghị" after a unit word.
    let known_first = || {
        let mut ws = words_from(&text.orig, at).take(2);
        match (ws.next(), ws.next()) {
            (Some(a), Some(b)) => is_known_locality(text.slice(a.start, b.end)),
            _ => false,
        }
    };
    let mut last_start = at;
    for w in words_from(&text.orig, at).take(6) {
        let gap = text.slice(prev_end, w.start);
        let first = words.is_empty();
        // "Cư M'gar", "Krông A Na": an apostrophe joins the syllables of one word.
        if !first && matches!(gap, "'" | "\u{2019}") {
            if let Some(last) = words.last_mut() {
                *last = text.slice(last_start, w.end);
                end = w.end;
                prev_end = w.end;
                continue;
            }
        }
        // "TP. Hồ Chí Minh", "TX. Buôn Hồ": a dot after an abbreviated unit
        // word; after a whole word ("UBND tỉnh. Dự hội nghị …", "cho Tỉnh
        // ủy. Dự …") it ends the sentence and no place follows.
        let abbreviated = || {
            words_back(&text.key, at).next().is_some_and(|u| {
                u.end == at && crate::text::is_unit_abbreviation(&text.key[u.start..u.end])
            })
        };
        if (first && !gap.trim().is_empty() && (gap.trim() != "." || !abbreviated()))
            || (!first && gap != " ")
        {
            break;
        }
        let word = text.slice(w.start, w.end);
        let key = text.key.get(w.start..w.end).unwrap_or("");
        let numeric = word.chars().all(|c| c.is_ascii_digit());
        if numeric {
            // "Phường 10"; since 2025 also "phường Hà Giang 1", a name and
            // its number, when the clause goes on after it.
            let named = !first && allow_number && {
                let rest = text.key.get(w.end..).unwrap_or("").trim_start();
                rest.is_empty()
                    || rest.starts_with(['(', ',', '.', ';', ':', ')', '-', '–'])
                    || [
                        "tổ ", "vừa ", "đã ", "họp ", "khóa ", "khoá ", "nhiệm ", "trực ", "tỉnh ",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w))
            };
            if (first || named) && allow_number && word.len() <= 2 {
                words.push(word);
                end = w.end;
            }
            break;
        }
        if word == "HCM" && first {
            return Some(("Hồ Chí Minh".to_owned(), w.end));
        }
        if !is_capitalised(word)
            || words.len() == 4
            || (NOT_PLACE.contains(&key)
                && !(key == "hội" && (known_first() || !association_at(text, w.end, first))))
            || crate::titles::head_at(&text.key, w.start).is_some()
        {
            break;
        }
        words.push(word);
        last_start = w.start;
        end = w.end;
        prev_end = w.end;
    }
    if words.is_empty() {
        return None;
    }
    // "Tỉnh ủy Quảng Trị Nguyễn Thị Mỹ Duyên": a place the registry knows,
    // then a family name — the person the title names.
    if let Some(k) = (1..words.len())
        .find(|&k| is_known_locality(&words[..k].join(" ")) && crate::names::is_surname(words[k]))
    {
        words.truncate(k);
        end = words_from(&text.orig, at).nth(k - 1).map_or(end, |w| w.end);
    }
    let mut name = words.join(" ");
    if person_not_place(text, at, &words, &name) {
        return None;
    }
    // "Bà Rịa - Vũng Tàu".
    if let Some(rest) = text.orig.get(end..) {
        for d in DASHED {
            if let Some(tail) = d.strip_prefix(name.as_str()) {
                let tail_n = tail.replace(" - ", "");
                let rest_t = rest.trim_start_matches([' ', '-', '–']);
                if rest_t.starts_with(tail_n.trim()) {
                    let consumed = rest.len() - rest_t.len() + tail_n.trim().len();
                    (*d).clone_into(&mut name);
                    end += consumed;
                }
            }
        }
    }
    Some((name, end))
}

/// "Chủ tịch HĐND tỉnh Trương Quang Minh chủ trì", "Bí thư Tỉnh ủy Trần
/// Quang Hưng": after the unit word or the committee of a province or a
/// district (the registry knows them all) a run of three or
/// more words that starts with a family name and that the registry does not
/// know is the person a title names, not a place. ("phường Trần Hưng Đạo":
/// wards and communes, named after people, are not checked.)
fn person_not_place(text: &Folded, at: usize, words: &[&str], name: &str) -> bool {
    if words.len() < 3 || !crate::names::is_surname(words[0]) {
        return false;
    }
    let mut back = words_back(&text.key, at).map(|w| &text.key[w.start..w.end]);
    // (Also after a committee's own name: "Bí thư Tỉnh ủy Trần Quang Hưng".)
    let unit = matches!(
        (back.next(), back.next()),
        (Some("tỉnh" | "huyện" | "quận" | "tp" | "tx"), _)
            | (Some("phố"), Some("thành"))
            | (Some("xã"), Some("thị"))
            | (
                Some("ủy"),
                Some("tỉnh" | "huyện" | "thành" | "thị" | "quận")
            )
    );
    unit && !PROVINCES.contains(name) && dangbo::registry::province_of_locality(name).is_empty()
}

/// Every province's and district's own name the registry knows, any day,
/// folded ("ha giang", "kon plong", "a luoi").
static LOCALITIES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    dangbo::registry::all()
        .iter()
        .filter_map(dangbo::Committee::locality)
        .map(crate::text::fold)
        .collect()
});

/// Whether `name` is a province's or a district's own name ("Hà Giang",
/// "A Lưới"), in any case or tone placement.
pub(crate) fn is_known_locality(name: &str) -> bool {
    LOCALITIES.contains(&crate::text::fold(name))
}

/// The first province the registry knows named in `text` by its own
/// capitalised words ("Năm 2019, Hải Dương phấn đấu tăng trưởng …" →
/// "Hải Dương"), the longest name at each word; in capitals too ("ĐẢNG BỘ
/// TỈNH HÀ GIANG" → "Hà Giang").
pub(crate) fn province_in(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '.' | '"' | '“' | '”'))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).find_map(|i| {
        (1..=3usize).rev().find_map(|n| {
            let run = words.get(i..i + n)?;
            let name = if run.iter().all(|w| is_capitalised(w)) {
                run.join(" ")
            } else if run.iter().all(|w| crate::text::is_all_caps(w)) {
                // A headline in capitals: "… ĐẢNG BỘ TỈNH HÀ GIANG LẦN THỨ 14".
                crate::text::title_case(&run.join(" "))
            } else {
                return None;
            };
            PROVINCES.contains(name.as_str()).then_some(name)
        })
    })
}

/// The provinces' own names, any day ("Hồ Chí Minh" is one).
static PROVINCES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    dangbo::registry::all()
        .iter()
        .filter(|c| c.level() == dangbo::Level::Provincial)
        .filter_map(dangbo::Committee::locality)
        .collect()
});
