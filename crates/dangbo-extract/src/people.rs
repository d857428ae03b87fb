//! People named in the article (PATTERNS.md §6): name first or title first,
//! lists with ";", honorifics stripped, titles split at commas and dashes,
//! and each person's part in the session.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use dangbo::{PersonMentionDraft, PositionDraft, RoleInSession};

use crate::names::{cap_run, is_surname, plausible, split_after_title};
use crate::roles;
use crate::text::{boundary_after, fold, sentences, squash, words_from, Folded, Word};
use crate::titles::{head_at, honorific_at};

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

pub(crate) fn automaton(words: impl IntoIterator<Item = String>) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(words)
        .expect("people automaton builds")
}

static STOP_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(
        STOPS
            .iter()
            .map(|w| (*w).to_owned())
            .chain(roles::ROLE_VERBS.iter().map(|(w, _)| (*w).to_owned())),
    )
});

/// Whether a word that ends a title starts at `at`.
fn stop_at(key: &str, at: usize) -> bool {
    if roles::role_at(key, at).is_some() {
        return true;
    }
    match STOP_AC.find(Input::new(key).range(at..).anchored(Anchored::Yes)) {
        Some(m) => boundary_after(key, m.end()) && !key[m.start()..m.end()].starts_with("dự"),
        None => false,
    }
}

/// One person found in one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub name: String,
    pub name_start: usize,
    /// End of the name and the titles written after it.
    pub end: usize,
    pub titles: Vec<String>,
    pub role: Option<RoleInSession>,
}

/// Whether a gap between words separates titles.
fn is_separator(gap: &str) -> bool {
    gap.contains([',', '–', '—', ':'])
        || gap.trim() == "-"
        || (gap.contains('-') && gap.contains(' '))
}

/// Whether a gap ends a list item or a clause.
fn is_hard_stop(gap: &str) -> bool {
    // A dot inside an abbreviation ("T.Ư", "TP.HCM") does not stop.
    gap != "." && gap.contains([';', '.', '!', '?', '\n', '"', '“', '”'])
}

