//! Value parsers: numbers, quantities, Roman numerals and ordinals, dates, periods, symbols, normalization.

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

mod date {
    use chrono::NaiveDate;
    use dangbo::{infer_year, parse_date, Code};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_with_years() {
        for (text, want) in [
            ("15/9/2023", d(2023, 9, 15)),
            ("Ngày 15/9/2023", d(2023, 9, 15)),
            ("09/12/2023", d(2023, 12, 9)),
            ("22-06-2023", d(2023, 6, 22)),
            ("ngày 4 tháng 7 năm 2024", d(2024, 7, 4)),
            ("Ngày 4 tháng 7, năm 2024", d(2024, 7, 4)),
            ("Sáng ngày 22/6/2023,", d(2023, 6, 22)),
            ("15 / 9 /2023", d(2023, 9, 15)),
            ("Chiều 3.10.2023", d(2023, 10, 3)),
            ("2023-09-15", d(2023, 9, 15)),
            ("  Ngày  15/9/2023 ,", d(2023, 9, 15)),
            ("Ngày 15/9/2023.", d(2023, 9, 15)),
            ("Hôm qua 29/2/2024", d(2024, 2, 29)),
        ] {
            assert_eq!(parse_date(text, None).unwrap(), want, "{text}");
        }
    }

    #[test]
    fn dates_without_years_take_the_reference() {
        let r = Some(d(2023, 12, 12));
        for (text, want) in [
            ("9.12", d(2023, 12, 9)),
            ("Ngày 9.12", d(2023, 12, 9)),
            ("22-6", d(2023, 6, 22)),
            ("Sáng 22/6", d(2023, 6, 22)),
            ("Tối 12/12", d(2023, 12, 12)),
            ("4 tháng 7", d(2023, 7, 4)),
            ("Sáng nay, 13/12", d(2022, 12, 13)),
        ] {
            assert_eq!(parse_date(text, r).unwrap(), want, "{text}");
        }
        assert_eq!(
            parse_date("28/12", Some(d(2024, 1, 3))).unwrap(),
            d(2023, 12, 28)
        );
    }

    #[test]
    fn errors() {
        for (text, code) in [
            ("31/2/2023", Code::DateInvalid),
            ("30/2", Code::DateInvalid),
            ("32/1/2023", Code::DateInvalid),
            ("1/13/2023", Code::DateInvalid),
            ("0/5/2023", Code::DateInvalid),
            ("22/6", Code::DateYearMissing),
            ("15/9/23", Code::DateMalformed),
            ("15/9-2023", Code::DateMalformed),
            ("", Code::DateMalformed),
            ("Ngày", Code::DateMalformed),
            ("vừa tổ chức", Code::DateMalformed),
            ("15/9/2023 10:30", Code::DateMalformed),
            ("4 tháng bảy", Code::DateMalformed),
            ("123/9/2023", Code::DateMalformed),
        ] {
            assert_eq!(parse_date(text, None).unwrap_err().code(), code, "{text}");
        }
    }

    #[test]
    fn infer_year_searches_back() {
        assert_eq!(infer_year(9, 12, d(2023, 12, 12)), Some(d(2023, 12, 9)));
        assert_eq!(infer_year(12, 12, d(2023, 12, 12)), Some(d(2023, 12, 12)));
        assert_eq!(infer_year(13, 12, d(2023, 12, 12)), Some(d(2022, 12, 13)));
        assert_eq!(infer_year(29, 2, d(2024, 2, 28)), Some(d(2020, 2, 29)));
        // 2100 is not a leap year: the longest gap between two 29/2 is 8 years.
        assert_eq!(infer_year(29, 2, d(2104, 2, 28)), Some(d(2096, 2, 29)));
        assert_eq!(infer_year(29, 2, d(2104, 3, 1)), Some(d(2104, 2, 29)));
        assert_eq!(infer_year(31, 4, d(2023, 6, 1)), None);
        assert_eq!(infer_year(0, 0, d(2023, 6, 1)), None);
    }
}

