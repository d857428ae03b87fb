//! Untrusted input: any text, any length, never a panic, in linear time.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::*;

/// Pieces of report text, numbers and marks that exercise every path.
const PIECES: &[&str] = &[
    "thu ngân sách",
    "đạt",
    "ước đạt",
    "được",
    "trên",
    "hơn",
    "gần",
    "khoảng",
    "dưới",
    "tăng",
    "giảm",
    "giảm từ",
    "xuống còn",
    "vượt",
    "bằng",
    "chiếm",
    "so với",
    "cùng kỳ",
    "năm trước",
    "năm 2022",
    "kế hoạch",
    "KH",
    "NQ",
    "Nghị quyết",
    "dự toán",
    "HĐND",
    "tỉnh giao",
    "chỉ tiêu",
    "tiêu chí",
    "địa phương",
    "xã",
    "hộ",
    "đảng viên",
    "kết nạp",
    "tỷ đồng",
    "triệu đồng",
    "nghìn tỷ",
    "một",
    "hai",
    "ha",
    "tấn",
    "USD",
    "lượt khách",
    "tỷ lệ",
    "tốc độ",
    "tỷ trọng",
    "đạt và vượt",
    "hoàn thành",
    "không đạt",
    "phấn đấu",
    "dự kiến",
    "thông qua",
    "Nhiệm vụ",
    "năm 2024",
    "trong",
    "trở lên",
    "bình quân",
    "từ",
    "đến",
    "lên",
    ":",
    ";",
    ",",
    ".",
    "(",
    ")",
    "/",
    "-",
    "–",
    "%",
    "%0",
    "‰",
    "\n",
    "\n- ",
    " ",
    "  ",
    "35,8",
    "101.761",
    "1.234.567,89",
    "06",
    "13,040",
    "7.5",
    "1,234,567",
    "9",
    "0",
    "2023",
    "15/9/2023",
    "6/20",
    "46/63",
    "05-NQ/TU",
    "đạt13,04%",
    "500USD",
    "12ha",
    "m2",
    "…",
    "ủy",
    "uỷ",
    "Hoá",
    "\u{301}",
    "\u{200b}",
    "👍",
    "99999999999999999999999",
    "ngày",
    "lần thứ",
    "số",
    "đại biểu",
    "dự",
    "cả nước",
];

fn check(body: &str) {
    let f = find(body, &year_end());
    for d in &f.indicators {
        assert!(body.contains(d.text.as_deref().unwrap_or("\u{0}")));
        assert!(d.clone().build().is_ok(), "{d:?}");
    }
    for t in &f.tallies {
        assert!(body.contains(t.text.as_deref().unwrap_or("\u{0}")));
        assert!(t.clone().build().is_ok(), "{t:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn never_panics_on_arbitrary_text(chars in prop::collection::vec(any::<char>(), 0..16_384)) {
        let body: String = chars.into_iter().collect();
        prop_assume!(body.len() <= 64 * 1024);
        check(&body);
    }

    #[test]
    fn never_panics_on_report_like_text(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..6_000)) {
        let mut body = String::new();
        for p in pieces {
            if body.len() + p.len() + 1 > 64 * 1024 {
                break;
            }
            body.push_str(p);
            body.push(' ');
        }
        check(&body);
        check(&body.replace(' ', ""));
    }
}

#[test]
fn decomposed_text_does_not_panic() {
    let body = "Thu ngân sách ước đạt trên 35,8 tỷ đồng, đạt 120,4% dự toán tỉnh giao; có 6/20 chỉ tiêu đạt và vượt.";
    let nfd: String = body.nfd().collect();
    check(&nfd);
    // The NFC original reads fully.
    let f = figures(body);
    assert_eq!((f.indicators.len(), f.tallies.len()), (1, 1));
}

#[test]
fn long_inputs_take_linear_time() {
    let unit = "Thu ngân sách đạt 35,8 tỷ đồng, đạt 95% kế hoạch, tăng 5% so với cùng kỳ; 6/20 chỉ tiêu đạt; 1 1 1 1/2 05-NQ ";
    let small = unit.repeat(200);
    let large = unit.repeat(4_000);
    let t0 = Instant::now();
    let a = find(&small, &year_end());
    let small_time = t0.elapsed();
    let t1 = Instant::now();
    let b = find(&large, &year_end());
    let large_time = t1.elapsed();
    // Repeats count once.
    assert_eq!(a.indicators.len(), b.indicators.len());
    assert!(
        large_time < small_time * 60 + Duration::from_millis(500),
        "{small_time:?} for 200 repeats, {large_time:?} for 4000"
    );
    // One line of digits, one line of marks, one word repeated.
    for body in [
        "1".repeat(200_000),
        "1 ".repeat(100_000),
        "%/,-".repeat(50_000),
        "đạt ".repeat(50_000),
    ] {
        let t = Instant::now();
        check(&body);
        assert!(t.elapsed() < Duration::from_secs(10));
    }
}
