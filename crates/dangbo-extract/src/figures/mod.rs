//! Reported figures: indicators and tallies.
//!
//! The body is read once, sentence by sentence ([`scan`]), its words
//! tokenized with a lookup key each ([`token`], [`key`]); numbers that are
//! not figures (dates, ordinals, document numbers, ranges) are set aside
//! ([`skip`]). At each other number the words around it are read locally:
//! the verb, qualifier and name before it ([`verb`], [`name`]), then a unit
//! ([`value`], [`unit`](mod@unit)), a percent with its basis or comparison
//! ([`percent`], [`basis`]) or a tally's noun and status ([`tally`]). Each
//! number gives one element ([`indicator`]) that joins the figure of its
//! clause or opens a new one, named by the words before it ([`place`]); cues ([`cue`]) carry what a list head says
//! (targets for next year, a basis stated once) to the items after it.

use chrono::NaiveDate;
use dangbo::{IndicatorReportDraft, PeriodDraft, TallyDraft};

mod basis;
mod category;
mod context;
mod cue;
mod indicator;
mod keep;
mod key;
mod name;
mod number;
mod percent;
mod place;
mod region;
mod scan;
mod seen;
mod skip;
mod table;
mod tally;
mod token;
mod unit;
mod value;
mod verb;

#[cfg(test)]
mod tests;

/// What the rest of the article tells the figure finder.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    /// The period the session reviews (figures default to it).
    pub review: Option<PeriodDraft>,
    /// The period the session plans for (targets in a list of next-period tasks).
    pub plan: Option<PeriodDraft>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// The committee sits below a province (district, town, commune): a
    /// figure of "toàn tỉnh" is the province's, quoted as context.
    pub below_province: bool,
    /// The committee's kind of unit: a sentence about the unit above it
    /// ("Toàn thành phố Vinh …" in a ward's article) is context.
    pub unit: Option<dangbo::UnitKind>,
    /// The committee's place as written ("Lục Ngạn"): in a district's
    /// article, a figure naming another district is that district's.
    pub locality: Option<String>,
}

/// Indicators and tallies found in an article body.
#[derive(Debug, Clone, Default)]
pub(crate) struct Figures {
    /// Reported figures, in text order, each `text` a substring of the body.
    pub indicators: Vec<IndicatorReportDraft>,
    /// Tallies, in text order.
    pub tallies: Vec<TallyDraft>,
}

/// Finds every figure in `body`: the article's own text (NFC, page furniture
/// removed, headline excluded), whose substrings the `text` fields quote.
pub(crate) fn find(body: &str, context: &Context) -> Figures {
    let years = cue::Years::new(
        context.review.as_ref(),
        context.plan.as_ref(),
        context.published,
    )
    .or_guess_from(body);
    let mut scanner = scan::Scanner::new(body, years);
    scanner.below_province = context.below_province;
    scanner.unit = context.unit;
    scanner.locality = context.locality.as_deref().map(crate::text::fold);
    // A year well before a review of one year or part of one is the past; a
    // review of a term or a stage spans such years.
    scanner.review_year = match context.review {
        Some(
            PeriodDraft::Year { year }
            | PeriodDraft::YearToDate { year, .. }
            | PeriodDraft::YearRemainder { year, .. }
            | PeriodDraft::Quarter { year, .. },
        ) => Some(year),
        _ => None,
    };
    scanner.run()
}
