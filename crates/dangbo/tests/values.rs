//! Value parsers: numbers, Roman numerals and ordinals, normalization (dates and periods are in
//! `dates.rs`, quantities and document symbols in `quantities.rs`).

/// One table of value texts as real articles write them: each row names the
/// parser, the text and what it must give (a rendering of the value) or the
/// code of the error.
mod table {
    use chrono::NaiveDate;
    use dangbo::{
        normalize, parse_date, parse_ordinal, Code, DocumentSymbol, Period, Quantity, RomanOrdinal,
        VnNumber,
    };

    /// Runs one parser; `kind` may carry a reference: `date@2023-12-12`, `period@2023`.
    fn run(kind: &str, input: &str) -> Result<String, Code> {
        let (kind, arg) = kind.split_once('@').unwrap_or((kind, ""));
        let r = match kind {
            "num" => input.parse::<VnNumber>().map(|n| n.value().to_string()),
            "lax" => VnNumber::parse_lax(input).map(|(n, r)| format!("{} {r:?}", n.value())),
            "qty" => input
                .parse::<Quantity>()
                .map(|q| format!("{}|{}|{}", q.value(), q.unit(), q.qualifier())),
            "base" => input.parse::<Quantity>().map(|q| {
                let (v, u) = q.to_base();
                format!("{v}|{u}")
            }),
            "roman" => input.parse::<RomanOrdinal>().map(|r| r.get().to_string()),
            "ord" => parse_ordinal(input).map(|n| n.to_string()),
            "date" => {
                let reference = (!arg.is_empty()).then(|| arg.parse::<NaiveDate>().unwrap());
                parse_date(input, reference).map(|d| d.to_string())
            }
            "period" => {
                let default = (!arg.is_empty()).then(|| arg.parse::<i32>().unwrap());
                Period::parse_in(input, default).map(|p| p.to_string())
            }
            "symbol" => input.parse::<DocumentSymbol>().map(|s| {
                format!(
                    "{}|{}|{}|{}|{}",
                    s.number(),
                    s.kind(),
                    s.issuer(),
                    s.system(),
                    s.text()
                )
            }),
            "norm" => Ok(normalize(input).into_owned()),
            other => panic!("no parser {other}"),
        };
        r.map_err(|e| {
            let issues = e.issues();
            assert!(!issues.is_empty() && !issues[0].path.is_root(), "{e}");
            assert!(e.to_string().contains("cannot read"), "{e}");
            e.code()
        })
    }

