"""The model classes: construction, attributes, equality, repr, copies."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any, Dict

import pytest

import dangbo
from conftest import make_report, needs


def examples() -> Dict[str, Any]:
    """One value of every model class."""
    report = make_report(2)
    symbol = dangbo.DocumentSymbol(number=5, kind="NQ", issuer="TU", system="party", text="05-NQ/TU")
    issuer = dangbo.CommitteeRef(text="Tỉnh ủy Lạng Sơn", level="provincial", unit_kind="province")
    return {
        "Term": dangbo.Term(ordinal=12, start_year=2020, end_year=2025),
        "Session": report.session,
        "Committee": dangbo.Committee(
            id="hu-bac-son",
            name="Huyện ủy Bắc Sơn",
            level="district",
            unit_kind="district",
            locality="Bắc Sơn",
            province="Lạng Sơn",
            parent_id="tu-lang-son",
            valid_to=datetime.date(2025, 6, 30),
            successor_ids=["du-bac-son"],
            terms=[dangbo.Term(ordinal=22)],
        ),
        "CommitteeRef": report.committee,
        "IndicatorReport": report.indicators[0],
        "Achievement": report.indicators[0].achievements[0],
        "Change": report.indicators[1].change,
        "Share": report.indicators[2].share,
        "IndicatorTarget": dangbo.IndicatorTarget(
            name="tỷ lệ hộ nghèo", category="social", unit="%", value=1.5, direction="decrease"
        ),
        "Tally": report.tallies[0],
        "PersonMention": report.people[0],
        "Position": report.people[0].positions[0],
        "Resolution": dangbo.Resolution(
            symbol=symbol,
            kind="NQ",
            issuer=issuer,
            title="Nghị quyết về phát triển kinh tế cửa khẩu",
            adopted_on=datetime.date(2021, 3, 2),
            period=dangbo.Period(kind="stage", start_year=2021, end_year=2025),
            targets=[dangbo.IndicatorTarget(name="GRDP bình quân đầu người", unit="triệu đồng", value=75.0)],
        ),
        "ResolutionMention": report.resolutions[0],
        "Source": report.source,
        "Periods": report.periods,
        "Report": report,
        "Period": dangbo.Period(kind="quarter", year=2024, quarter=1),
        "DocumentSymbol": symbol,
        "Quantity": dangbo.Quantity(value=35.8, unit="tỷ đồng", qualifier="over"),
        "Issue": dangbo.Issue(
            code="percent_mismatch",
            message="stated 104.6% but 212.5 of 190 is 111.8%",
            path="indicators[0].achievements[0].percent",
            input="104.6",
        ),
    }


EXAMPLES = examples()
NAMES = sorted(EXAMPLES)


def test_every_model_class_has_an_example() -> None:
    classes = {
        name
        for name in dangbo.__all__
        if isinstance(getattr(dangbo, name), type)
        and name not in ("Table", "ValidationError")
    }
    assert classes == set(EXAMPLES)
    for name, value in EXAMPLES.items():
        assert type(value) is getattr(dangbo, name)


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip(name: str) -> None:
    value = EXAMPLES[name]
    cls = type(value)
    back = cls.from_json(value.to_json())
    assert back == value
    assert hash(back) == hash(value)
    assert cls.from_json(value.to_json().encode()) == value
    assert cls.from_json(value.to_json(indent=2)) == value


@pytest.mark.parametrize("name", NAMES)
def test_dict_round_trip(name: str) -> None:
    value = EXAMPLES[name]
    d = value.to_dict()
    assert isinstance(d, dict)
    assert type(value).from_dict(d) == value
    # the dict is the JSON form: only plain JSON types
    import json

    assert json.loads(json.dumps(d)) == d


@pytest.mark.parametrize("name", NAMES)
def test_pickle_and_copies(name: str) -> None:
    value = EXAMPLES[name]
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert back == value and type(back) is type(value)
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value
    assert copy.deepcopy([value, value]) == [value, value]


@pytest.mark.parametrize("name", NAMES)
def test_repr_is_a_constructor_call(name: str) -> None:
    value = EXAMPLES[name]
    text = repr(value)
    assert text.startswith(f"{name}(")
    namespace = {n: getattr(dangbo, n) for n in dangbo.__all__}
    namespace["datetime"] = datetime
    assert eval(text, namespace) == value  # noqa: S307 - our own repr


@pytest.mark.parametrize("name", NAMES)
def test_frozen(name: str) -> None:
    value = EXAMPLES[name]
    attr = next(iter(value.to_dict()))
    with pytest.raises(AttributeError):
        setattr(value, attr, None)


@pytest.mark.parametrize("name", NAMES)
def test_validate_of_a_built_value_has_no_errors(name: str) -> None:
    issues = EXAMPLES[name].validate()
    assert isinstance(issues, list)
    assert all(isinstance(i, dangbo.Issue) and i.severity == "warning" for i in issues)


def test_equality_and_hash_by_value() -> None:
    a = dangbo.Term(ordinal=12, start_year=2020, end_year=2025)
    b = dangbo.Term(ordinal=12, start_year=2020, end_year=2025)
    c = dangbo.Term(ordinal=13, start_year=2025, end_year=2030)
    assert a == b and a is not b and hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2
    assert a != "Term(ordinal=12)"
    assert (a == 12) is False
    # 0.0 and -0.0 are equal, so they hash alike
    z1 = dangbo.Share(percent=0.0)
    z2 = dangbo.Share(percent=-0.0) if not needs_rules_refuse_negative_zero() else z1
    assert z1 == z2 and hash(z1) == hash(z2)


def needs_rules_refuse_negative_zero() -> bool:
    try:
        dangbo.Share(percent=-0.0)
    except dangbo.ValidationError:
        return True
    return False


def test_attributes_have_python_types(sample_report: dangbo.Report) -> None:
    r = sample_report
    assert isinstance(r.session, dangbo.Session)
    assert r.session.date == datetime.date(2023, 9, 28)
    assert isinstance(r.session.date, datetime.date)
    assert r.session.organ == "executive_committee" and isinstance(r.session.organ, str)
    assert r.session.expanded is True and r.session.extraordinary is False
    assert r.session.term == dangbo.Term(ordinal=22, start_year=2020, end_year=2025)
    assert r.committee is not None and r.committee.level == "district"
    assert r.periods.review == dangbo.Period(kind="year_to_date", year=2023, months=9)
    assert r.periods.review is not None and r.periods.review.months == 9
    assert r.periods.review.quarter is None
    ind = r.indicators[0]
    assert isinstance(r.indicators, list) and isinstance(ind, dangbo.IndicatorReport)
    assert ind.value == 212.5 and isinstance(ind.value, float)
    assert ind.unit == "tỷ đồng" and ind.figure == "estimate" and ind.qualifier == "exact"
    assert ind.achievements[0].percent == 104.6 and ind.achievements[0].basis == "assigned_estimate"
    assert ind.change is None and ind.target is None
    assert r.tallies[0].count == 14 and r.tallies[0].total == 17
    assert r.resolutions[0].symbol is not None and r.resolutions[0].symbol.number == 5
    assert str(r.resolutions[0].symbol) == "05-NQ/HU"
    assert r.people[0].titles == ["Bí thư Huyện ủy"]
    assert r.findings == []
    assert r.source.published == datetime.date(2023, 10, 2)


def test_defaults_of_an_empty_report() -> None:
    r = dangbo.Report()
    assert r.source == dangbo.Source()
    assert r.periods == dangbo.Periods()
    assert r.committee is None and r.session is None
    assert r.indicators == [] and r.people == [] and r.findings == []
    assert dangbo.Report.from_json("{}") == r


def test_children_as_dicts_and_dates_as_strings() -> None:
    s = dangbo.Session(
        organ="executive_committee",
        kind="plenary",
        ordinal=17,
        term={"ordinal": 22},
        date="2023-09-15",
    )
    assert s.term == dangbo.Term(ordinal=22)
    assert s.date == datetime.date(2023, 9, 15)
    r = dangbo.Report(indicators=[{"text": "thu 5 tỷ đồng", "name": "thu", "value": 5, "unit": "tỷ đồng"}])
    assert r.indicators[0].value == 5.0


def test_replace_builds_again() -> None:
    t = dangbo.Term(ordinal=12, start_year=2020, end_year=2025)
    assert t.replace(ordinal=13) == dangbo.Term(ordinal=13, start_year=2020, end_year=2025)
    assert t.replace(start_year=None, end_year=None) == dangbo.Term(ordinal=12)
    with pytest.raises(dangbo.ValidationError) as e:
        t.replace(colour="red")
    assert e.value.errors()[0]["code"] == "unknown_field"


def test_periods_of_every_kind() -> None:
    cases = [
        {"kind": "year", "year": 2023},
        {"kind": "year_to_date", "year": 2023, "months": 9},
        {"kind": "year_remainder", "year": 2023, "months": 3},
        {"kind": "quarter", "year": 2024, "quarter": 1},
        {"kind": "term", "start_year": 2020, "end_year": 2025},
        {"kind": "mid_term", "start_year": 2020, "end_year": 2025},
        {"kind": "stage", "start_year": 2021, "end_year": 2030},
        {"kind": "other", "year": 2023, "text": "tháng 10 năm 2023"},
    ]
    for fields in cases:
        p = dangbo.Period(**fields)
        assert p.to_dict() == {k: v for k, v in fields.items()}
        for k, v in fields.items():
            assert getattr(p, k) == v
        assert dangbo.Period.from_dict(fields) == p


def test_issue_defaults_and_languages() -> None:
    i = dangbo.Issue(code="term_span", message="term 2020-2026 spans 6 years", input="2020-2026", path="term")
    assert i.severity == "error" and i.is_error()
    assert i.message_in() == i.message == i.message_in("en")
    vi = i.message_in("vi")
    assert "2020-2026" in vi and vi != i.message
    with pytest.raises(ValueError):
        i.message_in("fr")  # type: ignore[arg-type]
    w = dangbo.Issue(code="percent_mismatch", message="m")
    assert w.severity == "warning" and not w.is_error() and w.path == "" and w.input == ""
    assert "term_span" in str(i)


def test_committee_is_active_on() -> None:
    c = EXAMPLES["Committee"]
    assert c.is_active_on(datetime.date(2023, 9, 15))
    assert not c.is_active_on(datetime.date(2025, 7, 1))
