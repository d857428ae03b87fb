//! Drafts: the unvalidated, freely built form of every entity.
//!
//! Every entity `X` of the model has private fields, read through getters, and a
//! companion `XDraft` with public fields. A draft is what you build by hand, what
//! JSON deserializes into, and what [`Draft::build`] checks: it runs every rule of
//! the entity and of all the entities it holds, collects every issue with its
//! path, and only when no issue is an error gives the validated `X`. So an `X`
//! that breaks a rule cannot exist. `X::to_draft()` goes back, to change a value
//! and build it again.
//!
//! Required fields are `Option`s in the draft so that a missing one is reported as
//! an issue (`missing_field`) with its path, like any other rule.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::code::Code;
use crate::error::Error;
use crate::issue::{Issue, Path, Segment, ValidationErrors};

/// The unvalidated form of an entity.
pub trait Draft: Sized + Clone + Serialize + DeserializeOwned {
    /// The validated entity.
    type Output;

    /// Every issue the draft has (errors and warnings), paths relative to it.
    fn check(&self) -> Vec<Issue>;

    /// Checks every rule and gives the validated entity.
    ///
    /// # Errors
    ///
    /// [`ValidationErrors`] with every issue found (warnings included) when at
    /// least one is an error.
    fn build(self) -> Result<Self::Output, ValidationErrors>;
}

/// Draft to validated value, for a draft already checked. Crate-private so that
/// nothing outside can skip the check.
pub(crate) trait Assemble {
    type Out;
    fn assemble(self) -> Self::Out;
}

/// Validated value back to its draft.
pub(crate) trait Disassemble {
    type Out;
    fn disassemble(&self) -> Self::Out;
}

macro_rules! identity {
    ($($t:ty),* $(,)?) => {$(
        impl Assemble for $t { type Out = $t; fn assemble(self) -> $t { self } }
        impl Disassemble for $t { type Out = $t; fn disassemble(&self) -> $t { self.clone() } }
    )*};
}

identity!(
    String,
    bool,
    u32,
    i32,
    f64,
    chrono::NaiveDate,
    crate::Level,
    crate::UnitKind,
    crate::Organ,
    crate::SessionKind,
    crate::Qualifier,
    crate::Figure,
    crate::Basis,
    crate::RelativeTo,
    crate::Direction,
    crate::TallyStatus,
    crate::Category,
    crate::RoleInSession,
    crate::DocumentKind,
    crate::SymbolSystem,
    Issue,
);

impl<T: Assemble> Assemble for Option<T> {
    type Out = Option<T::Out>;
    fn assemble(self) -> Option<T::Out> {
        self.map(Assemble::assemble)
    }
}

impl<T: Disassemble> Disassemble for Option<T> {
    type Out = Option<T::Out>;
    fn disassemble(&self) -> Option<T::Out> {
        self.as_ref().map(Disassemble::disassemble)
    }
}

impl<T: Assemble> Assemble for Vec<T> {
    type Out = Vec<T::Out>;
    /// Exactly as long as the draft's list: a list read from JSON has grown by
    /// doubling, and a validated value is kept, often by the hundred thousand.
    fn assemble(self) -> Vec<T::Out> {
        let mut out = Vec::with_capacity(self.len());
        out.extend(self.into_iter().map(Assemble::assemble));
        out
    }
}

impl<T: Disassemble> Disassemble for Vec<T> {
    type Out = Vec<T::Out>;
    fn disassemble(&self) -> Vec<T::Out> {
        self.iter().map(Disassemble::disassemble).collect()
    }
}

/// Checks of a child value, for the rules of a parent: each entity's draft
/// implements it, and so do `Option` and `Vec` of them.
pub(crate) trait CheckChild {
    /// Issues of the child, placed under `field` of the parent.
    fn check_at(&self, field: &str, out: &mut Vec<Issue>);
}

impl<T: Draft> CheckChild for T {
    fn check_at(&self, field: &str, out: &mut Vec<Issue>) {
        out.extend(self.check().into_iter().map(|i| i.at(field)));
    }
}

impl<T: Draft> CheckChild for Option<T> {
    fn check_at(&self, field: &str, out: &mut Vec<Issue>) {
        if let Some(v) = self {
            v.check_at(field, out);
        }
    }
}

impl<T: Draft> CheckChild for Vec<T> {
    fn check_at(&self, field: &str, out: &mut Vec<Issue>) {
        for (i, v) in self.iter().enumerate() {
            out.extend(
                v.check()
                    .into_iter()
                    .map(|x| x.with_outer(Segment::Index(i)).at(field)),
            );
        }
    }
}

/// The issue for a required field that is absent.
pub(crate) fn missing(field: &str) -> Issue {
    Issue::error(
        Code::MissingField,
        format!("required field `{field}` is missing or null"),
        "",
    )
    .at(field)
}

