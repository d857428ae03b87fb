//! A person's part in the session: chair ("chủ trì", "đồng chủ trì"),
//! speaker ("phát biểu", "kết luận", "báo cáo" …), attendee ("dự", "tham
//! dự"), from the verb after the person, after the list they are in, or
//! opening the sentence ("Dự hội nghị có …").

use std::sync::LazyLock;

use dangbo::RoleInSession;

use crate::cues::Cues;
use crate::people::Found;
use crate::text::{boundary_after, Folded};
use crate::titles::automaton;

/// Role verbs, folded, with the role they give.
pub(crate) const ROLE_VERBS: &[(&str, RoleInSession)] = &[
    ("đồng chủ trì", RoleInSession::Chair),
    ("chủ trì", RoleInSession::Chair),
    ("dự và phát biểu", RoleInSession::Speaker),
    ("dự và chỉ đạo", RoleInSession::Attendee),
    ("dự, chỉ đạo", RoleInSession::Attendee),
    ("tham dự", RoleInSession::Attendee),
    ("đến dự", RoleInSession::Attendee),
    ("về dự", RoleInSession::Attendee),
    ("tới dự", RoleInSession::Attendee),
    ("cùng dự", RoleInSession::Attendee),
    ("dự", RoleInSession::Attendee),
    ("phát biểu", RoleInSession::Speaker),
    ("kết luận", RoleInSession::Speaker),
    ("báo cáo", RoleInSession::Speaker),
    ("trình bày", RoleInSession::Speaker),
    ("tham luận", RoleInSession::Speaker),
    ("giải trình", RoleInSession::Speaker),
    ("nhấn mạnh", RoleInSession::Speaker),
    ("đề nghị", RoleInSession::Speaker),
    ("yêu cầu", RoleInSession::Speaker),
    ("khẳng định", RoleInSession::Speaker),
    ("chỉ đạo", RoleInSession::Speaker),
    ("đánh giá", RoleInSession::Speaker),
    ("ghi nhận", RoleInSession::Speaker),
    ("biểu dương", RoleInSession::Speaker),
    ("lưu ý", RoleInSession::Speaker),
    ("quán triệt", RoleInSession::Speaker),
    ("thông báo", RoleInSession::Speaker),
    ("công bố", RoleInSession::Speaker),
    ("cho biết", RoleInSession::Speaker),
    ("chia sẻ", RoleInSession::Speaker),
    ("giải đáp", RoleInSession::Speaker),
    ("phân tích", RoleInSession::Speaker),
    ("tiếp thu", RoleInSession::Speaker),
    ("điều hành", RoleInSession::Speaker),
    ("đề xuất", RoleInSession::Speaker),
    ("gợi mở", RoleInSession::Speaker),
    ("cho rằng", RoleInSession::Speaker),
    ("kiến nghị", RoleInSession::Speaker),
    ("góp ý", RoleInSession::Speaker),
    ("thừa nhận", RoleInSession::Speaker),
    ("nhận định", RoleInSession::Speaker),
    ("nhận xét", RoleInSession::Speaker),
];

static ROLE_AC: LazyLock<Cues> =
    LazyLock::new(|| automaton(ROLE_VERBS.iter().map(|(w, _)| (*w).to_owned())));

/// The role verb at `at` in the folded text, when one starts there.
pub(crate) fn role_at(key: &str, at: usize) -> Option<RoleInSession> {
    let m = ROLE_AC.at(key, at)?;
    if !boundary_after(key, m.end()) {
        return None;
    }
    // "dự khuyết", "dự thảo", "dự án", "dự kiến" are not attending.
    let word = &key[m.start()..m.end()];
    if word == "dự" {
        let next = key[m.end()..].trim_start();
        if [
            "khuyết", "thảo", "án", "kiến", "toán", "báo", "trữ", "phòng", "bị",
        ]
        .iter()
        .any(|w| next.starts_with(w))
        {
            return None;
        }
    }
    Some(ROLE_VERBS[m.pattern()].1)
}

