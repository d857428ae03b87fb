//! The layout of pages written in the style of real ones.

use super::*;

#[test]
fn a_sidebar_between_the_lead_and_the_body_is_furniture() {
    let page = "Tân Phú sơ kết giữa nhiệm kỳ\n\
        Ngày 21/7/2023, Ban Chấp hành Đảng bộ huyện Tân Phú tổ chức Hội nghị lần thứ 15 sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội.\n\
        Tin mới\n• Bảo Lộc: 15/18 chỉ tiêu đạt và vượt kế hoạch (20/07/2023)\n• Di Linh kết nạp 120 đảng viên mới (20/07/2023)\nXem tất cả »\n\
        Đồng chí Lê Văn Hải, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trần Minh, Trưởng Ban Tổ chức Tỉnh ủy.\n\
        Sau nửa nhiệm kỳ, có 14/22 chỉ tiêu đạt và vượt Nghị quyết; các chỉ tiêu còn lại đang trong lộ trình thực hiện.\n\
        Tin liên quan\nHuyện khác họp tổng kết năm, thu ngân sách đạt 410 tỷ đồng, bằng 102% dự toán được giao trong năm.\nMột huyện khác sơ kết, kết nạp 85 đảng viên mới, đạt 94% kế hoạch đề ra trong năm.";
    let l = layout(page);
    let paras: Vec<&str> = l.paragraphs.iter().map(|p| &page[p.start..p.end]).collect();
    assert_eq!(paras.len(), 3, "{paras:?}");
    assert!(paras[1].starts_with("Đồng chí Lê Văn Hải"));
    assert!(paras
        .iter()
        .all(|p| !p.contains("Bảo Lộc") && !p.contains("Huyện khác")));
}

#[test]
fn an_article_saved_twice_ends_where_its_copy_starts() {
    let lead = "Ngày 13/7, Đảng ủy xã Tân Phú Trung tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 31 đánh giá kết quả 6 tháng đầu năm.";
    let body = "Đồng chí Trần Văn Lực, Bí thư Đảng ủy xã chủ trì hội nghị và phát biểu kết luận các nội dung.\nTheo báo cáo, tổng thu ngân sách trên địa bàn xã ước thực hiện 18,62 tỷ đồng, đạt 57,3% dự toán.";
    let page = format!("[Phiên bản máy tính]\nĐảng ủy xã Tân Phú Trung họp lần thứ 31\nThứ Sáu, 14/07/2023 16:20\n{lead}\n{body}\nThanh Nhàn\n[Phiên bản di động]\nĐảng ủy xã Tân Phú Trung họp lần thứ 31\nThứ Sáu, 14/07/2023 16:20\n{lead}\n{body}\nThanh Nhàn\n");
    let l = layout(&page);
    assert_eq!(l.paragraphs.len(), 3);
    assert!(l
        .trailing
        .iter()
        .any(|t| &page[t.start..t.end] == "Thanh Nhàn"));
    // A lead repeated at once (the sapo, then the body's first paragraph) is one copy.
    let page = format!("Xã Tân Phú Trung họp lần thứ 31\n{lead}\n{lead}\n{body}\n");
    assert_eq!(layout(&page).paragraphs.len(), 4);
}

#[test]
fn a_stamp_only_at_the_bottom_of_the_page() {
    let page = "Phường Bến Thành tổng kết năm 2025\n\
        Sáng 9/1, Ban Chấp hành Đảng bộ phường Bến Thành tổ chức Hội nghị lần thứ 7 tổng kết năm 2025.\n\
        Hội nghị thống nhất các giải pháp trọng tâm cho năm 2026 nhằm hoàn thành kế hoạch đề ra.\n\
        Phương Nam\nTin khác\n* Phường Sài Gòn khai trương Trung tâm phục vụ hành chính công (05/01/2026)\n\
        Đường dây nóng: 028.3829.1234\nCập nhật: 10/01/2026 - 08:30";
    let l = layout(page);
    assert_eq!(l.stamps.len(), 1);
    assert!(page[l.stamps[0].start..].starts_with("Cập nhật"));
}

#[test]
fn an_info_box_of_targets_after_the_last_paragraph_is_the_article_s() {
    let page = "Tỉnh ủy Nghệ An họp lần thứ 13\n\
        Sáng 20/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 13 đánh giá kết quả năm 2022, triển khai nhiệm vụ năm 2023.\n\
        Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp tập trung hoàn thành các chỉ tiêu đề ra.\n\
        ┌──────────────┐\nMột số chỉ tiêu chủ yếu năm 2023:\n- Thu ngân sách nhà nước: 19.800 tỷ đồng\n\
        - Tỷ lệ che phủ rừng: 58,4%\n└──────────────┘\nThu Giang\nTin liên quan";
    let l = layout(page);
    let paras: Vec<&str> = l.paragraphs.iter().map(|p| &page[p.start..p.end]).collect();
    assert!(
        paras.iter().any(|p| p.contains("19.800 tỷ đồng")),
        "{paras:?}"
    );
    assert!(l
        .trailing
        .iter()
        .any(|t| &page[t.start..t.end] == "Thu Giang"));
}

#[test]
fn a_comment_s_stamp_is_no_page_stamp() {
    let page = "Đảng ủy xã Tân Lập tổng kết năm 2024\n\
        Sáng 20/12, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 30 tổng kết công tác năm 2024.\n\
        Hội nghị thống nhất các giải pháp trọng tâm cho năm 2025 nhằm hoàn thành kế hoạch đề ra.\n\
        Tin, ảnh: Minh Hà\nBình luận của bạn\nLê Thu - 21/12/2024 08:10\nXã làm tốt lắm!\nTrả lời";
    let l = layout(page);
    assert!(l.stamps.is_empty());
    // A stamp right after another cut cue ("Chia sẻ bài viết") still counts.
    let page = page.replace("Bình luận của bạn\nLê Thu", "Chia sẻ bài viết\nMinh Hà");
    assert_eq!(layout(&page).stamps.len(), 1);
}

