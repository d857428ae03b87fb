//! How every model class of the core becomes a frozen Python class wrapping the
//! Rust value (the classes themselves are declared in `classes.rs`).
//!
//! Each class has a keyword constructor that hands its arguments, as the JSON
//! form of the model, to the core (which builds the draft and checks every rule),
//! read-only attributes, `==` and `hash` through the Rust value, a repr like a
//! constructor call, `to_dict`/`from_dict`/`to_json`/`from_json`, `validate()`,
//! `replace(**changes)`, pickling through JSON and `copy`/`deepcopy`.

use dangbo::{Issue, Period, PeriodDraft, ValidationErrors};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use serde_json::{Map, Value};

use crate::classes::PyIssue;
use crate::convert::py_to_json;
use crate::errors::{decode_error, issues_error, model_error};

/// What the Python layer needs of a model value; the core's entities have all of
/// it as inherent methods.
pub(crate) trait Model: Sized + PartialEq + Send + Sync + 'static {
    /// Reads and checks the JSON value.
    fn from_value(value: Value) -> Result<Self, dangbo::Error>;
    /// Reads and checks JSON text.
    fn from_json(text: &str) -> Result<Self, dangbo::Error>;
    /// The JSON value.
    fn to_value(&self) -> Value;
    /// Compact JSON text.
    fn to_json(&self) -> String;
    /// Every issue (warnings) of the value.
    fn validate(&self) -> Vec<Issue>;
}

macro_rules! entity_model {
    ($($t:ty),*) => {$(
        impl Model for $t {
            fn from_value(value: Value) -> Result<Self, dangbo::Error> { <$t>::from_value(value) }
            fn from_json(text: &str) -> Result<Self, dangbo::Error> { <$t>::from_json(text) }
            fn to_value(&self) -> Value { <$t>::to_value(self) }
            fn to_json(&self) -> String { <$t>::to_json(self) }
            fn validate(&self) -> Vec<Issue> { <$t>::validate(self) }
        }
    )*};
}

entity_model!(
    dangbo::Term,
    dangbo::Session,
    dangbo::Committee,
    dangbo::CommitteeRef,
    dangbo::IndicatorReport,
    dangbo::Achievement,
    dangbo::Change,
    dangbo::Share,
    dangbo::IndicatorTarget,
    dangbo::Tally,
    dangbo::PersonMention,
    dangbo::Position,
    dangbo::Resolution,
    dangbo::ResolutionMention,
    dangbo::Source,
    dangbo::Periods,
    dangbo::Report,
    dangbo::DocumentSymbol,
    dangbo::Quantity
);

/// A serde error on a value that is not an entity, as an issue.
fn serde_issue(err: &serde_json::Error) -> Issue {
    use dangbo::Code;
    let message = err.to_string();
    let (code, field) = if err.is_syntax() || err.is_eof() {
        (Code::JsonSyntax, None)
    } else if message.starts_with("unknown field") {
        (Code::UnknownField, None)
    } else if message.starts_with("unknown variant") {
        (Code::UnknownVariant, Some("kind"))
    } else if message.starts_with("missing field") {
        (Code::MissingField, None)
    } else {
        (Code::JsonType, None)
    };
    let issue = Issue::error(code, message, "");
    match field {
        Some(f) => issue.at(f),
        None => issue,
    }
}

fn invalid(issue: Issue) -> dangbo::Error {
    dangbo::Error::Invalid(ValidationErrors::single(issue))
}

impl Model for Period {
    fn from_value(value: Value) -> Result<Self, dangbo::Error> {
        let draft: PeriodDraft =
            serde_json::from_value(value).map_err(|e| invalid(serde_issue(&e)))?;
        dangbo::Draft::build(draft).map_err(dangbo::Error::Invalid)
    }
    fn from_json(text: &str) -> Result<Self, dangbo::Error> {
        let value: Value = serde_json::from_str(text).map_err(|e| invalid(serde_issue(&e)))?;
        Self::from_value(value)
    }
    fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
    fn validate(&self) -> Vec<Issue> {
        dangbo::Draft::check(&self.to_draft())
    }
}

