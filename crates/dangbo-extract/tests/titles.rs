//! Titles that hold a place whose name starts like an honorific ("Bà Rịa",
//! "Ông Đốc") or holds a dash ("Bà Rịa - Vũng Tàu"), and letterheads and
//! signature blocks that name no one.

mod common;

use common::{person, read};
use dangbo::RoleInSession;

#[test]
fn a_province_whose_name_starts_like_bà_stays_in_the_title() {
    let r = read("Ngày 15/7/2022, Ban Chấp hành Đảng bộ thị xã Phú Mỹ tổ chức Hội nghị lần thứ 14. Đồng chí Trần Quốc Vinh, Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu, Bí thư Thị ủy chủ trì hội nghị.");
    let p = person(&r, "Trần Quốc Vinh");
    assert_eq!(
        p.titles(),
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu",
            "Bí thư Thị ủy"
        ]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Chair));
    assert_eq!(r.people().len(), 1);
    // "bà" before a woman's name is still an honorific.
    let r = read("Ngày 15/7/2022, Huyện ủy tổ chức Hội nghị lần thứ 14. Dự hội nghị có bà Lê Thị Hoa, Phó Chủ tịch UBND huyện.");
    assert_eq!(
        person(&r, "Lê Thị Hoa").titles(),
        ["Phó Chủ tịch UBND huyện"]
    );
}

#[test]
fn a_letterhead_and_a_signature_block_name_no_author() {
    let r = read("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU\t\t\tĐẢNG CỘNG SẢN VIỆT NAM\nTHỊ ỦY PHÚ MỸ\n\nTHÔNG BÁO KẾT LUẬN HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ LẦN THỨ 14\n\nNgày 15/7/2022, Ban Chấp hành Đảng bộ thị xã Phú Mỹ tổ chức Hội nghị lần thứ 14 đánh giá kết quả 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm.\n\nGiao Văn phòng Thị ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n\nT/M BAN CHẤP HÀNH\nBÍ THƯ\n\nTrần Quốc Vinh\n");
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Vũng Tàu") && !n.contains("Bí Thư")),
        "{names:?}"
    );
}
