//! The vocabulary of people's titles (PATTERNS.md §6) and of honorifics.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use crate::text::{boundary_after, fold};

/// Words a title starts with, as written in the text (folded when matched).
const HEADS: &[&str] = &[
    "Bí thư",
    "Phó Bí thư",
    "Tổng Bí thư",
    "Nguyên Bí thư",
    "PBT",
    "Ủy viên",
    "Uỷ viên",
    "UVTV",
    "UVBTV",
    "UVBTVTU",
    "UVBTVHU",
    "UVBCH",
    "UVTW",
    "UVTƯ",
    "UVT.Ư",
    "UVBCHTW",
    "UVBCT",
    "Tỉnh ủy viên",
    "Huyện ủy viên",
    "Thành ủy viên",
    "Thị ủy viên",
    "Quận ủy viên",
    "Đảng ủy viên",
    "TUV",
    "HUV",
    "TƯV",
    "Ủy viên Trung ương",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chủ tịch UBND",
    "CT UBND",
    "PCT",
    "PCT UBND",
    "Trưởng",
    "Phó Trưởng",
    "Phó Ban",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Trưởng Ban",
    "Phó Trưởng Ban",
    "Trưởng đoàn",
    "Phó Trưởng đoàn",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Trưởng Công an",
    "Trưởng Văn phòng",
    "Trưởng khối",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Chánh văn phòng",
    "Phó Chánh văn phòng",
    "Chánh Thanh tra",
    "Chánh án",
    "Viện trưởng",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Thường trực",
    "Đại biểu Quốc hội",
    "ĐBQH",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Chuyên viên",
    "Chỉ huy trưởng",
    "Chính ủy",
    "Chính uỷ",
    "Tư lệnh",
    "Phó Tư lệnh",
    "Hiệu trưởng",
    "Tổng Biên tập",
    "Phó Tổng Biên tập",
    "Thư ký",
    "Trợ lý",
    "Cục trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Phó Cục trưởng",
    "Phó Chỉ huy trưởng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tướng",
    "Trung tướng",
    "Thượng tướng",
    "Đại tướng",
];

/// Honorifics before a name.
const HONORIFICS: &[&str] = &["đồng chí", "đ/c", "ông", "bà", "đồng chí đồng chí"];

fn anchored(words: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .build(words.iter().map(|w| fold(w)))
        .expect("title automaton builds")
}

static HEAD_AC: LazyLock<AhoCorasick> = LazyLock::new(|| anchored(HEADS));
static HONORIFIC_AC: LazyLock<AhoCorasick> = LazyLock::new(|| anchored(HONORIFICS));

/// Where a title head that starts at `at` in the folded text ends.
pub(crate) fn head_at(key: &str, at: usize) -> Option<usize> {
    let m = HEAD_AC.find(Input::new(key).range(at..).anchored(Anchored::Yes))?;
    boundary_after(key, m.end()).then_some(m.end())
}

/// Where an honorific that starts at `at` in the folded text ends.
pub(crate) fn honorific_at(key: &str, at: usize) -> Option<usize> {
    let m = HONORIFIC_AC.find(Input::new(key).range(at..).anchored(Anchored::Yes))?;
    boundary_after(key, m.end()).then_some(m.end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_match_whole_words_in_any_spelling() {
        let k = fold("Uỷ viên Ban Thường vụ");
        assert_eq!(head_at(&k, 0), Some(fold("Uỷ viên").len()));
        assert!(head_at(&fold("Bí thưa"), 0).is_none());
        assert!(head_at(&fold("Phó Chủ tịch UBND tỉnh"), 0).is_some());
        assert_eq!(
            honorific_at(&fold("Đồng chí Lan"), 0),
            Some("đồng chí".len())
        );
    }
}
