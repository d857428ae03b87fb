//! Consistency findings: warnings about reported figures that disagree with
//! each other. A finding never rejects a value and never changes it; the crate
//! documentation (section "Findings") states each rule exactly.
//!
//! "Beyond the rounding of the printed digits": a number printed with `d`
//! decimals stands for any value within half a unit of its last decimal
//! (`35,8` is 35.75..=35.85). The printed digits are those of the number's
//! shortest decimal form, so trailing zeros the article printed ("120,40%") are
//! not seen and the tolerance is then wider, never narrower. A qualifier widens
//! the interval: `over` ("trên 35,8") reaches one and a half units up,
//! `nearly` ("gần 36") as far down; `about` and `under` are too loose to compare and are skipped.

use chrono::NaiveDate;

use crate::code::Code;
use crate::indicator::{AchievementDraft, IndicatorReportDraft};
use crate::issue::{Issue, Segment};
use crate::period::PeriodDraft;
use crate::report::ReportDraft;
use crate::tally::TallyDraft;
use crate::{Figure, Qualifier, TallyStatus};

/// Half a unit of the last printed decimal of `x`: 0.5 for 187, 0.005 for 103.89.
pub(crate) fn half_unit(x: f64) -> f64 {
    let printed = x.abs().to_string();
    let decimals = printed.split_once('.').map_or(0, |(_, frac)| frac.len());
    0.5 * 10f64.powi(-(decimals.min(300) as i32))
}

/// The interval a printed number with its qualifier stands for; `None` when the
/// number is not finite or the qualifier is too loose to compare.
pub(crate) fn bounds(x: f64, qualifier: Qualifier) -> Option<(f64, f64)> {
    if !x.is_finite() {
        return None;
    }
    let h = half_unit(x);
    match qualifier {
        Qualifier::Exact => Some((x - h, x + h)),
        Qualifier::Over => Some((x - h, x + 3.0 * h)),
        Qualifier::Nearly => Some((x - 3.0 * h, x + h)),
        Qualifier::About | Qualifier::Under => None,
    }
}

/// Whether two intervals share a point, with a little room for float noise.
fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    let eps = 1e-9 * a.1.abs().max(b.1.abs()).max(1.0);
    a.0 <= b.1 + eps && b.0 <= a.1 + eps
}

/// The percent `value / target * 100` may stand for, given the printed digits.
fn implied_percent(value: f64, qualifier: Qualifier, target: f64) -> Option<(f64, f64)> {
    let (v0, v1) = bounds(value, qualifier)?;
    let (t0, t1) = bounds(target, Qualifier::Exact)?;
    if t0 <= 0.0 {
        return None;
    }
    let lo = v0.max(0.0) / t1 * 100.0;
    let hi = v1 / t0 * 100.0;
    (lo.is_finite() && hi.is_finite()).then_some((lo, hi))
}

/// The key that says two achievements are of the same basis: the basis and its
/// words as written (case and surrounding space aside).
fn basis_key(a: &AchievementDraft) -> (Option<crate::Basis>, Option<String>) {
    (
        a.basis,
        a.basis_text
            .as_deref()
            .map(|t| crate::normalize(t.trim()).to_lowercase()),
    )
}

/// An achievement's index, percent and the interval it stands for.
type Stated = (usize, f64, Option<(f64, f64)>);

