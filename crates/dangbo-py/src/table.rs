//! Reports as Arrow tables, handed to pyarrow, polars or pandas through the
//! Arrow PyCapsule interface (`__arrow_c_stream__`, `__arrow_c_array__`), with
//! no copy on the Python side.

use std::sync::Arc;

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{
    Array, ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, RecordBatch,
    RecordBatchIterator, RecordBatchOptions, StringViewArray, StructArray, UInt32Array,
};
use arrow_schema::ffi::FFI_ArrowSchema;
use arrow_schema::{Field, Schema, SchemaRef};
use chrono::{Datelike, NaiveDate};
use dangbo::{IndicatorReport, Period, Report};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};
use rayon::prelude::*;

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

/// A row of a table: the report it belongs to (its index and value).
trait Row: Sync {
    fn index(&self) -> usize;
    fn report(&self) -> &Report;
}

impl Row for (usize, &Report) {
    fn index(&self) -> usize {
        self.0
    }
    fn report(&self) -> &Report {
        self.1
    }
}

impl Row for (usize, &Report, &IndicatorReport) {
    fn index(&self) -> usize {
        self.0
    }
    fn report(&self) -> &Report {
        self.1
    }
}

/// One column: how to build its array from the rows.
type Job<'a, R> = Box<dyn Fn(&'a [R]) -> ArrayRef + Send + Sync + 'a>;

/// The columns of a table, each given by what it reads from a row; built
/// together on all cores by [`Columns::finish`]. All are nullable.
struct Columns<'a, R: Row> {
    rows: &'a [R],
    jobs: Vec<(String, Job<'a, R>)>,
}

fn days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

/// A string-view column (Arrow `Utf8View`, which polars takes as it is, with
/// no copy). A run of rows with the very same string (a report's columns
/// repeated on each of its indicators, an enum's name) stores it once: the
/// distinct strings make one array and the rows are views taken from it.
fn text_view<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    let mut distinct: Vec<&str> = Vec::new();
    let mut last: Option<&str> = None;
    let rows: UInt32Array = values
        .map(|value| {
            let s = value?;
            if !last.is_some_and(|prev| std::ptr::eq(prev, s)) {
                distinct.push(s);
                last = Some(s);
            }
            u32::try_from(distinct.len() - 1).ok()
        })
        .collect();
    let strings = StringViewArray::from_iter_values(distinct);
    arrow_select::take::take(&strings, &rows, None).expect("indices are within the strings")
}

impl<'a, R: Row> Columns<'a, R> {
    fn new(rows: &'a [R]) -> Self {
        Columns {
            rows,
            jobs: Vec::new(),
        }
    }
    fn push(&mut self, name: &str, job: Job<'a, R>) {
        self.jobs.push((name.to_owned(), job));
    }
    fn text(&mut self, name: &str, f: impl Fn(&'a R) -> Option<&'a str> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| text_view(rows.iter().map(&f))),
        );
    }
    fn float(&mut self, name: &str, f: impl Fn(&'a R) -> Option<f64> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| Arc::new(rows.iter().map(&f).collect::<Float64Array>())),
        );
    }
    fn uint(&mut self, name: &str, f: impl Fn(&'a R) -> Option<u32> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| Arc::new(rows.iter().map(&f).collect::<UInt32Array>())),
        );
    }
    fn int(&mut self, name: &str, f: impl Fn(&'a R) -> Option<i32> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| Arc::new(rows.iter().map(&f).collect::<Int32Array>())),
        );
    }
    fn flag(&mut self, name: &str, f: impl Fn(&'a R) -> Option<bool> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| Arc::new(rows.iter().map(&f).collect::<BooleanArray>())),
        );
    }
    fn date(&mut self, name: &str, f: impl Fn(&'a R) -> Option<NaiveDate> + Send + Sync + 'a) {
        self.push(
            name,
            Box::new(move |rows: &'a [R]| {
                Arc::new(rows.iter().map(|r| f(r).map(days)).collect::<Date32Array>())
            }),
        );
    }
    /// Builds every column, a block of rows at a time (the rows' reports stay
    /// in cache while each column reads them), the blocks on all cores.
    fn finish(self) -> Result<Vec<RecordBatch>, arrow_schema::ArrowError> {
        let blocks: Vec<&'a [R]> = if self.rows.is_empty() {
            vec![self.rows]
        } else {
            self.rows.chunks(BLOCK_ROWS).collect()
        };
        let jobs = &self.jobs;
        blocks
            .into_par_iter()
            .map(|rows| {
                let (fields, arrays): (Vec<Field>, Vec<ArrayRef>) = jobs
                    .iter()
                    .map(|(name, job)| {
                        let array = job(rows);
                        (Field::new(name, array.data_type().clone(), true), array)
                    })
                    .unzip();
                RecordBatch::try_new_with_options(
                    Arc::new(Schema::new(fields)),
                    arrays,
                    &RecordBatchOptions::new().with_row_count(Some(rows.len())),
                )
            })
            .collect()
    }
}

