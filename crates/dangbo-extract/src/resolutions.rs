//! Resolutions and documents: mentions ("Nghị quyết Đại hội Đảng bộ …",
//! "Chỉ thị số 18-CT/HU") and adopted ones ("thông qua Dự thảo Nghị quyết …"),
//! with their symbols.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use dangbo::{
    DocumentKind, DocumentSymbol, DocumentSymbolDraft, ResolutionMentionDraft, SymbolSystem,
};
use regex::Regex;

use crate::text::squash;

use crate::text::{boundary_after, boundary_before, floor_boundary, fold, trim_clause, Folded};

/// "05-NQ/TU", "18- CT/HU", "36-HD/VPTW"; the state order "12/NQ-CP",
/// "15/2023/NQ-HĐND".
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9A-Za-z])(?:([0-9]{1,4})\s?-\s?(NQ|CTr|CT|KL|QĐi|QĐ|HD|BC|KH|TB|ĐA|CV|TTr)\s?/\s?([A-ZĐ][A-ZĐƯ0-9.]*(?:-[A-ZĐ0-9]+)*)|([0-9]{1,4})/(?:[0-9]{4}/)?(NQ|CTr|CT|KL|QĐ|HD|BC|KH|TB|ĐA|CV|TTr)-([A-ZĐ][A-ZĐa-z0-9]*))",
    )
    .expect("symbol regex")
});

fn kind_of(abbr: &str) -> Option<DocumentKind> {
    Some(match abbr {
        "NQ" => DocumentKind::NQ,
        "CT" => DocumentKind::CT,
        "KL" => DocumentKind::KL,
        "QĐ" => DocumentKind::QD,
        "QĐi" => DocumentKind::QDi,
        "HD" => DocumentKind::HD,
        "BC" => DocumentKind::BC,
        "KH" => DocumentKind::KH,
        "CTr" => DocumentKind::CTr,
        "TB" => DocumentKind::TB,
        "ĐA" => DocumentKind::DA,
        "CV" => DocumentKind::CV,
        "TTr" => DocumentKind::TTr,
        _ => return None,
    })
}

/// A document symbol found in text: its draft and byte range.
pub(crate) fn symbols(
    text: &str,
    from: usize,
    to: usize,
) -> Vec<(usize, usize, DocumentSymbolDraft)> {
    let mut out = Vec::new();
    let to = floor_boundary(text, to.min(text.len()));
    for c in SYMBOL.captures_iter(&text[from..to]) {
        let (n, k, i, system) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(n), Some(k), Some(i)) => (n, k, i, SymbolSystem::Party),
            _ => match (c.get(4), c.get(5), c.get(6)) {
                (Some(n), Some(k), Some(i)) => (n, k, i, SymbolSystem::State),
                _ => continue,
            },
        };
        let Ok(number) = n.as_str().parse::<u32>() else {
            continue;
        };
        let Some(kind) = kind_of(k.as_str()) else {
            continue;
        };
        let issuer = i.as_str().trim_end_matches(['.', '-']).to_owned();
        let end = i.start() + issuer.len();
        let written = &text[from + n.start()..from + end];
        // The core reads the symbol; its reading wins when it has one.
        let draft = match written.parse::<DocumentSymbol>() {
            Ok(sym) => sym.to_draft(),
            Err(_) => DocumentSymbolDraft {
                number: Some(number),
                kind: Some(kind),
                issuer: Some(issuer),
                system: Some(system),
                text: Some(written.to_owned()),
            },
        };
        out.push((from + n.start(), from + end, draft));
        if out.len() >= 1000 {
            break;
        }
    }
    out
}

/// Document nouns, folded, with their kind.
const NOUNS: &[(&str, DocumentKind)] = &[
    ("dự thảo nghị quyết", DocumentKind::NQ),
    ("nghị quyết", DocumentKind::NQ),
    ("chỉ thị", DocumentKind::CT),
    ("kết luận", DocumentKind::KL),
    ("quy định", DocumentKind::QDi),
    ("quyết định", DocumentKind::QD),
    ("hướng dẫn", DocumentKind::HD),
    ("kế hoạch", DocumentKind::KH),
    ("chương trình", DocumentKind::CTr),
    ("đề án", DocumentKind::DA),
    ("thông báo", DocumentKind::TB),
    ("báo cáo", DocumentKind::BC),
];

static NOUN_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(NOUNS.iter().map(|n| n.0))
        .expect("document automaton builds")
});

/// What may follow "Nghị quyết" to make it a particular resolution.
const SPECIFIERS: &[&str] = &[
    "đại hội",
    "hội nghị",
    "trung ương",
    "số",
    "năm",
    "của",
    "tỉnh ủy",
    "huyện ủy",
    "thành ủy",
    "thị ủy",
    "quận ủy",
    "đảng ủy",
    "ban chấp hành",
    "ban thường vụ",
    "chuyên đề",
    "lần thứ",
    "bch",
    "btv",
    "hđnd",
];

/// Words that end a document's name.
const NAME_END: &[&str] = &[
    " về ",
    " và ",
    " đã ",
    " được ",
    " để ",
    " nhằm ",
    " với ",
    " trong ",
    " đề ra",
    " trên ",
    " tại ",
    " đến ",
    " gắn với",
    " theo ",
    " thì ",
    " cho ",
    " sẽ ",
    " là ",
    " có ",
    " đạt ",
];

