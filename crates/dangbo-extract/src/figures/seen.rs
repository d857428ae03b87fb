//! Figures and tallies already kept: a headline, a caption or the chair's
//! speech repeating a figure of the body counts it once.

use dangbo::{Figure, IndicatorReportDraft, Qualifier};

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

/// What to do with a figure that tells the same amount as one kept before
/// with fewer or more of its attributes — a sapo, a caption or a pull quote
/// giving "Tổng thu ngân sách ước đạt 2.150 tỷ đồng" before the body's
/// "…, đạt 112,6% dự toán Trung ương giao, tăng 9,4% so với năm 2016".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Repeat {
    /// A figure of its own.
    New,
    /// Says less than the kept figure at this index: dropped.
    Poorer,
    /// Says more than the kept figure at this index: takes its place.
    Richer(usize),
}

/// Whether `d` repeats a kept amount (same value and unit, same name for a
/// rate) with compatible attributes: no achievement, change or qualifier
/// that contradicts, and both targets or both results.
pub(super) fn repeat_of(kept: &[IndicatorReportDraft], d: &IndicatorReportDraft) -> Repeat {
    let Some(v) = d.value else { return Repeat::New };
    let target = |x: &IndicatorReportDraft| x.figure == Figure::Projected;
    let score = |x: &IndicatorReportDraft| {
        x.achievements.len()
            + usize::from(x.change.is_some())
            + usize::from(x.figure == Figure::Estimate)
            + usize::from(x.qualifier != Qualifier::Exact)
    };
    // A rate's name, read once and only when a kept amount could match.
    let rate = d.unit.as_deref() == Some("%");
    let own = std::cell::OnceCell::new();
    for (k, old) in kept.iter().enumerate() {
        // (A unit said shorter once: "650.000 lượt" and "650.000 lượt khách".)
        let unit = match (old.unit.as_deref(), d.unit.as_deref()) {
            (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
            (a, b) => a == b,
        };
        let same = old.value == Some(v)
            && unit
            && target(old) == target(d)
            && (!rate || bare(old.name.as_deref()) == *own.get_or_init(|| bare(d.name.as_deref())));
        if !same || !compatible(old, d) {
            continue;
        }
        return if score(d) > score(old) {
            Repeat::Richer(k)
        } else {
            Repeat::Poorer
        };
    }
    Repeat::New
}

/// A name's key without what it says in parentheses: "tốc độ tăng trưởng
/// kinh tế (grdp) của tỉnh" is "tốc độ tăng trưởng kinh tế của tỉnh".
fn bare(name: Option<&str>) -> Option<String> {
    let name = super::token::key_of(name?);
    let mut out = String::with_capacity(name.len());
    let mut depth = 0u32;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Some(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether two statements of one amount agree where both say something.
fn compatible(a: &IndicatorReportDraft, b: &IndicatorReportDraft) -> bool {
    let (few, many) = if a.achievements.len() <= b.achievements.len() {
        (a, b)
    } else {
        (b, a)
    };
    let achievements = few
        .achievements
        .iter()
        .all(|x| many.achievements.iter().any(|y| y.percent == x.percent));
    let change = match (&a.change, &b.change) {
        (Some(x), Some(y)) => x.percent == y.percent && x.amount == y.amount,
        _ => true,
    };
    let qualifier = a.qualifier == b.qualifier
        || a.qualifier == Qualifier::Exact
        || b.qualifier == Qualifier::Exact;
    achievements && change && qualifier
}
