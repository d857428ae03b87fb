//! Plan indicators (chỉ tiêu) as reported: "thu ngân sách được trên 35,8 tỷ đồng,
//! đạt 120,4% dự toán tỉnh giao".

use crate::draft::{entity, CheckChild, Rules};
use crate::issue::Issue;
use crate::period::{Period, PeriodDraft};
use crate::{Basis, Category, Direction, Figure, Qualifier, RelativeTo};

entity! {
    /// A percent of a basis: "đạt 120,4% dự toán tỉnh giao".
    pub struct Achievement / AchievementDraft {
        /// The percent (120.4). "vượt 5% kế hoạch" is 105.
        percent: f64 [copy] = required ~ f64,
        /// A qualifier on the percent itself ("đạt hơn 57%").
        qualifier: Qualifier [copy] = ~ Qualifier,
        /// What the percent is of.
        basis: Basis [copy] = required ~ Basis,
        /// The basis as written ("dự toán tỉnh giao").
        basis_text: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for AchievementDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::achievement(self)
    }
}

entity! {
    /// Growth or decline: "tăng 20,18% so với cùng kỳ".
    pub struct Change / ChangeDraft {
        /// The percent change, when given.
        percent: Option<f64> [copy] = ~ Option<f64>,
        /// The absolute change in the indicator's unit, when given.
        amount: Option<f64> [copy] = ~ Option<f64>,
        /// Up or down.
        direction: Direction [copy] = required ~ Direction,
        /// What it is compared with; null when no comparison is stated.
        relative_to: Option<RelativeTo> [copy] = ~ Option<RelativeTo>,
    }
}

impl Rules for ChangeDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::change(self)
    }
}

entity! {
    /// A share of a whole: "chiếm 39,68% sản phẩm toàn tỉnh".
    pub struct Share / ShareDraft {
        /// The percent.
        percent: f64 [copy] = required ~ f64,
        /// The whole, as written.
        of: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for ShareDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::share(self)
    }
}

entity! {
    /// One reported figure of a plan indicator, with the clause it came from.
    ///
    /// `value` and `unit` are null when only a percent is given ("giải ngân đạt
    /// 63% kế hoạch", "GRDP ước tăng 6,51%"); then there is an achievement or a
    /// change.
    pub struct IndicatorReport / IndicatorReportDraft {
        /// The clause as the article writes it.
        text: String [str] = required ~ String,
        /// The indicator's name ("thu ngân sách").
        name: String [str] = required ~ String,
        /// The area it belongs to.
        category: Option<Category> [copy] = ~ Option<Category>,
        /// The unit as written, with its scale word ("tỷ đồng").
        unit: Option<String> [opt_str] = ~ Option<String>,
        /// The value in that unit (35.8).
        value: Option<f64> [copy] = ~ Option<f64>,
        /// trên, hơn → over; khoảng → about; gần → nearly; dưới → under.
        qualifier: Qualifier [copy] = ~ Qualifier,
        /// Actual, estimate or projected.
        figure: Figure [copy] = ~ Figure,
        /// An absolute target in the same unit ("a/b tỷ đồng" gives b).
        target: Option<f64> [copy] = ~ Option<f64>,
        /// Percents of bases, in the order written.
        achievements: Vec<Achievement> [list Achievement] = ~ Vec<AchievementDraft>,
        /// Growth or decline.
        change: Option<Change> [opt Change] = ~ Option<ChangeDraft>,
        /// A share of a whole.
        share: Option<Share> [opt Share] = ~ Option<ShareDraft>,
        /// The period the figure covers, when it differs from the report's.
        period: Option<Period> [opt Period] = ~ Option<PeriodDraft>,
    }
}

impl Rules for IndicatorReportDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.achievements.check_at("achievements", &mut out);
        self.change.check_at("change", &mut out);
        self.share.check_at("share", &mut out);
        self.period.check_at("period", &mut out);
        out.extend(crate::rules::indicator(self));
        out
    }
}

entity! {
    /// A target a resolution sets: "thu ngân sách 40 tỷ đồng".
    pub struct IndicatorTarget / IndicatorTargetDraft {
        /// The indicator's name.
        name: String [str] = required ~ String,
        /// The area it belongs to.
        category: Option<Category> [copy] = ~ Option<Category>,
        /// The unit as written.
        unit: Option<String> [opt_str] = ~ Option<String>,
        /// The target value.
        value: Option<f64> [copy] = ~ Option<f64>,
        /// Which way is better: increase (most) or decrease (poverty rate, accidents).
        direction: Option<Direction> [copy] = ~ Option<Direction>,
    }
}

impl Rules for IndicatorTargetDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::indicator_target(self)
    }
}
