//! The Python extension module `dangbo._dangbo`: a thin translation layer over
//! the `dangbo` and `dangbo-extract` crates. Each function converts its
//! arguments, calls Rust and maps the error; the domain lives in the crates.

#![deny(missing_docs)]
// pyo3 hands each function its arguments converted and owned.
#![allow(clippy::needless_pass_by_value)]

use pyo3::prelude::*;

mod classes;
mod convert;
mod errors;
mod extract;
mod jsonl;
mod model;
mod registry;
mod table;

use errors::model_error;

/// NFC plus one tone-mark placement: "Thành uỷ" -> "Thành ủy".
#[pyfunction]
fn normalize(text: String) -> String {
    dangbo::normalize(&text).into_owned()
}

/// A number written the Vietnamese way: "101.761" -> 101761.0, "99,4" -> 99.4.
#[pyfunction]
fn parse_number(py: Python<'_>, text: String) -> PyResult<f64> {
    dangbo::parse_number(&text).map_err(|e| model_error(py, &e))
}

/// A quantity as written: "trên 35,8 tỷ đồng" -> Quantity(value=35.8, unit="tỷ đồng", qualifier="over").
#[pyfunction]
fn parse_quantity(py: Python<'_>, text: String) -> PyResult<classes::PyQuantity> {
    text.parse::<dangbo::Quantity>()
        .map(classes::PyQuantity::wrap)
        .map_err(|e| model_error(py, &e))
}

/// A canonical Roman numeral, 1..=3999: "XVII" -> 17.
#[pyfunction]
fn parse_roman(py: Python<'_>, text: String) -> PyResult<u32> {
    text.parse::<dangbo::RomanOrdinal>()
        .map(dangbo::RomanOrdinal::get)
        .map_err(|e| model_error(py, &e))
}

/// Typed, validated records of Vietnamese party-committee sessions.
#[pymodule]
fn _dangbo(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    classes::register(m)?;
    m.add_class::<table::PyTable>()?;
    registry::register(m)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(parse_quantity, m)?)?;
    m.add_function(wrap_pyfunction!(parse_roman, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract_files, m)?)?;
    m.add_function(wrap_pyfunction!(extract::extract_loop, m)?)?;
    m.add_function(wrap_pyfunction!(jsonl::load_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(jsonl::dump_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(table::indicators_table, m)?)?;
    m.add_function(wrap_pyfunction!(table::sessions_table, m)?)?;
    Ok(())
}
