//! Keys for matching names in any tone placement, case or Unicode form, and
//! the reading of a committee name into the kinds of unit it can name and the
//! words of its place.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::UnitKind;

/// The five tone marks (huyền, sắc, ngã, hỏi, nặng) in decomposed form. The
/// other marks (circumflex, breve, horn) change the vowel and are kept.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// The words of a text, each in two keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Words {
    /// Lower case, letters with their vowel marks, the word's tone mark moved to
    /// its end: "ủy" and "uỷ" both give "uy\u{309}", "Thạnh" and "Thành" differ.
    pub exact: Vec<String>,
    /// Lower case, no marks at all, "đ" as "d": for text typed without them.
    pub loose: Vec<String>,
}

impl Words {
    /// The words from `start` on.
    fn tail(&self, start: usize) -> Words {
        Words {
            exact: self.exact.get(start..).unwrap_or_default().to_vec(),
            loose: self.loose.get(start..).unwrap_or_default().to_vec(),
        }
    }

    /// The words before `end`.
    pub fn head(&self, end: usize) -> Words {
        Words {
            exact: self.exact.get(..end).unwrap_or_default().to_vec(),
            loose: self.loose.get(..end).unwrap_or_default().to_vec(),
        }
    }

    /// Whether the loose words from `at` on start with `prefix`.
    fn starts_with(&self, at: usize, prefix: &[&str]) -> bool {
        self.loose.get(at..).is_some_and(|rest| {
            rest.len() >= prefix.len() && rest.iter().zip(prefix).all(|(w, p)| w == p)
        })
    }

    /// The exact key of all words.
    pub fn exact_key(&self) -> String {
        self.exact.join(" ")
    }

    /// The loose key of all words.
    pub fn loose_key(&self) -> String {
        self.loose.join(" ")
    }

    pub fn len(&self) -> usize {
        self.loose.len()
    }
}

/// Splits `text` into words (runs of letters and digits; anything else
/// separates) and gives both keys of each.
pub(super) fn words(text: &str) -> Words {
    let mut out = Words::default();
    let mut base = String::new();
    let mut loose = String::new();
    let mut tone: Option<char> = None;
    let mut flush = |base: &mut String, loose: &mut String, tone: &mut Option<char>| {
        if !base.is_empty() {
            let mut exact: String = base.nfc().collect();
            exact.extend(tone.take());
            out.exact.push(exact);
            out.loose.push(std::mem::take(loose));
            base.clear();
        }
        *tone = None;
    };
    for c in text.nfd().flat_map(char::to_lowercase) {
        if TONES.contains(&c) {
            if !base.is_empty() {
                tone = Some(c);
            }
        } else if is_combining_mark(c) {
            if !base.is_empty() {
                base.push(c);
            }
        } else if c.is_alphanumeric() {
            base.push(c);
            loose.push(if c == 'đ' { 'd' } else { c });
        } else {
            flush(&mut base, &mut loose, &mut tone);
        }
    }
    flush(&mut base, &mut loose, &mut tone);
    out
}

/// Tone-insensitive folding: lower case, no diacritics, "đ" as "d", words
/// separated by one space.
pub(super) fn fold(text: &str) -> String {
    words(text).loose_key()
}

/// What a committee name says: the kinds of unit it can name, and the words
/// that follow (the place, perhaps with its province).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Query {
    pub kinds: &'static [UnitKind],
    pub rest: Words,
}

const PROVINCE: &[UnitKind] = &[UnitKind::Province];
const CITY: &[UnitKind] = &[UnitKind::CentrallyRunCity, UnitKind::ProvincialCity];
const DISTRICT: &[UnitKind] = &[UnitKind::District];
const URBAN: &[UnitKind] = &[UnitKind::UrbanDistrict];
const TOWN: &[UnitKind] = &[UnitKind::Town];
const CENTRAL: &[UnitKind] = &[UnitKind::Central];

/// Committee words ("Tỉnh ủy") and the kinds they name.
const COMMITTEE_WORDS: &[(&[&str], &[UnitKind])] = &[
    (&["tinh", "uy"], PROVINCE),
    (&["thanh", "uy"], CITY),
    (&["huyen", "uy"], DISTRICT),
    (&["quan", "uy"], URBAN),
    (&["thi", "uy"], TOWN),
];

/// Unit words ("tỉnh", "thành phố") after "Đảng bộ", and the kinds they name.
const UNIT_WORDS: &[(&[&str], &[UnitKind])] = &[
    (&["tinh"], PROVINCE),
    (&["thanh", "pho"], CITY),
    (&["tp"], CITY),
    (&["huyen"], DISTRICT),
    (&["quan"], URBAN),
    (&["thi", "xa"], TOWN),
];

