//! Roles in the session given to a person named elsewhere by a title alone.

mod common;

use common::{person, read};
use dangbo::RoleInSession;

#[test]
fn a_guest_named_once_then_speaking_by_title_is_a_speaker() {
    let r = read("Sáng 20/12, Huyện ủy Krông Búk tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 24. Đồng chí Y Khuê Niê, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí H'Bla Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện.\n\nPhát biểu chỉ đạo, đồng chí Trưởng Ban Dân vận Tỉnh ủy ghi nhận những kết quả huyện đạt được.\n\nĐồng chí Phó Chủ tịch UBND huyện phát biểu làm rõ nguyên nhân chậm giải ngân.");
    assert_eq!(
        person(&r, "H'Bla Êban").role_in_session(),
        Some(RoleInSession::Speaker)
    );
    assert_eq!(
        person(&r, "Lê Văn Hòa").role_in_session(),
        Some(RoleInSession::Speaker)
    );
    // The chair stays the chair.
    assert_eq!(
        person(&r, "Y Khuê Niê").role_in_session(),
        Some(RoleInSession::Chair)
    );
}

#[test]
fn a_title_two_people_hold_or_no_one_holds_gives_no_role() {
    let r = read("Sáng 20/12, Huyện ủy tổ chức Hội nghị lần thứ 24. Dự hội nghị có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện; đồng chí Trần Văn Bình, Phó Chủ tịch UBND huyện.\n\nĐồng chí Phó Chủ tịch UBND huyện phát biểu về công tác giải phóng mặt bằng. Đồng chí Giám đốc Sở Tài chính phát biểu về nguồn vốn.");
    for name in ["Nguyễn Văn An", "Trần Văn Bình"] {
        assert_eq!(
            person(&r, name).role_in_session(),
            Some(RoleInSession::Attendee)
        );
    }
}
