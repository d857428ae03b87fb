//! The extractor: one text, many texts, many files. The GIL is released while
//! Rust works, and many inputs run on all cores through rayon.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::NaiveDate;
use dangbo_extract::Options;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use rayon::prelude::*;

use crate::classes::PyReport;
use crate::errors::io_error;

fn options(published: Option<NaiveDate>) -> Options {
    Options { published }
}

/// The pools of [`on_pool`], one per size asked for, kept for the next call.
static POOLS: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());

/// Runs `work` on a pool of `threads` threads (made once per size, then
/// reused), or on rayon's global pool (all cores).
pub(crate) fn on_pool<T: Send>(
    threads: Option<usize>,
    work: impl FnOnce() -> T + Send,
) -> Result<T, String> {
    let n = match threads {
        None => return Ok(work()),
        Some(0) => return Err("threads must be at least 1".to_owned()),
        Some(n) => n,
    };
    let pool = {
        let mut pools = POOLS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, pool)) = pools.iter().find(|(size, _)| *size == n) {
            Arc::clone(pool)
        } else {
            let pool = Arc::new(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| e.to_string())?,
            );
            pools.push((n, Arc::clone(&pool)));
            pool
        }
    };
    Ok(pool.install(work))
}

/// An article as `str`, or as UTF-8 `bytes` (a byte-order mark is skipped).
#[derive(FromPyObject)]
pub(crate) enum Article {
    Text(PyBackedStr),
    Bytes(pyo3::pybacked::PyBackedBytes),
}

/// Reads one article's text into a report.
#[pyfunction]
#[pyo3(signature = (text, published=None))]
pub(crate) fn extract(
    py: Python<'_>,
    text: Article,
    published: Option<NaiveDate>,
) -> PyResult<PyReport> {
    let opts = options(published);
    match text {
        Article::Text(text) => Ok(PyReport::wrap(
            py.detach(|| dangbo_extract::extract(&text, &opts)),
        )),
        Article::Bytes(bytes) => match py.detach(|| extract_one(&bytes, &opts)) {
            Ok(report) => Ok(PyReport::wrap(report)),
            Err(FileFailure::Utf8(bytes, offset)) => {
                Err(decode_failure(py, &bytes, offset, "the article bytes"))
            }
            Err(FileFailure::Io(e)) => Err(e.into()),
        },
    }
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
        .map(|t| t.and_then(|t| t.extract::<PyBackedStr>()))
        .collect::<PyResult<_>>()?;
    let opts = options(published);
    let reports = py
        .detach(|| {
            on_pool(threads, || {
                texts
                    .par_iter()
                    .map(|t| Arc::new(dangbo_extract::extract(t, &opts)))
                    .collect::<Vec<_>>()
            })
        })
        .map_err(PyValueError::new_err)?;
    // Only the Python objects are made with the GIL: the reports are already shared.
    Ok(reports
        .into_iter()
        .map(|inner| PyReport { inner })
        .collect())
}

/// For benchmarks only: extracts each text in a plain Rust loop on one thread,
/// without the GIL, dropping each report (what the extractor's own criterion
/// bench does); the seconds taken. The yardstick of `extract_many`'s overhead.
#[pyfunction(name = "_extract_loop")]
#[pyo3(signature = (texts, published=None))]
pub(crate) fn extract_loop(
    py: Python<'_>,
    texts: Vec<PyBackedStr>,
    published: Option<NaiveDate>,
) -> f64 {
    let opts = options(published);
    py.detach(|| {
        let start = Instant::now();
        for text in &texts {
            std::hint::black_box(dangbo_extract::extract(std::hint::black_box(text), &opts));
        }
        start.elapsed().as_secs_f64()
    })
}

enum FileFailure {
    Io(std::io::Error),
    /// The bytes and the offset of the first one that is not UTF-8.
    Utf8(Vec<u8>, usize),
}

/// `UnicodeDecodeError` for bytes that are not UTF-8 from `offset` on.
fn decode_failure(py: Python<'_>, bytes: &[u8], offset: usize, origin: &str) -> PyErr {
    match std::str::from_utf8(bytes.get(offset..).unwrap_or_default()) {
        Err(e) => {
            let start = offset + e.valid_up_to();
            let len = e.error_len().unwrap_or(bytes.len() - start).max(1);
            crate::errors::decode_range(py, bytes, start..(start + len).min(bytes.len()), origin)
        }
        Ok(_) => {
            crate::errors::decode_range(py, bytes, offset..(offset + 1).min(bytes.len()), origin)
        }
    }
}

fn extract_one(bytes: &[u8], opts: &Options) -> Result<dangbo::Report, FileFailure> {
    dangbo_extract::extract_bytes(bytes, opts).map_err(|e| match e {
        dangbo_extract::Error::InvalidUtf8 { offset } => FileFailure::Utf8(bytes.to_vec(), offset),
        _ => FileFailure::Utf8(bytes.to_vec(), 0),
    })
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
        .map(|p| p.and_then(|p| p.extract::<PathBuf>()))
        .collect::<PyResult<_>>()?;
    let opts = options(published);
    let results = py
        .detach(|| {
            on_pool(threads, || {
                paths
                    .par_iter()
                    .map(|path| {
                        let bytes = std::fs::read(path).map_err(FileFailure::Io)?;
                        extract_one(&bytes, &opts)
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
            Err(FileFailure::Utf8(bytes, offset)) => {
                return Err(decode_failure(
                    py,
                    &bytes,
                    offset,
                    &path.display().to_string(),
                ))
            }
        }
    }
    Ok(out)
}
