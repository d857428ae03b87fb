//! People, titles and roles (PATTERNS.md §6), bylines and photo credits.

mod common;

use common::{person, read};
use dangbo::RoleInSession;

#[test]
fn name_then_titles_with_a_chair_verb() {
    let r = read("Sáng 8/12, Tỉnh ủy tổ chức Hội nghị lần thứ 15. Đồng chí Lê Quang Tùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.");
    let p = person(&r, "Lê Quang Tùng");
    assert_eq!(
        p.titles(),
        [
            "Ủy viên Trung ương Đảng",
            "Bí thư Tỉnh ủy",
            "Chủ tịch HĐND tỉnh"
        ]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Chair));
}

#[test]
fn a_list_of_attendees_after_a_colon() {
    let r = read("Sáng 8/12, Tỉnh ủy tổ chức Hội nghị lần thứ 15. Dự hội nghị có các đồng chí: Nguyễn Đăng Quang, Phó Bí thư Thường trực Tỉnh ủy; Võ Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
    let a = person(&r, "Nguyễn Đăng Quang");
    assert_eq!(a.titles(), ["Phó Bí thư Thường trực Tỉnh ủy"]);
    assert_eq!(a.role_in_session(), Some(RoleInSession::Attendee));
    let b = person(&r, "Võ Văn Hưng");
    assert_eq!(b.titles(), ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]);
    assert_eq!(b.role_in_session(), Some(RoleInSession::Attendee));
}

#[test]
fn co_chairs_in_one_sentence() {
    let r = read("Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy; đồng chí Trần Thị Hoa, Phó Bí thư Thường trực Huyện ủy đồng chủ trì hội nghị.");
    assert_eq!(
        person(&r, "Nguyễn Văn Hải").role_in_session(),
        Some(RoleInSession::Chair)
    );
    assert_eq!(
        person(&r, "Trần Thị Hoa").role_in_session(),
        Some(RoleInSession::Chair)
    );
}

#[test]
fn titles_first_with_a_dash_before_the_name() {
    let r = read("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Long An - Nguyễn Minh Lâm dự và phát biểu chỉ đạo hội nghị.");
    let p = person(&r, "Nguyễn Minh Lâm");
    assert_eq!(
        p.titles(),
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "Phó Chủ tịch UBND tỉnh Long An"
        ]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn a_dash_between_two_titles_is_not_a_name() {
    let r =
        read("Bí thư Huyện ủy – Chủ tịch HĐND huyện Trần Văn Bình phát biểu kết luận hội nghị.");
    let p = person(&r, "Trần Văn Bình");
    assert_eq!(p.titles(), ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]);
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
    assert_eq!(r.people().len(), 1);
}

#[test]
fn a_place_at_the_end_of_a_title_stays_in_the_title() {
    let r =
        read("Bí thư Thành ủy Tây Ninh Nguyễn Thành Tâm đánh giá cao sự nỗ lực của các cấp ủy.");
    let p = person(&r, "Nguyễn Thành Tâm");
    assert_eq!(p.titles(), ["Bí thư Thành ủy Tây Ninh"]);
}

