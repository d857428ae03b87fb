//! # dangbo
//!
//! The command line of the dangbo project: saved Vietnamese news articles about
//! party-committee sessions in, typed and validated reports out.
//!
//! ```text
//! dangbo extract FILE|DIR... [--out DIR | --jsonl] [--published YYYY-MM-DD]
//! dangbo validate FILE.json|FILE.jsonl...
//! dangbo report [FILE|DIR...]
//! dangbo schema
//! ```
//!
//! Exit status: 0 when every input went through, 1 when any failed (each failure
//! is one line on stderr naming its file, and the others still go through), 2 for
//! a usage error.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

mod error;
mod extract;
mod guard;
mod inputs;
mod pipeline;
mod progress;
mod schema;
mod summary;
mod table;
mod validate;

pub(crate) use error::Error;

/// Vietnamese party-committee session reports: extract, validate, summarise.
#[derive(Debug, Parser)]
#[command(name = "dangbo", version, about, long_about = None)]
struct Cli {
    /// What to do.
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Reads articles (files, or the .txt files of directories) into reports.
    ///
    /// Without --out, writes one JSON line per input on stdout, in input order.
    Extract {
        /// Article files, or directories whose .txt files are read (sorted by name).
        #[arg(required = true, value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
        /// Writes one pretty-printed report per input as DIR/STEM.json.
        #[arg(long, value_name = "DIR", conflicts_with = "jsonl")]
        out: Option<PathBuf>,
        /// Writes one report per line on stdout, in input order (the default).
        #[arg(long)]
        jsonl: bool,
        /// The publication date, when known better than the page's own stamp.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        published: Option<NaiveDate>,
    },
    /// Checks report records (a .json file holds one, a .jsonl file one per line).
    ///
    /// Prints every issue with its file, line and path; exit status 1 when any
    /// record has an error (warnings alone do not fail).
    Validate {
        /// Report files (.json, .jsonl), or directories holding them.
        #[arg(required = true, value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
    },
    /// Prints a summary table of sessions, indicators, tallies and findings.
    ///
    /// Reads articles (.txt), reports (.json) and report lines (.jsonl). With no
    /// argument, reads the example articles shipped in examples/articles.
    Report {
        /// Articles or reports, or directories holding them.
        #[arg(value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
    },
    /// Prints the JSON Schema of a report.
    Schema,
}

/// Reads `YYYY-MM-DD`.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("expected a date as YYYY-MM-DD, e.g. 2023-09-15 ({e})"))
}

/// Whether every input of a command went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every input went through.
    Success,
    /// At least one input failed; each failure was reported on stderr.
    SomeFailed,
}

impl Outcome {
    /// `SomeFailed` when `failed` is true.
    pub(crate) fn from_failed(failed: bool) -> Outcome {
        if failed {
            Outcome::SomeFailed
        } else {
            Outcome::Success
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            inputs,
            out,
            jsonl: _,
            published,
        } => extract::run(&inputs, out.as_deref(), published),
        Command::Validate { inputs } => validate::run(&inputs),
        Command::Report { inputs } => summary::run(&inputs),
        Command::Schema => schema::run(),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) | Err(Error::BrokenPipe) => ExitCode::from(1),
        Err(err) => {
            eprintln!("dangbo: {err}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_read_as_iso_and_others_are_refused() {
        assert_eq!(
            parse_date("2023-09-15"),
            Ok(NaiveDate::from_ymd_opt(2023, 9, 15).unwrap())
        );
        assert!(parse_date("15/9/2023").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2023-02-30").is_err());
    }

    #[test]
    fn out_and_jsonl_exclude_each_other() {
        let err = Cli::try_parse_from(["dangbo", "extract", "a.txt", "--out", "o", "--jsonl"])
            .unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
    }
}
