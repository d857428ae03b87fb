//! Document symbols: "05-NQ/TU", "12/NQ-CP".

use std::fmt;
use std::str::FromStr;

use crate::code::Code;
use crate::draft::{entity, Rules};
use crate::error::Error;
use crate::issue::Issue;
use crate::normalize::{normalize, SHORT_TEXT};
use crate::{DocumentKind, Draft, SymbolSystem};

entity! {
    /// The symbol of a document: "Số 05-NQ/TU" is resolution no. 5 of a
    /// provincial-type committee (`system: party`); the state order "12/NQ-CP"
    /// has `system: state`.
    ///
    /// JSON: `{"number":5,"kind":"NQ","issuer":"TU","system":"party","text":"05-NQ/TU"}`.
    ///
    /// ```
    /// use dangbo::{DocumentKind, DocumentSymbol, SymbolSystem};
    /// let s: DocumentSymbol = "Số 05-NQ/TU".parse().unwrap();
    /// assert_eq!((s.number(), s.kind(), s.issuer()), (5, DocumentKind::NQ, "TU"));
    /// assert_eq!(s.to_string(), "05-NQ/TU");
    /// let st: DocumentSymbol = "12/NQ-CP".parse().unwrap();
    /// assert_eq!((st.system(), st.issuer()), (SymbolSystem::State, "CP"));
    /// ```
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

/// The rules of a symbol: a number of at least 1, an issuer code without
/// spaces, a text.
impl Rules for DocumentSymbolDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        if self.number == Some(0) {
            let msg = "document number 0; numbers start at 1";
            out.push(Issue::error(Code::SymbolMalformed, msg, "0").at("number"));
        }
        if let Some(issuer) = &self.issuer {
            if issuer.is_empty() || issuer.contains(char::is_whitespace) {
                let msg = format!("issuer {issuer:?} must be a code without spaces");
                out.push(Issue::error(Code::SymbolMalformed, msg, issuer.clone()).at("issuer"));
            }
        }
        if self.text.as_deref().is_some_and(|t| t.trim().is_empty()) {
            out.push(Issue::error(Code::TextEmpty, "the symbol's text is empty", "").at("text"));
        }
        out
    }
}

const WHAT: &str = "document symbol";

/// The kind for an abbreviation in any case; "QD", "QDI" and "DA" (written
/// without "Đ") are read as `QĐ`, `QĐi` and `ĐA`.
fn kind_of(abbr: &str) -> Option<DocumentKind> {
    let upper = abbr.to_uppercase();
    match upper.as_str() {
        "QD" => return Some(DocumentKind::QD),
        "QDI" => return Some(DocumentKind::QDi),
        "DA" => return Some(DocumentKind::DA),
        _ => {}
    }
    DocumentKind::ALL
        .iter()
        .copied()
        .find(|k| k.as_str().to_uppercase() == upper)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

impl FromStr for DocumentSymbol {
    type Err = Error;

    /// Reads a party symbol `<n>-<KIND>/<ISSUER>` ("05-NQ/TU", "số 18 - CT/HU",
    /// "12- CT/HU", "04-CTr/TU") or a state symbol `<n>/[<year>/]<KIND>-<ISSUER>`
    /// ("12/NQ-CP", "45/BC-UBND"), after an optional "Số"/"số". Spaces around
    /// the dash and slash are dropped; the kind is read in any case, and "QD",
    /// "QDI", "DA" stand for `QĐ`, `QĐi`, `ĐA`. The symbol's `text` is the canonical
    /// spelling with the number's zero padding as written ("05-NQ/TU").
    ///
    /// # Errors
    ///
    /// `symbol_malformed` for other shapes, a number 0 or text over 1 KB; `symbol_kind_unknown`
    /// for a kind that is not one of [`DocumentKind`].
    ///
    /// # Example
    ///
    /// ```
    /// use dangbo::{Code, DocumentKind, DocumentSymbol};
    /// let s: DocumentSymbol = "số 18 - CT/HU".parse().unwrap();
    /// assert_eq!((s.number(), s.kind(), s.text()), (18, DocumentKind::CT, "18-CT/HU"));
    /// let err = "12-XY/TU".parse::<DocumentSymbol>().unwrap_err();
    /// assert_eq!(err.code(), Code::SymbolKindUnknown);
    /// ```
    fn from_str(s: &str) -> Result<DocumentSymbol, Error> {
        let bad = |reason: &str| Error::parse(WHAT, s, Code::SymbolMalformed, reason);
        if s.len() > SHORT_TEXT {
            return Err(bad(&format!("{} bytes is too long for a symbol", s.len())));
        }
        let norm = normalize(s);
        let mut t = norm
            .trim()
            .trim_end_matches([',', '.', ';', ':'])
            .trim_end();
        if let Some(rest) = t
            .strip_prefix("số")
            .or_else(|| t.strip_prefix("Số"))
            .or_else(|| t.strip_prefix("SỐ"))
        {
            t = rest.trim_start().trim_start_matches(':').trim_start();
        }
        let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let digits = &t[..digits_end];
        if digits.is_empty() || digits.len() > 9 {
            return Err(bad("a symbol starts with the document number"));
        }
        let number: u32 = digits.parse().map_err(|_| bad("not a document number"))?;
        let rest = t[digits_end..].trim_start();
        let (system, year, kind_text, issuer) = if let Some(r) = rest.strip_prefix(is_dash) {
            let (kind, issuer) = r
                .split_once('/')
                .ok_or_else(|| bad("expected <number>-<KIND>/<ISSUER>"))?;
            (SymbolSystem::Party, "", kind.trim(), issuer.trim())
        } else if let Some(r) = rest.strip_prefix('/') {
            let r = r.trim_start();
            let (year, r) = match r.split_once('/') {
                Some((y, after)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
                    (y, after.trim_start())
                }
                _ => ("", r),
            };
            let (kind, issuer) = r
                .split_once(is_dash)
                .ok_or_else(|| bad("expected <number>/<KIND>-<ISSUER>"))?;
            (SymbolSystem::State, year, kind.trim(), issuer.trim())
        } else {
            return Err(bad("expected a dash or a slash after the number"));
        };
        if kind_text.is_empty() || !kind_text.chars().all(char::is_alphabetic) {
            return Err(bad("the kind is an abbreviation such as NQ"));
        }
        let kind = kind_of(kind_text).ok_or_else(|| {
            Error::parse(
                WHAT,
                s,
                Code::SymbolKindUnknown,
                format!("{kind_text:?} is not a known document kind"),
            )
        })?;
        if issuer.is_empty() || !issuer.chars().all(|c| c.is_alphanumeric() || is_dash(c)) {
            return Err(bad("the issuer is a code such as TU, HU, CP"));
        }
        let text = match system {
            SymbolSystem::Party => format!("{digits}-{kind}/{issuer}"),
            SymbolSystem::State if year.is_empty() => format!("{digits}/{kind}-{issuer}"),
            SymbolSystem::State => format!("{digits}/{year}/{kind}-{issuer}"),
        };
        let draft = DocumentSymbolDraft {
            number: Some(number),
            kind: Some(kind),
            issuer: Some(issuer.to_owned()),
            system: Some(system),
            text: Some(text),
        };
        draft.build().map_err(|errs| {
            let first = errs.errors().next();
            let code = first.map_or(Code::SymbolMalformed, |i| i.code);
            let message = first.map_or_else(String::new, |i| i.message.clone());
            Error::parse(WHAT, s, code, message)
        })
    }
}

impl fmt::Display for DocumentSymbol {
    /// The symbol's text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