mod period {
    use chrono::NaiveDate;
    use dangbo::{Code, Period, PeriodKind};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn forms_and_canonical_display() {
        for (text, default, shown) in [
            ("năm 2023", None, "năm 2023"),
            ("Năm nay", Some(2024), "năm 2024"),
            ("cả năm 2023", None, "năm 2023"),
            ("6 tháng đầu năm 2023", None, "6 tháng đầu năm 2023"),
            ("06 tháng đầu năm", Some(2023), "6 tháng đầu năm 2023"),
            ("Sáu tháng đầu năm", Some(2023), "6 tháng đầu năm 2023"),
            ("9 tháng năm 2023", None, "9 tháng đầu năm 2023"),
            ("9 tháng qua", Some(2023), "9 tháng đầu năm 2023"),
            ("10 tháng đầu năm", Some(2022), "10 tháng đầu năm 2022"),
            ("5 tháng", Some(2022), "5 tháng đầu năm 2022"),
            ("mười hai tháng năm 2022", None, "12 tháng đầu năm 2022"),
            ("6 tháng cuối năm 2023", None, "6 tháng cuối năm 2023"),
            ("3 tháng cuối năm", Some(2023), "3 tháng cuối năm 2023"),
            ("quý I/2024", None, "quý I/2024"),
            ("quý IV-2023", None, "quý IV/2023"),
            ("Quý I.2024", None, "quý I/2024"),
            ("quý 2 năm 2023", None, "quý II/2023"),
            ("quý II năm 2023", None, "quý II/2023"),
            ("quý III", Some(2023), "quý III/2023"),
            ("nhiệm kỳ 2020-2025", None, "nhiệm kỳ 2020-2025"),
            ("Nhiệm kỳ 2020 - 2025", None, "nhiệm kỳ 2020-2025"),
            ("nhiệm kỳ 2020 -2025", None, "nhiệm kỳ 2020-2025"),
            ("nhiệm kỳ 2020- 2025", None, "nhiệm kỳ 2020-2025"),
            ("nhiệm kỳ 2020 – 2025", None, "nhiệm kỳ 2020-2025"),
            ("nhiệm kỳ 2020—2025", None, "nhiệm kỳ 2020-2025"),
            ("giữa nhiệm kỳ 2020-2025", None, "giữa nhiệm kỳ 2020-2025"),
            ("nửa nhiệm kỳ 2020 - 2025", None, "giữa nhiệm kỳ 2020-2025"),
            ("giai đoạn 2021-2025", None, "giai đoạn 2021-2025"),
            ("giai đoạn 2021 - 2030", None, "giai đoạn 2021-2030"),
            ("tháng 10 năm 2023", None, "tháng 10 năm 2023"),
            ("tháng 10", Some(2023), "tháng 10"),
        ] {
            let p = Period::parse_in(text, default).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(p.to_string(), shown, "{text}");
            assert_eq!(Period::parse_in(shown, default).unwrap(), p, "{shown}");
        }
    }

    #[test]
    fn fields_and_dates() {
        let ytd: Period = "9 tháng đầu năm 2023".parse().unwrap();
        assert_eq!(
            (ytd.kind(), ytd.year(), ytd.months()),
            (PeriodKind::YearToDate, Some(2023), Some(9))
        );
        assert_eq!(
            (ytd.start(), ytd.end()),
            (Some(d(2023, 1, 1)), Some(d(2023, 9, 30)))
        );
        let rem: Period = "3 tháng cuối năm 2023".parse().unwrap();
        assert_eq!(
            (rem.start(), rem.end()),
            (Some(d(2023, 10, 1)), Some(d(2023, 12, 31)))
        );
        let q1: Period = "quý I/2024".parse().unwrap();
        assert_eq!(
            (q1.start(), q1.end()),
            (Some(d(2024, 1, 1)), Some(d(2024, 3, 31)))
        );
        let q4: Period = "quý IV/2023".parse().unwrap();
        assert_eq!(q4.quarter_number(), Some(4));
        assert_eq!(
            (q4.start(), q4.end()),
            (Some(d(2023, 10, 1)), Some(d(2023, 12, 31)))
        );
        let feb: Period = "2 tháng đầu năm 2024".parse().unwrap();
        assert_eq!(feb.end(), Some(d(2024, 2, 29)));
        let term: Period = "nhiệm kỳ 2020 - 2025".parse().unwrap();
        assert_eq!(
            (term.start_year(), term.end_year()),
            (Some(2020), Some(2025))
        );
        assert_eq!(
            (term.start(), term.end()),
            (Some(d(2020, 1, 1)), Some(d(2025, 12, 31)))
        );
        let mid: Period = "giữa nhiệm kỳ 2020-2025".parse().unwrap();
        assert_eq!((mid.start(), mid.end()), (term.start(), term.end()));
        assert!(mid.contains(d(2022, 6, 1)));
        assert!(!ytd.contains(d(2023, 10, 1)));
        assert!(ytd.contains(d(2023, 9, 30)));
        let other: Period = "tháng 10 năm 2023".parse().unwrap();
        assert_eq!(
            (other.kind(), other.year(), other.text()),
            (PeriodKind::Other, Some(2023), Some("tháng 10 năm 2023"))
        );
        assert_eq!(other.end(), Some(d(2023, 12, 31)));
        let none = Period::parse_in("tháng 10", None).unwrap();
        assert_eq!((none.start(), none.end()), (None, None));
        assert!(!none.contains(d(2023, 10, 1)));
    }

