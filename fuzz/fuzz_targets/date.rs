//! `parse_date` never panics, with or without a reference date; a date read
//! with a year needs no reference (the reference changes nothing); a date
//! whose year was inferred is not after the reference and is at most eight
//! years before it; a date prints as "d/m/Y", which reads back to it.
#![no_main]

use chrono::{Datelike, NaiveDate};
use dangbo::parse_date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first three bytes pick a reference date, the rest is text.
    let (reference, rest) = match data {
        [a, b, c, rest @ ..] => (
            NaiveDate::from_ymd_opt(
                1990 + i32::from(*a % 64),
                1 + u32::from(*b % 12),
                1 + u32::from(*c % 31),
            ),
            rest,
        ),
        _ => (None, data),
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let bare = parse_date(text, None);
    let with = parse_date(text, reference);
    if let Ok(d) = bare {
        assert_eq!(
            with.as_ref().ok(),
            Some(&d),
            "{text:?}: the reference changed a dated day"
        );
        let shown = format!("{}/{}/{:04}", d.day(), d.month(), d.year());
        assert_eq!(parse_date(&shown, None).ok(), Some(d), "{shown:?}");
    }
    if let (Ok(d), Some(r), Err(_)) = (&with, reference, &bare) {
        assert!(*d <= r, "{text:?}: inferred {d} after the reference {r}");
        assert!(
            r.year() - d.year() <= 8,
            "{text:?}: inferred {d} long before {r}"
        );
    }
});