/// Findings of one indicator: `percent_mismatch` and `status_contradiction`.
pub(crate) fn indicator(d: &IndicatorReportDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let (Some(value), Some(target)) = (d.value, d.target) {
        if let Some(implied) = implied_percent(value, d.qualifier, target) {
            let stated: Vec<Stated> = d
                .achievements
                .iter()
                .enumerate()
                .filter_map(|(i, a)| a.percent.map(|p| (i, p, bounds(p, a.qualifier))))
                .collect();
            let comparable = stated.iter().all(|(_, _, b)| b.is_some());
            let agrees = stated
                .iter()
                .any(|(_, _, b)| b.is_some_and(|b| overlap(b, implied)));
            if comparable && !stated.is_empty() && !agrees {
                let exact = value / target * 100.0;
                if let [(i, p, _)] = stated.as_slice() {
                    out.push(
                        Issue::warning(
                            Code::PercentMismatch,
                            format!(
                                "achievement {p}% disagrees with value {value} and target {target} ({value} / {target} = {exact:.2}%), beyond the rounding of the printed digits"
                            ),
                            p.to_string(),
                        )
                        .at("percent")
                        .with_outer(Segment::Index(*i))
                        .at("achievements"),
                    );
                } else {
                    let listed: Vec<String> =
                        stated.iter().map(|(_, p, _)| format!("{p}%")).collect();
                    out.push(
                        Issue::warning(
                            Code::PercentMismatch,
                            format!(
                                "no achievement ({}) agrees with value {value} and target {target} ({value} / {target} = {exact:.2}%), beyond the rounding of the printed digits",
                                listed.join(", ")
                            ),
                            target.to_string(),
                        )
                        .at("target"),
                    );
                }
            }
        }
    }
    // The first achievement has no earlier one to disagree with.
    for (j, later) in d.achievements.iter().enumerate().skip(1) {
        let Some(b) = later.percent.and_then(|p| bounds(p, later.qualifier)) else {
            continue;
        };
        // The basis keys (normalized, lower-cased text) are made only for an
        // earlier achievement whose interval disagrees: most have none.
        let mut key = None;
        let earlier = d.achievements[..j].iter().find(|a| {
            a.percent
                .and_then(|p| bounds(p, a.qualifier))
                .is_some_and(|e| !overlap(e, b))
                && basis_key(a) == *key.get_or_insert_with(|| basis_key(later))
        });
        if let Some(first) = earlier {
            let basis = later.basis.map_or("?", crate::Basis::as_str);
            let p = later.percent.unwrap_or_default();
            out.push(
                Issue::warning(
                    Code::StatusContradiction,
                    format!(
                        "achievement {p}% of basis `{basis}` disagrees with the earlier {}% of the same basis, beyond the rounding of the printed digits",
                        first.percent.unwrap_or_default()
                    ),
                    p.to_string(),
                )
                .at("percent")
                .with_outer(Segment::Index(j))
                .at("achievements"),
            );
        }
    }
    out
}

/// Whether a status says the counted items are met.
fn says_met(status: TallyStatus) -> bool {
    matches!(
        status,
        TallyStatus::Met
            | TallyStatus::MetOrExceeded
            | TallyStatus::Exceeded
            | TallyStatus::Completed
    )
}

/// What a clause's own words say: (some negated status word, some status word
/// not negated).
fn clause_says(text: &str) -> (bool, bool) {
    const NEGATED: &[&str] = &[
        "không đạt",
        "chưa đạt",
        "không hoàn thành",
        "chưa hoàn thành",
        "không vượt",
        "chưa vượt",
    ];
    const POSITIVE: &[&str] = &["đạt", "vượt", "hoàn thành"];
    let mut t = crate::normalize(text).to_lowercase();
    let mut negated = false;
    for n in NEGATED {
        if t.contains(n) {
            negated = true;
            t = t.replace(n, " ");
        }
    }
    let positive = POSITIVE.iter().any(|p| t.contains(p));
    (negated, positive)
}

/// Findings of one tally: its status against its own words.
pub(crate) fn tally(d: &TallyDraft) -> Vec<Issue> {
    let (Some(status), Some(text)) = (d.status, d.text.as_deref()) else {
        return Vec::new();
    };
    let (negated, positive) = clause_says(text);
    let contradiction = if says_met(status) {
        negated && !positive
    } else if status == TallyStatus::NotMet {
        positive && !negated
    } else {
        false
    };
    if contradiction {
        let words = if negated {
            "says they are not met"
        } else {
            "says they are met and has no negation"
        };
        vec![Issue::warning(
            Code::TallyStatusContradiction,
            format!(
                "tally status `{status}` contradicts its own words, which {words}: {:?}",
                crate::error::clip(text)
            ),
            status.as_str(),
        )
        .at("status")]
    } else {
        Vec::new()
    }
}

/// The last day of a month, when the year and month exist.
fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    if month == 12 {
        NaiveDate::from_ymd_opt(year, 12, 31)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()
    }
}

