//! Units after a number ("tỷ đồng", "triệu đồng/người/năm", "ha", "lượt
//! khách") and the nouns that make `x/y <noun>` a tally ("chỉ tiêu", "xã").

use std::sync::LazyLock;

use super::number::is_scale;
use super::token::{Kind, Token};

/// What a unit measures, which decides how `a/b <unit>` and a lone count read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// Money: đồng, USD.
    Money,
    /// Area, length, mass, volume, energy.
    Measure,
    /// People a programme admits or serves: đảng viên, người, lao động.
    People,
    /// Other countable things: hộ, doanh nghiệp, lượt khách.
    Count,
    /// Units of territory or institutions (xã, trường): a figure only when the
    /// clause says they reached a standard.
    Place,
    /// A bare scale word ("500 tỷ").
    Scale,
}

/// A unit found after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Unit {
    /// The unit as written, spaces collapsed.
    pub text: String,
    /// One past its last token.
    pub next: usize,
    /// What it measures.
    pub class: Class,
    /// Byte span in the body.
    pub span: (usize, usize),
}

type Entry = (&'static [&'static str], Class);

/// Base units, by key sequence ("-" matches any dash).
const UNITS: &[Entry] = &[
    (&["đồng"], Class::Money),
    (&["đ"], Class::Money),
    (&["vnđ"], Class::Money),
    (&["vnd"], Class::Money),
    (&["usd"], Class::Money),
    (&["đô", "la", "mỹ"], Class::Money),
    (&["đô", "la"], Class::Money),
    (&["ha"], Class::Measure),
    // "tăng 1,5 điểm phần trăm": a change of a rate, in its own unit.
    (&["điểm", "phần", "trăm"], Class::Measure),
    (&["điểm"], Class::Measure),
    (&["hecta"], Class::Measure),
    (&["héc", "-", "ta"], Class::Measure),
    (&["km"], Class::Measure),
    (&["km2"], Class::Measure),
    (&["m"], Class::Measure),
    (&["m2"], Class::Measure),
    (&["m3"], Class::Measure),
    (&["mét"], Class::Measure),
    (&["tấn"], Class::Measure),
    (&["tạ"], Class::Measure),
    (&["kg"], Class::Measure),
    (&["lít"], Class::Measure),
    (&["kw"], Class::Measure),
    (&["kwh"], Class::Measure),
    (&["mw"], Class::Measure),
    (&["sào"], Class::Measure),
    (&["đảng", "viên"], Class::People),
    (&["quần", "chúng", "ưu", "tú"], Class::People),
    (&["quần", "chúng"], Class::People),
    (&["người"], Class::People),
    (&["lượt", "người"], Class::People),
    (&["lao", "động"], Class::People),
    (&["học", "viên"], Class::People),
    (&["học", "sinh"], Class::People),
    (&["sinh", "viên"], Class::People),
    (&["công", "dân"], Class::People),
    (&["thanh", "niên"], Class::People),
    (&["tân", "binh"], Class::People),
    (&["hội", "viên"], Class::People),
    (&["đoàn", "viên"], Class::People),
    (&["bệnh", "nhân"], Class::People),
    (&["đối", "tượng"], Class::People),
    (&["cán", "bộ"], Class::People),
    (&["lượt", "khách"], Class::Count),
    (&["lượt"], Class::Count),
    (&["khách"], Class::Count),
    (&["hộ"], Class::Count),
    (&["việc", "làm"], Class::Count),
    (&["doanh", "nghiệp"], Class::Count),
    (&["hợp", "tác", "xã"], Class::Count),
    (&["htx"], Class::Count),
    (&["dự", "án"], Class::Count),
    (&["công", "trình"], Class::Count),
    (&["sản", "phẩm"], Class::Count),
    (&["căn", "nhà"], Class::Count),
    (&["căn"], Class::Count),
    (&["ngôi", "nhà"], Class::Count),
    (&["nhà", "ở"], Class::Count),
    (&["con"], Class::Count),
    (&["cây"], Class::Count),
    (&["thẻ"], Class::Count),
    (&["giường", "bệnh"], Class::Count),
    (&["giường"], Class::Count),
    (&["bác", "sĩ"], Class::Count),
    (&["tài", "khoản"], Class::Count),
    (&["thí", "sinh"], Class::People),
    (&["ổ", "nhóm"], Class::Count),
    (&["lớp"], Class::Count),
    (&["bài", "báo"], Class::Count),
    (&["ca"], Class::Count),
    (&["kỹ", "thuật"], Class::Count),
    (&["viên"], Class::Count),
    (&["buổi"], Class::Count),
    (&["đợt"], Class::Count),
    (&["nhà"], Class::Count),
    (&["suất"], Class::Count),
    (&["vụ"], Class::Count),
    (&["chi", "bộ"], Class::Count),
    (&["tổ", "chức", "cơ", "sở", "đảng"], Class::Count),
    (&["tổ", "chức", "đảng"], Class::Count),
    (&["giấy", "chứng", "nhận"], Class::Count),
    (&["hồ", "sơ"], Class::Count),
    // Public order, services and digital work: "xử phạt 38.450 trường hợp",
    // "cung cấp 1.126 dịch vụ công trực tuyến", "kết nối 2.680 camera".
    (&["trường", "hợp"], Class::Count),
    (&["dịch", "vụ"], Class::Count),
    (&["camera"], Class::Count),
    (&["dân", "quân", "tự", "vệ"], Class::People),
    (&["dân", "quân"], Class::People),
    (&["giấy", "phép"], Class::Count),
    (&["tiêu", "chí"], Class::Count),
    (&["trái"], Class::Count),
    (&["quả"], Class::Count),
    (&["thủ", "tục"], Class::Count),
    (&["đơn", "thư"], Class::Count),
    (&["xã"], Class::Place),
    (&["phường"], Class::Place),
    (&["thị", "trấn"], Class::Place),
    (&["thôn"], Class::Place),
    (&["trường"], Class::Place),
    (&["khu", "dân", "cư"], Class::Place),
];

