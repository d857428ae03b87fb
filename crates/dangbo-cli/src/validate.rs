//! `dangbo validate`: checks report records against the model.
//!
//! A `.jsonl` (or `.ndjson`) file holds one report per line and is read line by
//! line, so memory is bounded by its longest line; any other file holds one
//! report. Every issue is printed on stdout as `FILE:LINE: <severity> at <path>
//! [<code>]: <message>`; a file that cannot be read is one line on stderr.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use dangbo::{Issue, Report};

use crate::inputs::{self, REPORTS};
use crate::{Error, Outcome};

/// What a run found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    files: usize,
    records: usize,
    errors: usize,
    warnings: usize,
    unreadable: usize,
}

/// Runs `dangbo validate`.
pub(crate) fn run(args: &[PathBuf]) -> Result<Outcome, Error> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut counts = Counts::default();
    for file in inputs::expand(args, REPORTS) {
        let result = file.and_then(|path| {
            counts.files += 1;
            if inputs::has_extension(&path, &["jsonl", "ndjson"]) {
                check_lines(&path, &mut out, &mut counts)
            } else {
                check_whole(&path, &mut out, &mut counts)
            }
        });
        match result {
            Ok(()) => {}
            Err(err @ (Error::BrokenPipe | Error::Stdout(_))) => return Err(err),
            Err(err) => {
                counts.unreadable += 1;
                out.flush().map_err(Error::stdout)?;
                eprintln!("dangbo: {err}");
            }
        }
    }
    out.flush().map_err(Error::stdout)?;
    eprintln!("dangbo validate: {}", summary(&counts));
    Ok(Outcome::from_failed(
        counts.errors > 0 || counts.unreadable > 0,
    ))
}

fn summary(c: &Counts) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut text = format!(
        "{} in {}: {}, {}",
        plural(c.records, "record"),
        plural(c.files, "file"),
        plural(c.errors, "error"),
        plural(c.warnings, "warning"),
    );
    if c.unreadable > 0 {
        let _ = write!(text, ", {} unreadable", plural(c.unreadable, "file"));
    }
    text
}

/// A file of one report.
fn check_whole(path: &Path, out: &mut impl Write, counts: &mut Counts) -> Result<(), Error> {
    let text = inputs::read_text(path)?;
    check_record(path, 1, &text, out, counts)
}

/// A file of one report per line; blank lines are skipped.
fn check_lines(path: &Path, out: &mut impl Write, counts: &mut Counts) -> Result<(), Error> {
    let file = File::open(path).map_err(|e| Error::read(path, e))?;
    let mut reader = BufReader::new(file);
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::read(path, e))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        match std::str::from_utf8(&buf) {
            Ok(text) if text.trim().is_empty() => {}
            Ok(text) => check_record(path, line, text, out, counts)?,
            Err(e) => {
                counts.records += 1;
                counts.errors += 1;
                let msg = format!(
                    "{}:{line}: error [json_syntax]: not UTF-8: invalid byte at offset {} of the line",
                    path.display(),
                    e.valid_up_to()
                );
                writeln!(out, "{msg}").map_err(Error::stdout)?;
            }
        }
    }
}

/// One record: every error of a rejected one, every warning of an accepted one.
fn check_record(
    path: &Path,
    line: usize,
    text: &str,
    out: &mut impl Write,
    counts: &mut Counts,
) -> Result<(), Error> {
    counts.records += 1;
    let issues: Vec<(usize, Issue)> = match Report::from_json(text) {
        Ok(report) => report.validate().into_iter().map(|i| (line, i)).collect(),
        Err(err) => {
            // A JSON error knows its own line within the text; a record of a
            // .jsonl file is one line, so its line is the record's.
            let at = match &err {
                dangbo::Error::Json { line: inner, .. } if line == 1 => *inner,
                _ => line,
            };
            err.issues().into_iter().map(|i| (at, i)).collect()
        }
    };
    for (at, issue) in issues {
        if issue.is_error() {
            counts.errors += 1;
        } else {
            counts.warnings += 1;
        }
        writeln!(out, "{}:{at}: {issue}", path.display()).map_err(Error::stdout)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_in_words() {
        let c = Counts {
            files: 1,
            records: 3,
            errors: 2,
            warnings: 1,
            unreadable: 0,
        };
        assert_eq!(summary(&c), "3 records in 1 file: 2 errors, 1 warning");
        let c = Counts { unreadable: 2, ..c };
        assert!(summary(&c).ends_with(", 2 files unreadable"));
    }
}
