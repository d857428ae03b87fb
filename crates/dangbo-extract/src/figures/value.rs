//! A number with a unit: a value (with its qualifier, target and the change
//! that led to it) or an absolute change; and `a/b <noun>`.

use dangbo::{ChangeDraft, Direction, Qualifier};

use super::basis::{comparison_at, multiple_of, names_a_basis};
use super::indicator::Element;
use super::name::{text_of, trailing_words};
use super::number::Numeral;
use super::scan::{Scanner, Sentence, Step};
use super::tally::status_at;
use super::token::{Kind, Token};
use super::unit::{collapse, matches_at, tally_nouns, unit_at, Class, Unit};
use super::verb::{lead, Verb};

impl Scanner<'_> {
    /// ", gấp 1,25 lần so với đầu nhiệm kỳ" after a value: growth by a
    /// multiple, recorded as a change with its comparison and no number
    /// (`next`: the token after "lần").
    pub(super) fn multiple(&mut self, next: usize, s: &mut Sentence) -> Step {
        let toks = s.toks;
        let comparison = multiple_of(toks, next, &self.years);
        let end = comparison.map_or(next, |c| c.1);
        if let Some(cur) = s
            .cur
            .as_mut()
            .filter(|c| c.draft.value.is_some() && c.draft.change.is_none())
        {
            cur.add(
                Element::Change(ChangeDraft {
                    percent: None,
                    amount: None,
                    direction: Some(Direction::Increase),
                    relative_to: comparison.map(|c| c.0),
                }),
                toks[end - 1].end,
            );
        }
        Step::Used {
            next: end,
            reset: true,
        }
    }

    /// A number with a unit.
    pub(super) fn value(
        &mut self,
        i: usize,
        num: &Numeral,
        unit: &Unit,
        target: Option<f64>,
        s: &mut Sentence,
    ) -> Step {
        let toks = s.toks;
        // "25 tỷ 300 triệu đồng": one amount in the larger scale.
        let joined = compound(self.body, toks, num.value, unit);
        let (num, unit) = match &joined {
            Some((value, unit)) => (
                &Numeral {
                    value: *value,
                    ..*num
                },
                unit,
            ),
            None => (num, unit),
        };
        let lead = lead(toks, s.piece, i);
        let skip = Step::Used {
            next: unit.next,
            reset: false,
        };
        // Attendance at the meeting is not a figure ("đảng viên dự bị" are
        // probationary members, not attendants).
        let attendance = matches!(unit.class, Class::People | Class::Count)
            && ((matches_at(toks, unit.next, &["dự"])
                && !matches_at(toks, unit.next + 1, &["bị"]))
                || matches_at(toks, unit.next, &["tham", "dự"])
                || matches_at(toks, unit.next, &["về", "dự"]));
        if attendance || lead.verb == Some(Verb::Exceed) {
            return skip;
        }
        if unit.class == Class::Place && !reaches_standard(toks, s.piece, i, unit.next) {
            return skip;
        }
        if unit.class == Class::Scale
            && toks.get(unit.next).is_some_and(|t| {
                t.kind == Kind::Word
                    && !matches!(
                        t.key(),
                        "so" | "tăng"
                            | "giảm"
                            | "đạt"
                            | "bằng"
                            | "vượt"
                            | "và"
                            | "trong"
                            | "của"
                            | "là"
                            | "với"
                            | "chiếm"
                            | "cùng"
                    )
            })
        {
            return skip;
        }
        // Commendations, medals and gifts count people honoured, not a figure
        // of the work reported ("tặng Bằng khen cho 25 tập thể", "biểu
        // dương 40 đảng viên"); Party badges given are one of the Party-building
        // results ("trao Huy hiệu Đảng cho 64 đảng viên"), and "dấu hiệu vi
        // phạm" is no title.
        if matches!(unit.class, Class::People | Class::Count) && honours(toks, s.piece, i) {
            return skip;
        }
        // What the committee is made of ("hiện có 48 tổ chức cơ sở đảng với
        // hơn 2.700 đảng viên"): its size, not a figure of the work.
        if (s.piece.max(i.saturating_sub(12))..i)
            .any(|k| k + 1 < i && toks[k].key() == "hiện" && toks[k + 1].key() == "có")
            && party_structure(&unit.text)
        {
            return skip;
        }
        if let Some(step) = self.change_between(i, num.next, &lead, s) {
            return step;
        }
        let mut next = unit.next;
        let mut qualifier = lead.qualifier;
        // "10 đảng viên trở lên", "10 đảng viên mới trở lên".
        let new = usize::from(matches_at(toks, next, &["mới", "trở", "lên"]));
        if matches_at(toks, next + new, &["trở", "lên"]) {
            qualifier = Qualifier::Over;
            next += new + 2;
        }
        let named = self.name_of(s, &lead);
        // "(kế hoạch 4.500 tỷ đồng)": the target of the figure before.
        if let Some((_, _, n)) = &named {
            if names_a_basis(n) {
                if let Some(cur) = s.cur.as_mut() {
                    if cur.draft.target.is_none()
                        && cur.draft.unit.as_deref() == Some(unit.text.as_str())
                    {
                        cur.draft.target = Some(num.value);
                        cur.end = cur.end.max(toks[next - 1].end);
                    }
                }
                return Step::Used { next, reset: true };
            }
        }
        let element = match lead.verb {
            Some(v @ (Verb::Increase | Verb::Decrease)) => {
                let comparison = comparison_at(toks, next, &self.years);
                if let Some((_, end)) = comparison {
                    next = end;
                }
                Element::Change(ChangeDraft {
                    percent: None,
                    amount: Some(num.value),
                    direction: Some(if v == Verb::Increase {
                        Direction::Increase
                    } else {
                        Direction::Decrease
                    }),
                    relative_to: comparison
                        .map(|c| c.0)
                        .or(lead.average.then_some(dangbo::RelativeTo::Other)),
                })
            }
            v => Element::Value {
                value: num.value,
                unit: unit.text.clone(),
                qualifier,
                target,
                change: match v {
                    Some(Verb::DownTo) => Some(down_up(Direction::Decrease)),
                    Some(Verb::UpTo) => Some(down_up(Direction::Increase)),
                    _ => None,
                },
            },
        };
        // The words that finish the noun ("lượt khách du lịch", "hộ nghèo")
        // belong to this figure, not to the name of the next clause.
        if matches!(element, Element::Value { .. }) {
            next = trailing_words(toks, next);
        }
        let end_byte = toks[next - 1].end;
        self.place(s, element, named, &lead, i, end_byte, Some(unit));
        Step::Used { next, reset: true }
    }

    /// `a/b <noun>`: a tally, or a value with its target.
    pub(super) fn fraction(
        &mut self,
        i: usize,
        a: f64,
        b: f64,
        after: usize,
        s: &mut Sentence,
    ) -> Step {
        let toks = s.toks;
        // Dates: "15/9/2023", "tháng 9/2023".
        let month_year = (1900.0..=2100.0).contains(&b) && a <= 12.0 && toks[i + 2].key.len() == 4;
        if toks
            .get(after)
            .is_some_and(|t| t.is('/') || t.is('.') || t.is_dash())
            || month_year
        {
            let mut next = after;
            while next < after + 4
                && toks
                    .get(next)
                    .is_some_and(|t| t.glued && t.kind != Kind::Word)
            {
                next += 1;
            }
            return Step::Used { next, reset: false };
        }
        let skip = Step::Used {
            next: after,
            reset: false,
        };
        // "100% (15/15) chỉ tiêu": the count in parentheses, its noun after.
        let after = if i > 0
            && toks[i - 1].is('(')
            && toks.get(after).is_some_and(|t| t.is(')'))
            && tally_nouns(toks, after + 1).is_some()
        {
            after + 1
        } else {
            after
        };
        if let Some((noun_end, of)) = tally_nouns(toks, after) {
            let step = self.tally(i, a, Some(b), noun_end, &of, s).unwrap_or(skip);
            // An x/y tally states its total itself and ends a head's: in
            // "Trong 18 chỉ tiêu, có 17/18 chỉ tiêu đạt; có 1 chỉ tiêu không
            // đạt" the 1 is a count without a total.
            s.state.tally_total = None;
            return step;
        }
        if let Some(unit) = unit_at(self.body, toks, after)
            .filter(|u| u.class != Class::Place)
            .or_else(|| admitted_comrades(toks, i, after))
        {
            let num = Numeral {
                value: a,
                first: i,
                next: i + 1,
                words: false,
            };
            return self.value(i, &num, &unit, Some(b), s);
        }
        // An unknown noun: a tally only when a status follows.
        let noun_end = (after..after + 3)
            .take_while(|&k| {
                toks.get(k).is_some_and(|t| t.kind == Kind::Word) && status_at(toks, k).is_none()
            })
            .last()
            .map_or(after, |k| k + 1);
        if noun_end > after && status_at(toks, noun_end).is_some() {
            let of = collapse(&text_of(self.body, toks, after, noun_end));
            return self.tally(i, a, Some(b), noun_end, &of, s).unwrap_or(skip);
        }
        skip
    }
}

