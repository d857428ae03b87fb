//! Committees as articles name them (PATTERNS.md §1).

mod common;

use common::{read, read_on};
use dangbo::{Level, UnitKind};

#[test]
fn district_committee_as_subject() {
    let r = read("Ngày 12/10/2023, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14 để đánh giá kết quả 9 tháng đầu năm 2023.");
    let c = r.committee().expect("committee");
    assert_eq!(c.text(), "Huyện ủy Cam Lộ");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::District), Some(UnitKind::District))
    );
    assert_eq!(c.locality(), Some("Cam Lộ"));
    // The text does not name the province; the registry knows it.
    assert_eq!(c.province(), Some("Quảng Trị"));
}

#[test]
fn place_only_in_a_guest_title_and_province_from_it() {
    let r = read(
        "Sáng 4-7, Ban Thường vụ Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 (mở rộng) nhằm đánh giá kết quả 6 tháng đầu năm 2024.\n\
         Tới dự có đồng chí Hà Văn Sỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Quảng Trị; đồng chí Lê Văn Tâm, Bí thư Huyện ủy Hướng Hóa chủ trì hội nghị.",
    );
    let c = r.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::District));
    assert_eq!(c.locality(), Some("Hướng Hóa"));
    assert_eq!(c.province(), Some("Quảng Trị"));
}

#[test]
fn provincial_committee_without_a_place_in_the_lead() {
    let r = read(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XVII\n\
         Sáng 8/12, Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ 15 để đánh giá tình hình thực hiện nhiệm vụ năm 2023, đề ra phương hướng, nhiệm vụ năm 2024.\n\
         Năm 2023, Tỉnh ủy Quảng Bình đã lãnh đạo hoàn thành nhiều chỉ tiêu quan trọng của tỉnh.",
    );
    let c = r.committee().expect("committee");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::Provincial), Some(UnitKind::Province))
    );
    assert_eq!(c.locality(), Some("Quảng Bình"));
    assert_eq!(c.province(), Some("Quảng Bình"));
}

#[test]
fn provincial_city_from_the_headline_prefix() {
    let r = read("Thành phố Bà Rịa: Hội nghị Ban Chấp hành Đảng bộ lần thứ 18\nNgày 20/12, Thành ủy tổ chức hội nghị Ban Chấp hành Đảng bộ thành phố đánh giá công tác năm 2023 và đề ra phương hướng năm 2024.");
    let c = r.committee().expect("committee");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::District), Some(UnitKind::ProvincialCity))
    );
    assert_eq!(c.locality(), Some("Bà Rịa"));
}

#[test]
fn centrally_run_city_is_provincial() {
    let r = read("Chiều 5/12, Thành ủy TP. Hồ Chí Minh tổ chức Hội nghị Thành ủy lần thứ 22 khóa XI để đánh giá năm 2023.");
    let c = r.committee().expect("committee");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::Provincial), Some(UnitKind::CentrallyRunCity))
    );
    assert_eq!(c.locality(), Some("Hồ Chí Minh"));
    assert_eq!(c.province(), Some("Hồ Chí Minh"));
}

#[test]
fn hue_city_committee_is_provincial_from_2025() {
    let text = "Sáng 10/7, Thành ủy Huế tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 3 để đánh giá 6 tháng đầu năm 2025.";
    let r = read_on(text, 2025, 7, 11);
    assert_eq!(
        r.committee().unwrap().unit_kind(),
        Some(UnitKind::CentrallyRunCity)
    );
    let old = read_on("Sáng 10/7, Thành ủy Huế tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 3 để đánh giá 6 tháng đầu năm 2019.", 2019, 7, 11);
    assert_eq!(
        old.committee().unwrap().unit_kind(),
        Some(UnitKind::ProvincialCity)
    );
}

#[test]
fn town_committee_with_tone_variant() {
    let r = read("Ban Chấp hành Đảng bộ thị xã Kiến Tường khoá XI, nhiệm kỳ 2020 - 2025 đã tổ chức hội nghị lần thứ Chín (mở rộng). Thị uỷ Kiến Tường cho biết kết quả đạt khá.");
    let c = r.committee().expect("committee");
    assert_eq!(c.text(), "Ban Chấp hành Đảng bộ thị xã Kiến Tường");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::District), Some(UnitKind::Town))
    );
    assert_eq!(c.locality(), Some("Kiến Tường"));
}

#[test]
fn urban_district_with_city_as_province() {
    let r = read("Sáng 14/12, Quận ủy Ngô Quyền tổ chức Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 16 đánh giá năm 2023. Đồng chí Trần Văn Minh, Phó Bí thư Thành ủy Hải Phòng dự hội nghị.");
    let c = r.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::UrbanDistrict));
    assert_eq!(c.locality(), Some("Ngô Quyền"));
    assert_eq!(c.province(), Some("Hải Phòng"));
}

