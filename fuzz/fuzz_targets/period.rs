//! `Period` FromStr and `Period::parse_in` never panic; a period read prints
//! in a form that reads back (with the same default year) to the same period;
//! its JSON round-trips; `start`/`end` never panic and are ordered.
#![no_main]

use dangbo::{Period, PeriodKind};
use libfuzzer_sys::fuzz_target;

fn check(p: &Period, input: &str, default_year: Option<i32>) {
    let shown = p.to_string();
    let again = Period::parse_in(&shown, default_year)
        .unwrap_or_else(|e| panic!("{input:?} → {shown:?} does not read back: {e}"));
    assert_eq!(&again, p, "{input:?} → {shown:?}");
    let json = serde_json::to_string(p).expect("a period serializes");
    let back: Period =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json} does not read back: {e}"));
    assert_eq!(&back, p, "{json}");
    if let (Some(s), Some(e)) = (p.start(), p.end()) {
        assert!(s <= e, "{input:?}: {s} after {e}");
        assert!(p.contains(s) && p.contains(e));
    }
}

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a default year (1900..=2155), the rest is text.
    let (year, rest) = match data {
        [a, b, rest @ ..] => (Some(1900 + i32::from(*a)).filter(|_| *b % 2 == 0), rest),
        _ => (None, data),
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if let Ok(p) = text.parse::<Period>() {
        check(&p, text, None);
        if p.kind() != PeriodKind::Other {
            // The text names its year: a default year changes nothing.
            assert_eq!(Period::parse_in(text, year).ok(), Some(p), "{text:?}");
        }
    }
    if let Ok(p) = Period::parse_in(text, year) {
        check(&p, text, year);
    }
});
