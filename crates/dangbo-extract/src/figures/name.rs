//! An indicator's name: the noun phrase before its verb, without the
//! connectors that open a clause ("Cụ thể,", "trong đó", "Năm 2023,").

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::token::{Kind, Token};
use super::unit::{collapse, matches_at};

/// Connectors that open a clause and are not part of a name.
const OPENERS: &[&[&str]] = &[
    &["cụ", "thể", "là"],
    &["cụ", "thể"],
    // "…, tương đương tăng 13,6%": the change just read, again.
    &["tương", "đương"],
    &["tương", "ứng"],
    &["trong", "đó", "có"],
    &["trong", "đó"],
    &["theo", "đó"],
    &["đồng", "thời"],
    &["bên", "cạnh", "đó"],
    &["ngoài", "ra"],
    &["nhìn", "chung"],
    &["qua", "đó"],
    &["kết", "quả"],
    &["đáng", "chú", "ý"],
    &["nổi", "bật", "là"],
    &["nổi", "bật"],
    &["đặc", "biệt", "là"],
    &["đặc", "biệt"],
    &["nhất", "là"],
    &["bao", "gồm"],
    &["tính", "đến"],
    &["đến", "nay"],
    &["hiện", "nay"],
    &["trong", "năm"],
    &["tháng", "đầu", "năm"],
    &["tháng", "cuối", "năm"],
    &["tháng", "năm"],
    &["tháng", "qua"],
    &["tháng"],
    &["năm"],
    &["phấn", "đấu"],
    &["đến", "cuối", "nhiệm", "kỳ"],
    &["đến", "hết", "nhiệm", "kỳ"],
    &["cuối", "nhiệm", "kỳ"],
    &["đến", "cuối", "năm"],
    &["đến", "hết", "năm"],
    &["đến", "năm"],
    &["cuối", "năm"],
    &["dự", "kiến"],
    &["đến"],
    &["từ"],
    &["riêng"],
    &["về"],
    &["và"],
    &["còn"],
    &["với"],
    &["là"],
    &["như"],
    &["gồm"],
    &["trong"],
    &["mà"],
    &["thì"],
    &["đã"],
    &["cũng"],
    &["mới"],
    &["ước"],
    &["cả"],
];

/// Words that end a name without belonging to it.
const TRAILERS: &[&str] = &[
    "đã", "cũng", "đều", "vẫn", "chỉ", "mới", "ước", "thì", "là", "sẽ", "có", "được", "và", "của",
    "từ", "cho", "đối",
];

/// Names that say where, not what: a figure so named takes the noun after
/// its number instead ("Toàn huyện có 1.234 hộ nghèo").
const PLACES: &[&str] = &[
    "toàn huyện",
    "toàn tỉnh",
    "toàn xã",
    "toàn thành phố",
    "toàn thị xã",
    "toàn quận",
    "toàn đảng bộ",
    "huyện",
    "tỉnh",
    "xã",
    "thành phố",
    "trên địa bàn",
    "trên địa bàn huyện",
    "trên địa bàn tỉnh",
    "hiện",
    "đến nay",
    "hiện nay",
    "",
];

/// The words that open a rate's name ("tỷ lệ hộ nghèo", "tốc độ tăng trưởng").
const RATE_HEADS: &[&[&str]] = &[
    &["tỷ", "lệ"],
    &["tỷ", "trọng"],
    &["tốc", "độ"],
    &["chỉ", "số"],
    &["công", "suất"],
];

/// Whether a rate's name opens at token `k`.
pub(super) fn rate_head_at(toks: &[Token], k: usize) -> bool {
    RATE_HEADS.iter().any(|h| matches_at(toks, k, h))
}