#[test]
fn commune_and_ward_committees() {
    let r = read("Ngày 2/7, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.");
    let c = r.committee().expect("committee");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::Grassroots), Some(UnitKind::Commune))
    );
    assert_eq!(c.locality(), Some("Tân Lập"));
    let w = read("Đảng ủy phường 3 tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 20.");
    let c = w.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::Ward));
    assert_eq!(c.locality(), Some("3"));
}

#[test]
fn central_bodies() {
    let r =
        read("Sáng 17/1, Bộ Chính trị, Ban Bí thư tổ chức hội nghị giao ban công tác năm 2023.");
    assert_eq!(r.committee().unwrap().level(), Some(Level::Central));
    let p = read(
        "Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII khai mạc sáng 2/10 tại Hà Nội.",
    );
    let c = p.committee().expect("committee");
    assert_eq!(
        (c.level(), c.unit_kind(), c.locality()),
        (Some(Level::Central), Some(UnitKind::Central), None)
    );
}

#[test]
fn lower_case_and_abbreviated_forms() {
    let r = read("Chiều 28/6, BCH Đảng bộ huyện Bắc Sơn tổ chức hội nghị lần thứ 13 để sơ kết công tác 6 tháng đầu năm 2023.");
    let c = r.committee().expect("committee");
    assert_eq!(c.locality(), Some("Bắc Sơn"));
    assert_eq!(c.unit_kind(), Some(UnitKind::District));
    let l = read("Ngày 3/1, huyện ủy Tam Nông đã tổ chức hội nghị tổng kết công tác năm 2023.");
    assert_eq!(l.committee().unwrap().locality(), Some("Tam Nông"));
}

#[test]
fn a_banner_congress_names_no_committee() {
    // A site banner of another province: its province is not the committee's.
    let banner = "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII, nhiệm kỳ 2020 - 2025\nHuyện ủy Văn Quan họp hội nghị lần thứ 20\n";
    let r = read(&format!("{banner}Ngày 5/10, Huyện ủy Văn Quan tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20 đánh giá công tác quý III năm 2023."));
    let c = r.committee().unwrap();
    assert_eq!(c.locality(), Some("Văn Quan"));
    assert_eq!(c.province(), Some("Lạng Sơn"));
    assert_eq!(r.session().unwrap().term(), None);
    // With no year known the registry is not asked, and the banner gives nothing.
    let n = read(&format!("{banner}Ngày 5/10, Huyện ủy Văn Quan tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20."));
    assert_eq!(n.committee().unwrap().province(), None);
}

#[test]
fn numbered_urban_districts_and_sector_committees() {
    let r = read("Sáng 12/1, Quận ủy Quận 10 tổ chức Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 25 tổng kết năm 2023. Đồng chí Lê Văn Tâm, Thành ủy viên, Bí thư Quận ủy chủ trì.");
    let c = r.committee().unwrap();
    assert_eq!(
        (c.unit_kind(), c.locality()),
        (Some(UnitKind::UrbanDistrict), Some("10"))
    );
    let s = read(
        "Ngày 10/7, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
    );
    let c = s.committee().unwrap();
    assert_eq!(
        (c.level(), c.unit_kind(), c.locality()),
        (Some(Level::Other), Some(UnitKind::Other), None)
    );
}

#[test]
fn the_hall_of_a_committee_is_not_its_subject() {
    let r = read("Chiều 20/12, tại Hội trường Huyện ủy, Ban Chấp hành Đảng bộ huyện Hải Hà tổ chức Hội nghị lần thứ 30 tổng kết năm 2023.");
    let c = r.committee().unwrap();
    assert_eq!(c.text(), "Ban Chấp hành Đảng bộ huyện Hải Hà");
    assert_eq!(c.locality(), Some("Hải Hà"));
}

#[test]
fn the_registry_names_the_committee_and_its_province() {
    let r = read("Ngày 15/9/2023, Huyện ủy Văn Quan tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17.");
    let c = r.committee().unwrap();
    assert_eq!(c.id(), Some("hu-van-quan-lang-son"));
    assert_eq!(c.province(), Some("Lạng Sơn"));
    // Without a date the registry is not asked.
    let n = read("Huyện ủy Văn Quan tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17.");
    assert_eq!(n.committee().unwrap().id(), None);
    // A name several districts share needs the province the text gives.
    let t = read("Ngày 5/10/2023, Huyện ủy Châu Thành tổ chức hội nghị lần thứ 20. Dự có đồng chí Lê Văn Hưởng, Phó Chủ tịch UBND tỉnh Tiền Giang.");
    assert_eq!(
        t.committee().unwrap().id(),
        Some("hu-chau-thanh-tien-giang")
    );
}

