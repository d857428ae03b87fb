//! The registry of party committees: the Central Committee, the provincial
//! committees (Tỉnh ủy, Thành ủy of a centrally-run city) and the district-level
//! committees (Huyện ủy, Quận ủy, Thị ủy, Thành ủy of a provincial city), each
//! with the interval it existed and the committees that took over.
//!
//! The data is embedded in the library and read once, on first use; nothing is
//! read from disk or network.
//!
//! ```
//! use chrono::NaiveDate;
//! use dangbo::registry;
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//!
//! let bac_son = registry::resolve("Huyện ủy Bắc Sơn", day(2023, 9, 15)).unwrap();
//! assert_eq!(bac_son.parent_id(), Some("tu-lang-son"));
//! assert_eq!(bac_son.province(), Some("Lạng Sơn"));
//! assert_eq!(bac_son.valid_to(), Some(day(2025, 6, 30)));
//!
//! assert!(registry::resolve("Tỉnh ủy Long An", day(2026, 1, 1)).is_none());
//! let long_an = registry::resolve("Tỉnh ủy Long An", day(2023, 9, 15)).unwrap();
//! assert_eq!(registry::successors(long_an)[0].name(), "Tỉnh ủy Tây Ninh");
//!
//! assert_eq!(registry::provinces(day(2024, 1, 1)).len(), 63);
//! assert_eq!(registry::provinces(day(2025, 7, 1)).len(), 34);
//! ```
//!
//! ## The model of the 2025 reorganization
//!
//! - A committee is valid over an interval (`valid_from`, `valid_to`, both
//!   inclusive; an unknown bound is open). The first day of a unit that existed
//!   before 2025 is not recorded: it is `None`, not invented.
//! - A province that kept its name and took in others on 2025-07-01 keeps its
//!   committee: Tỉnh ủy Tây Ninh is one committee (`tu-tay-ninh`) before and after,
//!   though after that day it also leads the former Long An. The reorganization
//!   named the merged units after the receiving one, and the receiving
//!   committee's term, numbering of sessions and document symbols go on, so the
//!   registry keeps one record rather than two with the same name.
//! - A province merged into another ends on 2025-06-30 and names the receiving
//!   committee as its successor (Tỉnh ủy Long An → Tỉnh ủy Tây Ninh). The 34
//!   provincial committees from 2025-07-01 and their predecessors
//!   ([`predecessors`] plus themselves) account for the 63 of 2025-06-30.
//! - Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01: Tỉnh ủy
//!   Thừa Thiên Huế (`tu-thua-thien-hue`) ends 2024-12-31 with Thành ủy Huế
//!   (`tu-hue`) as its successor. The district-level units of Huế name `tu-hue`
//!   as their parent; [`parent_on`] gives the one of the day.
//! - Every district-level committee ends on 2025-06-30, when the district level
//!   was abolished, with no successor (its parent remains its province).
//!
//! ## Names
//!
//! [`resolve`] reads "Tỉnh ủy X", "Thành ủy X", "Huyện ủy X", "Quận ủy X",
//! "Thị ủy X", "Đảng bộ tỉnh / thành phố / huyện / quận / thị xã X", each
//! optionally preceded by "Ban Chấp hành" or "Ban Thường vụ", and optionally
//! followed by the province ("Huyện ủy Châu Thành, tỉnh Tiền Giang"). Case,
//! tone-mark placement ("ủy" / "uỷ"), NFC or NFD, and text without any
//! diacritics all match; tones are used when given, so "Thanh Trì" (Hà Nội) and
//! "Thạnh Trị" (Sóc Trăng) stay apart. "Thành ủy" names a centrally-run city or
//! a provincial city: the locality decides (Thành ủy Hà Nội is provincial,
//! Thành ủy Tây Ninh before 2025 a district-level committee).
//!
//! ## Source and coverage
//!
//! The provinces before 2025-07-01 and their district-level units come from the
//! package [vietnamadminunits](https://github.com/tranngocminhhieu/vietnamadminunits)
//! 1.0.4 (`parser_legacy.json`), Copyright (c) 2025 Tran Ngoc Minh Hieu, used
//! under the MIT License; the file `units.tsv` beside this module is generated
//! from it by `scripts/gen-registry-data.py`, which also holds the 2025
//! reorganization. The units are those that stood just before 2025-07-01:
//! district-level units dissolved or renamed in the rearrangements of 2019–2025
//! (for example the city of Huế of Thừa Thiên Huế before 2025) are not in it.

