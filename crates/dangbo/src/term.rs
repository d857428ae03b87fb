//! Terms of office: "khóa XXII", "nhiệm kỳ 2020-2025".

use crate::draft::{entity, Rules};
use crate::issue::{Issue, ValidationErrors};
use crate::Draft;

entity! {
    /// The term of a committee: the committee elected by congress N is "khóa N",
    /// for "nhiệm kỳ Y–Y+5". Text often gives only one of the two, so each part is
    /// optional, but at least the ordinal or both years are known.
    ///
    /// ```
    /// use dangbo::Term;
    /// let t = Term::new(Some(22), Some(2020), Some(2025)).unwrap();
    /// assert_eq!(t.ordinal(), Some(22));
    /// assert!(Term::new(Some(22), Some(2020), Some(2026)).is_err());
    /// ```
    pub struct Term / TermDraft {
        /// The khóa number (Roman in text: "khóa XXII" is 22).
        ordinal: Option<u32> [copy] = ~ Option<u32>,
        /// The first year of "nhiệm kỳ 2020-2025".
        start_year: Option<i32> [copy] = ~ Option<i32>,
        /// The last year of "nhiệm kỳ 2020-2025"; five years after the first.
        end_year: Option<i32> [copy] = ~ Option<i32>,
    }
}

impl Term {
    /// A term from its ordinal and years, checked.
    ///
    /// # Errors
    ///
    /// [`ValidationErrors`] with `term_span` when the years are not five apart,
    /// `term_year_range` for a year outside 1930..=2100, `term_ordinal` for
    /// ordinal 0, `term_empty` when nothing is known — every one that applies.
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, Term};
    /// let err = Term::new(Some(0), Some(2020), Some(2026)).unwrap_err();
    /// let codes: Vec<Code> = err.issues().iter().map(|i| i.code).collect();
    /// assert_eq!(codes, vec![Code::TermOrdinal, Code::TermSpan]);
    /// ```
    pub fn new(
        ordinal: Option<u32>,
        start_year: Option<i32>,
        end_year: Option<i32>,
    ) -> Result<Term, ValidationErrors> {
        TermDraft {
            ordinal,
            start_year,
            end_year,
        }
        .build()
    }
}

impl Rules for TermDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::term(self)
    }
}
