//! The walk over a body: sentences one by one, each scanned once from left to
//! right; at each number the words around it are read locally (verb and name
//! before, unit, basis or comparison after), and its element joins the figure
//! of its clause or opens a new one.

use std::collections::HashSet;

use dangbo::{ChangeDraft, Direction, Figure, IndicatorReportDraft, Qualifier, TallyDraft};

use super::basis::{basis_at, comparison_at, target_comparison_at};
use super::cue::{self, State, Years};
use super::indicator::{rate_named, Building, Element, PercentRead};
use super::name::{elsewhere, is_place, name_range, text_of, trailing_words};
use super::number::{as_count, convert, numeral, Numeral};
use super::tally::{self, status_at};
use super::token::{Kind, Lexer, Token};
use super::unit::{collapse, counts_targets, matches_at, tally_noun, unit_at, Class, Unit};
use super::verb::{lead, Lead, Verb};
use super::Figures;

/// Longest run of tokens read as one sentence.
const MAX_SENTENCE: usize = 2_000;

/// What reading a number did.
enum Step {
    /// Nothing: the token is an ordinary word.
    Pass,
    /// Tokens up to `next` are used; `reset` starts a new clause there.
    Used { next: usize, reset: bool },
}

/// The scanner over one body.
pub(super) struct Scanner<'a> {
    body: &'a str,
    years: Years,
    out: Figures,
    seen: HashSet<String>,
}

/// One sentence being read.
struct Sentence<'t> {
    toks: &'t [Token],
    state: State,
    cur: Option<Building>,
    /// Where the current clause (its name) starts.
    piece: usize,
    /// Whether the last figure of this list was a rate in percent.
    rate_list: bool,
    /// Whether a figure has been read in this sentence.
    any: bool,
    /// Whether the last thing read was a tally (a percent after it with no
    /// name of its own belongs to the tally, not to a figure).
    after_tally: bool,
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '-' | '+' | '•' | '*' | '–' | '·' | '◦' | '▪' | '●' | '—' | '>'
    )
}

