//! Vietnamese numbers: "." groups thousands, "," is the decimal comma.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A number with the text it came from: "101.761" is 101761, "99,4" is 99.4.
#[derive(Debug, Clone, PartialEq)]
pub struct VnNumber {
    value: f64,
    text: String,
}

/// How a lax parse read a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Written the Vietnamese way.
    Vietnamese,
}

impl VnNumber {
    /// The value.
    pub fn value(&self) -> f64 {
        self.value
    }
    /// The text as written.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl FromStr for VnNumber {
    type Err = Error;
    fn from_str(_s: &str) -> Result<VnNumber, Error> {
        todo!("helper A")
    }
}

impl fmt::Display for VnNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Reads a Vietnamese number.
///
/// # Errors
///
/// See [`VnNumber`].
pub fn parse_number(text: &str) -> Result<f64, Error> {
    text.parse::<VnNumber>().map(|n| n.value)
}
