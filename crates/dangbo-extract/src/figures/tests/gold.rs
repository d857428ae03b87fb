//! A gold-like self check: sentences in the style of real reports, covering
//! PATTERNS.md §7, with every indicator and tally they must give, exactly.

use super::*;

/// (body, indicators described, tallies described).
const GOLD: &[(&str, &[&str], &[&str])] = &[
    (
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 268,4 tỷ đồng, đạt 112,6% dự toán tỉnh giao, tăng 8,7% so với cùng kỳ.",
        &["268.4 tỷ đồng estimate | 112.6% assigned_estimate | increase 8.7% vs same_period"],
        &[],
    ),
    (
        "Thu ngân sách trên địa bàn được trên 41,2 tỷ đồng, đạt 103,8% dự toán huyện giao và đạt 96,1% dự toán HĐND huyện giao.",
        &["41.2 tỷ đồng over actual | 103.8% assigned_estimate | 96.1% council_estimate"],
        &[],
    ),
    (
        "Giá trị sản xuất nông, lâm nghiệp và thủy sản ước thực hiện 3.215 tỷ đồng, tăng 3,4% so với năm 2022.",
        &["3215 tỷ đồng estimate | increase 3.4% vs previous_period"],
        &[],
    ),
    (
        "Tổng sản lượng lương thực đạt 74.320 tấn, bằng 101,3% kế hoạch năm, bằng 99,2% so với cùng kỳ.",
        &["74320 tấn actual | 101.3% plan | 99.2% same_period"],
        &[],
    ),
    (
        "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,12%, vượt chỉ tiêu Nghị quyết.",
        &["- estimate | 8.12% resolution"],
        &[],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 7,35% xuống còn 4,92%, vượt mục tiêu đề ra.",
        &["4.92 % actual | decrease vs other"],
        &[],
    ),
    (
        "Giải ngân vốn đầu tư công đạt 68,4% kế hoạch vốn giao.",
        &["- actual | 68.4% plan"],
        &[],
    ),
    (
        "Kim ngạch xuất khẩu ước đạt 412 triệu USD, tăng 16,5% so với cùng kỳ năm 2022, vượt 3% kế hoạch.",
        &["412 triệu USD estimate | 103% plan | increase 16.5% vs same_period"],
        &[],
    ),
    (
        "Thu nhập bình quân đầu người đạt 61,5 triệu đồng/người/năm, tăng 4,3 triệu đồng so với năm trước.",
        &["61.5 triệu đồng/người/năm actual | increase 4.3 vs previous_period"],
        &[],
    ),
    (
        "Toàn huyện còn 1.026 hộ nghèo, chiếm 3,15% tổng số hộ; 845 hộ cận nghèo.",
        &["1026 hộ actual | share 3.15%", "3.15 % actual", "845 hộ actual"],
        &[],
    ),
    (
        "Kết nạp 232 đảng viên mới, đạt 105,45% kế hoạch; 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ.",
        &["232 đảng viên actual | 105.45% plan", "100 % actual"],
        &[],
    ),
    (
        "Công tác phát triển đảng viên đạt kết quả tốt, kết nạp 57/50 đảng viên, đạt 114% kế hoạch.",
        &["57 đảng viên actual target 50 | 114% plan"],
        &[],
    ),
    (
        "Qua đánh giá, có 16/19 chỉ tiêu đạt và vượt Nghị quyết, 3 chỉ tiêu không đạt.",
        &[],
        &["16/19 chỉ tiêu met_or_exceeded resolution", "3/- chỉ tiêu not_met"],
    ),
    (
        "Trong năm, có 06/20 chỉ tiêu đã hoàn thành và vượt kế hoạch đề ra.",
        &[],
        &["6/20 chỉ tiêu met_or_exceeded plan"],
    ),
    (
        "Về chỉ tiêu tăng trưởng, có 41/63 địa phương không đạt kế hoạch.",
        &[],
        &["41/63 địa phương not_met plan"],
    ),
    (
        "Tỷ trọng công nghiệp - xây dựng chiếm 38,5%, dịch vụ 42,1%, nông nghiệp 19,4%.",
        &["38.5 % actual", "42.1 % actual", "19.4 % actual"],
        &[],
    ),
    (
        "Doanh thu du lịch ước đạt gần 900 tỷ đồng, tăng hơn 25% so với cùng kỳ; đón trên 1,5 triệu lượt khách.",
        &[
            "900 tỷ đồng nearly estimate | increase 25% vs same_period",
            "1.5 triệu lượt khách over actual",
        ],
        &[],
    ),
    (
        "Giá trị sản xuất công nghiệp tăng 12% so với mục tiêu Nghị quyết.",
        &["- actual | 112% resolution"],
        &[],
    ),
    (
        "Thu ngân sách được 27 tỷ đồng, bằng 49,5% dự toán, tăng 6% so với cùng kỳ.",
        &["27 tỷ đồng actual | 49.5% assigned_estimate | increase 6% vs same_period"],
        &[],
    ),
    (
        "Sản lượng thủy sản vượt 9,3% kế hoạch; tổng đàn gia súc giảm 2,1%.",
        &["- actual | 109.3% plan", "- actual | decrease 2.1%"],
        &[],
    ),
    (
        "Tổng vốn đầu tư toàn xã hội đạt gần một nghìn tỷ đồng.",
        &["1 nghìn tỷ đồng nearly actual"],
        &[],
    ),
    (
        "Diện tích gieo trồng đạt 5.620ha, năng suất lúa đạt 59,4 tạ/ha.",
        &["5620 ha actual", "59.4 tạ/ha actual"],
        &[],
    ),
    (
        "Tốc độ tăng trưởng kinh tế đạt13,04%, thu nhập bình quân đạt 45 triệu/người/năm.",
        &["13.04 % actual", "45 triệu/người/năm actual"],
        &[],
    ),
    (
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92,8 %, vượt 0,8% kế hoạch.",
        &["92.8 % actual | 100.8% plan"],
        &[],
    ),
    (
        "Năm 2024, phấn đấu thu ngân sách đạt 300 tỷ đồng trở lên; tỷ lệ hộ nghèo giảm 1,5% trở lên.",
        &["300 tỷ đồng over projected", "- projected | decrease 1.5%"],
        &[],
    ),
    (
        "Hội nghị thống nhất thông qua 18 chỉ tiêu chủ yếu năm 2024: tốc độ tăng trưởng kinh tế đạt 7,5%; tổng thu ngân sách 1.050 tỷ đồng.",
        &["7.5 % projected", "1050 tỷ đồng projected"],
        &["18/- chỉ tiêu"],
    ),
    (
        "Công tác tuyển quân đạt 100% chỉ tiêu trên giao; giải quyết việc làm cho 2.150 lao động, đạt 107,5% kế hoạch.",
        &["- actual | 100% other", "2150 lao động actual | 107.5% plan"],
        &[],
    ),
    (
        "Tăng trưởng kinh tế bình quân giai đoạn 2021 - 2023 đạt 8,1%; giá trị sản xuất tăng bình quân 9%/năm.",
        &["8.1 % actual", "- actual | increase 9% vs other"],
        &[],
    ),
    (
        "Thu ngân sách đạt 58,3 tỷ đồng, đạt 31% kế hoạch thị xã và đạt 49% dự toán tỉnh giao.",
        &["58.3 tỷ đồng actual | 31% plan | 49% assigned_estimate"],
        &[],
    ),
    (
        "Hội nghị có 52 đại biểu dự; GDP cả nước tăng 5,05%; tăng trưởng đạt 7-8%; tỷ suất sinh 1,2%0.",
        &[],
        &[],
    ),
];

#[test]
fn gold_like_sentences_give_exactly_their_facts() {
    let mut failures = Vec::new();
    for (body, want_indicators, want_tallies) in GOLD {
        let f = figures(body);
        let got: Vec<String> = f.indicators.iter().map(describe).collect();
        let got_t: Vec<String> = f.tallies.iter().map(describe_tally).collect();
        if got != *want_indicators || got_t != *want_tallies {
            failures.push(format!(
                "{body}\n  want {want_indicators:?} {want_tallies:?}\n  got  {got:?} {got_t:?}"
            ));
        }
    }
    assert!(GOLD.len() >= 25);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
