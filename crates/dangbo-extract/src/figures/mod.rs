//! Reported figures: indicators and tallies (owned by the figures work).

use chrono::NaiveDate;
use dangbo::{IndicatorReportDraft, PeriodDraft, TallyDraft};

/// What the rest of the article tells the figure finder.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    /// The period the session reviews (figures default to it).
    pub review: Option<PeriodDraft>,
    /// The period the session plans for (targets in a list of next-period tasks).
    pub plan: Option<PeriodDraft>,
    /// The publication date.
    pub published: Option<NaiveDate>,
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
    let _ = (body, context);
    Figures::default()
}
