//! Lines of page furniture told by a phrase anywhere on them, however long
//! the line: a newsletter's words to its readers, an outlet's masthead and
//! footer, a press licence, a post's reactions. The phrases are found in one
//! pass of one automaton over the line's folded head; each rule then asks
//! which it found.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// The phrases, folded; a rule names them by their index here.
const PHRASES: &[&str] = &[
    "google news",                  // 0
    "quý bạn đọc",                  // 1
    "nhấn vào đường link",          // 2
    "bấm vào đây",                  // 3
    "gửi tự động",                  // 4
    "không trả lời thư",            // 5
    "vui lòng không trả lời",       // 6
    " - địa chỉ:",                  // 7
    "cơ quan của",                  // 8
    "cơ quan ngôn luận",            // 9
    "cơ quan chủ quản",             // 10
    "lượt thích",                   // 11
    "lượt chia sẻ",                 // 12
    "giấy phép",                    // 13
    "/gp",                          // 14
    "btttt",                        // 15
    "bộ tttt",                      // 16
    "bộ thông tin và truyền thông", // 17
];

static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(PHRASES)
        .expect("furniture phrases")
});

/// Which phrases a folded line holds, one bit each (leftmost first, not
/// overlapping: a search with a prefilter).
#[derive(Clone, Copy)]
pub(super) struct Found(u32);

impl Found {
    /// The phrases in `key` (a line's folded head).
    pub(super) fn of(key: &str) -> Found {
        let mut bits = 0u32;
        // (Two of them overlap, "vui lòng không trả lời" and "không trả lời
        // thư", and their rule asks for either.)
        for m in AC.find_iter(key) {
            bits |= 1 << m.pattern().as_u32();
        }
        Found(bits)
    }

    fn any(self, ids: &[u32]) -> bool {
        ids.iter().any(|i| self.0 & (1 << i) != 0)
    }
}

/// Whether a line is a link to another article set inside this one, as
/// mobile and AMP pages do ("Xem thêm: Phú Ninh: Năm 2019 có thêm 2 xã đạt
/// chuẩn nông thôn mới", "Đọc thêm: …"): the cue, a colon and a headline on
/// the same line. Furniture, but the article goes on after it; the cue alone
/// ("Xem thêm", "Đọc thêm:") heads the list of links that ends it.
pub(super) fn inline_link(key: &str) -> bool {
    ["xem thêm:", "đọc thêm:", "xem thêm >>", "đọc thêm >>"]
        .iter()
        .find_map(|c| key.strip_prefix(c))
        .is_some_and(|rest| rest.split_whitespace().nth(2).is_some())
}

/// Whether a line is page metadata a saved page shows, however long: a meta
/// description ("Mô tả: Sáng 26/12, …", which the body repeats as its lead),
/// a "follow us" widget ("Theo dõi Báo Hà Tĩnh trên Google News", which
/// ends nothing, unlike "Theo dõi" after the article), a newsletter's words
/// to its readers, or the outlet's masthead or footer.
pub(super) fn meta_line(key: &str, found: Found) -> bool {
    key.starts_with("mô tả:")
        || key.starts_with("description:")
        || (key.starts_with("theo dõi") && found.any(&[0]))
        || found.any(&[1, 2, 3, 4, 5, 6])
        || masthead(key, found)
}

/// Whether a line is the outlet's masthead or footer line: "Báo Lào Cai -
/// Cơ quan của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Lào Cai",
/// "Cổng thông tin điện tử … - Cơ quan chủ quản: …", "Ủy ban nhân dân
/// phường Bến Thành - Địa chỉ: 92 Nguyễn Trãi, …".
fn masthead(key: &str, found: Found) -> bool {
    found.any(&[7])
        || ((key.starts_with("báo ")
            || key.starts_with("cổng thông tin")
            || key.starts_with("tạp chí"))
            && found.any(&[8, 9, 10]))
}

/// Whether a line counts a post's reactions or offers them ("👍 214 lượt
/// thích   17 bình luận   6 lượt chia sẻ", "Thích · Phản hồi · 3 ngày"):
/// the readers' part of a social network's page, after the post.
pub(super) fn reactions(key: &str, found: Found) -> bool {
    found.any(&[11, 12])
        || key.starts_with("thích · phản hồi")
        || key.starts_with("thích · trả lời")
}

/// Whether a line gives the site's press licence, wherever on it ("Báo Trà
/// Vinh điện tử - Giấy phép số 47/GP-BTTTT. Địa chỉ: …"): a footer, however
/// long, that an article's sentence never is.
pub(super) fn site_licence(found: Found) -> bool {
    found.any(&[13]) && found.any(&[14, 15, 16, 17])
}