#[test]
fn a_guests_province_does_not_place_a_district_elsewhere() {
    let r = read("Ngày 15/9/2023, Huyện ủy Văn Quan tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17. Dự hội nghị có đoàn công tác của tỉnh Quảng Trị.");
    let c = r.committee().unwrap();
    assert_eq!(
        (c.id(), c.province()),
        (Some("hu-van-quan-lang-son"), Some("Lạng Sơn"))
    );
}

#[test]
fn a_sentence_stop_after_a_unit_word_ends_the_place() {
    let r = read(
        "Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh khóa XVII\n\
         Ngày 10/1, Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ 18. Đồng chí Nguyễn Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. Dự hội nghị có đồng chí Lê Văn An.\n\
         Năm qua, kinh tế - xã hội của tỉnh Gia Lai tiếp tục phát triển; TP. Pleiku giữ vai trò động lực.",
    );
    let c = r.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::Province));
    assert_eq!(c.locality(), Some("Gia Lai"));
}

#[test]
fn a_board_of_the_central_committee_holds_a_briefing() {
    let r = read(
        "Chiều 10/1, Văn phòng Trung ương Đảng tổ chức hội nghị giao ban trực tuyến công tác văn phòng cấp ủy năm 2024 với văn phòng các tỉnh ủy, thành ủy.\n\
         Dự tại điểm cầu tỉnh Yên Bái có đồng chí Lê Thị Hòa, Chánh Văn phòng Tỉnh ủy.",
    );
    let c = r.committee().expect("committee");
    assert_eq!(c.text(), "Văn phòng Trung ương Đảng");
    assert_eq!(
        (c.level(), c.unit_kind()),
        (Some(Level::Central), Some(UnitKind::Central))
    );
    assert_eq!(c.locality(), None);
    // A board is not the Central Committee the registry's entry names.
    assert_eq!(c.id(), None);
    let s = r.session().expect("session");
    assert_eq!(s.organ(), dangbo::Organ::Other);
    assert_eq!(s.kind(), dangbo::SessionKind::Briefing);
}

#[test]
fn a_board_in_a_title_is_not_the_committee() {
    let r = read(
        "Sáng 3/4, Ban Thường vụ Tỉnh ủy Yên Bái họp phiên thường kỳ tháng 4. Dự có đồng chí Trần Văn Phú, Phó Trưởng Ban Tổ chức Trung ương.",
    );
    assert_eq!(
        r.committee().expect("committee").text(),
        "Ban Thường vụ Tỉnh ủy Yên Bái"
    );
}

#[test]
fn a_name_after_a_provincial_title_is_not_the_place() {
    let r = read(
        "Ngày 16-12, Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ 9 để đánh giá tình hình thực hiện nhiệm vụ năm 2022. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phạm Văn Toàn chủ trì hội nghị.\n\
         Năm 2022, kinh tế của tỉnh Bình Định tiếp tục tăng trưởng khá.",
    );
    let c = r.committee().expect("committee");
    assert_eq!(c.locality(), Some("Bình Định"));
    assert_eq!(c.province(), Some("Bình Định"));
}

#[test]
fn a_commune_placed_through_the_district_a_guest_serves() {
    let r = read_on(
        "Ngày 20/12, Đảng ủy xã Hồng Việt tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 21 đánh giá kết quả năm 2024. Dự hội nghị có đồng chí Lê Văn Hải, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Đông Hưng.",
        2024,
        12,
        21,
    );
    let c = r.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::Commune));
    assert_eq!(c.province(), Some("Thái Bình"));
}

#[test]
fn party_organisations_of_the_provincial_agencies_are_sector_committees() {
    for (lead, text) in [
        (
            "Trong 2 ngày 20 và 21/8, Đảng bộ các cơ quan Đảng tỉnh Bình Định tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Các đơn vị đã tham mưu cho Tỉnh ủy. Dự đại hội có 200 đại biểu.",
            "Đảng bộ các cơ quan Đảng",
        ),
        (
            "Ngày 15-8, Đảng bộ Ủy ban nhân dân tỉnh Bình Định tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
            "Đảng bộ Ủy ban nhân dân",
        ),
    ] {
        let r = read(lead);
        let c = r.committee().expect("committee");
        // (The name stops before its province, which the text gives apart.)
        assert_eq!(c.text(), text);
        assert_eq!((c.level(), c.unit_kind()), (Some(Level::Other), Some(UnitKind::Other)));
        assert_eq!(c.locality(), None);
        assert_eq!(c.province(), Some("Bình Định"));
    }
}

