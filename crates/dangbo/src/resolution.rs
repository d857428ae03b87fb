//! Resolutions and documents: adopted ones and mentions in text.

use chrono::NaiveDate;

use crate::committee::{CommitteeRef, CommitteeRefDraft};
use crate::draft::{entity, CheckChild, Rules};
use crate::indicator::{IndicatorTarget, IndicatorTargetDraft};
use crate::issue::Issue;
use crate::period::{Period, PeriodDraft};
use crate::symbol::{DocumentSymbol, DocumentSymbolDraft};
use crate::DocumentKind;

entity! {
    /// A resolution or other party document with its targets.
    pub struct Resolution / ResolutionDraft {
        /// Its symbol ("05-NQ/TU"), when known.
        symbol: Option<DocumentSymbol> [opt DocumentSymbol] = ~ Option<DocumentSymbolDraft>,
        /// The kind of document.
        kind: DocumentKind [copy] = required ~ DocumentKind,
        /// The committee that issued it.
        issuer: CommitteeRef [ref] = required ~ CommitteeRefDraft,
        /// Its title.
        title: Option<String> [opt_str] = ~ Option<String>,
        /// When it was adopted.
        adopted_on: Option<NaiveDate> [copy] = ~ Option<NaiveDate>,
        /// The period it sets targets for.
        period: Option<Period> [opt Period] = ~ Option<PeriodDraft>,
        /// Its targets.
        targets: Vec<IndicatorTarget> [list IndicatorTarget] = ~ Vec<IndicatorTargetDraft>,
    }
}

impl Rules for ResolutionDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.symbol.check_at("symbol", &mut out);
        self.issuer.check_at("issuer", &mut out);
        self.period.check_at("period", &mut out);
        self.targets.check_at("targets", &mut out);
        out.extend(crate::rules::resolution(self));
        out
    }
}

entity! {
    /// A document an article mentions or a session adopts.
    pub struct ResolutionMention / ResolutionMentionDraft {
        /// The words of the article.
        text: String [str] = required ~ String,
        /// The symbol, when written.
        symbol: Option<DocumentSymbol> [opt DocumentSymbol] = ~ Option<DocumentSymbolDraft>,
        /// The kind of document.
        kind: DocumentKind [copy] = required ~ DocumentKind,
        /// The title, when written.
        title: Option<String> [opt_str] = ~ Option<String>,
        /// Whether the session passed it ("thông qua Dự thảo Nghị quyết…").
        adopted: bool [copy] = ~ bool,
    }
}

impl Rules for ResolutionMentionDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.symbol.check_at("symbol", &mut out);
        out.extend(crate::rules::resolution_mention(self));
        out
    }
}
