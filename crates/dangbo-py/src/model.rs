//! Every model class of the core as a frozen Python class wrapping the Rust value.
//!
//! Each class has a keyword constructor that hands its arguments, as the JSON
//! form of the model, to the core (which builds the draft and checks every rule),
//! read-only attributes, `==` and `hash` through the Rust value, a repr like a
//! constructor call, `to_dict`/`from_dict`/`to_json`/`from_json`, `validate()`,
//! `replace(**changes)`, pickling through JSON and `copy`/`deepcopy`.

use std::sync::Arc;

use dangbo::{Issue, Period, PeriodDraft, Severity, ValidationErrors};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Value};

use crate::convert::{hash_json, json_to_py, py_to_json, ToPy};
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
fn construct<M: Model>(
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
fn construct_issue(
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
fn replace<M: Model>(
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
fn parse_enum<T: std::str::FromStr<Err = dangbo::Error>>(
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
fn json_text<'a>(
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

fn from_dict<M: Model>(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<M> {
    if !data.is_instance_of::<PyDict>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "from_dict() takes a dict, not {}",
            data.get_type().name()?
        )));
    }
    let value = py_to_json(data).map_err(|i| issues_error(py, vec![i]))?;
    M::from_value(value).map_err(|e| model_error(py, &e))
}

fn issues_list(py: Python<'_>, issues: Vec<Issue>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for issue in issues {
        list.append(Bound::new(py, PyIssue::wrap(issue))?)?;
    }
    Ok(list)
}

fn to_json_text(py: Python<'_>, value: &impl Model, indent: Option<usize>) -> PyResult<String> {
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
            pub(crate) inner: Arc<$rust>,
        }

        impl $py {
            /// Wraps a Rust value.
            pub(crate) fn wrap(value: $rust) -> Self {
                Self { inner: Arc::new(value) }
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
                    ToPy::to_py(get!(self.inner, $f $(, $g)?), py)
                }
            )*

            fn __eq__(&self, other: PyRef<'_, Self>) -> bool {
                Arc::ptr_eq(&self.inner, &other.inner) || *self.inner == *other.inner
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

model_class! {
    /// A term of office: "khóa XXII", "nhiệm kỳ 2020-2025".
    PyTerm(dangbo::Term) as "Term",
    sig = "(*, ordinal=None, start_year=None, end_year=None)",
    build = construct,
    fields { ordinal, start_year, end_year }
    methods {
        /// Whether `date` falls within the term's years (inclusive); None when
        /// the years are unknown.
        fn contains(&self, date: chrono::NaiveDate) -> Option<bool> {
            self.inner.contains(date)
        }
    }
}

model_class! {
    /// One meeting of a party body.
    PySession(dangbo::Session) as "Session",
    sig = "(*, organ, kind, ordinal=None, term=None, expanded=False, extraordinary=False, date=None, end_date=None, date_text=None)",
    build = construct,
    fields { organ, kind, ordinal, term, expanded, extraordinary, date, end_date, date_text }
    methods {}
}

model_class! {
    /// A party committee as a registry knows it.
    PyCommittee(dangbo::Committee) as "Committee",
    sig = "(*, id, name, level, unit_kind, locality=None, province=None, parent_id=None, valid_from=None, valid_to=None, successor_ids=..., terms=...)",
    build = construct,
    fields { id, name, level, unit_kind, locality, province, parent_id, valid_from, valid_to, successor_ids, terms }
    methods {
        /// Whether the committee existed on `date` (an unknown bound is open).
        fn is_active_on(&self, date: chrono::NaiveDate) -> bool {
            self.inner.is_active_on(date)
        }

        /// The registry's committees that took over this one's area.
        fn successors(&self) -> Vec<PyCommittee> {
            crate::registry::successors(&self.inner)
        }

        /// The registry's committees whose area this one took over.
        fn predecessors(&self) -> Vec<PyCommittee> {
            crate::registry::predecessors(&self.inner)
        }

        /// The registry's committee one level up on `date`.
        fn parent_on(&self, date: chrono::NaiveDate) -> Option<PyCommittee> {
            crate::registry::parent_on(&self.inner, date)
        }
    }
}

model_class! {
    /// A committee as an article names it.
    PyCommitteeRef(dangbo::CommitteeRef) as "CommitteeRef",
    sig = "(*, text, level=None, unit_kind=None, locality=None, province=None, id=None)",
    build = construct,
    fields { text, level, unit_kind, locality, province, id }
    methods {}
}

model_class! {
    /// A percent of a basis: "đạt 120,4% dự toán tỉnh giao".
    PyAchievement(dangbo::Achievement) as "Achievement",
    sig = "(*, percent, basis, qualifier='exact', basis_text=None)",
    build = construct,
    fields { percent, qualifier, basis, basis_text }
    methods {
        /// "met" at 100 % or more, else "not_met".
        fn status(&self) -> &'static str {
            self.inner.status().as_str()
        }
    }
}