#[test]
fn menus_stamps_and_banners_are_furniture() {
    let page = "Skip to main content\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII\n\
        Huyện ủy Cam Lộ họp hội nghị lần thứ 12\nThứ hai - 04/03/2024 09:15\n\
        Sáng 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n\
        Toàn cảnh hội nghị\nHội nghị thống nhất các giải pháp trọng tâm cho thời gian tới nhằm hoàn thành kế hoạch năm.\nMinh Châu\nTin liên quan\nHuyện khác họp";
    let l = layout(page);
    assert_eq!(
        &page[l.headline.unwrap().start..l.headline.unwrap().end],
        "Huyện ủy Cam Lộ họp hội nghị lần thứ 12"
    );
    assert_eq!(l.paragraphs.len(), 2);
    assert_eq!(l.captions.len(), 1);
    assert_eq!(l.stamps.len(), 1);
    let trailing: Vec<&str> = l.trailing.iter().map(|t| &page[t.start..t.end]).collect();
    assert_eq!(trailing, vec!["Minh Châu"]);
}

#[test]
fn a_headline_in_capitals_is_no_lead_even_with_a_colon() {
    let page = "BẢN TIN HUYỆN ỦY\n\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ 15 (MỞ RỘNG):\nĐÁNH GIÁ KẾT QUẢ 6 THÁNG ĐẦU NĂM, TRIỂN KHAI NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023\n\nNgày 12/7/2023, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 15 (mở rộng) đánh giá 6 tháng đầu năm.";
    let l = layout(page);
    let first = l.paragraphs.first().map(|p| &page[p.start..p.end]);
    assert!(
        first.is_some_and(|p| p.starts_with("Ngày 12/7/2023")),
        "{first:?}"
    );
    assert!(l
        .headline
        .is_some_and(|h| page[h.start..h.end].starts_with("HỘI NGHỊ")
            || page[h.start..h.end].starts_with("ĐÁNH GIÁ")));
}

#[test]
fn a_pen_name_after_the_last_paragraph_is_trailing() {
    let page = "Huyện ủy Cam Lộ họp hội nghị lần thứ 12\nNgày 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá kết quả công tác quý I năm 2024.\n\nBảo Ngọc\n\nTác giả bài viết: Minh Khôi ( Tổng hợp )\n\nNguồn tin: Báo Quảng Trị";
    let l = layout(page);
    let trailing: Vec<&str> = l.trailing.iter().map(|t| &page[t.start..t.end]).collect();
    assert_eq!(
        trailing,
        vec!["Bảo Ngọc", "Tác giả bài viết: Minh Khôi ( Tổng hợp )"]
    );
}

#[test]
fn the_site_footer_ends_the_article() {
    // A footer address reads like a sentence; the byline before it is
    // still the last short line of the article.
    let page = "Thị ủy Ba Đồn sơ kết quý III\nChiều 3/10, Ban Chấp hành Đảng bộ thị xã Ba Đồn họp đánh giá kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2024.\n\nHoài Nam (Tổng hợp)\n\nThông tin tiện ích\nThời tiết | Lịch âm\nĐịa chỉ: Số 15 đường Quang Trung, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình.";
    let l = layout(page);
    let trailing: Vec<&str> = l.trailing.iter().map(|t| &page[t.start..t.end]).collect();
    assert_eq!(trailing, vec!["Hoài Nam (Tổng hợp)"]);
    let bare = "Thị ủy Ba Đồn sơ kết quý III\nChiều 3/10, Ban Chấp hành Đảng bộ thị xã Ba Đồn họp đánh giá kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2024.\n\nHoài Nam\n\nĐịa chỉ: Số 15 đường Quang Trung, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình.\nGiấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp.";
    let l = layout(bare);
    let trailing: Vec<&str> = l.trailing.iter().map(|t| &bare[t.start..t.end]).collect();
    assert_eq!(trailing, vec!["Hoài Nam"]);
}

#[test]
fn month_line_dates_the_page() {
    let l = layout(" date 2024-03\nSáng 2/3, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 để đánh giá công tác quý I.");
    assert_eq!(l.month, Some((2024, 3)));
}

#[test]
fn a_rule_after_the_article_ends_it() {
    let page = "Huyện ủy Cẩm Xuyên tổ chức hội nghị lần thứ 15\n\
        Sáng 10/7, Ban Chấp hành Đảng bộ huyện Cẩm Xuyên tổ chức hội nghị lần thứ 15 đánh giá kết quả 6 tháng đầu năm 2018.\n\
        Kết luận hội nghị, Bí thư Huyện ủy yêu cầu các cấp ủy tập trung chỉ đạo sản xuất vụ Hè Thu những tháng cuối năm.\n\
        Thu Hà\n--------------------\nHuyện ủy Thạch Hà đánh giá nhiệm vụ 6 tháng đầu năm\n\
        Cùng ngày 10/7, Ban Chấp hành Đảng bộ huyện Thạch Hà tổ chức hội nghị lần thứ 14 đánh giá kết quả 6 tháng đầu năm 2018.\n\
        Minh Quân";
    let l = layout(page);
    let paras: Vec<&str> = l.paragraphs.iter().map(|p| &page[p.start..p.end]).collect();
    assert_eq!(paras.len(), 2, "{paras:?}");
    assert!(l
        .trailing
        .iter()
        .all(|t| &page[t.start..t.end] != "Minh Quân"));
}
