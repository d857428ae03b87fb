//! What a percent is measured against: the basis of an achievement ("kế
//! hoạch", "dự toán tỉnh giao", "Nghị quyết") and the comparison of a change
//! ("so với cùng kỳ", "so với năm trước").

use dangbo::{Basis, RelativeTo};

use super::cue::Years;
use super::number::convert;
use super::token::{Kind, Token};
use super::unit::{collapse, matches_at};

/// A basis found after a percent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct BasisHit {
    /// What it is.
    pub basis: Basis,
    /// As written ("dự toán tỉnh giao").
    pub text: String,
    /// One past its last token.
    pub next: usize,
}

/// Skips "so với", "với", "của", "mức", "(so với)" before a basis.
fn skip_lead_in(toks: &[Token], mut j: usize) -> (usize, bool) {
    let mut compared = false;
    loop {
        if matches_at(toks, j, &["so", "với"]) {
            j += 2;
            compared = true;
        } else if matches_at(toks, j, &["so"])
            && toks.get(j + 1).is_some_and(|t| {
                matches!(
                    t.key(),
                    "cùng" | "kế" | "năm" | "kh" | "ck" | "nghị" | "dự" | "dt"
                )
            })
        {
            // "so cùng kỳ": "với" dropped.
            j += 1;
            compared = true;
        } else if matches_at(toks, j, &["với"])
            || matches_at(toks, j, &["của"])
            || (matches_at(toks, j, &["mức"]) && !compared)
        {
            j += 1;
        } else {
            return (j, compared);
        }
    }
}

/// Words that may follow a basis noun as part of it ("kế hoạch tỉnh giao",
/// "dự toán HĐND huyện giao", "chỉ tiêu Nghị quyết đề ra").
fn continues_basis(key: &str) -> bool {
    matches!(
        key,
        "năm"
            | "tỉnh"
            | "huyện"
            | "thành"
            | "phố"
            | "thị"
            | "xã"
            | "phường"
            | "quận"
            | "tp"
            | "giao"
            | "đề"
            | "ra"
            | "trên"
            | "trung"
            | "ương"
            | "tw"
            | "hđnd"
            | "hdnd"
            | "ubnd"
            | "hội"
            | "đồng"
            | "nhân"
            | "dân"
            | "đại"
            | "đảng"
            | "bộ"
            | "nghị"
            | "quyết"
            | "nq"
            | "cả"
            | "được"
            | "xây"
            | "dựng"
            | "điều"
            | "chỉnh"
            | "chỉ"
            | "tiêu"
            | "mục"
            | "đặt"
            | "cấp"
            | "kỳ"
            | "nhiệm"
            | "viên"
    )
}

fn is_year(tok: &Token) -> bool {
    tok.kind == Kind::Number
        && tok.key.len() == 4
        && convert(&tok.key).is_some_and(|y| (1975.0..=2100.0).contains(&y))
}

/// The basis at `i` (after an optional "so với"), if the words there name one.
pub(super) fn basis_at(body: &str, toks: &[Token], i: usize) -> Option<BasisHit> {
    let (j, _) = skip_lead_in(toks, i);
    let (basis, len) = basis_noun(toks, j)?;
    let mut end = j + len;
    let mut extra = 0;
    while extra < 8 {
        let Some(t) = toks.get(end) else { break };
        let more = match t.kind {
            Kind::Word => continues_basis(&t.key),
            Kind::Number => is_year(t),
            Kind::Mark('-' | '–') => toks.get(end + 1).is_some_and(is_year) && end > j + len,
            _ => false,
        };
        if !more {
            break;
        }
        end += 1;
        extra += 1;
    }
    // Never end on a connector.
    while end > j + len && matches!(toks[end - 1].key(), "trên" | "cả" | "được" | "của") {
        end -= 1;
    }
    let text = collapse(body.get(toks[j].start..toks[end - 1].end).unwrap_or(""));
    Some(BasisHit {
        basis,
        text,
        next: end,
    })
}

