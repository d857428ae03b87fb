//! Tallies: counts of targets or units with a status and basis.

use super::*;

#[test]
fn statuses() {
    let cases = [
        (
            "Năm 2023 có 14/17 chỉ tiêu đạt và vượt Nghị quyết.",
            "14/17 chỉ tiêu met_or_exceeded resolution",
        ),
        (
            "Có 9/12 chỉ tiêu hoàn thành và vượt kế hoạch đề ra.",
            "9/12 chỉ tiêu met_or_exceeded plan",
        ),
        (
            "Có 9/12 chỉ tiêu đạt, vượt kế hoạch.",
            "9/12 chỉ tiêu met_or_exceeded plan",
        ),
        (
            "Đã có 11/12 chỉ tiêu đạt kế hoạch.",
            "11/12 chỉ tiêu met plan",
        ),
        ("Có 5/12 chỉ tiêu hoàn thành.", "5/12 chỉ tiêu completed"),
        (
            "Có 3/12 chỉ tiêu không đạt kế hoạch.",
            "3/12 chỉ tiêu not_met plan",
        ),
        ("Còn 2/12 chỉ tiêu chưa đạt.", "2/12 chỉ tiêu not_met"),
        (
            "Có 4/12 chỉ tiêu vượt kế hoạch.",
            "4/12 chỉ tiêu exceeded plan",
        ),
        (
            "Có 6/12 chỉ tiêu đang trong lộ trình thực hiện.",
            "6/12 chỉ tiêu other",
        ),
        ("Hội nghị đánh giá 12/12 chỉ tiêu.", "12/12 chỉ tiêu"),
    ];
    for (body, want) in cases {
        assert_eq!(describe_tally(&one_tally(body)), want, "{body}");
    }
}

#[test]
fn nouns_counted() {
    let t = one_tally("Chỉ tiêu tăng trưởng có 46/63 địa phương không đạt.");
    assert_eq!(describe_tally(&t), "46/63 địa phương not_met");
    assert_eq!(t.text.as_deref(), Some("46/63 địa phương không đạt"));
    let t = one_tally("Đến nay có 8/14 xã đạt chuẩn nông thôn mới.");
    assert_eq!(describe_tally(&t), "8/14 xã met");
    let t =
        one_tally("Trong đó 04/09 nhóm chỉ tiêu kinh tế - xã hội đạt và vượt so với Nghị quyết.");
    assert_eq!(
        describe_tally(&t),
        "4/9 nhóm chỉ tiêu met_or_exceeded resolution"
    );
    let t = one_tally("Xã đã đạt 17/19 tiêu chí.");
    assert_eq!(describe_tally(&t), "17/19 tiêu chí met");
}

#[test]
fn counts_without_a_total() {
    let t = one_tally("Dự kiến có 3 chỉ tiêu không đạt là thu ngân sách, GRDP và vốn đầu tư.");
    assert_eq!(describe_tally(&t), "3/- chỉ tiêu not_met");
    let t = one_tally("Hội nghị đã biểu quyết thông qua 21 chỉ tiêu chủ yếu.");
    assert_eq!(describe_tally(&t), "21/- chỉ tiêu");
    let t = one_tally("Có 15 chỉ tiêu đạt và vượt.");
    assert_eq!(describe_tally(&t), "15/- chỉ tiêu met_or_exceeded");
}

#[test]
fn totals_stated_first_carry_to_the_counts() {
    let f =
        figures("Trong 20 chỉ tiêu chủ yếu, có 16 chỉ tiêu đạt (trong đó 9 vượt) và 4 không đạt.");
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        got,
        [
            "16/20 chỉ tiêu met",
            "9/20 chỉ tiêu exceeded",
            "4/20 chỉ tiêu not_met"
        ]
    );
    // An x/y tally does not lend its total (PATTERNS.md: a count without a total).
    let f = figures("Có 13/16 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt.");
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        got,
        ["13/16 chỉ tiêu met_or_exceeded", "3/- chỉ tiêu not_met"]
    );
}

#[test]
fn per_unit_lists() {
    let f = figures("Xã Tân Lập đạt 18/19 tiêu chí, xã Hòa Bình đạt 15/19 tiêu chí.");
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(got, ["18/19 tiêu chí met", "15/19 tiêu chí met"]);
}

#[test]
fn zero_padded_counts() {
    let t = one_tally("Kết quả có 07/10 chỉ tiêu đạt và vượt kế hoạch.");
    assert_eq!(describe_tally(&t), "7/10 chỉ tiêu met_or_exceeded plan");
}

#[test]
fn a_percent_after_a_tally_is_not_a_figure() {
    let f = figures("Toàn huyện có 10/13 xã đạt chuẩn nông thôn mới, đạt 76,9%.");
    assert_eq!(f.tallies.len(), 1);
    assert!(f.indicators.is_empty(), "{:?}", f.indicators);
}