/// The last day of a period, for findings; `None` for a mid-term or other
/// period, or one whose parts do not make a date.
///
/// This is stricter than `Period::end`, which gives a mid-term the end of its
/// term and an `other` period with a year the year's end: a mid-term review's
/// actual figures cover only the term's first half, and "tháng 10 năm 2023"
/// ends long before the year does, so either would make false findings. It
/// also reads drafts, whose periods may not have been checked yet.
pub(crate) fn period_end(p: &PeriodDraft) -> Option<NaiveDate> {
    match *p {
        PeriodDraft::Year { year } | PeriodDraft::YearRemainder { year, .. } => month_end(year, 12),
        PeriodDraft::YearToDate { year, months } if (1..=12).contains(&months) => {
            month_end(year, months)
        }
        PeriodDraft::Quarter { year, quarter } if (1..=4).contains(&quarter) => {
            month_end(year, quarter * 3)
        }
        PeriodDraft::Term { end_year, .. } | PeriodDraft::Stage { end_year, .. } => {
            month_end(end_year, 12)
        }
        _ => None,
    }
}

/// Whether a period is whole: a year, a term or a stage, at whose end a
/// target is either met or not.
fn is_whole(p: &PeriodDraft) -> bool {
    matches!(
        p,
        PeriodDraft::Year { .. } | PeriodDraft::Term { .. } | PeriodDraft::Stage { .. }
    )
}

/// Findings across a report: `period_after_publication` and tallies of every
/// target against the indicators of their basis.
pub(crate) fn report(d: &ReportDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    let review = d.periods.review.as_ref();
    if let Some(published) = d.source.published {
        for (i, ind) in d.indicators.iter().enumerate() {
            if ind.figure != Figure::Actual {
                continue;
            }
            let (period, whose) = match (&ind.period, review) {
                (Some(p), _) => (p, "its period"),
                (None, Some(p)) => (p, "the report's review period"),
                (None, None) => continue,
            };
            if let Some(end) = period_end(period).filter(|end| *end > published) {
                out.push(
                    Issue::warning(
                        Code::PeriodAfterPublication,
                        format!(
                            "actual figure for {whose}, which ends {end}, after the report was published on {published}"
                        ),
                        end.to_string(),
                    )
                    .at("figure")
                    .with_outer(Segment::Index(i))
                    .at("indicators"),
                );
            }
        }
    }
    for (i, t) in d.tallies.iter().enumerate() {
        out.extend(
            tally_against_indicators(d, t, review)
                .map(|issue| issue.with_outer(Segment::Index(i)).at("tallies")),
        );
    }
    out
}

/// A tally of every target ("18/18 chỉ tiêu đạt và vượt Nghị quyết") against an
/// indicator of the same basis, for a whole period, whose percent says the
/// opposite.
fn tally_against_indicators(
    d: &ReportDraft,
    t: &TallyDraft,
    review: Option<&PeriodDraft>,
) -> Option<Issue> {
    let (Some(status), Some(basis), Some(count), Some(total)) =
        (t.status, t.basis, t.count, t.total)
    else {
        return None;
    };
    let of_targets =
        t.of.as_deref()
            .is_some_and(|of| crate::normalize(of).to_lowercase().contains("chỉ tiêu"));
    if count != total || !of_targets || !(says_met(status) || status == TallyStatus::NotMet) {
        return None;
    }
    for (i, ind) in d.indicators.iter().enumerate() {
        if ind.figure == Figure::Projected || !ind.period.as_ref().or(review).is_some_and(is_whole)
        {
            continue;
        }
        for a in ind.achievements.iter().filter(|a| a.basis == Some(basis)) {
            let (Some(p), Some((lo, hi))) =
                (a.percent, a.percent.and_then(|p| bounds(p, a.qualifier)))
            else {
                continue;
            };
            let opposite = if says_met(status) {
                hi < 100.0
            } else {
                lo >= 100.0
            };
            if opposite {
                let name = ind
                    .name
                    .as_deref()
                    .map_or_else(String::new, crate::error::clip);
                return Some(
                    Issue::warning(
                        Code::TallyStatusContradiction,
                        format!(
                            "tally {count}/{total} with status `{status}` against `{basis}` contradicts indicators[{i}] {name:?} at {p}% of the same basis"
                        ),
                        status.as_str(),
                    )
                    .at("status"),
                );
            }
        }
    }
    None
}
