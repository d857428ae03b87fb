//! The registry of committees: counts, names, dates, and the 2025 reorganization.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use dangbo::registry::{self, resolve, resolve_all, resolve_in};
use dangbo::{Committee, Draft, Level, UnitKind};
use unicode_normalization::UnicodeNormalization;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const BEFORE: fn() -> NaiveDate = || day(2023, 9, 15);
const LAST_OLD: fn() -> NaiveDate = || day(2025, 6, 30);
const AFTER: fn() -> NaiveDate = || day(2025, 7, 1);

fn ids(cs: &[&Committee]) -> BTreeSet<String> {
    cs.iter().map(|c| c.id().to_owned()).collect()
}

fn id_of(name: &str, on: NaiveDate) -> Option<&'static str> {
    resolve(name, on).map(Committee::id)
}

#[test]
fn every_data_row_becomes_a_valid_committee() {
    let text = include_str!("../src/registry/units.tsv");
    let rows = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .count();
    assert_eq!(registry::all().len(), rows);
    for c in registry::all() {
        assert!(c.to_draft().build().is_ok(), "{}", c.id());
        assert!(c.validate().is_empty(), "{}: {:?}", c.id(), c.validate());
    }
    let unique: BTreeSet<&str> = registry::all().iter().map(Committee::id).collect();
    assert_eq!(unique.len(), registry::all().len());
}

#[test]
fn province_counts_before_and_after_the_reorganization() {
    assert_eq!(registry::provinces(day(2024, 1, 1)).len(), 63);
    assert_eq!(registry::provinces(day(2025, 3, 1)).len(), 63);
    assert_eq!(registry::provinces(LAST_OLD()).len(), 63);
    assert_eq!(registry::provinces(AFTER()).len(), 34);
    assert_eq!(registry::provinces(day(2030, 1, 1)).len(), 34);
    let cities: BTreeSet<&str> = registry::provinces(AFTER())
        .into_iter()
        .filter(|c| c.unit_kind() == UnitKind::CentrallyRunCity)
        .filter_map(Committee::locality)
        .collect();
    assert_eq!(
        cities,
        [
            "Cần Thơ",
            "Huế",
            "Hà Nội",
            "Hải Phòng",
            "Hồ Chí Minh",
            "Đà Nẵng"
        ]
        .into_iter()
        .collect()
    );
    let in_2024 = ids(&registry::provinces(day(2024, 1, 1)));
    assert!(in_2024.contains("tu-thua-thien-hue") && !in_2024.contains("tu-hue"));
}

#[test]
fn district_counts_before_and_after_the_reorganization() {
    let districts = |on| {
        registry::all()
            .iter()
            .filter(|c| c.level() == Level::District && c.is_active_on(on))
            .count()
    };
    let before = districts(LAST_OLD());
    assert!((680..=720).contains(&before), "{before}");
    assert!(districts(day(2024, 1, 1)) >= 690);
    assert_eq!(districts(AFTER()), 0);
    let per_province: usize = registry::provinces(LAST_OLD())
        .iter()
        .map(|p| registry::districts_of(p.id(), LAST_OLD()).len())
        .sum();
    assert_eq!(per_province, before);
    for p in registry::provinces(AFTER()) {
        assert!(registry::districts_of(p.id(), AFTER()).is_empty());
    }
}

#[test]
fn api_examples() {
    let bac_son = resolve("Huyện ủy Bắc Sơn", BEFORE()).unwrap();
    assert_eq!(bac_son.parent_id(), Some("tu-lang-son"));
    assert_eq!(bac_son.province(), Some("Lạng Sơn"));
    assert_eq!(bac_son.locality(), Some("Bắc Sơn"));
    assert_eq!(bac_son.unit_kind(), UnitKind::District);
    assert_eq!(bac_son.valid_to(), Some(LAST_OLD()));
    assert_eq!(bac_son.valid_from(), None);
    assert!(resolve("Huyện ủy Bắc Sơn", AFTER()).is_none());

    assert!(resolve("Tỉnh ủy Long An", day(2026, 1, 1)).is_none());
    let long_an = resolve("Tỉnh ủy Long An", BEFORE()).unwrap();
    let next = registry::successors(long_an);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].name(), "Tỉnh ủy Tây Ninh");
    assert_eq!(next[0].locality(), Some("Tây Ninh"));
}

