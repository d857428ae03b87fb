//! The words just before a number: the verb that says what the number is
//! ("đạt", "tăng", "vượt", "chiếm", "bằng", "còn"), the markers of an estimate
//! or a target ("ước", "dự kiến", "phấn đấu") and the qualifier ("trên",
//! "gần", "khoảng").

use dangbo::Qualifier;

use super::token::{Kind, Token};
use super::unit::matches_at;

/// What the verb before a number says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verb {
    /// đạt, được, là, có, thực hiện: the number is the value (or a percent of a basis).
    Reach,
    /// bằng: a ratio to a basis.
    Equal,
    /// vượt: above a basis by the percent.
    Exceed,
    /// tăng, tăng trưởng, cao hơn: growth.
    Increase,
    /// giảm, thấp hơn: decline.
    Decrease,
    /// còn, giảm còn, giảm xuống: the new (lower) value.
    DownTo,
    /// lên, tăng lên: the new (higher) value.
    UpTo,
    /// chiếm: a share (or, before a basis, an achievement).
    Account,
}

/// Verb phrases by key sequence, longest first within each verb.
const VERBS: &[(&[&str], Verb)] = &[
    (&["giảm", "xuống", "còn"], Verb::DownTo),
    (&["giảm", "còn"], Verb::DownTo),
    (&["xuống", "còn"], Verb::DownTo),
    (&["giảm", "xuống"], Verb::DownTo),
    (&["chỉ", "còn"], Verb::Reach),
    (&["còn"], Verb::Reach),
    (&["tăng", "lên"], Verb::UpTo),
    (&["nâng", "lên"], Verb::UpTo),
    // "nâng tổng số đảng viên kết nạp từ đầu năm lên 9 đồng chí".
    (&["lên"], Verb::UpTo),
    (&["tăng", "trưởng"], Verb::Increase),
    (&["cao", "hơn"], Verb::Increase),
    (&["nhiều", "hơn"], Verb::Increase),
    (&["tăng", "thêm"], Verb::Increase),
    (&["tăng"], Verb::Increase),
    (&["thấp", "hơn"], Verb::Decrease),
    (&["giảm"], Verb::Decrease),
    (&["chiếm"], Verb::Account),
    (&["bằng"], Verb::Equal),
    (&["vượt"], Verb::Exceed),
    (&["thực", "hiện"], Verb::Reach),
    (&["đạt"], Verb::Reach),
    (&["đạ"], Verb::Reach),
    (&["được"], Verb::Reach),
    (&["là"], Verb::Reach),
    (&["có"], Verb::Reach),
    (&["ở", "mức"], Verb::Reach),
    (&["với"], Verb::Reach),
    (&["gồm"], Verb::Reach),
    (&["ước"], Verb::Reach),
];

/// Whether a word is (the last word of) a verb of a figure.
pub(super) fn is_verb_word(key: &str) -> bool {
    VERBS.iter().any(|(pat, _)| pat.last() == Some(&key))
}

/// Words that may stand between a verb and its number.
fn filler(key: &str) -> bool {
    matches!(
        key,
        "trên"
            | "hơn"
            | "gần"
            | "khoảng"
            | "dưới"
            | "xấp"
            | "xỉ"
            | "mức"
            | "tỷ"
            | "lệ"
            | "bình"
            | "quân"
            | "hằng"
            | "hàng"
            | "năm"
            | "mới"
            | "thêm"
            | "tổng"
            | "số"
            | "cộng"
            | "cho"
            | "đến"
            | "lên"
            | "ở"
            | "từ"
            | "trung"
            | "tương"
            | "đương"
            | "được"
            | "tới"
            | "xuống"
            | "chỉ"
            | "khá"
            | "đạt"
            | "gấp"
    )
}

/// What the words before a number say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Lead {
    /// The verb, when one stands right before the number (fillers aside).
    pub verb: Option<Verb>,
    /// Token index where the verb phrase (with its markers) starts, or the
    /// number's own index when there is no verb: the name ends here.
    pub name_end: usize,
    /// The qualifier word right before the number.
    pub qualifier: Qualifier,
    /// "ước" marks the verb.
    pub estimate: bool,
    /// "dự kiến", "phấn đấu", "phải" mark the verb, or a floor ("tối
    /// thiểu", "không dưới", "ít nhất") qualifies the number.
    pub projected: bool,
    /// "bình quân" stands between the verb and the number.
    pub average: bool,
}

