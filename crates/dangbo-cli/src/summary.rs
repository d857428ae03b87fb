//! `dangbo report`: a readable summary of sessions, indicators, tallies and
//! findings, from articles (extracted on the fly) or from saved reports.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use dangbo::{IndicatorReport, Period, PeriodDraft, Qualifier, Report};

use crate::extract::{extract_file, options};
use crate::inputs::{self, ANY};
use crate::progress::Progress;
use crate::table::Table;
use crate::{pipeline, Error, Outcome};

/// Where the example articles live, relative to a workspace root.
const EXAMPLES: &str = "examples/articles";

/// Runs `dangbo report`.
pub(crate) fn run(args: &[PathBuf]) -> Result<Outcome, Error> {
    let args = if args.is_empty() {
        vec![find_examples()?]
    } else {
        args.to_vec()
    };
    let files = inputs::expand(&args, ANY);
    let progress = Progress::new(files.len());
    let mut tables = Tables::new();
    let mut failed = false;
    let opts = options(None);
    let _ = pipeline::ordered(
        &files,
        |file| match file {
            Ok(path) => load(path, &opts),
            Err(_) => Vec::new(),
        },
        |file, loaded| {
            progress.inc();
            if let Err(err) = file {
                failed = true;
                progress.error(err);
            }
            for item in loaded {
                match item {
                    Ok((label, report)) => tables.add(&label, &report),
                    Err(err) => {
                        failed = true;
                        progress.error(&err);
                    }
                }
            }
            ControlFlow::<()>::Continue(())
        },
    );
    progress.finish();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    tables.render(&mut out).map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)?;
    Ok(Outcome::from_failed(failed))
}

/// The example articles: under the current directory or one of its parents,
/// else beside the binary's workspace, else where the crate was built from.
fn find_examples() -> Result<PathBuf, Error> {
    if Path::new(EXAMPLES).is_dir() {
        return Ok(PathBuf::from(EXAMPLES));
    }
    let mut roots: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        roots.extend(cwd.ancestors().map(Path::to_path_buf));
    }
    if let Ok(exe) = std::env::current_exe() {
        roots.extend(exe.ancestors().skip(1).map(Path::to_path_buf));
    }
    roots.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."));
    roots
        .iter()
        .map(|root| root.join(EXAMPLES))
        .find(|dir| dir.is_dir())
        .ok_or_else(|| Error::NoExamples {
            looked: format!(
                "{EXAMPLES} under the current directory, the binary's directories and {}",
                env!("CARGO_MANIFEST_DIR")
            ),
        })
}

/// The reports of one file, each with a label: an article gives one, a report
/// file one, a `.jsonl` file one per line.
fn load(path: &Path, opts: &dangbo_extract::Options) -> Vec<Result<(String, Report), Error>> {
    let stem = inputs::stem(path);
    if inputs::has_extension(path, &["jsonl", "ndjson"]) {
        return match inputs::read_text(path) {
            Err(err) => vec![Err(err)],
            Ok(text) => text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, l)| {
                    Report::from_json(l)
                        .map(|r| (format!("{stem}:{}", i + 1), r))
                        .map_err(|e| Error::report(path, i + 1, &e))
                })
                .collect(),
        };
    }
    let report = if inputs::has_extension(path, &["json"]) {
        inputs::read_text(path)
            .and_then(|text| Report::from_json(&text).map_err(|e| Error::report(path, 1, &e)))
    } else {
        extract_file(path, opts)
    };
    vec![report.map(|r| (stem, r))]
}

/// The four tables and the totals.
struct Tables {
    reports: usize,
    sessions: Table,
    indicators: Table,
    tallies: Table,
    findings: Table,
}