#[test]
fn continuing_and_receiving_committees_keep_their_id() {
    assert_eq!(id_of("Tỉnh ủy Lạng Sơn", BEFORE()), Some("tu-lang-son"));
    assert_eq!(
        id_of("Tỉnh ủy Lạng Sơn", day(2026, 1, 1)),
        Some("tu-lang-son")
    );
    assert_eq!(id_of("Tỉnh ủy Tây Ninh", BEFORE()), Some("tu-tay-ninh"));
    assert_eq!(
        id_of("Tỉnh ủy Tây Ninh", day(2026, 1, 1)),
        Some("tu-tay-ninh")
    );
    assert_eq!(
        id_of("Thành ủy TP. Hồ Chí Minh", day(2026, 1, 1)),
        Some("tu-ho-chi-minh")
    );
    assert!(resolve("Tỉnh ủy Bình Dương", day(2026, 1, 1)).is_none());
}

#[test]
fn hue_changes_kind_on_2025_01_01() {
    assert_eq!(
        id_of("Tỉnh ủy Thừa Thiên Huế", day(2024, 12, 31)),
        Some("tu-thua-thien-hue")
    );
    assert!(resolve("Tỉnh ủy Thừa Thiên Huế", day(2025, 1, 1)).is_none());
    assert!(resolve("Thành ủy Huế", day(2024, 12, 31)).is_none());
    let hue = resolve("Thành ủy Huế", day(2025, 1, 1)).unwrap();
    assert_eq!(hue.unit_kind(), UnitKind::CentrallyRunCity);
    assert_eq!(hue.level(), Level::Provincial);
    let tth = registry::get("tu-thua-thien-hue").unwrap();
    assert_eq!(ids(&registry::successors(tth)), ids(&[hue]));
    assert!(resolve("Quận ủy Phú Xuân", day(2024, 6, 1)).is_none());
    assert!(resolve("Quận ủy Phú Xuân", day(2025, 2, 1)).is_some());
    let a_luoi = resolve("Huyện ủy A Lưới", day(2023, 1, 1)).unwrap();
    assert_eq!(
        registry::parent_on(a_luoi, day(2023, 1, 1)).unwrap().id(),
        "tu-thua-thien-hue"
    );
    assert_eq!(
        registry::parent_on(a_luoi, day(2025, 3, 1)).unwrap().id(),
        "tu-hue"
    );
    assert!(registry::districts_of("tu-thua-thien-hue", day(2023, 1, 1)).len() >= 7);
}