mod data;
mod fold;

use chrono::NaiveDate;

use crate::{Committee, Level};
use data::REGISTRY;

/// Every committee in the registry, in a fixed order: the Central Committee,
/// the provincial committees, then the district-level ones.
///
/// ```
/// let all = dangbo::registry::all();
/// assert_eq!(all[0].id(), "tw");
/// assert!(all.len() > 700);
/// ```
pub fn all() -> &'static [Committee] {
    &REGISTRY.committees
}

/// The committee with this id ("tw", "tu-lang-son", "hu-bac-son-lang-son").
///
/// ```
/// let c = dangbo::registry::get("tu-lang-son").unwrap();
/// assert_eq!(c.name(), "Tỉnh ủy Lạng Sơn");
/// assert!(dangbo::registry::get("no-such-id").is_none());
/// ```
pub fn get(id: &str) -> Option<&'static Committee> {
    REGISTRY.get(id)
}

/// The committee a name means on a day, when exactly one fits.
///
/// Gives `None` when no committee of that name existed on `on`, and when
/// several did (there were ten "Huyện ủy Châu Thành"): use [`resolve_all`]
/// or [`resolve_in`] then.
///
/// ```
/// use chrono::NaiveDate;
/// use dangbo::registry::resolve;
/// let day = NaiveDate::from_ymd_opt(2023, 9, 15).unwrap();
/// assert_eq!(resolve("huyện uỷ Bắc Sơn", day).unwrap().id(), "hu-bac-son-lang-son");
/// assert_eq!(resolve("Thanh uy Ha Noi", day).unwrap().id(), "tu-ha-noi");
/// assert_eq!(resolve("Thành ủy Tây Ninh", day).unwrap().level(), dangbo::Level::District);
/// assert!(resolve("Huyện ủy Châu Thành", day).is_none());
/// ```
pub fn resolve(name: &str, on: NaiveDate) -> Option<&'static Committee> {
    match REGISTRY.resolve_all(name, None, on).as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Every committee a name can mean on a day (empty when none).
///
/// ```
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(2023, 9, 15).unwrap();
/// let all = dangbo::registry::resolve_all("Huyện ủy Châu Thành", day);
/// assert_eq!(all.len(), 10);
/// assert!(all.iter().any(|c| c.province() == Some("Tiền Giang")));
/// ```
pub fn resolve_all(name: &str, on: NaiveDate) -> Vec<&'static Committee> {
    REGISTRY.resolve_all(name, None, on)
}

/// The committee a name means on a day within a province, named as the text
/// names it ("Tiền Giang", "tỉnh Tiền Giang", "TP. Hồ Chí Minh"). The
/// province of the day counts too: a district of Huế in 2023 is found in
/// "Thừa Thiên Huế".
///
/// ```
/// use chrono::NaiveDate;
/// let day = NaiveDate::from_ymd_opt(2023, 9, 15).unwrap();
/// let c = dangbo::registry::resolve_in("Huyện ủy Châu Thành", "tỉnh Tiền Giang", day).unwrap();
/// assert_eq!(c.id(), "hu-chau-thanh-tien-giang");
/// let a_luoi = dangbo::registry::resolve_in("Huyện ủy A Lưới", "Thừa Thiên Huế", day).unwrap();
/// assert_eq!(a_luoi.province(), Some("Huế"));
/// ```
pub fn resolve_in(name: &str, province: &str, on: NaiveDate) -> Option<&'static Committee> {
    let key = fold::province_key(province);
    match REGISTRY.resolve_all(name, Some(&key), on).as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The provincial committees that existed on a day: 63 before 2025-07-01, 34
