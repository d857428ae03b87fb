//! Headline, publication stamps and page furniture (PATTERNS.md §4, §10).

mod common;

use common::{day, read, read_on};

const LEAD: &str = "Sáng 5/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác năm 2023 và triển khai nhiệm vụ năm 2024.";

#[test]
fn publication_stamps_in_their_shapes() {
    let stamps = [
        ("Thứ ba - 12/03/2024 11:27 50 0", day(2024, 3, 12)),
        ("12/03/2024 - 14:27", day(2024, 3, 12)),
        (
            "Thời gian đăng: 12/03/2024 03:35:28 PM - Lượt đọc: 1383",
            day(2024, 3, 12),
        ),
        ("Cập nhật: Thứ ba 12/03/2024 - 09:10", day(2024, 3, 12)),
        ("Ngày đăng 12/03/2024 | 08:00", day(2024, 3, 12)),
        ("08:05, Thứ Ba, 12/3/2024 (GMT+7)", day(2024, 3, 12)),
        ("Thứ Ba, 12/03/2024, 08:05 GMT+7", day(2024, 3, 12)),
        ("08:05 12/03/2024", day(2024, 3, 12)),
    ];
    for (stamp, published) in stamps {
        let r = read(&format!(
            "Huyện ủy Cam Lộ tổ chức hội nghị lần thứ 12\n{stamp}\n{LEAD}"
        ));
        assert_eq!(r.source().published(), published, "{stamp}");
        assert_eq!(
            r.source().title(),
            Some("Huyện ủy Cam Lộ tổ chức hội nghị lần thứ 12"),
            "{stamp}"
        );
        assert_eq!(r.session().unwrap().date(), day(2024, 3, 5), "{stamp}");
    }
}

#[test]
fn the_callers_date_wins_over_the_stamp() {
    let r = read_on(&format!("12/03/2025 - 14:27\n{LEAD}"), 2024, 3, 6);
    assert_eq!(r.source().published(), day(2024, 3, 6));
    assert_eq!(r.session().unwrap().date(), day(2024, 3, 5));
}

#[test]
fn a_month_line_dates_the_meeting_but_not_the_page() {
    let r = read(&format!(
        " date 2024-03\n{}",
        LEAD.replace(" năm 2023 và triển khai nhiệm vụ năm 2024", "")
    ));
    assert_eq!(r.source().published(), None);
    assert_eq!(r.session().unwrap().date(), day(2024, 3, 5));
}

#[test]
fn menus_banners_and_footers_are_not_the_article() {
    let page = format!(
        "Skip to main content\nTiếng việt | English\nTrang chủ | Tin tức | Hoạt động Đảng | Liên hệ\n\
         Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025\n\
         Chế độ ban đêm In trang Xuất PDF Đọc nội dung\n-A A +A\n\
         Huyện ủy Cam Lộ tổ chức hội nghị lần thứ 12\nLượt xem: 235\n{LEAD}\n.\n\
         Toàn cảnh hội nghị\n\
         Hội nghị thống nhất các giải pháp trọng tâm cho thời gian tới nhằm hoàn thành kế hoạch năm.\n\
         Tin liên quan\nHuyện ủy Đa Krông tổ chức hội nghị lần thứ 30 (15/12/2023)\n\
         Tổng truy cập: 1.234.567"
    );
    let r = read(&page);
    assert_eq!(
        r.source().title(),
        Some("Huyện ủy Cam Lộ tổ chức hội nghị lần thứ 12")
    );
    let s = r.session().unwrap();
    assert_eq!(s.ordinal(), Some(12));
    assert_eq!(s.term(), None);
    assert_eq!(r.committee().unwrap().locality(), Some("Cam Lộ"));
    // The banner's province is not read; the registry gives the right one.
    assert_eq!(r.committee().unwrap().province(), Some("Quảng Trị"));
}

#[test]
fn an_all_caps_site_name_is_not_the_headline() {
    let r = read(&format!("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHội nghị Ban Chấp hành Đảng bộ huyện Cam Lộ lần thứ 12\n{LEAD}"));
    assert_eq!(
        r.source().title(),
        Some("Hội nghị Ban Chấp hành Đảng bộ huyện Cam Lộ lần thứ 12")
    );
}

