//! The rules of the figures of an indicator: achievements, changes, shares,
//! the reported value and the planned target.

use super::{non_negative, text};
use crate::code::Code;
use crate::error::clip;
use crate::indicator::{
    AchievementDraft, ChangeDraft, IndicatorReportDraft, IndicatorTargetDraft, ShareDraft,
};
use crate::issue::Issue;

pub(crate) fn achievement(d: &AchievementDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative("percent", "achievement percent", p, &mut out);
    }
    text("basis_text", d.basis_text.as_ref(), &mut out);
    out
}

pub(crate) fn change(d: &ChangeDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative(
            "percent",
            "change percent (the direction carries the sign)",
            p,
            &mut out,
        );
    }
    if let Some(a) = d.amount {
        non_negative(
            "amount",
            "change amount (the direction carries the sign)",
            a,
            &mut out,
        );
    }
    out
}

pub(crate) fn share(d: &ShareDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    if let Some(p) = d.percent {
        non_negative("percent", "share percent", p, &mut out);
        if p.is_finite() && p > 100.0 {
            out.push(
                Issue::error(
                    Code::ShareExceedsWhole,
                    format!("share percent {p} is more than the whole (100%)"),
                    p.to_string(),
                )
                .at("percent"),
            );
        }
    }
    text("of", d.of.as_ref(), &mut out);
    out
}

/// A value and its unit: finite, at least 0, with a non-empty unit.
fn value_with_unit(value: Option<f64>, unit: Option<&String>, out: &mut Vec<Issue>) {
    match value {
        Some(v) => {
            non_negative("value", "value", v, out);
            if unit.is_none_or(|u| u.trim().is_empty()) {
                let shown = unit.map_or_else(|| "null".to_owned(), |u| format!("{u:?}"));
                out.push(
                    Issue::error(
                        Code::UnitMissing,
                        format!("value {v} has no unit (unit is {shown})"),
                        v.to_string(),
                    )
                    .at("unit"),
                );
            } else {
                text("unit", unit, out);
            }
        }
        None => text("unit", unit, out),
    }
}

pub(crate) fn indicator(d: &IndicatorReportDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("text", d.text.as_ref(), &mut out);
    text("name", d.name.as_ref(), &mut out);
    value_with_unit(d.value, d.unit.as_ref(), &mut out);
    if d.value.is_none() && d.achievements.is_empty() && d.change.is_none() {
        let name = d.name.as_deref().map_or_else(String::new, clip);
        out.push(Issue::error(
            Code::IndicatorEmpty,
            format!(
                "indicator {name:?} has no value, no achievement and no change; it reports nothing"
            ),
            name,
        ));
    }
    if let Some(t) = d.target {
        non_negative("target", "target", t, &mut out);
    }
    out.extend(crate::findings::indicator(d));
    out
}

pub(crate) fn indicator_target(d: &IndicatorTargetDraft) -> Vec<Issue> {
    let mut out = Vec::new();
    text("name", d.name.as_ref(), &mut out);
    value_with_unit(d.value, d.unit.as_ref(), &mut out);
    out
}