    #[test]
    fn json_shapes() {
        let p: Period = "9 tháng đầu năm 2023".parse().unwrap();
        assert_eq!(p.to_string(), "9 tháng đầu năm 2023");
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"kind":"year_to_date","year":2023,"months":9}"#
        );
        let t: Period =
            serde_json::from_str(r#"{"kind":"term","start_year":2020,"end_year":2025}"#).unwrap();
        assert_eq!(t.to_string(), "nhiệm kỳ 2020-2025");
        assert!(serde_json::from_str::<Period>(
            r#"{"kind":"term","start_year":2020,"end_year":2026}"#
        )
        .is_err());
        assert!(
            serde_json::from_str::<Period>(r#"{"kind":"quarter","year":2024,"quarter":5}"#)
                .is_err()
        );
    }

    #[test]
    fn errors_have_the_rule_codes() {
        for (text, code) in [
            ("nhiệm kỳ 2020-2026", Code::PeriodSpan),
            ("giữa nhiệm kỳ 2021-2025", Code::PeriodSpan),
            ("giai đoạn 2025-2021", Code::PeriodSpan),
            ("13 tháng đầu năm 2023", Code::PeriodMonths),
            ("0 tháng đầu năm 2023", Code::PeriodMonths),
            ("quý 5/2023", Code::PeriodQuarter),
            ("năm 1900", Code::PeriodYearRange),
            ("năm 23", Code::PeriodMalformed),
            ("6 tháng đầu năm", Code::PeriodMalformed),
            ("giữa nhiệm kỳ", Code::PeriodMalformed),
            ("tháng 13 năm 2023", Code::PeriodMalformed),
            ("quý V/2023", Code::PeriodQuarter),
            ("quý X/2023", Code::PeriodQuarter),
            ("quý IIII/2023", Code::PeriodMalformed),
            ("hôm nay", Code::PeriodMalformed),
            ("", Code::PeriodMalformed),
            ("năm", Code::PeriodMalformed),
        ] {
            let err = text.parse::<Period>().unwrap_err();
            assert_eq!(err.code(), code, "{text}: {err}");
            assert!(!err.issues()[0].path.is_root());
        }
    }

    #[test]
    fn rules_sit_at_their_fields() {
        let err = Period::term(1900, 1906).unwrap_err();
        let got: Vec<(String, Code)> = err
            .issues()
            .iter()
            .map(|i| (i.path.to_string(), i.code))
            .collect();
        assert_eq!(
            got,
            vec![
                ("start_year".to_owned(), Code::PeriodYearRange),
                ("end_year".to_owned(), Code::PeriodYearRange),
                ("end_year".to_owned(), Code::PeriodSpan),
            ]
        );
        assert!(err.issues()[2].message.contains("1900-1906"));
    }
}

mod quantity {
    use dangbo::{Code, Qualifier, Quantity};

