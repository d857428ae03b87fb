//! Reports as Arrow tables, handed to pyarrow, polars or pandas through the
//! Arrow PyCapsule interface (`__arrow_c_stream__`, `__arrow_c_array__`), with
//! no copy on the Python side.

use std::sync::Arc;

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, RecordBatch,
    RecordBatchIterator, StringArray, StructArray, UInt32Array,
};
use arrow_schema::ffi::FFI_ArrowSchema;
use arrow_schema::{Field, Schema, SchemaRef};
use chrono::{Datelike, NaiveDate};
use dangbo::{IndicatorReport, Period, Report};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};

use crate::classes::PyReport;

/// The reports of an iterable of `Report` objects, shared, not copied.
pub(crate) fn collect_reports(reports: &Bound<'_, PyAny>) -> PyResult<Vec<Arc<Report>>> {
    let mut out = Vec::new();
    for item in reports.try_iter()? {
        let item = item?;
        let report = item.cast::<PyReport>().map_err(|_| {
            PyTypeError::new_err(format!(
                "expected Report objects, got {}",
                item.get_type()
                    .name()
                    .map_or_else(|_| "?".to_owned(), |n| n.to_string())
            ))
        })?;
        out.push(Arc::clone(&report.get().inner));
    }
    Ok(out)
}

/// Columns built one at a time, all nullable.
#[derive(Default)]
struct Columns {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

fn days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

impl Columns {
    fn push(&mut self, name: &str, array: ArrayRef) {
        self.fields
            .push(Field::new(name, array.data_type().clone(), true));
        self.arrays.push(array);
    }
    fn text<'a>(&mut self, name: &str, values: impl Iterator<Item = Option<&'a str>>) {
        self.push(name, Arc::new(values.collect::<StringArray>()));
    }
    fn float(&mut self, name: &str, values: impl Iterator<Item = Option<f64>>) {
        self.push(name, Arc::new(values.collect::<Float64Array>()));
    }
    fn uint(&mut self, name: &str, values: impl Iterator<Item = Option<u32>>) {
        self.push(name, Arc::new(values.collect::<UInt32Array>()));
    }
    fn int(&mut self, name: &str, values: impl Iterator<Item = Option<i32>>) {
        self.push(name, Arc::new(values.collect::<Int32Array>()));
    }
    fn flag(&mut self, name: &str, values: impl Iterator<Item = Option<bool>>) {
        self.push(name, Arc::new(values.collect::<BooleanArray>()));
    }
    fn date(&mut self, name: &str, values: impl Iterator<Item = Option<NaiveDate>>) {
        self.push(
            name,
            Arc::new(values.map(|d| d.map(days)).collect::<Date32Array>()),
        );
    }
    fn finish(self) -> Result<RecordBatch, arrow_schema::ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
}

