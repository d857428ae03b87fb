//! Properties of the value parsers: round trips, no panics on any input,
//! normalization laws; and a few fixed 10 MB inputs.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dangbo::{
    fold, is_nfc, normalize, parse_date, parse_number, parse_ordinal, DocumentKind, DocumentSymbol,
    Error, Period, PeriodDraft, Qualifier, Quantity, RomanOrdinal, VnNumber,
};
use proptest::prelude::*;
use proptest::sample::select;
use unicode_normalization::UnicodeNormalization;

/// Pieces of real-looking text, to make arbitrary input hit the parsers' paths.
const FRAGMENTS: &[&str] = &[
    "lần thứ ",
    "thứ ",
    "khóa ",
    "khoá ",
    "Nhất",
    "mười ",
    "hai mươi ",
    "lăm",
    "mốt",
    "XVII",
    "IIII",
    "IV",
    "MMMM",
    "1.000",
    "101.761",
    ",5",
    "35,8",
    "06",
    "999.999.999.999.999.999",
    "NaN",
    "inf",
    "-",
    "–",
    "—",
    "/",
    ".",
    ",",
    " ",
    "  ",
    "\t",
    "tỷ đồng",
    "triệu đồng/người/năm",
    "nghìn tỷ",
    "trên ",
    "hơn ",
    "gần ",
    "khoảng ",
    "dưới ",
    "trở lên",
    "%",
    "USD",
    "ha",
    "quý ",
    "/2023",
    "-2024",
    "nhiệm kỳ ",
    "giữa ",
    "nửa ",
    "giai đoạn ",
    "2020",
    "2025",
    " - ",
    "tháng ",
    "đầu năm ",
    "cuối năm ",
    "năm ",
    "nay",
    "qua",
    "Ngày ",
    "Sáng ",
    "Hôm qua ",
    "9.12",
    "15/9/2023",
    "31/2",
    "số ",
    "Số ",
    "05-NQ/TU",
    "12/NQ-CP",
    "QĐi",
    "CTr",
    "ĐA",
    "uỷ",
    "Thuỳ",
    "hoà",
    "quý",
    "o\u{300}a",
    "u\u{309}y",
    "\u{301}",
    "\u{323}",
    "\u{300}\u{301}",
    "\u{0}",
    "\u{feff}",
    "ủy",
    "đạt",
    "7.5",
    "1,234,567",
    "\u{a0}",
    "Đ",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => select(FRAGMENTS).prop_map(str::to_owned),
        2 => any::<String>(),
        1 => "[0-9.,/ -]{0,12}",
        1 => (select(FRAGMENTS), 0..4000usize).prop_map(|(f, n)| f.repeat(n)),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| {
        let mut s = v.concat();
        let mut cut = s.len().min(64 * 1024);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s
    })
}

/// Every error of a parser carries issues with a path and a code.
fn check_err<T>(r: Result<T, Error>) {
    if let Err(e) = r {
        let issues = e.issues();
        assert!(!issues.is_empty(), "{e}");
        for i in &issues {
            assert!(!i.path.is_root(), "{e}");
            assert!(!i.code.as_str().is_empty());
        }
        assert_eq!(issues[0].code, e.code());
    }
}

/// Runs every parser on `s`.
fn every_parser(s: &str) {
    let reference = NaiveDate::from_ymd_opt(2023, 12, 12);
    check_err(s.parse::<VnNumber>());
    check_err(VnNumber::parse_lax(s));
    check_err(parse_number(s));
    check_err(s.parse::<Quantity>().map(|q| q.to_base()));
    check_err(s.parse::<RomanOrdinal>());
    check_err(parse_ordinal(s));
    check_err(parse_date(s, None));
    check_err(parse_date(s, reference));
    check_err(s.parse::<Period>().map(|p| (p.start(), p.end())));
    check_err(Period::parse_in(s, Some(2023)));
    check_err(s.parse::<DocumentSymbol>());
    let _ = fold(s);
    let _ = normalize(s);
}

