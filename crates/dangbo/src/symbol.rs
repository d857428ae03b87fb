//! Document symbols: "05-NQ/TU", "12/NQ-CP".

use crate::draft::{entity, Rules};
use crate::issue::Issue;
use crate::{DocumentKind, SymbolSystem};

entity! {
    /// The symbol of a document: "Số 05-NQ/TU" is resolution no. 5 of a
    /// provincial-type committee (`system: party`); the state order "12/NQ-CP"
    /// has `system: state`.
    ///
    /// JSON: `{"number":5,"kind":"NQ","issuer":"TU","system":"party","text":"05-NQ/TU"}`.
    pub struct DocumentSymbol / DocumentSymbolDraft {
        /// The document number.
        number: u32 [copy] = required ~ u32,
        /// The kind by its abbreviation.
        kind: DocumentKind [copy] = required ~ DocumentKind,
        /// The issuer code ("TU", "HU", "VPTW", "CP").
        issuer: String [str] = required ~ String,
        /// Which order the parts are written in.
        system: SymbolSystem [copy] = required ~ SymbolSystem,
        /// The symbol as written.
        text: String [str] = required ~ String,
    }
}

impl Rules for DocumentSymbolDraft {
    fn rules(&self) -> Vec<Issue> {
        Vec::new()
    }
}