#[test]
fn a_city_whose_name_opens_like_a_meeting_word() {
    let r = read("Sáng 26/12/2023, Thành ủy Hội An tổ chức Hội nghị Thành ủy lần thứ 17 (mở rộng) đánh giá kết quả năm 2023.");
    let c = r.committee().expect("committee");
    assert_eq!(c.locality(), Some("Hội An"));
    assert_eq!(c.province(), Some("Quảng Nam"));
}

#[test]
fn a_ward_s_province_through_its_city() {
    let r = read("Ngày 19/12/2024, Đảng ủy phường Hưng Bình (TP Vinh) tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 22 đánh giá kết quả năm 2024.");
    let c = r.committee().expect("committee");
    assert_eq!(c.locality(), Some("Hưng Bình"));
    assert_eq!(c.province(), Some("Nghệ An"));
}

#[test]
fn an_apostrophe_inside_a_district_s_name() {
    let r = read("Ngày 19/12/2018, Ban Chấp hành Đảng bộ huyện Cư M'gar khóa XII tổ chức Hội nghị lần thứ 18 đánh giá kết quả năm 2018.");
    let c = r.committee().expect("committee");
    assert_eq!(c.locality(), Some("Cư M'gar"));
    assert_eq!(c.province(), Some("Đắk Lắk"));
}

#[test]
fn a_district_the_registry_knows_only_under_its_later_kind() {
    // The registry holds "Thị ủy Mộc Châu" (a town since 2025); in 2017 it was a district.
    let r = read("Ngày 13/7/2017, Ban Chấp hành Đảng bộ huyện Mộc Châu khóa XXIV tổ chức Hội nghị lần thứ 12.");
    let c = r.committee().expect("committee");
    assert_eq!(c.unit_kind(), Some(UnitKind::District));
    assert_eq!(c.province(), Some("Sơn La"));
}

#[test]
fn new_ward_names_with_a_number_and_places_with_hoi() {
    let r = read("Ngày 2/7/2025, Đảng ủy phường Hà Giang 1 (tỉnh Tuyên Quang) tổ chức Hội nghị Ban Chấp hành Đảng bộ phường lần thứ nhất, nhiệm kỳ 2020 - 2025.");
    assert_eq!(r.committee().and_then(|c| c.locality()), Some("Hà Giang 1"));
    let r = read(
        "Ngày 12/7/2023, Đảng ủy xã Tân Hội tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
    );
    assert_eq!(r.committee().and_then(|c| c.locality()), Some("Tân Hội"));
    // A mark after "Hội" does not cut the place.
    let r = read("Ngày 19/12/2024, Ban Chấp hành Đảng bộ xã Tân Hội (huyện Đức Trọng) tổ chức Hội nghị lần thứ 31.");
    assert_eq!(r.committee().and_then(|c| c.locality()), Some("Tân Hội"));
}

#[test]
fn the_province_is_the_one_of_the_meeting_s_day() {
    // Hương Thủy lay in Thừa Thiên Huế until the province became the city of
    // Huế on 2025-01-01.
    let r = read("Ngày 20/12/2018, Ban Chấp hành Đảng bộ thị xã Hương Thủy tổ chức Hội nghị lần thứ 16 (mở rộng).");
    assert_eq!(
        r.committee().and_then(|c| c.province()),
        Some("Thừa Thiên Huế")
    );
    let r = read(
        "Ngày 18/3/2025, Ban Chấp hành Đảng bộ thị xã Hương Thủy tổ chức Hội nghị lần thứ 30.",
    );
    assert_eq!(r.committee().and_then(|c| c.province()), Some("Huế"));
}

#[test]
fn committees_of_institutions_and_forces_are_sector_committees() {
    for (lead, text, province) in [
        ("Ngày 10/7/2023, Ban Chấp hành Đảng bộ Trường Đại học Vinh tổ chức Hội nghị lần thứ 12 (mở rộng).", "Ban Chấp hành Đảng bộ Trường Đại học Vinh", None),
        ("Ngày 20/12/2016, Đảng ủy Bộ đội Biên phòng tỉnh Quảng Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 5.", "Đảng ủy Bộ đội Biên phòng", Some("Quảng Bình")),
        ("Ngày 5/7/2024, Đảng ủy Bệnh viện tỉnh Hà Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.", "Đảng ủy Bệnh viện", Some("Hà Giang")),
    ] {
        let r = read(lead);
        let c = r.committee().expect("committee");
        assert!(c.text().starts_with(text), "{lead}: {}", c.text());
        assert_eq!(c.level(), Some(Level::Other), "{lead}");
        assert_eq!(c.unit_kind(), Some(UnitKind::Other), "{lead}");
        assert_eq!(c.province(), province, "{lead}");
    }
}

