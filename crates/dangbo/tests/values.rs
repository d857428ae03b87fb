//! Value parsers: numbers, quantities, Roman numerals and ordinals, dates, periods, symbols, normalization.

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
