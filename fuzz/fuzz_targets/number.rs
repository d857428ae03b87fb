//! `VnNumber`: strict and lax readings never panic; a number read prints in a
//! form that reads back (strictly) to the same value; the lax reading agrees
//! with the strict one wherever the strict one succeeds.
#![no_main]

use dangbo::{Reading, VnNumber};
use libfuzzer_sys::fuzz_target;

fn reparses(n: &VnNumber, input: &str) {
    let shown = n.to_string();
    let again: VnNumber = shown
        .parse()
        .unwrap_or_else(|e| panic!("{input:?} → {shown:?} does not read back: {e}"));
    assert_eq!(again.value(), n.value(), "{input:?} → {shown:?}");
    assert_eq!(
        again.to_string(),
        shown,
        "Display is not stable for {input:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let strict = text.parse::<VnNumber>();
    if let Ok(n) = &strict {
        reparses(n, text);
    }
    let lax = VnNumber::parse_lax(text);
    if let Ok((n, reading)) = &lax {
        reparses(n, text);
        if let Ok(s) = &strict {
            assert_eq!(*reading, Reading::Vietnamese, "{text:?}");
            assert_eq!(n.value(), s.value(), "{text:?}");
        }
    } else if strict.is_ok() {
        panic!("{text:?} reads strictly but not laxly");
    }
});
