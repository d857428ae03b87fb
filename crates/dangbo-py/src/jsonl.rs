//! Reports as JSON Lines: one report per line, read in a stream and checked,
//! errors naming the line.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use dangbo::Report;
use pyo3::prelude::*;
use rayon::prelude::*;

use crate::classes::PyReport;
use crate::errors::{decode_error, io_error, validation_error};

/// Lines parsed together on all cores; the file is read one batch at a time.
const BATCH: usize = 2048;

enum LoadFailure {
    Io(std::io::Error),
    Utf8 {
        line: usize,
        bytes: Vec<u8>,
        err: std::str::Utf8Error,
    },
    Model {
        line: usize,
        err: dangbo::Error,
    },
}

fn parse_batch(
    batch: &mut Vec<(usize, Vec<u8>)>,
    out: &mut Vec<Report>,
) -> Result<(), LoadFailure> {
    let parsed: Vec<Result<Option<Report>, LoadFailure>> = batch
        .par_iter()
        .map(|(line, bytes)| {
            let text = std::str::from_utf8(bytes).map_err(|err| LoadFailure::Utf8 {
                line: *line,
                bytes: bytes.clone(),
                err,
            })?;
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            Report::from_json(text)
                .map(Some)
                .map_err(|err| LoadFailure::Model { line: *line, err })
        })
        .collect();
    batch.clear();
    for item in parsed {
        if let Some(report) = item? {
            out.push(report);
        }
    }
    Ok(())
}

fn load(path: &Path) -> Result<Vec<Report>, LoadFailure> {
    let file = File::open(path).map_err(LoadFailure::Io)?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut out = Vec::new();
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
    let mut line_no = 0;
    loop {
        let mut buf = Vec::new();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(LoadFailure::Io)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        batch.push((line_no, buf));
        if batch.len() == BATCH {
            parse_batch(&mut batch, &mut out)?;
        }
    }
    parse_batch(&mut batch, &mut out)?;
    Ok(out)
}

/// Reads a JSON Lines file of reports, checking each; blank lines are skipped.
#[pyfunction]
pub(crate) fn load_jsonl(py: Python<'_>, path: PathBuf) -> PyResult<Vec<PyReport>> {
    match py.detach(|| load(&path)) {
        Ok(reports) => Ok(reports.into_iter().map(PyReport::wrap).collect()),
        Err(LoadFailure::Io(e)) => Err(io_error(&e, &path)),
        Err(LoadFailure::Utf8 { line, bytes, err }) => Err(decode_error(
            py,
            &bytes,
            err,
            &format!("{}, line {line}", path.display()),
        )),
        Err(LoadFailure::Model { line, err }) => Err(validation_error(
            py,
            format!("{}, line {line}: {err}", path.display()),
            err.issues(),
            Some(line),
        )),
    }
}

fn dump(reports: &[Arc<Report>], path: &Path) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    for report in reports {
        out.write_all(report.to_json().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Writes reports to a JSON Lines file, one report per line.
#[pyfunction]
pub(crate) fn dump_jsonl(
    py: Python<'_>,
    reports: &Bound<'_, PyAny>,
    path: PathBuf,
) -> PyResult<()> {
    let reports = crate::table::collect_reports(reports)?;
    py.detach(|| dump(&reports, &path))
        .map_err(|e| io_error(&e, &path))
}