/// The trimmed token range of the name in `from..to`, or `None` when only
/// connectors are there.
pub(super) fn name_range(toks: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let (mut a, mut b) = (from, to.min(toks.len()));
    // At most 14 words, but for a rate named at length ("Tỷ lệ tổ chức cơ sở
    // đảng được xếp loại hoàn thành tốt nhiệm vụ"), which keeps its head.
    if b > a + 14 {
        let head = (a..(a + 4).min(b)).find(|&k| rate_head_at(toks, k));
        a = match head {
            Some(h) if b <= h + 28 => h,
            _ => b - 14,
        };
    }
    loop {
        let before = (a, b);
        // Marks and years at the edges.
        while a < b && (toks[a].kind != Kind::Word || is_year_like(&toks[a])) {
            a += 1;
        }
        // "a) Thu ngân sách …", "2) …": a list item's label.
        if b > a + 2
            && toks[a].key.chars().count() <= 2
            && (toks[a].kind == Kind::Word || toks[a].kind == Kind::Number)
            && toks[a + 1].is(')')
        {
            a += 2;
        }
        // "GRDP năm 2023": the year is not part of the name.
        if b >= a + 2 && is_year_like(&toks[b - 1]) && toks[b - 2].key == "năm" {
            b -= 2;
        }
        while b > a && toks[b - 1].kind != Kind::Word && !toks[b - 1].is(')') {
            b -= 1;
        }
        // "cả nước" is a place (somewhere else), not "cả" + a name.
        if let Some(pat) = OPENERS.iter().find(|p| {
            a + p.len() <= b && matches_at(toks, a, p) && !matches_at(toks, a, &["cả", "nước"])
        }) {
            a += pat.len();
        }
        // "huyện phấn đấu tốc độ tăng trưởng …", "toàn tỉnh phấn đấu …": the
        // subject and the verb of a target are not its name.
        if let Some(k) = (a + 1..(a + 3).min(b)).find(|&k| {
            k + 2 < b
                && matches_at(toks, k, &["phấn", "đấu"])
                && (a..k).all(|m| toks[m].kind == Kind::Word)
        }) {
            a = k + 2;
        }
        // "giảm tỷ lệ hộ nghèo xuống …": the verb before a rate is no part
        // of its name (`verb::lead` reads it).
        if b > a + 2 && matches_at(toks, a, &["giảm"]) && rate_head_at(toks, a + 1) {
            a += 1;
        }
        // "chứng chỉ", "địa chỉ": nouns, not the adverb "chỉ".
        while b > a
            && TRAILERS.contains(&toks[b - 1].key())
            && !(toks[b - 1].key() == "chỉ"
                && b >= 2
                && matches!(toks[b - 2].key(), "chứng" | "địa"))
        {
            b -= 1;
        }
        if (a, b) == before {
            break;
        }
    }
    (a < b).then_some((a, b))
}

fn is_year_like(tok: &Token) -> bool {
    tok.kind == Kind::Number && tok.key.len() == 4
}

/// The name text of tokens `a..b`.
pub(super) fn text_of(body: &str, toks: &[Token], a: usize, b: usize) -> String {
    if a >= b {
        return String::new();
    }
    // Trimming before collapsing the spaces gives the same text (spaces are
    // trimmed too), with one copy.
    collapse(trim_name(
        body.get(toks[a].start..toks[b - 1].end).unwrap_or(""),
    ))
}

/// A name without the marks around it.
fn trim_name(text: &str) -> &str {
    text.trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '%')
}

/// Whether a name only says where ("toàn huyện").
pub(super) fn is_place(name: &str) -> bool {
    PLACES.contains(&&*super::token::key_of(name))
}

/// Words after a unit that finish a name ("hộ" + "nghèo"): up to eight words,
/// stopping at a mark or a verb.
pub(super) fn trailing_words(toks: &[Token], from: usize) -> usize {
    let mut end = from;
    while end < from + 8 {
        let Some(t) = toks.get(end) else { break };
        // "xã đạt chuẩn nông thôn mới": the standard belongs to the noun.
        if t.key == "đạt" && matches_at(toks, end + 1, &["chuẩn"]) {
            end += 1;
            continue;
        }
        // "2 xã đã hoàn thành 19/19 tiêu chí": a status with a count after
        // it opens that count's figure.
        if matches!(t.key(), "hoàn" | "không" | "chưa")
            && super::tally::status_at(toks, end)
                .is_some_and(|(_, e)| toks.get(e).is_some_and(|n| n.kind == Kind::Number))
        {
            break;
        }
        let comparing = matches!(t.key(), "cao" | "thấp") && matches_at(toks, end + 1, &["hơn"]);
        if comparing
            || t.kind != Kind::Word
            || matches!(
                t.key(),
                "đạt"
                    | "tăng"
                    | "giảm"
                    | "chiếm"
                    | "bằng"
                    | "vượt"
                    | "và"
                    | "so"
                    | "được"
                    | "với"
                    | "trong"
                    | "là"
                    | "ước"
                    | "dự"
                    | "phấn"
                    | "còn"
                    | "có"
                    | "của"
            )
        {
            break;
        }
        end += 1;
    }
    end
}

