//! One test per phrase shape of EXTRACTION.md and PATTERNS.md §7.

use super::*;

#[test]
fn value_with_two_bases_and_growth() {
    let d = one(
        "Tổng thu ngân sách trên địa bàn ước đạt hơn 412,7 tỷ đồng, đạt 108,3% dự toán tỉnh giao và đạt 101,5% dự toán HĐND huyện giao, tăng 9,4% so với cùng kỳ.",
    );
    assert_eq!(d.name.as_deref(), Some("Tổng thu ngân sách trên địa bàn"));
    assert_eq!(d.category, Some(Category::Budget));
    assert_eq!(
        describe(&d),
        "412.7 tỷ đồng over estimate | 108.3% assigned_estimate | 101.5% council_estimate | increase 9.4% vs same_period"
    );
    assert_eq!(
        d.achievements[0].basis_text.as_deref(),
        Some("dự toán tỉnh giao")
    );
    assert_eq!(
        d.achievements[1].basis_text.as_deref(),
        Some("dự toán HĐND huyện giao")
    );
}

#[test]
fn value_with_so_voi_basis() {
    let d = one("Sản lượng lương thực có hạt đạt 61.240 tấn, đạt 102,1% so với kế hoạch.");
    assert_eq!(describe(&d), "61240 tấn actual | 102.1% plan");
    assert_eq!(d.category, Some(Category::Agriculture));
}

#[test]
fn percent_only_figures_have_no_value() {
    let d = one("Giải ngân vốn đầu tư công đạt 71,5% kế hoạch vốn giao.");
    assert_eq!(describe(&d), "- actual | 71.5% plan");
    assert_eq!(d.category, Some(Category::Investment));
    let d = one("Giá trị sản xuất công nghiệp vượt 4,6% kế hoạch năm.");
    assert_eq!(describe(&d), "- actual | 104.6% plan");
    let d = one("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,12%.");
    assert_eq!(describe(&d), "- estimate | increase 7.12%");
    assert_eq!(d.category, Some(Category::Economy));
}

#[test]
fn achievement_in_parentheses() {
    let d = one("Thu hút 215.400 lượt khách du lịch (đạt 96,2% kế hoạch), doanh thu tăng mạnh.");
    assert_eq!(describe(&d), "215400 lượt khách actual | 96.2% plan");
    assert_eq!(d.category, Some(Category::TradeServices));
}

#[test]
fn ratio_to_the_same_period_is_an_achievement() {
    let d = one("Tổng mức bán lẻ hàng hóa đạt 1.845 tỷ đồng, bằng 112,4% so với cùng kỳ.");
    assert_eq!(describe(&d), "1845 tỷ đồng actual | 112.4% same_period");
    let d = one("Thu ngân sách xã đạt 9,2 tỷ đồng, bằng 87% cùng kỳ năm trước.");
    assert_eq!(describe(&d), "9.2 tỷ đồng actual | 87% same_period");
    let d = one("Chi ngân sách địa phương đạt 95% so với cùng kỳ.");
    assert_eq!(describe(&d), "- actual | 95% same_period");
}

#[test]
fn exceeding_adds_a_hundred() {
    let d = one("Thu nội địa ước đạt 180 tỷ đồng, vượt 12,5% kế hoạch tỉnh giao.");
    assert_eq!(describe(&d), "180 tỷ đồng estimate | 112.5% plan");
    assert_eq!(
        d.achievements[0].basis_text.as_deref(),
        Some("kế hoạch tỉnh giao")
    );
}

#[test]
fn growth_above_a_resolution_target_is_an_achievement() {
    let d = one("Thu nhập bình quân đầu người tăng 6% so với mục tiêu Nghị quyết.");
    assert_eq!(describe(&d), "- actual | 106% resolution");
}