/// Every document mention in `text[from..to]`.
pub(crate) fn find(text: &Folded, from: usize, to: usize) -> Vec<ResolutionMentionDraft> {
    let key = text.key.as_str();
    let to = floor_boundary(key, to.min(key.len()));
    let syms = symbols(&text.orig, from, to);
    let mut out: Vec<ResolutionMentionDraft> = Vec::new();
    let mut pos = from;
    while pos < to && out.len() < 200 {
        let Some(m) = NOUN_AC.find(Input::new(key).range(pos..to)) else {
            break;
        };
        pos = m.end();
        if !boundary_before(key, m.start()) || !boundary_after(key, m.end()) {
            continue;
        }
        let (_, kind) = NOUNS[m.pattern().as_usize()];
        let after = key[m.end()..].trim_start();
        let lead = key.len() - m.end() - after.len();
        let next_sym = syms.partition_point(|s| s.0 < m.end());
        let sym = syms.get(next_sym).filter(|s| s.0 <= m.end() + lead + 8);
        let specific = sym.is_some()
            || (kind == DocumentKind::NQ && SPECIFIERS.iter().any(|s| after.starts_with(s)));
        if !specific {
            continue;
        }
        let end = name_end(key, m.start(), to, sym.map(|s| s.1));
        let written = trim_clause(text.slice(m.start(), end));
        if written.len() < 12 {
            continue;
        }
        let written = squash(written);
        let kind = sym.and_then(|s| s.2.kind).unwrap_or(kind);
        let before = &key[floor_boundary(key, m.start().saturating_sub(40))..m.start()];
        let clause = before.rsplit(['.', ';', ':']).next().unwrap_or(before);
        let adopted = clause.contains("thông qua")
            || clause.contains("biểu quyết")
            || clause.contains("ban hành");
        let title = title_after(text, end, to);
        pos = pos.max(end);
        if out
            .iter()
            .any(|r| r.text.as_deref().map(fold) == Some(fold(&written)))
        {
            if adopted {
                if let Some(r) = out
                    .iter_mut()
                    .find(|r| r.text.as_deref().map(fold) == Some(fold(&written)))
                {
                    r.adopted = true;
                }
            }
            continue;
        }
        out.push(ResolutionMentionDraft {
            text: Some(written),
            symbol: sym.map(|s| s.2.clone()),
            kind: Some(kind),
            title,
            adopted,
        });
    }
    out
}

/// Where a document's name that starts at `start` ends.
fn name_end(key: &str, start: usize, to: usize, symbol_end: Option<usize>) -> usize {
    let limit = floor_boundary(key, to.min(start + 220));
    let from = symbol_end.unwrap_or(start).min(limit);
    let mut end = limit;
    let s = &key[from..limit];
    let mut search = 0;
    while let Some(i) = s[search..].find([',', ';', '.', ':', '(', ')', '\n', '"', '“', '”']) {
        let at = search + i;
        let c = s[at..].chars().next().unwrap_or(',');
        let rest = s[at + c.len_utf8()..].trim_start();
        let continues = c == ','
            && ["khóa", "nhiệm kỳ", "lần thứ", "ngày"]
                .iter()
                .any(|w| rest.starts_with(w));
        let dot_inside = c == '.' && s[..at].ends_with("tp");
        if !continues && !dot_inside {
            end = from + at;
            break;
        }
        search = at + c.len_utf8();
    }
    let s = &key[from..end];
    // The first place where one of the words starts (each starts with a space).
    let first = memchr::memchr_iter(b' ', s.as_bytes())
        .find(|&i| NAME_END.iter().any(|w| s[i..].starts_with(w)));
    if let Some(i) = first {
        end = from + i;
    }
    end
}

/// "về <title>" right after a document's name.
fn title_after(text: &Folded, end: usize, to: usize) -> Option<String> {
    let rest = text.key.get(end..to)?;
    let t = rest.trim_start_matches([' ', ',']);
    let at = end + (rest.len() - t.len());
    if !t.starts_with("về ") {
        return None;
    }
    let start = at + "về ".len();
    let limit = floor_boundary(&text.key, to.min(start + 200));
    let stop = text.key[start..limit]
        .find(['.', ';', '\n', '('])
        .map_or(limit, |i| start + i);
    let title = trim_clause(text.slice(start, stop));
    (!title.is_empty()).then(|| squash(title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_in_both_orders() {
        let s = "Nghị quyết số 05-NQ/TU và Nghị quyết 12/2023/NQ-HĐND, Chỉ thị 18- CT/HU";
        let found = symbols(s, 0, s.len());
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].2.issuer.as_deref(), Some("TU"));
        assert_eq!(found[1].2.system, Some(SymbolSystem::State));
        assert_eq!(found[2].2.kind, Some(DocumentKind::CT));
    }

    #[test]
    fn an_adopted_draft_resolution() {
        let f = Folded::new("Hội nghị đã biểu quyết thông qua Dự thảo Nghị quyết hội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện Cam Lộ, khóa XXII về nhiệm vụ năm 2024.");
        let r = find(&f, 0, f.key.len());
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text.as_deref(), Some("Dự thảo Nghị quyết hội nghị lần thứ 9 Ban Chấp hành Đảng bộ huyện Cam Lộ, khóa XXII"));
        assert!(r[0].adopted);
        assert_eq!(r[0].title.as_deref(), Some("nhiệm vụ năm 2024"));
    }
}
