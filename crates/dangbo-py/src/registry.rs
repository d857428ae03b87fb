//! The registry of party committees (`dangbo::registry`), behind the Python
//! module `dangbo.registry` (python/dangbo/registry.py), which gives these
//! functions their public names and a default date.

use chrono::NaiveDate;
use dangbo::{registry, Committee};
use pyo3::prelude::*;

use crate::classes::PyCommittee;

fn wrap(c: &Committee) -> PyCommittee {
    PyCommittee::wrap(c.clone())
}

fn wrap_all(cs: &[&Committee]) -> Vec<PyCommittee> {
    cs.iter().map(|c| wrap(c)).collect()
}

/// `registry::resolve`.
#[pyfunction]
pub(crate) fn _registry_resolve(name: String, on: NaiveDate) -> Option<PyCommittee> {
    registry::resolve(&name, on).map(wrap)
}

/// `registry::resolve_all`.
#[pyfunction]
pub(crate) fn _registry_resolve_all(name: String, on: NaiveDate) -> Vec<PyCommittee> {
    wrap_all(&registry::resolve_all(&name, on))
}

/// `registry::resolve_in`.
#[pyfunction]
pub(crate) fn _registry_resolve_in(
    name: String,
    province: String,
    on: NaiveDate,
) -> Option<PyCommittee> {
    registry::resolve_in(&name, &province, on).map(wrap)
}

/// `registry::get`.
#[pyfunction]
pub(crate) fn _registry_get(id: String) -> Option<PyCommittee> {
    registry::get(&id).map(wrap)
}

/// `registry::all`.
#[pyfunction]
pub(crate) fn _registry_all() -> Vec<PyCommittee> {
    registry::all().iter().map(wrap).collect()
}

/// `registry::provinces`.
#[pyfunction]
pub(crate) fn _registry_provinces(on: NaiveDate) -> Vec<PyCommittee> {
    wrap_all(&registry::provinces(on))
}

/// `registry::districts_of`.
#[pyfunction]
pub(crate) fn _registry_districts_of(province_id: String, on: NaiveDate) -> Vec<PyCommittee> {
    wrap_all(&registry::districts_of(&province_id, on))
}

/// `registry::province_of_locality`.
#[pyfunction]
pub(crate) fn _registry_province_of_locality(locality: String) -> Vec<String> {
    registry::province_of_locality(&locality)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// `registry::successors`.
pub(crate) fn successors(c: &Committee) -> Vec<PyCommittee> {
    wrap_all(&registry::successors(c))
}

/// `registry::predecessors`.
pub(crate) fn predecessors(c: &Committee) -> Vec<PyCommittee> {
    wrap_all(&registry::predecessors(c))
}

/// `registry::parent_on`.
pub(crate) fn parent_on(c: &Committee, on: NaiveDate) -> Option<PyCommittee> {
    registry::parent_on(c, on).map(wrap)
}

/// Adds the registry functions to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_registry_resolve, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_resolve_all, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_resolve_in, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_get, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_all, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_provinces, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_districts_of, m)?)?;
    m.add_function(wrap_pyfunction!(_registry_province_of_locality, m)?)?;
    Ok(())
}
