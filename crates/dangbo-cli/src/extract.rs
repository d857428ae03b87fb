//! `dangbo extract`: articles to reports, in parallel, streaming.
//!
//! Each worker reads one file, extracts it and writes its output before taking
//! the next, so memory is bounded by the largest file times the number of
//! threads (times the small window of [`crate::pipeline`] for ordered output).
//! A file that fails is one line on stderr; the others go on.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use dangbo::Report;
use dangbo_extract::Options;
use rayon::prelude::*;

use crate::inputs::{self, ARTICLES};
use crate::progress::Progress;
use crate::{guard, pipeline, Error, Outcome};

/// The extractor's options for a run.
#[allow(clippy::needless_update)] // Options may gain fields; keep their defaults.
pub(crate) fn options(published: Option<NaiveDate>) -> Options {
    Options {
        published,
        ..Options::default()
    }
}

/// Reads and extracts one article (UTF-8, with or without a byte-order mark).
pub(crate) fn extract_file(path: &Path, options: &Options) -> Result<Report, Error> {
    let bytes = fs::read(path).map_err(|e| Error::read(path, e))?;
    let result = guard::guarded(|| dangbo_extract::extract_bytes(&bytes, options));
    match result {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(dangbo_extract::Error::InvalidUtf8 { offset })) => Err(Error::NotUtf8 {
            path: path.to_owned(),
            offset,
        }),
        Ok(Err(other)) => Err(Error::Extract {
            path: path.to_owned(),
            message: other.to_string(),
        }),
        Err(message) => Err(Error::Extract {
            path: path.to_owned(),
            message,
        }),
    }
}

/// Runs `dangbo extract`.
pub(crate) fn run(
    args: &[PathBuf],
    out: Option<&Path>,
    published: Option<NaiveDate>,
) -> Result<Outcome, Error> {
    let options = options(published);
    let files = inputs::expand(args, ARTICLES);
    match out {
        Some(dir) => to_dir(files, dir, &options),
        None => to_stdout(&files, &options),
    }
}

/// One pretty-printed report per input, as `dir/<stem>.json`, in any order.
fn to_dir(
    files: Vec<Result<PathBuf, Error>>,
    dir: &Path,
    options: &Options,
) -> Result<Outcome, Error> {
    fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let files = refuse_duplicate_stems(files);
    let progress = Progress::new(files.len());
    let failed = AtomicBool::new(false);
    let fail = |err: &Error| {
        failed.store(true, Ordering::Relaxed);
        progress.error(err);
    };
    files.par_iter().for_each(|file| {
        match file {
            Err(err) => fail(err),
            Ok(path) => {
                if let Err(err) = write_one(path, dir, options) {
                    fail(&err);
                }
            }
        }
        progress.inc();
    });
    progress.finish();
    Ok(Outcome::from_failed(failed.into_inner()))
}

/// Extracts one article into `dir/<stem>.json`.
fn write_one(path: &Path, dir: &Path, options: &Options) -> Result<(), Error> {
    let report = extract_file(path, options)?;
    let target = dir.join(format!("{}.json", inputs::stem(path)));
    let mut json =
        serde_json::to_string_pretty(&report).map_err(|e| Error::write(&target, e.into()))?;
    json.push('\n');
    fs::write(&target, json).map_err(|e| Error::write(&target, e))
}

/// Turns every input whose output name an earlier input has into an error.
fn refuse_duplicate_stems(files: Vec<Result<PathBuf, Error>>) -> Vec<Result<PathBuf, Error>> {
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    files
        .into_iter()
        .map(|file| {
            let path = file?;
            let stem = inputs::stem(&path);
            if let Some(first) = seen.get(&stem) {
                return Err(Error::DuplicateStem {
                    path,
                    first: first.clone(),
                });
            }
            seen.insert(stem, path.clone());
            Ok(path)
        })
        .collect()
}

/// One JSON line per input on stdout, in input order.
fn to_stdout(files: &[Result<PathBuf, Error>], options: &Options) -> Result<Outcome, Error> {
    let progress = Progress::new(files.len());
    // The writer runs as a task of the thread pool (see `pipeline`), so it
    // holds the `Stdout` handle (which can move between threads), not a lock.
    let mut stdout = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let mut failed = false;
    let flow = pipeline::ordered(
        files,
        |file| match file {
            Ok(path) => Some(extract_file(path, options).map(|r| r.to_json())),
            Err(_) => None,
        },
        |file, result| {
            progress.inc();
            let line = match (file, result) {
                (Err(err), _) => {
                    failed = true;
                    progress.error(err);
                    return ControlFlow::Continue(());
                }
                (Ok(_), Some(Err(err))) => {
                    failed = true;
                    progress.error(&err);
                    return ControlFlow::Continue(());
                }
                (Ok(_), Some(Ok(line))) => line,
                (Ok(_), None) => return ControlFlow::Continue(()),
            };
            match writeln!(stdout, "{line}") {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => ControlFlow::Break(Error::stdout(e)),
            }
        },
    );
    progress.finish();
    if let ControlFlow::Break(err) = flow {
        return Err(err);
    }
    stdout.flush().map_err(Error::stdout)?;
    Ok(Outcome::from_failed(failed))
}
