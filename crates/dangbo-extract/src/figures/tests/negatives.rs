//! What is not recorded: attendance, absolute excess, ranges, per mille,
//! dates, years, ordinals, document numbers, other places, repeats.

use super::*;

fn nothing(body: &str) {
    let f = figures(body);
    assert!(
        f.indicators.is_empty() && f.tallies.is_empty(),
        "{body}\n{:#?}\n{:#?}",
        f.indicators,
        f.tallies
    );
}

#[test]
fn attendance_at_the_meeting() {
    nothing("Hội nghị có 45 đại biểu dự.");
    nothing("Có 120 đảng viên tham dự hội nghị.");
    nothing("Dự hội nghị có 38 đồng chí Ủy viên Ban Chấp hành.");
}

#[test]
fn absolute_excess() {
    let d = one("Thu ngân sách đạt 52 tỷ đồng, vượt 4 tỷ đồng so với dự toán.");
    assert_eq!(describe(&d), "52 tỷ đồng actual");
    nothing("Thu ngân sách vượt 4 tỷ đồng.");
}

#[test]
fn ranges_and_per_mille() {
    nothing("Tốc độ tăng trưởng kinh tế phấn đấu đạt 7,5-8%.");
    nothing("Tốc độ tăng trưởng kinh tế phấn đấu đạt 7,5% - 8%.");
    nothing("Tốc độ tăng trưởng đạt từ 7 đến 8%.");
    nothing("Tỷ suất sinh giảm 0,2%0.");
    nothing("Tỷ suất sinh giảm 0,2‰.");
}

#[test]
fn dates_years_ordinals_and_documents() {
    nothing("Ngày 15/9/2023, Huyện ủy tổ chức Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện khóa XXII.");
    nothing("Sáng 17/01, hội nghị khai mạc lúc 8h30; chiều 18-1-2024 bế mạc.");
    nothing("Ngày 9.12, Thành ủy tổ chức hội nghị tổng kết năm 2023.");
    nothing("Thực hiện Nghị quyết số 05-NQ/TU và Kế hoạch 12/KH-UBND, Chỉ thị 18 của Tỉnh ủy.");
    nothing("Nhiệm kỳ 2020 - 2025, giai đoạn 2021-2025; quý III/2023.");
    nothing("Thứ ba - 12/12/2023 11:27 GMT+7");
    nothing("Đánh giá kết quả 6 tháng đầu năm và nhiệm vụ 3 tháng cuối năm 2023.");
    nothing("Dịp này, Huyện ủy trao Huy hiệu 30 năm tuổi Đảng cho 15 đảng viên.");
}

#[test]
fn figures_of_other_places() {
    nothing("GDP cả nước tăng 5,05% so với cùng kỳ.");
    nothing("Tăng trưởng kinh tế toàn quốc đạt 5,05%.");
}

#[test]
fn a_repeated_figure_counts_once() {
    let f = figures(
        "Thu ngân sách đạt 35,8 tỷ đồng, đạt 120,4% dự toán. Như đã nêu, thu ngân sách đạt 35,8 tỷ đồng, đạt 120,4% dự toán tỉnh giao.",
    );
    assert_eq!(f.indicators.len(), 1);
}

#[test]
fn a_percent_without_a_verb_or_rate_is_not_a_figure() {
    nothing("Khoảng 30% đại biểu là nữ.");
}

#[test]
fn places_count_only_when_they_reach_a_standard() {
    nothing("Huyện có 15 xã, thị trấn.");
    // Places that reached a standard are counted (tallies.rs).
    let t = one_tally("Năm 2023 có thêm 2 xã đạt chuẩn nông thôn mới.");
    assert_eq!(describe_tally(&t), "2/- xã met");
}

