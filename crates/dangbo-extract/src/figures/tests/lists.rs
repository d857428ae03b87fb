//! What a sentence or a list head says once for the figures after it:
//! targets for the next period, estimates, a basis, a comparison, a verb.

use super::*;

#[test]
fn bare_exceeding_takes_the_basis_of_the_list_head() {
    let f = figures(
        "So với kế hoạch năm, nhiều chỉ tiêu vượt cao: sản lượng thủy sản vượt 8%, giá trị sản xuất tiểu thủ công nghiệp vượt 3,2%, thu ngân sách vượt 15%.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "- actual | 108% plan",
            "- actual | 103.2% plan",
            "- actual | 115% plan"
        ]
    );
    let d = one("Thu ngân sách đạt 40 tỷ đồng, vượt 6%.");
    assert_eq!(describe(&d), "40 tỷ đồng actual | 106% other");
}

#[test]
fn share_list_after_chiem() {
    let f = figures("Cơ cấu kinh tế: tỷ trọng nông nghiệp chiếm 31,4%, công nghiệp - xây dựng 27,9%, dịch vụ 40,7%.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["31.4 % actual", "27.9 % actual", "40.7 % actual"]);
    assert_eq!(
        f.indicators[1].name.as_deref(),
        Some("công nghiệp - xây dựng")
    );
}

#[test]
fn estimates() {
    for verb in ["ước đạt", "ước thực hiện", "ước tính đạt", "ước"] {
        let d = one(&format!("Tổng chi ngân sách {verb} 310 tỷ đồng."));
        assert_eq!(d.figure, Figure::Estimate, "{verb}");
    }
    let d = one("Giá trị sản xuất nông nghiệp ước tăng 3,9%.");
    assert_eq!(describe(&d), "- estimate | increase 3.9%");
    let f = figures(
        "Ước cả năm 2023, tổng thu ngân sách đạt 250 tỷ đồng; tổng chi ngân sách đạt 240 tỷ đồng.",
    );
    assert!(f.indicators.iter().all(|d| d.figure == Figure::Estimate));
    assert_eq!(f.indicators.len(), 2);
}

#[test]
fn projections() {
    let d = one("Tổng thu ngân sách dự kiến đạt 500 tỷ đồng.");
    assert_eq!(d.figure, Figure::Projected);
    let d = one("Năm 2024, phấn đấu tốc độ tăng trưởng kinh tế đạt 8,5% trở lên.");
    assert_eq!(describe(&d), "8.5 % over projected");
    let f = figures(
        "Hội nghị thông qua 19 chỉ tiêu chủ yếu năm 2024, trong đó: tổng thu ngân sách đạt 300 tỷ đồng; thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm 1,2%.",
    );
    assert_eq!(f.indicators.len(), 3);
    assert!(f.indicators.iter().all(|d| d.figure == Figure::Projected));
    assert_eq!(describe_tally(&f.tallies[0]), "19/- chỉ tiêu");
}

#[test]
fn a_list_of_next_year_targets_on_the_following_lines() {
    let body = "Năm 2023, thu ngân sách đạt 280 tỷ đồng.\nNhiệm vụ trọng tâm năm 2024:\n- Tổng thu ngân sách đạt 320 tỷ đồng.\n- Tỷ lệ che phủ rừng đạt 64%.\nHội nghị cũng nghe báo cáo về công tác cán bộ; kết nạp 55 đảng viên.";
    let f = figures(body);
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "280 tỷ đồng actual",
            "320 tỷ đồng projected",
            "64 % projected",
            "55 đảng viên actual"
        ]
    );
}

#[test]
fn targets_for_the_rest_of_the_year() {
    let ctx = Context {
        review: Some(PeriodDraft::YearToDate {
            year: 2023,
            months: 6,
        }),
        plan: Some(PeriodDraft::YearRemainder {
            year: 2023,
            months: 6,
        }),
        published: None,
        below_province: false,
        unit: None,
        locality: None,
    };
    let f = figures_in(
        "Sáu tháng đầu năm, thu ngân sách đạt 60 tỷ đồng. Nhiệm vụ 6 tháng cuối năm 2023, phấn đấu thu ngân sách đạt 130 tỷ đồng.",
        &ctx,
    );
    let got: Vec<Figure> = f.indicators.iter().map(|d| d.figure).collect();
    assert_eq!(got, [Figure::Actual, Figure::Projected]);
}

#[test]
fn a_comparison_stated_at_the_head() {
    let f = figures("So với cùng kỳ, doanh thu thương mại tăng 12%, giá trị xuất khẩu tăng 9%.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "- actual | increase 12% vs same_period",
            "- actual | increase 9% vs same_period"
        ]
    );
}

#[test]
fn without_periods_the_reviewed_year_is_the_one_most_named() {
    let body = "Năm 2023, thu ngân sách đạt 90 tỷ đồng; năm 2023 cũng là năm bản lề. Chỉ tiêu năm 2024: thu ngân sách đạt 100 tỷ đồng.";
    let f = figures_in(body, &Context::default());
    let got: Vec<Figure> = f.indicators.iter().map(|d| d.figure).collect();
    assert_eq!(got, [Figure::Actual, Figure::Projected]);
}

#[test]
fn rates_named_after_their_percent_in_a_list() {
    let f = figures("Phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới, trong đó 40% xã đạt chuẩn nâng cao; 100% xã, thị trấn có trạm y tế đạt chuẩn.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        ["100 % projected", "40 % projected", "100 % projected"]
    );
    let names: Vec<&str> = f
        .indicators
        .iter()
        .filter_map(|d| d.name.as_deref())
        .collect();
    assert_eq!(
        names,
        [
            "xã đạt chuẩn nông thôn mới",
            "xã đạt chuẩn nâng cao",
            "xã, thị trấn có trạm y tế đạt chuẩn"
        ]
    );
}

