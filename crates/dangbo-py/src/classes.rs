//! The model classes of MODEL.md as Python classes, each declared with
//! [`model_class!`](crate::model::model_class) over its Rust type, with the
//! derived values the Rust type has as methods.

use dangbo::{Issue, Period, Severity};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple, PyType};
use serde_json::Value;

use crate::convert::{hash_json, json_to_py, ToPy};
use crate::errors::model_error;
use crate::model::{
    construct, construct_issue, from_dict, issues_list, json_text, model_class, parse_enum,
    replace, to_json_text, Model,
};

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