    fn q(s: &str) -> Quantity {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn reads_qualifier_number_and_unit() {
        for (text, value, unit, qual) in [
            ("35,8 tỷ đồng", 35.8, "tỷ đồng", Qualifier::Exact),
            ("trên 35,8 tỷ đồng", 35.8, "tỷ đồng", Qualifier::Over),
            ("Trên 39.740 tỷ đồng", 39_740.0, "tỷ đồng", Qualifier::Over),
            (
                "hơn 2.000 lượt khách",
                2000.0,
                "lượt khách",
                Qualifier::Over,
            ),
            ("khoảng 12 ha", 12.0, "ha", Qualifier::About),
            ("xấp xỉ 12 ha", 12.0, "ha", Qualifier::About),
            ("gần 187 đảng viên", 187.0, "đảng viên", Qualifier::Nearly),
            ("dưới 1,5%", 1.5, "%", Qualifier::Under),
            ("50% trở lên", 50.0, "%", Qualifier::Over),
            ("63 %", 63.0, "%", Qualifier::Exact),
            ("500USD", 500.0, "USD", Qualifier::Exact),
            ("12ha", 12.0, "ha", Qualifier::Exact),
            ("101.761 tấn", 101_761.0, "tấn", Qualifier::Exact),
            (
                "99,4 triệu đồng/người/năm",
                99.4,
                "triệu đồng/người/năm",
                Qualifier::Exact,
            ),
            (
                "60 triệu đồng/ người/năm",
                60.0,
                "triệu đồng/người/năm",
                Qualifier::Exact,
            ),
            ("5 000 tấn", 5000.0, "tấn", Qualifier::Exact),
            ("7.5 ha", 7.5, "ha", Qualifier::Exact),
            (
                "gần một nghìn tỷ đồng",
                1.0,
                "nghìn tỷ đồng",
                Qualifier::Nearly,
            ),
            ("hai mươi lăm xã", 25.0, "xã", Qualifier::Exact),
            ("35,8 tỷ", 35.8, "tỷ", Qualifier::Exact),
            (
                "378.125 lượt khách.",
                378_125.0,
                "lượt khách",
                Qualifier::Exact,
            ),
        ] {
            let got = q(text);
            assert_eq!(
                (got.value(), got.unit(), got.qualifier()),
                (value, unit, qual),
                "{text}"
            );
        }
    }

    #[test]
    fn to_base_multiplies_the_scale_out() {
        for (text, value, unit) in [
            ("trên 35,8 tỷ đồng", 35.8e9, "đồng"),
            ("99,4 triệu đồng/người/năm", 99.4e6, "đồng/người/năm"),
            ("12 ha", 12.0, "ha"),
            ("1,2 nghìn tỷ đồng", 1.2e12, "đồng"),
            ("3 ngàn tỉ đồng", 3e12, "đồng"),
            ("45 ngàn đồng/người/năm", 45e3, "đồng/người/năm"),
            ("50 triệu/người/năm", 50e6, "đồng/người/năm"),
            ("35,8 tỷ", 35.8e9, ""),
            ("2 triệu USD", 2e6, "USD"),
            ("10 tỉ đồng", 10e9, "đồng"),
            ("5 triệuđồng", 5.0, "triệuđồng"),
        ] {
            let (v, u) = q(text).to_base();
            assert!((v - value).abs() <= value.abs() * 1e-12, "{text}: {v}");
            assert_eq!(u, unit, "{text}");
        }
        assert_eq!(q("35,8 tỷ đồng").scale(), ("tỷ", 1e9));
        assert_eq!(q("12 ha").scale(), ("", 1.0));
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "trên 35,8 tỷ đồng",
            "99,4 triệu đồng/người/năm",
            "12 ha",
            "gần 1 nghìn tỷ đồng",
            "khoảng 101.761 tấn",
            "dưới 1,5%",
        ] {
            assert_eq!(q(text).to_string(), text);
            assert_eq!(q(&q(text).to_string()), q(text));
        }
    }

    #[test]
    fn errors() {
        for (text, code) in [
            ("999.999.999.999.999.999 tỷ", Code::NumberOverflow),
            ("NaN tỷ đồng", Code::QuantityMalformed),
            ("inf đồng", Code::QuantityMalformed),
            ("tỷ đồng", Code::QuantityMalformed),
            ("trên", Code::QuantityMalformed),
            ("", Code::QuantityMalformed),
            ("35,8", Code::UnitMissing),
            ("-5 tỷ đồng", Code::Negative),
            ("năm 2023", Code::QuantityMalformed),
            ("1.23.4 tỷ", Code::NumberMalformed),
        ] {
            let err = text.parse::<Quantity>().unwrap_err();
            assert_eq!(err.code(), code, "{text}: {err}");
        }
        let draft = dangbo::QuantityDraft {
            value: Some(f64::NAN),
            unit: Some(" ".into()),
            ..Default::default()
        };
        let err = dangbo::Draft::build(draft).unwrap_err();
        let got: Vec<(String, Code)> = err
            .issues()
            .iter()
            .map(|i| (i.path.to_string(), i.code))
            .collect();
        assert_eq!(
            got,
            vec![
                ("value".to_owned(), Code::NotFinite),
                ("unit".to_owned(), Code::UnitMissing)
            ]
        );
    }

