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
    if past_time_at(toks, i, review) {
        return true;
    }
    // A time recalled in a speech: "Bí thư Tỉnh ủy nhắc lại, năm 2015, …",
    // "Nhắc lại rằng giai đoạn 2010 - 2015, …", "… so sánh: năm 2020, …".
    let recalled = (0..toks.len().min(12)).find_map(|k| {
        [&["nhắc", "lại"][..], &["so", "sánh"], &["lưu", "ý"]]
            .iter()
            .find(|p| matches_at(toks, k, p))
            .map(|p| k + p.len())
    });
    // (The cue is followed by a mark or "rằng": "giá so sánh năm 2010" is a price base.)
    if let Some(mut j) = recalled.filter(|&j| {
        toks.get(j)
            .is_some_and(|t| t.is(',') || t.is(':') || t.key() == "rằng")
    }) {
        while toks
            .get(j)
            .is_some_and(|t| t.is(',') || t.is(':') || t.key() == "rằng")
        {
            j += 1;
        }
        if (matches_at(toks, j, &["năm"]) || opens_term(toks, j)) && past_time_at(toks, j, review)
        {
            return true;
        }
    }
    let year_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Number && t.key.len() == 4)
            .and_then(|t| t.key.parse::<i32>().ok())
    };
    let long_ago = |y: i32| review.is_some_and(|r| y <= r - 2);
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

/// Whether "[đầu|cuối] nhiệm kỳ" or "[đầu|cuối] giai đoạn" starts at `i`.
fn opens_term(toks: &[Token], i: usize) -> bool {
    let i = i + usize::from(matches!(toks.get(i).map(Token::key), Some("đầu" | "cuối")));
    matches_at(toks, i, &["nhiệm", "kỳ"]) || matches_at(toks, i, &["giai", "đoạn"])
}

/// Whether a time well before the review starts at `i`: "năm Y" two years
/// or more before it, or "[đầu] nhiệm kỳ / giai đoạn Y1 - Y2" ending before
/// the review's year (the term before the one under review).
fn past_time_at(toks: &[Token], i: usize, review: Option<i32>) -> bool {
    let year_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Number && t.key.len() == 4)
            .and_then(|t| t.key.parse::<i32>().ok())
    };
    let Some(r) = review else { return false };
    if matches_at(toks, i, &["năm"]) {
        return year_at(i + 1).is_some_and(|y| y <= r - 2);
    }
    if !opens_term(toks, i) {
        return false;
    }
    let first = i + 2 + usize::from(matches!(toks[i].key(), "đầu" | "cuối"));
    let dash = toks.get(first + 1).is_some_and(Token::is_dash);
    dash && year_at(first).is_some() && year_at(first + 2).is_some_and(|y2| y2 < r)
}

/// Whether a committee of this kind of unit sits below a city ("quận",
/// "phường", a district of a centrally-run city), so that "toàn thành phố"
/// in a figure's name is the city above it. Only a city's own committee
/// (or one whose kind is unknown) owns the whole city's figures.
pub(super) fn below_a_city(unit: Option<dangbo::UnitKind>) -> bool {
    use dangbo::UnitKind as U;
    matches!(
        unit,
        Some(U::District | U::UrbanDistrict | U::Town | U::Commune | U::Ward | U::Township)
    )
}

/// Whether a committee of this kind of unit sits below a district (a
/// commune, a ward, a township), so that "toàn huyện" is the district above.
pub(super) fn below_a_district(unit: Option<dangbo::UnitKind>) -> bool {
    use dangbo::UnitKind as U;
    matches!(unit, Some(U::Commune | U::Ward | U::Township))
}

/// Whether, in the article of a district-level committee, a figure's
/// name names another district-level unit ("sản lượng vải thiều của
/// huyện Lục Nam" in Lục Ngạn's): that unit's figure. `locality`: the
/// committee's place, folded.
pub(super) fn another_district(
    unit: Option<dangbo::UnitKind>,
    locality: Option<&str>,
    name: Option<&str>,
) -> bool {
    use dangbo::UnitKind as U;
    let district = matches!(
        unit,
        Some(U::District | U::UrbanDistrict | U::Town | U::ProvincialCity)
    );
    let Some(own) = locality.filter(|_| district) else {
        return false;
    };
    let Some(named) = name.and_then(super::name::district_named) else {
        return false;
    };
    let named = crate::text::fold(&named);
    !(named.starts_with(own) || own.starts_with(named.as_str()))
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

    #[test]
    fn recalled_in_a_speech_or_a_past_term() {
        assert!(opens_past(
            &toks("Bí thư Huyện ủy nhắc lại, năm 2015, thu ngân sách mới đạt 120 tỷ đồng"),
            Some(2018)
        ));
        assert!(opens_past(
            &toks("Nhắc lại rằng giai đoạn 2010 - 2015, thị xã mới đón 600.000 lượt khách"),
            Some(2019)
        ));
        assert!(opens_past(
            &toks("Đồng chí lưu ý: đầu nhiệm kỳ 2015 - 2020, tỷ lệ hộ nghèo còn 3,6%"),
            Some(2022)
        ));
        assert!(opens_past(
            &toks("Giai đoạn 2016 - 2020, tăng trưởng kinh tế bình quân 6,4%/năm"),
            Some(2021)
        ));
        // The term under review, a price base, a recalled last year: kept.
        assert!(!opens_past(
            &toks("Giai đoạn 2016 - 2020, tăng trưởng kinh tế bình quân 6,4%/năm"),
            Some(2020)
        ));
        assert!(!opens_past(
            &toks("Giá trị sản xuất (giá so sánh năm 2010) ước đạt 14.260 tỷ đồng"),
            Some(2021)
        ));
        assert!(!opens_past(
            &toks("Đồng chí nhắc lại, năm 2020, huyện thu ngân sách đạt 300 tỷ đồng"),
            Some(2021)
        ));
    }
}
