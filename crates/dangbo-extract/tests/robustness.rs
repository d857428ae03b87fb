//! Any input gives a report, in time linear in its length, without a panic.

mod common;

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use dangbo_extract::{extract, extract_bytes, Error, Options};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces real pages are made of, and pieces that break naive scanners.
const PIECES: &[&str] = &[
    "Hội nghị",
    "Ban Chấp hành Đảng bộ",
    "huyện",
    "Huyện ủy",
    "Thành uỷ",
    "lần thứ",
    "17",
    "XVII",
    "khóa",
    "khoá",
    "nhiệm kỳ",
    "2020",
    "-",
    "2025",
    "(mở rộng)",
    "Ngày",
    "15/9",
    "9.12",
    "/2023",
    "đồng chí",
    "Nguyễn Văn An",
    ",",
    "Bí thư",
    "Tỉnh ủy",
    "chủ trì",
    "dự",
    ";",
    ".",
    ":",
    "\n",
    " ",
    "  ",
    "\t",
    "\0",
    "\u{301}",
    "\u{303}",
    "\u{323}",
    "đạt",
    "120,4%",
    "kế hoạch",
    "6/20 chỉ tiêu",
    "tỷ đồng",
    "9 tháng đầu năm",
    "quý I/2024",
    "Nghị quyết",
    "05-NQ/TU",
    "Thứ ba - 12/12/2023 11:27",
    " date 2023-12",
    "Tin, ảnh:",
    "TRẦN VĂN",
    "Đại hội",
    "lần thứ XXI",
    "<div class=\"x\">",
    "</p>",
    "&nbsp;",
    "999999999999999999999",
    "ủy",
    "Ủy viên",
    "(",
    ")",
    "–",
    "Sáng",
    "ngày",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..2000).prop_map(|v| v.join(" "))
}

proptest! {
    // 64 cases by default; PROPTEST_CASES runs more.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn never_panics_on_arbitrary_text(s in prop::collection::vec(any::<char>(), 0..16_000)) {
        let text: String = s.into_iter().collect();
        let _ = extract(&text, &Options::default());
    }

    #[test]
    fn never_panics_on_article_like_text(text in article()) {
        let r = extract(&text, &Options::default());
        let nfd: String = text.nfd().collect();
        let _ = extract(&nfd, &Options::default());
        // Every quoted text is a piece of the normalized article.
        let nfc = dangbo_extract::normalize(&text);
        for p in r.people() {
            prop_assert!(!p.name().is_empty());
        }
        if let Some(c) = r.committee() {
            prop_assert!(nfc.contains(c.text()) || c.text().split_whitespace().all(|w| nfc.contains(w)));
        }
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..65_536)) {
        match extract_bytes(&b, &Options::default()) {
            Ok(_) => prop_assert!(std::str::from_utf8(&b).is_ok() || b.starts_with(&[0xef, 0xbb, 0xbf])),
            Err(Error::InvalidUtf8 { offset }) => prop_assert!(offset <= b.len()),
            Err(_) => prop_assert!(false),
        }
    }
}

fn timed(text: &str) -> Duration {
    let start = Instant::now();
    let _ = extract(text, &Options::default());
    start.elapsed()
}

const TEN_MB: usize = 10 * 1024 * 1024;

fn repeat_to(piece: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + piece.len());
    while s.len() < size {
        s.push_str(piece);
    }
    s
}

#[test]
fn empty_and_blank_inputs() {
    for text in ["", " ", "\n\n\n", "\u{feff}", ".", "\0"] {
        let r = extract(text, &Options::default());
        assert!(r.session().is_none());
        assert!(r.people().is_empty());
    }
}

#[test]
fn ten_megabytes_on_one_line() {
    let text = repeat_to("Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12, đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì, ", TEN_MB);
    assert!(timed(&text) < Duration::from_secs(120));
}

#[test]
fn ten_megabytes_of_repeated_numbers() {
    let text = repeat_to(
        "1.234.567,89 tỷ đồng, đạt 99,5% kế hoạch, 15/18 chỉ tiêu 2023-2025 ",
        TEN_MB,
    );
    assert!(timed(&text) < Duration::from_secs(120));
    let digits = repeat_to("9", TEN_MB);
    assert!(timed(&digits) < Duration::from_secs(120));
}

#[test]
fn ten_megabytes_of_html_and_short_lines() {
    let text = repeat_to("<div class=\"article\"><p>Sáng 5/3, Huyện ủy tổ chức hội nghị.</p></div>\n<script>var x = 1;</script>\n", TEN_MB);
    assert!(timed(&text) < Duration::from_secs(120));
}