    #[test]
    fn json() {
        let q = q("trên 35,8 tỷ đồng");
        assert_eq!(
            q.to_json(),
            r#"{"value":35.8,"unit":"tỷ đồng","qualifier":"over"}"#
        );
        assert_eq!(Quantity::from_json(&q.to_json()).unwrap(), q);
        assert!(Quantity::from_json(r#"{"value":-1,"unit":"ha"}"#).is_err());
    }
}

mod symbol {
    use dangbo::{Code, DocumentKind, DocumentSymbol, SymbolSystem};

    #[test]
    fn party_and_state_symbols() {
        for (text, number, kind, issuer, system, canon) in [
            (
                "05-NQ/TU",
                5,
                DocumentKind::NQ,
                "TU",
                SymbolSystem::Party,
                "05-NQ/TU",
            ),
            (
                "Số 05-NQ/TU",
                5,
                DocumentKind::NQ,
                "TU",
                SymbolSystem::Party,
                "05-NQ/TU",
            ),
            (
                "số 18 - CT/HU",
                18,
                DocumentKind::CT,
                "HU",
                SymbolSystem::Party,
                "18-CT/HU",
            ),
            (
                "36-HD/VPTW",
                36,
                DocumentKind::HD,
                "VPTW",
                SymbolSystem::Party,
                "36-HD/VPTW",
            ),
            (
                "02-ĐA/TU",
                2,
                DocumentKind::DA,
                "TU",
                SymbolSystem::Party,
                "02-ĐA/TU",
            ),
            (
                "04-CTr/TU",
                4,
                DocumentKind::CTr,
                "TU",
                SymbolSystem::Party,
                "04-CTr/TU",
            ),
            (
                "09-QĐi/TW",
                9,
                DocumentKind::QDi,
                "TW",
                SymbolSystem::Party,
                "09-QĐi/TW",
            ),
            (
                "12- CT/HU",
                12,
                DocumentKind::CT,
                "HU",
                SymbolSystem::Party,
                "12-CT/HU",
            ),
            (
                "15-QD/TW",
                15,
                DocumentKind::QD,
                "TW",
                SymbolSystem::Party,
                "15-QĐ/TW",
            ),
            (
                "21-nq/tw",
                21,
                DocumentKind::NQ,
                "tw",
                SymbolSystem::Party,
                "21-NQ/tw",
            ),
            (
                "45-KL/TW,",
                45,
                DocumentKind::KL,
                "TW",
                SymbolSystem::Party,
                "45-KL/TW",
            ),
            (
                "7 – KH/QU",
                7,
                DocumentKind::KH,
                "QU",
                SymbolSystem::Party,
                "7-KH/QU",
            ),
            (
                "12/NQ-CP",
                12,
                DocumentKind::NQ,
                "CP",
                SymbolSystem::State,
                "12/NQ-CP",
            ),
            (
                "45/BC-UBND",
                45,
                DocumentKind::BC,
                "UBND",
                SymbolSystem::State,
                "45/BC-UBND",
            ),
            (
                "số 12/2023/NQ-HĐND",
                12,
                DocumentKind::NQ,
                "HĐND",
                SymbolSystem::State,
                "12/2023/NQ-HĐND",
            ),
        ] {
            let s: DocumentSymbol = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(
                (s.number(), s.kind(), s.issuer(), s.system(), s.text()),
                (number, kind, issuer, system, canon),
                "{text}"
            );
            assert_eq!(s.to_string(), canon);
            assert_eq!(canon.parse::<DocumentSymbol>().unwrap(), s);
        }
    }

    #[test]
    fn errors() {
        for (text, code) in [
            ("12-XY/TU", Code::SymbolKindUnknown),
            ("123/UBND-NC", Code::SymbolKindUnknown),
            ("12-HĐ/TU", Code::SymbolKindUnknown),
            ("NQ/TU", Code::SymbolMalformed),
            ("0-NQ/TU", Code::SymbolMalformed),
            ("05-NQ", Code::SymbolMalformed),
            ("05-NQ/", Code::SymbolMalformed),
            ("05-NQ/T U", Code::SymbolMalformed),
            ("05 NQ/TU", Code::SymbolMalformed),
            ("", Code::SymbolMalformed),
            ("99999999999-NQ/TU", Code::SymbolMalformed),
        ] {
            let err = text.parse::<DocumentSymbol>().unwrap_err();
            assert_eq!(err.code(), code, "{text}: {err}");
        }
    }

    #[test]
    fn json_shape_and_rules() {
        let s: DocumentSymbol = "05-NQ/TU".parse().unwrap();
        assert_eq!(
            s.to_json(),
            r#"{"number":5,"kind":"NQ","issuer":"TU","system":"party","text":"05-NQ/TU"}"#
        );
        assert_eq!(DocumentSymbol::from_json(&s.to_json()).unwrap(), s);
        let err = DocumentSymbol::from_json(
            r#"{"number":0,"kind":"NQ","issuer":"T U","system":"party","text":"0-NQ/T U"}"#,
        )
        .unwrap_err();
        let paths: Vec<String> = err.issues().iter().map(|i| i.path.to_string()).collect();
        assert_eq!(paths, vec!["number", "issuer"]);
    }
}
