//! Tallies: "15/18 chỉ tiêu đạt và vượt Nghị quyết", "46/63 địa phương không
//! đạt", "có 3 chỉ tiêu chưa đạt".

use dangbo::{Basis, TallyDraft, TallyStatus};

use super::basis::basis_at;
use super::number::as_count;
use super::scan::{Scanner, Sentence, Step};
use super::token::{Kind, Token};
use super::unit::{counts_targets, matches_at, unit_at};

/// Status phrases, longest first.
const STATUSES: &[(&[&str], TallyStatus)] = &[
    (&["đạt", "và", "vượt", "mức"], TallyStatus::MetOrExceeded),
    (&["đạt", "và", "vượt"], TallyStatus::MetOrExceeded),
    (&["đạt", ",", "vượt"], TallyStatus::MetOrExceeded),
    (&["đạt", "-", "vượt"], TallyStatus::MetOrExceeded),
    (&["đạt", "vượt"], TallyStatus::MetOrExceeded),
    (
        &["hoàn", "thành", "và", "hoàn", "thành", "vượt"],
        TallyStatus::MetOrExceeded,
    ),
    (&["hoàn", "thành", "và", "vượt"], TallyStatus::MetOrExceeded),
    (&["hoàn", "thành", ",", "vượt"], TallyStatus::MetOrExceeded),
    (&["hoàn", "thành", "vượt"], TallyStatus::MetOrExceeded),
    (&["không", "hoàn", "thành"], TallyStatus::NotMet),
    (&["chưa", "hoàn", "thành"], TallyStatus::NotMet),
    (&["không", "đạt"], TallyStatus::NotMet),
    (&["chưa", "đạt"], TallyStatus::NotMet),
    (&["đang", "trong", "lộ", "trình"], TallyStatus::Other),
    (&["đảm", "bảo", "tiến", "độ"], TallyStatus::Other),
    (&["bảo", "đảm", "tiến", "độ"], TallyStatus::Other),
    (&["đảm", "bảo", "lộ", "trình"], TallyStatus::Other),
    (&["bảo", "đảm", "lộ", "trình"], TallyStatus::Other),
    (&["đúng", "lộ", "trình"], TallyStatus::Other),
    (&["đạt", "thấp"], TallyStatus::Other),
    (&["khó", "đạt"], TallyStatus::Other),
    (&["khó", "hoàn", "thành"], TallyStatus::Other),
    (&["hoàn", "thành"], TallyStatus::Completed),
    (&["vượt"], TallyStatus::Exceeded),
    (&["đạt"], TallyStatus::Met),
];

fn pattern_at(toks: &[Token], i: usize, pat: &[&str]) -> bool {
    pat.iter().enumerate().all(|(k, p)| {
        toks.get(i + k).is_some_and(|t| match *p {
            "," => t.is(','),
            "-" => t.is_dash(),
            _ => t.kind == Kind::Word && t.key == *p,
        })
    })
}

/// The status phrase at `i`: what it says and one past its end.
pub(super) fn status_at(toks: &[Token], i: usize) -> Option<(TallyStatus, usize)> {
    STATUSES
        .iter()
        .find(|(pat, _)| pattern_at(toks, i, pat))
        .map(|(pat, status)| (*status, i + pat.len()))
}

/// The status a verb before the count gives ("đạt 15/19 tiêu chí").
pub(super) fn status_before(toks: &[Token], from: usize, at: usize) -> Option<TallyStatus> {
    let mut j = at;
    while j > from && matches!(toks[j - 1].key(), "có" | "được" | "đã" | "mới") {
        j -= 1;
    }
    // The longest phrase ending right before the count: "đạt và vượt", not "vượt".
    (from.max(j.saturating_sub(6))..j).find_map(|s| {
        status_at(toks, s)
            .filter(|(_, end)| *end == j)
            .map(|(st, _)| st)
    })
}