/// Titles written after a name: segments that start with a title head.
fn forward_titles(
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
        let gap = text.slice(prev_end, words[i].start);
        if is_hard_stop(gap) || !is_separator(gap) || head_at(key, words[i].start).is_none() {
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
                if depth <= 0 && (is_hard_stop(gap) || is_separator(gap)) {
                    break;
                }
                if honorific_at(key, words[j].start).is_some() || stop_at(key, words[j].start) {
                    break;
                }
                if text.key[words[j].start..words[j].end] == *"và" {
                    let next = words.get(j + 1).map_or("", |w| text.slice(w.start, w.end));
                    if !next.chars().next().is_some_and(char::is_uppercase)
                        || head_at(key, words[j + 1].start).is_some()
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

/// Whether the words `i..j` end with a personal name: a family name leaving
/// three or four words, or two words not right after a unit word (places
/// are mostly two syllables: "huyện Mai Sơn").
fn ends_with_name(text: &Folded, words: &[Word], i: usize, j: usize) -> bool {
    let mut k0 = j;
    while k0 > i + 1 {
        let w = words[k0 - 1];
        if !crate::text::is_capitalised(text.slice(w.start, w.end))
            || head_at(&text.key, w.start).is_some()
        {
            break;
        }
        if k0 < j && text.slice(w.end, words[k0].start) != " " {
            break;
        }
        k0 -= 1;
    }
    if j - k0 < 2 {
        return false;
    }
    match split_after_title(text, words, k0, j) {
        Some(k) if j - k >= 3 => true,
        Some(k) => k > 0 && !is_place_word(&text.key[words[k - 1].start..words[k - 1].end]),
        None => false,
    }
}

/// Titles written before a name, from the first title head after `lo` (a
/// byte offset) up to the name.
fn backward_titles(text: &Folded, words: &[Word], lo: usize, name_word: usize) -> Vec<String> {
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
        if is_hard_stop(gap) || stop_at(key, w.start) || honorific_at(key, w.start).is_some() {
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

/// The people of one sentence `text[from..to]`.
fn sentence_people(text: &Folded, from: usize, to: usize) -> Vec<Found> {
    let key = &text.key;
    let words: Vec<Word> = words_from(&text.orig, from)
        .take_while(|w| w.end <= to)
        .take(5000)
        .collect();
    let mut out: Vec<Found> = Vec::new();
    let mut lo = from;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(hend) = honorific_at(key, w.start) {
            // Skip the honorific (and a doubled one, and a colon).
            let mut k = i;
            while k < words.len() && words[k].start < hend {
                k += 1;
            }
            while k < words.len() && honorific_at(key, words[k].start).is_some() {
                let e2 = honorific_at(key, words[k].start).unwrap_or(words[k].end);
                while k < words.len() && words[k].start < e2 {
                    k += 1;
                }
            }
            if k >= words.len() {
                break;
            }
            if head_at(key, words[k].start).is_some() {
                // "đồng chí Bí thư Tỉnh ủy Trần Quốc Cường".
                if let Some(f) = title_first(text, &words, k, words[k].start) {
                    lo = f.end;
                    i = words.partition_point(|w| w.start < f.end);
                    out.push(f);
                    continue;
                }
                i = k + 1;
                continue;
            }
            let j = cap_run(text, &words, k, 4);
            if j - k >= 2 {
                let name = squash(text.slice(words[k].start, words[j - 1].end));
                let (titles, end) = forward_titles(text, &words, j, words[j - 1].end);
                out.push(Found {
                    name,
                    name_start: words[k].start,
                    end,
                    titles,
                    role: None,
                });
                lo = end;
                i = words.partition_point(|w| w.start < end).max(j);
                continue;
            }
            i = k.max(i + 1);
            continue;
        }
        let is_run_start = crate::text::is_capitalised(text.slice(w.start, w.end))
            && (i == 0
                || !crate::text::is_capitalised(text.slice(words[i - 1].start, words[i - 1].end))
                || text.slice(words[i - 1].end, w.start) != " ");
        if !is_run_start || head_at(key, w.start).is_some() {
            i += 1;
            continue;
        }
        let j = cap_run(text, &words, i, 8);
        if j - i < 2 {
            i = j.max(i + 1);
            continue;
        }
        // Title first: "Bí thư Thành ủy Tây Ninh Lê Minh Thế", "… Long An - Mai Văn Xuân".
        let gap_before = if i > 0 {
            text.slice(words[i - 1].end, w.start)
        } else {
            ""
        };
        let titles_before = if i > 0 {
            backward_titles(text, &words, lo, i)
        } else {
            Vec::new()
        };
        if !titles_before.is_empty() {
            let dash = is_separator(gap_before) && !gap_before.contains(',');
            let start = split_after_title(text, &words, i, j)
                .or_else(|| (dash && (2..=4).contains(&(j - i))).then_some(i));
            if let Some(k) = start {
                let mut titles = titles_before;
                if k > i {
                    if let Some(last) = titles.last_mut() {
                        last.push(' ');
                        last.push_str(&squash(text.slice(words[i].start, words[k - 1].end)));
                    }
                }
                let name = squash(text.slice(words[k].start, words[j - 1].end));
                let (more, end) = forward_titles(text, &words, j, words[j - 1].end);
                titles.extend(more);
                out.push(Found {
                    name,
                    name_start: words[k].start,
                    end,
                    titles,
                    role: None,
                });
                lo = end;
                i = words.partition_point(|w| w.start < end).max(j);
                continue;
            }
        }
        // Name first without an honorific: "Nguyễn Văn An, Bí thư …".
        if j - i <= 4 && plausible(text, &words, i, j) {
            let after_unit = i > 0
                && gap_before == " "
                && is_place_word(&key[words[i - 1].start..words[i - 1].end]);
            let (titles, end) = forward_titles(text, &words, j, words[j - 1].end);
            let surname = is_surname(text.slice(w.start, w.end));
            if !titles.is_empty()
                && !after_unit
                && (surname || !gap_before.trim().is_empty() || i == 0)
            {
                let name = squash(text.slice(w.start, words[j - 1].end));
                out.push(Found {
                    name,
                    name_start: w.start,
                    end,
                    titles,
                    role: None,
                });
                lo = end;
                i = words.partition_point(|w| w.start < end).max(j);
                continue;
            }
        }
        i = j;
    }
    roles::assign_roles(text, from, to, &mut out);
    out
}

/// A name after a title that follows an honorific, within a few words.
fn title_first(text: &Folded, words: &[Word], k: usize, lo: usize) -> Option<Found> {
    let key = &text.key;
    let mut m = k + 1;
    while m < words.len() && m - k < 20 {
        let gap = text.slice(words[m - 1].end, words[m].start);
        if is_hard_stop(gap) || stop_at(key, words[m].start) {
            return None;
        }
        let j = cap_run(text, words, m, 8);
        if j - m >= 2 {
            let start = split_after_title(text, words, m, j).or_else(|| {
                let before = text.slice(words[m - 1].end, words[m].start);
                (is_separator(before) && !before.contains(',') && j - m <= 4).then_some(m)
            });
            if let Some(n) = start {
                let mut titles = backward_titles(text, words, lo, m);
                if n > m {
                    let place = squash(text.slice(words[m].start, words[n - 1].end));
                    match titles.last_mut() {
                        Some(last) => {
                            last.push(' ');
                            last.push_str(&place);
                        }
                        None => titles.push(place),
                    }
                }
                let name = squash(text.slice(words[n].start, words[j - 1].end));
                let (more, end) = forward_titles(text, words, j, words[j - 1].end);
                titles.extend(more);
                return Some(Found {
                    name,
                    name_start: words[n].start,
                    end,
                    titles,
                    role: None,
                });
            }
            m = j;
            continue;
        }
        m = j.max(m + 1);
    }
    None
}

fn is_place_word(key: &str) -> bool {
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

/// Every person in the given ranges of `text`, merged by name.
pub(crate) fn find(text: &Folded, ranges: &[(usize, usize)]) -> Vec<PersonMentionDraft> {
    let mut merged: Vec<(String, PersonMentionDraft)> = Vec::new();
    for &(from, to) in ranges {
        let slice = text.slice(from, to);
        for (a, b) in sentences(slice) {
            for f in sentence_people(text, from + a, from + b) {
                merge(&mut merged, f);
                if merged.len() >= 500 {
                    return merged.into_iter().map(|m| m.1).collect();
                }
            }
        }
    }
    merged.into_iter().map(|m| m.1).collect()
}

fn merge(merged: &mut Vec<(String, PersonMentionDraft)>, f: Found) {
    let k = fold(&f.name);
    let idx = merged.iter().position(|m| m.0 == k).unwrap_or_else(|| {
        merged.push((
            k,
            PersonMentionDraft {
                name: Some(f.name.clone()),
                ..Default::default()
            },
        ));
        merged.len() - 1
    });
    let p = &mut merged[idx].1;
    for t in f.titles {
        let t = crate::text::trim_clause(&t).to_owned();
        if t.is_empty() || p.titles.iter().any(|x| fold(x) == fold(&t)) {
            continue;
        }
        p.positions.push(position(&t));
        p.titles.push(t);
    }
    if roles::rank(f.role) > roles::rank(p.role_in_session) {
        p.role_in_session = f.role;
    }
}

/// A title read as a position: role, organ, organization.
fn position(title: &str) -> PositionDraft {
    let key = fold(title);
    let head_end = head_at(&key, 0).unwrap_or(key.len());
    let role = title[..head_end].trim().to_owned();
    let rest = title[head_end..].trim();
    if rest.is_empty() {
        return PositionDraft {
            role: Some(role),
            ..Default::default()
        };
    }
    let rkey = fold(rest);
    let split = [
        " tỉnh",
        " huyện",
        " thành phố",
        " thị xã",
        " quận",
        " xã",
        " phường",
        " thị trấn",
    ]
    .iter()
    .filter_map(|u| rkey.find(u))
    .min();
    let (organ, organization) = match split {
        Some(i) => (rest[..i].trim(), Some(rest[i..].trim().to_owned())),
        None => (rest, None),
    };
    PositionDraft {
        role: Some(role),
        organ: (!organ.is_empty()).then(|| organ.to_owned()),
        organization,
    }
}
