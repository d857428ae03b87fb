//! The crate's one error type.

use crate::code::Code;
use crate::issue::{Issue, Path, ValidationErrors};

/// Everything that can go wrong in this crate.
///
/// Each variant names what was being read, the offending input (clipped to a
/// readable length), and where. [`Error::issues`] turns any of them into the
/// uniform [`Issue`] list that validation gives, so callers (the command line,
/// Python's `ValidationError.errors()`) print one shape.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Text that does not read as the value asked for.
    #[error("cannot read {what} from {input:?}: {reason}")]
    Parse {
        /// What was being read ("number", "period", "document symbol"…).
        what: &'static str,
        /// The offending text, clipped to 200 characters.
        input: String,
        /// The stable code of the failure.
        code: Code,
        /// Why, in English.
        reason: String,
    },
    /// A string that is not one of an enumeration's values.
    #[error("unknown {what} {input:?}; expected one of: {}", expected.join(", "))]
    UnknownVariant {
        /// The enumeration ("level", "basis"…).
        what: &'static str,
        /// The offending text, clipped.
        input: String,
        /// The values the enumeration has.
        expected: &'static [&'static str],
    },
    /// A value that breaks rules of the model: every issue, not just the first.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// JSON that does not parse or does not have the model's shape.
    #[error("JSON at {path}{}: {message}", position(*line, *column))]
    Json {
        /// Where in the document, as a model path (`indicators[2].unit`); empty at the top.
        path: Path,
        /// 1-based line; 0 when the input was an already parsed value
        /// (`from_value`), which has no text position.
        line: usize,
        /// 1-based column; 0 as for `line`.
        column: usize,
        /// What serde said.
        message: String,
        /// `json_syntax`, `json_type`, `unknown_field` or `unknown_variant`.
        code: Code,
    },
}

impl Error {
    /// A parse error; `input` is clipped.
    pub(crate) fn parse(
        what: &'static str,
        input: &str,
        code: Code,
        reason: impl Into<String>,
    ) -> Error {
        Error::Parse {
            what,
            input: clip(input),
            code,
            reason: reason.into(),
        }
    }

    /// The stable code of the error (the first error's, for `Invalid`).
    pub fn code(&self) -> Code {
        match self {
            Error::Parse { code, .. } | Error::Json { code, .. } => *code,
            Error::UnknownVariant { .. } => Code::UnknownVariant,
            Error::Invalid(errs) => errs.errors().next().map_or(Code::JsonType, |i| i.code),
        }
    }

    /// The error as the uniform list of issues, each with a path and a code.
    pub fn issues(&self) -> Vec<Issue> {
        match self {
            Error::Parse {
                what, input, code, ..
            } => vec![Issue::error(*code, self.to_string(), input.clone()).at(what)],
            Error::UnknownVariant { what, input, .. } => {
                vec![Issue::error(Code::UnknownVariant, self.to_string(), input.clone()).at(what)]
            }
            Error::Invalid(errs) => errs.issues().to_vec(),
            Error::Json {
                path,
                message,
                code,
                line,
                column,
            } => vec![Issue {
                path: path.clone(),
                code: *code,
                message: if *line == 0 {
                    message.clone()
                } else {
                    format!("line {line}, column {column}: {message}")
                },
                input: String::new(),
                severity: crate::Severity::Error,
            }],
        }
    }

    /// The same error with `field` put in front of the path of each issue it holds.
    #[must_use]
    pub fn at(self, field: &str) -> Error {
        match self {
            Error::Invalid(errs) => {
                Error::Invalid(errs.with_outer(&crate::issue::Segment::Field(field.to_owned())))
            }
            Error::Json {
                path,
                line,
                column,
                message,
                code,
            } => Error::Json {
                path: path.with_outer(crate::issue::Segment::Field(field.to_owned())),
                line,
                column,
                message,
                code,
            },
            other => other,
        }
    }
}

/// " (line L, column C)", or nothing when there is no text position (line 0).
fn position(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(" (line {line}, column {column})")
    }
}

/// The input clipped to 200 characters, for messages.
pub(crate) fn clip(input: &str) -> String {
    const MAX: usize = 200;
    match input.char_indices().nth(MAX) {
        None => input.to_owned(),
        Some((cut, _)) => format!("{}… ({} bytes in all)", &input[..cut], input.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_short_and_cuts_long_on_char_boundary() {
        assert_eq!(clip("ủy"), "ủy");
        let long = "ủ".repeat(1000);
        let c = clip(&long);
        assert!(c.starts_with(&"ủ".repeat(200)));
        assert!(c.contains("bytes in all"));
    }

    #[test]
    fn parse_error_has_path_and_code() {
        let e = Error::parse("number", "1.23", Code::NumberMalformed, "bad group");
        let issues = e.issues();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].code, Code::NumberMalformed);
        assert_eq!(issues[0].path.to_string(), "number");
        assert!(e.to_string().contains("1.23"));
    }

    #[test]
    fn a_parsed_value_has_no_text_position() {
        let value = serde_json::json!({"ordinal": "mười", "start_year": 2020, "end_year": 2025});
        let e = crate::Term::from_value(value).unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.starts_with("JSON at ordinal: invalid type"),
            "{shown}"
        );
        assert!(!shown.contains("line 0"), "{shown}");
        assert!(!e.issues()[0].message.contains("line 0"));
        let e = crate::Term::from_json("{\"ordinal\": \"mười\"}").unwrap_err();
        assert!(e.to_string().contains("(line 1, column"), "{e}");
        assert!(e.issues()[0].message.starts_with("line 1, column"));
    }
}
