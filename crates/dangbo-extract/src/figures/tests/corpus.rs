//! The sample articles read in place (whole saved pages, furniture and all):
//! exactly the gold figures, nothing else.

use super::*;

fn corpus() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

#[test]
fn sample_articles_give_exactly_their_gold_figures() {
    let dir = corpus().join("gold");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(corpus().join(format!("articles/{stem}.txt"))).unwrap();
        let f = figures_in(&text, &Context::default());
        let want: Vec<(Option<f64>, Option<String>)> = gold["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["value"].as_f64(), g["unit"].as_str().map(str::to_owned)))
            .collect();
        let got: Vec<(Option<f64>, Option<String>)> = f
            .indicators
            .iter()
            .map(|d| (d.value, d.unit.clone()))
            .collect();
        assert_eq!(got, want, "{stem}");
        for (g, d) in gold["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&f.indicators)
        {
            assert_eq!(
                g["qualifier"].as_str(),
                Some(d.qualifier.as_str()),
                "{stem}"
            );
            assert_eq!(g["figure"].as_str(), Some(d.figure.as_str()), "{stem}");
            let bases: Vec<(f64, &str)> = d
                .achievements
                .iter()
                .map(|a| (a.percent.unwrap(), a.basis.unwrap().as_str()))
                .collect();
            let gold_bases: Vec<(f64, &str)> = g["achievements"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| (a["percent"].as_f64().unwrap(), a["basis"].as_str().unwrap()))
                .collect();
            assert_eq!(bases, gold_bases, "{stem}");
        }
        let want: Vec<String> = gold["tallies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{}/{} {} {}",
                    t["count"],
                    t["total"],
                    t["of"].as_str().unwrap(),
                    t["status"].as_str().unwrap()
                )
            })
            .collect();
        let got: Vec<String> = f
            .tallies
            .iter()
            .map(|t| {
                format!(
                    "{}/{} {} {}",
                    t.count.unwrap(),
                    t.total.unwrap(),
                    t.of.as_deref().unwrap(),
                    t.status.unwrap()
                )
            })
            .collect();
        assert_eq!(got, want, "{stem}");
        seen += 1;
    }
    assert!(seen >= 3);
}