/// The basis noun at `j` and its length in tokens.
fn basis_noun(toks: &[Token], j: usize) -> Option<(Basis, usize)> {
    let resolution_after = |k: usize| {
        matches_at(toks, k, &["nghị", "quyết"])
            || matches_at(toks, k, &["nq"])
            || matches_at(toks, k, &["đại", "hội"])
    };
    // "DT" as bulletins abbreviate "dự toán" ("đạt 92,6% DT huyện giao").
    let estimate = if matches_at(toks, j, &["dự", "toán"]) {
        Some(2)
    } else if matches_at(toks, j, &["dt"]) && toks.get(j + 1).is_none_or(|t| !t.is('/')) {
        Some(1)
    } else {
        None
    };
    if let Some(len) = estimate {
        let council = (j + len..j + len + 4).any(|k| {
            matches_at(toks, k, &["hđnd"])
                || matches_at(toks, k, &["hdnd"])
                || matches_at(toks, k, &["hội", "đồng", "nhân", "dân"])
        });
        let basis = if council {
            Basis::CouncilEstimate
        } else {
            Basis::AssignedEstimate
        };
        return Some((basis, len));
    }
    if matches_at(toks, j, &["kế", "hoạch"]) {
        return Some((Basis::Plan, 2));
    }
    if matches_at(toks, j, &["kh"]) && toks.get(j + 1).is_none_or(|t| !t.is('/')) {
        return Some((Basis::Plan, 1));
    }
    if matches_at(toks, j, &["nghị", "quyết"]) {
        return Some((Basis::Resolution, 2));
    }
    if matches_at(toks, j, &["nq"]) && toks.get(j + 1).is_none_or(|t| !t.is('/')) {
        return Some((Basis::Resolution, 1));
    }
    if matches_at(toks, j, &["chỉ", "tiêu"]) || matches_at(toks, j, &["mục", "tiêu"]) {
        if resolution_after(j + 2) {
            return Some((Basis::Resolution, 2));
        }
        return Some((Basis::Other, 2));
    }
    if matches_at(toks, j, &["cùng", "kỳ"]) {
        return Some((Basis::SamePeriod, 2));
    }
    if matches_at(toks, j, &["ck"]) {
        return Some((Basis::SamePeriod, 1));
    }
    if matches_at(toks, j, &["tổng", "số"]) || matches_at(toks, j, &["kịch", "bản"]) {
        return Some((Basis::Other, 2));
    }
    None
}

/// Whether a name is only a basis or a comparison ("chỉ tiêu", "kế hoạch
/// năm", "cùng kỳ năm trước"): what follows it is a target or a comparison
/// figure, not a figure of its own.
pub(super) fn names_a_basis(name: &str) -> bool {
    let basis_word = |w: &str| {
        matches!(
            w,
            "chỉ"
                | "tiêu"
                | "kế"
                | "hoạch"
                | "mục"
                | "kh"
                | "nq"
                | "dt"
                | "nghị"
                | "quyết"
                | "giao"
                | "năm"
                | "cùng"
                | "kỳ"
                | "trước"
                | "ngoái"
                | "tỉnh"
                | "huyện"
                | "đề"
                | "ra"
                | "trên"
                | "dự"
                | "toán"
                | "hđnd"
                | "so"
                | "với"
        ) || w.chars().all(|c| c.is_ascii_digit())
    };
    let mut any_word = false;
    let mut names_one = false;
    for w in name.split_whitespace().map(super::token::key_of) {
        if !basis_word(&w) {
            return false;
        }
        any_word = true;
        names_one |= matches!(
            &*w,
            "tiêu" | "hoạch" | "kh" | "nq" | "dt" | "quyết" | "kỳ" | "toán" | "trước" | "ngoái"
        );
    }
    any_word && names_one
}

/// A change's comparison after its percent: the kind and one past its end.
/// `years` tells "năm 2022" (the year before the reviewed or planned one)
/// from other years.
pub(super) fn comparison_at(
    toks: &[Token],
    i: usize,
    years: &Years,
) -> Option<(RelativeTo, usize)> {
    let (j, compared) = skip_lead_in(toks, i);
    comparison_from(toks, j, compared, years)
}

/// What a multiple is of: "gấp 1,2 lần năm 2018", "gấp 1,5 lần cùng kỳ",
/// "gấp 1,25 lần so với đầu nhiệm kỳ" — compared with or without "so với",
/// when a word follows.
pub(super) fn multiple_of(toks: &[Token], i: usize, years: &Years) -> Option<(RelativeTo, usize)> {
    let (j, compared) = skip_lead_in(toks, i);
    let word = toks.get(j).is_some_and(|t| t.kind == Kind::Word);
    comparison_from(toks, j, compared || word, years)
}