impl Model for Issue {
    fn from_value(value: Value) -> Result<Self, dangbo::Error> {
        serde_json::from_value(value).map_err(|e| invalid(serde_issue(&e)))
    }
    fn from_json(text: &str) -> Result<Self, dangbo::Error> {
        serde_json::from_str(text).map_err(|e| invalid(serde_issue(&e)))
    }
    fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
    fn validate(&self) -> Vec<Issue> {
        Vec::new()
    }
}

/// Builds a value from keyword arguments: each becomes a field of its JSON form.
pub(crate) fn construct<M: Model>(
    py: Python<'_>,
    fields: Vec<(&str, Option<Bound<'_, PyAny>>)>,
) -> PyResult<M> {
    let mut map = Map::new();
    let mut issues = Vec::new();
    for (name, value) in fields {
        if let Some(v) = value {
            match py_to_json(&v) {
                Ok(json) => {
                    map.insert(name.to_owned(), json);
                }
                Err(issue) => issues.push(issue.at(name)),
            }
        }
    }
    if !issues.is_empty() {
        return Err(issues_error(py, issues));
    }
    M::from_value(Value::Object(map)).map_err(|e| model_error(py, &e))
}

/// An issue from keyword arguments: the severity defaults to the code's.
pub(crate) fn construct_issue(
    py: Python<'_>,
    fields: Vec<(&str, Option<Bound<'_, PyAny>>)>,
) -> PyResult<Issue> {
    let mut fields = fields;
    let code = fields
        .iter()
        .find(|(n, _)| *n == "code")
        .and_then(|(_, v)| v.as_ref())
        .and_then(|v| v.extract::<String>().ok())
        .and_then(|c| c.parse::<dangbo::Code>().ok());
    for (name, value) in &mut fields {
        if value.is_none() {
            *value = match *name {
                "path" | "input" => Some(PyString::new(py, "").into_any()),
                "severity" => code.map(|c| PyString::new(py, c.severity().as_str()).into_any()),
                _ => None,
            };
        }
    }
    construct::<Issue>(py, fields)
}

/// The value with some fields changed, checked again.
pub(crate) fn replace<M: Model>(
    py: Python<'_>,
    value: &M,
    changes: Option<&Bound<'_, PyDict>>,
) -> PyResult<M> {
    let Value::Object(mut map) = value.to_value() else {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "value has no fields",
        ));
    };
    let mut issues = Vec::new();
    if let Some(changes) = changes {
        for (k, v) in changes.iter() {
            let key: String = k.extract()?;
            match py_to_json(&v) {
                Ok(json) => {
                    map.insert(key, json);
                }
                Err(issue) => issues.push(issue.at(&key)),
            }
        }
    }
    if !issues.is_empty() {
        return Err(issues_error(py, issues));
    }
    M::from_value(Value::Object(map)).map_err(|e| model_error(py, &e))
}

/// An enumeration value from its JSON spelling, or `ValidationError` naming the argument.
pub(crate) fn parse_enum<T: std::str::FromStr<Err = dangbo::Error>>(
    py: Python<'_>,
    text: &str,
    field: &str,
) -> PyResult<T> {
    text.parse::<T>().map_err(|e| {
        issues_error(
            py,
            vec![Issue::error(dangbo::Code::UnknownVariant, e.to_string(), text).at(field)],
        )
    })
}

/// `from_json` accepts `str` or UTF-8 `bytes`.
pub(crate) fn json_text<'a>(
    py: Python<'_>,
    text: &'a Bound<'_, PyAny>,
) -> PyResult<std::borrow::Cow<'a, str>> {
    if let Ok(s) = text.cast::<PyString>() {
        return Ok(std::borrow::Cow::Owned(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = text.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        return std::str::from_utf8(bytes)
            .map(|s| std::borrow::Cow::Owned(s.to_owned()))
            .map_err(|e| decode_error(py, bytes, e, "JSON bytes"));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "from_json() takes str or bytes, not {}",
        text.get_type().name()?
    )))
}

pub(crate) fn from_dict<M: Model>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<M> {
    if !data.is_instance_of::<PyDict>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "from_dict() takes a dict, not {}",
            data.get_type().name()?
        )));
    }
    let value = py_to_json(data).map_err(|i| issues_error(py, vec![i]))?;
    M::from_value(value).map_err(|e| model_error(py, &e))
}

