//! Figures and tallies already kept: a headline, a caption or the chair's
//! speech repeating a figure of the body counts it once.

use dangbo::IndicatorReportDraft;

/// The key that tells a repeated figure; `name_key`: the key of the
/// draft's name.
pub(super) fn indicator_key(d: &IndicatorReportDraft, name_key: String) -> Seen {
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

/// Whether `d` restates a figure kept before (`kept`): a percent of a basis
/// or a bare rate given again in other words, mostly in the chair's speech
/// ("Tổng thu ngân sách … đạt 126,4% dự toán" …, then "Thu ngân sách đạt
/// 126,4% dự toán là đáng ghi nhận"). Same percent, and the later name (less
/// a leading "tỷ lệ" or "chỉ tiêu") is part of the earlier one: "chi ngân
/// sách đạt 105% dự toán" after "thu ngân sách đạt 105% dự toán" stays.
pub(super) fn restated(
    kept: &[IndicatorReportDraft],
    d: &IndicatorReportDraft,
    name_key: &str,
) -> bool {
    let percent = match (d.value, d.unit.as_deref(), d.achievements.as_slice()) {
        (None, _, [a]) if d.change.is_none() => a.percent,
        (Some(v), Some("%"), []) if d.change.is_none() => Some(v),
        _ => None,
    };
    let Some(p) = percent else { return false };
    let short = ["tỷ lệ ", "chỉ tiêu "]
        .iter()
        .fold(name_key, |n, lead| n.strip_prefix(lead).unwrap_or(n));
    if short.split(' ').count() < 2 {
        return false;
    }
    kept.iter().any(|k| {
        let same = k.achievements.iter().any(|a| a.percent == Some(p))
            || (k.value == Some(p) && k.unit.as_deref() == Some("%"));
        same && k
            .name
            .as_deref()
            .is_some_and(|n| super::token::key_of(n).contains(short))
    })
}