model_class! {
    /// Growth or decline: "tăng 20,18% so với cùng kỳ".
    PyChange(dangbo::Change) as "Change",
    sig = "(*, direction, percent=None, amount=None, relative_to=None)",
    build = construct,
    fields { percent, amount, direction, relative_to }
    methods {}
}

model_class! {
    /// A share of a whole: "chiếm 39,68% sản phẩm toàn tỉnh".
    PyShare(dangbo::Share) as "Share",
    sig = "(*, percent, of=None)",
    build = construct,
    fields { percent, of }
    methods {}
}

model_class! {
    /// One reported figure of a plan indicator.
    PyIndicatorReport(dangbo::IndicatorReport) as "IndicatorReport",
    sig = "(*, text, name, category=None, unit=None, value=None, qualifier='exact', figure='actual', target=None, achievements=..., change=None, share=None, period=None)",
    build = construct,
    fields { text, name, category, unit, value, qualifier, figure, target, achievements, change, share, period }
    methods {
        /// The first achievement against `basis`, in the order written.
        fn achievement(&self, py: Python<'_>, basis: String) -> PyResult<Option<PyAchievement>> {
            let basis = parse_enum::<dangbo::Basis>(py, &basis, "basis")?;
            Ok(self.inner.achievement(basis).map(|a| PyAchievement::wrap(a.clone())))
        }

        /// The target the value and the percent against `basis` imply: value ÷ percent × 100.
        fn implied_target(&self, py: Python<'_>, basis: String) -> PyResult<Option<f64>> {
            let basis = parse_enum::<dangbo::Basis>(py, &basis, "basis")?;
            Ok(self.inner.implied_target(basis))
        }

        /// "met" or "not_met" against `basis` (its first achievement); None without one.
        fn status(&self, py: Python<'_>, basis: String) -> PyResult<Option<&'static str>> {
            let basis = parse_enum::<dangbo::Basis>(py, &basis, "basis")?;
            Ok(self.inner.status(basis).map(dangbo::AchievementStatus::as_str))
        }

        /// The pace of the first achievement (or the first against `basis`) over
        /// `period`: its percent ÷ the share of the year elapsed at the period's end.
        #[pyo3(signature = (period, basis=None))]
        fn pace(&self, py: Python<'_>, period: PyRef<'_, PyPeriod>, basis: Option<String>) -> PyResult<Option<f64>> {
            match basis {
                None => Ok(self.inner.pace(&period.inner)),
                Some(b) => {
                    let basis = parse_enum::<dangbo::Basis>(py, &b, "basis")?;
                    Ok(self.inner.pace_for(basis, &period.inner))
                }
            }
        }
    }
}

model_class! {
    /// A target a resolution sets.
    PyIndicatorTarget(dangbo::IndicatorTarget) as "IndicatorTarget",
    sig = "(*, name, category=None, unit=None, value=None, direction=None)",
    build = construct,
    fields { name, category, unit, value, direction }
    methods {}
}

model_class! {
    /// A count of targets with a status: "15/18 chỉ tiêu đạt và vượt".
    PyTally(dangbo::Tally) as "Tally",
    sig = "(*, text, count, total=None, of=None, status=None, basis=None)",
    build = construct,
    fields { text, count, total, of, status, basis }
    methods {}
}

model_class! {
    /// A role in an organ of an organization.
    PyPosition(dangbo::Position) as "Position",
    sig = "(*, role, organ=None, organization=None)",
    build = construct,
    fields { role, organ, organization }
    methods {}
}

model_class! {
    /// A named person with titles and a part in the session.
    PyPersonMention(dangbo::PersonMention) as "PersonMention",
    sig = "(*, name, titles=..., positions=..., role_in_session=None)",
    build = construct,
    fields { name, titles, positions, role_in_session }
    methods {}
}

model_class! {
    /// A resolution or other party document with its targets.
    PyResolution(dangbo::Resolution) as "Resolution",
    sig = "(*, kind, issuer, symbol=None, title=None, adopted_on=None, period=None, targets=...)",
    build = construct,
    fields { symbol, kind, issuer, title, adopted_on, period, targets }
    methods {}
}

model_class! {
    /// A document an article mentions or a session adopts.
    PyResolutionMention(dangbo::ResolutionMention) as "ResolutionMention",
    sig = "(*, text, kind, symbol=None, title=None, adopted=False)",
    build = construct,
    fields { text, symbol, kind, title, adopted }
    methods {}
}

model_class! {
    /// Where a report came from.
    PySource(dangbo::Source) as "Source",
    sig = "(*, title=None, published=None, url=None)",
    build = construct,
    fields { title, published, url }
    methods {}
}

model_class! {
    /// The period a session reviews and the one it plans for.
    PyPeriods(dangbo::Periods) as "Periods",
    sig = "(*, review=None, plan=None)",
    build = construct,
    fields { review, plan }
    methods {}
}

model_class! {
    /// Everything one article says about one session.
    PyReport(dangbo::Report) as "Report",
    sig = "(*, source=None, committee=None, session=None, periods=None, people=..., indicators=..., tallies=..., resolutions=..., findings=...)",
    build = construct,
    fields { source, committee, session, periods, people, indicators, tallies, resolutions, findings }
    methods {}
}

model_class! {
    /// The symbol of a document: "05-NQ/TU", "12/NQ-CP".
    PyDocumentSymbol(dangbo::DocumentSymbol) as "DocumentSymbol",
    sig = "(*, number, kind, issuer, system, text)",
    build = construct,
    fields { number, kind, issuer, system, text }
    methods {
        /// Reads a symbol as written: "05-NQ/TU", "12/NQ-CP".
        #[classmethod]
        fn parse(_cls: &Bound<'_, PyType>, py: Python<'_>, text: String) -> PyResult<Self> {
            text.parse::<dangbo::DocumentSymbol>()
                .map(Self::wrap)
                .map_err(|e| model_error(py, &e))
        }

        fn __str__(&self) -> String {
            self.inner.to_string()
        }
    }
}

model_class! {
    /// A qualified amount with its unit as written: "trên 35,8 tỷ đồng".
    PyQuantity(dangbo::Quantity) as "Quantity",
    sig = "(*, value, unit, qualifier='exact')",
    build = construct,
    fields { value, unit, qualifier }
    methods {
        /// Reads a quantity as written: "trên 35,8 tỷ đồng".
        #[classmethod]
        fn parse(_cls: &Bound<'_, PyType>, py: Python<'_>, text: String) -> PyResult<Self> {
            text.parse::<dangbo::Quantity>().map(Self::wrap).map_err(|e| model_error(py, &e))
        }

        /// The value in the unit without its scale word: `(3.58e10, "đồng")`.
        fn to_base(&self) -> (f64, String) {
            self.inner.to_base()
        }
    }
}

model_class! {
    /// A period of time: "9 tháng đầu năm 2023", "quý I/2024", "nhiệm kỳ 2020-2025".
    PyPeriod(Period) as "Period",
    sig = "(*, kind, year=None, months=None, quarter=None, start_year=None, end_year=None, text=None)",
    build = construct,
    fields {
        kind,
        year,
        months,
        quarter = |p: &Period| p.quarter_number(),
        start_year,
        end_year,
        text = |p: &Period| p.text().map(str::to_owned)
    }
    methods {
        /// Reads a period as written: "9 tháng đầu năm 2023", "quý I/2024";
        /// `year` is taken when the text gives none ("6 tháng đầu năm").
        #[classmethod]
        #[pyo3(signature = (text, year=None))]
        fn parse(
            _cls: &Bound<'_, PyType>,
            py: Python<'_>,
            text: String,
            year: Option<i32>,
        ) -> PyResult<Self> {
            Period::parse_in(&text, year)
                .map(Self::wrap)
                .map_err(|e| model_error(py, &e))
        }

        /// The first day of the period; None for an `other` period without a year.
        fn start(&self) -> Option<chrono::NaiveDate> {
            self.inner.start()
        }

        /// The last day of the period (inclusive); None for an `other` period without a year.
        fn end(&self) -> Option<chrono::NaiveDate> {
            self.inner.end()
        }

        /// Whether `date` falls within the period, both ends included.
        fn contains(&self, date: chrono::NaiveDate) -> bool {
            self.inner.contains(date)
        }

        fn __str__(&self) -> String {
            self.inner.to_string()
        }
    }
}

model_class! {
    /// One broken rule or one disagreement between figures.
    PyIssue(Issue) as "Issue",
    sig = "(*, code, message, path='', input='', severity=None)",
    build = construct_issue,
    fields {
        path = |i: &Issue| i.path.to_string(),
        code = |i: &Issue| i.code,
        message = |i: &Issue| i.message.clone(),
        input = |i: &Issue| i.input.clone(),
        severity = |i: &Issue| i.severity
    }
    methods {
        /// The message in `lang`: "en" (the `message` field) or "vi".
        #[pyo3(signature = (lang=None), text_signature = "(self, /, lang='en')")]
        fn message_in(&self, lang: Option<String>) -> PyResult<String> {
            let lang = match lang.as_deref().unwrap_or("en") {
                "en" => dangbo::Lang::En,
                "vi" => dangbo::Lang::Vi,
                other => {
                    return Err(pyo3::exceptions::PyValueError::new_err(format!(
                        "unknown language {other:?}; expected \"en\" or \"vi\""
                    )))
                }
            };
            Ok(self.inner.message_in(lang))
        }

        /// Whether the issue rejects a value.
        fn is_error(&self) -> bool {
            self.inner.severity == Severity::Error
        }

        fn __str__(&self) -> String {
            self.inner.to_string()
        }
    }
}

impl crate::convert::ToPy for String {
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        Ok(PyString::new(py, &self).into_any())
    }
}

