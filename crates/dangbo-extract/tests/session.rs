//! Sessions: organ, kind, ordinal, term, expanded, date (PATTERNS.md §2–4).

mod common;

use common::{day, read, read_on};
use dangbo::{Organ, SessionKind};

#[test]
fn ordinal_term_and_date_in_the_lead() {
    let r = read("Ngày 15/9/2023, Huyện ủy Đình Lập tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 (mở rộng), khóa XXII đánh giá công tác 9 tháng đầu năm.");
    let s = r.session().expect("session");
    assert_eq!(
        (s.organ(), s.kind(), s.ordinal()),
        (Organ::ExecutiveCommittee, SessionKind::Plenary, Some(17))
    );
    assert_eq!(s.term().and_then(dangbo::Term::ordinal), Some(22));
    assert!(s.expanded());
    assert_eq!(s.date(), day(2023, 9, 15));
    assert_eq!(s.date_text(), Some("Ngày 15/9/2023"));
}

#[test]
fn term_before_the_verb_and_years_with_uneven_dashes() {
    for years in [
        "2020-2025",
        "2020 - 2025",
        "2020 – 2025",
        "2020 -2025",
        "2020- 2025",
    ] {
        let text = format!("Sáng 22/6, Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ {years} tổ chức Hội nghị lần thứ 12 để sơ kết công tác 6 tháng đầu năm 2023.");
        let s = read(&text);
        let s = s.session().expect("session");
        let t = s.term().expect("term");
        assert_eq!(
            (t.ordinal(), t.start_year(), t.end_year()),
            (Some(17), Some(2020), Some(2025)),
            "{years}"
        );
        assert_eq!(s.ordinal(), Some(12));
        assert_eq!(s.date(), day(2023, 6, 22));
    }
}

#[test]
fn ordinal_in_words_and_roman() {
    let r = read("Ban Chấp hành Đảng bộ thị xã Kiến Tường khoá XI đã tổ chức hội nghị lần thứ Chín (mở rộng) để đánh giá năm 2022.");
    assert_eq!(r.session().unwrap().ordinal(), Some(9));
    assert_eq!(r.session().unwrap().term().unwrap().ordinal(), Some(11));
    let w = read("Huyện ủy Lộc Bình tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười sáu đánh giá năm 2023.");
    assert_eq!(w.session().unwrap().ordinal(), Some(16));
    let roman = read("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ XII\nNgày 3/8, Huyện ủy Chi Lăng tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ XII, khóa XXI.");
    assert_eq!(roman.session().unwrap().ordinal(), Some(12));
    assert_eq!(roman.session().unwrap().term().unwrap().ordinal(), Some(21));
}

#[test]
fn a_congress_number_or_a_central_plenum_is_not_the_session_number() {
    let r = read("Ngày 20/7, Huyện ủy Tràng Định tổ chức hội nghị Ban Chấp hành Đảng bộ huyện để sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025.");
    let s = r.session().expect("session");
    assert_eq!(s.ordinal(), None);
    // Announced as a mid-term review ("để sơ kết giữa nhiệm kỳ").
    assert_eq!(s.kind(), SessionKind::Review);
    let c = read("Sáng 3/11, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14 để quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII.");
    let s = c.session().unwrap();
    assert_eq!(s.ordinal(), Some(14));
    assert_eq!(s.term(), None);
}

#[test]
fn the_next_congress_term_is_not_the_committees() {
    let r = read("Ngày 10/4/2025, Huyện ủy Hữu Lũng tổ chức Hội nghị lần thứ 30 thảo luận các văn kiện trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2025 - 2030.");
    let s = r.session().unwrap();
    assert_eq!(s.ordinal(), Some(30));
    assert_eq!(s.term(), None);
}

#[test]
fn a_council_session_is_not_a_party_session_number() {
    let r = read("Ngày 7/12, Huyện ủy Cao Lộc tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18. Trước đó, HĐND huyện khóa XX tổ chức Kỳ họp thứ 15.");
    let s = r.session().unwrap();
    assert_eq!(s.ordinal(), Some(18));
    assert_eq!(s.term(), None);
}

