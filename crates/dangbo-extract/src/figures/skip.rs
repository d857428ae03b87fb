//! Numbers that are not figures: dates, times, years, ordinals, document
//! numbers and ranges.

use super::token::{Kind, Token};

/// Numbers that are not figures: dates, times, years, ordinals, document
/// numbers, ranges. Gives one past what to skip.
pub(super) fn not_a_figure(toks: &[Token], i: usize) -> Option<usize> {
    let next = toks.get(i + 1);
    let is_number = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Number);
    // A range, a dashed date or a document symbol: "5-7%", "15-9-2023", "05-NQ/TU".
    if next.is_some_and(Token::is_dash) {
        let mut j = i + 2;
        while is_number(j) && j < i + 8 {
            j += 1;
            if toks.get(j).is_some_and(|t| t.is_dash() || t.is('/')) && is_number(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if toks.get(j).is_some_and(|t| t.is('%')) {
            j += 1;
        }
        return Some(j.max(i + 1));
    }
    // Document numbers in the state order: "12/NQ-CP".
    if next.is_some_and(|t| t.is('/'))
        && toks
            .get(i + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.key.chars().count() <= 6 && t.glued)
    {
        let upper = toks
            .get(i + 2)
            .is_some_and(|t| t.key.chars().all(|c| !c.is_lowercase()) || t.key.len() <= 3);
        if upper {
            return Some(i + 1);
        }
    }
    // Times: "8h30", "8:30" — an hour of one or two digits, the minutes
    // glued to the colon ("năm 2019: 12/12 chỉ tiêu" is no time).
    if toks[i].key.len() <= 2
        && next.is_some_and(|t| {
            t.glued
                && (t.key == "h" || t.key == "giờ" || t.is(':'))
                && is_number(i + 2)
                && (!t.is(':') || toks[i + 2].glued)
        })
    {
        return Some(i + 3);
    }
    // The number of a date, an ordinal, a document or a place.
    let prev = i.checked_sub(1).map(|k| &toks[k]);
    let percent = next.is_some_and(|t| t.is('%'));
    // After a time word the number is a date part only when it can be one:
    // "năm 2023", "tháng 9", not "cả năm 69.820 ha" or "năm 1,5 triệu tấn".
    let dated = prev.is_some_and(|p| matches!(p.key(), "năm" | "tháng" | "quý"));
    let date_part = toks[i].key.len() <= 4 && toks[i].key.bytes().all(|b| b.is_ascii_digit());
    // A label is a whole number: "chỉnh trang 1,2km vỉa hè" is a figure.
    let decimal = toks[i].key.contains(',');
    if !percent
        && !decimal
        && (date_part || !dated)
        && prev.is_some_and(|p| p.kind == Kind::Word && numbers_a_thing(&p.key))
        && !resolves_or_grants(toks, i)
    {
        let mut j = i + 1;
        while j < i + 5
            && toks
                .get(j)
                .is_some_and(|t| t.glued && (t.is('/') || t.is('.') || t.is_dash()))
            && is_number(j + 1)
        {
            j += 2;
        }
        return Some(j);
    }
    // "giá trị sản xuất trên 1 ha đất canh tác đạt …": "trên"/"mỗi" 1 ha of
    // land is "per hectare", part of the indicator's name ("trồng mới trên
    // 1 ha sâm" is an amount).
    if prev.is_some_and(|p| matches!(p.key(), "trên" | "mỗi"))
        && matches!(toks[i].key(), "1" | "01")
        && next.is_some_and(|t| t.key() == "ha")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.key(), "đất" | "canh" | "diện" | "gieo"))
    {
        return Some(i + 2);
    }
    // A milestone passed ("lần đầu tiên vượt mốc 50.000 tỷ đồng"): the
    // figure is the one the sentence gives, not the round number.
    if prev.is_some_and(|p| p.key() == "mốc") {
        return Some(i + 1);
    }
    // The meeting's own proceedings: "14 lượt đại biểu đã phát biểu", "có
    // 12 ý kiến thảo luận".
    if speakers_at(toks, i + 1) {
        return Some(i + 1);
    }
    // A level compared with: "cao hơn mức tăng trưởng 7,6% của toàn tỉnh".
    if compared_level(toks, i) {
        return Some(if percent { i + 2 } else { i + 1 });
    }
    // The second half of a fraction or date already read.
    if prev.is_some_and(|p| p.is('/') && p.glued) && i >= 2 && is_number(i - 2) {
        return Some(i + 1);
    }
    None
}

