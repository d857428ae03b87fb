//! `DocumentSymbol` FromStr never panics; a symbol read prints its canonical
//! text, which reads back to the same symbol; the JSON form round-trips.
#![no_main]

use dangbo::DocumentSymbol;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(s) = text.parse::<DocumentSymbol>() else {
        return;
    };
    assert!(s.number() >= 1, "{text:?}");
    let shown = s.to_string();
    let again: DocumentSymbol = shown
        .parse()
        .unwrap_or_else(|e| panic!("{text:?} → {shown:?} does not read back: {e}"));
    assert_eq!(again, s, "{text:?} → {shown:?}");
    let json = s.to_json();
    assert_eq!(DocumentSymbol::from_json(&json).ok(), Some(s), "{json}");
});