/// Reads any draft from JSON and builds it: the path of a JSON error is the
/// model path, and every rule violation is collected.
pub(crate) fn from_json<D: Draft>(text: &str) -> Result<D::Output, Error> {
    let draft = draft_from_json::<D>(text)?;
    draft.build().map_err(Error::Invalid)
}

/// Reads a draft from JSON without checking its rules.
///
/// Valid JSON takes the plain serde path; only when it fails is the text read
/// again with the path tracked (a key copied and a chain kept per value), so
/// the error names where it is at no cost to the text that has none.
pub(crate) fn draft_from_json<D: Draft>(text: &str) -> Result<D, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(draft) = D::deserialize(&mut de) {
        if de.end().is_ok() {
            return Ok(draft);
        }
    }
    draft_from_json_tracked(text)
}

/// [`draft_from_json`] with the path of the error tracked.
fn draft_from_json_tracked<D: Draft>(text: &str) -> Result<D, Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let draft: D = serde_path_to_error::deserialize(&mut de).map_err(json_error)?;
    de.end().map_err(|e| Error::Json {
        path: Path::root(),
        line: e.line(),
        column: e.column(),
        message: "trailing characters after the JSON value".to_owned(),
        code: Code::JsonSyntax,
    })?;
    Ok(draft)
}

/// Reads a draft from an already parsed JSON value.
pub(crate) fn draft_from_value<D: Draft>(value: serde_json::Value) -> Result<D, Error> {
    serde_path_to_error::deserialize(value).map_err(json_error)
}

#[allow(clippy::needless_pass_by_value)] // used as a map_err callback
fn json_error(err: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = Path::parse(&err.path().to_string().replace('?', ""));
    let inner = err.inner();
    let message = inner.to_string();
    let code = if inner.is_syntax() || inner.is_eof() {
        Code::JsonSyntax
    } else if message.starts_with("unknown field") {
        Code::UnknownField
    } else if message.starts_with("unknown variant") {
        Code::UnknownVariant
    } else if message.starts_with("missing field") {
        Code::MissingField
    } else {
        Code::JsonType
    };
    // serde_json appends " at line L column C"; keep the message itself.
    let message = match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    };
    Error::Json {
        path: if path.to_string() == "." {
            Path::root()
        } else {
            path
        },
        line: inner.line(),
        column: inner.column(),
        message,
        code,
    }
}