fn period() -> impl Strategy<Value = Period> {
    let year = 1930..=2100i32;
    prop_oneof![
        year.clone().prop_map(|year| PeriodDraft::Year { year }),
        (year.clone(), 1..=12u32)
            .prop_map(|(year, months)| PeriodDraft::YearToDate { year, months }),
        (year.clone(), 1..=12u32)
            .prop_map(|(year, months)| PeriodDraft::YearRemainder { year, months }),
        (year.clone(), 1..=4u32).prop_map(|(year, quarter)| PeriodDraft::Quarter { year, quarter }),
        (1930..=2095i32).prop_map(|s| PeriodDraft::Term {
            start_year: s,
            end_year: s + 5
        }),
        (1930..=2095i32).prop_map(|s| PeriodDraft::MidTerm {
            start_year: s,
            end_year: s + 5
        }),
        (1930..=2090i32, 0..=10i32).prop_map(|(s, n)| PeriodDraft::Stage {
            start_year: s,
            end_year: s + n
        }),
        (year, 1..=12u32).prop_map(|(y, m)| PeriodDraft::Other {
            year: Some(y),
            text: format!("tháng {m} năm {y}"),
        }),
    ]
    .prop_map(|d| dangbo::Draft::build(d).unwrap())
}

const UNITS: &[&str] = &[
    "tỷ đồng",
    "triệu đồng/người/năm",
    "nghìn tỷ đồng",
    "ha",
    "tấn",
    "lượt khách",
    "%",
    "USD",
    "đảng viên",
    "km",
    "tỷ",
    "tạ/ha",
];

/// A figure as articles print them: at most 15 significant digits, so that
/// JSON reads it back exactly (`serde_json` without its `float_roundtrip`
/// feature may be one ulp off on 17-digit floats).
fn decimal() -> impl Strategy<Value = f64> {
    (-999_999_999_999_999i64..1_000_000_000_000_000, 0i32..7)
        .prop_map(|(m, k)| m as f64 / 10f64.powi(k))
}

fn quantity() -> impl Strategy<Value = Quantity> {
    let value = prop_oneof![
        (0u64..1_000_000_000_000).prop_map(|v| v as f64),
        0.0..1e14f64,
        decimal().prop_map(f64::abs),
    ];
    (value, select(UNITS), select(Qualifier::ALL))
        .prop_map(|(v, u, q)| Quantity::new(v, u, q).unwrap())
}

