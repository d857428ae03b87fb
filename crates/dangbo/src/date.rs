//! Dates as articles write them.

use chrono::NaiveDate;

use crate::error::Error;

/// Reads a date, taking a missing year from `reference`.
///
/// # Errors
///
/// `date_malformed`, `date_invalid`, `date_year_missing`.
pub fn parse_date(_text: &str, _reference: Option<NaiveDate>) -> Result<NaiveDate, Error> {
    todo!("helper A")
}

/// The latest date with this day and month not after `reference`.
pub fn infer_year(_day: u32, _month: u32, _reference: NaiveDate) -> Option<NaiveDate> {
    todo!("helper A")
}