/// Nouns that make `x/y <noun>` (or `n <noun> <status>`) a tally.
const TALLY_NOUNS: &[&[&str]] = &[
    &["nhóm", "chỉ", "tiêu"],
    &["chỉ", "tiêu"],
    &["tiêu", "chí"],
    &["mục", "tiêu"],
    &["nhiệm", "vụ"],
    &["địa", "phương"],
    &["xã"],
    &["phường"],
    &["thị", "trấn"],
    &["huyện"],
    &["quận"],
    &["thị", "xã"],
    &["thành", "phố"],
    &["đặc", "khu"],
    &["tỉnh"],
    &["thôn"],
    &["ấp"],
    &["bản"],
    &["khu", "phố"],
    &["tổ", "dân", "phố"],
    &["khu", "dân", "cư"],
    &["hộ"],
    &["đơn", "vị"],
    &["sản", "phẩm"],
    &["chi", "bộ"],
    &["đảng", "bộ"],
    &["tổ", "chức", "cơ", "sở", "đảng"],
    &["tổ", "chức", "đảng"],
    &["cơ", "sở"],
    &["trường"],
    &["doanh", "nghiệp"],
    &["hợp", "tác", "xã"],
    &["dự", "án"],
    &["công", "trình"],
    &["chương", "trình"],
    &["đề", "án"],
    &["cơ", "quan"],
    &["ngành"],
    &["lĩnh", "vực"],
];

/// The nouns that count the targets themselves: "n chỉ tiêu đạt" is a tally
/// even without a total.
pub(super) fn counts_targets(of: &str) -> bool {
    matches!(of, "chỉ tiêu" | "nhóm chỉ tiêu" | "tiêu chí")
}

/// Whether the key sequence `pat` matches the tokens at `i`.
pub(super) fn matches_at(toks: &[Token], i: usize, pat: &[&str]) -> bool {
    pat.iter().enumerate().all(|(k, p)| {
        toks.get(i + k).is_some_and(|t| {
            if *p == "-" {
                t.is_dash()
            } else {
                t.kind == Kind::Word && t.key == *p
            }
        })
    })
}