#[test]
fn review_and_briefing_kinds() {
    let r = read(
        "Chiều 8/7, Đảng ủy xã Hòa Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
    );
    assert_eq!(r.session().unwrap().kind(), SessionKind::Review);
    let m = read("Huyện ủy Na Rì tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 10 (mở rộng) sơ kết giữa nhiệm kỳ.");
    assert_eq!(m.session().unwrap().kind(), SessionKind::Review);
    assert_eq!(m.session().unwrap().ordinal(), Some(10));
    let b =
        read("Sáng 3/4, Thường trực Huyện ủy tổ chức hội nghị giao ban công tác quý I năm 2024.");
    assert_eq!(b.session().unwrap().kind(), SessionKind::Briefing);
    let t = read("Ngày 9/5, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị chuyên đề về công tác cán bộ.");
    assert_eq!(t.session().unwrap().kind(), SessionKind::Thematic);
    assert_eq!(t.session().unwrap().organ(), Organ::StandingCommittee);
}

#[test]
fn standing_committee_convenes_the_executive_committee() {
    let r = read("Ngày 4-7, Ban Thường vụ Huyện ủy Hướng Hóa tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19 (mở rộng).");
    let s = r.session().unwrap();
    assert_eq!(s.organ(), Organ::ExecutiveCommittee);
    assert_eq!(s.ordinal(), Some(19));
    let b = read("Ngày 14/3, Ban Thường vụ Thành ủy tổ chức hội nghị lần thứ 45 để cho ý kiến về công tác nhân sự.");
    assert_eq!(b.session().unwrap().organ(), Organ::StandingCommittee);
    assert_eq!(b.session().unwrap().kind(), SessionKind::Plenary);
}

#[test]
fn expanded_before_the_ordinal_and_bare() {
    let r = read(
        "Huyện ủy Bình Gia tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) lần thứ 21.",
    );
    assert!(r.session().unwrap().expanded());
    let b =
        read("Sáng 5/1, Thị ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ thị xã mở rộng lần thứ 15.");
    assert!(b.session().unwrap().expanded());
    let n = read("Sáng 5/1, Thị ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 15 bàn giải pháp mở rộng sản xuất.");
    assert!(!n.session().unwrap().expanded());
}

#[test]
fn congress_ordinal_and_the_term_it_opens() {
    let r = read("Sáng 15/8/2020, Đại hội đại biểu Đảng bộ huyện Yên Sơn lần thứ XXI, nhiệm kỳ 2020 - 2025 long trọng khai mạc.");
    let s = r.session().unwrap();
    assert_eq!(
        (s.organ(), s.kind(), s.ordinal()),
        (Organ::Congress, SessionKind::Congress, Some(21))
    );
    let t = s.term().unwrap();
    assert_eq!((t.start_year(), t.end_year()), (Some(2020), Some(2025)));
    let plan = r.periods().plan().expect("plan");
    assert_eq!(
        (plan.start_year(), plan.end_year()),
        (Some(2020), Some(2025))
    );
}

#[test]
fn dates_without_a_year_take_the_publication_stamp() {
    let r = read("Huyện ủy họp\nThứ ba - 12/12/2023 11:27\nNgày 9.12, Huyện ủy Gò Dầu tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 23.");
    assert_eq!(r.session().unwrap().date(), day(2023, 12, 9));
    assert_eq!(r.session().unwrap().date_text(), Some("Ngày 9.12"));
    // A meeting late in December reported in January.
    let j = read_on(
        "Ngày 28-12, Huyện ủy Gò Dầu tổ chức hội nghị tổng kết năm 2023.",
        2024,
        1,
        3,
    );
    assert_eq!(j.session().unwrap().date(), day(2023, 12, 28));
    // No stamp: the year of the review period.
    let p = read("Sáng 22/6, Huyện ủy Châu Thành tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11 đánh giá 6 tháng đầu năm 2023.");
    assert_eq!(p.session().unwrap().date(), day(2023, 6, 22));
    // No year anywhere.
    let n = read(
        "Sáng 22/6, Huyện ủy Châu Thành tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11.",
    );
    assert_eq!(n.session().unwrap().date(), None);
    assert_eq!(n.session().unwrap().date_text(), Some("Sáng 22/6"));
}

