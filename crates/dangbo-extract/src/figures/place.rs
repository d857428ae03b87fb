//! Naming and placing a figure's element: the name of the clause before a
//! number (or a fallback when it has none), and whether the element joins
//! the figure being assembled or opens a new one.

use dangbo::Direction;

use super::indicator::{Building, Element};
use super::name::{is_place, name_range, text_of, trailing_words};
use super::scan::{Scanner, Sentence};
use super::token::{Kind, Token};
use super::unit::{Class, Unit};
use super::verb::{Lead, Verb};

impl Scanner<'_> {
    /// Name tokens of the clause before a number, trimmed.
    pub(super) fn name_of(&self, s: &Sentence, lead: &Lead) -> Option<(usize, usize, String)> {
        let toks = s.toks;
        let (mut a, b) = name_range(toks, s.piece, lead.name_end)?;
        // A short name after a comma may end a list of nouns: "Giá trị sản
        // xuất nông, lâm, thủy sản". Take the pieces before it back in.
        let mut from = s.piece;
        // (A place is no list item: "Về nông nghiệp, toàn tỉnh có …".)
        let short = b - a <= 2 && !is_place(&text_of(self.body, toks, a, b));
        for _ in 0..2 {
            if from < 2 || !toks[from - 1].is(',') {
                break;
            }
            // The name does not start the piece: cut to its last fourteen
            // words (or trimmed); only a rate head before the comma takes
            // the piece back in then.
            let cut = a != first_word(toks, from, b);
            let piece_start = |limit: usize| {
                let mut start = from - 1;
                while start > 0
                    && !matches!(toks[start - 1].kind, Kind::Mark(_))
                    && from - start < limit
                {
                    start -= 1;
                }
                start
            };
            // "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 32,5%":
            // a rate's name may hold verbs and run long before the comma.
            let mut long = piece_start(20);
            // (The head may follow "phấn đấu" or another verb of two words.)
            let mut rate_head = (long == 0 || matches!(toks[long - 1].kind, Kind::Mark(_)))
                && (long..from - 1).all(|k| toks[k].kind == Kind::Word)
                && (long..(long + 3).min(from - 1)).any(|k| super::name::rate_head_at(toks, k));
            // "kết quả kiểm tra có tỷ lệ khá, giỏi đạt 78,5%": a rate head
            // a few words before the comma, after words of its own.
            if !rate_head {
                if let Some(h) = (from.saturating_sub(6).max(long)..from.saturating_sub(2))
                    .find(|&k| super::name::rate_head_at(toks, k))
                    .filter(|&h| (h..from - 1).all(|k| toks[k].kind == Kind::Word))
                {
                    rate_head = true;
                    long = h;
                }
            }
            // A long name after the comma is taken back only to a short
            // rate head: "Tỷ lệ điều tra, khám phá án hình sự đạt 91,2%".
            if !(short || (rate_head && from - 1 - long <= 12)) || (cut && !rate_head) {
                break;
            }
            let start = if rate_head { long } else { piece_start(10) };
            let plain = (start..from - 1)
                .all(|k| toks[k].kind == Kind::Word && !super::verb::is_verb_word(&toks[k].key));
            if start == from - 1
                || !(rate_head || plain)
                || (start > 0
                    && !(toks[start - 1].is(',')
                        || (s.rate_list && (toks[start - 1].is(':') || toks[start - 1].is_dash())))
                    && !rate_head)
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
    /// noun with the words after it ("có 1.234 hộ nghèo"), or the words after
    /// a measure ("có 12.800 ha cà phê").
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
        // "toàn tỉnh có 452.600 ha cây lâu năm": what a measure measures.
        if let Some(u) = unit.filter(|u| u.class == Class::Measure) {
            let end = trailing_words(toks, u.next);
            if end > u.next {
                return (text_of(self.body, toks, u.next, end), None);
            }
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
                    unit.zip(cur.draft.unit.as_deref()).is_some_and(|(u, had)| {
                        had.starts_with(&u.text)
                            || u.text.starts_with(had)
                            || (had == "%" && u.text == "điểm phần trăm")
                    })
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