/// Rows per record batch of a table.
const BLOCK_ROWS: usize = 16_384;

/// The columns every row of a report shares: source, committee, session, periods.
fn report_columns<R: Row>(cols: &mut Columns<'_, R>) {
    cols.uint("report", |r| u32::try_from(r.index()).ok());
    cols.text("source_title", |r| r.report().source().title());
    cols.date("source_published", |r| r.report().source().published());
    cols.text("source_url", |r| r.report().source().url());
    cols.text("committee_text", |r| {
        r.report().committee().map(dangbo::CommitteeRef::text)
    });
    cols.text("committee_level", |r| {
        r.report()
            .committee()
            .and_then(dangbo::CommitteeRef::level)
            .map(dangbo::Level::as_str)
    });
    cols.text("committee_unit_kind", |r| {
        r.report()
            .committee()
            .and_then(dangbo::CommitteeRef::unit_kind)
            .map(dangbo::UnitKind::as_str)
    });
    cols.text("committee_locality", |r| {
        r.report().committee().and_then(|c| c.locality())
    });
    cols.text("committee_province", |r| {
        r.report().committee().and_then(|c| c.province())
    });
    cols.text("committee_id", |r| {
        r.report().committee().and_then(|c| c.id())
    });
    cols.text("session_organ", |r| {
        r.report().session().map(|s| s.organ().as_str())
    });
    cols.text("session_kind", |r| {
        r.report().session().map(|s| s.kind().as_str())
    });
    cols.uint("session_ordinal", |r| {
        r.report().session().and_then(dangbo::Session::ordinal)
    });
    cols.uint("term_ordinal", |r| {
        r.report()
            .session()
            .and_then(|s| s.term())
            .and_then(dangbo::Term::ordinal)
    });
    cols.date("session_date", |r| {
        r.report().session().and_then(dangbo::Session::date)
    });
    for (which, get) in [
        (
            "review",
            (|r: &Report| r.periods().review()) as fn(&Report) -> Option<&Period>,
        ),
        ("plan", |r: &Report| r.periods().plan()),
    ] {
        cols.text(&format!("{which}_kind"), move |r| {
            get(r.report()).map(|p| p.kind().as_str())
        });
        cols.int(&format!("{which}_year"), move |r| {
            get(r.report()).and_then(period_year)
        });
        cols.uint(&format!("{which}_months"), move |r| {
            get(r.report()).and_then(Period::months)
        });
    }
}

/// The year a period is dated by: its year, or the first year of a multi-year one.
fn period_year(p: &Period) -> Option<i32> {
    p.year().or_else(|| p.start_year())
}

/// One row per indicator with its report's columns.
pub(crate) fn indicators_batches(
    reports: &[Arc<Report>],
) -> Result<Vec<RecordBatch>, arrow_schema::ArrowError> {
    let rows: Vec<(usize, &Report, &IndicatorReport)> = reports
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.indicators().iter().map(move |ind| (i, &**r, ind)))
        .collect();
    let mut cols = Columns::new(&rows);
    report_columns(&mut cols);
    cols.text("name", |r| Some(r.2.name()));
    cols.text("category", |r| r.2.category().map(dangbo::Category::as_str));
    cols.float("value", |r| r.2.value());
    cols.text("unit", |r| r.2.unit());
    cols.text("qualifier", |r| Some(r.2.qualifier().as_str()));
    cols.text("figure", |r| Some(r.2.figure().as_str()));
    cols.float("target", |r| r.2.target());
    cols.float("achievement_percent", |r| {
        r.2.achievements().first().map(dangbo::Achievement::percent)
    });
    cols.text("achievement_basis", |r| {
        r.2.achievements().first().map(|a| a.basis().as_str())
    });
    cols.float("change_percent", |r| {
        r.2.change().and_then(dangbo::Change::percent)
    });
    cols.text("change_direction", |r| {
        r.2.change().map(|c| c.direction().as_str())
    });
    cols.text("change_relative_to", |r| {
        r.2.change()
            .and_then(dangbo::Change::relative_to)
            .map(dangbo::RelativeTo::as_str)
    });
    cols.float("share_percent", |r| r.2.share().map(dangbo::Share::percent));
    cols.text("period_kind", |r| r.2.period().map(|p| p.kind().as_str()));
    cols.int("period_year", |r| r.2.period().and_then(period_year));
    cols.text("text", |r| Some(r.2.text()));
    cols.finish()
}

fn count(n: usize) -> Option<u32> {
    u32::try_from(n).ok()
}