fn comparison_from(
    toks: &[Token],
    j: usize,
    compared: bool,
    years: &Years,
) -> Option<(RelativeTo, usize)> {
    let year_at = |k: usize| {
        toks.get(k)
            .filter(|t| is_year(t))
            .and_then(|t| convert(&t.key))
            .map(|y| y as i32)
    };
    if matches_at(toks, j, &["ck"]) {
        return Some((RelativeTo::SamePeriod, j + 1));
    }
    if matches_at(toks, j, &["cùng", "kỳ"]) || matches_at(toks, j, &["cùng", "thời", "điểm"])
    {
        let mut end = if toks[j + 1].key == "kỳ" {
            j + 2
        } else {
            j + 3
        };
        if matches_at(toks, end, &["năm", "trước"])
            || matches_at(toks, end, &["năm", "ngoái"])
            || (matches_at(toks, end, &["năm"]) && year_at(end + 1).is_some())
        {
            end += 2;
        }
        return Some((RelativeTo::SamePeriod, end));
    }
    if !compared {
        return None;
    }
    // "so với cuối năm 2023", "so với cuối năm trước": the year before's end.
    if matches_at(toks, j, &["cuối", "năm"]) {
        return comparison_from(toks, j + 1, compared, years);
    }
    if matches_at(toks, j, &["năm", "trước"]) || matches_at(toks, j, &["năm", "ngoái"]) {
        return Some((RelativeTo::PreviousPeriod, j + 2));
    }
    for prior in [
        &["kỳ", "trước"][..],
        &["quý", "trước"],
        &["tháng", "trước"],
        &["lần", "trước"],
        &["kỳ", "báo", "cáo", "trước"],
        &["nhiệm", "kỳ", "trước"],
        &["giai", "đoạn", "trước"],
    ] {
        if matches_at(toks, j, prior) {
            return Some((RelativeTo::PreviousPeriod, j + prior.len()));
        }
    }
    if matches_at(toks, j, &["năm"]) {
        if let Some(y) = year_at(j + 1) {
            // The year before the report's, or before the year the figure
            // itself names ("sản lượng năm 2024 đạt …, tăng 2,8% so với năm 2023").
            let own_year =
                (0..j).any(|k| matches_at(toks, k, &["năm"]) && year_at(k + 1) == Some(y + 1));
            let previous = (years.review.is_none() && years.plan.is_none())
                || years.review == Some(y + 1)
                || years.plan == Some(y + 1)
                || own_year;
            let rel = if previous {
                RelativeTo::PreviousPeriod
            } else {
                RelativeTo::Other
            };
            return Some((rel, j + 2));
        }
    }
    // "quý II …, tăng 15,3% so với quý I", "so với quý IV/2025" in the
    // next year: the quarter before.
    if let Some((n, end, year)) = quarter_at(toks, j) {
        let own = (0..j).rev().find_map(|k| quarter_at(toks, k).map(|q| q.0));
        let before = |m: u32| m == n + 1 || (m == 1 && n == 4);
        let previous = match (own, year) {
            (Some(m), _) => before(m),
            (None, Some(y)) => n == 4 && years.review.is_some_and(|r| r == y + 1),
            (None, None) => false,
        };
        if previous {
            return Some((RelativeTo::PreviousPeriod, end));
        }
        // "Quý I …, tăng 5% so với quý I/2023": the same quarter a year before.
        if own == Some(n) && year.is_some_and(|y| years.review == Some(y + 1)) {
            return Some((RelativeTo::SamePeriod, end));
        }
    }
    // Some other comparison ("so với đầu năm"): keep a few words of it.
    let mut end = j;
    while end < j + 3 && toks.get(end).is_some_and(|t| t.kind == Kind::Word) {
        end += 1;
    }
    Some((RelativeTo::Other, end))
}