/// Whether the number at `i` is the level another figure is compared with:
/// "(cao|thấp|nhanh) hơn mức [tăng trưởng GRDP] N" — the words between
/// "mức" and the number name the level — or a level in parentheses after
/// what it belongs to: "cao hơn năm 2016 (3,6%)", "cao hơn đặc khu Phú Quốc
/// (65%)". Not "cao hơn 0,5%": that is the difference itself.
fn compared_level(toks: &[Token], i: usize) -> bool {
    let Some(h) = (i.saturating_sub(8)..i).rev().find(|&k| {
        k >= 1
            && toks[k].key() == "hơn"
            && matches!(toks[k - 1].key(), "cao" | "thấp" | "nhanh" | "chậm")
    }) else {
        return false;
    };
    let between = &toks[h + 1..i];
    let Some((first, _)) = between.split_first() else {
        return false;
    };
    let level = first.key() == "mức" && between.iter().all(|t| t.kind == Kind::Word);
    let year = |t: &Token| t.kind == Kind::Number && t.key.len() == 4;
    let paren = between.len() >= 2
        && toks[i - 1].is('(')
        && between[..between.len() - 1]
            .iter()
            .all(|t| t.kind == Kind::Word || year(t));
    level || paren
}

/// "giải quyết 1.526 hồ sơ", "cấp 1.215 giấy chứng nhận", "cây điều 14.500
/// ha", "kết luận 6 đảng viên": words that end like a label word ("Quyết
/// định 12", "cấp 2", "Điều 5", "Kết luận 6") before a count.
fn resolves_or_grants(toks: &[Token], i: usize) -> bool {
    let prev = |k: usize| i.checked_sub(k).map(|j| toks[j].key());
    match prev(1) {
        Some("quyết") => prev(2) == Some("giải"),
        // "qua kiểm tra kết luận 6 đảng viên có vi phạm", not "Kết luận 6-KL/TW".
        Some("luận") => {
            prev(2) == Some("kết") && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
        }
        Some("cấp") => toks[i].key.len() > 1,
        // "diện tích điều 148.300 ha": the cashew, not "Điều 5" of a law.
        Some("điều") => toks[i].key.contains('.'),
        _ => false,
    }
}

/// Words before a number that make it a date, an ordinal or a label.
/// Whether the words from `j` count those who spoke at the meeting: "lượt
/// đại biểu (đã) phát biểu", "ý kiến (phát biểu|thảo luận|tham luận)",
/// "đại biểu (đã) tham luận".
fn speakers_at(toks: &[Token], j: usize) -> bool {
    let key = |k: usize| toks.get(k).map_or("", |t| t.key());
    let mut k = j;
    if key(k) == "lượt" {
        k += 1;
    }
    let noun = match (key(k), key(k + 1)) {
        ("đại", "biểu") | ("ý", "kiến") => 2,
        _ => return false,
    };
    k += noun;
    if key(k) == "đã" {
        k += 1;
    }
    matches!(
        (key(k), key(k + 1)),
        ("phát", "biểu") | ("thảo" | "tham", "luận")
    )
}

fn numbers_a_thing(key: &str) -> bool {
    matches!(
        key,
        "số" | "thứ"
            | "lần"
            | "khóa"
            | "kỳ"
            | "năm"
            | "tháng"
            | "ngày"
            | "quý"
            | "đoạn"
            | "sáng"
            | "chiều"
            | "tối"
            | "trưa"
            | "đêm"
            | "hôm"
            | "lúc"
            | "điều"
            | "khoản"
            | "chương"
            | "mục"
            | "phần"
            | "trang"
            | "tổ"
            | "ấp"
            | "thôn"
            | "khu"
            | "phòng"
            | "quyết"
            | "định"
            | "thị"
            | "luận"
            | "tư"
            | "án"
            | "lộ"
            | "tuyến"
            | "xóm"
            | "đợt"
            | "phiên"
            | "cấp"
            | "hạng"
            | "top"
            | "lớp"
            | "tầng"
            | "km"
            | "nq"
            | "ct"
            | "kl"
            | "qđ"
            | "hd"
            | "tb"
    )
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn last_number_skipped(text: &str) -> bool {
        let toks: Vec<Token> = Lexer::new(text).collect();
        let i = toks.iter().rposition(|t| t.kind == Kind::Number).unwrap();
        not_a_figure(&toks, i).is_some()
    }

    #[test]
    fn a_level_compared_with() {
        assert!(last_number_skipped(
            "cao hơn mức tăng trưởng 7,65% của toàn tỉnh"
        ));
        assert!(last_number_skipped("thấp hơn mức 6,4%"));
        assert!(!last_number_skipped("ở mức 6,4%"));
        assert!(!last_number_skipped("cao hơn năm trước, đạt 6,4%"));
        assert!(last_number_skipped("mức giảm này cao hơn năm 2016 (3,6%)"));
        assert!(last_number_skipped("cao hơn đặc khu Phú Quốc (65%)"));
        assert!(!last_number_skipped("cao hơn 0,5% so với cùng kỳ"));
    }
}
