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
