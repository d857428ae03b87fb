//! `Report::from_json` never panics; a report read re-serializes to JSON that
//! reads back to an equal report (and prints the same again).
#![no_main]

use dangbo::Report;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(report) = Report::from_json(text) else {
        return;
    };
    let json = report.to_json();
    let back = Report::from_json(&json)
        .unwrap_or_else(|e| panic!("{text:?} → {json} does not read back: {e}"));
    assert_eq!(back, report, "{json}");
    assert_eq!(back.to_json(), json);
    let _ = report.validate();
    let _ = report.with_findings();
});
