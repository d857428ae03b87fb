//! Value parsers: dates (with the year inferred) and periods.

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
