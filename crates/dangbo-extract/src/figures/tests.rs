//! Figures from sentences written in the style of real session reports.

use super::*;

fn dump(body: &str) {
    let ctx = Context {
        review: Some(PeriodDraft::Year { year: 2023 }),
        plan: Some(PeriodDraft::Year { year: 2024 }),
        published: None,
    };
    let f = find(body, &ctx);
    println!("=== {body}");
    for d in &f.indicators {
        println!("  I {}", serde_json::to_string(d).unwrap());
    }
    for t in &f.tallies {
        println!("  T {}", serde_json::to_string(t).unwrap());
    }
}

#[test]
fn explore() {
    for s in std::fs::read_to_string("/tmp/fig/s.txt")
        .unwrap_or_default()
        .split("\n\n")
    {
        dump(s);
    }
}

#[test]
fn empty_body_has_no_figures() {
    let f = find("", &Context::default());
    assert!(f.indicators.is_empty() && f.tallies.is_empty());
}
