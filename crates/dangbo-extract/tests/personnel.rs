//! Personnel work at a session: titles marked former, new or acting, the
//! person who reads out a decision, and Khmer family names after a title.

mod common;

use common::{person, read};
use dangbo::RoleInSession;

#[test]
fn former_new_and_acting_titles_keep_their_word() {
    let r = read("Ngày 9/5/2023, Ban Thường vụ Huyện ủy tổ chức phiên họp thường kỳ. Ban Thường vụ quyết định thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Trần Văn Bình, nguyên Huyện ủy viên, nguyên Chủ tịch UBND xã Hòa Bình. Đồng chí Lê Thị Nga, Phó Bí thư Huyện ủy, Quyền Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội.");
    let p = person(&r, "Trần Văn Bình");
    assert_eq!(
        p.titles(),
        ["nguyên Huyện ủy viên", "nguyên Chủ tịch UBND xã Hòa Bình"]
    );
    // The position of a former title is the role itself, not "nguyên Chủ tịch".
    assert_eq!(
        p.positions().get(1).map(dangbo::Position::role),
        Some("Chủ tịch")
    );
    let q = person(&r, "Lê Thị Nga");
    assert_eq!(
        q.titles(),
        ["Phó Bí thư Huyện ủy", "Quyền Chủ tịch UBND huyện"]
    );
    assert_eq!(q.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn a_new_title_before_a_khmer_family_name() {
    let r = read("Ngày 12/12/2024, Huyện ủy tổ chức Hội nghị lần thứ 23. Hội nghị công bố quyết định chỉ định đồng chí Sơn Thị Mỹ Linh, Phó Giám đốc Sở Tư pháp, giữ chức Phó Bí thư Huyện ủy. Phát biểu kết luận, Bí thư Huyện ủy đề nghị tân Phó Bí thư Huyện ủy Sơn Thị Mỹ Linh sớm tiếp cận công việc.");
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert_eq!(names, ["Sơn Thị Mỹ Linh"]);
    assert!(person(&r, "Sơn Thị Mỹ Linh")
        .titles()
        .iter()
        .any(|t| t == "tân Phó Bí thư Huyện ủy"));
}

#[test]
fn reading_out_a_decision_is_speaking() {
    let r = read("Chiều 4/3/2024, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị bất thường. Đồng chí Đỗ Minh Khôi, Phó Trưởng Ban Tổ chức Trung ương công bố Quyết định của Bộ Chính trị về công tác cán bộ.");
    let p = person(&r, "Đỗ Minh Khôi");
    assert_eq!(p.titles(), ["Phó Trưởng Ban Tổ chức Trung ương"]);
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn a_deputy_rector_presents_the_report() {
    let r = read("Ngày 10/7/2023, Ban Chấp hành Đảng bộ Trường Đại học Vinh tổ chức Hội nghị lần thứ 12. Báo cáo do PGS.TS Nguyễn Thị Hòa, Phó Bí thư Đảng ủy, Phó Hiệu trưởng trình bày cho biết nhà trường tuyển sinh vượt kế hoạch.");
    let p = person(&r, "Nguyễn Thị Hòa");
    assert_eq!(p.titles(), ["Phó Bí thư Đảng ủy", "Phó Hiệu trưởng"]);
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
}

#[test]
fn officer_ranks_are_titles_down_to_the_lieutenants() {
    let r = read("Ngày 9/7/2021, Đảng ủy xã Tân Lập tổ chức Hội nghị lần thứ 5. Dự hội nghị có Thiếu tá Lê Văn Dũng, Chính trị viên Đồn Biên phòng Tân Lập; Đại úy Hồ Thị Mai, Phó Trưởng Công an xã. Phát biểu tại hội nghị, Thiếu tá Lê Văn Dũng đề nghị xã phối hợp tuần tra biên giới.");
    let p = person(&r, "Lê Văn Dũng");
    assert_eq!(
        p.titles(),
        ["Thiếu tá", "Chính trị viên Đồn Biên phòng Tân Lập"]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
    assert_eq!(
        person(&r, "Hồ Thị Mai").titles(),
        ["Đại úy", "Phó Trưởng Công an xã"]
    );
}

#[test]
fn the_members_of_a_body_are_no_person() {
    let r = read("Ngày 5/4/2024, Đảng ủy xã Hải Minh tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 38. Kết luận hội nghị, đồng chí Trần Văn Hiếu yêu cầu các đồng chí Ban Chấp hành Đảng bộ xã bám sát địa bàn được phân công.");
    let names: Vec<&str> = r.people().iter().map(dangbo::PersonMention::name).collect();
    assert_eq!(names, ["Trần Văn Hiếu"]);
}

#[test]
fn speaking_for_a_body_is_still_speaking() {
    let r = read("Ngày 20/12/2021, Ban Chấp hành Đảng bộ huyện Phụng Hiệp tổ chức Hội nghị lần thứ Chín. Dịp này, đồng chí Nguyễn Hoàng Ân, Phó Bí thư Thường trực Huyện ủy, thay mặt Ban Thường vụ Huyện ủy trình bày dự thảo Nghị quyết về nhiệm vụ năm 2022.");
    assert_eq!(
        person(&r, "Nguyễn Hoàng Ân").role_in_session(),
        Some(RoleInSession::Speaker)
    );
}

#[test]
fn a_post_elected_for_two_names_both() {
    let r = read("Ngày 20/8/2020, Đảng bộ huyện Tiên Lữ tổ chức Đại hội đại biểu lần thứ XXVI. Tại hội nghị lần thứ nhất, đồng chí Lưu Văn Quý được bầu giữ chức Bí thư Huyện ủy; các đồng chí Nguyễn Thị Thu Hằng và Đặng Văn Minh được bầu giữ chức Phó Bí thư Huyện ủy.");
    for name in ["Nguyễn Thị Thu Hằng", "Đặng Văn Minh"] {
        assert_eq!(person(&r, name).titles(), ["Phó Bí thư Huyện ủy"], "{name}");
    }
    // Two people joined by "và" with titles of their own keep their own.
    let r = read("Ngày 20/8/2020, Huyện ủy Tiên Lữ tổ chức Hội nghị lần thứ 5. Dự hội nghị có các đồng chí Nguyễn Văn An và Trần Văn Bình, Phó Bí thư Huyện ủy.");
    assert!(person(&r, "Nguyễn Văn An").titles().is_empty());
}

#[test]
fn papers_explanations_and_joined_verbs_are_speaking() {
    let r = read("Ngày 12/12/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12. Đồng chí Hồ Văn Lực, Bí thư Thị ủy Kỳ Anh tham luận về phát triển công nghiệp. Đồng chí Tạ Văn Khiêm, Phó Chủ tịch UBND tỉnh giải trình làm rõ nguyên nhân chậm giải ngân. Đồng chí Đặng Quốc Toàn trao quyết định chuẩn y và phát biểu chỉ đạo.");
    for name in ["Hồ Văn Lực", "Tạ Văn Khiêm", "Đặng Quốc Toàn"] {
        assert_eq!(
            person(&r, name).role_in_session(),
            Some(RoleInSession::Speaker),
            "{name}"
        );
    }
}

#[test]
fn an_organisation_named_with_a_comma_is_one_title() {
    let r = read("Ngày 12/12/2023, Huyện ủy Tiên Du tổ chức Hội nghị lần thứ 18. Đồng chí Trần Thị Hải Yến, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện tham luận về bảo tồn văn hóa. Đồng chí Mai Xuân Định, Huyện ủy viên, Trưởng phòng Kinh tế, Hạ tầng và Đô thị huyện giải trình làm rõ tiến độ.");
    let p = person(&r, "Trần Thị Hải Yến");
    assert_eq!(
        p.titles(),
        ["Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện"]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Speaker));
    assert_eq!(
        person(&r, "Mai Xuân Định").titles(),
        [
            "Huyện ủy viên",
            "Trưởng phòng Kinh tế, Hạ tầng và Đô thị huyện"
        ]
    );
}

#[test]
fn a_post_taken_on_joining_the_committee() {
    let r = read("Ngày 12/12/2023, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức Hội nghị lần thứ 11. Tại hội nghị, đồng chí Trần Quang Huy, Giám đốc Sở Khoa học và Công nghệ được bầu bổ sung vào Ban Chấp hành và giữ chức Phó Bí thư Đảng ủy Khối.");
    assert_eq!(
        person(&r, "Trần Quang Huy").titles(),
        [
            "Giám đốc Sở Khoa học và Công nghệ",
            "Phó Bí thư Đảng ủy Khối"
        ]
    );
}

#[test]
fn the_head_of_a_steering_committee_still_chairs() {
    let r = read("Ngày 12/12/2024, Ban Thường vụ Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết chuyển đổi số. Đồng chí Võ Văn Hòa, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì hội nghị.");
    let p = person(&r, "Võ Văn Hòa");
    assert_eq!(
        p.titles(),
        ["Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh"]
    );
    assert_eq!(p.role_in_session(), Some(RoleInSession::Chair));
}