#[test]
fn votes_and_page_counters() {
    nothing("Hội nghị biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành.");
    nothing("Nghị quyết được thông qua với 100% ý kiến nhất trí.");
    nothing("Bài viết có 1.383 lượt xem.");
    // The share of a vote just counted, in the clause or the one before.
    nothing("Đồng chí Vũ Thị Hạnh được bầu giữ chức Phó Bí thư Huyện ủy với 42/44 phiếu bầu, đạt 95,45%.");
    nothing("Hội nghị bầu bổ sung đồng chí Lò Văn Tiến vào Ban Thường vụ với số phiếu tán thành đạt 97,3%.");
    let d = one("Giá trị cổ phiếu tăng, thu ngân sách đạt 96,4% dự toán.");
    assert_eq!(d.achievements.len(), 1);
}

#[test]
fn an_average_of_the_province_quoted_beside_ours() {
    let f = figures("Kinh tế tăng trưởng 9,12%, cao hơn mức bình quân của tỉnh (7,5%).");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["- actual | increase 9.12%"]);
}

#[test]
fn figures_of_the_country_or_a_region_are_context() {
    let all = figures(
        "Tăng trưởng kinh tế của huyện đạt 7,2%, cả nước khoảng 5,5%. Theo số liệu chung, tăng trưởng vùng Tây Nguyên ước đạt 6,3%. Để so sánh, cả nước thu ngân sách đạt 1.700 nghìn tỷ đồng.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(described, ["7.2 % actual"]);
}

#[test]
fn province_wide_figures_are_context_for_a_district() {
    let body = "Thu ngân sách trên địa bàn huyện đạt 215 tỷ đồng. Để so sánh, toàn tỉnh 9 tháng thu ngân sách đạt 3.100 tỷ đồng, tăng 5%. Toàn tỉnh năm 2024 ước tăng trưởng 7,1%, thu ngân sách khoảng 4.200 tỷ đồng.";
    let district = Context {
        below_province: true,
        unit: None,
        ..year_end()
    };
    let described: Vec<String> = figures_in(body, &district)
        .indicators
        .iter()
        .map(describe)
        .collect();
    assert_eq!(described, ["215 tỷ đồng actual"]);
    // For the province's own committee they are its figures.
    assert_eq!(figures_in(body, &year_end()).indicators.len(), 4);
}

#[test]
fn figures_above_beside_or_long_before_the_committee_are_context() {
    let ward = Context {
        review: Some(PeriodDraft::YearToDate {
            year: 2024,
            months: 6,
        }),
        plan: None,
        published: None,
        below_province: true,
        unit: Some(dangbo::UnitKind::Ward),
        locality: None,
    };
    let f = figures_in(
        "Thu ngân sách phường đạt 26,8 tỷ đồng. Toàn thành phố Vinh thu ngân sách 6 tháng đạt 1.340 tỷ đồng. Trong khi đó, phường Hưng Phúc lân cận đạt 31,2 tỷ đồng. Năm 2020, thu ngân sách phường chỉ đạt 12 tỷ đồng. So với đầu nhiệm kỳ năm 2020, khi thu ngân sách mới đạt 12 tỷ đồng, phường đã có bước phát triển. Năm 2023, thu ngân sách phường đạt 51,5 tỷ đồng.",
        &ward,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["26.8 tỷ đồng actual", "51.5 tỷ đồng actual"]);
}

#[test]
fn a_clause_or_a_comparison_on_the_city_above_is_context() {
    let at = |unit| Context {
        review: Some(PeriodDraft::YearToDate {
            year: 2023,
            months: 9,
        }),
        plan: None,
        published: None,
        below_province: true,
        unit: Some(unit),
        locality: None,
    };
    // A clause after a semicolon, in an urban district's article.
    let f = figures_in(
        "Thu ngân sách trên địa bàn đạt 1.642,8 tỷ đồng; riêng toàn thành phố Đà Nẵng thu ngân sách 9 tháng đạt 6.120 tỷ đồng, quận tiếp tục là nguồn thu lớn nhất.",
        &at(dangbo::UnitKind::UrbanDistrict),
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["1642.8 tỷ đồng actual"]);
    // A city within a centrally-run city, compared with that city.
    let f = figures_in(
        "GRDP thành phố ước tăng 5,9%. Để so sánh, toàn Thành phố Hồ Chí Minh 9 tháng có GRDP tăng 4,6% so với cùng kỳ.",
        &at(dangbo::UnitKind::ProvincialCity),
    );
    assert_eq!(f.indicators.len(), 1, "{:#?}", f.indicators);
}

#[test]
fn the_whole_city_is_context_below_it() {
    let quan = Context {
        review: Some(PeriodDraft::YearToDate {
            year: 2022,
            months: 6,
        }),
        plan: None,
        published: None,
        below_province: true,
        unit: Some(dangbo::UnitKind::UrbanDistrict),
        locality: None,
    };
    let body = "Thu ngân sách trên địa bàn quận ước đạt 640,8 tỷ đồng, góp phần vào tổng thu ngân sách toàn thành phố ước đạt 46.812 tỷ đồng.";
    let got: Vec<String> = figures_in(body, &quan)
        .indicators
        .iter()
        .map(describe)
        .collect();
    assert_eq!(got, ["640.8 tỷ đồng estimate"]);
    // The city's own committee owns it.
    let city = Context {
        unit: Some(dangbo::UnitKind::ProvincialCity),
        ..quan
    };
    assert_eq!(figures_in(body, &city).indicators.len(), 2);
}

#[test]
fn a_speaker_quoting_the_province_or_a_district_is_context() {
    let year = || Some(PeriodDraft::Year { year: 2020 });
    let district = Context {
        review: year(),
        plan: None,
        published: None,
        below_province: true,
        unit: Some(dangbo::UnitKind::District),
        locality: None,
    };
    let f = figures_in(
        "Thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng. Đồng chí Phó Chủ tịch UBND tỉnh thông tin, năm 2020 tốc độ tăng trưởng kinh tế của tỉnh An Giang đạt 3,05%, thu ngân sách nhà nước trên địa bàn tỉnh đạt 6.860 tỷ đồng; toàn tỉnh có 11/15 chỉ tiêu đạt kế hoạch. Tỷ lệ hộ nghèo theo chuẩn của tỉnh còn 0,64%.",
        &district,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["412 tỷ đồng actual", "0.64 % actual"]);
    assert!(f.tallies.is_empty(), "{:#?}", f.tallies);
    let province = Context {
        below_province: false,
        unit: Some(dangbo::UnitKind::Province),
        ..district
    };
    let f = figures_in(
        "Thu ngân sách toàn tỉnh đạt 3.120 tỷ đồng. Đồng chí Bí thư Huyện ủy Hải Lăng cho biết, thu ngân sách trên địa bàn huyện Hải Lăng đạt 95,3 tỷ đồng; huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 11/19 xã.",
        &province,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["3120 tỷ đồng actual"]);
    assert!(f.tallies.is_empty(), "{:#?}", f.tallies);
}

#[test]
fn the_committee_s_own_size_and_whom_delegates_stand_for() {
    nothing("Đảng bộ UBND tỉnh hiện có 48 tổ chức cơ sở đảng với hơn 2.700 đảng viên.");
    nothing("Về dự đại hội có 450 đại biểu thay mặt cho hơn 98.000 đảng viên trong toàn Đảng bộ.");
}

#[test]
fn a_level_compared_with_a_named_city_or_a_former_unit_is_context() {
    let quan = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::UrbanDistrict),
        ..year_end()
    };
    let f = figures_in(
        "Năm 2023, giá trị sản xuất của quận tăng 9,4% so với cùng kỳ, cao hơn mức tăng trưởng 7,6% của toàn thành phố. Cùng thời gian này, GRDP của thành phố Hải Phòng tăng 6,8%. Năm 2023, tỉnh Hà Tây (cũ) thu ngân sách đạt 1.640 tỷ đồng.",
        &quan,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["- actual | increase 9.4% vs same_period"]);
    // The committee's own "(cũ)"-free figure with a level word stays.
    let f = figures("Năm 2023, mức thu nhập bình quân đạt 62 triệu đồng/người.");
    assert_eq!(f.indicators.len(), 1);
}