#[test]
fn names_match_in_any_case_tone_placement_and_normal_form() {
    let want = Some("hu-bac-son-lang-son");
    let nfd: String = "Huyện ủy Bắc Sơn".nfd().collect();
    for name in [
        "Huyện ủy Bắc Sơn",
        "huyện uỷ Bắc Sơn",
        "HUYỆN UỶ BẮC SƠN",
        nfd.as_str(),
        "Huyen uy Bac Son",
        "  Huyện   ủy  Bắc Sơn ",
        "Ban Chấp hành Đảng bộ huyện Bắc Sơn",
        "Ban Thường vụ Huyện ủy Bắc Sơn",
        "Đảng bộ huyện Bắc Sơn",
    ] {
        assert_eq!(id_of(name, BEFORE()), want, "{name}");
    }
    for name in [
        "Thành ủy Hồ Chí Minh",
        "Thành ủy TP. Hồ Chí Minh",
        "Thành uỷ Thành phố Hồ Chí Minh",
        "Đảng bộ TP Hồ Chí Minh",
    ] {
        assert_eq!(id_of(name, BEFORE()), Some("tu-ho-chi-minh"), "{name}");
    }
    assert_eq!(
        id_of("Đảng bộ tỉnh Lạng Sơn", BEFORE()),
        Some("tu-lang-son")
    );
    assert_eq!(id_of("Tỉnh uỷ Thanh Hoá", BEFORE()), Some("tu-thanh-hoa"));
    assert_eq!(
        id_of("Tỉnh ủy Bà Rịa – Vũng Tàu", BEFORE()),
        Some("tu-ba-ria-vung-tau")
    );
    assert_eq!(
        id_of("Quận ủy Quận 1", BEFORE()),
        Some("qu-quan-1-ho-chi-minh")
    );
    assert_eq!(
        id_of("Đảng bộ Quận 1", BEFORE()),
        Some("qu-quan-1-ho-chi-minh")
    );
    assert_eq!(
        id_of("Thị ủy Hương Thủy", BEFORE()),
        Some("tx-huong-thuy-hue")
    );
    assert_eq!(
        id_of("Thị uỷ Hương Thuỷ", BEFORE()),
        Some("tx-huong-thuy-hue")
    );
    assert_eq!(id_of("Ban Chấp hành Trung ương", BEFORE()), Some("tw"));
    assert_eq!(id_of("Ban Chấp hành Trung ương Đảng", AFTER()), Some("tw"));
}

#[test]
fn the_locality_decides_what_thanh_uy_means() {
    let tay_ninh = resolve("Thành ủy Tây Ninh", BEFORE()).unwrap();
    assert_eq!(tay_ninh.level(), Level::District);
    assert_eq!(tay_ninh.unit_kind(), UnitKind::ProvincialCity);
    assert_eq!(tay_ninh.parent_id(), Some("tu-tay-ninh"));
    assert_eq!(
        resolve("Đảng bộ thành phố Tây Ninh", BEFORE()).map(Committee::id),
        Some(tay_ninh.id())
    );
    let ha_noi = resolve("Thành ủy Hà Nội", BEFORE()).unwrap();
    assert_eq!(ha_noi.level(), Level::Provincial);
    assert!(resolve("Thành ủy Tây Ninh", AFTER()).is_none());
    // The same place name for a city and a rural district of one province.
    let city = resolve("Thành ủy Cao Lãnh", BEFORE()).unwrap();
    let rural = resolve("Huyện ủy Cao Lãnh", BEFORE()).unwrap();
    assert_ne!(city.id(), rural.id());
    assert_eq!(
        (city.province(), rural.province()),
        (Some("Đồng Tháp"), Some("Đồng Tháp"))
    );
}

#[test]
fn tones_tell_places_apart_when_given() {
    assert_eq!(
        resolve("Huyện ủy Thanh Trì", BEFORE()).unwrap().province(),
        Some("Hà Nội")
    );
    assert_eq!(
        resolve("Huyện ủy Thạnh Trị", BEFORE()).unwrap().province(),
        Some("Sóc Trăng")
    );
    assert!(resolve("Huyen uy Thanh Tri", BEFORE()).is_none());
    assert_eq!(resolve_all("Huyen uy Thanh Tri", BEFORE()).len(), 2);
    assert_eq!(registry::province_of_locality("Phù Ninh"), ["Phú Thọ"]);
    assert_eq!(
        registry::province_of_locality("Phu Ninh"),
        ["Phú Thọ", "Quảng Nam"]
    );
}