#[test]
fn growth_comparisons() {
    let d = one("Giá trị sản xuất nông nghiệp tăng 4,8% so với cùng kỳ năm 2022.");
    assert_eq!(describe(&d), "- actual | increase 4.8% vs same_period");
    let d = one("Doanh thu dịch vụ lưu trú tăng hơn 18% so với năm 2022.");
    assert_eq!(describe(&d), "- actual | increase 18% vs previous_period");
    let d = one("Số doanh nghiệp thành lập mới giảm 3,1% so với năm trước.");
    assert_eq!(describe(&d), "- actual | decrease 3.1% vs previous_period");
    let d = one("Giá trị sản xuất công nghiệp tăng trưởng bình quân hằng năm 11,3%.");
    assert_eq!(describe(&d), "- actual | increase 11.3% vs other");
    let d = one("Vốn huy động của các tổ chức tín dụng tăng 14,2%.");
    assert_eq!(describe(&d), "- actual | increase 14.2%");
    let d = one("Doanh thu thương mại cao hơn 7% so với cùng kỳ.");
    assert_eq!(describe(&d), "- actual | increase 7% vs same_period");
    let d = one("Doanh thu thương mại tăng 7% so với năm 2019.");
    assert_eq!(describe(&d), "- actual | increase 7% vs other");
    // The year before the one the figure names (the session reviews 2023).
    let d = one("Sản lượng khai thác thủy sản năm 2021 đạt 98.400 tấn, tăng 2,8% so với năm 2020.");
    assert_eq!(
        describe(&d),
        "98400 tấn actual | increase 2.8% vs previous_period"
    );
}

#[test]
fn growth_qualifier_goes_on_the_value_only_when_there_is_one() {
    let d = one("Kim ngạch xuất khẩu đạt gần 96 triệu USD, tăng gần 11% so với cùng kỳ.");
    assert_eq!(
        describe(&d),
        "96 triệu USD nearly actual | increase 11% vs same_period"
    );
}

#[test]
fn rates_named_as_such_are_values_in_percent() {
    let d = one("Tốc độ tăng trưởng kinh tế đạt 9,35%.");
    assert_eq!(describe(&d), "9.35 % actual");
    assert_eq!(d.category, Some(Category::Economy));
    let d = one("Tỷ lệ hộ nghèo theo chuẩn mới còn 3,84%.");
    assert_eq!(describe(&d), "3.84 % actual");
    assert_eq!(d.category, Some(Category::Social));
    let d = one("Tỷ trọng ngành dịch vụ chiếm 48,2% trong cơ cấu kinh tế.");
    assert_eq!(describe(&d), "48.2 % actual");
    let d = one("Độ che phủ rừng đạt 62,5%, tăng 0,4% so với năm 2022.");
    assert_eq!(
        describe(&d),
        "62.5 % actual | increase 0.4% vs previous_period"
    );
    assert_eq!(d.category, Some(Category::Environment));
}

#[test]
fn a_rate_named_with_a_growth_verb_is_a_change() {
    let d = one("Tốc độ tăng trưởng ngành nông nghiệp tăng 3,6% so với cùng kỳ.");
    assert_eq!(describe(&d), "- actual | increase 3.6% vs same_period");
}

#[test]
fn decrease_from_to() {
    let d = one("Tỷ lệ hộ nghèo giảm từ 9,6% xuống còn 6,2%.");
    assert_eq!(describe(&d), "6.2 % actual | decrease vs other");
    let d = one("Thu nhập bình quân đầu người tăng từ 38 triệu đồng lên 46,5 triệu đồng.");
    assert_eq!(describe(&d), "46.5 triệu đồng actual | increase vs other");
}

#[test]
fn share_of_a_whole() {
    // The share is kept on the count, and read as a rate of its own too.
    let f = figures("Toàn xã còn 214 hộ nghèo, chiếm 4,1% tổng số hộ, giảm 0,6% so với năm 2022.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "214 hộ actual | share 4.1%",
            "4.1 % actual | decrease 0.6% vs previous_period"
        ]
    );
    let d = &f.indicators[0];
    assert_eq!(
        d.share.as_ref().and_then(|s| s.of.as_deref()),
        Some("tổng số hộ")
    );
    assert_eq!(d.name.as_deref(), Some("hộ nghèo"));
    assert_eq!(f.indicators[1].name.as_deref(), Some("tỷ lệ hộ nghèo"));
    let f = figures("Sản phẩm OCOP của huyện đạt 52 sản phẩm, chiếm 18,3% sản phẩm toàn tỉnh.");
    assert_eq!(
        describe(&f.indicators[0]),
        "52 sản phẩm actual | share 18.3%"
    );
    assert_eq!(f.indicators.len(), 1);
    // A whole named as an aggregate: the share only, no rate beside it.
    let f = figures("Thu nội địa đạt 2.150 tỷ đồng, chiếm 85,2% tổng thu ngân sách trên địa bàn.");
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(got, ["2150 tỷ đồng actual | share 85.2%"]);
}