#[test]
fn impossible_tallies_are_dropped() {
    let f = figures("Có 19/18 chỉ tiêu đạt; có 0/0 chỉ tiêu.");
    assert!(f.tallies.is_empty(), "{:?}", f.tallies);
}

#[test]
fn a_repeated_tally_counts_once() {
    let f =
        figures("Có 15/18 chỉ tiêu đạt và vượt. Như vậy, 15/18 chỉ tiêu đạt và vượt Nghị quyết.");
    assert_eq!(f.tallies.len(), 1);
}

#[test]
fn status_before_the_count_takes_the_whole_phrase() {
    let t = one_tally("Năm 2024 phấn đấu đạt và vượt 19 chỉ tiêu chủ yếu.");
    assert_eq!(describe_tally(&t), "19/- chỉ tiêu met_or_exceeded");
}

#[test]
fn joined_nouns() {
    let t = one_tally("Có 23/23 xã, thị trấn hoàn thành chỉ tiêu giao quân.");
    assert_eq!(describe_tally(&t), "23/23 xã, thị trấn completed other");
    let t = one_tally("Có 10/12 xã, phường, thị trấn không đạt.");
    assert_eq!(describe_tally(&t), "10/12 xã, phường, thị trấn not_met");
}

#[test]
fn spaced_and_worded_fractions() {
    let t = one_tally("Có 15 / 18 chỉ tiêu đạt và vượt kế hoạch.");
    assert_eq!(describe_tally(&t), "15/18 chỉ tiêu met_or_exceeded plan");
    let t = one_tally("Có 15 trên 18 chỉ tiêu đạt và vượt kế hoạch.");
    assert_eq!(describe_tally(&t), "15/18 chỉ tiêu met_or_exceeded plan");
}

#[test]
fn a_number_inside_a_unit_name_is_not_a_count() {
    let all = figures(
        "Nhiều chi bộ hoàn thành chỉ tiêu nghị quyết, trong đó Chi bộ ấp 3 đạt 7/7 chỉ tiêu, Chi bộ ấp 5 đạt 6/7 chỉ tiêu.",
    );
    let described: Vec<String> = all.tallies.iter().map(describe_tally).collect();
    assert_eq!(described, ["7/7 chỉ tiêu met", "6/7 chỉ tiêu met"]);
}

#[test]
fn a_count_after_an_x_of_y_tally_has_no_total() {
    let all = figures(
        "Năm 2023, toàn tỉnh có 19/25 chỉ tiêu đạt và vượt kế hoạch; có 6 chỉ tiêu không đạt là tăng trưởng GRDP và thu ngân sách.",
    );
    let described: Vec<String> = all.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        described,
        [
            "19/25 chỉ tiêu met_or_exceeded plan",
            "6/- chỉ tiêu not_met"
        ]
    );
    // So does one after a head once an x/y tally has restated the total.
    let all = figures(
        "Trong 18 chỉ tiêu chủ yếu, có 17/18 chỉ tiêu đạt và vượt; có 1 chỉ tiêu không đạt là tỷ lệ đô thị hóa.",
    );
    let described: Vec<String> = all.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        described,
        ["17/18 chỉ tiêu met_or_exceeded", "1/- chỉ tiêu not_met"]
    );
    // A head still gives its total to the counts after it.
    let all =
        figures("Trong 25 chỉ tiêu chủ yếu, có 19 chỉ tiêu đạt và vượt; 6 chỉ tiêu không đạt.");
    let described: Vec<String> = all.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        described,
        ["19/25 chỉ tiêu met_or_exceeded", "6/25 chỉ tiêu not_met"]
    );
}

#[test]
fn running_totals_take_the_status_of_what_they_count() {
    let cases = [
        (
            "Toàn huyện nâng tổng số xã đạt chuẩn nông thôn mới nâng cao lên 4/16 xã.",
            "4/16 xã met",
        ),
        (
            "Tổng số xã hoàn thành xây dựng nông thôn mới là 30/97 xã.",
            "30/97 xã completed",
        ),
        // The noun left out: the clause before the comma says what is counted.
        (
            "Trong năm, huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 16/25 xã.",
            "16/25 xã met",
        ),
        // A total of no status stays without one.
        (
            "Huyện có 8 xã miền núi, nâng tổng số lên 12/25 xã.",
            "12/25 xã",
        ),
    ];
    for (body, want) in cases {
        let ts = figures(body).tallies;
        let last = ts.last().unwrap_or_else(|| panic!("no tally in {body}"));
        assert_eq!(describe_tally(last), want, "{body}");
    }
}

