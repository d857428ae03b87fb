//! Reviewed and planned periods (PATTERNS.md §5).

mod common;

use common::read;
use dangbo::{Period, PeriodKind};

fn kinds(r: &dangbo::Report) -> (Option<Period>, Option<Period>) {
    (r.periods().review().cloned(), r.periods().plan().cloned())
}

#[test]
fn a_year_written_once_serves_both_periods() {
    let r = read("Ngày 15/9, Huyện ủy Lộc Bình tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 đánh giá công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ 9 tháng đầu năm; nhiệm vụ trọng tâm 3 tháng cuối năm 2023.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::year_to_date(2023, 9).unwrap()));
    assert_eq!(plan, Some(Period::year_remainder(2023, 3).unwrap()));
}

#[test]
fn year_and_next_year() {
    let r = read("Ngày 9/12, Thành ủy tổ chức hội nghị Ban Chấp hành Đảng bộ thành phố đánh giá công tác năm 2023 và đề ra phương hướng năm 2024.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::full_year(2023).unwrap()));
    assert_eq!(plan, Some(Period::full_year(2024).unwrap()));
}

#[test]
fn quarters_with_slash_hyphen_and_dot() {
    for q in ["quý I/2024", "quý I-2024", "quý I.2024", "quý I năm 2024"] {
        let r = read(&format!("Sáng 3/4, Huyện ủy tổ chức hội nghị giao ban đánh giá kết quả {q}, triển khai nhiệm vụ quý II."));
        let (review, plan) = kinds(&r);
        assert_eq!(review, Some(Period::quarter(2024, 1).unwrap()), "{q}");
        assert_eq!(plan, Some(Period::quarter(2024, 2).unwrap()), "{q}");
    }
}

#[test]
fn half_years_in_digits_and_words() {
    let r = read("Ngày 5/7/2024, Thị ủy tổ chức hội nghị sơ kết Sáu tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::year_to_date(2024, 6).unwrap()));
    assert_eq!(plan, Some(Period::year_remainder(2024, 6).unwrap()));
    let z = read("Ngày 5/7/2024, Thị ủy tổ chức hội nghị sơ kết 06 tháng đầu năm 2024.");
    assert_eq!(kinds(&z).0, Some(Period::year_to_date(2024, 6).unwrap()));
}

#[test]
fn mid_term_review_takes_the_term_years() {
    let r = read("Ngày 20/7, Huyện ủy Tràng Định tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025.");
    let review = r.periods().review().expect("review");
    assert_eq!(review.kind(), PeriodKind::MidTerm);
    assert_eq!(
        (review.start_year(), review.end_year()),
        (Some(2020), Some(2025))
    );
}

#[test]
fn the_plan_may_come_in_a_later_paragraph() {
    let r = read("Sáng ngày 17/01, Ban Bí thư chủ trì Hội nghị giao ban công tác năm 2023 với các Tỉnh ủy.\nHội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2023, phương hướng, nhiệm vụ năm 2024.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::full_year(2023).unwrap()));
    assert_eq!(plan, Some(Period::full_year(2024).unwrap()));
}

#[test]
fn a_plan_alone_is_not_a_review() {
    let r = read("Ngày 20/12/2023, Huyện ủy tổ chức hội nghị bàn phương hướng, nhiệm vụ năm 2024.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, None);
    assert_eq!(plan, Some(Period::full_year(2024).unwrap()));
}

#[test]
fn the_year_of_the_date_fills_a_period_without_one() {
    let r = read("Ngày 6/7/2023, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng đầu năm.");
    assert_eq!(kinds(&r).0, Some(Period::year_to_date(2023, 6).unwrap()));
}

#[test]
fn a_bare_count_of_months_shares_the_year_of_the_period_after_it() {
    // "6 tháng" with neither "đầu năm" nor a year: the one year written
    // after the planned period serves both.
    for joint in [",", ";", " và"] {
        let r = read(&format!("Ngày 8/7, Ban Chấp hành Đảng bộ huyện Lộc Bình tổ chức hội nghị lần thứ 20 đánh giá kết quả lãnh đạo thực hiện nhiệm vụ 6 tháng{joint} bàn nhiệm vụ trọng tâm 6 tháng cuối năm 2025."));
        let (review, plan) = kinds(&r);
        assert_eq!(
            review,
            Some(Period::year_to_date(2025, 6).unwrap()),
            "{joint}"
        );
        assert_eq!(
            plan,
            Some(Period::year_remainder(2025, 6).unwrap()),
            "{joint}"
        );
    }
    let q = read("Ngày 6/4, Thị ủy tổ chức hội nghị đánh giá nhiệm vụ 3 tháng, triển khai nhiệm vụ quý II/2025.");
    assert_eq!(kinds(&q).0, Some(Period::year_to_date(2025, 3).unwrap()));
    // Alone it is only a span of time, not a period.
    let d =
        read("Ngày 6/4/2025, Thị ủy tổ chức hội nghị lần thứ 9 sau 3 tháng, cho ý kiến về đề án.");
    assert_eq!(kinds(&d).0, None);
}

#[test]
fn a_mid_term_takes_the_term_written_before_it() {
    // The committee's own term, named before the verb, dates the mid-term;
    // the rest of the term is the plan.
    let r = read("Sáng 25-7-2023, Ban Chấp hành Đảng bộ huyện Cần Giuộc khóa XI, nhiệm kỳ 2020 - 2025 tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XI, đề ra giải pháp giai đoạn 2023-2025.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::mid_term(2020, 2025).unwrap()));
    assert_eq!(plan, Some(Period::stage(2023, 2025).unwrap()));
    let h = read("Sáng 11/7, Tỉnh ủy tổ chức Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2020-2025 để sơ kết nửa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.");
    assert_eq!(
        kinds(&h),
        (Some(Period::mid_term(2020, 2025).unwrap()), None)
    );
}

#[test]
fn a_first_plenum_s_periods_from_the_report_it_heard() {
    let r = read("Chiều 1/7/2025, Ban Chấp hành Đảng bộ tỉnh Tây Ninh tổ chức Hội nghị lần thứ nhất, nhiệm kỳ 2020 - 2025. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTại hội nghị, Ban Chấp hành đã thông qua Quy chế làm việc.\n\nĐồng chí Trần Văn Bình, Chủ tịch UBND tỉnh báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2025. Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm 2025.");
    let p = r.periods();
    assert_eq!(
        p.review().and_then(Period::end),
        chrono::NaiveDate::from_ymd_opt(2025, 6, 30)
    );
    assert!(p.plan().is_some());
    // What another meeting reviewed is not this one's.
    let r = read("Chiều 18/7/2020, ngay sau khi Đại hội bế mạc, Ban Chấp hành Đảng bộ huyện khóa XXVI tiến hành Hội nghị lần thứ nhất.\n\nTrước đó, Đại hội đã đánh giá kết quả thực hiện Nghị quyết: thu ngân sách năm 2020 ước đạt 420 tỷ đồng.");
    assert!(r.periods().review().is_none());
}

#[test]
fn a_strategy_s_horizon_is_no_period() {
    let r = read("Ngày 21/11/2023, Bộ Chính trị tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 36-NQ/TW về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045.");
    let p = r.periods();
    assert!(p.review().is_none() && p.plan().is_none(), "{p:?}");
}

#[test]
fn a_monthly_meetings_name_and_a_dates_month_are_no_periods() {
    let r = read("Ngày 4 tháng 7 năm 2017, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 7 để cho ý kiến vào báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2017.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::year_to_date(2017, 6).unwrap()));
    assert_eq!(plan, Some(Period::year_remainder(2017, 6).unwrap()));
}

#[test]
fn a_plan_named_further_on_after_a_mid_term_review() {
    let r = read("Ngày 20/7/2023, Ban Chấp hành Đảng bộ huyện Cầu Kè tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025.\n\nHội nghị đánh giá sau hơn nửa nhiệm kỳ, kinh tế của huyện tăng trưởng khá; thu nhập bình quân đầu người đạt 52 triệu đồng.\n\nCác đại biểu đã thảo luận, làm rõ nguyên nhân của những hạn chế.\n\nGiai đoạn 2023 - 2025, huyện phấn đấu thu nhập bình quân đầu người đạt 68 triệu đồng.");
    let (review, plan) = kinds(&r);
    assert_eq!(review.map(|p| p.kind()), Some(PeriodKind::MidTerm));
    assert_eq!(plan, Some(Period::stage(2023, 2025).unwrap()));
}

#[test]
fn the_months_left_of_the_year() {
    let r = read("Ngày 4/3/2026, Ban Thường vụ Đảng ủy phường Vũng Tàu tổ chức Hội nghị lần thứ 21 để đánh giá kết quả thực hiện nhiệm vụ 2 tháng đầu năm và triển khai nhiệm vụ 10 tháng còn lại của năm 2026.");
    let (review, plan) = kinds(&r);
    assert_eq!(review, Some(Period::year_to_date(2026, 2).unwrap()));
    assert_eq!(plan, Some(Period::year_remainder(2026, 10).unwrap()));
}

#[test]
fn a_deadline_is_no_period() {
    let r = read("Ngày 21/7/2023, Ban Chấp hành Đảng bộ huyện Thạch Thành tổ chức Hội nghị lần thứ 13 sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ 2020 - 2025.\n\nHội nghị đánh giá kinh tế của huyện tăng trưởng khá.\n\nPhát biểu tại hội nghị, đồng chí Lưu Quang Khải đề nghị huyện sớm hoàn thành mục tiêu huyện đạt chuẩn nông thôn mới trước năm 2025.");
    assert_eq!(r.periods().plan(), None);
}
