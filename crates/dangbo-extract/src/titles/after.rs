//! Titles written after a name ("Nguyễn Văn An, Bí thư Huyện ủy, Chủ tịch
//! HĐND huyện"), and after the words of an election ("được bầu giữ chức …"):
//! segments that start with a title head, up to where the next person or
//! the sentence's business starts.

use super::{
    head_at, honorific_at, is_hard_stop, is_place_word, is_separator, stop_at, stops_after,
};
use crate::names::split_after_title;
use crate::text::{squash, Folded, Word};

/// Words between a name and the title a congress elected it to.
const ELECTED: &[&[&str]] = &[
    &["được", "bầu", "giữ", "chức"],
    &[
        "được", "bầu", "bổ", "sung", "vào", "ban", "chấp", "hành", "và", "giữ", "chức",
    ],
    &["được", "bầu", "bổ", "sung", "giữ", "chức"],
    &["được", "chỉ", "định", "giữ", "chức"],
    &["được", "chỉ", "định", "làm"],
    &["được", "chỉ", "định", "là"],
    &["tiếp", "tục", "giữ", "chức"],
    &["giữ", "chức"],
    &["được", "bầu", "làm"],
    &["được", "bầu", "là"],
    &["tái", "đắc", "cử"],
    &["tái", "cử"],
];

/// The index past the words of `pat` read from word `i` of the folded text.
fn matches_words(key: &str, words: &[Word], i: usize, pat: &[&str]) -> Option<usize> {
    pat.iter()
        .enumerate()
        .all(|(k, p)| words.get(i + k).is_some_and(|w| &key[w.start..w.end] == *p))
        .then_some(i + pat.len())
}

/// Titles written after a name: segments that start with a title head.
pub(crate) fn forward_titles(
    text: &Folded,
    words: &[Word],
    mut i: usize,
    name_end: usize,
) -> (Vec<String>, usize) {
    let key = &text.key;
    let mut titles = Vec::new();
    let mut end = name_end;
    let mut prev_end = name_end;
    while i < words.len() && titles.len() < 8 {
        // "… được bầu giữ chức Bí thư Đảng ủy xã", "…, Chủ tịch UBND, được
        // bầu làm Phó Bí thư …": the title the person was elected to, after
        // the name or its titles, with or without a comma.
        let lead_gap = text.slice(prev_end, words[i].start).trim();
        let elected = (lead_gap.is_empty() || lead_gap == ",")
            .then(|| ELECTED.iter().find_map(|p| matches_words(key, words, i, p)))
            .flatten()
            .filter(|&k| k < words.len() && head_at(key, words[k].start).is_some());
        if let Some(k) = elected {
            i = k;
        }
        let gap = text.slice(prev_end, words[i].start);
        if (elected.is_none() && (is_hard_stop(gap) || !is_separator(gap)))
            || head_at(key, words[i].start).is_none()
        {
            break;
        }
        let seg_start = words[i].start;
        let mut j = i;
        let mut seg_end = words[i].end;
        let mut depth = 0i32;
        while j < words.len() && j - i < 30 {
            if j > i {
                let gap = text.slice(words[j - 1].end, words[j].start);
                depth += gap.matches('(').count() as i32 - gap.matches(')').count() as i32;
                if depth <= 0
                    && (stops_after(text, words[j - 1], gap) || is_separator(gap))
                    && !(gap.trim() == "," && org_tail(text, words, j))
                    && !crate::names::dashed_place(text, words, j)
                {
                    break;
                }
                if honorific_at(key, words[j].start).is_some() || stop_at(key, words[j].start) {
                    break;
                }
                if text.key[words[j].start..words[j].end] == *"và" {
                    let next = words.get(j + 1).map_or("", |w| text.slice(w.start, w.end));
                    if !next.chars().next().is_some_and(char::is_uppercase)
                        || head_at(key, words[j + 1].start).is_some()
                        || next_person_at(text, words, j + 1)
                    {
                        break;
                    }
                }
            }
            seg_end = words[j].end;
            j += 1;
        }
        // "…, Giám đốc Sở Nội vụ Trần Văn Bảo": a segment that ends with a
        // name is the next person's title, not this one's.
        if ends_with_name(text, words, i, j) {
            break;
        }
        // Close a parenthesis the segment opened: "(khóa XXII)".
        let mut seg = text.slice(seg_start, seg_end).to_owned();
        if seg.matches('(').count() > seg.matches(')').count()
            && text.orig[seg_end..].starts_with(')')
        {
            seg.push(')');
            seg_end += 1;
        }
        titles.push(squash(&seg));
        end = seg_end;
        prev_end = seg_end;
        i = j;
    }
    (titles, end)
}

