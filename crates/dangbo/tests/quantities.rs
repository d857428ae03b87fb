//! Value parsers: quantities (number, unit, qualifier) and document symbols.

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
