//! The embedded table of committees, read once, and its indexes.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::fold::{self, Words};
use crate::{Committee, CommitteeDraft, Draft, Level};

/// The generated table (scripts/gen-registry-data.py).
pub(super) const UNITS_TSV: &str = include_str!("units.tsv");

/// Every committee, read once on first use.
pub(super) static REGISTRY: LazyLock<Registry> = LazyLock::new(|| Registry::from_tsv(UNITS_TSV));

/// The committees and their indexes.
#[derive(Debug, Default)]
pub(super) struct Registry {
    pub committees: Vec<Committee>,
    by_id: HashMap<String, usize>,
    /// Locality, exact key (tones kept) -> committees.
    by_exact: HashMap<String, Vec<usize>>,
    /// Locality, loose key (no marks) -> committees.
    by_loose: HashMap<String, Vec<usize>>,
    /// Id -> committees naming it as a successor.
    predecessors: HashMap<String, Vec<usize>>,
    /// Loose key of each committee's `province`, by index.
    province_keys: Vec<String>,
}

impl Registry {
    /// Reads the table. A row that does not read or does not pass the model's
    /// rules is left out; the tests check that none is.
    pub fn from_tsv(text: &str) -> Registry {
        let mut reg = Registry::default();
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(c) = row(line) {
                let i = reg.committees.len();
                reg.by_id.insert(c.id().to_owned(), i);
                if let Some(locality) = c.locality() {
                    let w = fold::words(locality);
                    reg.by_exact.entry(w.exact_key()).or_default().push(i);
                    reg.by_loose.entry(w.loose_key()).or_default().push(i);
                }
                for s in c.successor_ids() {
                    reg.predecessors.entry(s.clone()).or_default().push(i);
                }
                reg.province_keys
                    .push(c.province().map(fold::fold).unwrap_or_default());
                reg.committees.push(c);
            }
        }
        reg
    }

    pub fn get(&self, id: &str) -> Option<&Committee> {
        self.by_id.get(id).map(|&i| &self.committees[i])
    }

    fn index_of(&self, c: &Committee) -> Option<usize> {
        self.by_id.get(c.id()).copied()
    }

    /// Committees naming `id` as a successor.
    pub fn predecessors(&self, id: &str) -> Vec<&Committee> {
        self.predecessors
            .get(id)
            .map(|v| v.iter().map(|&i| &self.committees[i]).collect())
            .unwrap_or_default()
    }

    /// The committee one level up on `on`: the parent, or the predecessor of
    /// the parent that existed then (a district of Huế in 2023 was under
    /// Tỉnh ủy Thừa Thiên Huế).
    pub fn parent_on(&self, c: &Committee, on: NaiveDate) -> Option<&Committee> {
        let parent = self.get(c.parent_id()?)?;
        if parent.is_active_on(on) {
            return Some(parent);
        }
        let mut seen = vec![parent.id()];
        let mut frontier = vec![parent];
        while let Some(next) = frontier.pop() {
            for p in self.predecessors(next.id()) {
                if p.level() != parent.level() || seen.contains(&p.id()) {
                    continue;
                }
                if p.is_active_on(on) {
                    return Some(p);
                }
                seen.push(p.id());
                frontier.push(p);
            }
        }
        Some(parent)
    }

    /// Whether `c` lies in the province `key` (loose key) on `on`: by its
    /// `province` or by its parent then.
    fn in_province(&self, c: &Committee, key: &str, on: NaiveDate) -> bool {
        let own = self.index_of(c).and_then(|i| self.province_keys.get(i));
        own.is_some_and(|k| k == key)
            || self
                .parent_on(c, on)
                .and_then(Committee::locality)
                .is_some_and(|l| fold::fold(l) == key)
    }

    /// Committees whose locality is `place`, tones kept when that finds any
    /// passing `keep`, else tones ignored.
    fn by_place(&self, place: &Words, keep: impl Fn(&Committee) -> bool) -> Vec<&Committee> {
        for (index, key) in [
            (&self.by_exact, place.exact_key()),
            (&self.by_loose, place.loose_key()),
        ] {
            let found: Vec<&Committee> = index
                .get(&key)
                .into_iter()
                .flatten()
                .map(|&i| &self.committees[i])
                .filter(|c| keep(c))
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// Every committee `name` can mean on `on`, in the province `province`
    /// (loose key) when given.
    pub fn resolve_all(
        &self,
        name: &str,
        province: Option<&str>,
        on: NaiveDate,
    ) -> Vec<&Committee> {
        for q in fold::queries(name) {
            if q.kinds.contains(&crate::UnitKind::Central) {
                return self.get("tw").into_iter().collect();
            }
            let keep = |c: &Committee, prov: Option<&str>| {
                q.kinds.contains(&c.unit_kind())
                    && c.is_active_on(on)
                    && prov.is_none_or(|p| self.in_province(c, p, on))
            };
            let found = self.by_place(&q.rest, |c| keep(c, province));
            if !found.is_empty() {
                return found;
            }
            // "Huyện ủy Châu Thành tỉnh Tiền Giang", "Huyện ủy Châu Thành (Tiền Giang)".
            for cut in 1..q.rest.len() {
                let skip = fold::province_word_at(&q.rest, cut);
                let named = q.rest.loose[cut + skip..].join(" ");
                if named.is_empty() || province.is_some_and(|p| p != named) {
                    continue;
                }
                let found = self.by_place(&q.rest.head(cut), |c| keep(c, Some(&named)));
                if !found.is_empty() {
                    return found;
                }
            }
        }
        Vec::new()
    }

    /// District-level committees of the locality `place`, any date.
    pub fn districts_named(&self, place: &str) -> Vec<&Committee> {
        let w = fold::words(place);
        let mut found = self.by_place(&w, |c| c.level() == Level::District);
        if found.is_empty() {
            // "huyện Châu Thành": try without the unit word.
            if let Some(q) = fold::queries(&format!("Đảng bộ {place}")).first() {
                if q.rest != w {
                    found = self.by_place(&q.rest, |c| {
                        c.level() == Level::District && q.kinds.contains(&c.unit_kind())
                    });
                }
            }
        }
        found
    }
}

/// One row of the table as a validated committee.
fn row(line: &str) -> Option<Committee> {
    let f: Vec<&str> = line.split('\t').collect();
    let [id, name, level, unit_kind, locality, province, parent_id, valid_from, valid_to, successors] =
        f.as_slice()
    else {
        return None;
    };
    let text = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let date = |s: &str| -> Result<Option<NaiveDate>, chrono::ParseError> {
        if s.is_empty() {
            Ok(None)
        } else {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Some)
        }
    };
    CommitteeDraft {
        id: text(id),
        name: text(name),
        level: level.parse().ok(),
        unit_kind: unit_kind.parse().ok(),
        locality: text(locality),
        province: text(province),
        parent_id: text(parent_id),
        valid_from: date(valid_from).ok()?,
        valid_to: date(valid_to).ok()?,
        successor_ids: successors
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        terms: Vec::new(),
    }
    .build()
    .ok()
}