impl<'a> Scanner<'a> {
    /// A scanner over `body`.
    pub fn new(body: &'a str, years: Years) -> Scanner<'a> {
        Scanner {
            body,
            years,
            out: Figures::default(),
            seen: HashSet::new(),
        }
    }

    /// Reads the whole body.
    pub fn run(mut self) -> Figures {
        let mut buf: Vec<Token> = Vec::new();
        let mut carry: Option<State> = None;
        let mut new_line = true;
        for tok in Lexer::new(self.body) {
            match tok.kind {
                Kind::Stop | Kind::Break => {
                    if !buf.is_empty() {
                        carry = self.sentence(&buf, carry, new_line);
                        buf.clear();
                    }
                    new_line = tok.kind == Kind::Break;
                }
                _ => {
                    if buf.len() >= MAX_SENTENCE {
                        // Cut a run-on sentence at its last clause boundary.
                        let cut = buf
                            .iter()
                            .rposition(|t| t.is(';'))
                            .or_else(|| buf.iter().rposition(|t| t.is(',')))
                            .filter(|&c| c >= MAX_SENTENCE / 2)
                            .map_or(buf.len(), |c| c + 1);
                        carry = self.sentence(&buf[..cut], carry, new_line);
                        buf.drain(..cut);
                        new_line = false;
                    }
                    buf.push(tok);
                }
            }
        }
        if !buf.is_empty() {
            self.sentence(&buf, carry, new_line);
        }
        self.out
    }

    /// Reads one sentence; gives the state a list head passes on.
    fn sentence(&mut self, toks: &[Token], carry: Option<State>, new_line: bool) -> Option<State> {
        let bullet = toks
            .first()
            .is_some_and(|t| matches!(t.kind, Kind::Mark(c) if is_bullet(c)));
        let lower = toks
            .iter()
            .find(|t| t.kind == Kind::Word)
            .is_some_and(|t| !t.capitalised(self.body));
        let carried = carry.filter(|_| !new_line || bullet || lower);
        let continuing = carried.is_some();
        let mut s = Sentence {
            toks,
            state: carried.unwrap_or_default(),
            cur: None,
            piece: 0,
            rate_list: false,
            any: false,
            after_tally: false,
        };
        if cue::opens_with_plan_year(toks, &self.years) {
            s.state.projected = true;
        }
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            match t.kind {
                Kind::Mark(';' | ':') => {
                    self.flush(&mut s);
                    s.piece = i + 1;
                    s.rate_list = false;
                }
                Kind::Mark(',' | '[' | ']' | '"' | '“' | '”') => s.piece = i + 1,
                Kind::Mark(c) if is_bullet(c) && i == s.piece => s.piece = i + 1,
                Kind::Number | Kind::Word => {
                    if let Step::Used { next, reset } = self.at_number(i, &mut s) {
                        i = next.max(i + 1);
                        if reset {
                            s.piece = i;
                        }
                        continue;
                    }
                    if t.kind == Kind::Word {
                        cue::read(self.body, toks, i, &self.years, &mut s.state, s.any);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        self.flush(&mut s);
        let head = toks.last().is_some_and(|t| t.is(':'));
        (head || continuing).then_some(s.state)
    }

    /// Finishes the current figure and keeps it unless it repeats one.
    fn flush(&mut self, s: &mut Sentence) {
        let Some(b) = s.cur.take() else { return };
        let Some(d) = b.finish(self.body) else { return };
        if d.name.as_deref().is_some_and(elsewhere) {
            return;
        }
        if self.seen.insert(indicator_key(&d)) {
            self.out.indicators.push(d);
        }
    }

    fn push_tally(&mut self, t: TallyDraft) {
        let key = format!(
            "t|{:?}|{:?}|{}",
            t.count,
            t.total,
            t.of.as_deref().unwrap_or("")
        );
        if self.seen.insert(key) {
            self.out.tallies.push(t);
        }
    }

    /// Reads the number at `i`, if one starts there.
    fn at_number(&mut self, i: usize, s: &mut Sentence) -> Step {
        let toks = s.toks;
        let Some(num) = numeral(toks, i) else {
            return Step::Pass;
        };
        if !num.words {
            if let Some(next) = not_a_figure(toks, i) {
                return Step::Used { next, reset: false };
            }
        }
        let after = num.next;
        if toks.get(after).is_some_and(|t| t.is('%')) && !num.words {
            return self.percent(i, num, s);
        }
        if !num.words && toks.get(after).is_some_and(|t| t.is('/') && t.glued) {
            if let Some(b) = toks
                .get(after + 1)
                .filter(|t| t.kind == Kind::Number && t.glued)
            {
                if let Some(total) = convert(&b.key) {
                    return self.fraction(i, num.value, total, after + 2, s);
                }
            }
        }
        if !num.words {
            if let Some((noun_end, of)) = tally_noun(toks, after) {
                if let Some(step) = self.count(i, num.value, noun_end, &of, s) {
                    return step;
                }
            }
        }
        if let Some(unit) = unit_at(self.body, toks, after) {
            return self.value(i, &num, &unit, None, s);
        }
        if !num.words {
            if let Some(step) = self.bare_count(i, num.value, s) {
                return step;
            }
        }
        Step::Pass
    }

    /// The figure kind for a number with `lead`.
    fn figure(lead: &Lead, s: &Sentence) -> Figure {
        if lead.estimate {
            Figure::Estimate
        } else if lead.projected || s.state.projected {
            Figure::Projected
        } else if s.state.estimate {
            Figure::Estimate
        } else {
            Figure::Actual
        }
    }

    /// Name tokens of the clause before a number, trimmed.
    fn name_of(&self, s: &Sentence, lead: &Lead) -> Option<(usize, usize, String)> {
        let toks = s.toks;
        let (mut a, b) = name_range(toks, s.piece, lead.name_end)?;
        // A short name after a comma may end a list of nouns: "Giá trị sản
        // xuất nông, lâm, thủy sản". Take the pieces before it back in.
        let mut from = s.piece;
        let short = b - a <= 2;
        for _ in 0..2 {
            if !short || from < 2 || !toks[from - 1].is(',') || a != first_word(toks, from, b) {
                break;
            }
            let mut start = from - 1;
            while start > 0 && !matches!(toks[start - 1].kind, Kind::Mark(_)) && from - start < 10 {
                start -= 1;
            }
            let plain = (start..from - 1)
                .all(|k| toks[k].kind == Kind::Word && !super::verb::is_verb_word(&toks[k].key));
            if start == from - 1 || !plain || (start > 0 && !toks[start - 1].is(',') && start != 0)
            {
                break;
            }
            match name_range(toks, start, lead.name_end) {
                Some((na, _)) => {
                    a = na;
                    from = start;
                }
                None => break,
            }
        }
        let text = text_of(self.body, toks, a, b);
        (!text.is_empty()).then_some((a, b, text))
    }

    /// A name for a figure whose clause has none: the clause before the
    /// comma ("Tổng thu ngân sách trên địa bàn, ước đạt …"), or the unit's
    /// noun with the words after it ("có 1.234 hộ nghèo").
    fn fallback_name(&self, s: &Sentence, unit: Option<&Unit>) -> (String, Option<usize>) {
        let toks = s.toks;
        if s.piece >= 2 && toks[s.piece - 1].is(',') {
            let end = s.piece - 1;
            let mut start = end;
            while start > 0 && end - start < 14 {
                let t = &toks[start - 1];
                if matches!(t.kind, Kind::Mark(',' | ';' | ':' | '(' | ')')) {
                    break;
                }
                if t.kind == Kind::Number {
                    start = end;
                    break;
                }
                start -= 1;
            }
            if let Some((a, b)) = name_range(toks, start, end) {
                let text = text_of(self.body, toks, a, b);
                if !is_place(&text) {
                    return (text, Some(toks[a].start));
                }
            }
        }
        if let Some(u) =
            unit.filter(|u| matches!(u.class, Class::Count | Class::People | Class::Place))
        {
            let end = trailing_words(toks, u.next);
            let text = if end > u.next {
                format!("{} {}", u.text, text_of(self.body, toks, u.next, end))
            } else {
                u.text.clone()
            };
            return (text, None);
        }
        (String::new(), None)
    }

    /// Places `element` read at a number: it joins the current figure when
    /// the clause has no name of its own, or opens a new figure.
    #[allow(clippy::too_many_arguments)]
    fn place(
        &mut self,
        s: &mut Sentence,
        element: Element,
        named: Option<(usize, usize, String)>,
        lead: &Lead,
        number_at: usize,
        end_byte: usize,
        unit: Option<&Unit>,
    ) {
        let is_value = matches!(element, Element::Value { .. });
        let rate_value = matches!(&element, Element::Value { unit, .. } if unit == "%");
        s.any = true;
        if named.is_none() && s.cur.is_none() && s.after_tally {
            return;
        }
        s.after_tally = false;
        if named.is_none() {
            if let Some(cur) = s.cur.as_mut() {
                let fits = !(is_value && cur.draft.value.is_some());
                if fits && cur.add(element.clone(), end_byte) {
                    if rate_value {
                        s.rate_list = true;
                    }
                    return;
                }
                if !is_value {
                    return;
                }
            }
        }
        let toks = s.toks;
        let verb_start = toks
            .get(lead.name_end)
            .map_or(toks[number_at].start, |t| t.start);
        let (name, start) = match named {
            Some((a, b, text)) if !is_place(&text) => {
                // "kết nạp 187 đảng viên mới": an action names the figure with its noun.
                match unit {
                    Some(u) if b - a <= 2 => {
                        let end = trailing_words(toks, u.next);
                        let tail = text_of(self.body, toks, u.next, end);
                        let noun = if matches!(u.class, Class::Count | Class::People | Class::Place)
                        {
                            unscaled(&u.text)
                        } else {
                            String::new()
                        };
                        let name = [text, noun, tail]
                            .iter()
                            .filter(|x| !x.is_empty())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" ");
                        (name, toks[a].start)
                    }
                    _ => (text, toks[a].start),
                }
            }
            Some((a, _, _)) => (self.fallback_name(s, unit).0, toks[a].start),
            None => {
                if let Some(n) = s.cur.as_ref().map(|c| c.name.clone()) {
                    (n, verb_start)
                } else {
                    let (n, start) = self.fallback_name(s, unit);
                    (n, start.unwrap_or(verb_start))
                }
            }
        };
        self.flush(s);
        let mut b = Building::new(name, start, end_byte, Self::figure(lead, s));
        if b.add(element, end_byte) {
            s.rate_list = rate_value;
            s.cur = Some(b);
        }
    }

    /// A number followed by "%".
    fn percent(&mut self, i: usize, num: Numeral, s: &mut Sentence) -> Step {
        let toks = s.toks;
        let mut after = num.next + 1;
        // The end of a range: "từ 7 đến 8%", "7 - 8%".
        let range_end = i >= 2
            && (toks[i - 1].key == "đến" || toks[i - 1].is_dash())
            && (toks[i - 2].kind == Kind::Number || toks[i - 2].is('%'));
        if range_end {
            return Step::Used {
                next: after,
                reset: false,
            };
        }
        // Per mille ("5%0", "5%o") and ranges ("5-7%", "5% - 7%").
        if toks
            .get(after)
            .is_some_and(|t| t.glued && (t.key == "0" || t.key == "o"))
        {
            return Step::Used {
                next: after + 1,
                reset: false,
            };
        }
        if toks
            .get(after)
            .is_some_and(|t| t.is_dash() || t.key == "đến")
            && toks.get(after + 1).is_some_and(|t| t.kind == Kind::Number)
        {
            let mut next = after + 2;
            if toks.get(next).is_some_and(|t| t.is('%')) {
                next += 1;
            }
            return Step::Used { next, reset: false };
        }
        let mut target = None;
        if toks.get(after).is_some_and(|t| t.is('/'))
            && toks.get(after + 1).is_some_and(|t| t.kind == Kind::Number)
            && toks.get(after + 2).is_some_and(|t| t.is('%'))
        {
            target = convert(&toks[after + 1].key);
            after += 3;
        }
        if toks.get(after).is_some_and(|t| t.is('/')) && matches_at(toks, after + 1, &["năm"]) {
            after += 2;
        }
        let mut lead = lead(toks, s.piece, i);
        if matches_at(toks, after, &["trở", "lên"]) {
            lead.qualifier = Qualifier::Over;
            after += 2;
        }
        if let Some(step) = self.change_between(i, after, &lead, s) {
            return step;
        }
        let named = self.name_of(s, &lead);
        // "(chỉ tiêu 95%)" after a rate: its target.
        if let (Some((_, _, n)), Some(cur)) = (&named, s.cur.as_mut()) {
            if lead.verb.is_none() && names_a_basis(n) {
                if cur.rate && cur.draft.target.is_none() {
                    cur.draft.target = Some(num.value);
                    cur.end = cur.end.max(toks[after - 1].end);
                }
                return Step::Used {
                    next: after,
                    reset: true,
                };
            }
        }
        let attach = named.is_none() && s.cur.is_some();
        let rate = match (&named, &s.cur) {
            (Some((_, _, n)), _) => rate_named(n),
            (None, Some(c)) => c.rate || rate_named(&c.name),
            (None, None) => false,
        };
        let body = self.body;
        let basis = basis_at(body, toks, after);
        let basis_after = if toks.get(after).is_some_and(|t| t.is(','))
            && toks
                .get(after + 1)
                .is_some_and(|t| matches!(t.key.as_str(), "vượt" | "đạt"))
            && toks.get(after + 2).is_some_and(|t| t.kind == Kind::Word)
        {
            basis_at(body, toks, after + 2)
        } else {
            None
        };
        let target_comparison = target_comparison_at(body, toks, after);
        let comparison = comparison_at(toks, after, &self.years);
        let of_end = trailing_words(toks, after);
        let of = (of_end > after).then(|| text_of(body, toks, after, of_end));
        let read = PercentRead {
            percent: num.value,
            qualifier: lead.qualifier,
            verb: lead.verb,
            average: lead.average,
            basis: basis.clone(),
            basis_after: basis_after.clone(),
            target_comparison: target_comparison.clone(),
            comparison: comparison.map(|c| c.0),
            head_basis: s.state.head_basis,
            head_relative: s.state.head_relative,
            of,
            attach_to_value: attach && s.cur.as_ref().is_some_and(Building::has_value),
            rate_named: rate,
            in_rate_list: s.rate_list && lead.verb.is_none(),
        };
        let Some(mut element) = read.element() else {
            return Step::Used {
                next: after,
                reset: false,
            };
        };
        let next = match &element {
            Element::Achievement(_) => [
                basis.map(|b| b.next),
                target_comparison.map(|b| b.next),
                basis_after.map(|b| b.next),
            ]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(after),
            Element::Change(_) => comparison.map_or(after, |c| c.1),
            Element::Share(_) => of_end,
            Element::Value { .. } => comparison.map_or(after, |c| c.1).max(after),
        };
        if let Element::Value { target: t, .. } = &mut element {
            *t = target;
        }
        let end_byte = toks[next - 1].end;
        self.place(s, element, named, &lead, i, end_byte, None);
        Step::Used { next, reset: true }
    }

    /// "từ a[%| unit] xuống (còn) b" and "từ a lên b": the value b with a change.
    fn change_between(
        &mut self,
        i: usize,
        after: usize,
        lead: &Lead,
        s: &mut Sentence,
    ) -> Option<Step> {
        let toks = s.toks;
        if i == 0 || !matches_at(toks, i - 1, &["từ"]) {
            return None;
        }
        let mut j = after;
        if let Some(u) = unit_at(self.body, toks, j) {
            j = u.next;
        }
        let direction = if matches_at(toks, j, &["xuống"]) {
            Direction::Decrease
        } else if matches_at(toks, j, &["lên"]) {
            Direction::Increase
        } else if matches_at(toks, j, &["đến"]) || toks.get(j).is_some_and(Token::is_dash) {
            // A range: not recorded.
            let mut next = j + 1;
            while next < j + 5 && toks.get(next).is_some_and(|t| t.kind != Kind::Mark(',')) {
                next += 1;
            }
            return Some(Step::Used { next, reset: false });
        } else {
            return None;
        };
        j += 1;
        if matches_at(toks, j, &["còn"]) || matches_at(toks, j, &["mức"]) {
            j += 1;
        }
        let to = numeral(toks, j)?;
        let (unit, next) = if toks.get(to.next).is_some_and(|t| t.is('%')) {
            ("%".to_owned(), to.next + 1)
        } else {
            let u = unit_at(self.body, toks, to.next)?;
            (u.text, u.next)
        };
        let element = Element::Value {
            value: to.value,
            unit,
            qualifier: Qualifier::Exact,
            target: None,
            change: Some(ChangeDraft {
                percent: None,
                amount: None,
                direction: Some(direction),
                relative_to: Some(dangbo::RelativeTo::Other),
            }),
        };
        let named = self.name_of(s, lead);
        let end_byte = toks[next - 1].end;
        self.place(s, element, named, lead, i, end_byte, None);
        Some(Step::Used { next, reset: true })
    }

    /// A number with a unit.
    fn value(
        &mut self,
        i: usize,
        num: &Numeral,
        unit: &Unit,
        target: Option<f64>,
        s: &mut Sentence,
    ) -> Step {
        let toks = s.toks;
        let lead = lead(toks, s.piece, i);
        let skip = Step::Used {
            next: unit.next,
            reset: false,
        };
        // Attendance at the meeting is not a figure.
        let attendance = matches!(unit.class, Class::People | Class::Count)
            && (matches_at(toks, unit.next, &["dự"])
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
                        t.key.as_str(),
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
        // Awards and badges count people honoured, not a plan figure.
        if matches!(unit.class, Class::People | Class::Count)
            && (s.piece.max(i.saturating_sub(12))..i).any(|k| {
                matches!(
                    toks[k].key.as_str(),
                    "hiệu" | "khen" | "tặng" | "trao" | "biểu" | "chương" | "dương"
                )
            })
        {
            return skip;
        }
        if let Some(step) = self.change_between(i, num.next, &lead, s) {
            return step;
        }
        let mut next = unit.next;
        let mut qualifier = lead.qualifier;
        if matches_at(toks, next, &["trở", "lên"]) {
            qualifier = Qualifier::Over;
            next += 2;
        }
        let named = self.name_of(s, &lead);
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

    /// "a/b <noun>": a tally, or a value with its target.
    fn fraction(&mut self, i: usize, a: f64, b: f64, after: usize, s: &mut Sentence) -> Step {
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
        if let Some((noun_end, of)) = tally_noun(toks, after) {
            return self.tally(i, a, Some(b), noun_end, &of, s).unwrap_or(skip);
        }
        if let Some(unit) = unit_at(self.body, toks, after).filter(|u| u.class != Class::Place) {
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

    /// Emits a tally of `count` (of `total`) `of` things, its noun ending at `noun_end`.
    fn tally(
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
        let tail = tally::tail(self.body, toks, noun_end);
        let before = tally::status_before(toks, s.piece, i);
        let next = tail.next.max(noun_end);
        let span = (toks[i].start, toks[next - 1].end);
        let draft = tally::draft(self.body, span, count, total, of, &tail, before);
        self.push_tally(draft);
        if let Some(total) = total {
            s.state.tally_total = Some((total, of.to_owned()));
        }
        s.any = true;
        s.after_tally = true;
        Some(Step::Used { next, reset: true })
    }

    /// "n chỉ tiêu …": a tally without a total, or the total of the counts
    /// that follow ("Trong 20 chỉ tiêu, có 15 chỉ tiêu đạt").
    fn count(
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
            let unit = unit_at(self.body, toks, i + 1);
            if unit.is_some() {
                return None;
            }
            tally::tail(self.body, toks, noun_end).status?;
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
        let tail = tally::tail(self.body, toks, noun_end);
        if tail.status.is_none() && tally::status_before(toks, s.piece, i).is_none() {
            s.state.tally_total = Some((count, of.to_owned()));
        }
        self.tally(i, n, total, noun_end, of, s)
    }

    /// ", 5 không đạt" after "Trong 20 chỉ tiêu": a count with a status and
    /// the total stated before.
    fn bare_count(&mut self, i: usize, n: f64, s: &mut Sentence) -> Option<Step> {
        let (total, of) = s.state.tally_total.clone()?;
        let toks = s.toks;
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

/// A unit without its scale words: "triệu lượt khách" → "lượt khách".
fn unscaled(unit: &str) -> String {
    let mut words: Vec<&str> = unit.split(' ').collect();
    while words.len() > 1 && super::number::is_scale(&super::token::key(words[0])) {
        words.remove(0);
    }
    words.join(" ")
}

/// The first word at or after `from` before `to`.
fn first_word(toks: &[Token], from: usize, to: usize) -> usize {
    (from..to.min(from + 14))
        .find(|&k| toks[k].kind == Kind::Word)
        .unwrap_or(to)
}

/// Whether a name is a basis word standing for a target ("chỉ tiêu 95%").
fn names_a_basis(name: &str) -> bool {
    matches!(
        super::token::key(name).as_str(),
        "chỉ tiêu"
            | "kế hoạch"
            | "mục tiêu"
            | "kh"
            | "nq"
            | "chỉ tiêu nghị quyết"
            | "nghị quyết"
            | "chỉ tiêu giao"
    )
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
    let near = |k: &Token| {
        matches!(
            k.key.as_str(),
            "đạt" | "chuẩn" | "công" | "hoàn" | "đích" | "thêm"
        )
    };
    toks.get(after..(after + 6).min(toks.len()))
        .is_some_and(|w| w.iter().take_while(|t| t.kind == Kind::Word).any(near))
        || toks
            .get(from.max(at.saturating_sub(4))..at)
            .is_some_and(|w| w.iter().any(near))
}

/// Numbers that are not figures: dates, times, years, ordinals, document
/// numbers, ranges. Gives one past what to skip.
fn not_a_figure(toks: &[Token], i: usize) -> Option<usize> {
    let next = toks.get(i + 1);
    let is_number = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Number);
    // A range, a dashed date or a document symbol: "5-7%", "15-9-2023", "05-NQ/TU".
    if next.is_some_and(Token::is_dash) {
        let mut j = i + 2;
        while is_number(j) && j < i + 8 {
            j += 1;
            if toks.get(j).is_some_and(|t| t.is_dash() || t.is('/')) && is_number(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if toks.get(j).is_some_and(|t| t.is('%')) {
            j += 1;
        }
        return Some(j.max(i + 1));
    }
    // Document numbers in the state order: "12/NQ-CP".
    if next.is_some_and(|t| t.is('/'))
        && toks
            .get(i + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.key.chars().count() <= 6 && t.glued)
    {
        let upper = toks
            .get(i + 2)
            .is_some_and(|t| t.key.chars().all(|c| !c.is_lowercase()) || t.key.len() <= 3);
        if upper {
            return Some(i + 1);
        }
    }
    // Times: "8h30", "8:30".
    if next.is_some_and(|t| {
        t.glued && (t.key == "h" || t.key == "giờ" || t.is(':')) && is_number(i + 2)
    }) {
        return Some(i + 3);
    }
    // The number of a date, an ordinal, a document or a place.
    let prev = i.checked_sub(1).map(|k| &toks[k]);
    let percent = next.is_some_and(|t| t.is('%'));
    if !percent && prev.is_some_and(|p| p.kind == Kind::Word && numbers_a_thing(&p.key)) {
        let mut j = i + 1;
        while j < i + 5
            && toks
                .get(j)
                .is_some_and(|t| t.glued && (t.is('/') || t.is('.') || t.is_dash()))
            && is_number(j + 1)
        {
            j += 2;
        }
        return Some(j);
    }
    // The second half of a fraction or date already read.
    if prev.is_some_and(|p| p.is('/') && p.glued) && i >= 2 && is_number(i - 2) {
        return Some(i + 1);
    }
    None
}

/// Words before a number that make it a date, an ordinal or a label.
fn numbers_a_thing(key: &str) -> bool {
    matches!(
        key,
        "số" | "thứ"
            | "lần"
            | "khóa"
            | "kỳ"
            | "năm"
            | "tháng"
            | "ngày"
            | "quý"
            | "đoạn"
            | "sáng"
            | "chiều"
            | "tối"
            | "trưa"
            | "đêm"
            | "hôm"
            | "lúc"
            | "điều"
            | "khoản"
            | "chương"
            | "mục"
            | "phần"
            | "trang"
            | "tổ"
            | "ấp"
            | "thôn"
            | "khu"
            | "phòng"
            | "quyết"
            | "định"
            | "thị"
            | "luận"
            | "tư"
            | "án"
            | "lộ"
            | "tuyến"
            | "xóm"
            | "đợt"
            | "phiên"
            | "cấp"
            | "hạng"
            | "top"
            | "lớp"
            | "tầng"
            | "km"
            | "nq"
            | "ct"
            | "kl"
            | "qđ"
            | "hd"
            | "tb"
    )
}

/// The key that tells a repeated figure.
fn indicator_key(d: &IndicatorReportDraft) -> String {
    let ach = d.achievements.first().and_then(|a| a.percent);
    let change = d.change.as_ref().and_then(|c| c.percent.or(c.amount));
    let unit = d.unit.as_deref().map(super::token::key).unwrap_or_default();
    match d.value {
        Some(v) => format!("v|{v}|{unit}|{ach:?}|{change:?}"),
        None => format!(
            "p|{ach:?}|{change:?}|{}",
            d.name.as_deref().map(super::token::key).unwrap_or_default()
        ),
    }
}
