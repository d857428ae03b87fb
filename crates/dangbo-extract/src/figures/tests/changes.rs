//! Changes and what they compare with: amounts and their percent, points
//! of a rate, multiples, quarters, and the baselines that are no figures.

use super::*;

#[test]
fn an_amount_and_its_equivalent_percent_are_one_change() {
    let d = one(
        "Năm 2023, tổng thu ngân sách ước đạt 10.120 tỷ đồng, tăng 1.215 tỷ đồng, tương đương tăng 13,6% so với năm 2022.",
    );
    assert_eq!(
        describe(&d),
        "10120 tỷ đồng estimate | increase 13.6% 1215 vs previous_period"
    );
    let d = one("Năm 2023, doanh thu du lịch đạt 2.840 tỷ đồng, giảm 420 tỷ đồng, tương đương 12,9% so với năm trước.");
    assert_eq!(
        describe(&d),
        "2840 tỷ đồng actual | decrease 12.9% 420 vs previous_period"
    );
}

#[test]
fn points_of_a_rate_are_its_change_amount() {
    let d = one("Năm 2023, tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%, tăng 1,5 điểm phần trăm so với năm trước.");
    assert_eq!(
        describe(&d),
        "94.2 % actual | increase 1.5 vs previous_period"
    );
    let d = one("Năm 2023, tốc độ tăng trưởng GRDP ước đạt 6,9%, thấp hơn 0,13 điểm phần trăm so với năm 2022.");
    assert_eq!(
        describe(&d),
        "6.9 % estimate | decrease 0.13 vs previous_period"
    );
}

#[test]
fn a_multiple_is_growth_with_what_it_multiplies() {
    let d = one("Năm 2023, lượng khách du lịch ước đạt 5,5 triệu lượt, gấp 1,2 lần năm 2022.");
    assert_eq!(
        describe(&d),
        "5.5 triệu lượt estimate | increase vs previous_period"
    );
    let d =
        one("Năm 2023, số doanh nghiệp thành lập mới là 342 doanh nghiệp, gấp 1,5 lần cùng kỳ.");
    assert_eq!(
        describe(&d),
        "342 doanh nghiệp actual | increase vs same_period"
    );
    let d = one("Năm 2023, quy mô GRDP đạt 41.860 tỷ đồng, gấp 1,25 lần so với đầu nhiệm kỳ.");
    assert_eq!(describe(&d), "41860 tỷ đồng actual | increase vs other");
}

#[test]
fn a_quarter_or_the_year_end_before() {
    let d = one(
        "Riêng quý III năm 2023, kim ngạch xuất khẩu đạt 46,2 triệu USD, tăng 15,3% so với quý II.",
    );
    assert_eq!(
        describe(&d),
        "46.2 triệu USD actual | increase 15.3% vs previous_period"
    );
    let d = one("Năm 2023, tỷ lệ lao động qua đào tạo đạt 68,5%, tăng 2,2 điểm phần trăm so với cuối năm 2022.");
    assert_eq!(
        describe(&d),
        "68.5 % actual | increase 2.2 vs previous_period"
    );
    // Not the quarter before: some other comparison.
    let d = one(
        "Riêng quý III năm 2023, kim ngạch xuất khẩu đạt 46,2 triệu USD, tăng 15,3% so với quý I.",
    );
    assert_eq!(
        describe(&d),
        "46.2 triệu USD actual | increase 15.3% vs other"
    );
}

#[test]
fn baselines_and_past_terms_are_no_figures() {
    let f = figures(
        "Năm 2023, tổng thu ngân sách đạt 4.120 tỷ đồng, tăng 35,2% so với năm 2020; năm 2020, con số này chỉ là 3.047 tỷ đồng. Thu tiền sử dụng đất giảm mạnh, cùng kỳ năm 2022 riêng nguồn thu tiền sử dụng đất đã đạt 410 tỷ đồng. Năm 2023, tăng trưởng kinh tế đạt 7,1%; giai đoạn 2016 - 2020, giá trị sản xuất công nghiệp tăng bình quân 9,5%/năm.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "4120 tỷ đồng actual | increase 35.2% vs other",
            "7.1 % actual"
        ]
    );
}

#[test]
fn the_whole_district_is_context_for_a_commune() {
    let commune = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::Commune),
        ..year_end()
    };
    let f = figures_in(
        "Năm 2023, trong điều kiện toàn huyện Hòa Vang tăng trưởng 8,2%, thu nhập bình quân của xã đạt 62 triệu đồng/người.",
        &commune,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["62 triệu đồng/người actual"]);
}

#[test]
fn the_time_of_the_first_level_in_parentheses() {
    let d = one("Năm 2023, tỷ lệ hộ nghèo giảm từ 12,36% (năm 2020) xuống còn 6,08%.");
    assert_eq!(describe(&d), "6.08 % actual | decrease vs other");
}
