//! Tests of the normalization and word helpers.

use super::*;

/// The character-at-a-time fold the fast one must agree with.
fn fold_reference(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = lower(c);
        if c == 'o' || c == 'u' {
            if let Some(&next) = chars.peek() {
                let next = lower(next);
                let moved = if c == 'o' {
                    move_from_a_e(next)
                } else {
                    move_from_y(next)
                };
                if let Some((toned, plain)) = moved {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if ahead.peek().is_none_or(|a| !a.is_alphabetic()) {
                        chars.next();
                        out.push(toned);
                        out.push(plain);
                        continue;
                    }
                }
            }
        }
        out.push(c);
    }
    out
}

#[test]
fn fast_fold_agrees_with_the_reference_on_the_corpus() {
    let dirs = [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles"),
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/articles"
        ),
    ];
    let mut texts = vec![
        "UỶ BAN HOÁ oá Oé uỷ Uý, oáx, O\u{301}a, ủy-viên Ð ð Ω".to_string(),
        String::new(),
        "o".to_string(),
        "Ou".to_string(),
    ];
    for dir in dirs {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    assert!(texts.len() > 6, "no articles found");
    for t in &texts {
        assert_eq!(fold(t), fold_reference(t));
    }
}

#[test]
fn fast_squash_agrees_with_split_and_join() {
    for t in [
        "",
        " ",
        "  ",
        "a ",
        " a",
        "a\n",
        "\t",
        " a  b\tc\u{a0}d\n",
        "Nguyễn  Văn\u{3000}An",
        "Nguyễn Văn An",
        "ấ\u{1680}b",
        "a\u{2003}b",
        "a – b “c”",
    ] {
        assert_eq!(
            squash(t),
            t.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
}
#[test]
fn word_counts_agree_with_split_whitespace() {
    for t in [
        "",
        " ",
        "a",
        " a b\tc\u{a0}d\u{3000} e ",
        "Huyện ủy  Cam Lộ\n họp",
    ] {
        for cap in [0, 1, 2, 3, 10] {
            assert_eq!(
                count_words_upto(t, cap),
                t.split_whitespace().take(cap).count(),
                "{t:?} {cap}"
            );
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    #[test]
    fn fast_fold_and_word_count_agree_with_the_references(
        s in "([oOuU]?[aAeEyYáÁàảãạéÉèẻẹýÝỷỵ\u{300}\u{301} \u{a0}\u{2003}\u{85}\u{1680}Ðđ\n.!?x-]|\\PC){0,40}",
        cap in 0usize..12,
    ) {
        proptest::prop_assert_eq!(fold(&s), fold_reference(&s));
        proptest::prop_assert_eq!(count_words_upto(&s, cap), s.split_whitespace().take(cap).count());
    }
}

#[test]
fn fold_keeps_length_and_unifies_tone_placement() {
    for (a, b) in [
        ("Thành uỷ", "Thành ủy"),
        ("khoá XXII", "khóa XXII"),
        ("Hoá", "Hóa"),
        ("Ủy Viên", "ủy viên"),
    ] {
        assert_eq!(fold(a), fold(b), "{a} / {b}");
        assert_eq!(fold(a).len(), a.len());
    }
    assert_eq!(fold("huyện"), "huyện");
    assert_eq!(fold("HOÀN THÀNH"), "hoàn thành");
}

#[test]
fn fast_lower_case_agrees_with_the_tables() {
    for c in ('\u{80}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}') {
        let mut it = c.to_lowercase();
        let table = match (it.next(), it.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        };
        if c != 'Ð' && c != 'ð' {
            assert_eq!(lower(c), table, "{c:?}");
        }
        assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn sentences_do_not_split_numbers_or_abbreviations() {
    let s = "Ngày 9.12, TP. Tây Ninh họp. Hội nghị kết thúc.";
    let parts: Vec<&str> = sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
    assert_eq!(
        parts,
        vec!["Ngày 9.12, TP. Tây Ninh họp.", " Hội nghị kết thúc."]
    );
}

#[test]
fn words_forward_and_back() {
    let s = "Bí thư, Huyện ủy";
    let w: Vec<&str> = words_from(s, 0).map(|w| &s[w.start..w.end]).collect();
    assert_eq!(w, vec!["Bí", "thư", "Huyện", "ủy"]);
    let b: Vec<&str> = words_back(s, s.len()).map(|w| &s[w.start..w.end]).collect();
    assert_eq!(b, vec!["ủy", "Huyện", "thư", "Bí"]);
}

#[test]
fn one_pass_words_agree_with_the_word_iterator() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let t = std::fs::read_to_string(e.path()).unwrap_or_default();
        let want: Vec<Word> = words_from(&t, 0).collect();
        assert_eq!(words_upto(&t, 0, t.len(), usize::MAX), want);
    }
    let s =
        "Đồng chí Trần Văn An, Bí thư Tỉnh ủy (khóa XVII)… dự.Ông 12,5%\u{a0}x 😀y Ωz 2×3÷4 ấỹẞ ª²";
    for from in 0..=s.len() {
        for to in from..=s.len() + 1 {
            for cap in [0, 1, 3, 5000] {
                if !s.is_char_boundary(from) {
                    continue;
                }
                let want: Vec<Word> = words_from(s, from)
                    .take_while(|w| w.end <= to)
                    .take(cap)
                    .collect();
                assert_eq!(words_upto(s, from, to, cap), want, "{from} {to} {cap}");
            }
        }
    }
}

#[test]
fn wrapped_lines_go_on() {
    assert!(line_goes_on("đánh giá kết quả", "  thực hiện nhiệm vụ"));
    assert!(line_goes_on(
        "đạt 84,2% dự toán, tăng",
        "\t9,6% so với cùng kỳ"
    ));
    assert!(line_goes_on(
        "Đồng chí Nguyễn Thị Lan,",
        "Ủy viên Ban Thường vụ"
    ));
    assert!(line_goes_on("Dự hội nghị có đồng chí", "Lê Văn Hòa"));
    assert!(!line_goes_on("đánh giá kết quả.", "thực hiện"));
    assert!(!line_goes_on(
        "Huyện ủy Bảo Lâm họp phiên thường kỳ",
        "09/10/2024 08:15"
    ));
    assert!(!line_goes_on(
        "Huyện ủy Bảo Lâm họp phiên thường kỳ",
        "Sáng 8/10"
    ));
    assert!(!line_goes_on("đánh giá kết quả", "\nthực hiện"));
    // A sentence wrapped in two is one sentence.
    let s = "Chiều 8/10, Quận ủy họp đánh giá\n  kết quả 9 tháng. Hết.\nMới";
    let got: Vec<&str> = sentences(s)
        .iter()
        .map(|&(a, b)| s[a..b].trim())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        got,
        [
            "Chiều 8/10, Quận ủy họp đánh giá\n  kết quả 9 tháng.",
            "Hết.",
            "Mới"
        ]
    );
}

#[test]
fn cleaning_decodes_references_and_drops_invisible_characters() {
    assert_eq!(
        nfc("ước đạt 1.146,5&nbsp;tỷ đồng &amp; 2.\u{200b}980 tấn &#8211; &#x2013; nông\u{ad}thôn"),
        "ước đạt 1.146,5\u{a0}tỷ đồng & 2.980 tấn – – nôngthôn"
    );
    // Not a reference: kept as written.
    assert_eq!(
        nfc("A & B; &abc; &#; &#xZZ; &"),
        "A & B; &abc; &#; &#xZZ; &"
    );
    assert!(matches!(nfc("Hội nghị"), Cow::Borrowed(_)));
    // Decomposed text is composed after cleaning.
    assert_eq!(nfc("Ho\u{300}a&nbsp;Vang"), "Hòa\u{a0}Vang");
}

#[test]
fn a_sentence_glued_to_the_next_still_ends() {
    let s = "Thu ngân sách đạt 63,2 % dự toán tỉnh giao.Doanh thu du lịch giảm. Xã cũ.5/8 chỉ tiêu đạt. TP.HCM có 1.250 hộ.";
    let parts: Vec<&str> = sentences(s).iter().map(|&(a, b)| s[a..b].trim()).collect();
    assert_eq!(
        parts,
        [
            "Thu ngân sách đạt 63,2 % dự toán tỉnh giao.",
            "Doanh thu du lịch giảm.",
            "Xã cũ.",
            "5/8 chỉ tiêu đạt.",
            "TP.HCM có 1.250 hộ."
        ]
    );
    // A wrapped line never opens on a percent sign.
    assert!(line_goes_on("mới đạt 58,4", "% kế hoạch"));
}

#[test]
fn the_eth_of_old_fonts_is_the_letter_it_stood_for() {
    assert_eq!(
        nfc("Ðồng chí Ðỗ Văn Hiền, Bí thư Ðảng ủy"),
        "Đồng chí Đỗ Văn Hiền, Bí thư Đảng ủy"
    );
    assert!(matches!(nfc("Đảng ủy xã"), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn paragraphs_a_scraper_joined_are_apart_again() {
    let lead = "Ngày 13/7, Huyện ủy Yên Thế tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14 đánh giá kết quả 6 tháng đầu năm 2017.";
    let next = "Dự hội nghị có đồng chí Ngô Thị Thu Trang, Phó Trưởng Ban Tổ chức Tỉnh ủy cùng 57 đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện.";
    let joined = format!(
        "Trang chủ | Tin tức | Hoạt động Đảng\n{lead} | {next}\nBáo X ¶ Thời sự ¶ Chính trị"
    );
    let text = nfc(&joined);
    let lines: Vec<&str> = text.lines().collect();
    // A menu's pipes stay; prose joined by pipes or pilcrows is split.
    assert_eq!(lines[0], "Trang chủ | Tin tức | Hoạt động Đảng");
    assert_eq!(lines[1], lead);
    assert_eq!(lines[2], next);
    assert_eq!(&lines[3..], ["Báo X", "Thời sự", "Chính trị"]);
}
