//! Cues that change how the following numbers of a sentence (or of the list
//! it opens) read: targets for the next period ("phấn đấu", "thông qua 18 chỉ
//! tiêu", "nhiệm vụ … năm 2024"), estimates ("Ước cả năm"), and a basis or
//! comparison stated once at the head of a list ("So với kế hoạch, …").

use chrono::{Datelike, NaiveDate};
use dangbo::{Basis, PeriodDraft, RelativeTo};

use super::basis::basis_at;
use super::number::convert;
use super::token::{
    char_at, is_blank, is_combining, is_letter, is_line_break, scan_number, Kind, Token,
};
use super::unit::{matches_at, tally_noun};

/// The years the article is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Years {
    /// The (last) year of the reviewed period.
    pub review: Option<i32>,
    /// The (first) year of the planned period.
    pub plan: Option<i32>,
    /// The publication date.
    pub published: Option<NaiveDate>,
}

impl Years {
    /// Years from the periods and date the caller knows.
    pub fn new(
        review: Option<&PeriodDraft>,
        plan: Option<&PeriodDraft>,
        published: Option<NaiveDate>,
    ) -> Years {
        Years {
            review: review.and_then(|p| year_of(p, true)),
            plan: plan.and_then(|p| year_of(p, false)),
            published,
        }
    }

    /// When the caller does not know the reviewed period, takes the year the
    /// body names most often after "năm" (a report dwells on the year it
    /// reviews).
    pub fn or_guess_from(mut self, body: &str) -> Years {
        if self.review.is_some() {
            return self;
        }
        let mut counts: Vec<(i32, usize)> = Vec::new();
        for y in years_after_nam(body) {
            if let Some((_, n)) = counts.iter_mut().find(|(year, _)| *year == y) {
                *n += 1;
            } else if counts.len() < 64 {
                counts.push((y, 1));
            }
        }
        self.review = counts
            .iter()
            .max_by_key(|(year, n)| (*n, -year))
            .map(|(year, _)| *year)
            .filter(|y| self.plan.is_none_or(|p| *y <= p));
        self
    }

    /// Whether "năm `y`" names the planned period rather than the reviewed one.
    pub fn is_plan_year(&self, y: i32) -> bool {
        match (self.plan, self.review) {
            (Some(p), Some(r)) if p != r => y >= p,
            (Some(p), None) => y >= p,
            (_, Some(r)) => y > r,
            (None, None) => self.published.is_some_and(|d| y > d.year()),
        }
    }
}

/// Where the spellings of "năm" (its key: "n", "ă" or "Ă", "m", the ASCII
/// letters in either case) start in `body`, in order: found with `memchr`
/// on the first byte of "ă".
fn nam_at(body: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = body.as_bytes();
    memchr::memchr_iter(0xc4, bytes).filter_map(move |p| {
        let found = matches!(bytes.get(p + 1), Some(0x83 | 0x82))
            && matches!(bytes.get(p + 2), Some(b'm' | b'M'))
            && p >= 1
            && matches!(bytes[p - 1], b'n' | b'N');
        found.then(|| p - 1)
    })
}

/// The years (1975 to 2100) of the body in text order, each a four-byte
/// number token right after the word "năm" (blanks between, nothing else):
/// what the lexer would give, found without tokenizing the body.
fn years_after_nam(body: &str) -> impl Iterator<Item = i32> + '_ {
    nam_at(body).filter_map(|start| {
        let end = start + "năm".len();
        // A word of its own: no letter before it (nor combining marks
        // continuing a word) and none after.
        let mut before = body[..start].chars().rev();
        let starts_word = match before.next() {
            Some(c) if is_letter(c) => false,
            Some(c) if is_combining(c) => before
                .find(|c| !is_combining(*c))
                .is_none_or(|c| !is_letter(c)),
            _ => true,
        };
        let ends_word = char_at(body, end).is_none_or(|c| !is_letter(c) && !is_combining(c));
        if !starts_word || !ends_word {
            return None;
        }
        // "tăng 5,6% so với năm 2019": a year compared with, not reported.
        let prior = body[..start].trim_end();
        if prior.ends_with("so với") || prior.ends_with("So với") {
            return None;
        }
        let gap = body[end..].len()
            - body[end..]
                .trim_start_matches(|c| is_blank(c) && !is_line_break(c))
                .len();
        let at = end + gap;
        if !body.as_bytes().get(at).is_some_and(u8::is_ascii_digit)
            || scan_number(body, at) != at + 4
        {
            return None;
        }
        let y = convert(body.get(at..at + 4)?)?;
        (1975.0..=2100.0).contains(&y).then_some(y as i32)
    })
}

