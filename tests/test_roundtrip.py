"""Round trips of generated values: JSON, dict and pickle give the value back."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import dangbo

SETTINGS = settings(max_examples=25, deadline=None)

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
WORD = st.text(alphabet=LETTERS + LETTERS.upper() + "0123456789%,./-", min_size=1, max_size=12)
text = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
opt_text = st.none() | text
percent = st.floats(min_value=0.0, max_value=1e4, allow_nan=False, allow_infinity=False)
amount = st.floats(min_value=0.0, max_value=1e12, allow_nan=False, allow_infinity=False)
year = st.integers(min_value=1930, max_value=2095)
dates = st.dates(min_value=datetime.date(1930, 1, 1), max_value=datetime.date(2100, 12, 31))


@st.composite
def terms(draw: Any) -> dangbo.Term:
    start = draw(st.none() | year)
    ordinal = draw(st.integers(min_value=1, max_value=30) if start is None else st.none() | st.integers(1, 30))
    return dangbo.Term(ordinal=ordinal, start_year=start, end_year=None if start is None else start + 5)


@st.composite
def periods(draw: Any) -> dangbo.Period:
    kind = draw(st.sampled_from(["year", "year_to_date", "year_remainder", "quarter", "term", "stage"]))
    y = draw(year)
    if kind == "year":
        return dangbo.Period(kind=kind, year=y)
    if kind in ("year_to_date", "year_remainder"):
        return dangbo.Period(kind=kind, year=y, months=draw(st.integers(1, 12)))
    if kind == "quarter":
        return dangbo.Period(kind=kind, year=y, quarter=draw(st.integers(1, 4)))
    if kind == "term":
        return dangbo.Period(kind=kind, start_year=y, end_year=y + 5)
    return dangbo.Period(kind=kind, start_year=y, end_year=y + draw(st.integers(0, 5)))


achievements = st.builds(
    dangbo.Achievement,
    percent=percent,
    basis=st.sampled_from(["plan", "resolution", "assigned_estimate", "council_estimate", "same_period", "other"]),
    qualifier=st.sampled_from(["exact", "over", "about", "under", "nearly"]),
    basis_text=opt_text,
)
changes = st.builds(
    dangbo.Change,
    percent=st.none() | percent,
    amount=st.none() | amount,
    direction=st.sampled_from(["increase", "decrease"]),
    relative_to=st.none() | st.sampled_from(["same_period", "previous_period", "other"]),
)


@st.composite
def indicators(draw: Any) -> dangbo.IndicatorReport:
    has_value = draw(st.booleans())
    return dangbo.IndicatorReport(
        text=draw(text),
        name=draw(text),
        category=draw(st.none() | st.sampled_from(["economy", "budget", "social", "other"])),
        value=draw(amount) if has_value else None,
        unit=draw(text) if has_value else None,
        figure=draw(st.sampled_from(["actual", "estimate", "projected"])),
        achievements=draw(st.lists(achievements, min_size=0 if has_value else 1, max_size=2)),
        change=draw(st.none() | changes),
        share=draw(st.none() | st.builds(dangbo.Share, percent=st.floats(0, 100), of=opt_text)),
        period=draw(st.none() | periods()),
    )


@st.composite
def tallies(draw: Any) -> dangbo.Tally:
    total = draw(st.integers(1, 100))
    return dangbo.Tally(
        text=draw(text),
        count=draw(st.integers(0, total)),
        total=total,
        of=draw(opt_text),
        status=draw(st.none() | st.sampled_from(["met_or_exceeded", "not_met", "other"])),
    )


@st.composite
def reports(draw: Any) -> dangbo.Report:
    term = draw(terms())
    session_date = None
    if term.start_year is not None and term.end_year is not None:
        session_date = draw(st.none() | st.dates(
            datetime.date(term.start_year, 1, 1), datetime.date(term.end_year, 12, 31)
        ))
    return dangbo.Report(
        source=dangbo.Source(title=draw(opt_text), published=draw(st.none() | dates)),
        committee=dangbo.CommitteeRef(text=draw(text), level="provincial", unit_kind="province"),
        session=dangbo.Session(organ="executive_committee", kind="plenary", ordinal=draw(st.integers(1, 60)),
                               term=term, date=session_date),
        periods=dangbo.Periods(review=draw(st.none() | periods()), plan=draw(st.none() | periods())),
        indicators=draw(st.lists(indicators(), max_size=3)),
        tallies=draw(st.lists(tallies(), max_size=2)),
        people=draw(st.lists(st.builds(dangbo.PersonMention, name=text, titles=st.lists(text, max_size=2)), max_size=2)),
    )


def check(value: Any) -> None:
    cls = type(value)
    assert cls.from_json(value.to_json()) == value
    assert cls.from_dict(value.to_dict()) == value
    back = pickle.loads(pickle.dumps(value))
    assert back == value and hash(back) == hash(value)


@SETTINGS
@given(terms())
def test_term(value: dangbo.Term) -> None:
    check(value)


@SETTINGS
@given(periods())
def test_period(value: dangbo.Period) -> None:
    check(value)


@SETTINGS
@given(indicators())
def test_indicator(value: dangbo.IndicatorReport) -> None:
    check(value)


@SETTINGS
@given(tallies())
def test_tally(value: dangbo.Tally) -> None:
    check(value)


@SETTINGS
@given(reports())
def test_report(value: dangbo.Report) -> None:
    check(value)
    assert dangbo.Report(**{k: v for k, v in value.to_dict().items()}) == value