/// Names of places other than the committee's, quoted as context.
#[cfg(test)]
pub(super) fn elsewhere(name: &str) -> bool {
    elsewhere_key(&super::token::key_of(name))
}

/// Whether a name (given by its key, `key::key_of`) is about somewhere else.
pub(super) fn elsewhere_key(key: &str) -> bool {
    static ELSEWHERE: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            "cả nước",
            "toàn quốc",
            "thế giới",
            "bình quân chung",
            "mức bình quân",
            // "mức bình quân của tỉnh", not "thu nhập bình quân của người lao động".
            "bình quân của tỉnh",
            "bình quân của cả",
            "bình quân của toàn",
            "bình quân của vùng",
            "bình quân của thành phố",
            "vùng đồng bằng",
            "đồng bằng sông",
            "vùng trung du",
            "vùng tây nguyên",
            "vùng đông nam bộ",
            "vùng tây bắc",
            "vùng đông bắc",
            "vùng bắc trung bộ",
            "vùng duyên hải",
            "vùng kinh tế trọng điểm",
        ])
        .expect("the phrases build an automaton")
    });
    ELSEWHERE.is_match(key)
}

/// Whether a name (by its key) is about the whole province, which a
/// district's or commune's article quotes as context.
pub(super) fn province_wide(key: &str) -> bool {
    key.contains("toàn tỉnh") || key.contains("cả tỉnh") || key.contains("trên địa bàn tỉnh")
}

/// Whether a name ends on "của tỉnh <Name>" ("tốc độ tăng trưởng kinh tế của
/// tỉnh An Giang"), the province's own; not "theo chuẩn của tỉnh".
pub(super) fn of_a_named_province(name: &str) -> bool {
    of_named(name, "của tỉnh ")
}

/// Whether a name ends on "của thành phố <Name>" ("GRDP của thành phố Hải
/// Phòng"), the city's own, which the article of a unit within it quotes.
pub(super) fn of_a_named_city(name: &str) -> bool {
    ["của thành phố ", "của Thành phố ", "của TP. ", "của TP "]
        .iter()
        .any(|of| of_named(name, of))
}

