//! Arbitrary bytes through `extract_bytes` (and `extract` when they are
//! UTF-8): never panics; the report's JSON round-trips through
//! `Report::from_json`; every `text` of an indicator or a tally quotes the
//! input as `dangbo_extract::normalize` gives it (NFC, references decoded,
//! invisible characters removed).
#![no_main]

use chrono::NaiveDate;
use dangbo::Report;
use dangbo_extract::{extract, extract_bytes, normalize, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Odd lengths also exercise a caller-given publication date.
    let options = Options {
        published: (data.len() % 2 == 1).then(|| NaiveDate::from_ymd_opt(2024, 3, 15).unwrap()),
    };
    let from_bytes = extract_bytes(data, &options);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(from_bytes.is_err(), "invalid UTF-8 was read");
        return;
    };
    let from_bytes = from_bytes.expect("UTF-8 input was rejected");
    let report = extract(text, &options);
    assert_eq!(report, from_bytes, "extract and extract_bytes disagree");

    let json = report.to_json();
    let back = Report::from_json(&json)
        .unwrap_or_else(|e| panic!("report JSON does not read back: {e}\n{json}"));
    assert_eq!(back, report, "report JSON does not round-trip\n{json}");

    let nfc = normalize(text);
    for ind in report.indicators() {
        assert!(
            nfc.contains(ind.text()),
            "indicator text {:?} is not in the input",
            ind.text()
        );
    }
    for tally in report.tallies() {
        assert!(
            nfc.contains(tally.text()),
            "tally text {:?} is not in the input",
            tally.text()
        );
    }
});
