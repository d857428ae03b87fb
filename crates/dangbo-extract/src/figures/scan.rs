//! The walk over a body: sentences one by one, each scanned once from left to
//! right; at each number the words around it are read locally (verb and name
//! before, unit, basis or comparison after), and its element joins the figure
//! of its clause or opens a new one.

use std::borrow::Cow;
use std::collections::HashSet;

use dangbo::Figure;

use super::cue::{self, State, Years};
use super::indicator::Building;
use super::number::{convert, count_in_words, numeral};
use super::region::Regions;
use super::seen::Seen;
use super::skip::not_a_figure;
use super::token::{Kind, Lexer, Token};
use super::unit::{matches_at, tally_nouns, unit_at};
use super::verb::{Lead, Verb};
use super::Figures;

/// Longest run of tokens read as one sentence.
const MAX_SENTENCE: usize = 2_000;

/// Longest line read as a list item without a bullet.
const ITEM_BYTES: usize = 160;

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
    /// The committee sits below a province (see `Context::below_province`).
    pub below_province: bool,
    /// The committee's kind of unit (see `Context::unit`).
    pub unit: Option<dangbo::UnitKind>,
    /// The committee's place, folded (see `Context::locality`).
    pub locality: Option<String>,
    /// The year of a review of one year or part of one (see `find`).
    pub review_year: Option<i32>,
    pub(super) out: Figures,
    pub(super) seen: HashSet<Seen>,
}