/// from then on.
///
/// ```
/// use chrono::NaiveDate;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(dangbo::registry::provinces(day(2024, 1, 1)).len(), 63);
/// assert_eq!(dangbo::registry::provinces(day(2025, 7, 1)).len(), 34);
/// ```
pub fn provinces(on: NaiveDate) -> Vec<&'static Committee> {
    all()
        .iter()
        .filter(|c| c.level() == Level::Provincial && c.is_active_on(on))
        .collect()
}

/// The district-level committees under a provincial committee on a day (none
/// from 2025-07-01).
///
/// ```
/// use chrono::NaiveDate;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let lang_son = dangbo::registry::districts_of("tu-lang-son", day(2023, 1, 1));
/// assert_eq!(lang_son.len(), 11);
/// assert!(dangbo::registry::districts_of("tu-lang-son", day(2025, 7, 1)).is_empty());
/// ```
pub fn districts_of(province_id: &str, on: NaiveDate) -> Vec<&'static Committee> {
    all()
        .iter()
        .filter(|c| {
            c.level() == Level::District
                && c.is_active_on(on)
                && REGISTRY
                    .parent_on(c, on)
                    .is_some_and(|p| p.id() == province_id)
        })
        .collect()
}

/// The committees that took over from `committee` (for a province merged on
/// 2025-07-01, the receiving one).
///
/// ```
/// let long_an = dangbo::registry::get("tu-long-an").unwrap();
/// let next = dangbo::registry::successors(long_an);
/// assert_eq!(next.len(), 1);
/// assert_eq!(next[0].id(), "tu-tay-ninh");
/// ```
pub fn successors(committee: &Committee) -> Vec<&'static Committee> {
    committee
        .successor_ids()
        .iter()
        .filter_map(|id| get(id))
        .collect()
}

/// The committees that name `committee` as a successor.
///
/// ```
/// let hcm = dangbo::registry::get("tu-ho-chi-minh").unwrap();
/// let mut before: Vec<&str> = dangbo::registry::predecessors(hcm).iter().map(|c| c.id()).collect();
/// before.sort_unstable();
/// assert_eq!(before, ["tu-ba-ria-vung-tau", "tu-binh-duong"]);
/// ```
pub fn predecessors(committee: &Committee) -> Vec<&'static Committee> {
    REGISTRY.predecessors(committee.id())
}

/// The committee one level up on a day: the parent, or, when the parent did
/// not yet exist then, its predecessor of that day.
///
/// ```
/// use chrono::NaiveDate;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let a_luoi = dangbo::registry::get("hu-a-luoi-hue").unwrap();
/// assert_eq!(dangbo::registry::parent_on(a_luoi, day(2023, 5, 1)).unwrap().id(), "tu-thua-thien-hue");
/// assert_eq!(dangbo::registry::parent_on(a_luoi, day(2025, 5, 1)).unwrap().id(), "tu-hue");
/// ```
pub fn parent_on(committee: &Committee, on: NaiveDate) -> Option<&'static Committee> {
    REGISTRY.parent_on(committee, on)
}

/// The provinces that had a district-level unit of this name ("Châu Thành",
/// "huyện Bắc Sơn"), any day, sorted and without repeats. Tones are used when
/// given, as in [`resolve`].
///
/// ```
/// let p = dangbo::registry::province_of_locality("Bắc Sơn");
/// assert_eq!(p, ["Lạng Sơn"]);
/// assert_eq!(dangbo::registry::province_of_locality("Châu Thành").len(), 10);
/// assert!(dangbo::registry::province_of_locality("Atlantis").is_empty());
/// ```
pub fn province_of_locality(locality: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = REGISTRY
        .districts_named(locality)
        .into_iter()
        .filter_map(Committee::province)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