#[test]
fn ten_megabytes_of_sentences() {
    let text = repeat_to("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Dự hội nghị có các đồng chí: Lê Văn Bình, Phó Bí thư; Trần Văn Cường, Chủ tịch UBND huyện.\n", TEN_MB);
    let start = Instant::now();
    let r = extract(&text, &Options::default());
    assert!(start.elapsed() < Duration::from_secs(120));
    assert_eq!(r.people().len(), 3);
}

#[test]
fn invalid_utf8_names_the_offset_and_a_bom_is_skipped() {
    let mut bytes = "\u{feff}Huyện ủy".as_bytes().to_vec();
    let at = bytes.len();
    bytes.push(0xff);
    assert_eq!(
        extract_bytes(&bytes, &Options::default()).unwrap_err(),
        Error::InvalidUtf8 { offset: at }
    );
    let ok = extract_bytes(
        "\u{feff}Ngày 2/3/2024, Huyện ủy Cam Lộ tổ chức hội nghị lần thứ 12.".as_bytes(),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(ok.session().unwrap().ordinal(), Some(12));
}

#[test]
fn repeated_shapes_stay_linear() {
    // Each of these once had a quadratic path: periods without a year, many
    // distinct places, doubled honorifics, titles without names.
    let size = 2 * 1024 * 1024;
    let mut places =
        String::from("Huyện ủy tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 5. ");
    let mut n = 0u32;
    while places.len() < size {
        let _ = write!(places, "huyện Tân Phú{n} ");
        n += 1;
    }
    for text in [
        repeat_to("Sáng 5/3, Huyện ủy tổ chức hội nghị quý I ", size),
        places,
        repeat_to("đồng chí ", size),
        repeat_to("Bí thư Huyện ủy, ", size),
        repeat_to(
            "lần thứ 17 khóa XXII nhiệm kỳ 2020-2025 Hội nghị Đại hội ",
            size,
        ),
    ] {
        assert!(timed(&text) < Duration::from_secs(60));
    }
}

#[test]
fn a_wide_invisible_char_before_a_dot_in_the_meeting_s_name() {
    // A byte-order mark (three bytes) right before the dot the name is read up to.
    for text in [
        "Chiều 10/10/2023, Tỉnh ủy tổ chức hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa \u{feff}. Đồng chí Lê Văn Hòa chủ trì.",
        "Hội nghị Ban Chấp hành Đảng bộ TP\u{feff}. Thủ Đức lần thứ 15.",
    ] {
        let r = extract(text, &Options::default());
        assert!(r.session().is_some(), "{text:?}");
    }
}

#[test]
fn a_table_flattened_into_tabs_is_read_row_by_row() {
    let page = "Ngày 20/12/2022, Ban Chấp hành Đảng bộ huyện Ba Vì tổ chức Hội nghị lần thứ 11 đánh giá kết quả năm 2022.\n\nKết quả một số chỉ tiêu chủ yếu:\n\nChỉ tiêu\tKế hoạch\tƯớc thực hiện\tTỷ lệ\n\nThu ngân sách trên địa bàn (tỷ đồng)\t950\t1.012,4\t106,6%\n\nTỷ lệ hộ nghèo (%)\t2,5\t2,1\t84\n\nHội nghị thống nhất các giải pháp trọng tâm cho năm 2023, tập trung thu hút đầu tư và cải cách hành chính.\n";
    let r = dangbo_extract::extract(page, &dangbo_extract::Options::default());
    let got: Vec<(String, Option<f64>, Option<&str>)> = r
        .indicators()
        .iter()
        .map(|i| (i.name().to_owned(), i.value(), i.unit()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Thu ngân sách trên địa bàn".to_owned(),
                Some(1012.4),
                Some("tỷ đồng")
            ),
            ("Tỷ lệ hộ nghèo".to_owned(), Some(2.1), Some("%")),
        ]
    );
    let first = &r.indicators()[0];
    assert_eq!(first.figure(), dangbo::Figure::Estimate);
    assert_eq!(first.target(), Some(950.0));
    assert_eq!(first.achievements()[0].percent(), 106.6);
    assert_eq!(first.achievements()[0].basis(), dangbo::Basis::Plan);
}

#[test]
fn quoted_texts_are_pieces_of_the_normalized_input() {
    // Found by fuzzing: a byte-order mark inside the text is removed, so the
    // quoted clause is a piece of the normalized input, not of the raw one.
    let text = "H\u{feff}H\u{18d9}nămtư cg đạt 63%\u{1ec9}\u{0}\u{0}\u{0}322Be\u{300} ho";
    let r = extract(text, &Options::default());
    assert!(!r.indicators().is_empty());
    let normalized = dangbo_extract::normalize(text);
    for i in r.indicators() {
        assert!(normalized.contains(i.text()), "{:?}", i.text());
    }
}