/// The status of a running total, from the noun it counts: "nâng tổng số xã
/// đạt chuẩn nông thôn mới lên 45/97 xã", "tổng số xã đạt chuẩn là 30/97 xã";
/// with the noun left out, from the clause just before it: "có thêm 3 xã
/// đạt chuẩn nông thôn mới, nâng tổng số lên 16/25 xã".
pub(super) fn status_of_total(toks: &[Token], at: usize) -> Option<TallyStatus> {
    let link = at.checked_sub(1)?;
    if !matches!(toks[link].key(), "lên" | "là") {
        return None;
    }
    let head = (link.saturating_sub(14)..link)
        .rev()
        .find(|&k| matches_at(toks, k, &["tổng", "số"]))?;
    let noun = head + 2;
    if noun < link {
        return (noun..link).find_map(|s| {
            status_at(toks, s)
                .filter(|(_, end)| *end <= link)
                .map(|(st, _)| st)
        });
    }
    // "…, nâng tổng số lên": the clause before the comma says what is counted.
    let mut comma = head.checked_sub(1)?;
    if toks[comma].key() == "nâng" {
        comma = comma.checked_sub(1)?;
    }
    if !toks[comma].is(',') {
        return None;
    }
    let start = clause_start(toks, comma, false);
    (start..comma).find_map(|s| {
        status_at(toks, s)
            .filter(|(_, end)| *end <= comma)
            .map(|(st, _)| st)
    })
}

/// Where the clause ending at `end` starts: after the last comma, semicolon
/// or colon before it (or an opening parenthesis, with `paren`), else at the
/// sentence's start.
fn clause_start(toks: &[Token], end: usize, paren: bool) -> usize {
    toks[..end]
        .iter()
        .rposition(|t| t.is(',') || t.is(';') || t.is(':') || (paren && t.is('(')))
        .map_or(0, |p| p + 1)
}

/// The status a rate's name gives the count in parentheses after it: "tỷ lệ
/// xã đạt chuẩn nông thôn mới nâng cao đạt 41,7% (5/12 xã)" counts communes
/// that met the standard.
/// So does the verb before the percent: "hoàn thành 100% (15/15) chỉ tiêu".
fn rate_status(toks: &[Token], at: usize) -> Option<TallyStatus> {
    if at < 4 || !toks[at - 1].is('(') || !toks[at - 2].is('%') {
        return None;
    }
    let from = clause_start(toks, at - 2, false);
    status_before(toks, from, at - 3).or_else(|| {
        (from..at - 2)
            .any(|k| matches_at(toks, k, &["đạt", "chuẩn"]))
            .then_some(TallyStatus::Met)
    })
}

/// Whether the words before a count say targets are set or adopted.
fn sets_targets(toks: &[Token], from: usize, at: usize) -> bool {
    (from.max(at.saturating_sub(4))..at).any(|k| {
        matches!(
            toks[k].key(),
            "qua" | "đề" | "với" | "gồm" | "có" | "định" | "đặt" | "hiện" | "giao" | "ra"
        )
    })
}

/// What follows a tally's noun: status, basis and where the clause ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tail {
    /// The status stated after the noun.
    pub status: Option<TallyStatus>,
    /// The basis after the status.
    pub basis: Option<Basis>,
    /// One past the last token of the clause.
    pub next: usize,
}

/// Reads the words after a tally noun ending at `i`: a few words of domain
/// ("kinh tế - xã hội"), then the status and its basis.
pub(super) fn tail(body: &str, toks: &[Token], i: usize) -> Tail {
    let mut j = i;
    let mut skipped = 0;
    let mut found = None;
    // ("chỉ tiêu phát triển kinh tế - xã hội năm 2022 đạt và vượt": up to twelve)
    while skipped < 12 {
        if let Some((status, end)) = status_at(toks, j) {
            found = Some((status, end));
            break;
        }
        let Some(t) = toks.get(j) else { break };
        let domain = match t.kind {
            Kind::Word => true,
            // "chỉ tiêu nghị quyết năm 2024 đều đạt và vượt"
            Kind::Number => {
                j > i && matches_at(toks, j - 1, &["năm"]) && super::cue::year_at(toks, j).is_some()
            }
            // "đảng bộ tỉnh, thành phố hoàn thành": the pair of units is one
            // noun; "được đánh giá, xếp loại hoàn thành tốt nhiệm vụ": one verb.
            Kind::Mark(',') => {
                j > i
                    && ((matches_at(toks, j - 1, &["tỉnh"]) && matches_at(toks, j + 1, &["thành"]))
                        || (matches_at(toks, j - 1, &["giá"])
                            && matches_at(toks, j + 1, &["xếp", "loại"])))
            }
            Kind::Mark(c) => {
                t.is_dash() || c == '(' || c == ')' || c == '“' || c == '”' || c == '"'
            }
            _ => false,
        };
        // "trong đó" opens a part of the count; "trong đợt này" is a time.
        let part = t.key() == "trong"
            && toks
                .get(j + 1)
                .is_none_or(|n| matches!(n.key(), "đó" | "số" | "tổng"));
        if !domain || part || matches!(t.key(), "so" | "tăng" | "giảm" | "chiếm" | "và") {
            break;
        }
        j += 1;
        skipped += 1;
    }
    // "2 xã đã hoàn thành 19/19 tiêu chí": a status with a count of its own
    // after it is that count's, not this noun's.
    let found = found.filter(|&(_, end)| toks.get(end).is_none_or(|t| t.kind != Kind::Number));
    let Some((status, mut end)) = found else {
        return Tail {
            status: None,
            basis: None,
            next: i,
        };
    };
    let mut basis = None;
    if let Some(hit) = basis_at(body, toks, end) {
        basis = Some(hit.basis);
        end = hit.next;
    }
    Tail {
        status: Some(status),
        basis,
        next: end,
    }
}

