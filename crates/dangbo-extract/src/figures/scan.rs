//! The walk over a body: sentences one by one, each scanned once from left to
//! right; at each number the words around it are read locally (verb and name
//! before, unit, basis or comparison after), and its element joins the figure
//! of its clause or opens a new one.

use std::borrow::Cow;
use std::collections::HashSet;

use dangbo::{Direction, Figure, IndicatorReportDraft, TallyDraft};

use super::cue::{self, State, Years};
use super::indicator::{Building, Element};
use super::name::{elsewhere_key, is_place, name_range, text_of, trailing_words};
use super::number::{convert, numeral};
use super::region::Regions;
use super::skip::not_a_figure;
use super::token::{Kind, Lexer, Token};
use super::unit::{tally_nouns, unit_at, Class, Unit};
use super::verb::{Lead, Verb};
use super::Figures;

/// Longest run of tokens read as one sentence.
const MAX_SENTENCE: usize = 2_000;

/// Room for the keys computed in a region, kept from one region to the next.
#[derive(Default)]
struct Keys {
    /// The keys, one after the other.
    text: String,
    /// Token index and span in `text` of each.
    spans: Vec<(usize, usize, usize)>,
    /// The most tokens a region has had (the capacity to start with, up to 512).
    tokens: usize,
}

/// What reading a number did.
pub(super) enum Step {
    /// Nothing: the token is an ordinary word.
    Pass,
    /// Tokens up to `next` are used; `reset` starts a new clause there.
    Used {
        /// One past the last token used.
        next: usize,
        /// Whether a new clause starts there.
        reset: bool,
    },
}

/// The scanner over one body.
pub(super) struct Scanner<'a> {
    /// The body.
    pub body: &'a str,
    /// The years of the review and plan.
    pub years: Years,
    out: Figures,
    seen: HashSet<Seen>,
}