fn year_of(p: &PeriodDraft, last: bool) -> Option<i32> {
    match p {
        PeriodDraft::Year { year }
        | PeriodDraft::YearToDate { year, .. }
        | PeriodDraft::YearRemainder { year, .. }
        | PeriodDraft::Quarter { year, .. } => Some(*year),
        PeriodDraft::Term {
            start_year,
            end_year,
        }
        | PeriodDraft::MidTerm {
            start_year,
            end_year,
        }
        | PeriodDraft::Stage {
            start_year,
            end_year,
        } => Some(if last { *end_year } else { *start_year }),
        PeriodDraft::Other { year, .. } => *year,
    }
}

/// What a sentence's cues have set so far; a list head passes it on to the
/// items that follow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct State {
    /// Numbers from here on are targets for the next period.
    pub projected: bool,
    /// Numbers from here on are estimates ("Ước cả năm, …").
    pub estimate: bool,
    /// A basis stated at the head ("So với kế hoạch, …").
    pub head_basis: Option<Basis>,
    /// A comparison stated at the head ("So với cùng kỳ, …").
    pub head_relative: Option<RelativeTo>,
    /// "Trong 20 chỉ tiêu …": the total of the counts that follow, with its noun.
    pub tally_total: Option<(u32, String)>,
    /// The list's items have bullets: a line without one ends the list.
    pub bulleted: bool,
}

pub(super) fn year_at(toks: &[Token], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.kind != Kind::Number || t.key.len() != 4 {
        return None;
    }
    let y = convert(&t.key)?;
    (1975.0..=2100.0).contains(&y).then_some(y as i32)
}

/// Whether a phrase naming the planned period starts at `j`.
fn plan_period_at(toks: &[Token], j: usize, years: &Years) -> bool {
    if matches_at(toks, j, &["năm"]) {
        if let Some(y) = year_at(toks, j + 1) {
            return years.is_plan_year(y);
        }
        return matches_at(toks, j + 1, &["tới"]) || matches_at(toks, j + 1, &["sau"]);
    }
    // "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:" at the congress opening it.
    if matches_at(toks, j, &["nhiệm", "kỳ"]) || matches_at(toks, j, &["giai", "đoạn"]) {
        return toks.get(j + 3).is_some_and(Token::is_dash)
            && year_at(toks, j + 2)
                .is_some_and(|y| years.plan == Some(y) || years.is_plan_year(y))
            && year_at(toks, j + 4).is_some();
    }
    matches_at(toks, j, &["tháng", "cuối", "năm"])
}

/// A sentence opening with the planned year ("Năm 2024, …").
pub(super) fn opens_with_plan_year(toks: &[Token], years: &Years) -> bool {
    let mut j = 0;
    while toks.get(j).is_some_and(|t| t.kind != Kind::Word) && j < 2 {
        j += 1;
    }
    if matches_at(toks, j, &["trong"])
        || matches_at(toks, j, &["đến"])
        || matches_at(toks, j, &["sang"])
    {
        j += 1;
    }
    matches_at(toks, j, &["năm"]) && year_at(toks, j + 1).is_some_and(|y| years.is_plan_year(y))
}