/// Declares an entity: the validated struct (private fields, getters, serde),
/// its draft (public fields), and the conversions between them.
///
/// Field syntax: `name: ValidType [getter] = DraftType,` where `getter` is
/// `copy` (returns the value), `ref` (returns `&T`), `str` (`&str`), `opt_str`
/// (`Option<&str>`), `opt Inner` (`Option<&Inner>`) or `list Inner` (`&[Inner]`);
/// prefix the draft type with `required` for a field that must be present (the
/// draft holds an `Option` and a missing value is a `missing_field` issue).
macro_rules! entity {
    (
        $(#[$meta:meta])*
        pub struct $name:ident / $draft:ident {
            $(
                $(#[$fdoc:meta])*
                $f:ident : $ty:ty [$get:ident $($inner:ty)?] = $($req:ident)? ~ $dty:ty
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct $name {
            $( $f: $ty, )*
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let draft = <$draft as serde::Deserialize>::deserialize(d)?;
                $crate::Draft::build(draft).map_err(serde::de::Error::custom)
            }
        }

        #[doc = concat!("The unvalidated form of [`", stringify!($name), "`]: build it freely, then [`Draft::build`](crate::Draft::build) checks every rule.")]
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct $draft {
            $( $(#[$fdoc])* pub $f: $crate::draft::entity!(@dty [$($req)?] $dty), )*
        }

        impl $name {
            $(
                $crate::draft::entity!(@getter [$(#[$fdoc])*] $f, $ty, $get $($inner)?);
            )*

            /// A draft holding this value's fields, to change and build again.
            pub fn to_draft(&self) -> $draft {
                $crate::draft::Disassemble::disassemble(self)
            }

            /// Reads the value from JSON, checking every rule.
            ///
            /// # Errors
            ///
            /// [`Error::Json`](crate::Error::Json) naming the path, line and column of
            /// malformed JSON, an unknown field or a missing one;
            /// [`Error::Invalid`](crate::Error::Invalid) with every broken rule.
            pub fn from_json(text: &str) -> Result<$name, $crate::Error> {
                $crate::draft::from_json::<$draft>(text)
            }

            /// Reads the value from a parsed JSON value, checking every rule.
            ///
            /// # Errors
            ///
            /// As [`Self::from_json`].
            pub fn from_value(value: serde_json::Value) -> Result<$name, $crate::Error> {
                let draft = $crate::draft::draft_from_value::<$draft>(value)?;
                $crate::Draft::build(draft).map_err($crate::Error::Invalid)
            }

            /// The value as compact JSON.
            pub fn to_json(&self) -> String {
                serde_json::to_string(self).expect("model values always serialize")
            }

            /// The value as a JSON value.
            pub fn to_value(&self) -> serde_json::Value {
                serde_json::to_value(self).expect("model values always serialize")
            }

            /// Every issue the value has. A value that exists has no errors, so
            /// these are the warnings: findings about figures that disagree.
            pub fn validate(&self) -> Vec<$crate::Issue> {
                $crate::Draft::check(&self.to_draft())
            }
        }

        impl TryFrom<$draft> for $name {
            type Error = $crate::ValidationErrors;
            fn try_from(draft: $draft) -> Result<$name, $crate::ValidationErrors> {
                $crate::Draft::build(draft)
            }
        }

        impl From<$name> for $draft {
            fn from(value: $name) -> $draft {
                value.to_draft()
            }
        }

        impl $crate::draft::Assemble for $draft {
            type Out = $name;
            fn assemble(self) -> $name {
                $name { $( $f: $crate::draft::entity!(@asm [$($req)?] self.$f), )* }
            }
        }

        impl $crate::draft::Disassemble for $name {
            type Out = $draft;
            fn disassemble(&self) -> $draft {
                $draft { $( $f: $crate::draft::entity!(@dis [$($req)?] self.$f), )* }
            }
        }

        impl $crate::Draft for $draft {
            type Output = $name;

            fn check(&self) -> Vec<$crate::Issue> {
                #[allow(unused_mut)]
                let mut out = Vec::new();
                $( $crate::draft::entity!(@required [$($req)?] self, $f, out); )*
                out.extend($crate::draft::Rules::rules(self));
                out
            }

            fn build(self) -> Result<$name, $crate::ValidationErrors> {
                let issues = $crate::Draft::check(&self);
                match $crate::ValidationErrors::from_issues(issues) {
                    Some(errors) => Err(errors),
                    None => Ok($crate::draft::Assemble::assemble(self)),
                }
            }
        }
    };

    (@dty [required] $dty:ty) => { Option<$dty> };
    (@dty [] $dty:ty) => { $dty };

    (@asm [required] $e:expr) => {
        $crate::draft::Assemble::assemble($e.expect("required fields are checked before assembly"))
    };
    (@asm [] $e:expr) => { $crate::draft::Assemble::assemble($e) };

    (@dis [required] $e:expr) => { Some($crate::draft::Disassemble::disassemble(&$e)) };
    (@dis [] $e:expr) => { $crate::draft::Disassemble::disassemble(&$e) };

    (@required [required] $s:ident, $f:ident, $out:ident) => {
        if $s.$f.is_none() {
            $out.push($crate::draft::missing(stringify!($f)));
        }
    };
    (@required [] $s:ident, $f:ident, $out:ident) => {};

    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, copy) => {
        $(#[$fdoc])* pub fn $f(&self) -> $ty { self.$f }
    };
    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, ref) => {
        $(#[$fdoc])* pub fn $f(&self) -> &$ty { &self.$f }
    };
    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, str) => {
        $(#[$fdoc])* pub fn $f(&self) -> &str { &self.$f }
    };
    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, opt_str) => {
        $(#[$fdoc])* pub fn $f(&self) -> Option<&str> { self.$f.as_deref() }
    };
    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, opt $inner:ty) => {
        $(#[$fdoc])* pub fn $f(&self) -> Option<&$inner> { self.$f.as_ref() }
    };
    (@getter [$(#[$fdoc:meta])*] $f:ident, $ty:ty, list $inner:ty) => {
        $(#[$fdoc])* pub fn $f(&self) -> &[$inner] { &self.$f }
    };
}

pub(crate) use entity;

/// The hand-written rules of one entity, beyond required fields: each entity's
/// module implements it for its draft.
pub(crate) trait Rules {
    /// Issues of this draft's own rules and of the children it holds.
    fn rules(&self) -> Vec<Issue>;
}

#[cfg(test)]
mod tests {
    use super::Assemble;

    #[test]
    fn assembled_lists_hold_no_spare_capacity() {
        let mut titles: Vec<String> = Vec::with_capacity(16);
        titles.push("Bí thư Huyện ủy".to_owned());
        titles.push("Chủ tịch HĐND huyện".to_owned());
        let built = titles.assemble();
        assert_eq!(built.capacity(), 2);
        assert_eq!(built, ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]);
        let nested = vec![Vec::<String>::with_capacity(8)].assemble();
        assert_eq!((nested.capacity(), nested[0].capacity()), (1, 0));
    }
}
