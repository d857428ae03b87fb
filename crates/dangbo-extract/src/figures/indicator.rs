//! One reported figure being assembled from its clause: the value with its
//! unit, then the percents that follow it (achievements, a change, a share).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use dangbo::{
    AchievementDraft, Basis, ChangeDraft, Direction, Figure, IndicatorReportDraft, Qualifier,
    RelativeTo, ShareDraft,
};

use super::basis::BasisHit;
use super::category::category_of_key;
use super::verb::Verb;

/// One part of a figure, read at one number.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Element {
    /// A value with its unit ("35,8 tỷ đồng", "13,04%").
    Value {
        /// The value.
        value: f64,
        /// The unit as written.
        unit: String,
        /// Its qualifier.
        qualifier: Qualifier,
        /// The absolute target of `a/b <unit>`.
        target: Option<f64>,
        /// "giảm còn", "từ a xuống b": the change that led to it.
        change: Option<ChangeDraft>,
    },
    /// A percent of a basis.
    Achievement(AchievementDraft),
    /// Growth or decline.
    Change(ChangeDraft),
    /// A share of a whole.
    Share(ShareDraft),
}

/// A figure being assembled.
#[derive(Debug, Clone)]
pub(super) struct Building {
    /// Byte offset where its clause starts.
    pub start: usize,
    /// Byte offset where its clause ends so far.
    pub end: usize,
    /// The indicator's name.
    pub name: String,
    /// Fields so far (text, name and category are set when finished).
    pub draft: IndicatorReportDraft,
    /// Whether its value is a rate in percent.
    pub rate: bool,
}

impl Building {
    /// A new figure named `name` over `start..end`.
    pub fn new(name: String, start: usize, end: usize, figure: Figure) -> Building {
        Building {
            start,
            end,
            name,
            draft: IndicatorReportDraft {
                figure,
                ..IndicatorReportDraft::default()
            },
            rate: false,
        }
    }

    /// Whether it has an absolute value (not a rate).
    pub fn has_value(&self) -> bool {
        self.draft.value.is_some() && !self.rate
    }

    /// Adds one element; false when it does not fit (a second value).
    pub fn add(&mut self, element: Element, end: usize) -> bool {
        let d = &mut self.draft;
        match element {
            Element::Value {
                value,
                unit,
                qualifier,
                target,
                change,
            } => {
                if d.value.is_some() {
                    return false;
                }
                self.rate = unit == "%";
                d.value = Some(value);
                d.unit = Some(unit);
                d.qualifier = qualifier;
                d.target = target;
                if change.is_some() {
                    d.change = change;
                }
            }
            Element::Achievement(a) => d.achievements.push(a),
            Element::Change(c) => match &mut d.change {
                None => d.change = Some(c),
                Some(old) if old.direction == c.direction => {
                    if old.percent.is_none() {
                        old.percent = c.percent;
                    }
                    if old.amount.is_none() {
                        old.amount = c.amount;
                    }
                    if old.relative_to.is_none() {
                        old.relative_to = c.relative_to;
                    }
                }
                Some(_) => return false,
            },
            Element::Share(s) => {
                if d.share.is_some() {
                    return false;
                }
                d.share = Some(s);
            }
        }
        self.end = self.end.max(end);
        true
    }

    /// The finished draft quoting `body`, when it is a figure that builds.
    #[cfg(test)]
    pub fn finish(self, body: &str) -> Option<IndicatorReportDraft> {
        self.finish_keyed(body).map(|(d, _)| d)
    }

    /// The finished draft (when it reports something and breaks no rule),
    /// with the key of its name (`key::key_of`).
    pub fn finish_keyed(self, body: &str) -> Option<(IndicatorReportDraft, String)> {
        let mut d = self.draft;
        if d.value.is_none() && d.achievements.is_empty() && d.change.is_none() {
            return None;
        }
        if d.value.is_none() {
            d.unit = None;
            d.qualifier = Qualifier::Exact;
        }
        let name = if self.name.is_empty() {
            d.unit.clone().unwrap_or_else(|| "chỉ tiêu".to_owned())
        } else {
            self.name
        };
        let name_key = super::token::key_of(&name).into_owned();
        d.category = Some(category_of_key(&name_key, d.unit.as_deref()));
        d.name = Some(name);
        d.text = Some(body.get(self.start..self.end).unwrap_or("").to_owned());
        let valid = !dangbo::Draft::check(&d).iter().any(dangbo::Issue::is_error);
        valid.then_some((d, name_key))
    }
}

/// What a percent means, by the verb before it and the words after it.
#[derive(Debug, Clone, Default)]
#[allow(clippy::struct_excessive_bools)]
pub(super) struct PercentRead {
    /// The percent.
    pub percent: f64,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// The verb before it.
    pub verb: Option<Verb>,
    /// "bình quân" before it.
    pub average: bool,
    /// The basis right after it.
    pub basis: Option<BasisHit>,
    /// The basis of a following `, vượt <basis>` clause.
    pub basis_after: Option<BasisHit>,
    /// `so với <plan|resolution|estimate>` after a growth verb.
    pub target_comparison: Option<BasisHit>,
    /// The comparison after it, for a change.
    pub comparison: Option<RelativeTo>,
    /// The basis or comparison stated at the head of the list.
    pub head_basis: Option<Basis>,
    /// The comparison stated at the head of the list.
    pub head_relative: Option<RelativeTo>,
    /// The words after it, for a share's whole.
    pub of: Option<String>,
    /// The figure it attaches to has an absolute value.
    pub attach_to_value: bool,
    /// The name says it is a rate ("tỷ lệ", "tốc độ", "tỷ trọng").
    pub rate_named: bool,
    /// The last figure of this list was a rate, and this percent has no verb.
    pub in_rate_list: bool,
}