impl Tables {
    fn new() -> Tables {
        Tables {
            reports: 0,
            sessions: Table::new(
                "Sessions",
                &[
                    "file",
                    "committee",
                    "unit",
                    "organ",
                    "kind",
                    "no.",
                    "term",
                    "date",
                    "review",
                    "plan",
                ],
            ),
            indicators: Table::new(
                "Indicators",
                &[
                    "file",
                    "indicator",
                    "value",
                    "figure",
                    "achievements (percent basis)",
                    "change",
                ],
            ),
            tallies: Table::new("Tallies", &["file", "count", "of", "status", "basis"]),
            findings: Table::new("Findings", &["file", "path", "code", "message"]),
        }
    }

    fn add(&mut self, label: &str, report: &Report) {
        self.reports += 1;
        let file = label.to_owned();
        let committee = report.committee();
        let session = report.session();
        let term = session.and_then(|s| s.term()).map(|t| {
            let mut parts = Vec::new();
            if let Some(n) = t.ordinal() {
                parts.push(format!("khóa {n}"));
            }
            if let (Some(a), Some(b)) = (t.start_year(), t.end_year()) {
                parts.push(format!("{a}-{b}"));
            }
            parts.join(", ")
        });
        self.sessions.push(vec![
            file.clone(),
            committee.map_or_else(String::new, |c| c.text().to_owned()),
            committee
                .and_then(dangbo::CommitteeRef::unit_kind)
                .map_or_else(String::new, |u| u.to_string()),
            session.map_or_else(String::new, |s| s.organ().to_string()),
            session.map_or_else(String::new, |s| {
                let mut kind = s.kind().to_string();
                if s.expanded() {
                    kind.push_str(" (mở rộng)");
                }
                kind
            }),
            session
                .and_then(dangbo::Session::ordinal)
                .map_or_else(String::new, |n| n.to_string()),
            term.unwrap_or_default(),
            session
                .and_then(dangbo::Session::date)
                .map_or_else(String::new, |d| d.to_string()),
            report.periods().review().map_or_else(String::new, period),
            report.periods().plan().map_or_else(String::new, period),
        ]);
        for ind in report.indicators() {
            self.indicators.push(vec![
                file.clone(),
                ind.name().to_owned(),
                value(ind),
                ind.figure().to_string(),
                achievements(ind),
                change(ind),
            ]);
        }
        for t in report.tallies() {
            self.tallies.push(vec![
                file.clone(),
                t.total()
                    .map_or_else(|| t.count().to_string(), |n| format!("{}/{n}", t.count())),
                t.of().unwrap_or_default().to_owned(),
                t.status().map_or_else(String::new, |s| s.to_string()),
                t.basis().map_or_else(String::new, |b| b.to_string()),
            ]);
        }
        for f in report.findings() {
            self.findings.push(vec![
                file.clone(),
                f.path.to_string(),
                f.code.to_string(),
                f.message.clone(),
            ]);
        }
    }

    fn render(&self, out: &mut impl Write) -> io::Result<()> {
        self.sessions.render(out)?;
        self.indicators.render(out)?;
        self.tallies.render(out)?;
        self.findings.render(out)?;
        writeln!(
            out,
            "{} reports: {} sessions, {} indicators, {} tallies, {} findings",
            self.reports,
            self.sessions.len(),
            self.indicators.len(),
            self.tallies.len(),
            self.findings.len()
        )
    }
}

/// A number as printed in the tables: no trailing zeros.
fn number(x: f64) -> String {
    let text = format!("{x:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_owned()
}

fn qualifier_word(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Over => "over ",
        Qualifier::About => "about ",
        Qualifier::Under => "under ",
        Qualifier::Nearly => "nearly ",
    }
}

fn value(ind: &IndicatorReport) -> String {
    let Some(v) = ind.value() else {
        return String::new();
    };
    let mut text = format!("{}{}", qualifier_word(ind.qualifier()), number(v));
    if let Some(target) = ind.target() {
        let _ = write!(text, "/{}", number(target));
    }
    if let Some(unit) = ind.unit() {
        if unit != "%" {
            text.push(' ');
        }
        text.push_str(unit);
    }
    text
}

