//! `Quantity` FromStr never panics; a quantity read prints in a form that
//! reads back to the same quantity; `to_base` and `scale` never panic.
#![no_main]

use dangbo::Quantity;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(q) = text.parse::<Quantity>() else {
        return;
    };
    assert!(
        q.value().is_finite() && q.value() >= 0.0,
        "{text:?} → {q:?}"
    );
    let _ = q.scale();
    let _ = q.to_base();
    let shown = q.to_string();
    let again: Quantity = shown
        .parse()
        .unwrap_or_else(|e| panic!("{text:?} → {shown:?} does not read back: {e}"));
    assert_eq!(again, q, "{text:?} → {shown:?}");
});