#[test]
fn a_secretary_named_after_the_committee_is_no_place() {
    // The committee phrase has no place; a title later names the secretary.
    let r = read("Sáng 13/12/2018, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 18 đánh giá tình hình năm 2018.\n\nPhát biểu kết luận, Bí thư Tỉnh ủy Trần Quang Hưng đề nghị các cấp, các ngành khắc phục hạn chế.");
    let c = r.committee().expect("a committee");
    assert_eq!(c.locality(), None);
}

#[test]
fn a_province_named_in_the_headline_places_the_provinces_committee() {
    let r = read("Năm 2019, Hải Dương phấn đấu tăng trưởng kinh tế từ 8,5% trở lên\n\nSáng 13/12/2018, Ban Chấp hành Đảng bộ tỉnh khóa XVI tổ chức Hội nghị lần thứ 18 để đánh giá tình hình thực hiện nhiệm vụ năm 2018.\n\nĐồng chí Trần Quang Hưng, Bí thư Tỉnh ủy chủ trì hội nghị.");
    let c = r.committee().expect("a committee");
    assert_eq!(c.locality(), Some("Hải Dương"));
    assert_eq!(c.province(), Some("Hải Dương"));
}

#[test]
fn the_plenum_a_standing_committee_prepares_for_is_not_its_meeting() {
    let r = read("Ngày 4/7/2017, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 7 để cho ý kiến vào báo cáo 6 tháng đầu năm trước khi trình Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 11.");
    let s = r.session().expect("a session");
    assert_eq!(s.organ(), dangbo::Organ::StandingCommittee);
    assert_eq!(s.ordinal(), None);
}

#[test]
fn a_province_named_in_the_opening_places_the_provinces_committee() {
    let r = read("Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khoá XVIII (mở rộng)\n\nSáng 8/12/2016, Ban Chấp hành Đảng bộ tỉnh khóa XVIII tổ chức Hội nghị lần thứ 8 (mở rộng) kiểm điểm công tác năm 2016.\n\nNăm 2016, Hà Tĩnh gặp nhiều khó khăn do sự cố môi trường biển.");
    let c = r.committee().expect("a committee");
    assert_eq!(c.locality(), Some("Hà Tĩnh"));
}

#[test]
fn the_province_beside_a_district_in_the_headline_tells_namesakes_apart() {
    let r = read("Phú Tân (An Giang): Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27\n\nNgày 27/12/2019, Ban Chấp hành Đảng bộ huyện Phú Tân khóa XI tổ chức Hội nghị lần thứ 27 đánh giá tình hình năm 2019. Dự hội nghị có đồng chí Lê Văn Nam, Phó Bí thư Huyện ủy Phú Tân, tỉnh Cà Mau.");
    let c = r.committee().expect("a committee");
    assert_eq!(c.locality(), Some("Phú Tân"));
    assert_eq!(c.province(), Some("An Giang"));
}

#[test]
fn a_province_named_only_in_a_headline_in_capitals() {
    let r = read("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ GIANG LẦN THỨ 14, KHÓA XVI\n\nSáng 14/7/2017, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 14 đánh giá kết quả 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017.");
    let c = r.committee().unwrap();
    assert_eq!(c.locality(), Some("Hà Giang"));
    assert_eq!(c.province(), Some("Hà Giang"));
}

#[test]
fn a_province_merged_away_gives_the_one_that_took_it_in() {
    let r = read("Xã Hưng Khánh sơ kết quý I\n\nNgày 8/4/2026, Ban Chấp hành Đảng bộ xã Hưng Khánh (trước đây thuộc huyện Trấn Yên, tỉnh Yên Bái) tổ chức Hội nghị lần thứ 5 đánh giá kết quả quý I năm 2026.");
    assert_eq!(r.committee().unwrap().province(), Some("Lào Cai"));
    // Before the merger it was Yên Bái's.
    let r = read("Xã Hưng Khánh sơ kết quý I\n\nNgày 8/4/2024, Ban Chấp hành Đảng bộ xã Hưng Khánh, huyện Trấn Yên, tỉnh Yên Bái tổ chức Hội nghị lần thứ 25 đánh giá kết quả quý I năm 2024.");
    assert_eq!(r.committee().unwrap().province(), Some("Yên Bái"));
}