#[test]
fn no_headline_when_the_page_starts_with_the_lead() {
    let r = read(LEAD);
    assert_eq!(r.source().title(), None);
    assert_eq!(r.session().unwrap().ordinal(), Some(12));
}

#[test]
fn related_news_stamps_do_not_date_the_page() {
    let page = format!("{LEAD}\nHội nghị thống nhất các giải pháp trọng tâm cho thời gian tới nhằm hoàn thành kế hoạch năm.\nTin liên quan\nHuyện khác tổ chức hội nghị\n\n\n\n10:20 15/12/2023\nMột tin khác");
    let r = read(&page);
    assert_eq!(r.source().published(), None);
}

#[test]
fn a_byline_with_a_long_unit_in_parentheses() {
    let r = read("Quận ủy Hồng Bàng họp lần thứ 12\nSáng 5/7, Ban Chấp hành Đảng bộ quận Hồng Bàng tổ chức hội nghị lần thứ 12 đánh giá kết quả 6 tháng đầu năm 2018.\n\nThu Hà - Văn Long (Trung tâm Văn hóa - Thông tin và Thể thao quận)\n");
    let authors: Vec<&str> = r
        .people()
        .iter()
        .filter(|p| p.role_in_session() == Some(dangbo::RoleInSession::Author))
        .map(dangbo::PersonMention::name)
        .collect();
    assert_eq!(authors, ["Thu Hà", "Văn Long"]);
}

#[test]
fn a_byline_before_related_news_with_photos() {
    // "Tin, ảnh liên quan" heads the related links: it is no byline, and
    // the pen name on the line before it is.
    let r = read("Huyện ủy Xuân Trường họp lần thứ 4\nNgày 16/12/2020, Ban Chấp hành Đảng bộ huyện Xuân Trường tổ chức hội nghị lần thứ 4.\n\nThu ngân sách đạt 210 tỷ đồng.\n\nMinh Tâm\n\nTin, ảnh liên quan\nGiao Thủy: năm 2020 thu ngân sách đạt 380 tỷ đồng\n");
    let authors: Vec<&str> = r
        .people()
        .iter()
        .filter(|p| p.role_in_session() == Some(dangbo::RoleInSession::Author))
        .map(dangbo::PersonMention::name)
        .collect();
    assert_eq!(authors, ["Minh Tâm"]);
    assert!(r.indicators().iter().all(|i| !i.text().contains("380")));
}

#[test]
fn an_author_on_the_stamp_line_but_not_a_dateline_place() {
    let authors = |page: &str| -> Vec<String> {
        read(page)
            .people()
            .iter()
            .filter(|p| p.role_in_session() == Some(dangbo::RoleInSession::Author))
            .map(|p| p.name().to_owned())
            .collect()
    };
    let lead = "Ngày 5/10/2018, Ban Chấp hành Đảng bộ tỉnh Bắc Ninh tổ chức Hội nghị lần thứ 14 đánh giá kết quả 9 tháng năm 2018.";
    assert_eq!(
        authors(&format!(
            "Tỉnh ủy Bắc Ninh họp lần thứ 14\nMinh Khang  -  06/10/2018 09:15\n\n{lead}\n"
        )),
        ["Minh Khang"]
    );
    assert!(authors(&format!(
        "Tỉnh ủy Bắc Ninh họp lần thứ 14\nBắc Ninh - 06/10/2018 09:15\n\n{lead}\n"
    ))
    .is_empty());
}

#[test]
fn a_byline_of_initials_alone_on_its_line() {
    let r = read("Đảng ủy Khối họp lần thứ 8\nNgày 20/12/2021, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh tổ chức hội nghị lần thứ 8 đánh giá kết quả năm 2021 và triển khai nhiệm vụ năm 2022, với sự tham dự của các đồng chí trong Ban Chấp hành.\n\nN.T.H\n\nLượt xem: 120\n");
    let authors: Vec<&str> = r
        .people()
        .iter()
        .filter(|p| p.role_in_session() == Some(dangbo::RoleInSession::Author))
        .map(dangbo::PersonMention::name)
        .collect();
    assert_eq!(authors, ["N.T.H"]);
}