#[test]
fn name_dash_title_without_spaces_and_with_honorifics() {
    let r = read("Ngày 9.12, ông Lê Văn Út- Bí thư Thị ủy chủ trì hội nghị. Bà Phạm Thị Lan-Phó Bí thư Thường trực Thị ủy báo cáo tình hình.");
    assert_eq!(person(&r, "Lê Văn Út").titles(), ["Bí thư Thị ủy"]);
    assert_eq!(
        person(&r, "Lê Văn Út").role_in_session(),
        Some(RoleInSession::Chair)
    );
    let b = person(&r, "Phạm Thị Lan");
    assert_eq!(b.titles(), ["Phó Bí thư Thường trực Thị ủy"]);
    assert_eq!(b.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn an_opening_verb_gives_the_role() {
    let r = read("Tham dự tại điểm cầu tỉnh có đồng chí Hoàng Văn Nam, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy. Phát biểu kết luận hội nghị, đồng chí Đinh Văn Tú, Bí thư Huyện ủy đề nghị các cấp ủy khắc phục hạn chế.");
    assert_eq!(
        person(&r, "Hoàng Văn Nam").role_in_session(),
        Some(RoleInSession::Attendee)
    );
    assert_eq!(
        person(&r, "Hoàng Văn Nam").titles(),
        ["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"]
    );
    assert_eq!(
        person(&r, "Đinh Văn Tú").role_in_session(),
        Some(RoleInSession::Speaker)
    );
}

#[test]
fn honorific_then_title_then_name_merges_with_an_earlier_mention() {
    let r = read("Sáng 17/1, đồng chí Trần Văn Sơn, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị.\nĐồng chí Bí thư Tỉnh ủy Trần Văn Sơn và các đại biểu dự tại điểm cầu tỉnh");
    assert_eq!(r.people().len(), 1);
    let p = person(&r, "Trần Văn Sơn");
    assert_eq!(
        p.titles(),
        ["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Attendee));
}

#[test]
fn a_title_with_a_doubled_honorific_and_a_colon() {
    let r = read("Dự hội nghị có đồng chí đồng chí Hà Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đồng chí: Lương Văn Hòa, Phó Chủ tịch UBND huyện phát biểu.");
    assert_eq!(
        person(&r, "Hà Thị Nga").titles(),
        ["Chủ tịch Ủy ban MTTQ Việt Nam huyện"]
    );
    assert_eq!(
        person(&r, "Lương Văn Hòa").role_in_session(),
        Some(RoleInSession::Speaker)
    );
}

#[test]
fn places_and_organs_are_not_people() {
    let r = read("Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17. Đại biểu xã Vũ Sơn phát biểu tại hội nghị. Ủy ban Kiểm tra Huyện ủy báo cáo công tác kiểm tra.");
    assert!(r.people().is_empty(), "{:?}", r.people());
}

#[test]
fn bylines_at_the_end() {
    let page = "Huyện ủy Cam Lộ họp hội nghị lần thứ 12\n\
        Ngày 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n\
        Quang cảnh hội nghị. Ảnh: Minh Hà\n\
        Hội nghị thống nhất các giải pháp trọng tâm cho thời gian tới nhằm hoàn thành kế hoạch năm.\n\
        Bảo Ngọc - Quốc Việt\n\
        Tác giả bài viết: Minh Khôi ( Tổng hợp )\n\
        Nguồn tin: Báo Quảng Trị\n\
        Tổng số điểm của bài viết là: 0 trong 0 đánh giá";
    let r = read(page);
    for name in ["Bảo Ngọc", "Quốc Việt", "Minh Khôi", "Minh Hà"] {
        assert_eq!(
            person(&r, name).role_in_session(),
            Some(RoleInSession::Author),
            "{name}"
        );
    }
    assert!(r.people().iter().all(|p| p.name() != "Báo Quảng Trị"));
}

#[test]
fn byline_shapes() {
    let lead = "Ngày 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n";
    for (line, names) in [
        ("Tin, ảnh: Lệ Thủy", vec!["Lệ Thủy"]),
        ("NGUYỄN HOÀI NAM", vec!["Nguyễn Hoài Nam"]),
        ("Hoài Nam, VPHU", vec!["Hoài Nam"]),
        ("CTV: Thanh Tâm (Trung tâm VH-TT huyện)", vec!["Thanh Tâm"]),
        ("Tin, ảnh: TRẦN TUYỀN", vec!["Trần Tuyền"]),
    ] {
        let r = read(&format!("{lead}{line}"));
        let authors: Vec<&str> = r
            .people()
            .iter()
            .filter(|p| p.role_in_session() == Some(RoleInSession::Author))
            .map(dangbo::PersonMention::name)
            .collect();
        assert_eq!(authors, names, "{line}");
    }
}

#[test]
fn two_people_title_first_joined_by_and() {
    let r = read("Bí thư Huyện ủy Vũ Văn Hải và Chủ tịch UBND huyện Lê Thị Nga dự hội nghị. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Giám đốc Sở Nội vụ Trần Văn Bảo.");
    for (name, title) in [
        ("Vũ Văn Hải", "Bí thư Huyện ủy"),
        ("Lê Thị Nga", "Chủ tịch UBND huyện"),
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"),
        ("Trần Văn Bảo", "Giám đốc Sở Nội vụ"),
    ] {
        let p = person(&r, name);
        assert_eq!(p.titles(), [title], "{name}");
        assert_eq!(p.role_in_session(), Some(RoleInSession::Attendee), "{name}");
    }
}

#[test]
fn four_syllable_names_and_a_title_after_a_dash_following_an_honorific() {
    let r = read("Đồng chí Nguyễn Thị Thanh Hương, Phó Chủ tịch HĐND tỉnh phát biểu. Đồng chí Phó Bí thư Thường trực Tỉnh ủy - Hồ Văn Lâm kết luận hội nghị.");
    assert_eq!(
        person(&r, "Nguyễn Thị Thanh Hương").titles(),
        ["Phó Chủ tịch HĐND tỉnh"]
    );
    let p = person(&r, "Hồ Văn Lâm");
    assert_eq!(p.titles(), ["Phó Bí thư Thường trực Tỉnh ủy"]);
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn a_city_at_the_end_of_a_title_is_not_a_person() {
    let r = read("Dự hội nghị có đồng chí Phạm Văn Định, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Buôn Ma Thuột; đồng chí Lê Văn Tâm, Chủ tịch UBND Thành phố Hồ Chí Minh.");
    assert_eq!(
        person(&r, "Phạm Văn Định").titles(),
        [
            "Ủy viên Ban Thường vụ Thành ủy",
            "Phó Chủ tịch UBND thành phố Buôn Ma Thuột"
        ]
    );
    assert_eq!(
        person(&r, "Lê Văn Tâm").titles(),
        ["Chủ tịch UBND Thành phố Hồ Chí Minh"]
    );
    assert_eq!(r.people().len(), 2);
}

#[test]
fn a_role_verb_before_cua_introduces_the_person() {
    let r = read("Hội nghị diễn ra dưới sự chủ trì của đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy. Buổi làm việc có sự tham dự của Phó Chủ tịch UBND tỉnh Lê Thị Nga.");
    assert_eq!(
        person(&r, "Nguyễn Văn Hải").role_in_session(),
        Some(RoleInSession::Chair)
    );
    assert_eq!(
        person(&r, "Lê Thị Nga").role_in_session(),
        Some(RoleInSession::Attendee)
    );
}

#[test]
fn ede_and_jrai_names_keep_their_apostrophe() {
    let r = read("Sáng 5/7, Đảng ủy xã tổ chức hội nghị Ban Chấp hành lần thứ 9. Đồng chí Y Krông Mlô, Bí thư Đảng ủy xã chủ trì hội nghị. Báo cáo do đồng chí H'Mai Byă, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày. Đồng chí H’Yến Nie Kdăm, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị. Dự hội nghị có đồng chí Ksor Y Blim, Phó Chủ tịch HĐND huyện.");
    let chair = person(&r, "Y Krông Mlô");
    assert_eq!(chair.titles(), ["Bí thư Đảng ủy xã"]);
    assert_eq!(chair.role_in_session(), Some(RoleInSession::Chair));
    let reporter = person(&r, "H'Mai Byă");
    assert_eq!(
        reporter.titles(),
        ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"]
    );
    assert_eq!(reporter.role_in_session(), Some(RoleInSession::Speaker));
    let speaker = person(&r, "H’Yến Nie Kdăm");
    assert_eq!(
        speaker.titles(),
        ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"]
    );
    assert_eq!(speaker.role_in_session(), Some(RoleInSession::Speaker));
    let guest = person(&r, "Ksor Y Blim");
    assert_eq!(guest.role_in_session(), Some(RoleInSession::Attendee));
    // No half of a name is a person of its own.
    assert_eq!(r.people().len(), 4, "{:?}", r.people());
}

#[test]
fn an_apostrophe_name_alone_after_an_honorific() {
    let r = read("Phát biểu tại hội nghị, đồng chí K'Bình đề nghị các chi bộ nắm chắc tình hình. Đồng chí H’Lan trình bày báo cáo.");
    assert_eq!(
        person(&r, "K'Bình").role_in_session(),
        Some(RoleInSession::Speaker)
    );
    assert_eq!(
        person(&r, "H’Lan").role_in_session(),
        Some(RoleInSession::Speaker)
    );
    // A space after the apostrophe: "K' Lĩnh".
    let r = read("Đồng chí K' Lĩnh, Tỉnh ủy viên, Bí thư Huyện ủy Đam Rông chủ trì hội nghị.");
    assert_eq!(
        person(&r, "K' Lĩnh").titles(),
        ["Tỉnh ủy viên", "Bí thư Huyện ủy Đam Rông"]
    );
    // "Bình" said alone after an apostrophe is no name, nor a word in a sentence.
    let r = read("Lãnh đạo xã nói: 'Bình tĩnh xử lý' là yêu cầu đặt ra.");
    assert!(r.people().is_empty(), "{:?}", r.people());
}

#[test]
fn titles_first_ending_in_a_place_like_a_family_name_then_a_dash() {
    let r = read("Tham dự hội nghị có Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hà Giang - Lê Văn Sơn. Đồng chí Phó Bí thư Tỉnh ủy Cao Bằng – Đỗ Thị Hạnh phát biểu chỉ đạo.");
    let p = person(&r, "Lê Văn Sơn");
    assert_eq!(
        p.titles(),
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "Phó Chủ tịch UBND tỉnh Hà Giang"
        ]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Attendee));
    let q = person(&r, "Đỗ Thị Hạnh");
    assert_eq!(q.titles(), ["Phó Bí thư Tỉnh ủy Cao Bằng"]);
    assert_eq!(q.role_in_session(), Some(RoleInSession::Speaker));
    assert_eq!(r.people().len(), 2, "{:?}", r.people());
}

#[test]
fn a_co_chair_named_after_the_chair_in_the_next_clause() {
    let r = read("Đồng chí Lê Văn Phúc, Bí thư Đảng ủy phường chủ trì hội nghị; đồng chủ trì có đồng chí Y Wai Ênuôl, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường. Cùng chủ trì có các đồng chí: Nguyễn Thị Hà, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; Đinh Văn Quý, Chủ tịch Ủy ban MTTQ Việt Nam phường; tham dự có đồng chí Trần Minh Đức, Trưởng Ban Tổ chức Thành ủy.");
    for name in [
        "Lê Văn Phúc",
        "Y Wai Ênuôl",
        "Nguyễn Thị Hà",
        "Đinh Văn Quý",
    ] {
        assert_eq!(
            person(&r, name).role_in_session(),
            Some(RoleInSession::Chair),
            "{name}"
        );
    }
    assert_eq!(
        person(&r, "Y Wai Ênuôl").titles(),
        ["Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"]
    );
    assert_eq!(
        person(&r, "Trần Minh Đức").role_in_session(),
        Some(RoleInSession::Attendee)
    );
}

#[test]
fn one_plural_honorific_before_two_names_joined_by_and() {
    let r = read("Hội nghị đã bầu các đồng chí Lương Thị Mai và Phan Đức Toàn giữ chức Phó Bí thư Đảng ủy; đồng chí Vũ Văn Lộc và Ban Thường vụ Huyện ủy đã chỉ đạo sát sao.");
    assert!(r.people().iter().any(|p| p.name() == "Lương Thị Mai"));
    assert!(r.people().iter().any(|p| p.name() == "Phan Đức Toàn"));
    assert!(r.people().iter().any(|p| p.name() == "Vũ Văn Lộc"));
    assert_eq!(r.people().len(), 3, "{:?}", r.people());
}

#[test]
fn a_five_syllable_name_after_the_honorific() {
    let r = read("Chiều 2/10, Đảng ủy phường Vĩnh Ninh tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 9. Trình bày báo cáo, đồng chí Tôn Nữ Thị Thu Hà, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cho biết thu ngân sách đạt 27 tỷ đồng.");
    let p = person(&r, "Tôn Nữ Thị Thu Hà");
    assert_eq!(p.titles(), ["Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"]);
}

#[test]
fn a_unit_abbreviation_inside_a_title() {
    let r = read("Sáng 3/12, Thành ủy Thủ Đức tổ chức hội nghị lần thứ 17. Dự hội nghị có đồng chí Lê Thị Hồng Nhung, Phó Bí thư Thành ủy TP. Hồ Chí Minh, Trưởng Ban Tuyên giáo Thành ủy. Đồng chí Đỗ Văn Phát, Phó Bí thư Thành ủy, Chủ tịch UBND TP. Thủ Đức báo cáo kết quả năm 2024.");
    assert_eq!(
        person(&r, "Lê Thị Hồng Nhung").titles(),
        [
            "Phó Bí thư Thành ủy TP. Hồ Chí Minh",
            "Trưởng Ban Tuyên giáo Thành ủy"
        ]
    );
    let p = person(&r, "Đỗ Văn Phát");
    assert_eq!(
        p.titles(),
        ["Phó Bí thư Thành ủy", "Chủ tịch UBND TP. Thủ Đức"]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn opening_a_report_is_speaking() {
    let r = read("Sáng 12/7, Tỉnh ủy Hà Nam tổ chức Hội nghị lần thứ 20. Mở đầu báo cáo, đồng chí Trương Quốc Huy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nêu kết quả 6 tháng đầu năm.");
    assert_eq!(
        person(&r, "Trương Quốc Huy").role_in_session(),
        Some(RoleInSession::Speaker)
    );
}

#[test]
fn guests_listed_by_their_side_attend() {
    let r = read("Sáng 18/7, Huyện ủy Mai Sơn tổ chức Hội nghị lần thứ 16. Về phía huyện có các đồng chí: Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lò Văn Minh; Phó Chủ tịch HĐND huyện Cầm Thị Hoa.");
    assert_eq!(
        person(&r, "Lò Văn Minh").role_in_session(),
        Some(RoleInSession::Attendee)
    );
    assert_eq!(
        person(&r, "Cầm Thị Hoa").role_in_session(),
        Some(RoleInSession::Attendee)
    );
}

#[test]
fn remembered_people_are_not_at_the_session() {
    let r = read("Sáng 20/12, Huyện ủy Nghi Lộc tổ chức Hội nghị lần thứ 25. Đồng chí Hoàng Văn Bình, Bí thư Huyện ủy chủ trì hội nghị. Hội nghị dành một phút tưởng nhớ đồng chí Trần Văn Lâm, nguyên Bí thư Huyện ủy. Đồng chí Hoàng Văn Bình nhắc lại lời dạy của Chủ tịch Hồ Chí Minh; huyện tổ chức trọng thể lễ kỷ niệm 120 năm Ngày sinh đồng chí Lê Hồng Phong.");
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert_eq!(names, ["Hoàng Văn Bình"]);
}

#[test]
fn titles_a_congress_elected_people_to() {
    let r = read("Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí. Đồng chí Lê Văn Hùng được bầu giữ chức Bí thư Đảng ủy xã; đồng chí Phạm Thị Hoa, Chủ tịch UBND xã, được bầu làm Phó Bí thư Đảng ủy xã.");
    assert_eq!(person(&r, "Lê Văn Hùng").titles(), ["Bí thư Đảng ủy xã"]);
    assert_eq!(
        person(&r, "Phạm Thị Hoa").titles(),
        ["Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"]
    );
}

#[test]
fn opening_and_chairing_is_chairing() {
    let r = read("Sáng 9/10, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đồng chí Võ Văn Tâm, Bí thư Đảng ủy xã, phát biểu khai mạc và chủ trì đại hội. Đồng chí Lê Minh Hải, Phó Bí thư Huyện ủy đến dự và chỉ đạo.");
    assert_eq!(
        person(&r, "Võ Văn Tâm").role_in_session(),
        Some(RoleInSession::Chair)
    );
    assert_eq!(
        person(&r, "Lê Minh Hải").role_in_session(),
        Some(RoleInSession::Attendee)
    );
}

#[test]
fn opinions_in_the_discussion_are_speaking() {
    for (verb, body) in [
        ("cho rằng", "Thảo luận tại hội nghị, đồng chí Hồ Văn Khải, Huyện ủy viên, Bí thư Đảng ủy xã Tân Lập cho rằng việc dồn điền đổi thửa còn chậm."),
        ("kiến nghị", "Đồng chí Hồ Văn Khải, Bí thư Đảng ủy xã Tân Lập kiến nghị huyện sớm bố trí vốn làm đường."),
        ("góp ý", "Đồng chí Hồ Văn Khải, Bí thư Đảng ủy xã Tân Lập góp ý vào dự thảo báo cáo chính trị."),
    ] {
        let r = read(&format!("Sáng 8/12, Huyện ủy tổ chức Hội nghị lần thứ 15. {body}"));
        assert_eq!(
            person(&r, "Hồ Văn Khải").role_in_session(),
            Some(RoleInSession::Speaker),
            "{verb}"
        );
    }
}

#[test]
fn two_people_each_with_titles_joined_by_va() {
    let r = read("Sáng 15/12, Thành ủy tổ chức Hội nghị lần thứ 19. Tại hội nghị, các đại biểu Kim Sa Ly, Bí thư Đảng ủy Phường 10 và Danh Văn Sóc, Bí thư Đảng ủy phường Phú Lợi phát biểu về việc chỉnh trang đô thị.");
    let a = person(&r, "Kim Sa Ly");
    assert_eq!(a.titles(), ["Bí thư Đảng ủy Phường 10"]);
    assert_eq!(a.role_in_session(), Some(RoleInSession::Speaker));
    assert_eq!(
        person(&r, "Danh Văn Sóc").titles(),
        ["Bí thư Đảng ủy phường Phú Lợi"]
    );
}

#[test]
fn titles_first_ending_in_a_place_or_before_a_highland_name() {
    // The registry knows the province: the name starts after it.
    let r = read("Sáng 9/7, Huyện ủy tổ chức Hội nghị lần thứ 5. Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Giang Ly Thị Hoa dự hội nghị.");
    assert_eq!(
        person(&r, "Ly Thị Hoa").titles(),
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Giang"
        ]
    );
    // Bahnar and Xơ Đăng names open with "A" or "Y".
    let r = read(
        "Sáng 20/12, Huyện ủy tổ chức Hội nghị lần thứ 26. Bí thư Huyện ủy A Pơi chủ trì hội nghị.",
    );
    let p = person(&r, "A Pơi");
    assert_eq!(p.titles(), ["Bí thư Huyện ủy"]);
    assert_eq!(p.role_in_session(), Some(RoleInSession::Chair));
}

#[test]
fn a_deputy_political_commissar() {
    let r = read("Ngày 12/12/2023, Đảng ủy Quân sự tỉnh tổ chức Hội nghị lần thứ 16. Dự hội nghị có đồng chí Lê Hữu Phước, Phó Chính ủy Quân khu 4.");
    assert_eq!(
        person(&r, "Lê Hữu Phước").titles(),
        ["Phó Chính ủy Quân khu 4"]
    );
}

#[test]
fn a_speaking_verb_with_words_of_manner_before_the_list() {
    let r = read("Ngày 27/6/2023, Huyện ủy tổ chức Hội nghị lần thứ 16. Tại hội nghị, nhiều ý kiến phát biểu tâm huyết của các đồng chí: Trịnh Văn Lâm, Bí thư Đảng ủy xã Vân Nội; Phạm Thu Hà, Chủ tịch Hội Liên hiệp Phụ nữ huyện.");
    for name in ["Trịnh Văn Lâm", "Phạm Thu Hà"] {
        assert_eq!(
            person(&r, name).role_in_session(),
            Some(RoleInSession::Speaker),
            "{name}"
        );
    }
}

#[test]
fn appointed_people_a_count_of_comrades_and_a_place_after_a_title() {
    let r = read("Ngày 2/7/2025, Đảng ủy phường tổ chức Hội nghị lần thứ nhất. Tại hội nghị, đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy công bố Quyết định thành lập Đảng bộ phường Hà Giang 1. Theo đó, Ban Chấp hành gồm 27 đồng chí, Ban Thường vụ gồm 9 đồng chí. Đồng chí Vàng Mí Sử được chỉ định giữ chức Phó Bí thư Thường trực Đảng ủy phường.");
    assert_eq!(
        person(&r, "Vàng Mí Sử").titles(),
        ["Phó Bí thư Thường trực Đảng ủy phường"]
    );
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert_eq!(names, ["Vàng Mí Sử"]);
}

#[test]
fn a_five_syllable_name_later_written_after_a_title_and_a_province_before_a_name() {
    let r = read("Ngày 20/12, Huyện ủy tổ chức Hội nghị lần thứ 31. Đồng chí Nguyễn Lê Thị Thu Hà, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Kết luận hội nghị, Bí thư Huyện ủy Nguyễn Lê Thị Thu Hà yêu cầu các tổ chức đảng phát huy kết quả đạt được.");
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert_eq!(names, ["Nguyễn Lê Thị Thu Hà"]);
    let r = read("Ngày 5/7/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 14 (mở rộng). Phó Bí thư Thường trực Tỉnh ủy Quảng Trị Nguyễn Thị Mỹ Hạnh trình bày báo cáo sơ kết.");
    assert_eq!(r.committee().and_then(|c| c.province()), Some("Quảng Trị"));
    assert_eq!(
        person(&r, "Nguyễn Thị Mỹ Hạnh").titles(),
        ["Phó Bí thư Thường trực Tỉnh ủy Quảng Trị"]
    );
}
