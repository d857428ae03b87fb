//! A number followed by "%": an achievement, a change, a share or a rate,
//! by the verb before it and the words after it; and "từ a xuống (còn) b".

use dangbo::{ChangeDraft, Direction, Qualifier};

use super::basis::{basis_at, comparison_at, names_a_basis, target_comparison_at};
use super::indicator::{rate_named, Building, Element, PercentRead};
use super::name::{is_place, text_of, trailing_words};
use super::number::{convert, numeral, Numeral};
use super::scan::{Scanner, Sentence, Step};
use super::token::{Kind, Token};
use super::unit::{matches_at, tally_nouns, unit_at};
use super::verb::{lead, Lead, Verb};

impl Scanner<'_> {
    /// A number followed by "%".
    pub(super) fn percent(&mut self, i: usize, num: Numeral, s: &mut Sentence) -> Step {
        let toks = s.toks;
        let (i, num) = split_decimal(toks, i, num).map_or((i, num), |n| (n.first, n));
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
        if voting(toks, after, trailing_words(toks, after)) || vote_share(toks, i) {
            return Step::Used {
                next: after,
                reset: false,
            };
        }
        let mut lead = lead(toks, s.piece, i);
        if matches_at(toks, after, &["trở", "lên"]) {
            lead.qualifier = Qualifier::Over;
            after += 2;
        }
        // "tăng 420 tỷ đồng, tương đương 17,4%": the same change in percent.
        if lead.verb.is_none() && i >= 2 && matches_at(toks, i - 2, &["tương", "đương"]) {
            lead.verb = s
                .cur
                .as_ref()
                .and_then(|c| c.draft.change.as_ref())
                .filter(|c| c.percent.is_none())
                .and_then(|c| c.direction)
                .map(|d| match d {
                    Direction::Increase => Verb::Increase,
                    Direction::Decrease => Verb::Decrease,
                });
        }
        if let Some(step) = self.change_between(i, after, &lead, s) {
            return step;
        }
        let named = self.name_of(s, &lead);
        // A short noun after a comma continues a list of growth figures.
        let list_item = named.as_ref().is_some_and(|(a, b, _)| {
            b - a <= 4
                && s.piece >= 1
                && toks[s.piece - 1].is(',')
                && !super::verb::is_verb_word(&toks[*a].key)
        });
        if lead.verb.is_none() && list_item {
            lead.verb = s.list_change;
        }
        // "(chỉ tiêu 95%)" after a rate is its target; "(cùng kỳ tăng 8%)"
        // is the comparison's own figure: neither is a figure of its own.
        if let Some((_, _, n)) = &named {
            if names_a_basis(n) {
                if let Some(cur) = s.cur.as_mut().filter(|c| c.rate && lead.verb.is_none()) {
                    if cur.draft.target.is_none() {
                        cur.draft.target = Some(num.value);
                        cur.end = cur.end.max(toks[after - 1].end);
                    }
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
        let mut basis = basis_at(body, toks, after);
        // "đạt 98,7%/98% chỉ tiêu giao": the basis names the target given
        // after the slash; the percent is the rate's value.
        if target.is_some() {
            if let Some(b) = basis.take() {
                after = b.next;
            }
        }
        let basis_after = if toks.get(after).is_some_and(|t| t.is(','))
            && toks
                .get(after + 1)
                .is_some_and(|t| matches!(t.key(), "vượt" | "đạt"))
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
            in_rate_list: s.rate_list
                && (lead.verb.is_none() || sibling_rate(toks, s.piece, &lead)),
        };
        // "100% xã đạt chuẩn …", "có 98% hộ dân dùng nước sạch": a rate named
        // by the words after it.
        let unnamed_rate = named.as_ref().is_none_or(|(_, _, n)| is_place(n))
            && s.cur.as_ref().is_none_or(|c| c.rate)
            && read.basis.is_none()
            && read.basis_after.is_none()
            && read.target_comparison.is_none()
            && matches!(lead.verb, None | Some(Verb::Reach))
            && of_end > after
            && !matches_at(toks, after, &["so"]);
        if unnamed_rate {
            // "100% xã, thị trấn có trạm y tế đạt chuẩn": the nouns, then the rest.
            let mut of_end =
                tally_nouns(toks, after).map_or(of_end, |(end, _)| trailing_words(toks, end));
            if toks
                .get(of_end)
                .is_some_and(|t| matches!(t.key(), "có" | "được"))
            {
                of_end = trailing_words(toks, of_end + 1);
            }
            let name = text_of(self.body, toks, after, of_end);
            let element = Element::Value {
                value: num.value,
                unit: "%".to_owned(),
                qualifier: lead.qualifier,
                target,
                change: None,
            };
            let end_byte = toks[of_end - 1].end;
            self.place(
                s,
                element,
                Some((i, of_end, name)),
                &lead,
                i,
                end_byte,
                None,
            );
            return Step::Used {
                next: of_end,
                reset: true,
            };
        }
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
        // "1.234 hộ nghèo, chiếm 4,5% (tổng số hộ)": the share is also the
        // rate of its own (PATTERNS.md); "chiếm 39,7% sản lượng chè toàn
        // tỉnh", "chiếm 46,5% diện tích đất nông nghiệp": a part of a whole
        // named, only the share.
        let share = match &element {
            Element::Share(sh) if sh.of.as_deref().is_none_or(head_count) => Some(num.value),
            _ => None,
        };
        self.place(s, element, named, &lead, i, end_byte, None);
        if let (Some(p), Some(cur)) = (share, s.cur.as_ref()) {
            let name = format!("tỷ lệ {}", cur.name);
            let figure = cur.draft.figure;
            self.flush(s);
            let mut rate = Building::new(name, toks[i].start, end_byte, figure);
            rate.add(
                Element::Value {
                    value: p,
                    unit: "%".to_owned(),
                    qualifier: lead.qualifier,
                    target: None,
                    change: None,
                },
                end_byte,
            );
            s.cur = Some(rate);
            s.rate_list = true;
        }
        Step::Used { next, reset: true }
    }

    /// "từ a[%| unit] xuống (còn) b" and "từ a lên b": the value b with a change.
    pub(super) fn change_between(
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
        // "từ 1,12% đầu năm xuống còn 0,71%", "từ 12,36% (năm 2015) xuống
        // còn 6,08%": the time of the first level may stand between it and
        // "xuống"/"lên".
        let mut dated = j;
        while dated < j + 6
            && toks
                .get(dated)
                .is_some_and(|t| is_time_word(t) || t.is('(') || t.is(')'))
        {
            dated += 1;
        }
        if dated > j && (matches_at(toks, dated, &["xuống"]) || matches_at(toks, dated, &["lên"]))
        {
            j = dated;
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
}

/// Whether a share's whole is a head count ("tổng số hộ", "tổng số đảng
/// viên"): then the share is also the rate of its part.
fn head_count(of: &str) -> bool {
    super::token::key_of(of).starts_with("tổng số")
}

/// A word or year that dates a level: "đầu năm", "cuối năm 2022", "đầu
/// nhiệm kỳ", "năm trước".
fn is_time_word(t: &Token) -> bool {
    match t.kind {
        Kind::Word => matches!(
            t.key(),
            "đầu" | "cuối" | "giữa" | "năm" | "nhiệm" | "kỳ" | "trước" | "ngoái" | "quý" | "tháng"
        ),
        Kind::Number => {
            t.key.len() == 4
                && t.key.starts_with(['1', '2'])
                && t.key.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// "đạt 13 04%": a decimal comma left out between two digit groups, the
/// second of one or two digits right before the percent sign.
fn split_decimal(toks: &[Token], i: usize, num: Numeral) -> Option<Numeral> {
    let whole = toks.get(i.checked_sub(1)?)?;
    let frac = &toks[i];
    let plain = |t: &Token, max: usize| {
        t.kind == Kind::Number && t.key.len() <= max && t.key.bytes().all(|b| b.is_ascii_digit())
    };
    if !plain(whole, 3) || !plain(frac, 2) || frac.glued {
        return None;
    }
    let before = i.checked_sub(2).map(|k| &toks[k]);
    if before.is_some_and(|t| t.kind == Kind::Number || t.is('/') || t.is_dash() || t.key == "đến")
    {
        return None;
    }
    let value = convert(&format!("{},{}", whole.key, frac.key))?;
    Some(Numeral {
        value,
        first: i - 1,
        next: num.next,
        words: false,
    })
}

/// Whether "đạt p%" after a rate, in the next clause of the sentence, is a
/// rate beside it: "tỷ lệ dân số đô thị dùng nước sạch đạt 99,5%, nông thôn
/// đạt 91,2%", "…, trong đó nước sạch đạt 64,5%" (a short name after a comma).
fn sibling_rate(toks: &[Token], piece: usize, lead: &super::verb::Lead) -> bool {
    lead.verb == Some(Verb::Reach)
        && piece > 0
        && toks[piece - 1].is(',')
        && lead.name_end > piece
        && lead.name_end - piece <= 7
}

/// Whether the percent starting at `i` is the share of a vote just counted:
/// "với 61/63 phiếu bầu, đạt 96,8%", "với số phiếu tán thành đạt 98,2%" (a
/// ballot within the same clause or the one before it, up to a ";" or ":").
fn vote_share(toks: &[Token], i: usize) -> bool {
    let from = i.saturating_sub(10);
    let mut k = i;
    while k > from {
        k -= 1;
        let t = &toks[k];
        if t.is(';') || t.is(':') || t.is('.') {
            return false;
        }
        if t.key == "phiếu" && !(k > 0 && matches!(toks[k - 1].key(), "cổ" | "trái")) {
            return true;
        }
    }
    false
}

/// Whether the words after a percent are a vote or attendance, not a
/// figure: "100% đại biểu tán thành", "với 100% ý kiến nhất trí".
fn voting(toks: &[Token], from: usize, to: usize) -> bool {
    (from..to.min(toks.len())).any(|k| {
        [
            &["đại", "biểu"][..],
            &["tán", "thành"],
            &["nhất", "trí"],
            &["ý", "kiến"],
            &["phiếu"],
        ]
        .iter()
        .any(|p| matches_at(toks, k, p))
    })
}
