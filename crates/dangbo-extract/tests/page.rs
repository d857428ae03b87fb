//! Where the page puts the session's facts: a sapo that refers to the
//! meeting before the body announces it, a credit at the top.

mod common;

use common::read;
use dangbo::RoleInSession;

#[test]
fn the_body_announcing_the_meeting_outranks_a_sapo_referring_to_it() {
    let r = read("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14: 16/20 chỉ tiêu đạt và vượt Nghị quyết\n\nBài, ảnh: Hoàng Minh Đức\n\n(BHG) - Năm 2017, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,8%. Đó là những kết quả được Ban Chấp hành Đảng bộ tỉnh đánh giá tại hội nghị lần thứ 14 diễn ra ngày 15/12.\n\nNgày 15/12, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14, khóa XVI, nhiệm kỳ 2015 - 2020 (mở rộng) để đánh giá kết quả thực hiện nhiệm vụ năm 2017. Đồng chí Lò Thị Vân, Bí thư Tỉnh ủy chủ trì hội nghị.");
    let s = r.session().expect("a session");
    assert_eq!(s.ordinal(), Some(14));
    assert!(s.expanded());
    // The credit between the headline and the sapo names the author.
    let author = r
        .people()
        .iter()
        .find(|p| p.name() == "Hoàng Minh Đức")
        .expect("the author");
    assert_eq!(author.role_in_session(), Some(RoleInSession::Author));
}
