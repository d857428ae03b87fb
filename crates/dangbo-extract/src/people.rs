//! People named in the article (PATTERNS.md §6): name first or title first,
//! lists with ";", honorifics stripped, and each person's part in the
//! session (the titles themselves are read in `titles`).

use dangbo::{PersonMentionDraft, RoleInSession};

use crate::names::{cap_run, is_surname, joins, name_after_dash, plausible, split_after_title};
use crate::position::position_keyed;
use crate::roles;
use crate::text::{
    boundary_before, fold, is_capitalised, sentences, squash, words_upto, Folded, Word,
};
use crate::titles::{
    backward_titles, forward_titles, head_at, honorific_at, is_place_word, is_separator, stop_at,
    stops_after,
};

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

/// Leaders of the Party's history: quoted ("lời dạy của Chủ tịch Hồ Chí
/// Minh") or honoured ("120 năm Ngày sinh đồng chí Lê Hồng Phong"), never at
/// a session the articles report.
const HISTORIC: &[&str] = &[
    "hồ chí minh",
    "nguyễn ái quốc",
    "trần phú",
    "lê hồng phong",
    "hà huy tập",
    "nguyễn văn cừ",
    "nguyễn thị minh khai",
    "lê duẩn",
    "trường chinh",
    "phạm văn đồng",
    "tôn đức thắng",
    "võ nguyên giáp",
    "lý tự trọng",
    "võ thị sáu",
];

/// Words before a name that remember the person rather than report them
/// at the meeting ("tưởng nhớ đồng chí …", "Ngày sinh đồng chí …").
const MEMORIAL: &[&str] = &[
    "tưởng nhớ",
    "tưởng niệm",
    "ngày sinh",
    "ngày mất",
    "từ trần",
    "lời dạy",
    "di chúc",
    "tư tưởng",
];

/// Whether a person found is remembered, not at the session: a leader of
/// the Party's history, or a name right after words of remembrance.
fn remembered(text: &Folded, f: &Found) -> bool {
    let key = &text.key;
    // The folded text at the name (no allocation): a whole historic name.
    let at_name = &key[f.name_start..];
    if HISTORIC
        .iter()
        .any(|h| at_name.starts_with(h) && crate::text::boundary_after(key, f.name_start + h.len()))
    {
        return true;
    }
    let from = crate::text::floor_boundary(key, f.name_start.saturating_sub(48));
    let before = &key[from..f.name_start];
    let before = before.rsplit([',', '.', ';', ':']).next().unwrap_or(before);
    MEMORIAL.iter().any(|m| before.contains(m))
}

/// The people of one sentence `text[from..to]`.
/// (`words`: its words, as `words_upto(&text.orig, from, to, 5000)` gives.)
fn sentence_people(text: &Folded, from: usize, to: usize, words: &[Word]) -> Vec<Found> {
    let key = &text.key;
    if !has_pair(text, words) {
        return Vec::new();
    }
    let mut out: Vec<Found> = Vec::new();
    let mut lo = from;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // "Ban Thường vụ gồm 9 đồng chí, …": a count of comrades, no honorific.
        let counted = i > 0
            && text
                .slice(words[i - 1].start, words[i - 1].end)
                .bytes()
                .all(|b| b.is_ascii_digit());
        if let Some(hend) = honorific_at(key, w.start).filter(|_| !counted) {
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
                if let Some(f) = title_first(text, words, k, words[k].start) {
                    lo = f.end;
                    i = words.partition_point(|w| w.start < f.end);
                    out.push(f);
                    continue;
                }
                i = k + 1;
                continue;
            }
            let j = cap_run(text, words, k, 5);
            // "các đồng chí Ban Chấp hành Đảng bộ xã": the members of a body.
            let body = matches!(&key[words[k].start..words[k].end], "ban" | "ủy" | "đảng");
            if j - k >= 2 && !body {
                let found = named(text, words, k, j, Vec::new());
                let mut end = found.end;
                out.push(found);
                // "các đồng chí Trần Thị Hằng và Đỗ Quang Vinh": one honorific, two people.
                if key[..w.start].ends_with("các ") {
                    while let Some(next) = and_name(text, words, end) {
                        end = next.end;
                        out.push(next);
                    }
                }
                lo = end;
                i = words.partition_point(|w| w.start < end).max(j);
                continue;
            }
            i = k.max(i + 1);
            continue;
        }
        let is_run_start = is_capitalised(text.slice(w.start, w.end))
            && (i == 0
                || !is_capitalised(text.slice(words[i - 1].start, words[i - 1].end))
                || !joins(text, words[i - 1], w));
        if !is_run_start || head_at(key, w.start).is_some() {
            i += 1;
            continue;
        }
        let j = cap_run(text, words, i, 8);
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
            backward_titles(text, words, lo, i)
        } else {
            Vec::new()
        };
        if !titles_before.is_empty() {
            let dash = is_separator(gap_before) && !gap_before.contains(',');
            if name_after_dash(text, words, j) {
                // The run ends the title; the name follows the dash.
                i = j;
                continue;
            }
            let start = split_after_title(text, words, i, j)
                .or_else(|| (dash && (2..=4).contains(&(j - i))).then_some(i));
            if let Some(k) = start {
                let mut titles = titles_before;
                if k > i {
                    if let Some(last) = titles.last_mut() {
                        last.push(' ');
                        last.push_str(&squash(text.slice(words[i].start, words[k - 1].end)));
                    }
                }
                let found = named(text, words, k, j, titles);
                let end = found.end;
                out.push(found);
                lo = end;
                i = words.partition_point(|w| w.start < end).max(j);
                continue;
            }
        }
        // Name first without an honorific: "Nguyễn Văn An, Bí thư …".
        if j - i <= 4 && plausible(text, words, i, j) {
            let after_unit = i > 0
                && gap_before == " "
                && is_place_word(&key[words[i - 1].start..words[i - 1].end]);
            let (titles, end) = forward_titles(text, words, j, words[j - 1].end);
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
    out.retain(|f| !remembered(text, f));
    roles::assign_roles(text, from, to, &mut out);
    out
}

