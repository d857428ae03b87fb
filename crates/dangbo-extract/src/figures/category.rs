//! The area an indicator belongs to, from the keywords of its name and unit.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
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

/// Every keyword of [`AREAS`], in order, with the index of its area.
static KEYWORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let (words, areas): (Vec<&str>, Vec<usize>) = AREAS
        .iter()
        .enumerate()
        .flat_map(|(k, (_, words))| words.iter().map(move |w| (*w, k)))
        .unzip();
    let ac = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .expect("the category keywords build an automaton");
    (ac, areas)
});

/// The category of an indicator named `name` with `unit`.
pub(super) fn category(name: &str, unit: Option<&str>) -> Category {
    category_of_key(&super::token::key_of(name), unit)
}

/// The category of an indicator whose name has the key `name_key`
/// (`token::key`), with `unit`.
pub(super) fn category_of_key(name_key: &str, unit: Option<&str>) -> Category {
    if let Some(area) = first_area(name_key) {
        return AREAS[area].0;
    }
    let unit = unit.map(super::token::key_of).unwrap_or_default();
    first_area(&unit).map_or(Category::Other, |area| AREAS[area].0)
}

/// The first area (in [`AREAS`] order) with a keyword in `text` at word
/// boundaries: one scan for every keyword.
///
/// Each keyword's occurrences are taken as `str::match_indices` gives them
/// (left to right, never overlapping each other), so that a keyword that
/// overlaps itself reads as it always has.
fn first_area(text: &str) -> Option<usize> {
    let (ac, areas) = &*KEYWORDS;
    let mut resume = [0usize; KEYWORD_COUNT];
    let mut best: Option<usize> = None;
    for m in ac.find_overlapping_iter(text) {
        let k = m.pattern().as_usize();
        if m.start() < resume[k] {
            continue;
        }
        resume[k] = m.end();
        if best.is_some_and(|b| b <= areas[k]) {
            continue;
        }
        if at_word_boundaries(text, m.start(), m.end()) {
            best = Some(areas[k]);
        }
    }
    best
}

/// How many keywords [`AREAS`] holds.
const KEYWORD_COUNT: usize = {
    let mut n = 0;
    let mut k = 0;
    while k < AREAS.len() {
        n += AREAS[k].1.len();
        k += 1;
    }
    n
};

/// Whether `text[start..end]` has no letter or digit right before or after it.
fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
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

    /// The reading before the one-scan automaton: every keyword searched on its own.
    fn by_keyword(text: &str) -> Option<usize> {
        AREAS.iter().position(|(_, words)| {
            words.iter().any(|w| {
                text.match_indices(w)
                    .any(|(at, _)| at_word_boundaries(text, at, at + w.len()))
            })
        })
    }

    #[test]
    fn one_scan_agrees_with_a_search_per_keyword() {
        let mut texts: Vec<String> = vec![
            "thu ngân sách nhà nước".into(),
            "an ninh, quốc phòng".into(),
            "kiểm tra, giám sát kiểm tra, giám sát".into(),
            "đànđàn đàn".into(),
            "thuế thuế".into(),
            String::new(),
        ];
        for (_, words) in AREAS {
            for w in *words {
                texts.push((*w).to_owned());
                texts.push(format!("x{w}"));
                texts.push(format!("{w}{w} {w}"));
                texts.push(format!("tỷ lệ {w}, {w}"));
            }
        }
        for t in &texts {
            assert_eq!(first_area(t), by_keyword(t), "{t:?}");
        }
    }
}
