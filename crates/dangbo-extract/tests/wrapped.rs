//! Pages saved with hard line breaks inside paragraphs (text dumps wrap long
//! lines, often indented): a wrapped sentence reads as one, and text fields
//! quote it with its break.

mod common;

use common::{day, person, read};
use dangbo::{Direction, PeriodDraft, RoleInSession};

const PAGE: &str = "Quận ủy Ngô Quyền đánh giá 9 tháng\n\
\n\
\tChiều 8/10/2024, Ban Chấp hành Đảng bộ quận Ngô Quyền khóa XXV tổ chức Hội nghị lần thứ 31 đánh giá kết quả\n\
\tthực hiện nhiệm vụ 9 tháng đầu năm và triển khai nhiệm vụ 3 tháng cuối năm 2024. Đồng chí Nguyễn Thị Lan,\n\
\tỦy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy chủ trì hội nghị.\n\
\n\
\tTheo báo cáo, thu ngân sách trên địa bàn quận ước đạt 1.102,5 tỷ đồng, đạt 84,2% dự toán thành phố giao, tăng\n\
\t  9,6% so với cùng kỳ.\n\
\n\
\tMinh Châu\n";

#[test]
fn a_wrapped_lead_is_one_sentence() {
    let r = read(PAGE);
    let s = r.session().expect("session");
    assert_eq!(s.date(), day(2024, 10, 8));
    assert_eq!(s.ordinal(), Some(31));
    let p = r.periods();
    assert_eq!(
        p.review().map(dangbo::Period::to_draft),
        Some(PeriodDraft::YearToDate {
            year: 2024,
            months: 9
        })
    );
    assert_eq!(
        p.plan().map(dangbo::Period::to_draft),
        Some(PeriodDraft::YearRemainder {
            year: 2024,
            months: 3
        })
    );
    let chair = person(&r, "Nguyễn Thị Lan");
    assert_eq!(
        chair.titles(),
        ["Ủy viên Ban Thường vụ Thành ủy", "Bí thư Quận ủy"]
    );
    assert_eq!(chair.role_in_session(), Some(RoleInSession::Chair));
}

#[test]
fn a_figure_across_a_break_keeps_its_text() {
    let r = read(PAGE);
    let i = &r.indicators()[0];
    assert_eq!(i.value(), Some(1102.5));
    let change = i.change().expect("change");
    assert_eq!(
        (change.direction(), change.percent()),
        (Direction::Increase, Some(9.6))
    );
    assert!(i.text().contains("tăng\n\t  9,6%"), "{:?}", i.text());
    assert!(PAGE.contains(i.text()));
}

#[test]
fn a_headline_and_its_stamp_stay_apart() {
    // A headline has no closing stop and the stamp starts with a number:
    // neither is a wrapped sentence.
    let r = read("Huyện ủy Bảo Lâm họp phiên thường kỳ tháng 9 năm 2024 với nhiều nội dung quan trọng\n09/10/2024 08:15\nSáng 8/10, Ban Thường vụ Huyện ủy Bảo Lâm họp phiên thường kỳ tháng 9.");
    assert_eq!(
        r.source().title(),
        Some("Huyện ủy Bảo Lâm họp phiên thường kỳ tháng 9 năm 2024 với nhiều nội dung quan trọng")
    );
    assert_eq!(
        r.session().and_then(dangbo::Session::date),
        day(2024, 10, 8)
    );
}

#[test]
fn no_text_runs_across_two_parts_of_the_page() {
    // A headline without a stop and a paragraph that starts in lower case
    // (a page cut badly) are two parts: no figure's text spans both.
    let page = "Huyện ủy Đức Hòa họp\n\nChiều 10/10/2023, Huyện ủy Đức Hòa tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18 để đánh giá tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm và bàn phương hướng, nhiệm vụ trọng tâm 3 tháng cuối năm 2023 với sự tham dự của các đồng chí trong Ban Chấp hành Đảng bộ huyện\n\nthu ngân sách trên địa bàn huyện được 85,6 tỷ đồng, đạt 27,3% dự toán tỉnh giao, tăng 12,05% so với cùng kỳ.";
    let r = read(page);
    assert!(!r.indicators().is_empty());
    for i in r.indicators() {
        assert!(page.contains(i.text()), "{:?}", i.text());
    }
}
