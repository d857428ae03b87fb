//! Which figures are kept: a finished figure is dropped when its sentence
//! or name puts it somewhere else (the country, the province in a district's
//! article, a former unit, another district, a baseline), and a repeat keeps
//! the fuller statement of the two.

use dangbo::{IndicatorReportDraft, TallyDraft};

use super::name::elsewhere_key;
use super::scan::{Scanner, Sentence};
use super::seen::{indicator_key, repeat_of, restated, Repeat, Seen};

impl Scanner<'_> {
    /// Finishes the current figure and keeps it unless it repeats one.
    pub(super) fn flush(&mut self, s: &mut Sentence) {
        let Some(b) = s.cur.take() else { return };
        // Whether the clause sits in parentheses: "(toàn tỉnh thu hút …)".
        let in_parens = self.body[..b.start].trim_end().ends_with('(');
        let Some((d, name_key)) = b.finish_keyed(self.body) else {
            return;
        };
        // A province's article quoting a district ("Bí thư Huyện ủy Hải Lăng
        // cho biết, thu ngân sách trên địa bàn huyện Hải Lăng đạt …; huyện
        // có thêm 3 xã …"): the district's, to the end of the sentence.
        if matches!(
            self.unit,
            Some(dangbo::UnitKind::Province | dangbo::UnitKind::CentrallyRunCity)
        ) && d.name.as_deref().is_some_and(super::name::names_a_district)
        {
            s.elsewhere = true;
        }
        // The clause's subject, which the name leaves out ("(toàn tỉnh đạt
        // 24,8% dự toán)" has none left): the unit above when it opens it.
        let opens = d
            .text
            .as_deref()
            .map(|t| super::token::key_of(&t[..crate::text::floor_boundary(t, 24)]))
            .unwrap_or_default();
        let opens_with = |w: &[&str]| w.iter().any(|w| opens.starts_with(w));
        // A clause on the province above, in the article of a unit below it:
        // the clauses after it in the sentence are the province's too
        // ("toàn tỉnh có tốc độ tăng trưởng GRDP ước đạt 8,05%, thu ngân
        // sách đạt 27,8% dự toán").
        // (Not a comparison with it inside the district's clause: "…, trong
        // bối cảnh thu ngân sách toàn tỉnh mới đạt 81% dự toán; …", nor one
        // in parentheses: "(toàn tỉnh thu hút khoảng 1,1 tỷ USD); …".)
        if self.below_province && opens_with(&["toàn tỉnh", "cả tỉnh"]) && !in_parens {
            s.elsewhere = true;
        }
        if s.elsewhere
            || elsewhere_key(&name_key)
            || (self.below_province && opens_with(&["toàn tỉnh", "cả tỉnh"]))
            || (super::context::below_a_district(self.unit)
                && opens_with(&["toàn huyện", "cả huyện"]))
            || (self.below_province
                && (super::name::province_wide(&name_key)
                    || d.name
                        .as_deref()
                        .is_some_and(super::name::of_a_named_province)))
            || (super::context::below_a_city(self.unit)
                && (super::name::city_wide(&name_key)
                    || d.name.as_deref().is_some_and(|n| {
                        super::name::of_a_named_city(n) || super::name::capital_city(n)
                    })))
            || d.name.as_deref().is_some_and(super::name::former_unit)
            || super::context::another_district(
                self.unit,
                self.locality.as_deref(),
                d.name.as_deref(),
            )
            || super::name::baseline(&name_key)
            || (super::context::below_a_district(self.unit)
                && super::name::district_wide(&name_key))
        {
            return;
        }
        self.keep(d, name_key);
    }

    /// Keeps a finished figure unless it repeats one (`name_key`: the key of
    /// its name).
    pub(super) fn keep(&mut self, d: IndicatorReportDraft, name_key: String) {
        if restated(&self.out.indicators, &d, &name_key) {
            return;
        }
        // (A repeat that says more replaces the first even when their keys
        // agree: "còn 28,6%" before "giảm từ 33,1% xuống còn 28,6%".)
        let fresh = self.seen.insert(indicator_key(&d, name_key));
        match repeat_of(&self.out.indicators, &d) {
            Repeat::New if fresh => self.out.indicators.push(d),
            Repeat::New | Repeat::Poorer => {}
            Repeat::Richer(k) => self.out.indicators[k] = d,
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
}