/// Reads the tokens `from..at` before the number at `at`.
pub(super) fn lead(toks: &[Token], from: usize, at: usize) -> Lead {
    let mut out = Lead {
        name_end: at,
        ..Lead::default()
    };
    let mut j = at;
    // The qualifier right before the number.
    if j > from {
        let q = &toks[j - 1];
        let prev = if j >= 2 && j - 2 >= from {
            Some(toks[j - 2].key())
        } else {
            None
        };
        let qualifier = match q.key() {
            "trên" | "hơn" if !matches!(prev, Some("cao" | "thấp" | "nhiều" | "lớn")) => {
                Some(Qualifier::Over)
            }
            "gần" => Some(Qualifier::Nearly),
            "khoảng" => Some(Qualifier::About),
            "xỉ" if prev == Some("xấp") => Some(Qualifier::About),
            // A floor: "không dưới", "tối thiểu", "ít nhất".
            "dưới" if prev == Some("không") => Some(Qualifier::Over),
            "thiểu" if prev == Some("tối") => Some(Qualifier::Over),
            "nhất" if prev == Some("ít") => Some(Qualifier::Over),
            "dưới" => Some(Qualifier::Under),
            _ => None,
        };
        if let Some(qualifier) = qualifier {
            out.qualifier = qualifier;
            let two = matches!(q.key(), "xỉ" | "thiểu" | "nhất")
                || (q.key() == "dưới" && prev == Some("không"));
            j -= if two { 2 } else { 1 };
            out.name_end = j;
            // A floor ("tối thiểu", "không dưới", "ít nhất") is asked
            // for, never reported: a target.
            out.projected = qualifier == Qualifier::Over && two;
        }
    }
    // Walk back over fillers to the verb.
    let mut steps = 0;
    let mut k = j;
    while k > from && steps < 7 {
        let t = &toks[k - 1];
        if t.kind != Kind::Word {
            break;
        }
        if let Some((start, verb)) = verb_ending_at(toks, from, k - 1) {
            out.verb = Some(verb);
            out.average |=
                (start..j).any(|x| toks[x].key == "quân" && x > 0 && toks[x - 1].key == "bình");
            let (marker_start, estimate, projected) = markers(toks, from, start);
            out.name_end = marker_start;
            // "ước cả năm đạt …": the marker may stand a few words before.
            out.estimate = estimate
                || toks[start].key == "ước"
                || (from.max(start.saturating_sub(5))..start).any(|k| toks[k].key == "ước");
            out.projected |= projected;
            lowered_rate(toks, from, &mut out);
            return out;
        }
        if !filler(&t.key) {
            break;
        }
        steps += 1;
        k -= 1;
    }
    // No verb: still note "ước"/"dự kiến" right before ("ước 35 tỷ đồng"),
    // or "ước" before a verb the table lacks ("ước đón hơn 1,2 triệu lượt
    // khách").
    let (marker_start, estimate, projected) = markers(toks, from, j);
    out.name_end = marker_start;
    out.estimate = estimate
        || (from.max(j.saturating_sub(4))..j)
            .any(|k| toks[k].key == "ước" && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word));
    out.projected |= projected;
    out.average = (from.max(at.saturating_sub(8))..at)
        .any(|x| toks[x].key == "quân" && x > from && toks[x - 1].key == "bình");
    lowered_rate(toks, from, &mut out);
    out
}

/// "giảm tỷ lệ hộ nghèo xuống dưới 1,2%", "giảm tỷ lệ hộ nghèo còn 2,2%": the
/// verb opens the clause, before the rate it lowers, and "xuống"/"còn" before
/// the number gives the new level (the name loses both; see `name_range`).
fn lowered_rate(toks: &[Token], from: usize, out: &mut Lead) {
    let opens = (from..(from + 4).min(out.name_end))
        .any(|k| matches_at(toks, k, &["giảm"]) && super::name::rate_head_at(toks, k + 1));
    if !opens {
        return;
    }
    let mut e = out.name_end;
    // "còn" was read as the verb (Reach) and starts at `name_end`.
    let mut down = out.verb == Some(Verb::Reach) && toks[e].key == "còn";
    if out.verb.is_none() {
        while e > from && matches!(toks[e - 1].key(), "xuống" | "còn") {
            e -= 1;
            down = true;
        }
    }
    if down {
        out.verb = Some(Verb::DownTo);
        out.name_end = e;
    }
}