#[test]
fn chiem_before_a_basis_is_an_achievement() {
    let d = one("Thu ngân sách 6 tháng chiếm 58% so với kế hoạch.");
    assert_eq!(describe(&d), "- actual | 58% plan");
}

#[test]
fn actual_over_target_with_a_unit() {
    let d = one("Giá trị sản xuất thủy sản đạt 1.240/1.300 tỷ đồng.");
    assert_eq!(describe(&d), "1240 tỷ đồng actual target 1300");
    let d = one("Kết nạp 86/80 đảng viên mới, đạt 107,5% chỉ tiêu.");
    assert_eq!(describe(&d), "86 đảng viên actual target 80 | 107.5% other");
    assert_eq!(d.category, Some(Category::PartyBuilding));
    let d = one("Tỷ lệ lao động qua đào tạo 72%/70%.");
    assert_eq!(describe(&d), "72 % actual target 70");
}

#[test]
fn party_building_figures() {
    let d = one("Các chi, đảng bộ kết nạp được 143 đảng viên mới, đạt 102,14% chỉ tiêu tỉnh giao.");
    assert_eq!(describe(&d), "143 đảng viên actual | 102.14% other");
    assert_eq!(d.category, Some(Category::PartyBuilding));
    let d = one("Bồi dưỡng 210 quần chúng ưu tú, đạt tỷ lệ 105% so với tổng số đảng viên.");
    assert_eq!(describe(&d), "210 quần chúng ưu tú actual | 105% other");
    assert_eq!(
        d.achievements[0].basis_text.as_deref(),
        Some("tổng số đảng viên")
    );
}

#[test]
fn qualifiers_on_values_and_percents() {
    assert_eq!(
        one("Tổng vốn đầu tư đạt trên 900 tỷ đồng.").qualifier,
        Qualifier::Over
    );
    assert_eq!(
        one("Tổng vốn đầu tư đạt hơn 900 tỷ đồng.").qualifier,
        Qualifier::Over
    );
    assert_eq!(
        one("Tổng vốn đầu tư đạt khoảng 900 tỷ đồng.").qualifier,
        Qualifier::About
    );
    assert_eq!(
        one("Tổng vốn đầu tư đạt gần 900 tỷ đồng.").qualifier,
        Qualifier::Nearly
    );
    assert_eq!(
        one("Tỷ lệ hộ nghèo còn dưới 2%.").qualifier,
        Qualifier::Under
    );
    assert_eq!(
        one("Năng suất lúa bình quân đạt 60 tạ/ha trở lên.").qualifier,
        Qualifier::Over
    );
    let d = one("Giải ngân vốn sự nghiệp đạt hơn 57% kế hoạch.");
    assert_eq!(describe(&d), "- actual | 57% plan over");
    let d = one("Thu ngân sách được 20 tỷ đồng, đạt gần 49% dự toán.");
    assert_eq!(
        describe(&d),
        "20 tỷ đồng actual | 49% assigned_estimate nearly"
    );
}