/// Every name is a run of at least two capitalised words one space apart
/// (`cap_run`); words without such a pair name nobody.
fn has_pair(text: &Folded, words: &[Word]) -> bool {
    let bytes = text.orig.as_bytes();
    words.windows(2).any(|p| {
        let spaced = p[1].start == p[0].end + 1 && bytes.get(p[0].end) == Some(&b' ');
        // A one-letter prefix and an apostrophe: "H'Lim", "K’Bình".
        let prefixed = || p[0].end - p[0].start <= 3 && joins(text, p[0], p[1]);
        (spaced || prefixed())
            && is_capitalised(text.slice(p[0].start, p[0].end))
            && is_capitalised(text.slice(p[1].start, p[1].end))
    })
}

/// The person named by `words[k..j]`, with `titles` written before the name
/// and the titles that follow it.
fn named(text: &Folded, words: &[Word], k: usize, j: usize, mut titles: Vec<String>) -> Found {
    let name = squash(text.slice(words[k].start, words[j - 1].end));
    let (more, end) = forward_titles(text, words, j, words[j - 1].end);
    titles.extend(more);
    Found {
        name,
        name_start: words[k].start,
        end,
        titles,
        role: None,
    }
}

/// The person named after " và " at `end` (where a name and its titles
/// end), when a family name starts a plausible name there.
fn and_name(text: &Folded, words: &[Word], end: usize) -> Option<Found> {
    let i = words.partition_point(|w| w.start < end);
    let and = words.get(i)?;
    let next = words.get(i + 1)?;
    if text.slice(end, and.start) != " "
        || &text.key[and.start..and.end] != "và"
        || text.slice(and.end, next.start) != " "
        || !is_surname(text.slice(next.start, next.end))
    {
        return None;
    }
    let j = cap_run(text, words, i + 1, 4);
    plausible(text, words, i + 1, j).then(|| named(text, words, i + 1, j, Vec::new()))
}

