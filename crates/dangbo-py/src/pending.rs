//! Parsers the core does not have yet: they raise `NotImplementedError` until
//! `Period: FromStr` and `DocumentSymbol: FromStr` land in `dangbo`.

use pyo3::prelude::*;

/// `Period::from_str`, once it exists.
pub(crate) fn parse_period(_py: Python<'_>, _text: &str) -> PyResult<dangbo::Period> {
    Err(pyo3::exceptions::PyNotImplementedError::new_err(
        "Period.parse needs dangbo::Period: FromStr",
    ))
}

/// `DocumentSymbol::from_str`, once it exists.
pub(crate) fn parse_symbol(_py: Python<'_>, _text: &str) -> PyResult<dangbo::DocumentSymbol> {
    Err(pyo3::exceptions::PyNotImplementedError::new_err(
        "DocumentSymbol.parse needs dangbo::DocumentSymbol: FromStr",
    ))
}