fn achievement(percent: f64, qualifier: Qualifier, basis: Basis, text: Option<String>) -> Element {
    Element::Achievement(AchievementDraft {
        percent: Some(percent),
        qualifier,
        basis: Some(basis),
        basis_text: text,
    })
}

fn rate(percent: f64, qualifier: Qualifier, change: Option<ChangeDraft>) -> Element {
    Element::Value {
        value: percent,
        unit: "%".to_owned(),
        qualifier,
        target: None,
        change,
    }
}

impl PercentRead {
    fn basis_or_head(&self) -> (Basis, Option<String>) {
        match &self.basis {
            Some(b) => (b.basis, Some(b.text.clone())),
            None => (self.head_basis.unwrap_or(Basis::Other), None),
        }
    }

    /// The element this percent gives, if any.
    pub fn element(&self) -> Option<Element> {
        let (p, q) = (self.percent, self.qualifier);
        match self.verb {
            Some(v @ (Verb::Increase | Verb::Decrease)) => {
                let up = v == Verb::Increase;
                if let Some(b) = &self.target_comparison {
                    let percent = if up { 100.0 + p } else { (100.0 - p).max(0.0) };
                    return Some(achievement(percent, q, b.basis, Some(b.text.clone())));
                }
                let relative_to = self
                    .comparison
                    .or(self.average.then_some(RelativeTo::Other))
                    .or(self.head_relative);
                Some(Element::Change(ChangeDraft {
                    percent: Some(p),
                    amount: None,
                    direction: Some(if up {
                        Direction::Increase
                    } else {
                        Direction::Decrease
                    }),
                    relative_to,
                }))
            }
            Some(v @ (Verb::DownTo | Verb::UpTo)) => {
                let direction = if v == Verb::DownTo {
                    Direction::Decrease
                } else {
                    Direction::Increase
                };
                let change = ChangeDraft {
                    percent: None,
                    amount: None,
                    direction: Some(direction),
                    relative_to: self.comparison,
                };
                Some(rate(p, q, Some(change)))
            }
            Some(Verb::Exceed) => {
                let (basis, text) = self.basis_or_head();
                Some(achievement(100.0 + p, q, basis, text))
            }
            Some(Verb::Account) => match &self.basis {
                Some(b) if b.basis != Basis::Other => {
                    Some(achievement(p, q, b.basis, Some(b.text.clone())))
                }
                _ if self.attach_to_value => Some(Element::Share(ShareDraft {
                    percent: Some(p),
                    of: self.of.clone(),
                })),
                _ => Some(rate(p, q, None)),
            },
            verb => {
                if let Some(b) = self.basis.as_ref().or(self.basis_after.as_ref()) {
                    return Some(achievement(p, q, b.basis, Some(b.text.clone())));
                }
                if self.attach_to_value && verb.is_some() {
                    return Some(achievement(
                        p,
                        q,
                        self.head_basis.unwrap_or(Basis::Other),
                        None,
                    ));
                }
                if self.rate_named || self.in_rate_list {
                    return Some(rate(p, q, None));
                }
                verb.map(|_| achievement(p, q, self.head_basis.unwrap_or(Basis::Other), None))
            }
        }
    }
}

/// Whether a name says its value is a rate in percent.
pub(super) fn rate_named(name: &str) -> bool {
    static RATE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new([
            "tỷ lệ",
            "tỉ lệ",
            "tốc độ",
            "tỷ trọng",
            "tỉ trọng",
            "che phủ",
            "tỷ suất",
            "cơ cấu",
            "tăng trưởng",
            "chỉ số",
            "công suất",
            "grdp",
            "gdp",
        ])
        .expect("the rate words build an automaton")
    });
    RATE_WORDS.is_match(&*super::token::key_of(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(basis: Basis, text: &str) -> BasisHit {
        BasisHit {
            basis,
            text: text.to_owned(),
            next: 0,
        }
    }

    #[test]
    fn exceed_adds_a_hundred() {
        let read = PercentRead {
            percent: 12.5,
            verb: Some(Verb::Exceed),
            basis: Some(hit(Basis::Plan, "kế hoạch")),
            ..PercentRead::default()
        };
        let Some(Element::Achievement(a)) = read.element() else {
            panic!()
        };
        assert_eq!((a.percent, a.basis), (Some(112.5), Some(Basis::Plan)));
    }

    #[test]
    fn growth_against_a_target_is_an_achievement() {
        let read = PercentRead {
            percent: 3.0,
            verb: Some(Verb::Increase),
            target_comparison: Some(hit(Basis::Resolution, "mục tiêu Nghị quyết")),
            ..PercentRead::default()
        };
        let Some(Element::Achievement(a)) = read.element() else {
            panic!()
        };
        assert_eq!((a.percent, a.basis), (Some(103.0), Some(Basis::Resolution)));
    }

    #[test]
    fn rates_and_shares() {
        let read = PercentRead {
            percent: 66.87,
            verb: Some(Verb::Account),
            ..PercentRead::default()
        };
        assert!(matches!(read.element(), Some(Element::Value { .. })));
        let read = PercentRead {
            attach_to_value: true,
            ..read
        };
        assert!(matches!(read.element(), Some(Element::Share(_))));
        let read = PercentRead {
            percent: 5.0,
            verb: None,
            ..PercentRead::default()
        };
        assert_eq!(read.element(), None);
    }

    #[test]
    fn a_figure_with_nothing_does_not_finish() {
        let b = Building::new("x".into(), 0, 1, Figure::Actual);
        assert!(b.finish("x").is_none());
    }
}