#[test]
fn units_of_a_city_counted_in_pairs() {
    let t = one_tally(
        "Thu ngân sách đạt 77,2% dự toán; 9/9 quận, huyện đạt và vượt tiến độ thu ngân sách.",
    );
    assert_eq!(describe_tally(&t), "9/9 quận, huyện met_or_exceeded");
    let t = one_tally("Có 8/11 huyện, thị xã, thành phố hoàn thành kế hoạch.");
    assert_eq!(
        describe_tally(&t),
        "8/11 huyện, thị xã, thành phố completed plan"
    );
}

#[test]
fn a_count_out_of_a_total_in_words() {
    let t = one_tally("Trong năm, huyện có 11 trong tổng số 21 chỉ tiêu đạt và vượt kế hoạch năm.");
    assert_eq!(describe_tally(&t), "11/21 chỉ tiêu met_or_exceeded plan");
    let t = one_tally("Có 15 trong số 18 xã đạt chuẩn nông thôn mới.");
    assert_eq!(describe_tally(&t), "15/18 xã met");
}

#[test]
fn a_long_noun_before_the_status() {
    let t =
        one_tally("Trong năm có 12/25 chỉ tiêu phát triển kinh tế - xã hội năm 2022 đạt và vượt.");
    assert_eq!(describe_tally(&t), "12/25 chỉ tiêu met_or_exceeded");
}

#[test]
fn a_status_before_the_count_after_a_count_of_places() {
    // The status between two counts belongs to the one after it.
    for (text, want) in [
        (
            "Đến nay cả 3 xã đã hoàn thành 19/19 tiêu chí.",
            "19/19 tiêu chí completed",
        ),
        ("Đến nay 3 xã đã đạt 19/19 tiêu chí.", "19/19 tiêu chí met"),
        (
            "Xã Tân Lập đã hoàn thành 17/19 tiêu chí.",
            "17/19 tiêu chí completed",
        ),
    ] {
        let f = figures(text);
        let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
        assert_eq!(got, [want], "{text}");
    }
}

#[test]
fn places_that_reached_a_standard_are_counted() {
    // Like "n chỉ tiêu đạt": a count without a total, the places added over
    // the year too; products added over the year stay a figure.
    for (text, tallies, indicators) in [
        (
            "Toàn huyện có 21/21 xã đạt chuẩn nông thôn mới; 9 xã đạt chuẩn nông thôn mới nâng cao.",
            &["21/21 xã met", "9/- xã met"][..],
            &[][..],
        ),
        ("Thị xã có 4 phường đạt chuẩn văn minh đô thị.", &["4/- phường met"], &[]),
        ("Trong năm có thêm 2 xã đạt chuẩn nông thôn mới.", &["2/- xã met"], &[]),
        ("Năm 2023 có thêm 5 sản phẩm đạt chuẩn OCOP 3 sao.", &[], &["5 sản phẩm actual"]),
    ] {
        let f = figures(text);
        let t: Vec<String> = f.tallies.iter().map(describe_tally).collect();
        let d: Vec<String> = f.indicators.iter().map(describe).collect();
        assert_eq!(t, tallies, "{text}");
        assert_eq!(d, indicators, "{text}");
    }
}

#[test]
fn targets_hard_to_reach_are_other() {
    let t = one_tally("Trong 27 chỉ tiêu, có 3/27 chỉ tiêu khó đạt.");
    assert_eq!(describe_tally(&t), "3/27 chỉ tiêu other");
    let f = figures("Đến nay, có 15/21 chỉ tiêu đạt và vượt; 4 chỉ tiêu đảm bảo lộ trình; 2 chỉ tiêu không đạt.");
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        got,
        [
            "15/21 chỉ tiêu met_or_exceeded",
            "4/- chỉ tiêu other",
            "2/- chỉ tiêu not_met"
        ]
    );
}

#[test]
fn a_count_after_a_tally_in_the_next_clause_is_a_figure() {
    let f = figures(
        "Năm 2023, lực lượng vũ trang huyện diễn tập cho 20/20 xã theo kế hoạch; có 312 thí sinh trúng tuyển vào các trường quân đội.",
    );
    assert_eq!(f.tallies.len(), 1);
    assert_eq!(f.indicators.len(), 1);
    assert_eq!(describe(&f.indicators[0]), "312 thí sinh actual");
    // Within the tally's clause, an unnamed percent is still the tally's.
    let f = figures("Năm 2023, có 20/20 xã đạt chuẩn, đạt 100%.");
    assert!(f.indicators.is_empty(), "{:?}", f.indicators);
}

#[test]
fn probationary_members_are_no_attendance() {
    let d = one("Năm 2023, Đảng bộ chuyển đảng chính thức cho 156 đảng viên dự bị.");
    assert_eq!(describe(&d), "156 đảng viên actual");
    assert!(figures("Năm 2023, có 250 đảng viên dự hội nghị.")
        .indicators
        .is_empty());
}