/// The columns every row of a report shares: source, committee, session, periods.
fn report_columns<'a, R>(cols: &mut Columns, rows: &R, prefix_index: bool)
where
    R: Fn() -> Box<dyn Iterator<Item = (usize, &'a Report)> + 'a>,
{
    if prefix_index {
        cols.uint("report", rows().map(|(i, _)| u32::try_from(i).ok()));
    }
    cols.text("source_title", rows().map(|(_, r)| r.source().title()));
    cols.date(
        "source_published",
        rows().map(|(_, r)| r.source().published()),
    );
    cols.text("source_url", rows().map(|(_, r)| r.source().url()));
    cols.text(
        "committee_text",
        rows().map(|(_, r)| r.committee().map(dangbo::CommitteeRef::text)),
    );
    cols.text(
        "committee_level",
        rows().map(|(_, r)| {
            r.committee()
                .and_then(dangbo::CommitteeRef::level)
                .map(dangbo::Level::as_str)
        }),
    );
    cols.text(
        "committee_unit_kind",
        rows().map(|(_, r)| {
            r.committee()
                .and_then(dangbo::CommitteeRef::unit_kind)
                .map(dangbo::UnitKind::as_str)
        }),
    );
    cols.text(
        "committee_locality",
        rows().map(|(_, r)| r.committee().and_then(|c| c.locality())),
    );
    cols.text(
        "committee_province",
        rows().map(|(_, r)| r.committee().and_then(|c| c.province())),
    );
    cols.text(
        "committee_id",
        rows().map(|(_, r)| r.committee().and_then(|c| c.id())),
    );
    cols.text(
        "session_organ",
        rows().map(|(_, r)| r.session().map(|s| s.organ().as_str())),
    );
    cols.text(
        "session_kind",
        rows().map(|(_, r)| r.session().map(|s| s.kind().as_str())),
    );
    cols.uint(
        "session_ordinal",
        rows().map(|(_, r)| r.session().and_then(dangbo::Session::ordinal)),
    );
    cols.uint(
        "term_ordinal",
        rows().map(|(_, r)| {
            r.session()
                .and_then(|s| s.term())
                .and_then(dangbo::Term::ordinal)
        }),
    );
    cols.date(
        "session_date",
        rows().map(|(_, r)| r.session().and_then(dangbo::Session::date)),
    );
    for (which, get) in [
        (
            "review",
            (|r: &Report| r.periods().review()) as fn(&Report) -> Option<&Period>,
        ),
        ("plan", |r: &Report| r.periods().plan()),
    ] {
        cols.text(
            &format!("{which}_kind"),
            rows().map(|(_, r)| get(r).map(|p| p.kind().as_str())),
        );
        cols.int(
            &format!("{which}_year"),
            rows().map(|(_, r)| get(r).and_then(period_year)),
        );
        cols.uint(
            &format!("{which}_months"),
            rows().map(|(_, r)| get(r).and_then(Period::months)),
        );
    }
}

/// The year a period is dated by: its year, or the first year of a multi-year one.
fn period_year(p: &Period) -> Option<i32> {
    p.year().or_else(|| p.start_year())
}

/// One row per indicator with its report's columns.
pub(crate) fn indicators_batch(
    reports: &[Arc<Report>],
) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let rows: Vec<(usize, &Report, &IndicatorReport)> = reports
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.indicators().iter().map(move |ind| (i, &**r, ind)))
        .collect();
    let mut cols = Columns::default();
    let each = || -> Box<dyn Iterator<Item = (usize, &Report)> + '_> {
        Box::new(rows.iter().map(|(i, r, _)| (*i, *r)))
    };
    report_columns(&mut cols, &each, true);
    let ind = || rows.iter().map(|(_, _, x)| *x);
    cols.text("name", ind().map(|x| Some(x.name())));
    cols.text(
        "category",
        ind().map(|x| x.category().map(dangbo::Category::as_str)),
    );
    cols.float("value", ind().map(IndicatorReport::value));
    cols.text("unit", ind().map(IndicatorReport::unit));
    cols.text("qualifier", ind().map(|x| Some(x.qualifier().as_str())));
    cols.text("figure", ind().map(|x| Some(x.figure().as_str())));
    cols.float("target", ind().map(IndicatorReport::target));
    cols.float(
        "achievement_percent",
        ind().map(|x| x.achievements().first().map(dangbo::Achievement::percent)),
    );
    cols.text(
        "achievement_basis",
        ind().map(|x| x.achievements().first().map(|a| a.basis().as_str())),
    );
    cols.float(
        "change_percent",
        ind().map(|x| x.change().and_then(dangbo::Change::percent)),
    );
    cols.text(
        "change_direction",
        ind().map(|x| x.change().map(|c| c.direction().as_str())),
    );
    cols.text(
        "change_relative_to",
        ind().map(|x| {
            x.change()
                .and_then(dangbo::Change::relative_to)
                .map(dangbo::RelativeTo::as_str)
        }),
    );
    cols.float(
        "share_percent",
        ind().map(|x| x.share().map(dangbo::Share::percent)),
    );
    cols.text(
        "period_kind",
        ind().map(|x| x.period().map(|p| p.kind().as_str())),
    );
    cols.int(
        "period_year",
        ind().map(|x| x.period().and_then(period_year)),
    );
    cols.text("text", ind().map(|x| Some(x.text())));
    cols.finish()
}

fn count(n: usize) -> Option<u32> {
    u32::try_from(n).ok()
}