pub(crate) fn issues_list(py: Python<'_>, issues: Vec<Issue>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for issue in issues {
        list.append(Bound::new(py, PyIssue::wrap(issue))?)?;
    }
    Ok(list)
}

pub(crate) fn to_json_text(
    py: Python<'_>,
    value: &impl Model,
    indent: Option<usize>,
) -> PyResult<String> {
    match indent {
        None => Ok(value.to_json()),
        Some(n) => {
            let _ = py;
            let json = value.to_value();
            let spaces = " ".repeat(n);
            let mut out = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(spaces.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
            serde::Serialize::serialize(&json, &mut ser)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            String::from_utf8(out)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
        }
    }
}

/// A field of the wrapped value: its getter, or a closure for values without one.
macro_rules! get {
    ($inner:expr, $f:ident) => {
        $inner.$f()
    };
    ($inner:expr, $f:ident, $g:expr) => {
        ($g)(&*$inner)
    };
}

macro_rules! model_class {
    (
        $(#[$doc:meta])*
        $py:ident($rust:ty) as $name:literal,
        sig = $sig:literal,
        build = $build:path,
        fields { $($f:ident $(= $g:expr)?),* $(,)? }
        methods { $($extra:tt)* }
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "dangbo", name = $name)]
        pub struct $py {
            pub(crate) inner: std::sync::Arc<$rust>,
        }

        impl $py {
            /// Wraps a Rust value.
            pub(crate) fn wrap(value: $rust) -> Self {
                Self { inner: std::sync::Arc::new(value) }
            }
        }

        impl ToPy for &$rust {
            fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
                Ok(Bound::new(py, $py::wrap(self.clone()))?.into_any())
            }
        }

        #[pymethods]
        impl $py {
            #[new]
            #[allow(clippy::too_many_arguments)]
            #[pyo3(signature = (*, $($f = None),*), text_signature = $sig)]
            fn __new__(py: Python<'_>, $($f: Option<Bound<'_, PyAny>>),*) -> PyResult<Self> {
                let fields = vec![$((stringify!($f), $f)),*];
                $build(py, fields).map(Self::wrap)
            }

            $(
                #[getter]
                fn $f<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    ToPy::to_py($crate::model::get!(self.inner, $f $(, $g)?), py)
                }
            )*

            fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
                std::sync::Arc::ptr_eq(&self.inner, &other.inner) || *self.inner == *other.inner
            }

            fn __hash__(&self) -> u64 {
                hash_json(&Model::to_value(&*self.inner))
            }

            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                let mut parts: Vec<String> = Vec::new();
                $(
                    let v = slf.getattr(stringify!($f))?;
                    if !v.is_none() {
                        parts.push(format!("{}={}", stringify!($f), v.repr()?));
                    }
                )*
                Ok(format!("{}({})", $name, parts.join(", ")))
            }

            /// The JSON form as plain Python objects (dates as ISO strings).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                json_to_py(py, &Model::to_value(&*self.inner))
            }

            /// The JSON text; `indent` pretty-prints.
            #[pyo3(signature = (*, indent=None))]
            fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
                to_json_text(py, &*self.inner, indent)
            }

            /// Reads and checks a dict of the JSON form.
            #[classmethod]
            fn from_dict(_cls: &Bound<'_, PyType>, py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                from_dict::<$rust>(py, data).map(Self::wrap)
            }

            /// Reads and checks JSON text.
            #[classmethod]
            fn from_json(_cls: &Bound<'_, PyType>, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
                let text = json_text(py, text)?;
                <$rust as Model>::from_json(&text).map(Self::wrap).map_err(|e| model_error(py, &e))
            }

            /// Every issue of the value: for a value that exists, the warnings.
            fn validate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
                issues_list(py, Model::validate(&*self.inner))
            }

            /// A copy with some fields changed, checked again.
            #[pyo3(signature = (**changes))]
            fn replace(&self, py: Python<'_>, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                replace(py, &*self.inner, changes).map(Self::wrap)
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                let json = Model::to_json(&*slf.get().inner);
                Ok((slf.get_type().getattr("from_json")?, PyTuple::new(slf.py(), [json])?))
            }

            fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
                slf
            }

            fn __deepcopy__<'py>(slf: Bound<'py, Self>, memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
                let _ = memo;
                slf
            }

            $($extra)*
        }
    };
}

pub(crate) use {get, model_class};
