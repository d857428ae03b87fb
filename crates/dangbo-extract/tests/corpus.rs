//! The sample articles of the shared corpus and the examples shipped with the
//! project, read in place: every non-figure gold fact, and the same report
//! from an NFD copy.

use std::path::{Path, PathBuf};

use dangbo_extract::{extract, Options};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn corpus() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

fn examples() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples"))
}

/// (stem, article text, gold facts) for every article with gold facts: the
/// shared corpus and the project's examples.
fn articles() -> Vec<(String, String, Value)> {
    let mut out = articles_in(&corpus());
    out.extend(articles_in(&examples()));
    assert!(!out.is_empty(), "no articles with gold facts found");
    out
}

fn articles_in(root: &Path) -> Vec<(String, String, Value)> {
    let Ok(dir) = std::fs::read_dir(root.join("gold")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in dir.filter_map(Result::ok) {
        let path = entry.path();
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(root.join("articles").join(format!("{stem}.txt")))
        else {
            continue;
        };
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        out.push((stem, text, gold));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Case-, accent- and spacing-insensitive form, as the scorer compares.
fn fold(s: &str) -> String {
    let s: String = s
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect();
    s.replace(['đ', 'Đ'], "d")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn nfc_strings(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.nfc().collect()),
        Value::Array(a) => Value::Array(a.iter().map(nfc_strings).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), nfc_strings(v))).collect())
        }
        other => other.clone(),
    }
}

#[test]
fn an_nfd_copy_gives_the_same_report() {
    for (stem, text, _) in articles() {
        let nfc = extract(&text, &Options::default()).to_value();
        let nfd_text: String = text.nfd().collect();
        let nfd = extract(&nfd_text, &Options::default()).to_value();
        assert_eq!(nfc_strings(&nfc), nfc_strings(&nfd), "{stem}");
    }
}

#[test]
fn every_non_figure_gold_fact() {
    let mut misses = Vec::new();
    for (stem, text, gold) in articles() {
        let report = extract(&text, &Options::default()).to_value();
        let check = |misses: &mut Vec<String>, what: String, g: &Value, p: &Value, folded: bool| {
            if g.is_null() {
                return;
            }
            let same = if folded {
                g.as_str().map(fold) == p.as_str().map(fold)
            } else {
                g == p
            };
            if !same {
                misses.push(format!("{stem} {what}: gold {g}, got {p}"));
            }
        };
        for k in ["level", "unit_kind"] {
            check(
                &mut misses,
                format!("committee.{k}"),
                &gold["committee"][k],
                &report["committee"][k],
                false,
            );
        }
        for k in ["locality", "province"] {
            check(
                &mut misses,
                format!("committee.{k}"),
                &gold["committee"][k],
                &report["committee"][k],
                true,
            );
        }
        for k in ["organ", "kind", "ordinal", "expanded", "date"] {
            check(
                &mut misses,
                format!("session.{k}"),
                &gold["session"][k],
                &report["session"][k],
                false,
            );
        }
        check(
            &mut misses,
            "term ordinal".into(),
            &gold["session"]["term_ordinal"],
            &report["session"]["term"]["ordinal"],
            false,
        );
        if let Some(years) = gold["session"]["term_years"].as_array() {
            let got = [
                &report["session"]["term"]["start_year"],
                &report["session"]["term"]["end_year"],
            ];
            check(
                &mut misses,
                "term years".into(),
                &Value::Array(years.clone()),
                &Value::Array(got.into_iter().cloned().collect()),
                false,
            );
        }
        for k in ["review", "plan"] {
            check(
                &mut misses,
                format!("periods.{k}"),
                &gold["periods"][k],
                &report["periods"][k],
                false,
            );
        }
        let people = report["people"].as_array().cloned().unwrap_or_default();
        for g in gold["people"].as_array().cloned().unwrap_or_default() {
            let name = g["name"].as_str().unwrap_or("");
            let Some(p) = people
                .iter()
                .find(|p| p["name"].as_str().map(fold) == Some(fold(name)))
            else {
                misses.push(format!("{stem} person {name}: not found"));
                continue;
            };
            let titles: Vec<String> = p["titles"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str())
                .map(fold)
                .collect();
            for t in g["titles"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str())
            {
                let ft = fold(t);
                if !titles
                    .iter()
                    .any(|x| x.contains(&ft) || ft.contains(x.as_str()))
                {
                    misses.push(format!("{stem} person {name}: title {t} missing"));
                }
            }
            check(
                &mut misses,
                format!("person {name} role"),
                &g["role_in_session"],
                &p["role_in_session"],
                false,
            );
        }
        let extra: Vec<&str> = people
            .iter()
            .filter_map(|p| p["name"].as_str())
            .filter(|n| {
                !gold["people"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|g| g["name"].as_str().map(fold) == Some(fold(n)))
            })
            .collect();
        if !extra.is_empty() {
            misses.push(format!("{stem} extra people {extra:?}"));
        }
    }
    assert!(misses.is_empty(), "{misses:#?}");
}