fn achievements(ind: &IndicatorReport) -> String {
    ind.achievements()
        .iter()
        .map(|a| {
            format!(
                "{}{}% {}",
                qualifier_word(a.qualifier()),
                number(a.percent()),
                a.basis()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn change(ind: &IndicatorReport) -> String {
    let Some(c) = ind.change() else {
        return String::new();
    };
    let sign = match c.direction() {
        dangbo::Direction::Increase => "+",
        dangbo::Direction::Decrease => "-",
    };
    let mut text = match c.percent() {
        Some(p) => format!("{sign}{}%", number(p)),
        None => c.direction().to_string(),
    };
    if let Some(rel) = c.relative_to() {
        let _ = write!(text, " vs {rel}");
    }
    text
}

/// A period in a few words.
fn period(p: &Period) -> String {
    match p.to_draft() {
        PeriodDraft::Year { year } => year.to_string(),
        PeriodDraft::YearToDate { year, months } => format!("first {months}m {year}"),
        PeriodDraft::YearRemainder { year, months } => format!("last {months}m {year}"),
        PeriodDraft::Quarter { year, quarter } => format!("Q{quarter} {year}"),
        PeriodDraft::Term {
            start_year,
            end_year,
        } => format!("term {start_year}-{end_year}"),
        PeriodDraft::MidTerm {
            start_year,
            end_year,
        } => format!("mid-term {start_year}-{end_year}"),
        PeriodDraft::Stage {
            start_year,
            end_year,
        } => format!("{start_year}-{end_year}"),
        PeriodDraft::Other { text, .. } => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_without_trailing_zeros() {
        assert_eq!(number(35.8), "35.8");
        assert_eq!(number(18_900.0), "18900");
        assert_eq!(number(0.125), "0.125");
    }

    #[test]
    fn periods_print_in_a_few_words() {
        assert_eq!(
            period(&Period::year_to_date(2023, 9).unwrap()),
            "first 9m 2023"
        );
        assert_eq!(period(&Period::quarter(2024, 2).unwrap()), "Q2 2024");
        assert_eq!(period(&Period::term(2020, 2025).unwrap()), "term 2020-2025");
    }

    #[test]
    fn a_report_file_gives_a_row_in_each_table_it_fills() {
        let json = r#"{
            "source": {"title": "t", "published": null, "url": null},
            "committee": {"text": "Huyện ủy Bắc Sơn", "level": "district", "unit_kind": "district",
                          "locality": "Bắc Sơn", "province": null, "id": null},
            "session": {"organ": "executive_committee", "kind": "plenary", "ordinal": 17,
                        "term": {"ordinal": 22, "start_year": null, "end_year": null},
                        "expanded": true, "extraordinary": false, "date": null, "end_date": null,
                        "date_text": null},
            "periods": {"review": null, "plan": null},
            "people": [],
            "indicators": [{"text": "thu ngân sách được trên 35,8 tỷ đồng, đạt 120,4% dự toán tỉnh giao",
                            "name": "thu ngân sách", "category": "budget", "unit": "tỷ đồng",
                            "value": 35.8, "qualifier": "over", "figure": "actual", "target": null,
                            "achievements": [{"percent": 120.4, "qualifier": "exact",
                                              "basis": "assigned_estimate", "basis_text": null}],
                            "change": null, "share": null, "period": null}],
            "tallies": [{"text": "6/20 chỉ tiêu", "count": 6, "total": 20, "of": "chỉ tiêu",
                         "status": "met_or_exceeded", "basis": "plan"}],
            "resolutions": [],
            "findings": []
        }"#;
        let report = Report::from_json(json).unwrap();
        let mut tables = Tables::new();
        tables.add("bac_son", &report);
        let mut out = Vec::new();
        tables.render(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("plenary (mở rộng)"), "{text}");
        assert!(text.contains("khóa 22"), "{text}");
        assert!(text.contains("over 35.8 tỷ đồng"), "{text}");
        assert!(text.contains("120.4% assigned_estimate"), "{text}");
        assert!(text.contains("6/20"), "{text}");
        assert!(text.ends_with("1 reports: 1 sessions, 1 indicators, 1 tallies, 0 findings\n"));
    }
}
