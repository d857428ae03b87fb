//! Rust failures as the right Python exceptions.
//!
//! Every rule violation and every unreadable value becomes
//! `dangbo.ValidationError` (a `ValueError`) holding the core's issues; file
//! failures become the matching `OSError` subclass naming the file; bytes that
//! are not UTF-8 become `UnicodeDecodeError`.

use std::ffi::CString;
use std::path::Path;

use dangbo::Issue;
use pyo3::exceptions::{
    PyFileExistsError, PyFileNotFoundError, PyIsADirectoryError, PyNotADirectoryError, PyOSError,
    PyPermissionError, PyUnicodeDecodeError,
};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyType};

use crate::classes::PyIssue;

static VALIDATION_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// The class `dangbo.ValidationError` (defined in `dangbo/_errors.py`).
pub(crate) fn validation_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    VALIDATION_ERROR.import(py, "dangbo._errors", "ValidationError")
}

/// A `ValidationError` with a message, the issues and, for JSONL, the line.
pub(crate) fn validation_error(
    py: Python<'_>,
    message: String,
    issues: Vec<Issue>,
    line: Option<usize>,
) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let ty = validation_error_type(py)?;
        let list = PyList::empty(py);
        for issue in issues {
            list.append(Bound::new(py, PyIssue::wrap(issue))?)?;
        }
        Ok(PyErr::from_value(ty.call1((message, list, line))?))
    };
    build().unwrap_or_else(|e| e)
}

/// A core error as `ValidationError`.
pub(crate) fn model_error(py: Python<'_>, err: &dangbo::Error) -> PyErr {
    match err {
        // A JSON value built from Python arguments has no lines: say only where.
        dangbo::Error::Json {
            path,
            line: 0,
            message,
            code,
            ..
        } => issues_error(
            py,
            vec![Issue {
                path: path.clone(),
                code: *code,
                message: message.clone(),
                input: String::new(),
                severity: dangbo::Severity::Error,
            }],
        ),
        dangbo::Error::Invalid(errors) => issues_error(py, errors.issues().to_vec()),
        _ => validation_error(py, err.to_string(), err.issues(), None),
    }
}

/// Issues found while converting Python arguments, as `ValidationError`.
pub(crate) fn issues_error(py: Python<'_>, issues: Vec<Issue>) -> PyErr {
    let n = issues.iter().filter(|i| i.is_error()).count();
    let mut message = format!("{n} validation error{}", if n == 1 { "" } else { "s" });
    for issue in &issues {
        message.push_str("\n  ");
        message.push_str(&issue.to_string());
    }
    validation_error(py, message, issues, None)
}

/// An I/O failure on `path` as the matching `OSError` subclass, with `.filename`.
pub(crate) fn io_error(err: &std::io::Error, path: &Path) -> PyErr {
    use std::io::ErrorKind as K;
    let args = (
        err.raw_os_error().unwrap_or(0),
        err.to_string(),
        path.display().to_string(),
    );
    match err.kind() {
        K::NotFound => PyFileNotFoundError::new_err(args),
        K::PermissionDenied => PyPermissionError::new_err(args),
        K::AlreadyExists => PyFileExistsError::new_err(args),
        K::IsADirectory => PyIsADirectoryError::new_err(args),
        K::NotADirectory => PyNotADirectoryError::new_err(args),
        _ => PyOSError::new_err(args),
    }
}

/// `UnicodeDecodeError` for `bytes[range]`, naming where they came from.
pub(crate) fn decode_range(
    py: Python<'_>,
    bytes: &[u8],
    range: std::ops::Range<usize>,
    origin: &str,
) -> PyErr {
    let reason = CString::new(format!("invalid UTF-8 in {origin}"))
        .unwrap_or_else(|_| CString::from(c"invalid UTF-8"));
    match PyUnicodeDecodeError::new(py, c"utf-8", bytes, range, &reason) {
        Ok(e) => PyErr::from_value(e.into_any()),
        Err(e) => e,
    }
}

/// Bytes that are not UTF-8, as `UnicodeDecodeError` naming where they came from.
pub(crate) fn decode_error(
    py: Python<'_>,
    bytes: &[u8],
    err: std::str::Utf8Error,
    origin: &str,
) -> PyErr {
    let start = err.valid_up_to();
    let end = start + err.error_len().unwrap_or(bytes.len() - start).max(1);
    let end = end.min(bytes.len()).max(start);
    decode_range(py, bytes, start..end, origin)
}