/// One row per report: its session, committee, periods and how many facts it has.
pub(crate) fn sessions_batch(
    reports: &[Arc<Report>],
) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let mut cols = Columns::default();
    let each = || -> Box<dyn Iterator<Item = (usize, &Report)> + '_> {
        Box::new(reports.iter().map(|r| &**r).enumerate())
    };
    report_columns(&mut cols, &each, true);
    let rep = || reports.iter().map(|r| &**r);
    cols.int(
        "term_start_year",
        rep().map(|r| {
            r.session()
                .and_then(|s| s.term())
                .and_then(dangbo::Term::start_year)
        }),
    );
    cols.int(
        "term_end_year",
        rep().map(|r| {
            r.session()
                .and_then(|s| s.term())
                .and_then(dangbo::Term::end_year)
        }),
    );
    cols.flag(
        "expanded",
        rep().map(|r| r.session().map(dangbo::Session::expanded)),
    );
    cols.flag(
        "extraordinary",
        rep().map(|r| r.session().map(dangbo::Session::extraordinary)),
    );
    cols.date(
        "session_end_date",
        rep().map(|r| r.session().and_then(dangbo::Session::end_date)),
    );
    cols.text(
        "date_text",
        rep().map(|r| r.session().and_then(|s| s.date_text())),
    );
    cols.uint("people", rep().map(|r| count(r.people().len())));
    cols.uint("indicators", rep().map(|r| count(r.indicators().len())));
    cols.uint("tallies", rep().map(|r| count(r.tallies().len())));
    cols.uint("resolutions", rep().map(|r| count(r.resolutions().len())));
    cols.uint("findings", rep().map(|r| count(r.findings().len())));
    cols.finish()
}

/// An Arrow table of reports. Hand it to `pyarrow.table(t)`, `polars.DataFrame(t)`
/// or `polars.from_arrow(t)`: they read it through the Arrow PyCapsule interface.
#[pyclass(frozen, module = "dangbo", name = "Table")]
pub struct PyTable {
    batch: RecordBatch,
}

fn arrow_err(e: &arrow_schema::ArrowError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

impl PyTable {
    fn schema(&self) -> SchemaRef {
        self.batch.schema()
    }
}

#[pymethods]
impl PyTable {
    /// The number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batch.num_rows()
    }

    /// The number of columns.
    #[getter]
    fn num_columns(&self) -> usize {
        self.batch.num_columns()
    }

    /// The column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect()
    }

    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }

    fn __repr__(&self) -> String {
        format!(
            "<dangbo.Table: {} rows, {} columns>",
            self.batch.num_rows(),
            self.batch.num_columns()
        )
    }

    /// The schema as an `arrow_schema` PyCapsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema =
            FFI_ArrowSchema::try_from(self.schema().as_ref()).map_err(|e| arrow_err(&e))?;
        PyCapsule::new_with_value(py, schema, c"arrow_schema")
    }

    /// The rows as an `arrow_array_stream` PyCapsule. `requested_schema` is
    /// accepted and ignored, as the interface allows.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let reader = RecordBatchIterator::new([Ok(self.batch.clone())], self.schema());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }

    /// The rows as one struct array: `(arrow_schema, arrow_array)` PyCapsules.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema;
        let array = StructArray::from(self.batch.clone());
        let (array, schema) =
            arrow_array::ffi::to_ffi(&array.to_data()).map_err(|e| arrow_err(&e))?;
        let schema = PyCapsule::new_with_value(py, schema, c"arrow_schema")?;
        let array = PyCapsule::new_with_value(py, array, c"arrow_array")?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    /// The table as a `pyarrow.Table` (needs pyarrow).
    fn to_pyarrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("pyarrow")?.call_method1("table", (slf,))
    }

    /// The table as a `pandas.DataFrame`, through pyarrow (needs both); keyword
    /// arguments go to `pyarrow.Table.to_pandas` (`types_mapper=pandas.ArrowDtype`
    /// keeps nullable integers as integers).
    #[pyo3(signature = (**kwargs))]
    fn to_pandas<'py>(
        slf: &Bound<'py, Self>,
        kwargs: Option<&Bound<'py, pyo3::types::PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Self::to_pyarrow(slf)?.call_method("to_pandas", (), kwargs)
    }

    /// The table as a `polars.DataFrame` (needs polars).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("polars")?.call_method1("DataFrame", (slf,))
    }
}

/// One row per indicator, with its report's source, committee, session and
/// periods, as an Arrow table.
#[pyfunction]
pub(crate) fn indicators_table(py: Python<'_>, reports: &Bound<'_, PyAny>) -> PyResult<PyTable> {
    let reports = collect_reports(reports)?;
    let batch = py
        .detach(|| indicators_batch(&reports))
        .map_err(|e| arrow_err(&e))?;
    Ok(PyTable { batch })
}

/// One row per report: its session, committee, periods and counts of facts, as
/// an Arrow table.
#[pyfunction]
pub(crate) fn sessions_table(py: Python<'_>, reports: &Bound<'_, PyAny>) -> PyResult<PyTable> {
    let reports = collect_reports(reports)?;
    let batch = py
        .detach(|| sessions_batch(&reports))
        .map_err(|e| arrow_err(&e))?;
    Ok(PyTable { batch })
}