fn symbol() -> impl Strategy<Value = DocumentSymbol> {
    (
        1u32..100_000,
        0usize..3,
        select(DocumentKind::ALL),
        select(&["TU", "HU", "TW", "VPTW", "CP", "UBND", "ĐU"][..]),
        any::<bool>(),
    )
        .prop_map(|(n, pad, kind, issuer, party)| {
            let digits = format!("{}{n}", "0".repeat(pad));
            let text = if party {
                format!("{digits}-{kind}/{issuer}")
            } else {
                format!("{digits}/{kind}-{issuer}")
            };
            text.parse().unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_parser_panics_and_errors_say_where(s in text()) {
        every_parser(&s);
    }

    #[test]
    fn numbers_round_trip(v in prop_oneof![-1e15..1e15f64, decimal()]) {
        prop_assume!(v.abs() < 1e15);
        let n = VnNumber::new(v).unwrap();
        let back: VnNumber = n.to_string().parse().unwrap();
        prop_assert_eq!(back.value(), n.value());
        prop_assert_eq!(back.to_string(), n.to_string());
    }

    #[test]
    fn numbers_round_trip_through_json(v in decimal()) {
        let n = VnNumber::new(v).unwrap();
        let json = serde_json::to_string(&n).unwrap();
        let again: VnNumber = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(serde_json::to_string(&again).unwrap(), json);
        let (lax, _) = VnNumber::parse_lax(&n.to_string()).unwrap();
        prop_assert_eq!(lax.value(), n.value());
    }

    #[test]
    fn roman_round_trips(n in 1u32..=3999) {
        let r = RomanOrdinal::try_from(n).unwrap();
        prop_assert_eq!(r.to_string().parse::<RomanOrdinal>().unwrap(), r);
        prop_assert_eq!(r.to_string().to_lowercase().parse::<RomanOrdinal>().unwrap(), r);
        let json = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(serde_json::from_str::<RomanOrdinal>(&json).unwrap(), r);
        prop_assert_eq!(parse_ordinal(&format!("lần thứ {r}")).unwrap(), n);
    }

    #[test]
    fn periods_round_trip(p in period()) {
        prop_assert_eq!(p.to_string().parse::<Period>().unwrap(), p.clone());
        let json = serde_json::to_string(&p).unwrap();
        let back: Period = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
        let (s, e) = (p.start().unwrap(), p.end().unwrap());
        prop_assert!(s <= e && p.contains(s) && p.contains(e));
    }

    #[test]
    fn quantities_round_trip(q in quantity()) {
        let back: Quantity = q.to_string().parse().unwrap();
        prop_assert_eq!(&back, &q);
    }

    #[test]
    fn quantities_round_trip_through_json(v in decimal(), unit in select(UNITS), q in select(Qualifier::ALL)) {
        let q = Quantity::new(v.abs(), unit, q).unwrap();
        let json = q.to_json();
        prop_assert_eq!(Quantity::from_json(&json).unwrap().to_json(), json);
    }

    #[test]
    fn symbols_round_trip(s in symbol()) {
        prop_assert_eq!(s.to_string().parse::<DocumentSymbol>().unwrap(), s.clone());
        let json = s.to_json();
        prop_assert_eq!(DocumentSymbol::from_json(&json).unwrap().to_json(), json);
    }

    #[test]
    fn dates_round_trip(days in 0i64..60_000) {
        let d = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + chrono::Duration::days(days);
        let text = d.format("Ngày %-d/%-m/%Y").to_string();
        prop_assert_eq!(parse_date(&text, None).unwrap(), d);
        let short = d.format("%d-%m").to_string();
        prop_assert_eq!(parse_date(&short, Some(d)).unwrap(), d);
    }

    #[test]
    fn normalize_laws(s in text()) {
        let once = normalize(&s).into_owned();
        prop_assert_eq!(normalize(&once).into_owned(), once.clone());
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(normalize(&nfd).into_owned(), once.clone());
        let nfc: String = s.nfc().collect();
        prop_assert_eq!(normalize(&nfc).chars().count(), nfc.chars().count());
    }

    #[test]
    fn is_nfc_agrees_with_composing(s in text()) {
        let nfc: String = s.nfc().collect();
        prop_assert_eq!(is_nfc(&s), nfc == s);
        prop_assert!(is_nfc(&nfc));
    }
}

/// Runs every parser on a big input, each within a bound no linear parser
/// comes near (a quadratic one would take hours on 10 MB).
fn big(input: &str) {
    assert!(input.len() >= 10_000_000);
    let start = Instant::now();
    every_parser(input);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn ten_mb_of_grouped_digits() {
    let mut s = String::from("1");
    while s.len() < 10_000_000 {
        s.push_str(".000");
    }
    big(&s);
    assert_eq!(
        s.parse::<VnNumber>().unwrap_err().code(),
        dangbo::Code::NumberOverflow
    );
    assert_eq!(
        format!("{s} tỷ đồng")
            .parse::<Quantity>()
            .unwrap_err()
            .code(),
        dangbo::Code::NumberOverflow
    );
}

#[test]
fn ten_mb_of_lan_thu() {
    let s = "lần thứ ".repeat(10_000_000 / "lần thứ ".len() + 1);
    big(&s);
    assert_eq!(
        parse_ordinal(&s).unwrap_err().code(),
        dangbo::Code::OrdinalMalformed
    );
}

#[test]
fn ten_mb_of_tone_marks_and_combining_marks() {
    let s = "Thành uỷ khoá ".repeat(10_000_000 / "Thành uỷ khoá ".len() + 1);
    big(&s);
    let out = normalize(&s);
    assert_eq!(out.chars().count(), s.chars().count());
    assert!(out.starts_with("Thành ủy khóa Thành ủy"));
    let marks = "\u{301}".repeat(5_000_001);
    big(&marks);
    assert_eq!(normalize(&marks), marks);
}

#[test]
fn ten_mb_of_one_digit_run() {
    let s = "9".repeat(10_000_000);
    big(&s);
    assert_eq!(
        parse_number(&s).unwrap_err().code(),
        dangbo::Code::NumberOverflow
    );
}