#[test]
fn a_figure_restated_in_the_speech_counts_once() {
    let f = figures(
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 412 tỷ đồng, đạt 126,4% dự toán. Giải ngân vốn đầu tư công đạt 43,5% kế hoạch. Phát biểu kết luận, đồng chí Bí thư nói: \"Thu ngân sách đạt 126,4% dự toán là đáng ghi nhận; tỷ lệ giải ngân 43,5% là thấp\".",
    );
    assert_eq!(f.indicators.len(), 2, "{:#?}", f.indicators);
    // Another indicator at the same percent is no restatement.
    let f = figures(
        "Thu ngân sách nhà nước đạt 105% dự toán. Chi ngân sách địa phương đạt 105% dự toán.",
    );
    assert_eq!(f.indicators.len(), 2, "{:#?}", f.indicators);
}

#[test]
fn another_district_named_in_a_districts_article_is_context() {
    let district = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::District),
        locality: Some("Lục Ngạn".to_owned()),
        ..year_end()
    };
    let f = figures_in(
        "Năm 2023, sản lượng vải thiều của huyện Lục Ngạn đạt 180.000 tấn. Sản lượng vải thiều của huyện Lục Nam đạt 39.800 tấn.",
        &district,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["180000 tấn actual"]);
    // With no place known, both stay.
    let f = figures_in(
        "Năm 2023, sản lượng vải thiều của huyện Lục Ngạn đạt 180.000 tấn. Sản lượng vải thiều của huyện Lục Nam đạt 39.800 tấn.",
        &Context {
            locality: None,
            ..district
        },
    );
    assert_eq!(f.indicators.len(), 2);
}

