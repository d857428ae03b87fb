//! `normalize` never panics; it is idempotent; its output is NFC and has as
//! many chars as the NFC form of the input.
#![no_main]

use dangbo::{fold, normalize};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::{is_nfc, UnicodeNormalization};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let once = normalize(text);
    let twice = normalize(&once);
    assert_eq!(twice, once, "normalize is not idempotent on {text:?}");
    assert!(is_nfc(&once), "{text:?} → {once:?} is not NFC");
    let nfc: String = text.nfc().collect();
    assert_eq!(
        once.chars().count(),
        nfc.chars().count(),
        "{text:?} → {once:?} changed the char count"
    );
    if is_nfc(text) {
        assert_eq!(once.chars().count(), text.chars().count());
    }
    // fold sees through the tone placement.
    assert_eq!(fold(&once), fold(text), "{text:?}");
});
