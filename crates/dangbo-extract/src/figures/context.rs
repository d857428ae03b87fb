//! Sentences about somewhere above the committee or about an earlier time,
//! quoted as context (EXTRACTION.md: "figures about other places quoted as
//! context" are not the committee's indicators).

use dangbo::UnitKind;

use super::token::{Kind, Token};
use super::unit::matches_at;

/// The first word of a sentence past the first of `leads` it opens with
/// (and a comma after it).
pub(super) fn past_lead(toks: &[Token], leads: &[&[&str]]) -> usize {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| t.kind != Kind::Word) {
        i += 1;
    }
    if let Some(lead) = leads.iter().find(|lead| matches_at(toks, i, lead)) {
        i += lead.len();
        if toks.get(i).is_some_and(|t| t.is(',')) {
            i += 1;
        }
    }
    i
}

/// The first word of a sentence past its lead-in ("Trên toàn tỉnh,",
/// "Trong khi đó,", "Trên địa bàn toàn thành phố,").
fn opening(toks: &[Token]) -> usize {
    past_lead(
        toks,
        &[
            &["trong", "khi", "đó"],
            &["trong", "khi"],
            &["trên", "địa", "bàn"],
            &["trên"],
            &["để", "so", "sánh"],
            &["so", "sánh"],
            &["riêng"],
        ],
    )
}

/// Whether a sentence opens on a unit above the committee's ("Toàn thành
/// phố Vinh thu ngân sách …" in a ward's article, "Trên toàn Thành phố Hà
/// Nội, …" in an urban district's) or on a neighbouring one ("huyện Gio Linh
/// lân cận tăng 6,9%"). `unit`: the committee's kind of unit.
pub(super) fn opens_above_or_beside(toks: &[Token], unit: Option<UnitKind>) -> bool {
    let i = opening(toks);
    let whole = matches_at(toks, i, &["toàn"]) || matches_at(toks, i, &["cả"]);
    let at = |pat: &[&str]| matches_at(toks, i + 1, pat);
    let above = whole
        && match unit {
            Some(UnitKind::Commune | UnitKind::Ward | UnitKind::Township) => {
                at(&["tỉnh"])
                    || at(&["huyện"])
                    || at(&["quận"])
                    || at(&["thị", "xã"])
                    || at(&["thành", "phố"])
                    || at(&["tp"])
                    || at(&["tphcm"])
            }
            Some(UnitKind::District | UnitKind::UrbanDistrict | UnitKind::Town) => {
                at(&["tỉnh"]) || at(&["thành", "phố"]) || at(&["tp"]) || at(&["tphcm"])
            }
            // A city within a centrally-run one (Thủ Đức): that one is above.
            Some(UnitKind::ProvincialCity) => {
                at(&["tỉnh"])
                    || at(&["tphcm"])
                    || (at(&["thành", "phố"]) && central_city_at(toks, i + 3))
                    || (at(&["tp"]) && central_city_at(toks, i + 2))
            }
            _ => false,
        };
    // "<unit> <Name> lân cận": a neighbour, named within the first words.
    let beside = (i..(i + 7).min(toks.len())).any(|k| matches_at(toks, k, &["lân", "cận"]))
        && ["huyện", "xã", "phường", "quận", "tỉnh", "thị"]
            .iter()
            .any(|u| matches_at(toks, i, &[u]));
    above || beside
}

/// Whether a centrally-run city's name starts at `k` ("Hồ Chí Minh", "Hà Nội").
fn central_city_at(toks: &[Token], k: usize) -> bool {
    const CITIES: &[&[&str]] = &[
        &["hồ", "chí", "minh"],
        &["hà", "nội"],
        &["hải", "phòng"],
        &["đà", "nẵng"],
        &["cần", "thơ"],
        &["huế"],
    ];
    // "TP. Hồ Chí Minh": past the dot.
    let k = if toks.get(k).is_some_and(|t| t.is('.')) {
        k + 1
    } else {
        k
    };
    CITIES.iter().any(|c| matches_at(toks, k, c))
}