/// One sentence being read.
// Independent flags of the reading state, not a state machine.
#[allow(clippy::struct_excessive_bools)]
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
    /// The sentence opens on somewhere else ("Cả nước …", "Toàn tỉnh …" in
    /// a district's article): its figures are context, not the committee's.
    pub elsewhere: bool,
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
            below_province: false,
            unit: None,
            locality: None,
            review_year: None,
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
        // Tables flattened into tab-separated lines are read as tables; the
        // sentence reading skips their lines.
        let (rows, table_lines) = super::table::read(body);
        for d in rows {
            let name_key = super::token::key_of(d.name.as_deref().unwrap_or("")).into_owned();
            self.keep(d, name_key);
        }
        let mut heading = false;
        for r in Regions::new(body) {
            if table_lines
                .iter()
                .any(|&(a, b)| r.start >= a && r.start < b)
            {
                continue;
            }
            // A sub-heading in capitals ("THU NGÂN SÁCH TĂNG BÌNH QUÂN
            // 10%/NĂM") repeats a figure the body states in full.
            if new_line {
                heading = super::region::capitals_heading(body, r.start);
            }
            if heading {
                if let Some(stop) = r.stop {
                    new_line = stop == Kind::Break;
                    glued = stop == Kind::Stop;
                }
                continue;
            }
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
            .is_some_and(|t| matches!(t.kind, Kind::Mark(c) if is_bullet(c)))
            || numbered(toks);
        let lower = toks
            .iter()
            .find(|t| t.kind == Kind::Word)
            .is_some_and(|t| !t.capitalised(self.body));
        // A short line after a list head is an item of it, bullet or not
        // ("Một số chỉ tiêu chủ yếu năm 2025:" / "Thu ngân sách đạt 1.650
        // tỷ đồng." / "Tỷ lệ hộ nghèo dưới 0,7%."); a paragraph ends the list.
        let item = new_line
            && toks.first().is_some_and(|t| {
                let rest = &self.body[t.start..];
                let line = &rest[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())];
                // One short sentence: no stop inside the line.
                line.len() <= ITEM_BYTES && !line.trim_end().trim_end_matches('.').contains(". ")
            });
        let carried = carry
            .filter(|c| !new_line || bullet || lower || (item && !c.bulleted))
            .map(|mut c| {
                c.bulleted |= new_line && bullet;
                c
            });
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
            elsewhere: super::name::opens_elsewhere(toks, self.below_province)
                || super::context::opens_above_or_beside(toks, self.unit)
                || super::context::opens_past(toks, self.review_year),
        };
        if cue::opens_with_plan_year(toks, &self.years) {
            s.state.projected = true;
        }
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            match t.kind {
                Kind::Mark(c @ (';' | ':')) => {
                    // "Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 19,6% -
                    // công nghiệp, xây dựng 38,7% - …": a rate named before a
                    // colon opens a list of rates.
                    let rate_head = c == ':'
                        && i > s.piece
                        && super::indicator::rate_named(&super::name::text_of(
                            self.body, toks, s.piece, i,
                        ));
                    self.flush(&mut s);
                    s.piece = i + 1;
                    // A number after a tally belongs to it only within its
                    // clause: "… cho 86/86 xã; có 312 thí sinh trúng tuyển".
                    s.after_tally = false;
                    // "…; riêng toàn thành phố Cần Thơ thu ngân sách …": a
                    // clause on the unit above is context to the sentence's end.
                    // So is a clause on a term long past: "…; giai đoạn 2016 -
                    // 2020, giá trị sản xuất tăng bình quân 9,5%/năm".
                    if c == ';'
                        && (super::context::opens_above_or_beside(&toks[i + 1..], self.unit)
                            || super::context::opens_past(&toks[i + 1..], self.review_year))
                    {
                        s.elsewhere = true;
                    }
                    // A list of shares or rates runs on across semicolons
                    // ("tỷ trọng dịch vụ chiếm 54,6%; công nghiệp - xây dựng
                    // 28,9%; nông nghiệp 16,5%"), not past a colon.
                    if c == ':' {
                        s.rate_list = rate_head;
                    }
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

    /// Reads the number at `i`, if one starts there.
    fn at_number(&mut self, i: usize, s: &mut Sentence) -> Step {
        let toks = s.toks;
        let Some(num) = numeral(toks, i) else {
            // "Trong hai mươi mốt chỉ tiêu, có mười bảy chỉ tiêu đạt …": a
            // count of targets in words.
            // (Told cheaply first: such a count opens its clause or follows
            // "có", "trong", "còn", "và"; a word follows it.)
            let opens = i == s.piece
                || toks[i - 1].kind != Kind::Word
                || matches!(toks[i - 1].key(), "có" | "trong" | "còn" | "và");
            let words_next = toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word);
            if let Some((n, next)) = (opens && words_next)
                .then(|| count_in_words(toks, i))
                .flatten()
            {
                if let Some((noun_end, of)) = tally_nouns(toks, next) {
                    if let Some(step) = self.count(i, n, noun_end, &of, s) {
                        return step;
                    }
                }
            }
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
        if i > 0 && toks[i - 1].key() == "gấp" && matches_at(toks, after, &["lần"]) {
            return self.multiple(after + 1, s);
        }
        // "11 trong tổng số 21 chỉ tiêu đạt và vượt", "11 trong số 21 chỉ
        // tiêu": a count out of a total before the noun.
        if !num.words && matches_at(toks, after, &["trong"]) {
            let skip = if matches_at(toks, after + 1, &["tổng", "số"]) {
                2
            } else {
                usize::from(matches_at(toks, after + 1, &["số"]))
            };
            let at = after + 1 + skip;
            if let Some(total) = toks
                .get(at)
                .filter(|t| t.kind == Kind::Number && tally_nouns(toks, at + 1).is_some())
                .and_then(|t| convert(&t.key))
            {
                return self.fraction(i, num.value, total, at + 1, s);
            }
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
        if let Some(unit) = unit_at(self.body, toks, after)
            .or_else(|| super::value::admitted_comrades(toks, i, after))
        {
            if names_the_next(self.body, toks, unit.next) {
                return Step::Pass;
            }
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
}

/// Whether a number and its unit, ending at `next`, are part of the name of
/// the figure right after them: "diện tích gieo trồng lúa 3 vụ đạt 42.350
/// ha" — a verb, then a number with a unit of its own (not a percent, which
/// would be the first number's achievement: "45 đảng viên đạt 105%").
fn names_the_next(body: &str, toks: &[Token], next: usize) -> bool {
    let verb = if matches_at(toks, next, &["ước", "đạt"]) {
        2
    } else {
        usize::from(matches_at(toks, next, &["đạt"]) || matches_at(toks, next, &["là"]))
    };
    verb > 0
        && toks
            .get(next + verb)
            .is_some_and(|t| t.kind == Kind::Number)
        && unit_at(body, toks, next + verb + 1).is_some_and(|u| u.text != "%")
}

/// Whether a sentence opens with the number or letter of a list item: "1.",
/// "2)", "a)", "b.", "II." — an item of the list a head before it opened
/// ("các chỉ tiêu chủ yếu năm 2025:" / "1. Về kinh tế:" / "a) Thu ngân sách …").
fn numbered(toks: &[Token]) -> bool {
    let Some(a) = toks.first() else {
        return false;
    };
    let label = match a.kind {
        Kind::Number => a.key.len() <= 2 && a.key.bytes().all(|c| c.is_ascii_digit()),
        Kind::Word => {
            a.key.chars().count() == 1
                || matches!(a.key(), "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix")
        }
        _ => false,
    };
    // "1." alone: the sentence split took its dot.
    label
        && match toks.get(1) {
            None => true,
            Some(b) => (b.is('.') || b.is(')')) && toks.get(2).is_none_or(|t| !t.glued),
        }
}