/// Words that may open a name and name the same committee: its organs.
const ORGAN_WORDS: &[&[&str]] = &[
    &["ban", "chap", "hanh"],
    &["ban", "thuong", "vu"],
    &["thuong", "truc"],
    &["bch"],
    &["btv"],
];

/// Reads a committee name ("Huyện ủy Bắc Sơn", "Ban Chấp hành Đảng bộ tỉnh
/// Lạng Sơn", "Thành ủy TP. Hồ Chí Minh") into the readings it allows, most
/// likely first. No reading: not a committee name.
pub(super) fn queries(name: &str) -> Vec<Query> {
    let w = words(name);
    let mut at = 0;
    while let Some(organ) = ORGAN_WORDS.iter().find(|o| w.starts_with(at, o)) {
        at += organ.len();
    }
    let rest = w.tail(at);
    if matches!(
        rest.loose_key().as_str(),
        "trung uong" | "trung uong dang" | "dang trung uong"
    ) && at > 0
    {
        return vec![Query {
            kinds: CENTRAL,
            rest: Words::default(),
        }];
    }
    let mut out = Vec::new();
    if let Some((word, kinds)) = COMMITTEE_WORDS.iter().find(|(p, _)| w.starts_with(at, p)) {
        let after = at + word.len();
        // "Thành ủy TP. Hồ Chí Minh", "Thành ủy thành phố Thủ Đức".
        if *kinds == CITY {
            if let Some(tp) = [&["thanh", "pho"][..], &["tp"][..]]
                .iter()
                .find(|p| w.starts_with(after, p))
            {
                out.push(Query {
                    kinds,
                    rest: w.tail(after + tp.len()),
                });
            }
        }
        out.push(Query {
            kinds,
            rest: w.tail(after),
        });
    } else if w.starts_with(at, &["dang", "bo"]) {
        let after = at + 2;
        if let Some((word, kinds)) = UNIT_WORDS.iter().find(|(p, _)| w.starts_with(after, p)) {
            out.push(Query {
                kinds,
                rest: w.tail(after + word.len()),
            });
            // "Đảng bộ Quận 1": the unit word is part of the place's name.
            out.push(Query {
                kinds,
                rest: w.tail(after),
            });
        }
    }
    out.retain(|q| q.rest.len() > 0);
    out
}

/// A province as the caller names it ("Tiền Giang", "tỉnh Tiền Giang",
/// "TP. Hồ Chí Minh"): its loose key without the unit word.
pub(super) fn province_key(name: &str) -> String {
    let w = words(name);
    let skip = UNIT_WORDS
        .iter()
        .filter(|(_, kinds)| *kinds == PROVINCE || *kinds == CITY)
        .find(|(p, _)| w.starts_with(0, p) && w.len() > p.len())
        .map_or(0, |(p, _)| p.len());
    w.tail(skip).loose_key()
}

/// The number of words of a unit word ("tỉnh", "thành phố", "tp") at `at`, if one is there.
pub(super) fn province_word_at(w: &Words, at: usize) -> usize {
    UNIT_WORDS
        .iter()
        .filter(|(_, kinds)| *kinds == PROVINCE || *kinds == CITY)
        .find(|(p, _)| w.starts_with(at, p))
        .map_or(0, |(p, _)| p.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_case_and_forms_agree() {
        let a = words("Huyện ủy Bắc Sơn");
        let b = words("HUYỆN UỶ BẮC SƠN");
        let c = words(&"huyện uỷ Bắc Sơn".nfd().collect::<String>());
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.loose_key(), "huyen uy bac son");
    }

    #[test]
    fn tones_are_kept_in_the_exact_key() {
        assert_ne!(
            words("Thạnh Trị").exact_key(),
            words("Thanh Trì").exact_key()
        );
        assert_eq!(
            words("Thạnh Trị").loose_key(),
            words("Thanh Trì").loose_key()
        );
        assert_eq!(fold("Đắk Lắk"), "dak lak");
        assert_eq!(fold("Bà Rịa – Vũng Tàu"), "ba ria vung tau");
    }

    #[test]
    fn names_read_into_kinds_and_places() {
        let q = queries("Ban Chấp hành Đảng bộ tỉnh Lạng Sơn");
        assert_eq!(q[0].kinds, PROVINCE);
        assert_eq!(q[0].rest.loose_key(), "lang son");
        let q = queries("Thành ủy TP. Hồ Chí Minh");
        assert_eq!(q[0].rest.loose_key(), "ho chi minh");
        assert_eq!(q[1].rest.loose_key(), "tp ho chi minh");
        assert_eq!(queries("Ban Chấp hành Trung ương")[0].kinds, CENTRAL);
        assert!(queries("Lạng Sơn").is_empty());
        assert!(queries("Huyện ủy").is_empty());
        assert_eq!(province_key("tỉnh Tiền Giang"), "tien giang");
        assert_eq!(province_key("TP. Hồ Chí Minh"), "ho chi minh");
    }
}