#[test]
fn the_capital_and_the_city_above_by_its_own_units_names_are_context() {
    let town = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::Town),
        ..year_end()
    };
    let f = figures_in(
        "Thị xã thu ngân sách đạt 720 tỷ đồng. Đồng chí Trưởng ban cho biết tăng trưởng kinh tế (GRDP) của Thủ đô đạt 6,97%, thu ngân sách trên địa bàn Thành phố đạt 57,4% dự toán. Năm 2020, tăng trưởng kinh tế của TP. Hồ Chí Minh ước đạt 1,39%, tổng thu ngân sách Thành phố đạt 89,4% dự toán.",
        &town,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["720 tỷ đồng actual"]);
    // The city's standard is a rate of the unit's own.
    let f = figures_in(
        "Tỷ lệ hộ nghèo theo chuẩn Thành phố giảm từ 0,85% xuống còn 0,41%.",
        &town,
    );
    assert_eq!(f.indicators.len(), 1);
}

#[test]
fn the_province_beside_a_district_s_figure_in_parentheses_is_context() {
    let district = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::District),
        ..year_end()
    };
    let f = figures_in(
        "Thu ngân sách trên địa bàn ước đạt 38,7 tỷ đồng, đạt 26,4% dự toán tỉnh giao (toàn tỉnh đạt 24,8% dự toán).",
        &district,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["38.7 tỷ đồng estimate | 26.4% assigned_estimate"]);
}

#[test]
fn milestones_and_the_meeting_s_speakers_are_no_figures() {
    let f = figures("Thu ngân sách đạt 52.140 tỷ đồng, lần đầu tiên vượt mốc 50.000 tỷ đồng. Tại hội nghị, 14 lượt đại biểu đã phát biểu thảo luận; có 9 ý kiến tham luận.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["52140 tỷ đồng actual"]);
}

#[test]
fn a_clause_opening_on_the_province_carries_the_sentence_but_not_from_parentheses() {
    let district = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::District),
        ..year_end()
    };
    let f = figures_in(
        "Huyện thu hút 168,5 triệu USD vốn FDI (toàn tỉnh thu hút khoảng 1,1 tỷ USD); thu hút đầu tư trong nước đạt 1.480 tỷ đồng. Cũng trong năm, toàn tỉnh có tốc độ tăng trưởng GRDP ước đạt 8,05%, thu ngân sách đạt 27,8% dự toán.",
        &district,
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["168.5 triệu USD actual", "1480 tỷ đồng actual"]);
}
