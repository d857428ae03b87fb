//! Phrase shapes of EXTRACTION.md and PATTERNS.md §7, continued from
//! `shapes.rs`: what names a figure (a colon, a comma inside a rate's name,
//! "per one" units, long rate names), counted things and party-work counts,
//! targets in parentheses, demands and floors.

use super::*;

#[test]
fn targets_and_comparisons_in_parentheses_are_not_figures() {
    let d = one("Tổng vốn đầu tư toàn xã hội ước đạt 2.300 tỷ đồng (kế hoạch 4.500 tỷ đồng).");
    assert_eq!(describe(&d), "2300 tỷ đồng estimate target 4500");
    let d = one("Chỉ số sản xuất công nghiệp tăng 10,5% (cùng kỳ tăng 8%).");
    assert_eq!(describe(&d), "- actual | increase 10.5%");
}

#[test]
fn a_name_before_a_colon() {
    let d = one("Tổng thu ngân sách: 150 tỷ đồng.");
    assert_eq!(d.name.as_deref(), Some("Tổng thu ngân sách"));
}

#[test]
fn a_rate_target_in_parentheses() {
    let d = one("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1% (chỉ tiêu 93%).");
    assert_eq!(describe(&d), "94.1 % actual target 93");
}

#[test]
fn livestock_counts() {
    let f = figures("Tổng đàn lợn 3.150 con, đàn gia cầm 52.000 con.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["3150 con actual", "52000 con actual"]);
    assert!(f
        .indicators
        .iter()
        .all(|d| d.category == Some(Category::Agriculture)));
}

#[test]
fn abbreviated_comparisons() {
    let d = one("Doanh thu bán lẻ tăng 9,5% so cùng kỳ.");
    assert_eq!(describe(&d), "- actual | increase 9.5% vs same_period");
    let d = one("Sản lượng thủy sản đạt 4.500 tấn, tăng 3% so với CK.");
    assert_eq!(describe(&d), "4500 tấn actual | increase 3% vs same_period");
    let d = one("Thu ngân sách đạt 20 tỷ đồng, bằng 110% CK.");
    assert_eq!(describe(&d), "20 tỷ đồng actual | 110% same_period");
}

#[test]
fn comrades_admitted_are_new_members() {
    let d = one("Trong năm, kết nạp mới 45 đồng chí, đạt 112,5% chỉ tiêu tỉnh giao.");
    assert_eq!(describe(&d), "45 đồng chí actual | 112.5% other");
    assert_eq!(d.category, Some(Category::PartyBuilding));
}

#[test]
fn a_level_dated_before_down_to_or_up_to() {
    let d = one("Tỷ lệ hộ nghèo đa chiều giảm từ 2,35% đầu năm xuống còn 1,8%.");
    assert_eq!(describe(&d), "1.8 % actual | decrease vs other");
    assert_eq!(
        d.text.as_deref(),
        Some("Tỷ lệ hộ nghèo đa chiều giảm từ 2,35% đầu năm xuống còn 1,8%")
    );
    let d = one("Tỷ lệ tham gia bảo hiểm y tế tăng từ 90,4% cuối năm 2022 lên 92,1%.");
    assert_eq!(describe(&d), "92.1 % actual | increase vs other");
}

#[test]
fn admitted_comrades_over_a_target() {
    let all = figures(
        "Trong quý, Đảng ủy xã kết nạp mới 3 đảng viên, nâng tổng số đảng viên kết nạp trong năm lên 11/12 đồng chí, đạt 91,7% chỉ tiêu huyện giao.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(
        described,
        [
            "3 đảng viên actual",
            "11 đồng chí actual target 12 | 91.7% other | increase"
        ]
    );
    assert_eq!(
        all.indicators[1].name.as_deref(),
        Some("nâng tổng số đảng viên kết nạp trong năm")
    );
}

#[test]
fn a_figure_after_a_time_word_that_is_no_date() {
    let all = figures(
        "Tổng diện tích gieo cấy lúa cả năm 41.250 ha, sản lượng cả năm 1,2 triệu tấn; tháng 9 năm 2023 trời mưa nhiều.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(described, ["41250 ha actual", "1.2 triệu tấn actual"]);
}

#[test]
fn a_list_of_shares_runs_on_across_semicolons() {
    let all = figures(
        "Cơ cấu kinh tế: tỷ trọng dịch vụ chiếm 48,2%; công nghiệp - xây dựng 33,5%; nông nghiệp 18,3%.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(
        described,
        ["48.2 % actual", "33.5 % actual", "18.3 % actual"]
    );
}

#[test]
fn a_rate_name_holding_a_comma() {
    let d = one("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30,8%.");
    assert_eq!(describe(&d), "30.8 % actual");
    assert_eq!(
        d.name.as_deref(),
        Some("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ")
    );
}

#[test]
fn counted_things_and_over_after_new() {
    let all = figures(
        "Năm 2024, Đảng ủy phấn đấu kết nạp 15 đảng viên mới trở lên; cấp mới 320 giấy chứng nhận quyền sử dụng đất; kiểm tra 12 tổ chức đảng; chỉnh trang 2,5km vỉa hè.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(
        described,
        [
            "15 đảng viên over projected",
            "320 giấy chứng nhận projected",
            "12 tổ chức đảng projected",
            "2.5 km projected"
        ]
    );
}

#[test]
fn a_share_of_another_whole_is_not_also_a_rate() {
    let all =
        figures("Sản lượng cà phê nhân đạt 41.200 tấn, chiếm 22,5% sản lượng cà phê toàn tỉnh.");
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(described, ["41200 tấn actual | share 22.5%"]);
    // A whole named without a wider place is still a whole.
    let all = figures(
        "Diện tích ứng dụng công nghệ cao đạt 11.450 ha, chiếm 46,5% diện tích đất nông nghiệp.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(described, ["11450 ha actual | share 46.5%"]);
}

#[test]
fn per_one_unit_is_part_of_the_name() {
    let d = one("Giá trị sản xuất trên 1 ha đất trồng trọt đạt 152 triệu đồng.");
    assert_eq!(describe(&d), "152 triệu đồng actual");
    assert_eq!(
        d.name.as_deref(),
        Some("Giá trị sản xuất trên 1 ha đất trồng trọt")
    );
    // "trên 1 ha" as an amount is still one.
    let d = one("Xã trồng mới trên 1 ha sâm Ngọc Linh.");
    assert_eq!(describe(&d), "1 ha over actual");
}
#[test]
fn rates_named_at_length() {
    // A short rate head before a comma belongs to the name after it.
    let d = one("Tỷ lệ truy tố, xét xử án hình sự đạt 92,4%.");
    assert_eq!(describe(&d), "92.4 % actual");
    assert_eq!(d.name.as_deref(), Some("Tỷ lệ truy tố, xét xử án hình sự"));
    let d = one("Phấn đấu tỷ lệ điều tra, khám phá án hình sự đạt trên 80%.");
    assert_eq!(describe(&d), "80 % over projected");
    // The rate's words before the comma may be many.
    let d = one("Tỷ lệ đơn thư khiếu nại của công dân được tiếp nhận, xử lý qua mạng đạt 64,5%.");
    assert_eq!(
        d.name.as_deref(),
        Some("Tỷ lệ đơn thư khiếu nại của công dân được tiếp nhận, xử lý qua mạng")
    );
    // A rate's name may run past fourteen words and keep its head.
    let d = one("Tỷ lệ chi bộ trực thuộc Đảng bộ xã được đánh giá xếp loại hoàn thành tốt nhiệm vụ đạt 91%.");
    assert_eq!(describe(&d), "91 % actual");
    assert!(d.name.as_deref().is_some_and(|n| n.starts_with("Tỷ lệ")));
}

#[test]
fn counts_after_verbs_that_end_like_labels() {
    // "giải quyết" and "cấp" before a count are verbs, not "Quyết định 12", "cấp 2".
    let d = one("Bộ phận một cửa đã giải quyết 2.340 hồ sơ thủ tục hành chính.");
    assert_eq!(describe(&d), "2340 hồ sơ actual");
    let d = one("Huyện đã cấp 1.080 giấy chứng nhận quyền sử dụng đất.");
    assert_eq!(describe(&d), "1080 giấy chứng nhận actual");
    assert!(figures("Trường đạt chuẩn quốc gia cấp 2 năm 2023.")
        .indicators
        .is_empty());
    let f = figures("Công an huyện bắt giữ 56 đối tượng, điều động 120 cán bộ về cơ sở.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["56 đối tượng actual", "120 cán bộ actual"]);
    let d = one("Xây mới 215 nhà ở cho hộ nghèo.");
    assert_eq!(describe(&d), "215 nhà ở actual");
    let d = one("Các xã bình quân đạt 16,4 tiêu chí/xã.");
    assert_eq!(describe(&d), "16.4 tiêu chí/xã actual");
    let d = one("Sản lượng bưởi đạt 95 triệu quả.");
    assert_eq!(describe(&d), "95 triệu quả actual");
    let f = figures("Diện tích cây lâu năm đạt 452.600 ha, trong đó diện tích điều 148.300 ha.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["452600 ha actual", "148300 ha actual"]);
    assert!(figures("Theo Điều 5 của Quy chế làm việc.")
        .indicators
        .is_empty());
    let d = one("Thị xã cấp 340 giấy phép xây dựng.");
    assert_eq!(describe(&d), "340 giấy phép actual");
}

#[test]
fn a_structure_list_after_a_colon() {
    let f = figures("Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 21,4% - công nghiệp, xây dựng 35,2% - dịch vụ 43,4%; tổng vốn đầu tư ước đạt 9.850 tỷ đồng.");
    let got: Vec<(String, String)> = f
        .indicators
        .iter()
        .map(|d| (d.name.clone().unwrap_or_default(), describe(d)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "nông, lâm nghiệp, thủy sản".to_owned(),
                "21.4 % actual".to_owned()
            ),
            (
                "công nghiệp, xây dựng".to_owned(),
                "35.2 % actual".to_owned()
            ),
            ("dịch vụ".to_owned(), "43.4 % actual".to_owned()),
            (
                "tổng vốn đầu tư".to_owned(),
                "9850 tỷ đồng estimate".to_owned()
            ),
        ]
    );
    // A colon after another head opens no list of rates.
    assert!(figures("Kết quả cụ thể: nông nghiệp 21,4%.")
        .indicators
        .is_empty());
}
#[test]
fn what_a_measure_measures_names_it() {
    let d = one("Toàn huyện có 12.800 ha cà phê.");
    assert_eq!(describe(&d), "12800 ha actual");
    assert_eq!(d.name.as_deref(), Some("cà phê"));
}

#[test]
fn the_subject_of_a_target_is_not_its_name() {
    let d = one("Năm 2024, huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 9% trở lên.");
    assert_eq!(
        d.name.as_deref(),
        Some("tốc độ tăng trưởng giá trị sản xuất")
    );
    let d = one("Huyện phấn đấu đến cuối nhiệm kỳ thu nhập bình quân đầu người đạt 95 triệu đồng.");
    assert_eq!(d.name.as_deref(), Some("thu nhập bình quân đầu người"));
    let d = one("Toàn tỉnh phấn đấu tỷ lệ che phủ rừng đạt 54%.");
    assert_eq!(d.name.as_deref(), Some("tỷ lệ che phủ rừng"));
}

#[test]
fn bulletin_number_and_unit_forms() {
    // Thousands grouped by spaces.
    let d = one("Giá trị sản xuất công nghiệp ước đạt 1 250 tỷ đồng, tăng 12,5% so với cùng kỳ.");
    assert_eq!(
        describe(&d),
        "1250 tỷ đồng estimate | increase 12.5% vs same_period"
    );
    // Abbreviated scales before money.
    let d = one("Thu nhập bình quân đầu người đạt 52,5 tr.đồng/người/năm.");
    assert_eq!(describe(&d), "52.5 tr.đồng/người/năm actual");
    let d = one("Giá trị sản phẩm trên 1 ha đất nông nghiệp đạt 145 tr.đ.");
    assert_eq!(describe(&d), "145 tr.đ actual");
    // The percent sign in words.
    let d = one("Giải ngân vốn đầu tư công đạt 22,4 phần trăm kế hoạch.");
    assert_eq!(achievements(&d), [(22.4, Basis::Plan)]);
}

#[test]
fn party_work_counts() {
    let all = figures(
        "Ủy ban Kiểm tra Huyện ủy đã kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 8 đảng viên; qua kiểm tra kết luận 5 đảng viên có vi phạm. Các cấp ủy đã xét, công nhận đảng viên chính thức cho 121 đồng chí. Huyện ủy trao Huy hiệu Đảng đợt 3/2 cho 64 đảng viên.",
    );
    let described: Vec<String> = all.indicators.iter().map(describe).collect();
    assert_eq!(
        described,
        [
            "3 tổ chức đảng actual",
            "8 đảng viên actual",
            "5 đảng viên actual",
            "121 đồng chí actual",
            "64 đảng viên actual"
        ]
    );
    // Commendations and gifts, whom delegates represent, a body's size: no figures.
    let none = figures(
        "Dịp này, Huyện ủy tặng Bằng khen cho 12 tập thể và biểu dương 40 đảng viên. Dự đại hội có 105 đại biểu đại diện cho 412 đảng viên. Ban Thường vụ khóa mới gồm 11 đồng chí.",
    );
    assert!(none.indicators.is_empty(), "{:#?}", none.indicators);
}

#[test]
fn index_scores_and_a_long_rate_named_across_a_comma() {
    let d = one("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 70,12 điểm.");
    assert_eq!(describe(&d), "70.12 điểm actual");
    // Bridge points are places, not a score.
    assert!(figures("Hội nghị được tổ chức trực tuyến tới 28 điểm cầu.")
        .indicators
        .is_empty());
    let d = one("Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 84,37%.");
    assert_eq!(describe(&d), "84.37 % actual");
    assert!(d
        .name
        .as_deref()
        .is_some_and(|n| n.starts_with("Tỷ lệ hài lòng")));
}

#[test]
fn an_average_of_people_is_no_other_place_s_average() {
    let d = one("Thu nhập bình quân của người lao động đạt 11,6 triệu đồng/người/tháng.");
    assert_eq!(describe(&d), "11.6 triệu đồng/người/tháng actual");
    // The rate's words before a short last item may be many.
    let d =
        one("Tỷ lệ chất thải rắn sinh hoạt tại các đô thị ven biển được thu gom, xử lý đạt 92,5%.");
    assert_eq!(describe(&d), "92.5 % actual");
    assert!(
        figures("Thu nhập bình quân đạt 60 triệu đồng, thấp hơn mức bình quân của tỉnh.")
            .indicators
            .iter()
            .all(|d| d.value == Some(60.0))
    );
}

#[test]
fn an_abbreviated_estimate() {
    let d = one("Thu ngân sách xã đạt 9,85 tỷ đồng, đạt 92,6% DT huyện giao.");
    assert_eq!(achievements(&d), [(92.6, Basis::AssignedEstimate)]);
}

#[test]
fn demands_and_floors_are_targets() {
    let d = one("Các chủ đầu tư phải cam kết giải ngân tối thiểu 90% kế hoạch vốn trong năm 2024.");
    assert_eq!(describe(&d), "- projected | 90% plan over");
    let d = one("Năm 2024, kết nạp đảng viên phải đạt 100% chỉ tiêu tỉnh giao.");
    assert_eq!(d.figure, Figure::Projected);
    let d = one("Năm 2024, thu hút vốn đầu tư không dưới 500 triệu USD.");
    assert_eq!(describe(&d), "500 triệu USD over projected");
}

#[test]
fn a_number_in_the_name_before_the_figure() {
    let d = one("Tổng diện tích gieo trồng lúa 3 vụ đạt 42.350 ha, bằng 98,7% kế hoạch.");
    assert_eq!(
        d.name.as_deref(),
        Some("Tổng diện tích gieo trồng lúa 3 vụ")
    );
    assert_eq!(describe(&d), "42350 ha actual | 98.7% plan");
    assert_eq!(
        one("Năng suất lúa bình quân 2 vụ ước đạt 13,6 tấn/ha.").value,
        Some(13.6)
    );
    // A percent after the verb is the first number's achievement.
    assert_eq!(
        describe(&one("Kết nạp 45 đảng viên đạt 105% kế hoạch.")),
        "45 đảng viên actual | 105% plan"
    );
}

#[test]
fn an_estimate_marked_before_a_verb_the_table_lacks() {
    let d = one("Huyện ước đón hơn 1,2 triệu lượt khách du lịch, tăng 38,5% so với năm 2023.");
    assert_eq!(d.figure, Figure::Estimate);
    assert_eq!(
        one("Huyện đón hơn 1,2 triệu lượt khách du lịch.").figure,
        Figure::Actual
    );
}
