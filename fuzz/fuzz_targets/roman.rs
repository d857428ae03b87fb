//! `RomanOrdinal` FromStr and `parse_ordinal` never panic; a numeral read
//! prints in a form that reads back to it (with both parsers).
#![no_main]

use dangbo::{parse_ordinal, RomanOrdinal};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(r) = text.parse::<RomanOrdinal>() {
        assert!((1..=3999).contains(&r.get()), "{text:?} → {}", r.get());
        let shown = r.to_string();
        assert_eq!(
            shown.parse::<RomanOrdinal>().ok(),
            Some(r),
            "{text:?} → {shown:?}"
        );
        assert_eq!(
            parse_ordinal(&shown).ok(),
            Some(r.get()),
            "{text:?} → {shown:?}"
        );
        assert_eq!(RomanOrdinal::try_from(r.get()).ok(), Some(r));
    }
    if let Ok(n) = parse_ordinal(text) {
        assert!(n >= 1, "{text:?} → {n}");
        assert_eq!(
            parse_ordinal(&n.to_string()).ok(),
            Some(n),
            "{text:?} → {n}"
        );
    }
});