/// A name after a title that follows an honorific, within a few words.
fn title_first(text: &Folded, words: &[Word], k: usize, lo: usize) -> Option<Found> {
    let key = &text.key;
    let mut m = k + 1;
    while m < words.len() && m - k < 20 {
        let gap = text.slice(words[m - 1].end, words[m].start);
        if stops_after(text, words[m - 1], gap) || stop_at(key, words[m].start) {
            return None;
        }
        let j = cap_run(text, words, m, 8);
        if j - m >= 2 && name_after_dash(text, words, j) {
            m = j;
            continue;
        }
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

/// "Các đồng chí A và B được bầu làm Phó Bí thư …", "đồng chí A và đồng
/// chí B được bầu giữ chức …": the post elected is both people's.
fn share_elected(text: &Folded, found: &mut [Found]) {
    for k in (0..found.len().saturating_sub(1)).rev() {
        let (a, b) = (&found[k], &found[k + 1]);
        if !a.titles.is_empty() || b.titles.is_empty() || a.end > b.name_start {
            continue;
        }
        let gap = text.key.get(a.end..b.name_start).unwrap_or("").trim();
        let joined = matches!(gap, "và" | "và đồng chí" | "và ông" | "và bà");
        let own = text.key.get(b.name_start..b.end).unwrap_or("");
        let elected = ["được bầu", "giữ chức", "tái đắc cử", "được chỉ định"]
            .iter()
            .any(|w| own.contains(w));
        if joined && elected {
            let (left, right) = found.split_at_mut(k + 1);
            left[k].titles.clone_from(&right[0].titles);
        }
    }
}

/// A person being merged: the folded name, the folded titles, the draft.
type Merged = (String, Vec<String>, PersonMentionDraft);

/// Every person in the given ranges of `text`, merged by name.
pub(crate) fn find(text: &Folded, ranges: &[(usize, usize)]) -> Vec<PersonMentionDraft> {
    let mut merged: Vec<Merged> = Vec::new();
    let mut titled = Vec::new();
    for &(from, to) in ranges {
        let slice = text.slice(from, to);
        if slice.is_empty() {
            continue;
        }
        // The words of the range, read once. A sentence starts after a line
        // break or a stop, never inside a word, so its words are a run of
        // these (read again only if one did); a range without a pair of
        // capitalised words has no sentence with one.
        let words = words_upto(&text.orig, from, to, usize::MAX);
        if !has_pair(text, &words) {
            continue;
        }
        for (a, b) in sentences(slice) {
            let (s, e) = (from + a, from + b);
            titled.extend(roles::titled(text, s, e));
            let own;
            let run: &[Word] = if s == from || boundary_before(&text.orig, s) {
                let i = words.partition_point(|w| w.start < s);
                let n = words[i..].partition_point(|w| w.end <= e).min(5000);
                &words[i..i + n]
            } else {
                own = words_upto(&text.orig, s, e, 5000);
                &own
            };
            let mut found = sentence_people(text, s, e, run);
            share_elected(text, &mut found);
            for f in found {
                merge(&mut merged, f);
                if merged.len() >= 500 {
                    return merged.into_iter().map(|m| m.2).collect();
                }
            }
        }
    }
    for (title, role) in titled {
        by_title(&mut merged, &title, role);
    }
    merged.into_iter().map(|m| m.2).collect()
}

/// A role given to a person named elsewhere, here by a title alone: the one
/// person holding that title (written alike, or with a place after it) takes
/// the role when it outranks theirs; none or several, and no one does.
fn by_title(merged: &mut [Merged], title: &str, role: RoleInSession) {
    let holds = |m: &Merged| {
        m.1.iter().any(|t| {
            t == title
                || (t.len() > title.len()
                    && t.starts_with(title)
                    && t.as_bytes()[title.len()] == b' ')
        })
    };
    let mut holders = merged.iter_mut().filter(|m| holds(m));
    if let (Some(m), None) = (holders.next(), holders.next()) {
        if roles::rank(Some(role)) > roles::rank(m.2.role_in_session) {
            m.2.role_in_session = Some(role);
        }
    }
}

fn merge(merged: &mut Vec<Merged>, f: Found) {
    let k = fold(&f.name);
    // A title-first mention keeps at most four words of a name, so "Bí thư
    // Huyện ủy Nguyễn Lê Thị Thu Hà" gives "Lê Thị Thu Hà": the person
    // already named in full.
    let whole = merged.iter().position(|m| {
        m.0 == k
            || (k.split(' ').count() >= 3
                && m.0.len() > k.len()
                && m.0.ends_with(&k)
                && m.0.as_bytes()[m.0.len() - k.len() - 1] == b' ')
    });
    let idx = whole.unwrap_or_else(|| {
        merged.push((
            k,
            Vec::new(),
            PersonMentionDraft {
                name: Some(f.name.clone()),
                ..Default::default()
            },
        ));
        merged.len() - 1
    });
    let (_, keys, p) = &mut merged[idx];
    for t in f.titles {
        let t = crate::text::trim_clause(&t).to_owned();
        if t.is_empty() {
            continue;
        }
        let tk = fold(&t);
        if keys.contains(&tk) {
            continue;
        }
        p.positions.push(position_keyed(&t, &tk));
        p.titles.push(t);
        keys.push(tk);
    }
    if roles::rank(f.role) > roles::rank(p.role_in_session) {
        p.role_in_session = f.role;
    }
}