/// "quý II", "quý 3", "quý IV/2025" at `i`: the quarter, one past it, and
/// the year written after a slash.
fn quarter_at(toks: &[Token], i: usize) -> Option<(u32, usize, Option<i32>)> {
    if !matches_at(toks, i, &["quý"]) {
        return None;
    }
    let t = toks.get(i + 1)?;
    let n = match t.key() {
        "i" | "1" => 1,
        "ii" | "2" => 2,
        "iii" | "3" => 3,
        "iv" | "4" => 4,
        _ => return None,
    };
    let year = toks
        .get(i + 2)
        .filter(|s| s.is('/'))
        .and_then(|_| toks.get(i + 3))
        .filter(|y| is_year(y))
        .and_then(|y| convert(&y.key))
        .map(|y| y as i32);
    Some((n, i + 2 + if year.is_some() { 2 } else { 0 }, year))
}

/// `so với <basis>` naming a plan, resolution or estimate (not the same
/// period) after a growth percent: "tăng 5% so với mục tiêu Nghị quyết".
pub(super) fn target_comparison_at(body: &str, toks: &[Token], i: usize) -> Option<BasisHit> {
    if !matches_at(toks, i, &["so", "với"]) {
        return None;
    }
    basis_at(body, toks, i)
        .filter(|b| b.basis != Basis::SamePeriod && !matches_at(toks, i + 2, &["tổng", "số"]))
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn basis(text: &str) -> Option<(Basis, String)> {
        let toks: Vec<Token> = Lexer::new(text).collect();
        basis_at(text, &toks, 0).map(|b| (b.basis, b.text))
    }

    #[test]
    fn bases_as_written() {
        assert_eq!(
            basis("dự toán tỉnh giao;"),
            Some((Basis::AssignedEstimate, "dự toán tỉnh giao".into()))
        );
        assert_eq!(
            basis("dự toán HĐND huyện giao"),
            Some((Basis::CouncilEstimate, "dự toán HĐND huyện giao".into()))
        );
        assert_eq!(
            basis("so với kế hoạch năm, tăng"),
            Some((Basis::Plan, "kế hoạch năm".into()))
        );
        assert_eq!(basis("KH"), Some((Basis::Plan, "KH".into())));
        assert_eq!(
            basis("chỉ tiêu Nghị quyết đề ra"),
            Some((Basis::Resolution, "chỉ tiêu Nghị quyết đề ra".into()))
        );
        assert_eq!(
            basis("chỉ tiêu tỉnh giao"),
            Some((Basis::Other, "chỉ tiêu tỉnh giao".into()))
        );
        assert_eq!(basis("NQ"), Some((Basis::Resolution, "NQ".into())));
        assert_eq!(
            basis("so với cùng kỳ"),
            Some((Basis::SamePeriod, "cùng kỳ".into()))
        );
        assert_eq!(
            basis("tổng số đảng viên"),
            Some((Basis::Other, "tổng số đảng viên".into()))
        );
        assert_eq!(
            basis("kế hoạch năm 2023 và"),
            Some((Basis::Plan, "kế hoạch năm 2023".into()))
        );
        assert_eq!(basis("so với tháng trước"), None);
    }

    fn comparison(text: &str, review: Option<i32>) -> Option<RelativeTo> {
        let toks: Vec<Token> = Lexer::new(text).collect();
        let years = Years {
            review,
            ..Years::default()
        };
        comparison_at(&toks, 0, &years).map(|c| c.0)
    }

    #[test]
    fn comparisons() {
        assert_eq!(
            comparison("so với cùng kỳ năm 2022", Some(2023)),
            Some(RelativeTo::SamePeriod)
        );
        assert_eq!(
            comparison("so với năm 2022", Some(2023)),
            Some(RelativeTo::PreviousPeriod)
        );
        assert_eq!(
            comparison("so với năm 2020", Some(2023)),
            Some(RelativeTo::Other)
        );
        assert_eq!(
            comparison("so với năm trước", None),
            Some(RelativeTo::PreviousPeriod)
        );
        assert_eq!(comparison("so với đầu năm", None), Some(RelativeTo::Other));
        assert_eq!(
            comparison("so với cuối năm 2022", Some(2023)),
            Some(RelativeTo::PreviousPeriod)
        );
        // The term or stage before the one reviewed.
        assert_eq!(
            comparison("so với nhiệm kỳ trước", None),
            Some(RelativeTo::PreviousPeriod)
        );
        assert_eq!(
            comparison("so với giai đoạn trước", None),
            Some(RelativeTo::PreviousPeriod)
        );
        assert_eq!(comparison("cùng kỳ", None), Some(RelativeTo::SamePeriod));
        assert_eq!(comparison(", tăng", None), None);
    }
}