/// The power of ten of a scale word.
fn scale_of(word: &str) -> Option<i32> {
    match super::token::key(word).as_str() {
        "nghìn" | "ngàn" => Some(3),
        "triệu" => Some(6),
        "tỷ" => Some(9),
        _ => None,
    }
}

/// "25 tỷ 300 triệu đồng" read as 25,3 tỷ đồng: a bare scale word, then a
/// number with a smaller scale and the unit.
fn compound(body: &str, toks: &[Token], value: f64, unit: &Unit) -> Option<(f64, Unit)> {
    if unit.class != Class::Scale || unit.text.contains(' ') {
        return None;
    }
    let big = scale_of(&unit.text)?;
    let n = toks.get(unit.next).filter(|t| t.kind == Kind::Number)?;
    let small_unit = unit_at(body, toks, unit.next + 1)?;
    let (first, rest) = small_unit
        .text
        .split_once(' ')
        .unwrap_or((small_unit.text.as_str(), ""));
    let small = scale_of(first).filter(|s| *s < big)?;
    let part = super::number::convert(&n.key)?;
    let text = if rest.is_empty() {
        unit.text.clone()
    } else {
        format!("{} {rest}", unit.text)
    };
    Some((
        value + part * 10f64.powi(small - big),
        Unit {
            text,
            next: small_unit.next,
            class: small_unit.class,
            span: (unit.span.0, small_unit.span.1),
        },
    ))
}