#[test]
fn date_shapes() {
    let cases = [
        (
            "Sáng ngày 17/01, Tỉnh ủy tổ chức hội nghị lần thứ 5.",
            day(2024, 1, 17),
            "Sáng ngày 17/01",
        ),
        (
            "Chiều 5-3, Tỉnh ủy tổ chức hội nghị lần thứ 5.",
            day(2024, 3, 5),
            "Chiều 5-3",
        ),
        (
            "Hôm qua 12/6, Tỉnh ủy tổ chức hội nghị lần thứ 5.",
            day(2023, 6, 12),
            "Hôm qua 12/6",
        ),
        (
            "(BLS) - Ngày 14 tháng 12 năm 2023, Tỉnh ủy tổ chức hội nghị lần thứ 5.",
            day(2023, 12, 14),
            "Ngày 14 tháng 12 năm 2023",
        ),
        (
            "Sáng nay (22/6), Tỉnh ủy tổ chức hội nghị lần thứ 5.",
            day(2023, 6, 22),
            "Sáng nay (22/6)",
        ),
    ];
    for (text, date, words) in cases {
        let r = read_on(text, 2024, 3, 20);
        let s = r.session().expect(text);
        assert_eq!(s.date(), date, "{text}");
        assert_eq!(s.date_text(), Some(words), "{text}");
    }
}

#[test]
fn a_meeting_over_several_days() {
    let r = read("Từ ngày 14 đến ngày 15/12/2023, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.");
    let s = r.session().unwrap();
    assert_eq!(
        (s.date(), s.end_date()),
        (day(2023, 12, 14), day(2023, 12, 15))
    );
    let two = read_on(
        "Trong 2 ngày 5 và 6/7, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21.",
        2024,
        7,
        7,
    );
    let s = two.session().unwrap();
    assert_eq!((s.date(), s.end_date()), (day(2024, 7, 5), day(2024, 7, 6)));
}

#[test]
fn a_document_date_is_not_the_meeting_date() {
    let r = read_on("Thực hiện Kế hoạch số 12-KH/HU ngày 3/1/2024 của Ban Thường vụ Huyện ủy, sáng 20/3, Huyện ủy tổ chức hội nghị lần thứ 8.", 2024, 3, 21);
    assert_eq!(r.session().unwrap().date(), day(2024, 3, 20));
}

#[test]
fn today_and_yesterday_take_the_publication_date() {
    let r = read_on(
        "Sáng nay, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.",
        2024,
        3,
        5,
    );
    let s = r.session().unwrap();
    assert_eq!(
        (s.date(), s.date_text()),
        (day(2024, 3, 5), Some("Sáng nay"))
    );
    let y = read_on(
        "Hôm qua, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12.",
        2024,
        3,
        1,
    );
    assert_eq!(y.session().unwrap().date(), day(2024, 2, 29));
}

#[test]
fn term_from_the_cited_congress_of_the_same_number() {
    let r = read("Ngày 21/7/2023, Ban Chấp hành Đảng bộ huyện Như Thanh khóa XXVI tổ chức Hội nghị lần thứ 13 sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025.");
    let t = r.session().unwrap().term().unwrap();
    assert_eq!(
        (t.ordinal(), t.start_year(), t.end_year()),
        (Some(26), Some(2020), Some(2025))
    );
    // Another congress's term is not the committee's.
    let o = read("Ngày 21/7/2023, Ban Chấp hành Đảng bộ huyện Như Thanh khóa XXVI tổ chức Hội nghị lần thứ 13 quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025.");
    assert_eq!(o.session().unwrap().term().unwrap().start_year(), None);
}

#[test]
fn a_committee_that_meets_without_the_word_conference() {
    let r = read(
        "Chiều 12/3, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án sắp xếp đơn vị hành chính.",
    );
    let s = r.session().expect("session");
    assert_eq!(
        (s.organ(), s.kind()),
        (Organ::StandingCommittee, SessionKind::Other)
    );
    let p = read("Sáng 12/3, Sở Tư pháp tổ chức họp báo công bố kết quả. Kỳ họp thứ 12 HĐND tỉnh khóa XVIII bế mạc.");
    assert!(p.session().is_none());
}

#[test]
fn term_before_the_ordinal_in_the_name() {
    let r = read("Ngày 28/12, Huyện ủy Hải Hà tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện khóa XXV, lần thứ 19 (mở rộng) tổng kết công tác năm 2023.");
    let s = r.session().unwrap();
    assert_eq!(
        (
            s.ordinal(),
            s.term().unwrap().ordinal(),
            s.expanded(),
            s.kind()
        ),
        (Some(19), Some(25), true, SessionKind::Review)
    );
}