/// One row per report: its session, committee, periods and how many facts it has.
pub(crate) fn sessions_batches(
    reports: &[Arc<Report>],
) -> Result<Vec<RecordBatch>, arrow_schema::ArrowError> {
    let rows: Vec<(usize, &Report)> = reports.iter().map(|r| &**r).enumerate().collect();
    let mut cols = Columns::new(&rows);
    report_columns(&mut cols);
    cols.int("term_start_year", |r| {
        r.1.session()
            .and_then(|s| s.term())
            .and_then(dangbo::Term::start_year)
    });
    cols.int("term_end_year", |r| {
        r.1.session()
            .and_then(|s| s.term())
            .and_then(dangbo::Term::end_year)
    });
    cols.flag("expanded", |r| r.1.session().map(dangbo::Session::expanded));
    cols.flag("extraordinary", |r| {
        r.1.session().map(dangbo::Session::extraordinary)
    });
    cols.date("session_end_date", |r| {
        r.1.session().and_then(dangbo::Session::end_date)
    });
    cols.text("date_text", |r| r.1.session().and_then(|s| s.date_text()));
    cols.uint("people", |r| count(r.1.people().len()));
    cols.uint("indicators", |r| count(r.1.indicators().len()));
    cols.uint("tallies", |r| count(r.1.tallies().len()));
    cols.uint("resolutions", |r| count(r.1.resolutions().len()));
    cols.uint("findings", |r| count(r.1.findings().len()));
    cols.finish()
}

/// An Arrow table of reports. Hand it to `pyarrow.table(t)`, `polars.DataFrame(t)`
/// or `polars.from_arrow(t)`: they read it through the Arrow PyCapsule interface.
/// Text columns are `Utf8View` (polars' own layout: taken with no copy); the
/// rows come in record batches of [`BLOCK_ROWS`].
#[pyclass(frozen, module = "dangbo", name = "Table")]
pub struct PyTable {
    /// At least one; all of one schema.
    batches: Vec<RecordBatch>,
}

fn arrow_err(e: &arrow_schema::ArrowError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

impl PyTable {
    fn schema(&self) -> SchemaRef {
        self.batches[0].schema()
    }
}

#[pymethods]
impl PyTable {
    /// The number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches
            .iter()
            .map(RecordBatch::num_rows)
            .sum::<usize>()
    }

    /// The number of columns.
    #[getter]
    fn num_columns(&self) -> usize {
        self.batches[0].num_columns()
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
        self.batches
            .iter()
            .map(RecordBatch::num_rows)
            .sum::<usize>()
    }

    fn __repr__(&self) -> String {
        format!(
            "<dangbo.Table: {} rows, {} columns>",
            self.batches
                .iter()
                .map(RecordBatch::num_rows)
                .sum::<usize>(),
            self.batches[0].num_columns()
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
        let reader =
            RecordBatchIterator::new(self.batches.clone().into_iter().map(Ok), self.schema());
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
        let batch = arrow_select::concat::concat_batches(&self.schema(), &self.batches)
            .map_err(|e| arrow_err(&e))?;
        let array = StructArray::from(batch);
        let (array, schema) =
            arrow_array::ffi::to_ffi(&array.to_data()).map_err(|e| arrow_err(&e))?;
        let schema = PyCapsule::new_with_value(py, schema, c"arrow_schema")?;
        let array = PyCapsule::new_with_value(py, array, c"arrow_array")?;
        PyTuple::new(py, [schema.into_any(), array.into_any()])
    }

    /// The table as a `pyarrow.Table` (needs pyarrow), text columns as plain
    /// `string` (`pyarrow.table(t)` keeps `string_view`, which not every
    /// pyarrow compute function takes yet).
    fn to_pyarrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let pa = slf.py().import("pyarrow")?;
        let table = pa.call_method1("table", (slf,))?;
        let view = pa.call_method0("string_view")?;
        let string = pa.call_method0("string")?;
        let fields = table
            .getattr("schema")?
            .try_iter()?
            .map(|field| {
                let field = field?;
                if field.getattr("type")?.eq(&view)? {
                    field.call_method1("with_type", (&string,))
                } else {
                    Ok(field)
                }
            })
            .collect::<PyResult<Vec<_>>>()?;
        table.call_method1("cast", (pa.call_method1("schema", (fields,))?,))
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
    let batches = py
        .detach(|| indicators_batches(&reports))
        .map_err(|e| arrow_err(&e))?;
    Ok(PyTable { batches })
}

/// One row per report: its session, committee, periods and counts of facts, as
/// an Arrow table.
#[pyfunction]
pub(crate) fn sessions_table(py: Python<'_>, reports: &Bound<'_, PyAny>) -> PyResult<PyTable> {
    let reports = collect_reports(reports)?;
    let batches = py
        .detach(|| sessions_batches(&reports))
        .map_err(|e| arrow_err(&e))?;
    Ok(PyTable { batches })
}