fn down_up(direction: Direction) -> ChangeDraft {
    ChangeDraft {
        percent: None,
        amount: None,
        direction: Some(direction),
        relative_to: None,
    }
}

/// Whether the clause around a count of places says they reached a standard
/// ("2 xã đạt chuẩn nông thôn mới", "công nhận thêm 3 trường").
fn reaches_standard(toks: &[Token], from: usize, at: usize, after: usize) -> bool {
    let near = |k: &Token| matches!(k.key(), "đạt" | "chuẩn" | "công" | "hoàn" | "đích" | "thêm");
    toks.get(after..(after + 6).min(toks.len()))
        .is_some_and(|w| w.iter().take_while(|t| t.kind == Kind::Word).any(near))
        || toks
            .get(from.max(at.saturating_sub(4))..at)
            .is_some_and(|w| w.iter().any(near))
}

/// Whether the words before the number at `i` (from `from`, at most twelve)
/// honour people — a commendation, a medal, a title, a gift other than the
/// Party badge — or count whom delegates represent.
fn honours(toks: &[Token], from: usize, i: usize) -> bool {
    let window = from.max(i.saturating_sub(12))..i;
    let pair = |a: &str, b: &str| {
        window
            .clone()
            .any(|k| k + 1 < i && toks[k].key() == a && toks[k + 1].key() == b)
    };
    let has = |w: &str| window.clone().any(|k| toks[k].key() == w);
    let honour = has("khen") || has("chương") || pair("biểu", "dương") || pair("danh", "hiệu");
    // "250 đại biểu đại diện cho hơn 2.100 đảng viên", "thay mặt cho hơn
    // 98.000 đảng viên": whom delegates stand for.
    let represented = pair("đại", "diện") || pair("thay", "mặt");
    // The badge given at the meeting itself ("Dịp này, … trao Huy hiệu …")
    // is a ceremony; given over the year, a Party-building result.
    let ceremony = matches_at(toks, 0, &["dịp", "này"])
        || matches_at(toks, 0, &["nhân", "dịp", "này"])
        || matches_at(toks, 0, &["tại", "hội", "nghị"])
        || matches_at(toks, 0, &["tại", "buổi", "lễ"]);
    let gift = (has("trao") || has("tặng")) && (ceremony || !pair("huy", "hiệu"));
    honour || gift || represented
}

/// Units that count the Party's own structure: its organisations and members.
fn party_structure(unit: &str) -> bool {
    matches!(
        super::token::key_of(unit).as_ref(),
        "tổ chức cơ sở đảng" | "tổ chức đảng" | "chi bộ" | "đảng bộ" | "đảng viên" | "chi, đảng bộ"
    )
}
/// "kết nạp 45 đồng chí": comrades count as members only after a Party-work
/// verb — admitted ("kết nạp"), made full members ("công nhận đảng viên
/// chính thức cho 121 đồng chí"), given the badge ("Huy hiệu Đảng"),
/// disciplined ("kỷ luật") — not as the size of a body ("gồm 11 đồng chí").
pub(super) fn admitted_comrades(toks: &[Token], i: usize, after: usize) -> Option<Unit> {
    if !super::unit::matches_at(toks, after, &["đồng", "chí"]) {
        return None;
    }
    let pair = |a: &str, b: &str| {
        (i.saturating_sub(8)..i).any(|k| k > 0 && toks[k].key == b && toks[k - 1].key == a)
    };
    let admitted =
        pair("kết", "nạp") || pair("chính", "thức") || pair("huy", "hiệu") || pair("kỷ", "luật");
    admitted.then(|| Unit {
        text: "đồng chí".to_owned(),
        next: after + 2,
        class: Class::People,
        span: (toks[after].start, toks[after + 1].end),
    })
}
