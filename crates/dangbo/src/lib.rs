//! # dangbo
//!
//! The typed, validated record of Vietnamese party committees: committees
//! (Tỉnh ủy, Huyện ủy, Thành ủy…), their terms and numbered sessions, the
//! resolutions they adopt, the people who chair them, and the plan indicators
//! (chỉ tiêu) they report. This crate is the model: values that read from
//! Vietnamese text and print back, entities whose every constructor and
//! deserializer checks the rules, and derived values. It does no I/O.
//!
//! ## Values from text
//!
//! ```
//! use dangbo::{DocumentSymbol, Period, Quantity, RomanOrdinal, VnNumber};
//! assert_eq!("101.761".parse::<VnNumber>().unwrap().value(), 101_761.0);
//! assert_eq!("XVII".parse::<RomanOrdinal>().unwrap().get(), 17);
//! let q: Quantity = "trên 35,8 tỷ đồng".parse().unwrap();
//! assert_eq!(q.to_base(), (35.8e9, "đồng".to_string()));
//! let s: DocumentSymbol = "05-NQ/TU".parse().unwrap();
//! assert_eq!((s.number(), s.issuer()), (5, "TU"));
//! let p: Period = "9 tháng đầu năm 2023".parse().unwrap();
//! assert_eq!(p.months(), Some(9));
//! ```
//!
//! ## Entities and drafts
//!
//! Every entity `X` has private fields read through getters, and a draft
//! `XDraft` with public fields. Build the draft, then [`Draft::build`] checks
//! every rule, collecting every issue with its path; JSON goes through the
//! same check ([`Report::from_json`]). An `X` that breaks a rule cannot exist.
//!
//! ```
//! use dangbo::{Code, Draft, TallyDraft};
//! let bad = TallyDraft { text: Some("21/20 chỉ tiêu".into()), count: Some(21), total: Some(20), ..Default::default() };
//! let err = bad.build().unwrap_err();
//! assert_eq!(err.issues()[0].code, Code::TallyCountExceedsTotal);
//! assert_eq!(err.issues()[0].path.to_string(), "count");
//! ```
//!
//! ## Issue codes
//!
//! Every issue has one of these stable codes. Errors reject a value; warnings
//! are findings, kept in [`Report::findings`].
//!
//! | code | severity | meaning |
//! |---|---|---|
//! | `number_malformed` | error | not a number written the Vietnamese way |
//! | `number_overflow` | error | number too large or not finite |
//! | `quantity_malformed` | error | not a quantity (qualifier, number, unit) |
//! | `roman_malformed` | error | not a canonical Roman numeral |
//! | `roman_out_of_range` | error | Roman numeral outside 1..=3999 |
//! | `ordinal_malformed` | error | not an ordinal in digits, words or Roman numerals |
//! | `symbol_malformed` | error | not a document symbol such as 05-NQ/TU |
//! | `symbol_kind_unknown` | error | unknown document kind |
//! | `period_malformed` | error | not a period such as '9 tháng đầu năm 2023' |
//! | `date_malformed` | error | not a date such as 15/9/2023 |
//! | `date_invalid` | error | no such day |
//! | `date_year_missing` | error | date has no year and none can be inferred |
//! | `text_empty` | error | text is empty |
//! | `text_too_long` | error | text too long |
//! | `json_syntax` | error | JSON does not parse |
//! | `json_type` | error | JSON value of the wrong type or missing |
//! | `missing_field` | error | required field is missing |
//! | `unknown_field` | error | unknown field |
//! | `unknown_variant` | error | unknown enumeration value |
//! | `term_span` | error | a term spans five years (end - start = 5) |
//! | `term_year_range` | error | term year outside 1930..=2100 |
//! | `term_ordinal` | error | term ordinal (khóa) must be at least 1 |
//! | `term_empty` | error | a term needs an ordinal or both years |
//! | `session_ordinal` | error | a session ordinal must be at least 1 |
//! | `session_outside_term` | error | session date outside its term's years |
//! | `session_outside_committee` | error | session date outside its committee's validity |
//! | `session_after_district_abolition` | error | district-level committees held no session after 2025-06-30 |
//! | `session_end_before_start` | error | session end date before its start date |
//! | `committee_level_mismatch` | error | level does not agree with unit kind |
//! | `committee_parent_level` | error | parent committee is not one level up |
//! | `committee_validity` | error | `valid_from` after `valid_to` |
//! | `committee_self_reference` | error | committee refers to itself |
//! | `period_months` | error | months outside 1..=12 |
//! | `period_quarter` | error | quarter outside 1..=4 |
//! | `period_year_range` | error | period year outside 1930..=2100 |
//! | `period_span` | error | period ends before it starts, or a term is not five years |
//! | `not_finite` | error | number is NaN or infinite |
//! | `negative` | error | number is negative |
//! | `unit_missing` | error | a value needs a unit |
//! | `indicator_empty` | error | an indicator needs a value, an achievement or a change |
//! | `tally_count_exceeds_total` | error | tally count greater than its total |
//! | `tally_total_zero` | error | tally total must be at least 1 |
//! | `share_exceeds_whole` | error | share percent above 100 |
//! | `percent_mismatch` | warning | stated percent disagrees with value and target |
//! | `tally_status_contradiction` | warning | tally status contradicts its own words or the figures |
//! | `period_after_publication` | warning | actual figure for a period ending after publication |
//! | `status_contradiction` | warning | achievements of the same basis disagree |
//! | `document_kind_mismatch` | warning | document kind differs from its symbol's kind |
//!
//! ## Findings
//!
//! Findings are warnings: the figures of a valid report that disagree with each
//! other. They never reject a value and are never "fixed". [`Report::validate`]
//! computes them; [`Report::with_findings`] stores them in [`Report::findings`].
//! That field is data: no rule reads it, so a report built from a draft whose
//! `findings` already hold them gets no duplicates.
//!
//! A number stands for the interval its printed digits allow: half a unit of
//! its last decimal either way (`103.89` is 103.885..=103.895; the shortest
//! decimal form of the stored number counts as printed). `over` ("trên 35,8")
//! reaches up to one unit and a half above, `nearly` ("gần 36") as far below;
//! with `about` or `under` a number is too loose to compare and no finding is
//! made from it.
//!
//! - `percent_mismatch` (path `indicators[i].achievements[j].percent`): an
//!   indicator with a `value`, a `target` (the "a/b" form) and achievements,
//!   none of whose percents can equal `value / target * 100` within the
//!   intervals of the three printed numbers (propagated: the implied percent
//!   runs from `value_low / target_high` to `value_high / target_low`). With
//!   several achievements the target is of one unknown basis, so the finding
//!   is made only when none agrees, at path `indicators[i].target`.
//! - `status_contradiction` (path `indicators[i].achievements[j].percent`): two
//!   achievements of one indicator with the same basis and the same basis
//!   words (`basis_text`, case aside, both absent counting as the same) whose
//!   intervals do not meet; reported at the later one.
//! - `tally_status_contradiction` (path `tallies[i].status`), either of:
//!   the tally's own words contradict its status: a status of met, met or
//!   exceeded, exceeded or completed while the clause has a negated status word
//!   ("không đạt", "chưa đạt", "không/chưa hoàn thành", "không/chưa vượt") and no
//!   other status word ("đạt", "vượt", "hoàn thành"), or `not_met` while the
//!   clause has a status word and no negation; or, in a report, a tally of every
//!   target (`count == total`, `of` names "chỉ tiêu", a basis) that says all are
//!   met (or all not met) while an actual or estimated indicator for a whole
//!   period (its own, else the report's review period; a year, term or stage,
//!   not a part of a year) has an achievement of that basis definitely below
//!   100 % (or at least 100 %). A tally whose count is below its total says
//!   nothing of the rest and is never contradicted; `not_met` with count 0 is
//!   fine.
//! - `period_after_publication` (path `indicators[i].figure`): an `actual`
//!   figure whose period (its own, else the report's review period) ends after
//!   `source.published`. Mid-term and other periods have no end to compare.
//! - `document_kind_mismatch` (path `resolutions[i].kind`): a document whose
//!   `kind` differs from the kind written in its symbol.
//!
//! Checks that need two values are methods: [`Committee::check_parent`] (parent
//! one level up) and [`Committee::check_session`] (a session within the
//! committee's validity); a lone value cannot run them, so building does not.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod code;
mod committee;
mod date;
mod derived;
mod draft;
mod enums;
mod error;
mod findings;
mod hierarchy;
mod indicator;
mod issue;
mod normalize;
mod number;
mod period;
mod person;
mod quantity;
pub mod registry;
mod report;
mod resolution;
mod roman;
mod rules;
mod schema;
mod session;
mod symbol;
mod tally;
mod term;

