//! Inputs found by the fuzz targets in `fuzz/` (cargo fuzz), minimized, kept
//! as plain tests so that they run with `cargo test` and never come back.

use dangbo::{Code, Qualifier, Quantity};

fn qty(text: &str) -> Result<(f64, String, Qualifier), Code> {
    text.parse::<Quantity>()
        .map(|q| (q.value(), q.unit().to_owned(), q.qualifier()))
        .map_err(|e| e.code())
}

/// fuzz target `quantity`: "2\t929,h" was read as 2 of unit "929,h", which
/// prints as "2 929,h" and reads back as 2929. A unit never starts with a
/// digit: digits left after the number are an error.
#[test]
fn quantity_unit_never_starts_with_a_digit() {
    assert_eq!(qty("2\t929,h"), Err(Code::QuantityMalformed));
    assert_eq!(qty("2 92 ha"), Err(Code::QuantityMalformed));
    assert_eq!(qty("12\t5 tấn"), Err(Code::QuantityMalformed));
    // Groups of three after one space are still one number.
    assert_eq!(
        qty("5 000 tấn"),
        Ok((5000.0, "tấn".to_owned(), Qualifier::Exact))
    );
}

/// Found while minimizing the above: a thousands group after a no-break or
/// thin space, as web pages write them, belongs to the number ("5 000 tấn"
/// with U+00A0 was 5 of unit "000 tấn").
#[test]
fn quantity_groups_after_no_break_and_thin_spaces() {
    let tons = |v: f64| Ok((v, "tấn".to_owned(), Qualifier::Exact));
    assert_eq!(qty("5\u{a0}000 tấn"), tons(5000.0));
    assert_eq!(qty("1\u{202f}250\u{202f}000 tấn"), tons(1_250_000.0));
    assert_eq!(qty("7\u{2009}500 tấn"), tons(7500.0));
    assert_eq!(
        qty("trên 35\u{a0}800 triệu đồng"),
        Ok((35_800.0, "triệu đồng".to_owned(), Qualifier::Over))
    );
}

/// A quantity with the minus sign U+2212 is negative (an error), never a
/// slice inside the sign's three bytes.
#[test]
fn quantity_with_unicode_minus_is_negative_not_a_panic() {
    assert_eq!(qty("\u{2212}5 ha"), Err(Code::Negative));
    assert_eq!(qty("-5 ha"), Err(Code::Negative));
    assert_eq!(qty("\u{2212}"), Err(Code::QuantityMalformed));
}

/// Every quantity read prints as text that reads back to it.
#[test]
fn quantity_display_reads_back() {
    for text in [
        "2929,h",
        "trên 35,8 tỷ đồng",
        "5\u{a0}000 tấn",
        "gần một nghìn tỷ đồng",
        "63%",
        "khoảng 1.200 lao động",
    ] {
        let q: Quantity = text.parse().unwrap();
        let again: Quantity = q.to_string().parse().unwrap();
        assert_eq!(again, q, "{text:?} → {q}");
    }
}

/// fuzz target `quantity`: "0::::\t:::" was read as 0 of unit "::::" (only
/// the punctuation after the tab was trimmed), which prints as "0 ::::" and
/// reads back without a unit. Clause punctuation and spaces at the end are
/// trimmed in any mix.
#[test]
fn quantity_trims_mixed_trailing_punctuation_and_spaces() {
    assert_eq!(qty("0::::\t:::"), Err(Code::UnitMissing));
    assert_eq!(
        qty("12 ha, ."),
        Ok((12.0, "ha".to_owned(), Qualifier::Exact))
    );
    assert_eq!(
        qty("trên 35,8 tỷ đồng ; "),
        Ok((35.8, "tỷ đồng".to_owned(), Qualifier::Over))
    );
}

/// Found while reading the code the fuzzer pointed at: a repeated "trở lên"
/// left one in the unit ("ha trở lên", over), which prints as "trên 5 ha trở
/// lên" and reads back with unit "ha".
#[test]
fn quantity_repeated_tro_len() {
    let over_5_ha = Ok((5.0, "ha".to_owned(), Qualifier::Over));
    assert_eq!(qty("5 ha trở lên trở lên"), over_5_ha);
    assert_eq!(qty("trên 5 ha trở lên"), over_5_ha);
}

/// fuzz target `quantity`: "hơn 2.0z00 người 2. trở lên" kept the "." before
/// "trở lên" in the unit ("z00 người 2."), which printed as "trên 2 z00 người
/// 2." and read back without it. Punctuation before "trở lên" is trimmed too.
#[test]
fn quantity_punctuation_before_tro_len() {
    assert_eq!(
        qty("1.200 người, trở lên"),
        Ok((1200.0, "người".to_owned(), Qualifier::Over))
    );
    let q: Quantity = "hơn 2.0z00 người 2. trở lên".parse().unwrap();
    assert_eq!(q.unit(), "z00 người 2");
    assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
}

/// fuzz target `quantity`: "hơn 2.1trở lên" (the words glued to the number)
/// was read with unit "trở lên", which printed as "trên 2,1 trở lên" and read
/// back without a unit. "trở lên" is stripped from the unit after the number.
#[test]
fn quantity_tro_len_glued_to_the_number() {
    assert_eq!(qty("hơn 2.1trở lên"), Err(Code::UnitMissing));
    assert_eq!(qty("trên 2,1 trở lên"), Err(Code::UnitMissing));
    assert_eq!(qty("12hatrở lên").map(|q| q.2), Ok(Qualifier::Exact));
    assert_eq!(
        qty("một nghìn tỷ đồng trở lên"),
        Ok((1.0, "nghìn tỷ đồng".to_owned(), Qualifier::Over))
    );
}