/// The verb phrase whose last token is `end` (not starting before `from`).
fn verb_ending_at(toks: &[Token], from: usize, end: usize) -> Option<(usize, Verb)> {
    VERBS.iter().find_map(|(pat, verb)| {
        let len = pat.len();
        let start = (end + 1).checked_sub(len)?;
        (start >= from && matches_at(toks, start, pat)).then_some((start, *verb))
    })
}

/// Markers right before a verb at `start`: "ước", "ước tính", "dự kiến",
/// "phấn đấu", "sẽ", "đã". Gives where they start and what they mark.
fn markers(toks: &[Token], from: usize, start: usize) -> (usize, bool, bool) {
    let mut s = start;
    let (mut estimate, mut projected) = (false, false);
    loop {
        let before = |n: usize, pat: &[&str]| s >= from + n && matches_at(toks, s - n, pat);
        if before(2, &["ước", "tính"]) || before(2, &["ước", "thực"]) {
            s -= 2;
            estimate = true;
        } else if before(1, &["ước"]) {
            s -= 1;
            estimate = true;
        } else if before(2, &["dự", "kiến"]) || before(2, &["phấn", "đấu"]) {
            s -= 2;
            projected = true;
        } else if before(1, &["phải"]) && !(s >= from + 2 && toks[s - 2].key() == "không") {
            // "phải đạt trên 95% kế hoạch": what must be reached.
            s -= 1;
            projected = true;
        } else if before(1, &["sẽ"])
            || before(1, &["đã"])
            || before(1, &["đều"])
            || before(1, &["cũng"])
        {
            s -= 1;
        } else {
            return (s, estimate, projected);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn read(text: &str) -> (Lead, Vec<Token<'_>>) {
        let toks: Vec<Token> = Lexer::new(text).collect();
        let at = toks.iter().position(|t| t.kind == Kind::Number).unwrap();
        (lead(&toks, 0, at), toks)
    }

    #[test]
    fn floors_and_musts_are_targets() {
        for text in [
            "kết nạp tối thiểu 180 đảng viên",
            "thu hút vốn không dưới 500 triệu USD",
            "giảm ít nhất 30% thời gian",
        ] {
            let (l, _) = read(text);
            assert_eq!(l.qualifier, Qualifier::Over, "{text}");
            assert!(l.projected, "{text}");
        }
        let (l, _) = read("tỷ lệ hộ nghèo dưới 2%");
        assert_eq!(l.qualifier, Qualifier::Under);
        assert!(!l.projected);
        let (l, _) = read("giải ngân phải đạt trên 95% kế hoạch");
        assert!(l.projected);
        assert_eq!(l.qualifier, Qualifier::Over);
        let (l, _) = read("huyện không phải đạt 20 tỷ đồng");
        assert!(!l.projected);
    }

    #[test]
    fn verb_qualifier_and_markers() {
        let (l, toks) = read("thu ngân sách ước đạt trên 35,8 tỷ");
        assert_eq!(l.verb, Some(Verb::Reach));
        assert_eq!(l.qualifier, Qualifier::Over);
        assert!(l.estimate);
        assert_eq!(toks[l.name_end].key, "ước");
        let (l, _) = read("dự kiến đạt 120 tỷ");
        assert!(l.projected);
        let (l, _) = read("tăng trưởng bình quân hằng năm 8%");
        assert_eq!(l.verb, Some(Verb::Increase));
        assert!(l.average);
        let (l, _) = read("cao hơn 5%");
        assert_eq!(
            (l.verb, l.qualifier),
            (Some(Verb::Increase), Qualifier::Exact)
        );
        let (l, _) = read("tỷ lệ hộ nghèo giảm còn 3,2%");
        assert_eq!(l.verb, Some(Verb::DownTo));
        let (l, toks) = read("tốc độ tăng trưởng kinh tế 13,04%");
        assert_eq!((l.verb, l.name_end), (None, toks.len() - 2));
    }
}
