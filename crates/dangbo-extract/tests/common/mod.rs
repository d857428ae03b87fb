//! Helpers shared by the extractor's tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use dangbo::{PersonMention, Report};
use dangbo_extract::{extract, Options};

/// The report of a text with no publication date given.
pub fn read(text: &str) -> Report {
    extract(text, &Options::default())
}

/// The report of a text published on a day.
pub fn read_on(text: &str, y: i32, m: u32, d: u32) -> Report {
    extract(
        text,
        &Options {
            published: NaiveDate::from_ymd_opt(y, m, d),
        },
    )
}

/// A date.
pub fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The person of that name.
pub fn person<'a>(report: &'a Report, name: &str) -> &'a PersonMention {
    report
        .people()
        .iter()
        .find(|p| p.name() == name)
        .unwrap_or_else(|| {
            panic!(
                "no {name:?} in {:?}",
                report
                    .people()
                    .iter()
                    .map(PersonMention::name)
                    .collect::<Vec<_>>()
            )
        })
}