/// Nouns of places that reach standards: communes, wards, villages.
fn is_place_noun(of: &str) -> bool {
    matches!(
        of,
        "xã" | "phường"
            | "thị trấn"
            | "xã, thị trấn"
            | "xã, phường"
            | "xã, phường, thị trấn"
            | "thôn"
            | "bản"
            | "ấp"
            | "xóm"
            | "khóm"
            | "tổ dân phố"
            | "khu dân cư"
            | "thôn, bản"
            | "thôn, xóm"
    )
}

/// Builds a tally draft quoting `body[start..end]`.
pub(super) fn draft(
    body: &str,
    span: (usize, usize),
    count: u32,
    total: Option<u32>,
    of: &str,
    tail: &Tail,
    before: Option<TallyStatus>,
) -> TallyDraft {
    TallyDraft {
        text: Some(body.get(span.0..span.1).unwrap_or("").to_owned()),
        count: Some(count),
        total,
        of: Some(of.to_owned()),
        status: tail.status.or(before),
        basis: tail.basis,
    }
}

impl Scanner<'_> {
    /// Emits a tally of `count` (of `total`) `of` things, its noun ending at `noun_end`.
    pub(super) fn tally(
        &mut self,
        i: usize,
        count: f64,
        total: Option<f64>,
        noun_end: usize,
        of: &str,
        s: &mut Sentence,
    ) -> Option<Step> {
        let toks = s.toks;
        let count = as_count(count)?;
        let total = match total {
            Some(t) => Some(as_count(t).filter(|t| *t >= 1 && count <= *t)?),
            None => None,
        };
        let tail = tail(self.body, toks, noun_end);
        // "hoàn thành 3 tiêu chí còn lại": what is left to do, no count of
        // what was done ("3 tiêu chí còn lại chưa đạt" is one).
        if tail.status.is_none() && matches_at(toks, noun_end, &["còn", "lại"]) {
            return Some(Step::Used {
                next: noun_end + 2,
                reset: false,
            });
        }
        let before = status_before(toks, s.piece, i)
            .or_else(|| status_of_total(toks, i))
            .or_else(|| rate_status(toks, i));
        let next = tail.next.max(noun_end);
        let span = (toks[i].start, toks[next - 1].end);
        // A tally ends the figure of its clause.
        self.flush(s);
        let draft = draft(self.body, span, count, total, of, &tail, before);
        // A tally of somewhere else ("…; toàn tỉnh có 11/15 chỉ tiêu đạt"),
        // of another time or a former unit.
        if !s.elsewhere && !self.tally_of_context(toks, i) {
            self.push_tally(draft);
        }
        // An x/y tally does not lend its total to the counts after it: in
        // "22/27 chỉ tiêu đạt và vượt; 5 chỉ tiêu không đạt" the 5 is a count
        // without a total (PATTERNS.md); only a head ("Trong 24 chỉ tiêu, …")
        // gives one.
        s.any = true;
        s.after_tally = true;
        Some(Step::Used { next, reset: true })
    }

    /// Whether the clause of the count at `i` is about another time, place
    /// or unit: a year before the review in parentheses ("(năm 2022 đạt
    /// 15/21 chỉ tiêu)", "So với năm 2016 (mười lăm chỉ tiêu đạt)"), a
    /// baseline ("con số này là 40/45 …"), former units in a year's review
    /// ("các phường cũ"),
    /// or, in a district's article, another district ("huyện Hoằng Hóa dẫn
    /// đầu với 20/21 chỉ tiêu").
    fn tally_of_context(&self, toks: &[Token], i: usize) -> bool {
        let from = clause_start(toks, i, true);
        let clause = &toks[from..i];
        let has = |pat: &[&str]| (0..clause.len()).any(|k| matches_at(clause, k, pat));
        let past = |k: usize| {
            matches_at(toks, k, &["năm"])
                && super::cue::year_at(toks, k + 1)
                    .zip(self.review_year)
                    .is_some_and(|(y, r)| y < r)
        };
        let in_parens = from > 0 && toks[from - 1].is('(');
        let past_in_parens = in_parens
            && (past(from)
                || (from >= 5 && matches_at(toks, from - 5, &["so", "với"]) && past(from - 3)));
        let another = self.locality.as_deref().is_some_and(|own| {
            (0..clause.len()).any(|k| {
                matches_at(clause, k, &["huyện"])
                    && clause
                        .get(k + 1)
                        .is_some_and(|n| n.capitalised(self.body) && !own.starts_with(n.key()))
            })
        });
        // (A congress reviewing the term of the units merged into it counts
        // their targets: "các phường cũ … hoàn thành 15/16 chỉ tiêu".)
        let former = has(&["cũ"]) && self.review_year.is_some();
        // The unit above, in a guest's words: "toàn tỉnh có 28/85 xã đạt
        // chuẩn" in a district's article, "toàn huyện có 12/14 xã" in a
        // commune's, "cả nước" anywhere.
        let above = has(&["cả", "nước"])
            || has(&["toàn", "quốc"])
            || (self.below_province && (has(&["toàn", "tỉnh"]) || has(&["cả", "tỉnh"])))
            || (super::context::below_a_district(self.unit)
                && (has(&["toàn", "huyện"]) || has(&["cả", "huyện"])));
        past_in_parens || has(&["con", "số", "này"]) || former || another || above
    }

    /// "n chỉ tiêu …": a tally without a total, or the total of the counts
    /// that follow ("Trong 20 chỉ tiêu, có 15 chỉ tiêu đạt").
    pub(super) fn count(
        &mut self,
        i: usize,
        n: f64,
        noun_end: usize,
        of: &str,
        s: &mut Sentence,
    ) -> Option<Step> {
        let toks = s.toks;
        if !counts_targets(of) {
            // "46 địa phương không đạt": a tally only with a status.
            let tl = tail(self.body, toks, noun_end);
            // "12 xã đạt chuẩn nông thôn mới kiểu mẫu", "có thêm 3 xã đạt
            // chuẩn": places that reached a standard are counted like targets
            // met ("n chỉ tiêu đạt"), though "xã" is also a unit; products
            // added over the year ("có thêm 8 sản phẩm đạt chuẩn OCOP") stay
            // a figure of the year.
            let added = i > 0 && toks[i - 1].key == "thêm";
            // A share after them ("112 trường đạt chuẩn quốc gia, chiếm
            // 81,2% tổng số trường") makes them a figure with its share.
            let shared = toks
                .get(noun_end..)
                .unwrap_or_default()
                .windows(2)
                .take_while(|w| !w[0].is(';'))
                .any(|w| w[0].is(',') && w[1].key == "chiếm");
            let standard = tl.status == Some(TallyStatus::Met)
                && matches_at(toks, tl.next, &["chuẩn"])
                && (!added || is_place_noun(of))
                && !shared;
            if !standard && unit_at(self.body, toks, i + 1).is_some() {
                return None;
            }
            tl.status?;
            let total = s
                .state
                .tally_total
                .as_ref()
                .filter(|(t, o)| o == of && n <= f64::from(*t))
                .map(|(t, _)| f64::from(*t));
            return self.tally(i, n, total, noun_end, of, s);
        }
        let count = as_count(n)?;
        let head = i >= 1
            && (matches_at(toks, i - 1, &["trong"])
                || matches_at(toks, i - 1, &["số"])
                || matches_at(toks, i - 1, &["trên"])
                || matches_at(toks, i - 1, &["/"]));
        if head {
            s.state.tally_total = Some((count, of.to_owned()));
            return Some(Step::Used {
                next: noun_end,
                reset: false,
            });
        }
        let total = s
            .state
            .tally_total
            .as_ref()
            .filter(|(t, o)| counts_targets(o) && count <= *t)
            .map(|(t, _)| f64::from(*t));
        let tail = tail(self.body, toks, noun_end);
        if tail.status.is_none() && status_before(toks, s.piece, i).is_none() {
            s.state.tally_total = Some((count, of.to_owned()));
            // Without a status, only targets set or adopted count: "thông qua
            // 21 chỉ tiêu", "Nghị quyết đề ra 18 chỉ tiêu", "có 20 chỉ tiêu".
            if of == "tiêu chí" || !sets_targets(toks, s.piece, i) {
                return Some(Step::Used {
                    next: noun_end,
                    reset: false,
                });
            }
        }
        self.tally(i, n, total, noun_end, of, s)
    }

    /// ", 5 không đạt" after "Trong 20 chỉ tiêu": a count with a status and
    /// the total stated before.
    pub(super) fn bare_count(&mut self, i: usize, n: f64, s: &mut Sentence) -> Option<Step> {
        let toks = s.toks;
        // The count opens its clause ("…, 5 không đạt", "còn 3 chưa đạt");
        // a number inside a name ("Chi bộ khu phố 4 đạt 5/6 chỉ tiêu") is not one.
        let opens = i == s.piece
            || toks
                .get(i.wrapping_sub(1))
                .is_some_and(|t| matches!(t.key(), "có" | "còn" | "và" | "đó" | "gồm"));
        if !opens {
            return None;
        }
        let (total, of) = s.state.tally_total.clone()?;
        let mut j = i + 1;
        if matches_at(toks, j, &["chỉ", "tiêu"]) {
            j += 2;
        }
        status_at(toks, j)?;
        let count = as_count(n)?;
        if count > total {
            return None;
        }
        self.tally(i, n, Some(f64::from(total)), j, &of, s)
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn read(text: &str) -> Tail {
        let toks: Vec<Token> = Lexer::new(text).collect();
        tail(text, &toks, 0)
    }

    #[test]
    fn statuses_and_bases() {
        let t = read("đã hoàn thành và vượt kế hoạch đề ra.");
        assert_eq!(t.status, Some(TallyStatus::MetOrExceeded));
        assert_eq!(t.basis, Some(Basis::Plan));
        let t = read("kinh tế - xã hội đạt và vượt chỉ tiêu Nghị quyết");
        assert_eq!(
            (t.status, t.basis),
            (Some(TallyStatus::MetOrExceeded), Some(Basis::Resolution))
        );
        assert_eq!(read("không đạt,").status, Some(TallyStatus::NotMet));
        assert_eq!(read("chưa đạt").status, Some(TallyStatus::NotMet));
        assert_eq!(read("đạt").status, Some(TallyStatus::Met));
        assert_eq!(read("hoàn thành").status, Some(TallyStatus::Completed));
        assert_eq!(
            read("đang trong lộ trình thực hiện").status,
            Some(TallyStatus::Other)
        );
        assert_eq!(read("chủ yếu; tăng").status, None);
        // The year of the noun's resolution is part of the noun.
        assert_eq!(
            read("nghị quyết năm 2024 đều đạt và vượt").status,
            Some(TallyStatus::MetOrExceeded)
        );
        assert_eq!(
            read("đảng bộ tỉnh, thành phố hoàn thành việc xây dựng đề án").status,
            Some(TallyStatus::Completed)
        );
        assert_eq!(read("đảng bộ, đạt").status, None);
        assert_eq!(
            read("được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên").status,
            Some(TallyStatus::Completed)
        );
        assert_eq!(
            read("được đánh giá ngoài trong đợt này đạt chuẩn kiểm định").status,
            Some(TallyStatus::Met)
        );
        assert_eq!(read("trong đó 3 xã đạt").status, None);
        // Any other number ends the clause.
        assert_eq!(read("nghị quyết 2024 đạt").status, None);
    }
}
