//! The extractor: one text, many texts, many files. The GIL is released while
//! Rust works, and many inputs run on all cores through rayon.

use std::path::PathBuf;

use chrono::NaiveDate;
use dangbo_extract::Options;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use rayon::prelude::*;

use crate::errors::{decode_error, io_error};
use crate::model::PyReport;

fn options(published: Option<NaiveDate>) -> Options {
    Options {
        published,
        ..Options::default()
    }
}

/// Runs `work` on a local pool of `threads` threads, or on rayon's global pool.
pub(crate) fn on_pool<T: Send>(
    threads: Option<usize>,
    work: impl FnOnce() -> T + Send,
) -> Result<T, String> {
    match threads {
        None => Ok(work()),
        Some(0) => Err("threads must be at least 1".to_owned()),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(work))
            .map_err(|e| e.to_string()),
    }
}

/// Reads one article's text into a report.
#[pyfunction]
#[pyo3(signature = (text, published=None))]
pub(crate) fn extract(py: Python<'_>, text: PyBackedStr, published: Option<NaiveDate>) -> PyReport {
    let opts = options(published);
    let report = py.detach(|| dangbo_extract::extract(&text, &opts));
    PyReport::wrap(report)
}

/// Reads many articles' texts, in parallel, without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, threads=None, published=None))]
pub(crate) fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    published: Option<NaiveDate>,
) -> PyResult<Vec<PyReport>> {
    let texts: Vec<PyBackedStr> = texts
        .try_iter()?
        .map(|t| t.and_then(|t| t.extract::<PyBackedStr>().map_err(PyErr::from)))
        .collect::<PyResult<_>>()?;
    let opts = options(published);
    let reports = py
        .detach(|| {
            on_pool(threads, || {
                texts
                    .par_iter()
                    .map(|t| dangbo_extract::extract(t, &opts))
                    .collect::<Vec<_>>()
            })
        })
        .map_err(PyValueError::new_err)?;
    Ok(reports.into_iter().map(PyReport::wrap).collect())
}

enum FileFailure {
    Io(std::io::Error),
    Utf8(Vec<u8>, std::str::Utf8Error),
}

/// Reads many article files (UTF-8), in parallel, without the GIL.
#[pyfunction]
#[pyo3(signature = (paths, threads=None, published=None))]
pub(crate) fn extract_files(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    threads: Option<usize>,
    published: Option<NaiveDate>,
) -> PyResult<Vec<PyReport>> {
    let paths: Vec<PathBuf> = paths
        .try_iter()?
        .map(|p| p.and_then(|p| p.extract::<PathBuf>().map_err(PyErr::from)))
        .collect::<PyResult<_>>()?;
    let opts = options(published);
    let results = py
        .detach(|| {
            on_pool(threads, || {
                paths
                    .par_iter()
                    .map(|path| {
                        let bytes = std::fs::read(path).map_err(FileFailure::Io)?;
                        match std::str::from_utf8(&bytes) {
                            Ok(text) => Ok(dangbo_extract::extract(text, &opts)),
                            Err(e) => Err(FileFailure::Utf8(bytes.clone(), e)),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
        .map_err(PyValueError::new_err)?;
    let mut out = Vec::with_capacity(results.len());
    for (result, path) in results.into_iter().zip(&paths) {
        match result {
            Ok(report) => out.push(PyReport::wrap(report)),
            Err(FileFailure::Io(e)) => return Err(io_error(&e, path)),
            Err(FileFailure::Utf8(bytes, e)) => {
                return Err(decode_error(py, &bytes, e, &path.display().to_string()))
            }
        }
    }
    Ok(out)
}