/// The role verb after `at` (skipping commas and adverbs).
fn role_after(key: &str, at: usize, limit: usize) -> Option<RoleInSession> {
    let mut pos = at;
    for _ in 0..4 {
        let rest = key.get(pos..limit)?;
        let t = rest.trim_start_matches([' ', ',', '\t']);
        pos += rest.len() - t.len();
        if let Some(r) = role_at(key, pos) {
            // "phát biểu khai mạc và chủ trì đại hội": a chairing verb joined
            // by "và" a few words on.
            // (Past the first verb's own words: "dự và chỉ đạo" is one verb.)
            let verb_end = ROLE_AC.at(key, pos).map_or(pos, crate::cues::Hit::end);
            let window = &key[verb_end
                ..crate::text::floor_boundary(key, (verb_end + 40).min(limit)).max(verb_end)];
            let second = window
                .find(" và ")
                .and_then(|i| role_at(key, verb_end + i + " và ".len()));
            // Only chairing outranks the first verb ("dự và chỉ đạo" stays
            // attending).
            return Some(match second {
                Some(RoleInSession::Chair) => RoleInSession::Chair,
                _ => r,
            });
        }
        // "…, thay mặt Ban Thường vụ Huyện ủy trình bày dự thảo": whom the
        // person speaks for, up to eight words, then the verb.
        if t.starts_with("thay mặt") && boundary_after(key, pos + "thay mặt".len()) {
            let mut at = pos + "thay mặt".len();
            for _ in 0..8 {
                let rest = key.get(at..limit)?;
                let word = rest.trim_start();
                at += rest.len() - word.len();
                if word.starts_with([',', '.', ';', ':']) {
                    return None;
                }
                if let Some(r) = role_at(key, at) {
                    return Some(r);
                }
                at += word.find(' ')?;
            }
            return None;
        }
        let skip = ["đã", "cũng", "trực tiếp", "cùng", "đến", "về", "sẽ"]
            .iter()
            .find(|w| t.starts_with(*w) && boundary_after(key, pos + w.len()));
        match skip {
            Some(w) => pos += w.len(),
            // "… trao quyết định chuẩn y và phát biểu chỉ đạo": another verb,
            // then a role verb joined by "và" in the same clause.
            None => return joined_role(key, pos, limit),
        }
    }
    None
}

/// A role verb after " và " within the next few words of the clause at
/// `pos` (no mark between).
fn joined_role(key: &str, pos: usize, limit: usize) -> Option<RoleInSession> {
    let window = key.get(pos..crate::text::floor_boundary(key, (pos + 60).min(limit)))?;
    let clause = &window[..window
        .find([',', '.', ';', ':', '('])
        .unwrap_or(window.len())];
    let at = clause.find(" và ")?;
    role_at(key, pos + at + " và ".len())
}

/// Roles: a verb after a person (or after the list they are in), else a verb
/// that opens the sentence ("Dự hội nghị có …", "Phát biểu …, đồng chí …").
pub(crate) fn assign_roles(text: &Folded, s: usize, e: usize, people: &mut [Found]) {
    let key = &text.key;
    let opening = opening_role(text, s, e);
    let own: Vec<Option<RoleInSession>> =
        people.iter().map(|p| role_after(key, p.end, e)).collect();
    let mut group_start = 0;
    for k in 0..people.len() {
        // A person with a verb of their own ends the list they are in.
        let last_in_group = k + 1 == people.len()
            || own[k].is_some()
            || !joined(key, people[k].end, people[k + 1].name_start);
        if last_in_group {
            // "dưới sự chủ trì của đồng chí …": a verb before the list.
            let before = role_before(key, people[group_start].name_start, s);
            // "…; đồng chủ trì có đồng chí …": a verb opening the clause.
            let clause = clause_start(key, s, people[group_start].name_start)
                .and_then(|c| opening_role(text, c, e));
            let group_role = own[k].or(before).or(clause);
            for m in group_start..=k {
                people[m].role = own[m].or(group_role).or(opening);
            }
            group_start = k + 1;
        }
    }
}

/// People named by a title alone in the sentence `s..e`, with the role the
/// sentence gives them: "Phát biểu chỉ đạo, đồng chí Trưởng Ban Dân vận Tỉnh
/// ủy ghi nhận …", "Đồng chí Chủ tịch UBND xã phát biểu …" — the folded
/// title (from its head to the verb, a mark or fourteen words) and the role.
/// A name after the title stays in it, so it matches no one's title.
pub(crate) fn titled(text: &Folded, s: usize, e: usize) -> Vec<(String, RoleInSession)> {
    let key = &text.key;
    let Some(hay) = key.get(s..e) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, w) in hay.match_indices("đồng chí ") {
        let t = s + i + w.len();
        if crate::titles::head_at(key, t).is_none() {
            continue;
        }
        let (mut pos, mut end) = (t, t);
        for _ in 0..14 {
            let rest = &key[pos..e];
            let len = rest
                .find([' ', ',', ';', '.', ':', '('])
                .unwrap_or(rest.len());
            if len == 0 || (pos > t && role_at(key, pos).is_some()) {
                break;
            }
            end = pos + len;
            if !rest[len..].starts_with(' ') {
                break;
            }
            pos = end + 1;
        }
        if let Some(role) = role_after(key, end, e).or_else(|| opening_role(text, s, e)) {
            out.push((key[t..end].to_owned(), role));
        }
    }
    out
}