#[test]
fn two_days_in_one_phrase() {
    let r = read_on(
        "Chiều 14 và sáng 15.12, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.",
        2023,
        12,
        16,
    );
    let s = r.session().unwrap();
    assert_eq!(
        (s.date(), s.end_date()),
        (day(2023, 12, 14), day(2023, 12, 15))
    );
}

#[test]
fn a_quote_before_the_lead_does_not_hide_the_meeting() {
    let page = "Tỉnh ủy Bình Phước: Chủ động giải pháp cho năm 2024\n\
        “Năm 2024 là năm tăng tốc, bứt phá, phải quyết liệt hơn nữa trong chỉ đạo, điều hành”, đó là yêu cầu của đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Thường trực Tỉnh ủy tại hội nghị.\n\
        Ngày 20/12, Ban Chấp hành Đảng bộ tỉnh Bình Phước khóa XI tổ chức Hội nghị lần thứ 17 (mở rộng) nhằm đánh giá tình hình thực hiện nhiệm vụ năm 2023 và bàn phương hướng, nhiệm vụ năm 2024.";
    let r = read_on(page, 2023, 12, 21);
    let s = r.session().unwrap();
    assert_eq!(
        (s.ordinal(), s.expanded(), s.date()),
        (Some(17), true, day(2023, 12, 20))
    );
    assert_eq!(
        r.periods().review(),
        Some(&dangbo::Period::full_year(2023).unwrap())
    );
    assert_eq!(
        r.periods().plan(),
        Some(&dangbo::Period::full_year(2024).unwrap())
    );
}

#[test]
fn a_central_plenum_of_the_central_committee() {
    let r = read("Khai mạc Hội nghị Trung ương 8 khóa XIII\nSáng 2/10/2023, tại Thủ đô Hà Nội, Ban Chấp hành Trung ương Đảng khóa XIII khai mạc Hội nghị lần thứ tám. Tổng Bí thư Nguyễn Phú Trọng chủ trì và phát biểu khai mạc Hội nghị.");
    let s = r.session().unwrap();
    assert_eq!(
        (s.organ(), s.kind(), s.ordinal()),
        (Organ::ExecutiveCommittee, SessionKind::Plenary, Some(8))
    );
    assert_eq!(s.term().unwrap().ordinal(), Some(13));
    assert_eq!(s.date(), day(2023, 10, 2));
}

#[test]
fn widening_something_is_not_an_expanded_session() {
    let r = read("Sáng 5/1, Thị ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 15 để mở rộng diện tích cây ăn quả.");
    assert!(!r.session().unwrap().expanded());
}

#[test]
fn a_numbered_session_named_as_a_review_is_a_review() {
    let r = read("Sáng 6-1, BCH Đảng bộ huyện Lộc Ninh tổ chức hội nghị lần thứ 18 (mở rộng), nhiệm kỳ 2020 – 2025 tổng kết công tác năm 2023.");
    assert_eq!(r.session().unwrap().kind(), SessionKind::Review);
    // A review named deep in the agenda does not make the meeting one.
    let p = read("Ngày 14/3, Ban Thường vụ Huyện ủy tổ chức hội nghị lần thứ 47 để cho ý kiến vào đề án phát triển đô thị; sơ kết 1 năm thực hiện Chỉ thị số 28-CT/HU.");
    assert_eq!(p.session().unwrap().kind(), SessionKind::Plenary);
}

#[test]
fn a_meeting_referred_to_later_does_not_replace_the_lead() {
    let r = read_on("Ngày 14/12, Ban Thường vụ Tỉnh ủy Lạng Sơn họp phiên thường kỳ tháng 12 năm 2023 dưới sự chủ trì của đồng chí Nguyễn Quốc Đoàn, Bí thư Tỉnh ủy.\nTại phiên họp, Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo báo cáo kiểm điểm công tác năm 2023.", 2023, 12, 15);
    let s = r.session().unwrap();
    assert_eq!(
        (s.organ(), s.kind(), s.date()),
        (
            // "phiên thường kỳ": the standing committee's regular meeting,
            // a plenary as EXTRACTION.md defines it ("a regular … meeting").
            Organ::StandingCommittee,
            SessionKind::Plenary,
            day(2023, 12, 14)
        )
    );
    // The month names the regular meeting; the report it heard gives the
    // period reviewed.
    let review = r.periods().review().unwrap();
    assert_eq!(
        (review.kind(), review.year()),
        (dangbo::PeriodKind::Year, Some(2023))
    );
}