#[test]
fn ambiguous_names_need_a_province() {
    assert!(resolve("Huyện ủy Châu Thành", BEFORE()).is_none());
    let all = resolve_all("Huyện ủy Châu Thành", BEFORE());
    assert_eq!(all.len(), 10);
    assert!(all
        .iter()
        .all(|c| c.locality() == Some("Châu Thành") && c.unit_kind() == UnitKind::District));
    let provinces: BTreeSet<&str> = all.iter().filter_map(|c| c.province()).collect();
    assert_eq!(provinces.len(), 10);
    assert_eq!(registry::province_of_locality("Châu Thành").len(), 10);
    assert_eq!(registry::province_of_locality("huyện Châu Thành").len(), 10);

    let tg = resolve_in("Huyện ủy Châu Thành", "Tiền Giang", BEFORE()).unwrap();
    assert_eq!(tg.province(), Some("Tiền Giang"));
    assert_eq!(
        resolve_in("Huyện ủy Châu Thành", "tỉnh Tiền Giang", BEFORE()).map(Committee::id),
        Some(tg.id())
    );
    assert_eq!(
        resolve_in("huyen uy chau thanh", "TIEN GIANG", BEFORE()).map(Committee::id),
        Some(tg.id())
    );
    assert_eq!(
        id_of("Huyện ủy Châu Thành, tỉnh Tiền Giang", BEFORE()),
        Some(tg.id())
    );
    assert_eq!(
        id_of("Huyện ủy Châu Thành (Tiền Giang)", BEFORE()),
        Some(tg.id())
    );
    assert!(resolve_in("Huyện ủy Châu Thành", "Lạng Sơn", BEFORE()).is_none());
    assert!(resolve_in("Huyện ủy Châu Thành", "Tiền Giang", AFTER()).is_none());
    assert!(resolve_all("Huyện ủy Châu Thành", AFTER()).is_empty());
}

#[test]
fn non_names_resolve_to_nothing() {
    for name in [
        "",
        "Lạng Sơn",
        "Huyện ủy",
        "Huyện ủy Atlantis",
        "Tỉnh ủy Bắc Sơn",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "🙂",
    ] {
        assert!(resolve_all(name, BEFORE()).is_empty(), "{name}");
    }
    assert!(registry::get("").is_none());
    assert!(registry::province_of_locality("").is_empty());
}

#[test]
fn every_successor_and_parent_exists_and_parents_are_one_level_up() {
    for c in registry::all() {
        for s in c.successor_ids() {
            let s = registry::get(s).unwrap_or_else(|| panic!("{}: successor {s}", c.id()));
            assert_eq!(s.level(), c.level(), "{}", c.id());
            assert!(
                c.valid_to()
                    .is_some_and(|end| s.is_active_on(end.succ_opt().unwrap())),
                "{}",
                c.id()
            );
        }
        match c.parent_id() {
            None => assert_eq!(c.id(), "tw"),
            Some(p) => {
                let parent = registry::get(p).unwrap_or_else(|| panic!("{}: parent {p}", c.id()));
                assert_eq!(Some(parent.level()), c.level().parent(), "{}", c.id());
            }
        }
        if c.level() == Level::District {
            assert_eq!(c.valid_to(), Some(LAST_OLD()), "{}", c.id());
            assert!(c.successor_ids().is_empty());
            assert_eq!(
                registry::parent_on(c, c.valid_to().unwrap()).and_then(Committee::locality),
                c.province()
            );
        }
    }
}

#[test]
fn the_34_and_their_predecessors_account_for_the_63_exactly_once() {
    let old = ids(&registry::provinces(LAST_OLD()));
    assert_eq!(old.len(), 63);
    let mut seen: HashMap<String, String> = HashMap::new();
    for new in registry::provinces(AFTER()) {
        let mut parts = registry::predecessors(new);
        if new.is_active_on(LAST_OLD()) {
            parts.push(new);
        }
        assert!(!parts.is_empty(), "{}", new.id());
        for p in parts.iter().filter(|p| p.is_active_on(LAST_OLD())) {
            assert!(
                seen.insert(p.id().to_owned(), new.id().to_owned())
                    .is_none(),
                "{} twice",
                p.id()
            );
        }
    }
    assert_eq!(seen.keys().cloned().collect::<BTreeSet<_>>(), old);
    assert_eq!(seen["tu-long-an"], "tu-tay-ninh");
    assert_eq!(seen["tu-ha-nam"], "tu-ninh-binh");
    assert_eq!(seen["tu-ninh-binh"], "tu-ninh-binh");
    let merged = registry::provinces(LAST_OLD())
        .into_iter()
        .filter(|c| !c.is_active_on(AFTER()))
        .count();
    assert_eq!(merged, 29);
}