/// Whether the words from `j` after a comma finish an organisation's name
/// that holds the comma: "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
/// "Phòng Kinh tế, Hạ tầng và Đô thị" — a capitalised word that starts no
/// title and no person, then "và" and a capitalised word, with no other mark.
fn org_tail(text: &Folded, words: &[Word], j: usize) -> bool {
    let Some(first) = words.get(j) else {
        return false;
    };
    let word = text.slice(first.start, first.end);
    // (A family name then a capitalised word starts a person: "…, Lê Văn B và …".)
    let person = crate::names::is_surname(word)
        && words
            .get(j + 1)
            .is_some_and(|n| crate::text::is_capitalised(text.slice(n.start, n.end)));
    if !crate::text::is_capitalised(word) || head_at(&text.key, first.start).is_some() || person {
        return false;
    }
    for k in j + 1..(j + 6).min(words.len()) {
        if text.slice(words[k - 1].end, words[k].start) != " " {
            return false;
        }
        if &text.key[words[k].start..words[k].end] == "và" {
            return words.get(k + 1).is_some_and(|n| {
                text.slice(words[k].end, n.start) == " "
                    && crate::text::is_capitalised(text.slice(n.start, n.end))
            });
        }
    }
    false
}

/// Whether another person, named and given titles of their own, starts at
/// word `k` after a "và": "Kim Sa Ly, Bí thư Đảng ủy Phường 10 và Danh Văn
/// Sóc, Bí thư …" (not "Ban Tuyên giáo và Dân vận").
fn next_person_at(text: &Folded, words: &[Word], k: usize) -> bool {
    let end = crate::names::cap_run(text, words, k, 5);
    (2..=4).contains(&(end - k))
        && crate::names::is_surname(text.slice(words[k].start, words[k].end))
        && words
            .get(end)
            .is_some_and(|w| text.slice(words[end - 1].end, w.start).trim() == ",")
}

/// Whether the words `i..j` end with a personal name: a capitalised run that
/// is all name and does not follow a unit word ("Sở Nội vụ Trần Văn Bảo",
/// not "huyện Mai Sơn", "thành phố Hồ Chí Minh"), or a place then a name of
/// three or four words ("Thành ủy Tây Ninh Lê Minh Thế", not "thành phố
/// Buôn Ma Thuột").
fn ends_with_name(text: &Folded, words: &[Word], i: usize, j: usize) -> bool {
    let mut k0 = j;
    while k0 > i + 1 {
        let w = words[k0 - 1];
        if !crate::text::is_capitalised(text.slice(w.start, w.end))
            || head_at(&text.key, w.start).is_some()
        {
            break;
        }
        if k0 < j && !crate::names::joins(text, w, words[k0]) {
            break;
        }
        k0 -= 1;
    }
    if j - k0 < 2 {
        return false;
    }
    match split_after_title(text, words, k0, j) {
        Some(k) if k > k0 => j - k >= 3,
        Some(k) => k > 0 && !is_place_word(&text.key[words[k - 1].start..words[k - 1].end]),
        None => false,
    }
}
