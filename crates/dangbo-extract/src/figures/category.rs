//! The area an indicator belongs to, from the keywords of its name and unit.

use dangbo::Category;

/// Keyword lists, most specific first: the first area with a keyword in the
/// name wins ("thu ngân sách" is budget even though "thu" is generic).
const AREAS: &[(Category, &[&str])] = &[
    (
        Category::PartyBuilding,
        &[
            "đảng viên",
            "kết nạp",
            "quần chúng ưu tú",
            "tổ chức cơ sở đảng",
            "chi bộ",
            "đảng bộ",
            "kiểm tra, giám sát",
            "kỷ luật",
            "đảng phí",
            "xây dựng đảng",
        ],
    ),
    (
        Category::Budget,
        &[
            "ngân sách",
            "nsnn",
            "thu nội địa",
            "thu thuế",
            "thuế",
            "tổng thu",
            "tổng chi",
            "thu ngân",
            "chi thường xuyên",
            "thu từ đất",
            "tiền sử dụng đất",
        ],
    ),
    (
        Category::Investment,
        &[
            "giải ngân",
            "vốn đầu tư",
            "đầu tư công",
            "thu hút đầu tư",
            "vốn fdi",
            "fdi",
            "tổng vốn",
            "đầu tư",
            "dự án",
        ],
    ),
    (
        Category::Health,
        &[
            "bảo hiểm y tế",
            "bhyt",
            "y tế",
            "bác sĩ",
            "giường bệnh",
            "khám",
            "tiêm",
            "suy dinh dưỡng",
            "dân số",
        ],
    ),
    (
        Category::Social,
        &[
            "hộ nghèo",
            "cận nghèo",
            "giảm nghèo",
            "việc làm",
            "lao động",
            "an sinh",
            "bảo hiểm xã hội",
            "bhxh",
            "bảo hiểm thất nghiệp",
            "nhà ở",
            "nhà đại đoàn kết",
            "chính sách",
            "người có công",
        ],
    ),
    (
        Category::Education,
        &[
            "trường",
            "học sinh",
            "giáo dục",
            "giáo viên",
            "tốt nghiệp",
            "phổ cập",
            "đào tạo",
            "mầm non",
        ],
    ),
    (
        Category::Environment,
        &[
            "môi trường",
            "rác thải",
            "chất thải",
            "che phủ",
            "nước sạch",
            "nước hợp vệ sinh",
            "trồng rừng",
            "cây xanh",
        ],
    ),
    (
        Category::Culture,
        &[
            "văn hóa",
            "thể thao",
            "thể dục",
            "di tích",
            "lễ hội",
            "thông tin",
        ],
    ),
    (
        Category::DefenseSecurity,
        &[
            "quân sự",
            "quốc phòng",
            "an ninh",
            "qp-an",
            "an-qp",
            "qpan",
            "anqp",
            "tuyển quân",
            "giao quân",
            "nhập ngũ",
            "tân binh",
            "tội phạm",
            "tai nạn giao thông",
            "trật tự",
            "ma túy",
            "dân quân",
        ],
    ),
    (
        Category::Agriculture,
        &[
            "nông nghiệp",
            "nông thôn mới",
            "ntm",
            "nông, lâm",
            "lâm nghiệp",
            "thủy sản",
            "lương thực",
            "lúa",
            "ngô",
            "chăn nuôi",
            "gia súc",
            "gia cầm",
            "cây trồng",
            "trồng",
            "sản lượng",
            "năng suất",
            "rừng",
            "ocop",
            "nông sản",
            "canh tác",
            "gieo",
            "đàn",
            "lợn",
            "trâu",
            "bò",
            "thủy lợi",
        ],
    ),
    (
        Category::Industry,
        &[
            "công nghiệp",
            "cn-ttcn",
            "tiểu thủ công",
            "thủ công nghiệp",
            "xây dựng",
            "điện",
        ],
    ),
    (
        Category::TradeServices,
        &[
            "thương mại",
            "dịch vụ",
            "du lịch",
            "lượt khách",
            "khách",
            "bán lẻ",
            "xuất khẩu",
            "nhập khẩu",
            "kim ngạch",
            "hàng hóa",
            "doanh thu",
        ],
    ),
    (
        Category::Economy,
        &[
            "grdp",
            "gdp",
            "tăng trưởng",
            "kinh tế",
            "thu nhập",
            "tổng sản phẩm",
            "giá trị sản xuất",
            "cơ cấu",
            "đô thị hóa",
            "tỷ trọng",
            "doanh nghiệp",
            "hợp tác xã",
            "htx",
        ],
    ),
];

/// The category of an indicator named `name` with `unit`.
pub(super) fn category(name: &str, unit: Option<&str>) -> Category {
    let name = super::token::key(name);
    let unit = unit.map(super::token::key).unwrap_or_default();
    for (area, words) in AREAS {
        if words.iter().any(|w| contains_word(&name, w)) {
            return *area;
        }
    }
    for (area, words) in AREAS {
        if words.iter().any(|w| contains_word(&unit, w)) {
            return *area;
        }
    }
    Category::Other
}

/// Whether `text` holds `word` at word boundaries.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text.get(..at).and_then(|s| s.chars().next_back());
        let after = text.get(at + word.len()..).and_then(|s| s.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_by_keyword() {
        assert_eq!(category("thu ngân sách", Some("tỷ đồng")), Category::Budget);
        assert_eq!(
            category("Tổng vốn đầu tư toàn xã hội", None),
            Category::Investment
        );
        assert_eq!(
            category("kết nạp", Some("đảng viên")),
            Category::PartyBuilding
        );
        assert_eq!(category("tỷ lệ hộ nghèo", Some("%")), Category::Social);
        assert_eq!(
            category("Tốc độ tăng trưởng kinh tế (GRDP)", Some("%")),
            Category::Economy
        );
        assert_eq!(
            category("sản lượng lương thực", Some("tấn")),
            Category::Agriculture
        );
        assert_eq!(category("tỷ lệ tham gia BHYT", Some("%")), Category::Health);
        assert_eq!(
            category("giá trị sản xuất CN-TTCN", None),
            Category::Industry
        );
        assert_eq!(
            category("du lịch", Some("lượt khách")),
            Category::TradeServices
        );
        assert_eq!(
            category("độ che phủ rừng", Some("%")),
            Category::Environment
        );
        assert_eq!(category("giao quân", None), Category::DefenseSecurity);
        assert_eq!(category("abc", None), Category::Other);
        assert_eq!(
            category("gì đó", Some("lượt khách")),
            Category::TradeServices
        );
    }
}
