//! Validation issues: where, what, how bad.
//!
//! Every rule of the model reports an [`Issue`]. A check collects every issue a
//! value has, never only the first. Paths are built outward as an issue rises
//! through the value that holds it (like pydantic-core's `Location::with_outer`):
//! a rule on an achievement reports `percent`, the indicator prefixes
//! `achievements[0]`, the report prefixes `indicators[2]`, and the user reads
//! `indicators[2].achievements[0].percent`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::code::Code;

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The value breaks a rule of the model and is rejected.
    Error,
    /// The value is kept, but its figures disagree with each other (a finding).
    Warning,
}

impl Severity {
    /// The JSON spelling: `"error"` or `"warning"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The language of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the default, and the `message` field).
    #[default]
    En,
    /// Vietnamese, for analysts who read it first.
    Vi,
}

/// One step of a [`Path`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A field name.
    Field(String),
    /// An index into a list.
    Index(usize),
}

/// Where an issue is, from the outermost value inward:
/// `indicators[2].achievements[0].percent`. The empty path is the value itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The path of the value itself.
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// A path of one field.
    pub fn field(name: &str) -> Path {
        Path(vec![Segment::Field(name.to_owned())])
    }

    /// The path with `outer` put in front of it.
    #[must_use]
    pub fn with_outer(mut self, outer: Segment) -> Path {
        self.0.insert(0, outer);
        self
    }

    /// The steps, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether this is the path of the value itself.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// Reads a path back from its printed form (`"a.b[2].c"`). Malformed text gives
    /// the best reading it can: this is for paths this crate printed.
    pub fn parse(text: &str) -> Path {
        let mut segments = Vec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let mut rest = part;
            if let Some(open) = rest.find('[') {
                if open > 0 {
                    segments.push(Segment::Field(rest[..open].to_owned()));
                }
                rest = &rest[open..];
                while let Some(stripped) = rest.strip_prefix('[') {
                    let close = stripped.find(']').unwrap_or(stripped.len());
                    match stripped[..close].parse() {
                        Ok(i) => segments.push(Segment::Index(i)),
                        Err(_) => segments.push(Segment::Field(stripped[..close].to_owned())),
                    }
                    rest = stripped.get(close + 1..).unwrap_or("");
                }
            } else {
                segments.push(Segment::Field(rest.to_owned()));
            }
        }
        Path(segments)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Segment::Field(name) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
                Segment::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

impl Serialize for Path {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Path {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Path, D::Error> {
        let text = String::deserialize(d)?;
        Ok(Path::parse(&text))
    }
}

/// One broken rule or one disagreement between figures.
///
/// `message` is plain English and names the bad value; [`Issue::message_in`] gives
/// it in Vietnamese. `input` is the offending value as text. `code` is stable:
/// the table in the crate documentation lists every code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    /// Where the issue is, from the outermost value inward.
    pub path: Path,
    /// The stable code of the rule.
    pub code: Code,
    /// What is wrong, in English, naming the value.
    pub message: String,
    /// The offending value as text.
    pub input: String,
    /// Whether the value is rejected (`error`) or kept with a finding (`warning`).
    pub severity: Severity,
}

impl Issue {
    /// An error at the root path; use [`Issue::at`] or [`Issue::with_outer`] to place it.
    pub fn error(code: Code, message: impl Into<String>, input: impl Into<String>) -> Issue {
        Issue {
            path: Path::root(),
            code,
            message: message.into(),
            input: input.into(),
            severity: Severity::Error,
        }
    }

    /// A warning (a finding) at the root path.
    pub fn warning(code: Code, message: impl Into<String>, input: impl Into<String>) -> Issue {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(code, message, input)
        }
    }

    /// The issue placed at field `name` of the value that holds it.
    #[must_use]
    pub fn at(self, name: &str) -> Issue {
        self.with_outer(Segment::Field(name.to_owned()))
    }

    /// The issue with `outer` put in front of its path.
    #[must_use]
    pub fn with_outer(mut self, outer: Segment) -> Issue {
        self.path = self.path.with_outer(outer);
        self
    }

    /// Whether this issue rejects the value.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in the language asked for. The Vietnamese text is the code's
    /// description followed by the offending value.
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.message.clone(),
            Lang::Vi => {
                if self.input.is_empty() {
                    format!("{}.", self.code.description_vi())
                } else {
                    format!("{}: «{}».", self.code.description_vi(), self.input)
                }
            }
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_root() {
            write!(f, "{} [{}]: {}", self.severity, self.code, self.message)
        } else {
            write!(
                f,
                "{} at {} [{}]: {}",
                self.severity, self.path, self.code, self.message
            )
        }
    }
}

/// Every issue found when a value was rejected: at least one is an error.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationErrors {
    issues: Vec<Issue>,
}

impl ValidationErrors {
    /// Wraps the issues of a check; `None` when none of them is an error.
    pub fn from_issues(issues: Vec<Issue>) -> Option<ValidationErrors> {
        if issues.iter().any(Issue::is_error) {
            Some(ValidationErrors { issues })
        } else {
            None
        }
    }

    /// One error.
    pub fn single(issue: Issue) -> ValidationErrors {
        ValidationErrors {
            issues: vec![issue],
        }
    }

    /// All issues, errors and warnings, in the order found.
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The issues, by value.
    pub fn into_issues(self) -> Vec<Issue> {
        self.issues
    }

    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.is_error())
    }

    /// Every issue with `outer` put in front of its path.
    #[must_use]
    pub fn with_outer(self, outer: &Segment) -> ValidationErrors {
        ValidationErrors {
            issues: self
                .issues
                .into_iter()
                .map(|i| i.with_outer(outer.clone()))
                .collect(),
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors().count();
        write!(f, "{n} validation error{}", if n == 1 { "" } else { "s" })?;
        for issue in &self.issues {
            write!(f, "\n  {issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_builds_outward_and_prints() {
        let issue = Issue::error(Code::Negative, "percent -1 is negative", "-1")
            .at("percent")
            .with_outer(Segment::Index(0))
            .at("achievements")
            .with_outer(Segment::Index(2))
            .at("indicators");
        assert_eq!(
            issue.path.to_string(),
            "indicators[2].achievements[0].percent"
        );
        assert_eq!(Path::parse(&issue.path.to_string()), issue.path);
    }

    #[test]
    fn only_warnings_are_not_errors() {
        let w = Issue::warning(Code::PercentMismatch, "x", "1");
        assert!(ValidationErrors::from_issues(vec![w.clone()]).is_none());
        let e = Issue::error(Code::TermSpan, "y", "2");
        let errs = ValidationErrors::from_issues(vec![w, e]).unwrap();
        assert_eq!(errs.errors().count(), 1);
        assert!(errs.to_string().starts_with("1 validation error"));
    }

    #[test]
    fn vietnamese_message_names_the_input() {
        let e = Issue::error(Code::TermSpan, "term 2020-2026 spans 6 years", "2020-2026");
        let vi = e.message_in(Lang::Vi);
        assert!(vi.contains("2020-2026"), "{vi}");
        assert_ne!(vi, e.message);
    }
}