#[test]
fn counts_in_words() {
    let f = figures(
        "Năm 2023, trong hai mươi mốt chỉ tiêu chủ yếu, có mười bảy chỉ tiêu đạt và vượt kế hoạch, bốn chỉ tiêu chưa đạt.",
    );
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(
        got,
        [
            "17/21 chỉ tiêu met_or_exceeded plan",
            "4/21 chỉ tiêu not_met"
        ]
    );
}

#[test]
fn a_count_in_parentheses_after_a_percent() {
    let t =
        one_tally("Nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 100% (15/15) chỉ tiêu Nghị quyết đề ra.");
    assert_eq!(describe_tally(&t), "15/15 chỉ tiêu completed");
    let f = figures("Năm 2023, tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 41,7% (5/12 xã).");
    assert_eq!(describe_tally(&f.tallies[0]), "5/12 xã met");
}

#[test]
fn counts_of_another_time_place_or_unit_are_context() {
    let f = figures(
        "Năm 2023, huyện có 17/21 chỉ tiêu đạt và vượt kế hoạch (năm 2022 đạt 15/21 chỉ tiêu). So với năm 2021 (mười lăm chỉ tiêu đạt), kết quả đã cải thiện. Năm 2022, con số này là 40/45 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Các xã cũ trước sắp xếp chỉ đạt 16/20 chỉ tiêu.",
    );
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(got, ["17/21 chỉ tiêu met_or_exceeded plan"]);
    let district = Context {
        locality: Some("Hậu Lộc".to_owned()),
        unit: Some(dangbo::UnitKind::District),
        below_province: true,
        ..year_end()
    };
    let f = figures_in(
        "Năm 2023, huyện có 17/21 chỉ tiêu đạt kế hoạch; huyện Hoằng Hóa dẫn đầu với 20/21 chỉ tiêu đạt và vượt kế hoạch.",
        &district,
    );
    assert_eq!(f.tallies.len(), 1);
}

#[test]
fn targets_agreed_with_their_count() {
    let congress = congress();
    let f = figures_in(
        "Đại hội thống nhất 16 chỉ tiêu chủ yếu cho nhiệm kỳ 2020 - 2025, trong đó: tốc độ tăng trưởng kinh tế bình quân đạt 12%; tỷ lệ hộ nghèo dưới 1%.",
        &congress,
    );
    assert!(
        f.indicators.iter().all(|d| d.figure == Figure::Projected),
        "{:#?}",
        f.indicators
    );
    assert_eq!(f.indicators.len(), 2);
}

#[test]
fn tallies_of_the_unit_above_and_what_is_left_to_do_are_no_tallies() {
    let commune = Context {
        below_province: true,
        unit: Some(dangbo::UnitKind::Commune),
        ..year_end()
    };
    let f = figures_in(
        "Xã đã đạt 16/19 tiêu chí nông thôn mới nâng cao. Phát biểu tại hội nghị, đồng chí Phó Bí thư Huyện ủy cho biết toàn huyện có 12/14 xã đạt chuẩn nông thôn mới, toàn tỉnh có 28/85 xã đạt chuẩn; đề nghị xã tập trung hoàn thành 3 tiêu chí còn lại.",
        &commune,
    );
    let got: Vec<String> = f.tallies.iter().map(describe_tally).collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(f.indicators.is_empty());
    // What is left and not done is a count.
    let t = one_tally("Xã còn 3 tiêu chí còn lại chưa đạt.");
    assert_eq!((t.count, t.status), (Some(3), Some(TallyStatus::NotMet)));
}

#[test]
fn places_up_to_a_standard_with_their_share_are_a_figure() {
    let f = figures("Toàn huyện có 112 trường đạt chuẩn quốc gia, chiếm 81,2% tổng số trường.");
    assert!(f.tallies.is_empty());
    let d = &f.indicators[0];
    assert_eq!((d.value, d.unit.as_deref()), (Some(112.0), Some("trường")));
    assert_eq!(d.share.as_ref().and_then(|s| s.percent), Some(81.2));
    // Without the share they are counted like targets met.
    assert_eq!(
        one_tally("Toàn huyện có 12 xã đạt chuẩn nông thôn mới.").count,
        Some(12)
    );
}

#[test]
fn a_tally_after_a_year_and_a_colon() {
    let t = one_tally("Kết quả năm 2025: 12/12 chỉ tiêu hoàn thành và vượt kế hoạch.");
    assert_eq!((t.count, t.total), (Some(12), Some(12)));
    // A time is still no figure.
    assert!(
        figures("Hội nghị khai mạc lúc 8:30 tại hội trường Huyện ủy.")
            .indicators
            .is_empty()
    );
}