#[test]
fn a_headline_ending_in_a_period_does_not_hide_the_date_below_it() {
    // The headline's last word ("quý II/2023") sits right before the lead's
    // date word once the page is read as one text: it is not a document
    // symbol citing a dated decision.
    for (lead, date, words) in [
        (
            "Chiều 27/6, Ban Thường vụ Huyện ủy Đạ Huoai tổ chức Hội nghị sơ kết công tác quý II, triển khai nhiệm vụ quý III/2023.",
            day(2023, 6, 27),
            "Chiều 27/6",
        ),
        (
            "Sáng nay (4/7), Ban Thường vụ Huyện ủy Đạ Huoai tổ chức hội nghị giao ban quý II/2023.",
            day(2023, 7, 4),
            "Sáng nay (4/7)",
        ),
    ] {
        let page = format!(
            "Huyện ủy Đạ Huoai sơ kết công tác quý II/2023\nCập nhật: Thứ Ba 04/07/2023 - 16:40\n{lead}"
        );
        let r = read(&page);
        assert_eq!(r.source().published(), day(2023, 7, 4), "{lead}");
        let s = r.session().expect("session");
        assert_eq!(s.date(), date, "{lead}");
        assert_eq!(s.date_text(), Some(words), "{lead}");
    }
}

#[test]
fn a_numbered_plenum_held_to_review_the_half_year_is_a_plenary() {
    // "để"/"nhằm sơ kết …" says what a numbered meeting of the committee was
    // held for; the meeting stays a plenum, even under a terser headline
    // that names the review right after the number.
    for connector in ["để", "nhằm"] {
        let page = format!("Sơn Trà: Hội nghị Quận ủy lần thứ 19 sơ kết 6 tháng đầu năm\nNgày 9-7, Quận ủy Sơn Trà tổ chức Hội nghị Quận ủy lần thứ 19, khóa XII {connector} sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.");
        let s = read(&page);
        let s = s.session().expect("session");
        assert_eq!(
            (s.organ(), s.kind(), s.ordinal()),
            (Organ::ExecutiveCommittee, SessionKind::Plenary, Some(19)),
            "{connector}"
        );
    }
    // A mid-term review stays a review whatever the connector.
    let m = read("Ngày 7/7, Tỉnh ủy tổ chức Hội nghị lần thứ 11 Ban Chấp hành Đảng bộ tỉnh để sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội.");
    assert_eq!(m.session().unwrap().kind(), SessionKind::Review);
    // Unnumbered, the meeting held to review is a review meeting.
    let u =
        read("Ngày 7/7, Đảng ủy Khối tổ chức hội nghị để sơ kết công tác 6 tháng đầu năm 2025.");
    assert_eq!(u.session().unwrap().kind(), SessionKind::Review);
}

#[test]
fn a_congress_opened_at_the_conference_centre() {
    let r = read(
        "Sáng 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 khai mạc trọng thể. Dự đại hội có 300 đại biểu chính thức.",
    );
    let s = r.session().expect("session");
    assert_eq!(s.kind(), SessionKind::Congress);
    assert_eq!(s.ordinal(), Some(15));
    let t = s.term().expect("term");
    assert_eq!((t.start_year(), t.end_year()), (Some(2025), Some(2030)));
}

#[test]
fn a_term_after_an_abbreviated_unit() {
    let r = read("Ngày 20/12/2024, Ban Chấp hành Đảng bộ TX. Ba Đồn, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 26 đánh giá tình hình thực hiện nhiệm vụ năm 2024.");
    let t = r.session().and_then(dangbo::Session::term).expect("term");
    assert_eq!((t.start_year(), t.end_year()), (Some(2020), Some(2025)));
}

#[test]
fn a_regular_standing_committee_meeting_is_its_plenary() {
    let r = read("Chiều 29/8, Ban Thường vụ Huyện ủy Can Lộc tổ chức phiên họp thường kỳ tháng 8 nghe báo cáo kết quả thực hiện nhiệm vụ tháng 8.");
    let s = r.session().expect("session");
    assert_eq!(s.organ(), Organ::StandingCommittee);
    assert_eq!(s.kind(), SessionKind::Plenary);
    // Without a number or "thường kỳ" it is some other meeting.
    let r =
        read("Chiều 29/8, Ban Thường vụ Huyện ủy Can Lộc họp cho ý kiến về đề án sắp xếp thôn.");
    assert_eq!(r.session().expect("session").kind(), SessionKind::Other);
}