#[test]
fn a_growth_verb_stated_once_for_a_list() {
    let f = figures(
        "Giá trị sản xuất nông nghiệp tăng 3,2%, công nghiệp 11,5%, dịch vụ 8,9% so với cùng kỳ.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "- actual | increase 3.2%",
            "- actual | increase 11.5%",
            "- actual | increase 8.9% vs same_period"
        ]
    );
}

#[test]
fn a_second_value_takes_the_name_before_only_in_the_same_unit() {
    let f = figures("Tổng thu ngân sách 9 tháng đạt 980 tỷ đồng, ước cả năm đạt 1.300 tỷ đồng; có 1.245 lượt người được tư vấn, 845 lao động có việc làm mới.");
    let names: Vec<&str> = f
        .indicators
        .iter()
        .filter_map(|d| d.name.as_deref())
        .collect();
    assert_eq!(
        names,
        [
            "Tổng thu ngân sách 9 tháng",
            "Tổng thu ngân sách 9 tháng",
            "lượt người",
            "lao động"
        ]
    );
    assert_eq!(f.indicators[1].figure, Figure::Estimate);
}

#[test]
fn a_target_that_lowers_a_rate_names_the_rate() {
    let f = figures("Năm 2024, phấn đấu thu ngân sách đạt 320 tỷ đồng; giảm tỷ lệ hộ nghèo xuống dưới 1,5%; giảm tỷ lệ trẻ em suy dinh dưỡng còn 9,8%.");
    let got: Vec<String> = f
        .indicators
        .iter()
        .map(|d| format!("{} = {}", d.name.as_deref().unwrap_or("-"), describe(d)))
        .collect();
    assert_eq!(
        got,
        [
            "thu ngân sách = 320 tỷ đồng projected",
            "tỷ lệ hộ nghèo = 1.5 % under projected | decrease",
            "tỷ lệ trẻ em suy dinh dưỡng = 9.8 % projected | decrease"
        ]
    );
}

#[test]
fn a_numbered_list_of_targets_under_numbered_headings() {
    // "1." and "a)" open items of the list the head opened; the labels are
    // no part of the names.
    let f = figures("Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2024:\n1. Về kinh tế:\na) Tổng giá trị sản xuất tăng 9% trở lên;\nb) Thu ngân sách trên địa bàn đạt 12 tỷ đồng.\n2. Về xã hội:\na) Tỷ lệ hộ nghèo giảm còn 1,5%;\nb) Kết nạp 15 đảng viên mới.\n");
    let got: Vec<String> = f
        .indicators
        .iter()
        .map(|d| format!("{} = {:?}", d.name.as_deref().unwrap_or("-"), d.figure))
        .collect();
    assert_eq!(
        got,
        [
            "Tổng giá trị sản xuất = Projected",
            "Thu ngân sách trên địa bàn = Projected",
            "Tỷ lệ hộ nghèo = Projected",
            "Kết nạp đảng viên mới = Projected"
        ]
    );
}

#[test]
fn a_rate_beside_a_rate_and_indexes_and_doctors() {
    let f = figures("Tỷ lệ dân số đô thị sử dụng nước sạch đạt 99,1%, nông thôn đạt 90,4%. Tỷ lệ lao động qua đào tạo đạt 70,5%, trong đó có bằng cấp, chứng chỉ đạt 31,2%. Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước đạt 87,9%. Toàn tỉnh đạt 9,1 bác sĩ/vạn dân.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "99.1 % actual",
            "90.4 % actual",
            "70.5 % actual",
            "31.2 % actual",
            "87.9 % actual",
            "9.1 bác sĩ/vạn dân actual"
        ]
    );
    assert!(f.indicators[4]
        .name
        .as_deref()
        .is_some_and(|n| n.starts_with("Chỉ số hài lòng")));
    // A percent after a rate with its own basis stays an achievement.
    let f = figures("Tỷ lệ hộ nghèo còn 2,1%, giải ngân vốn đầu tư công đạt 85% kế hoạch.");
    assert_eq!(f.indicators[1].achievements.len(), 1);
}

#[test]
fn counts_of_many_domains_and_a_rate_head_after_words() {
    let f = figures("Năm 2023, có 312 thí sinh trúng tuyển vào các trường quân đội; triệt phá 41 ổ nhóm tội phạm; thu giữ 11.250 viên ma túy tổng hợp; thực hiện 14.280 ca phẫu thuật; công bố 412 bài báo khoa học quốc tế; tổ chức 124 buổi tuyên truyền và 18 đợt tuần tra chung; mở 6 lớp bồi dưỡng; triển khai 5 kỹ thuật mới; bàn giao 45 nhà tình nghĩa. Kết quả kiểm tra có tỷ lệ khá, giỏi đạt 78,5%.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "312 thí sinh actual",
            "41 ổ nhóm actual",
            "11250 viên actual",
            "14280 ca actual",
            "412 bài báo actual",
            "124 buổi actual",
            "18 đợt actual",
            "6 lớp actual",
            "5 kỹ thuật actual",
            "45 nhà actual",
            "78.5 % actual"
        ]
    );
    assert_eq!(f.indicators[10].name.as_deref(), Some("tỷ lệ khá, giỏi"));
}