/// A role verb that introduces a person with "của": "dưới sự chủ trì của
/// đồng chí …", "với sự tham dự của …", "phát biểu của …".
fn role_before(key: &str, name_start: usize, sentence_start: usize) -> Option<RoleInSession> {
    let from = crate::text::floor_boundary(key, name_start.saturating_sub(120).max(sentence_start));
    let window = key.get(from..name_start)?;
    // The last " của " (every one starts at a space).
    let at = memchr::memrchr_iter(b' ', window.as_bytes())
        .find(|&i| window[i..].starts_with(" của "))?;
    let between = &window[at + " của ".len()..];
    if between.contains(['.', ';', '!', '?']) || between.len() > 90 {
        return None;
    }
    let head = window[..at].trim_end();
    // The verb ends the words before "của", or two words of manner follow
    // it ("nhiều ý kiến phát biểu tâm huyết của các đồng chí: …").
    ROLE_VERBS
        .iter()
        .find(|(verb, _)| {
            head.rfind(verb).is_some_and(|p| {
                let after = &head[p + verb.len()..];
                head[..p].ends_with([' ', ','])
                    && (after.is_empty() || after.starts_with(' '))
                    && after.split_whitespace().count() <= 2
            })
        })
        .map(|(_, role)| *role)
}

/// Whether two people are in one list: only separators and list words between.
fn joined(key: &str, from: usize, to: usize) -> bool {
    let Some(between) = key.get(from..to) else {
        return false;
    };
    // A stop between ends the list.
    if between.len() > 200 || between.contains(['.', '!', '?']) {
        return false;
    }
    let mut rest = between.to_owned();
    for w in ["các đồng chí", "đồng chí", "và", "cùng", "ông", "bà"] {
        rest = rest.replace(w, " ");
    }
    // Titles written before the next name stay between; allow them.
    !ROLE_VERBS
        .iter()
        .any(|(v, _)| rest.split([' ', ',', ';', ':']).any(|x| x == *v))
}

/// Where the clause holding `name_start` starts, when a ";" within the
/// sentence (`s..`) opens it.
fn clause_start(key: &str, s: usize, name_start: usize) -> Option<usize> {
    let window = key.get(s..name_start)?;
    memchr::memrchr(b';', window.as_bytes()).map(|i| s + i + 1)
}

/// A role verb opening the sentence, after a leading date ("Sáng 17/1,").
fn opening_role(text: &Folded, s: usize, e: usize) -> Option<RoleInSession> {
    let key = &text.key;
    let head = key.get(s..e)?;
    let t = head.trim_start();
    let mut at = s + (head.len() - t.len());
    if let Some(found) = crate::dates::lead_date(text, at, e, true) {
        let rest = &key[found.end..e];
        at = found.end + (rest.len() - rest.trim_start_matches([',', ' ']).len());
    }
    // "Cùng đồng chủ trì có …", "Đồng thời, tham dự có …", "Mở đầu báo cáo, …".
    for lead in ["cùng với ", "cùng ", "đồng thời, ", "đồng thời ", "mở đầu "] {
        if key[at..].starts_with(lead) && role_at(key, at).is_none() {
            at += lead.len();
            break;
        }
    }
    // "Về phía huyện có các đồng chí: …": the guests of one side, listed.
    if key[at..].starts_with("về phía ") {
        let clause = &key[at..e.min(key.len())];
        if clause.contains(" có các đồng chí") || clause.contains(" có đồng chí") {
            return Some(RoleInSession::Attendee);
        }
    }
    role_at(key, at)
}

pub(crate) fn rank(r: Option<RoleInSession>) -> u8 {
    match r {
        Some(RoleInSession::Chair) => 4,
        Some(RoleInSession::Speaker) => 3,
        Some(RoleInSession::Attendee) => 2,
        Some(_) => 1,
        None => 0,
    }
}