#[test]
fn a_weekday_before_the_date() {
    let r = read_on("Sáng thứ Hai (12/6), Đảng ủy thị trấn Vĩnh Tuy tổ chức Hội nghị Ban Chấp hành Đảng bộ thị trấn lần thứ 14.", 2017, 6, 13);
    assert_eq!(
        r.session().and_then(dangbo::Session::date),
        day(2017, 6, 12)
    );
}

#[test]
fn the_dot_of_tp_does_not_end_the_meeting_s_name() {
    let r = read("Chiều 12-10, Thành ủy TP. Long Xuyên tổ chức Hội nghị Ban Chấp hành Đảng bộ TP. Long Xuyên lần thứ 15 (mở rộng), nhiệm kỳ 2020-2025 đánh giá kết quả 9 tháng đầu năm 2023.");
    let s = r.session().expect("session");
    assert_eq!(s.ordinal(), Some(15));
    assert!(s.expanded());
}

#[test]
fn the_first_plenum_after_a_congress_is_of_the_new_khoa() {
    let r = read("Thứ Bảy, 25/07/2020, 20:15\n\nChiều 24/7, ngay sau khi Đại hội đại biểu Đảng bộ huyện Diên Khánh lần thứ XVI, nhiệm kỳ 2020 - 2025 bầu ra Ban Chấp hành khóa mới, Ban Thường vụ Huyện ủy khóa XV đã tổ chức Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XVI để bầu Ban Thường vụ, Bí thư, Phó Bí thư Huyện ủy.");
    let s = r.session().expect("session");
    assert_eq!(s.ordinal(), Some(1));
    let t = s.term().expect("term");
    assert_eq!(t.ordinal(), Some(16));
    assert_eq!((t.start_year(), t.end_year()), (Some(2020), Some(2025)));
}

#[test]
fn a_standing_committee_s_numbered_meeting_after_its_term() {
    let r = read("Ngày 18/4/2019, Ban Thường vụ Huyện ủy Ea Súp khóa XIII, nhiệm kỳ 2015 - 2020 tổ chức phiên họp thứ 45 để đánh giá kết quả thực hiện nhiệm vụ quý I và thống nhất nhiệm vụ trọng tâm quý II/2019.");
    let s = r.session().expect("session");
    assert_eq!(
        (s.organ(), s.kind(), s.ordinal()),
        (Organ::StandingCommittee, SessionKind::Plenary, Some(45))
    );
    let p = r.periods();
    assert!(p.review().is_some() && p.plan().is_some(), "{p:?}");
}

#[test]
fn a_central_sector_committee_s_own_khoa() {
    let r = read("Ngày 20/12/2022, tại Hà Nội, Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương khóa XIII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 10 đánh giá kết quả thực hiện nhiệm vụ năm 2022.");
    let t = r.session().and_then(dangbo::Session::term).expect("term");
    assert_eq!(t.ordinal(), Some(13));
    assert_eq!((t.start_year(), t.end_year()), (Some(2020), Some(2025)));
}

#[test]
fn a_meeting_to_prepare_for_is_not_the_session() {
    let r = read("Sáng 3/11/2025, Ban Thường vụ Đảng ủy đặc khu Lý Sơn họp thường kỳ tháng 10 để đánh giá tình hình thực hiện nhiệm vụ 10 tháng đầu năm, triển khai nhiệm vụ trọng tâm 2 tháng cuối năm 2025. Kết luận cuộc họp, đồng chí Phạm Văn Lực yêu cầu chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ đặc khu cuối năm.");
    let s = r.session().expect("session");
    assert_eq!(s.organ(), Organ::StandingCommittee);
    assert!(r.periods().review().is_some() && r.periods().plan().is_some());
}

#[test]
fn a_sector_committee_of_the_province_s_government_owns_its_khoa() {
    let r = read("Ngày 19/12/2025, Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh Đắk Lắk khóa I, nhiệm kỳ 2025 - 2030 tổ chức Hội nghị lần thứ 3 để đánh giá kết quả năm 2025.");
    let t = r.session().and_then(dangbo::Session::term).expect("term");
    assert_eq!(t.ordinal(), Some(1));
    assert_eq!((t.start_year(), t.end_year()), (Some(2025), Some(2030)));
}