/// Whether "ước" at `i` opens a clause of its own ("Ước cả năm, …",
/// "Ước thực hiện năm 2023: …") rather than marking one verb.
fn heads_a_list(toks: &[Token], i: usize) -> bool {
    for j in i + 1..i + 7 {
        let Some(t) = toks.get(j) else { return false };
        match t.kind {
            Kind::Mark(',' | ':') => return true,
            Kind::Number if year_at(toks, j).is_none() => return false,
            Kind::Word if matches!(t.key(), "đạt" | "tăng" | "giảm" | "được" | "là" | "có") => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// Reads a cue at word `i` into `state`. `figures_so_far` tells whether the
/// sentence has had a figure yet (an estimate cue only opens a sentence).
pub(super) fn read(
    body: &str,
    toks: &[Token],
    i: usize,
    years: &Years,
    state: &mut State,
    figures_so_far: bool,
) {
    let Some(t) = toks.get(i) else { return };
    match t.key() {
        "phấn" if matches_at(toks, i + 1, &["đấu"]) => state.projected = true,
        "dự" if matches_at(toks, i + 1, &["kiến"])
            && (i + 2..i + 6).any(|j| {
                toks.get(j).is_some_and(|t| {
                    t.kind == Kind::Number
                        || matches!(
                            t.key(),
                            "đạt" | "có" | "tăng" | "giảm" | "thu" | "cả" | "hoàn"
                        )
                })
            }) =>
        {
            state.projected = true;
        }
        "thông"
            if matches_at(toks, i + 1, &["qua"])
                && (i + 2..i + 12).any(|j| {
                    tally_noun(toks, j).is_some_and(|(_, of)| of.contains("chỉ tiêu"))
                }) =>
        {
            state.projected = true;
        }
        // "Hội nghị thống nhất (các|một số) chỉ tiêu chủ yếu: …": the targets
        // the meeting agreed on.
        "thống" if matches_at(toks, i + 1, &["nhất"]) => {
            let mut j = i + 2;
            // (…, or a count: "Đại hội thống nhất 16 chỉ tiêu chủ yếu cho nhiệm kỳ …".)
            while j < i + 5
                && toks.get(j).is_some_and(|t| {
                    t.kind == Kind::Number || matches!(t.key(), "các" | "một" | "số" | "những")
                })
            {
                j += 1;
            }
            if matches_at(toks, j, &["chỉ", "tiêu"]) || matches_at(toks, j, &["mục", "tiêu"])
            {
                state.projected = true;
            }
        }
        // Targets set in so many words: "đề ra mục tiêu …", "đặt chỉ tiêu
        // …", "xác định các mục tiêu …" (the verb before the noun; "mục
        // tiêu đề ra" after a figure is its basis).
        "đề" | "đặt" | "xác" => {
            let verb = if matches_at(toks, i, &["đề", "ra"])
                || matches_at(toks, i, &["đặt", "ra"])
                || matches_at(toks, i, &["xác", "định"])
            {
                2
            } else {
                usize::from(t.key() == "đặt")
            };
            if verb > 0 {
                let mut j = i + verb;
                if toks
                    .get(j)
                    .is_some_and(|t| matches!(t.key(), "các" | "những"))
                {
                    j += 1;
                }
                if matches_at(toks, j, &["mục", "tiêu"]) || matches_at(toks, j, &["chỉ", "tiêu"])
                {
                    state.projected = true;
                }
            }
        }
        "ước" if !figures_so_far => {
            let before = i.checked_sub(1).map(|k| toks[k].key());
            let word = !matches!(
                before,
                Some("hiệp" | "công" | "quy" | "điều" | "giao" | "cam" | "ký" | "mong")
            );
            if word && heads_a_list(toks, i) {
                state.estimate = true;
            }
        }
        "nhiệm" | "phương" | "mục" | "chỉ" | "kế"
            if (matches_at(toks, i, &["nhiệm", "vụ"])
                || matches_at(toks, i, &["phương", "hướng"])
                || matches_at(toks, i, &["mục", "tiêu"])
                || matches_at(toks, i, &["chỉ", "tiêu"])
                || matches_at(toks, i, &["kế", "hoạch"]))
                && (i + 2..i + 10).any(|j| plan_period_at(toks, j, years)) =>
        {
            state.projected = true;
        }
        // "tập trung hoàn thành mục tiêu năm 2017: thu ngân sách đạt …".
        // "tập trung thực hiện mục tiêu tốc độ tăng trưởng GRDP năm 2025 đạt
        // 10% trở lên; …": a target pursued, in the body of the sentence.
        "mục"
            if matches_at(toks, i, &["mục", "tiêu"])
                && (lists_targets(toks, i) || pursues_targets(toks, i)) =>
        {
            state.projected = true;
        }
        "so" if matches_at(toks, i + 1, &["với"]) => {
            if let Some(hit) = basis_at(body, toks, i) {
                state.head_basis = Some(hit.basis);
                if hit.basis == Basis::SamePeriod {
                    state.head_relative = Some(RelativeTo::SamePeriod);
                }
            } else if matches_at(toks, i + 2, &["năm", "trước"]) {
                state.head_relative = Some(RelativeTo::PreviousPeriod);
            }
        }
        "vượt" if toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word) => {
            if let Some(hit) = basis_at(body, toks, i + 1) {
                state.head_basis = Some(hit.basis);
            }
        }
        _ => {}
    }
}

/// Whether "mục tiêu" at `i` is pursued from here on: "tập trung|quyết tâm|nỗ
/// lực thực hiện|hoàn thành mục tiêu …" (not "đã hoàn thành mục tiêu …", a
/// result).
fn pursues_targets(toks: &[Token], i: usize) -> bool {
    let Some(v) = i.checked_sub(2) else {
        return false;
    };
    if !(matches_at(toks, v, &["thực", "hiện"]) || matches_at(toks, v, &["hoàn", "thành"])) {
        return false;
    }
    let Some(d) = v.checked_sub(2) else {
        return false;
    };
    matches_at(toks, d, &["tập", "trung"])
        || matches_at(toks, d, &["quyết", "tâm"])
        || matches_at(toks, d, &["nỗ", "lực"])
}

/// Whether "mục tiêu" at `i` heads a list of targets after a colon a few
/// words on ("mục tiêu năm 2017:", "các mục tiêu chủ yếu sau:"), not the
/// results of one ("kết quả thực hiện mục tiêu:", "đạt mục tiêu:").
fn lists_targets(toks: &[Token], i: usize) -> bool {
    if (i.saturating_sub(3)..i).any(|k| matches!(toks[k].key(), "quả" | "đạt")) {
        return false;
    }
    for t in toks.iter().skip(i + 2).take(6) {
        match t.kind {
            Kind::Mark(':') => return true,
            Kind::Word => {}
            Kind::Number if t.key.len() == 4 => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn state(text: &str, years: &Years) -> State {
        let toks: Vec<Token> = Lexer::new(text).collect();
        let mut st = State::default();
        for i in 0..toks.len() {
            read(text, &toks, i, years, &mut st, false);
        }
        st
    }

    #[test]
    fn plan_years() {
        let y = Years::new(
            Some(&PeriodDraft::Year { year: 2023 }),
            Some(&PeriodDraft::Year { year: 2024 }),
            None,
        );
        assert!(y.is_plan_year(2024) && !y.is_plan_year(2023));
        let y = Years::new(
            Some(&PeriodDraft::YearToDate {
                year: 2023,
                months: 9,
            }),
            Some(&PeriodDraft::YearRemainder {
                year: 2023,
                months: 3,
            }),
            None,
        );
        assert!(!y.is_plan_year(2023) && y.is_plan_year(2024));
        assert!(!Years::default().is_plan_year(2030));
    }

    /// The guess as it was first written: over every token of the body.
    fn years_by_lexer(body: &str) -> Vec<i32> {
        let mut out = Vec::new();
        let toks: Vec<Token> = Lexer::new(body).collect();
        for (k, t) in toks.iter().enumerate() {
            let after_nam = k >= 1 && toks[k - 1].kind == Kind::Word && toks[k - 1].key == "năm";
            let compared = k >= 3 && toks[k - 3].key == "so" && toks[k - 2].key == "với";
            if after_nam && !compared && t.kind == Kind::Number && t.key.len() == 4 {
                if let Some(y) = convert(&t.key).filter(|y| (1975.0..=2100.0).contains(y)) {
                    out.push(y as i32);
                }
            }
        }
        out
    }

    #[test]
    fn years_are_found_as_the_lexer_finds_them() {
        for text in [
            "Năm 2023, năm  2024 và NĂM\u{a0}2025; năm\n2026, Hnăm 2027, năm2028.",
            "năm 2023.5 năm 20233 năm 1,234 năm 1974 năm 2101 nămx 2023 năm-2023",
            "\u{301}năm 2023 a\u{301}năm 2024 năm\u{301} 2025 nĂm 2026 nămm 2027",
            "năm 2023,5 năm 2023.a năm 2023, năm 1.999 năm 12345",
            "Năm 2020 tăng 5,6% so với năm 2019; So với năm 2018, năm 2017",
        ] {
            assert_eq!(
                years_after_nam(text).collect::<Vec<_>>(),
                years_by_lexer(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn years_agree_with_the_lexer(
            text in "(năm|NĂM|nĂm|Năm|[ \u{a0}\n.,]|20[0-9][0-9]|199[0-9]|[a\u{301}2-]){0,24}"
        ) {
            proptest::prop_assert_eq!(years_after_nam(&text).collect::<Vec<_>>(), years_by_lexer(&text));
        }
    }

    #[test]
    fn cues() {
        let y = Years::new(Some(&PeriodDraft::Year { year: 2023 }), None, None);
        assert!(state("Các chỉ tiêu chủ yếu năm 2024:", &y).projected);
        assert!(!state("Các chỉ tiêu chủ yếu năm 2023:", &y).projected);
        assert!(state("thông qua 18 chỉ tiêu", &y).projected);
        assert!(state("phấn đấu", &y).projected);
        assert!(state("Trong đó, đề ra mục tiêu", &y).projected);
        assert!(state("xác định các chỉ tiêu", &y).projected);
        assert!(state("đặt mục tiêu", &y).projected);
        assert!(state("Hội nghị thống nhất một số chỉ tiêu chủ yếu:", &y).projected);
        assert!(!state("Hội nghị thống nhất đánh giá 15/18 chỉ tiêu", &y).projected);
        assert!(!state("đạt 100% mục tiêu đề ra", &y).projected);
        assert!(!state("15/17 chỉ tiêu đề ra, có", &y).projected);
        // The targets listed after a colon, not the results of them.
        let mid = Years::new(
            Some(&PeriodDraft::YearToDate {
                year: 2017,
                months: 6,
            }),
            None,
            None,
        );
        assert!(state("tập trung hoàn thành mục tiêu năm 2017:", &mid).projected);
        assert!(!state("kết quả thực hiện mục tiêu năm 2017:", &mid).projected);
        assert!(!state("mục tiêu năm 2017", &mid).projected);
        assert!(
            state(
                "yêu cầu tập trung thực hiện mục tiêu thu ngân sách đạt",
                &mid
            )
            .projected
        );
        assert!(state("quyết tâm hoàn thành mục tiêu GRDP tăng", &mid).projected);
        assert!(!state("huyện đã hoàn thành mục tiêu thu ngân sách đạt", &mid).projected);
        assert!(!state("kết quả thực hiện mục tiêu giảm nghèo đạt", &mid).projected);
        assert!(state("Ước cả năm, tổng thu", &y).estimate);
        assert!(!state("theo hiệp ước", &y).estimate);
        assert_eq!(state("So với kế hoạch,", &y).head_basis, Some(Basis::Plan));
        assert_eq!(
            state("so với cùng kỳ:", &y).head_relative,
            Some(RelativeTo::SamePeriod)
        );
    }
}
