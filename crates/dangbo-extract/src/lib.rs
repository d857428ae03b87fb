//! # dangbo-extract
//!
//! Article text → [`dangbo::Report`]. (Skeleton: the modules are being filled in.)

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use chrono::NaiveDate;
use dangbo::Report;

mod figures;

/// What the caller knows beside the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date, when the caller knows it better than the page stamp.
    pub published: Option<NaiveDate>,
}

/// Everything that can go wrong when reading an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8.
    #[error("not UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

/// Reads one article's text into a report.
pub fn extract(text: &str, options: &Options) -> Report {
    let _ = (text, options);
    todo!("extractor helper")
}