pub use code::{codes_table, Code};
pub use committee::{Committee, CommitteeDraft, CommitteeRef, CommitteeRefDraft};
pub use date::{infer_year, parse_date};
pub use derived::AchievementStatus;
pub use draft::Draft;
pub use enums::{
    Basis, Category, Direction, DocumentKind, Figure, Level, Organ, Qualifier, RelativeTo,
    RoleInSession, SessionKind, SymbolSystem, TallyStatus, UnitKind,
};
pub use error::Error;
pub use indicator::{
    Achievement, AchievementDraft, Change, ChangeDraft, IndicatorReport, IndicatorReportDraft,
    IndicatorTarget, IndicatorTargetDraft, Share, ShareDraft,
};
pub use issue::{Issue, Lang, Path, Segment, Severity, ValidationErrors};
pub use normalize::{fold, is_nfc, normalize};
pub use number::{parse_number, Reading, VnNumber};
pub use period::{Period, PeriodDraft, PeriodKind};
pub use person::{PersonMention, PersonMentionDraft, Position, PositionDraft};
pub use quantity::{Quantity, QuantityDraft};
pub use report::{Periods, PeriodsDraft, Rejected, Report, ReportDraft, Source, SourceDraft};
pub use resolution::{Resolution, ResolutionDraft, ResolutionMention, ResolutionMentionDraft};
pub use roman::{parse_ordinal, RomanOrdinal};
pub use schema::schema;
pub use session::{Session, SessionDraft};
pub use symbol::{DocumentSymbol, DocumentSymbolDraft};
pub use tally::{Tally, TallyDraft};
pub use term::{Term, TermDraft};