/// The JSON value of a model object, for `py_to_json`.
pub(crate) fn model_to_json(obj: &Bound<'_, PyAny>) -> Option<Value> {
    macro_rules! try_cast {
        ($($t:ty),*) => {$(
            if let Ok(x) = obj.cast::<$t>() {
                return Some(Model::to_value(&*x.get().inner));
            }
        )*};
    }
    try_cast!(
        PyIndicatorReport,
        PyAchievement,
        PyChange,
        PyShare,
        PyPeriod,
        PyPersonMention,
        PyPosition,
        PyTally,
        PyResolutionMention,
        PyDocumentSymbol,
        PyTerm,
        PySession,
        PyCommitteeRef,
        PySource,
        PyPeriods,
        PyIssue,
        PyReport,
        PyCommittee,
        PyResolution,
        PyIndicatorTarget,
        PyQuantity
    );
    None
}

/// Adds every model class to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyTerm>()?;
    m.add_class::<PySession>()?;
    m.add_class::<PyCommittee>()?;
    m.add_class::<PyCommitteeRef>()?;
    m.add_class::<PyIndicatorReport>()?;
    m.add_class::<PyAchievement>()?;
    m.add_class::<PyChange>()?;
    m.add_class::<PyShare>()?;
    m.add_class::<PyIndicatorTarget>()?;
    m.add_class::<PyTally>()?;
    m.add_class::<PyPersonMention>()?;
    m.add_class::<PyPosition>()?;
    m.add_class::<PyResolution>()?;
    m.add_class::<PyResolutionMention>()?;
    m.add_class::<PySource>()?;
    m.add_class::<PyPeriods>()?;
    m.add_class::<PyReport>()?;
    m.add_class::<PyPeriod>()?;
    m.add_class::<PyDocumentSymbol>()?;
    m.add_class::<PyQuantity>()?;
    m.add_class::<PyIssue>()?;
    Ok(())
}
