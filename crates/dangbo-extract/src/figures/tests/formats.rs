//! Numbers and units as articles write them (PATTERNS.md §7).

use super::*;

fn value_unit(body: &str) -> (f64, String) {
    let d = one(body);
    (d.value.unwrap(), d.unit.unwrap())
}

#[test]
fn thousands_dot_and_decimal_comma() {
    assert_eq!(
        value_unit("Sản lượng cà phê đạt 101.761 tấn."),
        (101_761.0, "tấn".into())
    );
    assert_eq!(
        value_unit("Tổng vốn đạt 1.234.567,5 triệu đồng."),
        (1_234_567.5, "triệu đồng".into())
    );
    assert_eq!(
        value_unit("Thu ngân sách đạt 35,8 tỷ đồng."),
        (35.8, "tỷ đồng".into())
    );
    // A decimal comma before three digits is still a decimal comma.
    assert_eq!(
        value_unit("Thu ngân sách đạt 13,040 tỷ đồng."),
        (13.04, "tỷ đồng".into())
    );
}

#[test]
fn percent_spacing_and_glue() {
    let d = one("Tốc độ tăng trưởng kinh tế đạt 7,8 %.");
    assert_eq!(describe(&d), "7.8 % actual");
    let d = one("Tốc độ tăng trưởng kinh tế đạt13,04%.");
    assert_eq!(describe(&d), "13.04 % actual");
    assert_eq!(
        d.text.as_deref(),
        Some("Tốc độ tăng trưởng kinh tế đạt13,04%")
    );
}

#[test]
fn glued_units() {
    assert_eq!(
        value_unit("Diện tích lúa đông xuân đạt 2.350ha."),
        (2_350.0, "ha".into())
    );
    assert_eq!(
        value_unit("Kim ngạch xuất khẩu đạt 500USD."),
        (500.0, "USD".into())
    );
    assert_eq!(
        value_unit("Làm mới 12km đường giao thông nông thôn."),
        (12.0, "km".into())
    );
}

#[test]
fn leading_zeros() {
    assert_eq!(
        value_unit("Thành lập mới 06 hợp tác xã."),
        (6.0, "hợp tác xã".into())
    );
}

#[test]
fn units_with_scale_and_per() {
    assert_eq!(
        value_unit("Thu nhập bình quân đạt 62,3 triệu đồng/người/năm."),
        (62.3, "triệu đồng/người/năm".into())
    );
    assert_eq!(
        value_unit("Thu nhập bình quân đạt 62,3 triệu đồng/ người/năm."),
        (62.3, "triệu đồng/ người/năm".into())
    );
    assert_eq!(
        value_unit("Thu nhập bình quân đạt 62,3 triệu/người/năm."),
        (62.3, "triệu/người/năm".into())
    );
    assert_eq!(
        value_unit("Thu nhập bình quân đạt 1.850 ngàn đồng/người/năm."),
        (1_850.0, "ngàn đồng/người/năm".into())
    );
    assert_eq!(
        value_unit("Năng suất lúa đạt 58,6 tạ/ha."),
        (58.6, "tạ/ha".into())
    );
    assert_eq!(
        value_unit("Đón 1,2 triệu lượt khách."),
        (1.2, "triệu lượt khách".into())
    );
    assert_eq!(
        value_unit("Phục vụ 46.000 lượt người."),
        (46_000.0, "lượt người".into())
    );
    assert_eq!(
        value_unit("Tổng đàn trâu bò đạt 12.400 con."),
        (12_400.0, "con".into())
    );
    assert_eq!(
        value_unit("Tổng vốn đạt 1,2 nghìn tỷ đồng."),
        (1.2, "nghìn tỷ đồng".into())
    );
}

#[test]
fn numbers_in_words_keep_their_scale() {
    let d = one("Tổng vốn đầu tư toàn xã hội đạt gần một nghìn tỷ đồng.");
    assert_eq!(describe(&d), "1 nghìn tỷ đồng nearly actual");
    let d = one("Huy động được hơn hai tỷ đồng xây nhà đại đoàn kết.");
    assert_eq!(describe(&d), "2 tỷ đồng over actual");
}

#[test]
fn english_forms_are_read_when_they_cannot_be_vietnamese() {
    assert_eq!(
        value_unit("Vốn thu hút đạt 1,234,567 USD."),
        (1_234_567.0, "USD".into())
    );
    assert_eq!(value_unit("Sản lượng đạt 7.5 tấn."), (7.5, "tấn".into()));
}

#[test]
fn huge_and_overflowing_numbers() {
    let f = figures("Thu ngân sách đạt 999.999.999.999.999.999 tỷ đồng.");
    assert!(f.indicators.is_empty());
    let long = format!("Thu ngân sách đạt {} tỷ đồng.", "9".repeat(400));
    assert!(figures(&long).indicators.is_empty());
}

#[test]
fn compound_amounts() {
    let (v, u) = value_unit("Thu ngân sách đạt 25 tỷ 300 triệu đồng.");
    assert!((v - 25.3).abs() < 1e-9 && u == "tỷ đồng", "{v} {u}");
    let (v, u) = value_unit("Hỗ trợ 2 triệu 500 nghìn đồng/hộ.");
    assert!((v - 2.5).abs() < 1e-9 && u == "triệu đồng/hộ", "{v} {u}");
}

#[test]
fn a_missing_decimal_comma() {
    let d = one("Tốc độ tăng trưởng kinh tế đạt 13 04%.");
    assert_eq!(describe(&d), "13.04 % actual");
    assert_eq!(
        d.text.as_deref(),
        Some("Tốc độ tăng trưởng kinh tế đạt 13 04%")
    );
}

#[test]
fn odd_whitespace_and_tone_placement() {
    let body = "Thu ngân sách  được\ttrên 35,8 tỷ  đồng , đạt 120,4% dự toán tỉnh giao.";
    let d = one(body);
    assert_eq!(
        describe(&d),
        "35.8 tỷ đồng over actual | 120.4% assigned_estimate"
    );
    assert_eq!(d.unit.as_deref(), Some("tỷ đồng"));
    // Newer tone placement in cue words: "hoá", "uỷ".
    let d = one("Tỷ lệ đô thị hoá đạt 42%; Thành uỷ đề ra 15 chỉ tiêu chủ yếu.");
    assert_eq!(describe(&d), "42 % actual");
    assert_eq!(d.category, Some(Category::Economy));
}

#[test]
fn typos_in_verbs() {
    let d = one("Tổng thu ngân sách ước đạ 120 tỷ đồng.");
    assert_eq!(describe(&d), "120 tỷ đồng estimate");
}

#[test]
fn counts_of_cases_services_cameras_and_militia() {
    let f = figures(
        "Năm 2023, lực lượng chức năng xử phạt 38.450 trường hợp vi phạm; tỉnh cung cấp 1.126 dịch vụ công trực tuyến toàn trình; kết nối 2.680 camera giám sát; huấn luyện 320 dân quân tự vệ, đạt 100% kế hoạch.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "38450 trường hợp actual",
            "1126 dịch vụ actual",
            "2680 camera actual",
            "320 dân quân tự vệ actual | 100% plan"
        ]
    );
}

#[test]
fn a_rate_with_its_target_after_a_slash() {
    let d = one("Năm 2023, tỷ lệ bao phủ bảo hiểm y tế đạt 98,7%/98% chỉ tiêu giao.");
    assert_eq!(describe(&d), "98.7 % actual target 98");
}