/// One sentence being read.
pub(super) struct Sentence<'t> {
    /// Its tokens.
    pub toks: &'t [Token<'t>],
    /// What its cues have set.
    pub state: State,
    /// The figure being assembled.
    pub cur: Option<Building>,
    /// Where the current clause (its name) starts.
    pub piece: usize,
    /// Whether the last figure of this list was a rate in percent.
    pub rate_list: bool,
    /// The growth verb of the last figure of this list, for the items after
    /// it that leave it out ("nông nghiệp tăng 3%, công nghiệp 12%").
    pub list_change: Option<Verb>,
    /// Whether a figure has been read in this sentence.
    pub any: bool,
    /// Whether the last thing read was a tally (a percent after it with no
    /// name of its own belongs to the tally, not to a figure).
    pub after_tally: bool,
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

    /// Reads the whole body, sentence by sentence. A sentence with no number
    /// is not even tokenized, unless a list head's state is carried into it
    /// or it heads a list itself (it could only pass a state on).
    pub fn run(mut self) -> Figures {
        let body = self.body;
        let mut keys = Keys::default();
        let mut carry: Option<State> = None;
        let mut new_line = true;
        let mut glued = false;
        for r in Regions::new(body) {
            let read = carry.is_some()
                || r.end - r.start >= MAX_SENTENCE
                || r.may_hold_a_number(body)
                || r.ends_with_colon(body);
            if read {
                carry = self.region(r.start, glued, &mut keys, carry, new_line);
            }
            if let Some(stop) = r.stop {
                new_line = stop == Kind::Break;
                glued = stop == Kind::Stop;
            }
        }
        self.out
    }

    /// Tokenizes the region starting at `start` and reads it (see
    /// [`Scanner::sentences`]). The keys that are not the words as written
    /// (capitalised words, tone marks moved) are written one after the other
    /// into `keys.text`, not each into a String of its own.
    fn region(
        &mut self,
        start: usize,
        glued: bool,
        keys: &mut Keys,
        carry: Option<State>,
        new_line: bool,
    ) -> Option<State> {
        keys.text.clear();
        keys.spans.clear();
        let mut toks: Vec<Token> = Vec::with_capacity(keys.tokens.min(512));
        let mut lexer = Lexer::at(self.body, start, glued);
        while let Some((t, computed)) = lexer.next_raw() {
            if matches!(t.kind, Kind::Stop | Kind::Break) {
                break;
            }
            if computed {
                let from = keys.text.len();
                super::token::key_into(&t.key, &mut keys.text);
                keys.spans.push((toks.len(), from, keys.text.len()));
            }
            toks.push(t);
        }
        let text = keys.text.as_str();
        for &(k, from, to) in &keys.spans {
            toks[k].key = Cow::Borrowed(text.get(from..to).unwrap_or(""));
        }
        keys.tokens = keys.tokens.max(toks.len());
        self.sentences(&toks, carry, new_line)
    }

    /// Reads the tokens of one region (a run-on sentence in pieces); gives
    /// the state passed on (`carry` itself when there are no tokens).
    fn sentences(
        &mut self,
        toks: &[Token],
        mut carry: Option<State>,
        mut new_line: bool,
    ) -> Option<State> {
        let mut lo = 0;
        for k in 0..toks.len() {
            if k - lo >= MAX_SENTENCE {
                // Cut a run-on sentence at its last clause boundary.
                let buf = &toks[lo..k];
                let cut = buf
                    .iter()
                    .rposition(|t| t.is(';'))
                    .or_else(|| buf.iter().rposition(|t| t.is(',')))
                    .filter(|&c| c >= MAX_SENTENCE / 2)
                    .map_or(buf.len(), |c| c + 1);
                carry = self.sentence(&buf[..cut], carry, new_line);
                lo += cut;
                new_line = false;
            }
        }
        if lo < toks.len() {
            carry = self.sentence(&toks[lo..], carry, new_line);
        }
        carry
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
            list_change: None,
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
                    s.list_change = None;
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
    pub(super) fn flush(&mut self, s: &mut Sentence) {
        let Some(b) = s.cur.take() else { return };
        let Some((d, name_key)) = b.finish_keyed(self.body) else {
            return;
        };
        if elsewhere_key(&name_key) {
            return;
        }
        if self.seen.insert(indicator_key(&d, name_key)) {
            self.out.indicators.push(d);
        }
    }

    pub(super) fn push_tally(&mut self, t: TallyDraft) {
        let key = Seen::Tally {
            count: t.count,
            total: t.total,
            of: t.of.clone().unwrap_or_default(),
        };
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
        // "15/18", "15 / 18", "15 trên 18".
        if !num.words
            && toks
                .get(after)
                .is_some_and(|t| t.is('/') || t.key == "trên")
        {
            let over = toks[after].key == "trên";
            if let Some(b) = toks.get(after + 1).filter(|t| {
                t.kind == Kind::Number && (!over || tally_nouns(toks, after + 2).is_some())
            }) {
                if let Some(total) = convert(&b.key) {
                    return self.fraction(i, num.value, total, after + 2, s);
                }
            }
        }
        if !num.words {
            if let Some((noun_end, of)) = tally_nouns(toks, after) {
                if let Some(step) = self.count(i, num.value, noun_end, &of, s) {
                    return step;
                }
            }
        }
        if let Some(unit) =
            unit_at(self.body, toks, after).or_else(|| admitted_comrades(toks, i, after))
        {
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
    pub(super) fn figure(lead: &Lead, s: &Sentence) -> Figure {
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
    pub(super) fn name_of(&self, s: &Sentence, lead: &Lead) -> Option<(usize, usize, String)> {
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
    pub(super) fn fallback_name(
        &self,
        s: &Sentence,
        unit: Option<&Unit>,
    ) -> (String, Option<usize>) {
        let toks = s.toks;
        if s.piece >= 2 && (toks[s.piece - 1].is(',') || toks[s.piece - 1].is(':')) {
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
    pub(super) fn place(
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
        // "giảm 12 vụ": an absolute change joins a figure of the same unit only.
        let absolute = matches!(&element, Element::Change(c) if c.amount.is_some());
        let rate_value = matches!(&element, Element::Value { unit, .. } if unit == "%");
        s.any = true;
        if named.is_none() && s.cur.is_none() && s.after_tally {
            return;
        }
        s.after_tally = false;
        if named.is_none() {
            if let Some(cur) = s.cur.as_mut() {
                let fits = if is_value {
                    cur.draft.value.is_none()
                } else if absolute {
                    unit.zip(cur.draft.unit.as_deref())
                        .is_some_and(|(u, had)| had.starts_with(&u.text) || u.text.starts_with(had))
                } else {
                    true
                };
                if fits && cur.add(element.clone(), end_byte) {
                    if rate_value {
                        s.rate_list = true;
                    }
                    return;
                }
                if !is_value && !absolute {
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
                // The figure before lends its name to a second value of the
                // same unit ("…, ước cả năm đạt 1.300 tỷ đồng"), not to others.
                let same_unit = |c: &&Building| match (&element, unit) {
                    (Element::Value { .. }, Some(u)) => {
                        c.draft.unit.as_deref() == Some(u.text.as_str())
                    }
                    _ => true,
                };
                if let Some(n) = s
                    .cur
                    .as_ref()
                    .filter(|_| !absolute)
                    .filter(same_unit)
                    .map(|c| c.name.clone())
                {
                    (n, verb_start)
                } else {
                    let (n, start) = self.fallback_name(s, unit);
                    (n, start.unwrap_or(verb_start))
                }
            }
        };
        self.flush(s);
        s.list_change = match &element {
            Element::Change(c) if c.percent.is_some() => Some(match c.direction {
                Some(Direction::Decrease) => Verb::Decrease,
                _ => Verb::Increase,
            }),
            _ => None,
        };
        let mut b = Building::new(name, start, end_byte, Self::figure(lead, s));
        if b.add(element, end_byte) {
            s.rate_list = rate_value;
            s.cur = Some(b);
        }
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

/// "kết nạp 45 đồng chí": comrades count as new members only after "kết nạp".
pub(super) fn admitted_comrades(toks: &[Token], i: usize, after: usize) -> Option<Unit> {
    if !super::unit::matches_at(toks, after, &["đồng", "chí"]) {
        return None;
    }
    let admitted =
        (i.saturating_sub(6)..i).any(|k| k > 0 && toks[k].key == "nạp" && toks[k - 1].key == "kết");
    admitted.then(|| Unit {
        text: "đồng chí".to_owned(),
        next: after + 2,
        class: Class::People,
        span: (toks[after].start, toks[after + 1].end),
    })
}

/// The key that tells a repeated figure; `name_key`: the key of the
/// draft's name.
fn indicator_key(d: &IndicatorReportDraft, name_key: String) -> Seen {
    let bits = |v: Option<f64>| v.map(f64::to_bits);
    let achievement = bits(d.achievements.first().and_then(|a| a.percent));
    let change = bits(d.change.as_ref().and_then(|c| c.percent.or(c.amount)));
    let unit = d
        .unit
        .as_deref()
        .map(super::token::key_of)
        .unwrap_or_default();
    match d.value {
        // An amount with its unit is specific enough; a rate or a bare percent
        // ("100%") needs its name too.
        Some(v) if unit != "%" => Seen::Amount {
            value: v.to_bits(),
            unit: unit.into_owned(),
            achievement,
            change,
        },
        v => Seen::Rate {
            value: bits(v),
            achievement,
            change,
            name: name_key,
        },
    }
}

/// What tells a repeated figure or tally (values by their bits: two values
/// are the same figure exactly when they print the same).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Seen {
    /// An amount with its unit.
    Amount {
        value: u64,
        unit: String,
        achievement: Option<u64>,
        change: Option<u64>,
    },
    /// A rate, a bare percent or a figure with no value, with its name.
    Rate {
        value: Option<u64>,
        achievement: Option<u64>,
        change: Option<u64>,
        name: String,
    },
    /// A tally.
    Tally {
        count: Option<u32>,
        total: Option<u32>,
        of: String,
    },
}