/// The entries of a table of key sequences by their first word, sorted.
struct ByFirst(Vec<(&'static str, Vec<usize>)>);

impl ByFirst {
    fn new<'t>(firsts: impl Iterator<Item = &'t &'static str>) -> ByFirst {
        let mut index: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (k, first) in firsts.enumerate() {
            match index.iter_mut().find(|(f, _)| f == first) {
                Some((_, ks)) => ks.push(k),
                None => index.push((first, vec![k])),
            }
        }
        index.sort_by(|a, b| a.0.cmp(b.0));
        ByFirst(index)
    }

    /// The indices of the entries whose first word is `key`, in table order.
    fn get(&self, key: &str) -> &[usize] {
        self.0
            .binary_search_by(|(f, _)| (*f).cmp(key))
            .map_or(&[], |at| &self.0[at].1)
    }
}

static UNITS_BY_FIRST: LazyLock<ByFirst> =
    LazyLock::new(|| ByFirst::new(UNITS.iter().map(|(pat, _)| &pat[0])));

static TALLY_NOUNS_BY_FIRST: LazyLock<ByFirst> =
    LazyLock::new(|| ByFirst::new(TALLY_NOUNS.iter().map(|pat| &pat[0])));

/// The longest unit matching at `i`: its length and class.
fn longest_unit(toks: &[Token], i: usize) -> Option<(usize, Class)> {
    let first = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    UNITS_BY_FIRST
        .get(&first.key)
        .iter()
        .map(|&k| &UNITS[k])
        .filter(|(pat, _)| matches_at(toks, i, pat))
        .map(|(pat, class)| (pat.len(), *class))
        .max_by_key(|(len, _)| *len)
}

/// Whether a one-word unit at `j` is the first syllable of another noun:
/// "đồng chí", "con đường", "cây trồng".
fn compound_noun(toks: &[Token], j: usize, len: usize) -> bool {
    if len != 1 {
        return false;
    }
    let Some(next) = toks.get(j + 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    match toks[j].key() {
        "đồng" => matches!(
            next.key(),
            "chí"
                | "bào"
                | "thời"
                | "bộ"
                | "ý"
                | "tình"
                | "hành"
                | "khởi"
                | "lòng"
                | "ruộng"
                | "thuận"
        ),
        "con" => !matches!(
            next.key(),
            "gia" | "trâu" | "bò" | "lợn" | "heo" | "gà" | "vịt"
        ),
        "cây" => matches!(next.key(), "trồng" | "số"),
        // An index's score ("PCI đạt 70,12 điểm, tăng 1,2 điểm"), not the
        // places of "28 điểm cầu", "5 điểm trường".
        "điểm" => !matches!(
            next.key(),
            "tăng" | "giảm" | "xếp" | "đứng" | "so" | "và" | "trở" | "cao" | "thấp"
        ),
        // Page counters: "1.234 lượt xem".
        "lượt" => matches!(
            next.key(),
            "xem" | "đọc" | "truy" | "thích" | "chia" | "bình" | "tải" | "đánh"
        ),
        _ => false,
    }
}

/// The tally noun at `i`: one past its end and its key text ("chỉ tiêu").
pub(super) fn tally_noun(toks: &[Token], i: usize) -> Option<(usize, String)> {
    let first = toks.get(i).filter(|t| t.kind == Kind::Word)?;
    let pat = TALLY_NOUNS_BY_FIRST
        .get(&first.key)
        .iter()
        .map(|&k| TALLY_NOUNS[k])
        .filter(|pat| matches_at(toks, i, pat))
        .max_by_key(|pat| pat.len())?;
    Some((i + pat.len(), pat.join(" ")))
}

/// Tally nouns at `i` joined by commas or "và": "xã, phường, thị trấn".
pub(super) fn tally_nouns(toks: &[Token], i: usize) -> Option<(usize, String)> {
    let (mut end, mut of) = tally_noun(toks, i)?;
    if counts_targets(&of) {
        return Some((end, of));
    }
    for _ in 0..4 {
        let joined = toks.get(end).is_some_and(|t| t.is(',') || t.key == "và");
        match tally_noun(toks, end + 1).filter(|_| joined) {
            Some((next, more)) if !counts_targets(&more) => {
                of = format!("{of}{} {more}", if toks[end].is(',') { "," } else { " và" });
                end = next;
            }
            _ => break,
        }
    }
    Some((end, of))
}

/// Words allowed after a "/" in a unit ("/người/năm", "/ha").
fn per_word(toks: &[Token], i: usize) -> Option<usize> {
    const PER: &[&[&str]] = &[
        &["người"],
        &["năm"],
        &["ha"],
        &["tháng"],
        &["hộ"],
        &["khẩu"],
        &["lao", "động"],
        &["con"],
        &["ngày"],
        &["sào"],
        &["m2"],
        &["xã"],
        &["vạn", "dân"],
        &["nghìn", "dân"],
    ];
    PER.iter()
        .filter(|p| matches_at(toks, i, p))
        .map(|p| i + p.len())
        .max()
}

/// The unit starting at token `i`, if any.
pub(super) fn unit_at(body: &str, toks: &[Token], i: usize) -> Option<Unit> {
    let mut j = i;
    // Scale words: "nghìn tỷ", "tỷ", "trăm triệu".
    while j < i + 2
        && toks
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && is_scale(&t.key))
    {
        j += 1;
    }
    // Abbreviated before money, as bulletins write them: "145 tr.đồng",
    // "2,5 tr.đ", "350 ng.đồng".
    if j == i {
        if let Some(t) = toks.get(i).filter(|t| matches!(t.key(), "tr" | "ng")) {
            let k = if toks
                .get(i + 1)
                .is_some_and(|d| d.is('.') && d.start == t.end)
            {
                i + 2
            } else {
                i + 1
            };
            if longest_unit(toks, k).is_some_and(|(_, c)| c == Class::Money) {
                j = k;
            }
        }
    }
    let scaled = j > i;
    let mut class = Class::Scale;
    if let Some((len, c)) = longest_unit(toks, j) {
        // "đ" alone is money only right after a number or a scale word.
        let bare_d = toks.get(j).is_some_and(|t| t.key == "đ");
        let abbreviation_ok = !bare_d || toks.get(j + 1).is_none_or(|t| t.kind != Kind::Word);
        if abbreviation_ok && !compound_noun(toks, j, len) {
            j += len;
            class = c;
        }
    }
    if j == i {
        return None;
    }
    if class == Class::Scale && !scaled {
        return None;
    }
    // Per-unit suffixes: "/người/năm", "/ ha".
    while toks.get(j).is_some_and(|t| t.is('/')) {
        match per_word(toks, j + 1) {
            Some(next) => j = next,
            None => break,
        }
    }
    let (start, end) = (toks[i].start, toks[j - 1].end);
    let text = collapse(body.get(start..end).unwrap_or(""));
    Some(Unit {
        text,
        next: j,
        class,
        span: (start, end),
    })
}

/// Text with every run of whitespace made one space.
pub(super) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn unit(text: &str) -> Option<(String, Class)> {
        let toks: Vec<Token> = Lexer::new(text).collect();
        unit_at(text, &toks, 0).map(|u| (u.text, u.class))
    }

    #[test]
    fn money_with_scale_words() {
        assert_eq!(unit("tỷ đồng,"), Some(("tỷ đồng".into(), Class::Money)));
        assert_eq!(
            unit("nghìn tỷ đồng"),
            Some(("nghìn tỷ đồng".into(), Class::Money))
        );
        assert_eq!(
            unit("triệu đồng/ người/năm"),
            Some(("triệu đồng/ người/năm".into(), Class::Money))
        );
        assert_eq!(
            unit("triệu/người/năm"),
            Some(("triệu/người/năm".into(), Class::Scale))
        );
        assert_eq!(unit("USD"), Some(("USD".into(), Class::Money)));
        assert_eq!(unit("tỷ, tăng"), Some(("tỷ".into(), Class::Scale)));
    }

    #[test]
    fn measures_counts_and_people() {
        assert_eq!(unit("ha lúa"), Some(("ha".into(), Class::Measure)));
        assert_eq!(unit("tạ/ha"), Some(("tạ/ha".into(), Class::Measure)));
        assert_eq!(
            unit("lượt khách"),
            Some(("lượt khách".into(), Class::Count))
        );
        assert_eq!(
            unit("đảng viên mới"),
            Some(("đảng viên".into(), Class::People))
        );
        assert_eq!(unit("đại biểu"), None);
        assert_eq!(unit("tháng đầu năm"), None);
        assert_eq!(unit("đ là"), None);
    }

    proptest::proptest! {
        #[test]
        fn collapse_joins_the_words(text in "[a \t\n\u{a0}\u{2003}\u{3000}b,]{0,20}") {
            proptest::prop_assert_eq!(
                collapse(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }

    #[test]
    fn tally_nouns_take_the_longest() {
        let text = "nhóm chỉ tiêu đạt";
        let toks: Vec<Token> = Lexer::new(text).collect();
        assert_eq!(tally_noun(&toks, 0), Some((3, "nhóm chỉ tiêu".into())));
    }
}
