//! Figures from sentences written in the style of real session reports
//! (our own sentences, never copied from the corpus).

use dangbo::{
    Basis, Category, Draft, Figure, IndicatorReportDraft, Qualifier, RelativeTo, TallyDraft,
    TallyStatus,
};

use std::fmt::Write as _;

use super::{find, Context, Figures};
use dangbo::PeriodDraft;

mod changes;
mod corpus;
mod formats;
mod gold;
mod lists;
mod naming;
mod negatives;
mod page;
mod robustness;
mod shapes;
mod speed;
mod tallies;

/// The context of a session reviewing 2023 and planning 2024.
fn year_end() -> Context {
    Context {
        review: Some(PeriodDraft::Year { year: 2023 }),
        plan: Some(PeriodDraft::Year { year: 2024 }),
        published: None,
        below_province: false,
        unit: None,
        locality: None,
    }
}

/// The context of a congress reviewing the term 2015-2020 and opening 2020-2025.
fn congress() -> Context {
    Context {
        review: Some(PeriodDraft::Term {
            start_year: 2015,
            end_year: 2020,
        }),
        plan: Some(PeriodDraft::Term {
            start_year: 2020,
            end_year: 2025,
        }),
        ..year_end()
    }
}

/// Finds the figures of `body` and checks what every caller relies on: each
/// draft builds and quotes the body.
fn figures(body: &str) -> Figures {
    figures_in(body, &year_end())
}

fn figures_in(body: &str, context: &Context) -> Figures {
    let f = find(body, context);
    for d in &f.indicators {
        let text = d.text.as_deref().unwrap_or("");
        assert!(
            !text.is_empty() && body.contains(text),
            "text {text:?} not in body"
        );
        assert!(d.clone().build().is_ok(), "does not build: {d:?}");
        assert!(
            d.name.as_deref().is_some_and(|n| !n.is_empty()),
            "no name: {d:?}"
        );
    }
    for t in &f.tallies {
        let text = t.text.as_deref().unwrap_or("");
        assert!(
            !text.is_empty() && body.contains(text),
            "text {text:?} not in body"
        );
        assert!(t.clone().build().is_ok(), "does not build: {t:?}");
    }
    f
}

/// The only indicator of `body`.
fn one(body: &str) -> IndicatorReportDraft {
    let f = figures(body);
    assert_eq!(f.indicators.len(), 1, "{body}\n{:#?}", f.indicators);
    f.indicators.into_iter().next().unwrap()
}

/// The only tally of `body`.
fn one_tally(body: &str) -> TallyDraft {
    let f = figures(body);
    assert_eq!(f.tallies.len(), 1, "{body}\n{:#?}", f.tallies);
    f.tallies.into_iter().next().unwrap()
}

/// Achievements as (percent, basis).
fn achievements(d: &IndicatorReportDraft) -> Vec<(f64, Basis)> {
    d.achievements
        .iter()
        .map(|a| (a.percent.unwrap(), a.basis.unwrap()))
        .collect()
}

/// A compact, exact description of an indicator: value, unit, qualifier,
/// figure, target, achievements, change, share.
fn describe(d: &IndicatorReportDraft) -> String {
    let mut out = match (d.value, d.unit.as_deref()) {
        (Some(v), Some(u)) => format!("{v} {u}"),
        _ => "-".to_owned(),
    };
    if d.qualifier != Qualifier::Exact {
        let _ = write!(out, " {}", d.qualifier);
    }
    let _ = write!(out, " {}", d.figure);
    if let Some(t) = d.target {
        let _ = write!(out, " target {t}");
    }
    for a in &d.achievements {
        let _ = write!(out, " | {}% {}", a.percent.unwrap(), a.basis.unwrap());
        if a.qualifier != Qualifier::Exact {
            let _ = write!(out, " {}", a.qualifier);
        }
    }
    if let Some(c) = &d.change {
        let _ = write!(out, " | {}", c.direction.unwrap());
        if let Some(p) = c.percent {
            let _ = write!(out, " {p}%");
        }
        if let Some(a) = c.amount {
            let _ = write!(out, " {a}");
        }
        if let Some(r) = c.relative_to {
            let _ = write!(out, " vs {r}");
        }
    }
    if let Some(s) = &d.share {
        let _ = write!(out, " | share {}%", s.percent.unwrap());
    }
    out
}

/// A compact description of a tally.
fn describe_tally(t: &TallyDraft) -> String {
    let mut out = format!(
        "{}/{} {}",
        t.count.unwrap(),
        t.total.map_or("-".to_owned(), |n| n.to_string()),
        t.of.as_deref().unwrap_or("?")
    );
    if let Some(s) = t.status {
        let _ = write!(out, " {s}");
    }
    if let Some(b) = t.basis {
        let _ = write!(out, " {b}");
    }
    out
}

#[test]
fn empty_body_has_no_figures() {
    let f = find("", &Context::default());
    assert!(f.indicators.is_empty() && f.tallies.is_empty());
}

#[test]
fn describe_is_compact() {
    let d = one("Thu ngân sách ước đạt trên 35,8 tỷ đồng, đạt 120,4% dự toán tỉnh giao.");
    assert_eq!(
        describe(&d),
        "35.8 tỷ đồng over estimate | 120.4% assigned_estimate"
    );
    assert_eq!(d.category, Some(Category::Budget));
    assert_eq!(d.figure, Figure::Estimate);
    assert_eq!(achievements(&d), vec![(120.4, Basis::AssignedEstimate)]);
    let _ = (RelativeTo::Other, TallyStatus::Met);
    let t = one_tally("Có 6/20 chỉ tiêu hoàn thành và vượt kế hoạch.");
    assert_eq!(describe_tally(&t), "6/20 chỉ tiêu met_or_exceeded plan");
}

/// A tool, not a test: prints the figures of the paragraphs (blank-line
/// separated) of the file `$FIGURES_EXPLORE`.
/// `FIGURES_EXPLORE=path cargo test -p dangbo-extract --lib explore -- --ignored --nocapture`
#[test]
#[ignore = "a tool for reading figures out of a file"]
fn explore() {
    let Ok(path) = std::env::var("FIGURES_EXPLORE") else {
        return;
    };
    for body in std::fs::read_to_string(path)
        .unwrap_or_default()
        .split("\n\n")
    {
        let f = find(body, &year_end());
        println!("=== {body}");
        for d in &f.indicators {
            println!(
                "  I {} | {} | {:?} | {:?}",
                describe(d),
                d.name.as_deref().unwrap_or(""),
                d.category,
                d.text.as_deref().unwrap_or("")
            );
        }
        for t in &f.tallies {
            println!(
                "  T {} | {:?}",
                describe_tally(t),
                t.text.as_deref().unwrap_or("")
            );
        }
    }
}
