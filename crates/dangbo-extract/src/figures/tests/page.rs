//! Figures where pages put them: items of a target box on lines of their
//! own, sub-headings in capitals, a sapo stating a figure before the body
//! states it in full.

use super::*;

#[test]
fn short_lines_after_a_target_head_are_its_items() {
    let f = figures(
        "Một số chỉ tiêu chủ yếu năm 2024:\nThu ngân sách nhà nước trên địa bàn đạt 1.650 tỷ đồng.\nTỷ lệ hộ nghèo dưới 0,7%.\n\nLĩnh vực văn hóa - xã hội có nhiều chuyển biến. Năm 2023, thu nhập bình quân đầu người đạt 78,2 triệu đồng/người/năm.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "1650 tỷ đồng projected",
            "0.7 % under projected",
            "78.2 triệu đồng/người/năm actual"
        ]
    );
}

#[test]
fn a_congress_lists_the_targets_of_the_term_it_opens() {
    let congress = congress();
    let f = figures_in(
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:\n- Thu ngân sách tăng bình quân 10%/năm.\n- Kết nạp 60 đảng viên mới trở lên.",
        &congress,
    );
    let got: Vec<Figure> = f.indicators.iter().map(|d| d.figure).collect();
    assert_eq!(got, [Figure::Projected, Figure::Projected]);
}

#[test]
fn a_sapo_or_a_heading_repeats_the_body() {
    let f = figures(
        "Năm 2023, tổng thu ngân sách ước đạt 2.150 tỷ đồng, tỷ lệ hộ nghèo còn 28,6%, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,8%.\n\nTHU NGÂN SÁCH ĐẠT 2.150 TỶ ĐỒNG\n\nTổng thu ngân sách trên địa bàn ước đạt 2.150 tỷ đồng, đạt 112,6% dự toán Trung ương giao, tăng 9,4% so với năm 2022. Tỷ lệ hộ nghèo giảm từ 33,1% xuống còn 28,6%. Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 6,8%.",
    );
    let got: Vec<String> = f.indicators.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "2150 tỷ đồng estimate | 112.6% assigned_estimate | increase 9.4% vs previous_period",
            "28.6 % actual | decrease vs other",
            "6.8 % estimate"
        ]
    );
    // Two amounts that disagree on what they reached are two figures.
    let f = figures(
        "Năm 2023, thu ngân sách đạt 100 tỷ đồng, đạt 105% dự toán. Chi đầu tư phát triển đạt 100 tỷ đồng, đạt 92% kế hoạch.",
    );
    assert_eq!(f.indicators.len(), 2);
}

#[test]
fn what_the_province_has_by_the_report_is_context_below_it() {
    let district = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::District),
        ..year_end()
    };
    let f = figures_in(
        "Năm 2023, huyện có 12/14 xã đạt chuẩn nông thôn mới. Cũng theo báo cáo, hiện toàn tỉnh có 51/152 xã đạt chuẩn nông thôn mới.",
        &district,
    );
    assert_eq!(f.tallies.len(), 1);
    assert_eq!(f.tallies[0].count, Some(12));
}