    #[test]
    fn values_as_articles_write_them() {
        use Code::*;
        let cases: &[(&str, &str, Result<&str, Code>)] = &[
            // numbers
            ("num", "1.234.567,89", Ok("1234567.89")),
            ("num", "101.761", Ok("101761")),
            ("num", "06", Ok("6")),
            ("num", "0,5", Ok("0.5")),
            ("num", "35,8", Ok("35.8")),
            ("num", "1,234", Ok("1.234")),
            ("num", "101 761", Ok("101761")),
            ("num", "39.740", Ok("39740")),
            ("num", "1.23", Err(NumberMalformed)),
            ("num", "1,2,3", Err(NumberMalformed)),
            ("num", "NaN", Err(NumberMalformed)),
            ("num", "inf", Err(NumberMalformed)),
            ("num", "999.999.999.999.999.999", Err(NumberOverflow)),
            ("num", "", Err(NumberMalformed)),
            ("lax", "7.5", Ok("7.5 EnglishDecimal")),
            ("lax", "13.04", Ok("13.04 EnglishDecimal")),
            ("lax", "đạt13,04", Ok("13.04 GluedToWord")),
            ("lax", "20,18", Ok("20.18 Vietnamese")),
            ("lax", "1,234", Ok("1.234 Vietnamese")),
            ("lax", "2.000.", Ok("2000 TrailingPunctuation")),
            ("lax", "1,234,567", Ok("1234567 CommaThousands")),
            // quantities
            ("qty", "35,8 tỷ", Ok("35.8|tỷ|exact")),
            ("qty", "trên 39.740 tỷ đồng", Ok("39740|tỷ đồng|over")),
            (
                "qty",
                "99,4 triệu đồng/người/năm",
                Ok("99.4|triệu đồng/người/năm|exact"),
            ),
            ("qty", "101.761 tấn", Ok("101761|tấn|exact")),
            ("qty", "378.125 lượt khách", Ok("378125|lượt khách|exact")),
            ("qty", "hơn 1.200 ha", Ok("1200|ha|over")),
            ("qty", "gần 63%", Ok("63|%|nearly")),
            ("qty", "khoảng 500USD", Ok("500|USD|about")),
            ("qty", "30 đảng viên trở lên", Ok("30|đảng viên|over")),
            ("qty", "dưới 2 %", Ok("2|%|under")),
            ("qty", "gần một nghìn tỷ đồng", Ok("1|nghìn tỷ đồng|nearly")),
            ("qty", "999.999.999.999.999.999 tỷ", Err(NumberOverflow)),
            ("qty", "NaN tỷ đồng", Err(QuantityMalformed)),
            ("qty", "35,8", Err(UnitMissing)),
            ("base", "trên 35,8 tỷ đồng", Ok("35800000000|đồng")),
            (
                "base",
                "99,4 triệu đồng/người/năm",
                Ok("99400000|đồng/người/năm"),
            ),
            ("base", "12 ha", Ok("12|ha")),
            ("base", "45 ngàn đồng/người/năm", Ok("45000|đồng/người/năm")),
            // Roman numerals and ordinals
            ("roman", "XVII", Ok("17")),
            ("roman", "xxii", Ok("22")),
            ("roman", "IIII", Err(RomanMalformed)),
            ("roman", "MMMM", Err(RomanOutOfRange)),
            ("ord", "lần thứ 16", Ok("16")),
            ("ord", "lần thứ Chín", Ok("9")),
            ("ord", "lần thứ mười sáu", Ok("16")),
            ("ord", "lần thứ XVII", Ok("17")),
            ("ord", "khoá XXII", Ok("22")),
            ("ord", "Nhất", Ok("1")),
            ("ord", "hai mươi mốt", Ok("21")),
            ("ord", "lần thứ nhiều", Err(OrdinalMalformed)),
            // dates
            ("date", "Ngày 15/9/2023", Ok("2023-09-15")),
            ("date", "22/06/2023", Ok("2023-06-22")),
            ("date", "ngày 4 tháng 7 năm 2024", Ok("2024-07-04")),
            ("date", "Sáng 22-6-2023", Ok("2023-06-22")),
            ("date@2023-12-12", "Ngày 9.12", Ok("2023-12-09")),
            ("date@2024-01-03", "28/12", Ok("2023-12-28")),
            ("date@2023-09-20", "Chiều ngày 15/9 ", Ok("2023-09-15")),
            ("date@2023-07-10", "Hôm qua 9-7", Ok("2023-07-09")),
            ("date", "31/2/2023", Err(DateInvalid)),
            ("date", "Sáng 22/6", Err(DateYearMissing)),
            ("date", "15/9/23", Err(DateMalformed)),
            // periods
            ("period", "9 tháng đầu năm 2023", Ok("9 tháng đầu năm 2023")),
            (
                "period",
                "3 tháng cuối năm 2023",
                Ok("3 tháng cuối năm 2023"),
            ),
            ("period@2023", "6 tháng đầu năm", Ok("6 tháng đầu năm 2023")),
            (
                "period@2023",
                "Sáu tháng đầu năm",
                Ok("6 tháng đầu năm 2023"),
            ),
            ("period", "quý IV/2023", Ok("quý IV/2023")),
            ("period", "quý I-2024", Ok("quý I/2024")),
            ("period", "nhiệm kỳ 2020 - 2025", Ok("nhiệm kỳ 2020-2025")),
            ("period", "nhiệm kỳ 2020 -2025", Ok("nhiệm kỳ 2020-2025")),
            ("period", "Nhiệm kỳ 2020– 2025", Ok("nhiệm kỳ 2020-2025")),
            (
                "period",
                "giữa nhiệm kỳ 2020-2025",
                Ok("giữa nhiệm kỳ 2020-2025"),
            ),
            ("period", "giai đoạn 2021-2025", Ok("giai đoạn 2021-2025")),
            ("period", "năm 2023", Ok("năm 2023")),
            ("period", "nhiệm kỳ 2020-2026", Err(PeriodSpan)),
            ("period", "6 tháng đầu năm", Err(PeriodMalformed)),
            // document symbols
            ("symbol", "Số 05-NQ/TU", Ok("5|NQ|TU|party|05-NQ/TU")),
            ("symbol", "số 18 - CT/HU", Ok("18|CT|HU|party|18-CT/HU")),
            ("symbol", "12/NQ-CP", Ok("12|NQ|CP|state|12/NQ-CP")),
            ("symbol", "04-CTr/TU", Ok("4|CTr|TU|party|04-CTr/TU")),
            ("symbol", "12-XY/TU", Err(SymbolKindUnknown)),
            // normalization
            ("norm", "Thành uỷ", Ok("Thành ủy")),
            ("norm", "khoá XII", Ok("khóa XII")),
            ("norm", "quý I", Ok("quý I")),
        ];
        assert!(cases.len() >= 60);
        let mut failures = Vec::new();
        for (kind, input, want) in cases {
            let got = run(kind, input);
            let want = want.map(str::to_owned);
            if got != want {
                failures.push(format!("{kind} {input:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

mod number {
    use dangbo::{Code, Reading, VnNumber};

    fn val(s: &str) -> f64 {
        s.parse::<VnNumber>().unwrap().value()
    }

    fn code(s: &str) -> Code {
        s.parse::<VnNumber>().unwrap_err().code()
    }

    #[test]
    fn strict_reads_vietnamese_numbers() {
        assert_eq!(val("101.761"), 101_761.0);
        assert_eq!(val("99,4"), 99.4);
        assert_eq!(val("06"), 6.0);
        assert_eq!(val("1.234.567,89"), 1_234_567.89);
        assert_eq!(val("0,5"), 0.5);
        assert_eq!(val("1,234"), 1.234);
        assert_eq!(val("101 761"), 101_761.0);
        assert_eq!(val(" 35,8 "), 35.8);
        assert_eq!(val("-5"), -5.0);
        assert_eq!(val("1234567"), 1_234_567.0);
    }

    #[test]
    fn strict_rejects_slips() {
        for bad in [
            "1.23",
            "1,2,3",
            "",
            ",5",
            "5,",
            "1.2345",
            "1234.567",
            "1.234 567",
            "abc",
            "1e5",
            "NaN",
            "inf",
            "1..234",
            ".234",
            "1.234.",
        ] {
            assert_eq!(code(bad), Code::NumberMalformed, "{bad}");
        }
    }

    #[test]
    fn overflow() {
        assert_eq!(code("999.999.999.999.999.999"), Code::NumberOverflow);
        assert_eq!(code("1.000.000.000.000.000"), Code::NumberOverflow);
        assert_eq!(val("999.999.999.999.999"), 999_999_999_999_999.0);
        assert_eq!(code("0,1234567890123456789"), Code::NumberOverflow);
        assert_eq!(val("0,000000000000000000001"), 1e-21);
    }

    #[test]
    fn canonical_display() {
        for (v, s) in [
            (101_761.0, "101.761"),
            (99.4, "99,4"),
            (1_234_567.89, "1.234.567,89"),
            (6.0, "6"),
            (0.0, "0"),
            (-0.0, "0"),
            (-1500.5, "-1.500,5"),
            (100.0, "100"),
            (1000.0, "1.000"),
        ] {
            assert_eq!(VnNumber::new(v).unwrap().to_string(), s);
            assert_eq!(val(s), if v == 0.0 { 0.0 } else { v });
        }
    }

    #[test]
    fn lax_readings() {
        let lax = |s: &str| VnNumber::parse_lax(s).map(|(n, r)| (n.value(), r));
        assert_eq!(lax("7.5").unwrap(), (7.5, Reading::EnglishDecimal));
        assert_eq!(lax("1.2345").unwrap(), (1.2345, Reading::EnglishDecimal));
        assert_eq!(lax("đạt13,04").unwrap(), (13.04, Reading::GluedToWord));
        assert_eq!(lax("đạt13.04").unwrap(), (13.04, Reading::EnglishDecimal));
        assert_eq!(
            lax("2.000.").unwrap(),
            (2000.0, Reading::TrailingPunctuation)
        );
        assert_eq!(lax("1,234.5").unwrap(), (1234.5, Reading::CommaThousands));
        assert_eq!(lax("101.761").unwrap(), (101_761.0, Reading::Vietnamese));
        assert!(lax("1.234.56").is_err());
        assert!(lax("đạt").is_err());
        assert!(lax("1,23,4").is_err());
        assert_eq!(
            lax("999.999.999.999.999.999").unwrap_err().code(),
            Code::NumberOverflow
        );
    }

    #[test]
    fn serde_is_a_plain_number() {
        let n: VnNumber = "101.761".parse().unwrap();
        assert_eq!(serde_json::to_string(&n).unwrap(), "101761");
        assert_eq!(
            serde_json::to_string(&VnNumber::new(0.5).unwrap()).unwrap(),
            "0.5"
        );
        let back: VnNumber = serde_json::from_str("99.4").unwrap();
        assert_eq!(back.text(), "99,4");
        assert!(serde_json::from_str::<VnNumber>("1e300").is_err());
        assert!(serde_json::from_str::<VnNumber>("\"5\"").is_err());
    }

    #[test]
    fn decimals_are_counted() {
        assert_eq!("99,40".parse::<VnNumber>().unwrap().decimals(), 2);
        assert_eq!("101.761".parse::<VnNumber>().unwrap().decimals(), 0);
        assert_eq!(VnNumber::parse_lax("7.5").unwrap().0.decimals(), 1);
    }
}

mod normalize {
    use dangbo::{fold, normalize};
    use std::borrow::Cow;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn traditional_tone_placement() {
        for (from, to) in [
            ("uỷ", "ủy"),
            ("Uỷ viên", "Ủy viên"),
            ("UỶ BAN", "ỦY BAN"),
            ("khoá XII", "khóa XII"),
            ("hoà bình", "hòa bình"),
            ("Thuỳ", "Thùy"),
            ("thuý", "thúy"),
            ("THUÝ", "THÚY"),
            ("xoè", "xòe"),
            ("Hoá", "Hóa"),
            ("Quận uỷ, Thành uỷ.", "Quận ủy, Thành ủy."),
            ("(khoá XIV)", "(khóa XIV)"),
        ] {
            assert_eq!(normalize(from), to, "{from}");
        }
    }

    #[test]
    fn leaves_qu_closed_syllables_and_triphthongs() {
        for word in [
            "quý I",
            "quỳ",
            "QUÝ",
            "hoàng",
            "thuyền",
            "khoảng",
            "ngoài",
            "khuya",
            "hoạch",
            "Huỳnh",
            "khóa",
            "ủy",
            "Hội nghị",
        ] {
            assert!(matches!(normalize(word), Cow::Borrowed(_)), "{word}");
        }
    }

    #[test]
    fn nfd_and_char_count() {
        let nfc = "Ban Chấp hành Đảng bộ huyện khoá XXII, Thành uỷ";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfd, nfc);
        assert_eq!(normalize(&nfd), normalize(nfc));
        assert_eq!(normalize(nfc).chars().count(), nfc.chars().count());
        // The changed chars are at the same char positions.
        let out = normalize(nfc);
        let diffs: Vec<usize> = nfc
            .chars()
            .zip(out.chars())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(diffs.len(), 4, "{out}");
    }

    #[test]
    fn combining_marks_alone_do_not_break_it() {
        let odd = "\u{301}\u{300}uỷ\u{301} \u{323}";
        let once = normalize(odd).into_owned();
        assert_eq!(normalize(&once), once);
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn fold_strips_marks() {
        assert_eq!(fold("Đảng bộ Huyện uỷ"), "dang bo huyen uy");
        assert_eq!(fold("KHÓA"), "khoa");
    }
}

mod roman {
    use dangbo::{parse_ordinal, Code, RomanOrdinal};

    #[test]
    fn canonical_numerals() {
        for (text, n) in [
            ("I", 1),
            ("IV", 4),
            ("IX", 9),
            ("XII", 12),
            ("XVII", 17),
            ("XXII", 22),
            ("xiv", 14),
            ("XLIX", 49),
            ("XC", 90),
            ("CD", 400),
            ("MCMXC", 1990),
            ("MMMCMXCIX", 3999),
        ] {
            let r: RomanOrdinal = text.parse().unwrap();
            assert_eq!(r.get(), n, "{text}");
            assert_eq!(r.to_string(), text.to_uppercase());
            assert_eq!(RomanOrdinal::try_from(n).unwrap(), r);
        }
    }

    #[test]
    fn non_canonical_and_out_of_range() {
        for bad in [
            "IIII", "VX", "IC", "XXXX", "VV", "IIX", "", "XIIA", "12", "L I",
        ] {
            assert_eq!(
                bad.parse::<RomanOrdinal>().unwrap_err().code(),
                Code::RomanMalformed,
                "{bad}"
            );
        }
        assert_eq!(
            "MMMM".parse::<RomanOrdinal>().unwrap_err().code(),
            Code::RomanOutOfRange
        );
        assert_eq!(
            RomanOrdinal::try_from(0).unwrap_err().code(),
            Code::RomanOutOfRange
        );
        assert!(RomanOrdinal::try_from(4000).is_err());
        assert!(serde_json::from_str::<RomanOrdinal>("0").is_err());
        assert_eq!(
            serde_json::from_str::<RomanOrdinal>("22")
                .unwrap()
                .to_string(),
            "XXII"
        );
    }

    #[test]
    fn ordinals_in_digits_words_and_roman() {
        for (text, n) in [
            ("17", 17),
            ("06", 6),
            ("lần thứ 16", 16),
            ("thứ 3", 3),
            ("lần thứ Nhất", 1),
            ("nhất", 1),
            ("hai", 2),
            ("Ba", 3),
            ("Chín", 9),
            ("tư", 4),
            ("bốn", 4),
            ("năm", 5),
            ("sáu", 6),
            ("bảy", 7),
            ("tám", 8),
            ("mười", 10),
            ("mười một", 11),
            ("mười bốn", 14),
            ("mười lăm", 15),
            ("lần thứ mười sáu", 16),
            ("hai mươi", 20),
            ("hai mươi mốt", 21),
            ("hai mươi tư", 24),
            ("ba mươi lăm", 35),
            ("chín mươi chín", 99),
            ("Hai Mười Hai", 22),
            ("lần thứ XVII", 17),
            ("Lần thứ xii,", 12),
        ] {
            assert_eq!(parse_ordinal(text).unwrap(), n, "{text}");
        }
    }

    #[test]
    fn bad_ordinals() {
        for bad in [
            "",
            "lần thứ",
            "0",
            "mốt",
            "lăm",
            "một mươi",
            "hai mươi mươi",
            "IIII",
            "lần thứ nhiều",
            "99999999999",
            "một hai ba bốn năm sáu",
        ] {
            assert_eq!(
                parse_ordinal(bad).unwrap_err().code(),
                Code::OrdinalMalformed,
                "{bad}"
            );
        }
    }
}