fn of_named(name: &str, of: &str) -> bool {
    name.split(of)
        .skip(1)
        .any(|rest| rest.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a name names a unit as it was before a merger ("tỉnh Hà Giang
/// (cũ)", "thành phố Thủ Dầu Một (cũ)"): that unit's figure, context.
pub(super) fn former_unit(name: &str) -> bool {
    name.contains("(cũ)")
}

/// Whether a name names a district-level unit by its name ("thu ngân sách
/// trên địa bàn huyện Hải Lăng", "thành phố Vinh"): in a province's article,
/// that unit's figure.
pub(super) fn names_a_district(name: &str) -> bool {
    district_named(name).is_some()
}

/// The name of the first district-level unit a figure's name names
/// ("sản lượng vải thiều của huyện Lục Nam" → "Lục Nam"): its capitalised
/// words after the unit word.
pub(super) fn district_named(name: &str) -> Option<String> {
    // Most names hold no unit word: told without splitting them.
    if !["huyện", "quận", "thị xã", "thành phố"]
        .iter()
        .any(|u| name.contains(u))
    {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let unit = match *w {
            "huyện" | "quận" => 1,
            "thị" if words.get(k + 1) == Some(&"xã") => 2,
            "thành" if words.get(k + 1) == Some(&"phố") => 2,
            _ => 0,
        };
        let place: Vec<&str> = words
            .iter()
            .skip(k + unit)
            .take_while(|n| n.chars().next().is_some_and(char::is_uppercase))
            .copied()
            .collect();
        (unit > 0 && !place.is_empty()).then(|| place.join(" "))
    })
}

/// Whether a name (by its key) is about a whole district ("toàn huyện Hòa
/// Vang tăng trưởng 8,2%"), which a commune's article quotes as context.
pub(super) fn district_wide(key: &str) -> bool {
    key.contains("toàn huyện") || key.contains("cả huyện")
}

/// Whether a name (by its key) points back to a figure already given or to
/// its baseline: "con số này chỉ là 3.047 tỷ đồng", "cùng kỳ năm 2021 …
/// đã đạt 410 tỷ đồng" — the comparison's own number, not a figure.
pub(super) fn baseline(key: &str) -> bool {
    key.starts_with("con số này") || key.starts_with("con số đó") || key.starts_with("cùng kỳ")
}

/// Whether a name (by its key) is about a whole city ("tổng thu ngân sách
/// toàn thành phố"), which the article of a unit within it quotes as context.
pub(super) fn city_wide(key: &str) -> bool {
    key.contains("toàn thành phố") || key.contains("cả thành phố") || key.contains("thủ đô")
}

/// Whether a name calls the city above "Thành phố" with a capital, as its
/// own units' pages do ("thu ngân sách trên địa bàn Thành phố", "tổng thu
/// ngân sách Thành phố"), not followed by the city's name.
pub(super) fn capital_city(name: &str) -> bool {
    name.match_indices("Thành phố").any(|(at, w)| {
        let before = name[..at].split_whitespace().next_back().unwrap_or("");
        // "trên địa bàn Thành phố", "của Thành phố", "ngân sách Thành phố";
        // not "theo chuẩn Thành phố" (the city's standard, the unit's rate).
        matches!(before, "bàn" | "của" | "toàn" | "cả" | "sách")
            && name[at + w.len()..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| !c.is_uppercase())
    })
}

/// Whether a sentence opens on somewhere else: after a lead-in ("Để so
/// sánh,", "Trong khi đó,"), "cả nước", "toàn quốc", a region, or — in the
/// article of a committee below a province — "toàn tỉnh", "cả tỉnh" or
/// "tỉnh <Name>".
pub(super) fn opens_elsewhere(toks: &[Token], below_province: bool) -> bool {
    let i = super::context::past_lead(
        toks,
        &[
            &["để", "so", "sánh"],
            &["so", "sánh"],
            &["trong", "khi", "đó"],
            &["trong", "khi"],
            &["theo", "số", "liệu", "chung"],
            &["cùng", "kỳ"],
            &["cũng", "theo", "báo", "cáo"],
            &["theo", "báo", "cáo"],
        ],
    );
    // "…, hiện toàn tỉnh có 51/152 xã đạt chuẩn".
    let i = i + [&["hiện", "nay"][..], &["hiện"], &["đến", "nay"]]
        .iter()
        .find(|p| matches_at(toks, i, p))
        .map_or(0, |p| p.len());
    let at = |pat: &[&str]| matches_at(toks, i, pat);
    if at(&["cả", "nước"]) || at(&["toàn", "quốc"]) {
        return true;
    }
    if at(&["vùng"]) {
        let rest: String = toks
            .iter()
            .skip(i)
            .take(5)
            .filter(|t| t.kind == Kind::Word)
            .map(Token::key)
            .collect::<Vec<_>>()
            .join(" ");
        return elsewhere_key(&rest);
    }
    below_province && (at(&["toàn", "tỉnh"]) || at(&["cả", "tỉnh"]))
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn name(text: &str) -> Option<String> {
        let toks: Vec<Token> = Lexer::new(text).collect();
        name_range(&toks, 0, toks.len()).map(|(a, b)| text_of(text, &toks, a, b))
    }

    #[test]
    fn connectors_are_trimmed() {
        assert_eq!(
            name("Cụ thể, thu ngân sách").as_deref(),
            Some("thu ngân sách")
        );
        assert_eq!(name("trong đó thu nội địa").as_deref(), Some("thu nội địa"));
        assert_eq!(
            name("Năm 2023, tổng vốn đầu tư đã").as_deref(),
            Some("tổng vốn đầu tư")
        );
        assert_eq!(name("; và").as_deref(), None);
        assert_eq!(name("- Tỷ lệ hộ nghèo").as_deref(), Some("Tỷ lệ hộ nghèo"));
    }

    proptest::proptest! {
        #[test]
        fn trimming_and_collapsing_commute(text in "[a \t\u{a0}\u{2003}b,.)%(-]{0,20}") {
            proptest::prop_assert_eq!(
                collapse(trim_name(&text)),
                trim_name(&collapse(&text)).to_owned()
            );
        }
    }

    #[test]
    fn places_and_elsewhere() {
        assert!(is_place("Toàn huyện"));
        assert!(!is_place("thu ngân sách"));
        assert!(elsewhere("tăng trưởng GDP cả nước"));
    }
}