/// Whether a sentence opens on a time well before the review ("Năm 2019,
/// thu ngân sách …", "So với đầu nhiệm kỳ năm 2020, khi …", "So với thời
/// điểm năm 2020, …"). Last year's results stay the committee's.
pub(super) fn opens_past(toks: &[Token], review: Option<i32>) -> bool {
    let i = opening(toks);
    let year_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Number && t.key.len() == 4)
            .and_then(|t| t.key.parse::<i32>().ok())
    };
    let long_ago = |y: i32| review.is_some_and(|r| y <= r - 2);
    if matches_at(toks, i, &["năm"]) && year_at(i + 1).is_some_and(long_ago) {
        return true;
    }
    if matches_at(toks, i, &["so", "với"]) {
        let j = i + 2;
        return matches_at(toks, j, &["đầu", "nhiệm", "kỳ"])
            || matches_at(toks, j, &["thời", "điểm", "đầu", "nhiệm", "kỳ"])
            || (matches_at(toks, j, &["thời", "điểm", "năm"])
                && year_at(j + 3).is_some_and(long_ago))
            || (matches_at(toks, j, &["năm"]) && year_at(j + 1).is_some_and(long_ago));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::token::Lexer;
    use super::*;

    fn toks(s: &str) -> Vec<Token<'_>> {
        Lexer::new(s).collect()
    }

    #[test]
    fn above_and_beside() {
        let ward = Some(UnitKind::Ward);
        let quan = Some(UnitKind::UrbanDistrict);
        let city = Some(UnitKind::ProvincialCity);
        assert!(opens_above_or_beside(
            &toks("Toàn thành phố Vinh thu ngân sách 6 tháng đạt 1.340 tỷ đồng"),
            ward
        ));
        assert!(opens_above_or_beside(
            &toks("Trên toàn Thành phố Hà Nội, thu ngân sách đạt 238.000 tỷ đồng"),
            quan
        ));
        assert!(opens_above_or_beside(
            &toks("Trong khi đó, huyện Gio Linh lân cận tăng 6,9%"),
            None
        ));
        assert!(opens_above_or_beside(
            &toks("Trên toàn tỉnh, thu ngân sách đạt 5.140 tỷ đồng"),
            Some(UnitKind::District)
        ));
        assert!(!opens_above_or_beside(
            &toks("Trên toàn tỉnh, thu ngân sách đạt 5.140 tỷ đồng"),
            Some(UnitKind::Province)
        ));
        // The committee's own city, and a quận's own "toàn quận".
        assert!(!opens_above_or_beside(
            &toks("Toàn thành phố có 12.800 ha cà phê"),
            city
        ));
        assert!(!opens_above_or_beside(
            &toks("Toàn quận có 15/15 phường đạt chuẩn"),
            quan
        ));
    }

    #[test]
    fn past() {
        assert!(opens_past(
            &toks("Năm 2019, thu ngân sách của huyện chỉ đạt 310 tỷ đồng"),
            Some(2024)
        ));
        assert!(opens_past(
            &toks("So với đầu nhiệm kỳ năm 2020, khi quy mô kinh tế mới đạt 81.000 tỷ đồng"),
            Some(2024)
        ));
        assert!(opens_past(
            &toks(
                "So với thời điểm năm 2020, khi bắt đầu nhiệm kỳ, giá trị chỉ khoảng 2.600 tỷ đồng"
            ),
            Some(2024)
        ));
        // Last year, the same period, or no known review year: kept.
        assert!(!opens_past(
            &toks("Năm 2023, thu ngân sách đạt 1.285 tỷ đồng"),
            Some(2024)
        ));
        assert!(!opens_past(
            &toks("So với cùng kỳ, thu ngân sách tăng 12%"),
            Some(2024)
        ));
        assert!(!opens_past(
            &toks("Năm 2019, thu ngân sách đạt 310 tỷ đồng"),
            None
        ));
    }
}
