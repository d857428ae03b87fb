//! Conversions between Python objects and the JSON form of the model.
//!
//! Constructors and `from_dict` turn their Python arguments into the JSON value
//! of the model (the serde form the core reads) and let the core build and check
//! it; attributes and `to_dict` turn Rust values back into Python objects.

use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use dangbo::{Code, Issue, Segment};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDate, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// A Python object as the JSON value the model reads; a value that has no JSON
/// form gives an issue at its path (relative to `obj`).
pub(crate) fn py_to_json(obj: &Bound<'_, PyAny>) -> Result<Value, Issue> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(Issue::error(
            Code::NumberOverflow,
            format!("integer {} is out of range", display(obj)),
            display(obj),
        ));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return Number::from_f64(v).map(Value::Number).ok_or_else(|| {
            Issue::error(
                Code::NotFinite,
                format!("number {v} is NaN or infinite"),
                v.to_string(),
            )
        });
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(
            s.to_cow().map_err(|e| type_issue(obj, &e))?.into_owned(),
        ));
    }
    if obj.is_instance_of::<PyDate>() {
        let d: NaiveDate = obj.extract().map_err(|e: PyErr| type_issue(obj, &e))?;
        return Ok(Value::String(d.to_string()));
    }
    if let Some(v) = crate::classes::model_to_json(obj) {
        return Ok(v);
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key = k
                .cast::<PyString>()
                .map_err(|_| {
                    Issue::error(
                        Code::JsonType,
                        format!("dictionary key {} is not a string", display(&k)),
                        display(&k),
                    )
                })?
                .to_string();
            let value = py_to_json(&v).map_err(|i| i.at(&key))?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        for (i, item) in obj.try_iter().map_err(|e| type_issue(obj, &e))?.enumerate() {
            let item = item.map_err(|e| type_issue(obj, &e))?;
            out.push(py_to_json(&item).map_err(|x| x.with_outer(Segment::Index(i)))?);
        }
        return Ok(Value::Array(out));
    }
    Err(Issue::error(
        Code::JsonType,
        format!(
            "a value of type {} has no place in the model",
            obj.get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |n| n.to_string())
        ),
        display(obj),
    ))
}

fn type_issue(obj: &Bound<'_, PyAny>, err: &PyErr) -> Issue {
    Issue::error(Code::JsonType, err.to_string(), display(obj))
}

/// `repr(obj)`, clipped, for messages.
pub(crate) fn display(obj: &Bound<'_, PyAny>) -> String {
    let text = obj
        .repr()
        .map_or_else(|_| "<unprintable>".to_owned(), |r| r.to_string());
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A JSON value as plain Python objects (dict, list, str, int, float, bool, None).
pub(crate) fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A hash of a JSON value that agrees with the model's `==`: `0.0` and `-0.0`
/// hash alike, and an integral float hashes like the same integer.
pub(crate) fn hash_json(value: &Value) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    feed(value, &mut h);
    h.finish()
}

fn feed(value: &Value, h: &mut impl Hasher) {
    match value {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(0.0);
            let f = if f == 0.0 { 0.0 } else { f };
            (2u8, f.to_bits()).hash(h);
        }
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(items) => {
            (4u8, items.len()).hash(h);
            for item in items {
                feed(item, h);
            }
        }
        Value::Object(map) => {
            (5u8, map.len()).hash(h);
            for (k, v) in map {
                k.hash(h);
                feed(v, h);
            }
        }
    }
}

/// A Rust value as the Python object an attribute gives.
pub(crate) trait ToPy {
    /// The Python object.
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>>;
}

macro_rules! to_py_plain {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
                Ok(self.into_pyobject(py)?.to_owned().into_any())
            }
        }
    )*};
}

to_py_plain!(u32, i32, f64, bool, &str, NaiveDate);

impl ToPy for &String {
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl<T: ToPy> ToPy for Option<T> {
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        match self {
            Some(v) => v.to_py(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<'a, T> ToPy for &'a [T]
where
    &'a T: ToPy,
{
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let list = PyList::empty(py);
        for item in self {
            list.append(item.to_py(py)?)?;
        }
        Ok(list.into_any())
    }
}

macro_rules! to_py_enum {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
                Ok(pyo3::types::PyString::intern(py, self.as_str()).to_owned().into_any())
            }
        }
    )*};
}

to_py_enum!(
    dangbo::Level,
    dangbo::UnitKind,
    dangbo::Organ,
    dangbo::SessionKind,
    dangbo::Qualifier,
    dangbo::Figure,
    dangbo::Basis,
    dangbo::RelativeTo,
    dangbo::Direction,
    dangbo::TallyStatus,
    dangbo::Category,
    dangbo::RoleInSession,
    dangbo::DocumentKind,
    dangbo::SymbolSystem,
    dangbo::PeriodKind,
    dangbo::Code,
    dangbo::Severity
);

impl crate::convert::ToPy for String {
    fn to_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        Ok(PyString::new(py, &self).into_any())
    }
}
