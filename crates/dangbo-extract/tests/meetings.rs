//! Kinds of meetings other than the year-end plenum, and the periods they
//! review and plan.

mod common;

use common::read;
use dangbo::{Organ, Period, SessionKind};

#[test]
fn a_review_on_one_subject_is_a_review() {
    let r = read("Ngày 21/6/2024, Ban Chấp hành Đảng bộ tỉnh Bình Định tổ chức Hội nghị chuyên đề sơ kết 5 năm thực hiện Nghị quyết số 05-NQ/TU về phát triển kinh tế biển.");
    assert_eq!(r.session().unwrap().kind(), SessionKind::Review);
    let r = read("Ngày 12/10/2023, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức Hội nghị chuyên đề về chuyển đổi số.");
    assert_eq!(r.session().unwrap().kind(), SessionKind::Thematic);
}

#[test]
fn a_conference_of_key_officials_is_no_session_of_an_organ() {
    let r = read("Ngày 5/1/2018, Thành ủy Hải Phòng tổ chức Hội nghị cán bộ chủ chốt thành phố triển khai nhiệm vụ năm 2018.");
    let s = r.session().unwrap();
    assert_eq!((s.organ(), s.kind()), (Organ::Other, SessionKind::Other));
}

#[test]
fn a_draft_resolutions_period_is_the_plan() {
    let r = read("Chiều 12/10/2023, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức Hội nghị chuyên đề cho ý kiến vào dự thảo Nghị quyết về chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2024 - 2025, định hướng đến năm 2030.");
    assert_eq!(r.periods().review(), None);
    assert_eq!(
        r.periods().plan(),
        Some(&Period::stage(2024, 2025).unwrap())
    );
}

#[test]
fn a_caption_naming_the_regular_meeting_does_not_replace_the_lead() {
    let r = read("Ban Thường vụ Quận ủy Ninh Kiều họp phiên thường kỳ tháng 9\n\nSáng 25/9/2024, Ban Thường vụ Quận ủy Ninh Kiều tổ chức phiên họp thường kỳ tháng 9 để cho ý kiến vào báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối năm 2024. Đồng chí Lâm Thị Kim Xuyến, Bí thư Quận ủy chủ trì phiên họp.\n\nPhiên họp thường kỳ tháng 9 của Ban Thường vụ Quận ủy.\n\nHội nghị đã thảo luận, thống nhất các giải pháp trọng tâm trong 3 tháng cuối năm.");
    assert_eq!(
        r.periods().review(),
        Some(&Period::year_to_date(2024, 9).unwrap())
    );
    assert_eq!(
        r.periods().plan(),
        Some(&Period::year_remainder(2024, 3).unwrap())
    );
}

#[test]
fn a_year_compared_with_does_not_date_the_figures() {
    // A personnel plenum with no period: the year of the figures is the one
    // they report, not the year they are compared with.
    let r = read("Chiều 15/3/2021, Ban Chấp hành Đảng bộ thị xã Bình Minh tổ chức Hội nghị lần thứ 8 (bất thường) kiện toàn chức danh Bí thư Thị ủy.\n\nPhát biểu chỉ đạo, đồng chí Phan Văn Nhựt cho biết năm 2020, tổng giá trị sản xuất của thị xã đạt 9.215 tỷ đồng, tăng 5,6% so với năm 2019.");
    let figures: Vec<dangbo::Figure> = r
        .indicators()
        .iter()
        .map(dangbo::IndicatorReport::figure)
        .collect();
    assert_eq!(figures, [dangbo::Figure::Actual]);
}