#[test]
fn bases_as_written() {
    let cases = [
        ("đạt 91% KH", Basis::Plan),
        ("đạt 91% kế hoạch Tỉnh giao", Basis::Plan),
        ("đạt 91% NQ", Basis::Resolution),
        ("đạt 91% Nghị quyết", Basis::Resolution),
        ("đạt 91% chỉ tiêu Nghị quyết", Basis::Resolution),
        ("đạt 91% mục tiêu Nghị quyết Đại hội", Basis::Resolution),
        ("đạt 91% dự toán", Basis::AssignedEstimate),
        ("đạt 91% dự toán huyện giao", Basis::AssignedEstimate),
        ("đạt 91% dự toán thành phố giao", Basis::AssignedEstimate),
        ("đạt 91% dự toán HĐND huyện giao", Basis::CouncilEstimate),
        (
            "đạt 91% dự toán Hội đồng nhân dân thành phố giao",
            Basis::CouncilEstimate,
        ),
        ("đạt 91% so với cùng kỳ", Basis::SamePeriod),
        ("đạt 91% chỉ tiêu", Basis::Other),
        ("đạt 91% chỉ tiêu trên giao", Basis::Other),
        ("đạt 91% chỉ tiêu Trung ương giao", Basis::Other),
        ("đạt 91%", Basis::Other),
    ];
    for (tail, basis) in cases {
        let d = one(&format!("Thu ngân sách được 12 tỷ đồng, {tail}."));
        assert_eq!(achievements(&d), vec![(91.0, basis)], "{tail}");
    }
}

#[test]
fn the_basis_after_the_comma_applies() {
    let d = one("Thu ngân sách đạt 96,4%, vượt chỉ tiêu Nghị quyết.");
    assert_eq!(describe(&d), "- actual | 96.4% resolution");
}

#[test]
fn categories_from_keywords() {
    let cases = [
        ("Thu ngân sách nhà nước đạt 15 tỷ đồng.", Category::Budget),
        ("Sản lượng lúa đạt 12.000 tấn.", Category::Agriculture),
        (
            "Giá trị sản xuất công nghiệp đạt 450 tỷ đồng.",
            Category::Industry,
        ),
        (
            "Doanh thu du lịch đạt 120 tỷ đồng.",
            Category::TradeServices,
        ),
        (
            "Tổng vốn đầu tư toàn xã hội đạt 800 tỷ đồng.",
            Category::Investment,
        ),
        (
            "Thu nhập bình quân đầu người đạt 52 triệu đồng.",
            Category::Economy,
        ),
        ("Giải quyết việc làm cho 1.500 lao động.", Category::Social),
        (
            "Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 98%.",
            Category::Education,
        ),
        (
            "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93%.",
            Category::Health,
        ),
        ("Tỷ lệ gia đình văn hóa đạt 90%.", Category::Culture),
        ("Tỷ lệ thu gom rác thải đạt 85%.", Category::Environment),
        (
            "Công tác tuyển quân đạt 100% chỉ tiêu.",
            Category::DefenseSecurity,
        ),
        ("Kết nạp 40 đảng viên.", Category::PartyBuilding),
    ];
    for (body, category) in cases {
        assert_eq!(one(body).category, Some(category), "{body}");
    }
}

#[test]
fn names_lose_their_connectors() {
    let f = figures(
        "Cụ thể, tổng thu ngân sách đạt 120 tỷ đồng; trong đó, thu nội địa đạt 80 tỷ đồng. Năm 2023, tổng vốn đầu tư đã đạt 1.000 tỷ đồng.",
    );
    let names: Vec<&str> = f
        .indicators
        .iter()
        .filter_map(|d| d.name.as_deref())
        .collect();
    assert_eq!(
        names,
        ["tổng thu ngân sách", "thu nội địa", "tổng vốn đầu tư"]
    );
}

#[test]
fn absolute_change_after_a_value() {
    let d = one("Thu nhập bình quân đầu người đạt 54,2 triệu đồng/người/năm, tăng 5,1 triệu đồng so với năm 2022.");
    assert_eq!(
        describe(&d),
        "54.2 triệu đồng/người/năm actual | increase 5.1 vs previous_period"
    );
}

#[test]
fn a_rate_named_after_its_percent() {
    let d = one("Đến nay, 100% xã đạt chuẩn quốc gia về y tế.");
    assert_eq!(describe(&d), "100 % actual");
    assert_eq!(d.name.as_deref(), Some("xã đạt chuẩn quốc gia về y tế"));
    let d = one("Toàn huyện có 98,5% hộ dân sử dụng nước hợp vệ sinh.");
    assert_eq!(describe(&d), "98.5 % actual");
    assert_eq!(d.category, Some(Category::Environment));
}

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
