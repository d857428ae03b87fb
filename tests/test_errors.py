"""ValidationError: every issue, with its code and path; the right built-ins."""

from __future__ import annotations

import math
import pickle
from typing import Any, Callable, List, Tuple

import pytest

import dangbo
from conftest import needs


def issues_of(build: Callable[[], object]) -> List[Tuple[str, str]]:
    with pytest.raises(dangbo.ValidationError) as info:
        build()
    return [(e["path"], e["code"]) for e in info.value.errors()]


def test_is_a_value_error_with_error_dicts() -> None:
    with pytest.raises(ValueError) as info:
        dangbo.Tally(text="x", count=None)  # type: ignore[arg-type]
    err = info.value
    assert isinstance(err, dangbo.ValidationError)
    [e] = err.errors()
    assert set(e) == {"path", "code", "message", "severity", "input"}
    assert e["path"] == "count" and e["code"] == "missing_field" and e["severity"] == "error"
    assert "count" in str(err)
    assert isinstance(err.issues[0], dangbo.Issue)


def test_missing_required_fields_are_all_reported() -> None:
    assert issues_of(lambda: dangbo.Tally(text=None, count=None)) == [  # type: ignore[arg-type]
        ("text", "missing_field"),
        ("count", "missing_field"),
    ]


def test_unknown_enum_value_names_field_and_value() -> None:
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.CommitteeRef(text="Huyện ủy Bắc Sơn", level="county")  # type: ignore[arg-type]
    [e] = info.value.errors()
    assert e["path"] == "level" and e["code"] == "unknown_variant"
    assert "county" in e["message"]


def test_wrong_types_and_out_of_range_integers() -> None:
    assert issues_of(lambda: dangbo.Term(ordinal=-1)) == [("ordinal", "json_type")]
    assert issues_of(lambda: dangbo.Term(ordinal="XII")) == [("ordinal", "json_type")]  # type: ignore[arg-type]
    assert issues_of(lambda: dangbo.Term(ordinal=2**70)) == [("ordinal", "number_overflow")]
    assert issues_of(lambda: dangbo.Session(organ="congress", kind="congress", expanded="yes")) == [  # type: ignore[arg-type]
        ("expanded", "json_type")
    ]


def test_values_with_no_json_form() -> None:
    assert issues_of(lambda: dangbo.Share(percent=math.nan)) == [("percent", "not_finite")]
    assert issues_of(lambda: dangbo.Share(percent=math.inf)) == [("percent", "not_finite")]
    assert issues_of(lambda: dangbo.Share(percent=object())) == [("percent", "json_type")]  # type: ignore[arg-type]


def test_nested_paths() -> None:
    bad: Any = {
        "indicators": [
            {"text": "a", "name": "a", "value": 1.0, "unit": "ha"},
            {"text": "b", "name": "b", "achievements": [{"percent": 63.0, "basis": "budget"}]},
        ]
    }
    assert issues_of(lambda: dangbo.Report.from_dict(bad)) == [
        ("indicators[1].achievements[0].basis", "unknown_variant")
    ]
    assert issues_of(lambda: dangbo.Report(indicators=bad["indicators"])) == [
        ("indicators[1].achievements[0].basis", "unknown_variant")
    ]
    assert issues_of(lambda: dangbo.Report(people=[{"name": "A", "positions": [{"role": math.nan}]}])) == [
        ("people[0].positions[0].role", "not_finite")
    ]


def test_json_errors() -> None:
    assert issues_of(lambda: dangbo.Term.from_json("{")) [0][1] == "json_syntax"
    assert issues_of(lambda: dangbo.Term.from_json('{"ordinal": 1, "colour": 2}')) == [
        ("colour", "unknown_field")
    ]
    assert issues_of(lambda: dangbo.Report.from_json('{"session": {"organ": "x", "kind": "plenary"}}')) == [
        ("session.organ", "unknown_variant")
    ]
    assert issues_of(lambda: dangbo.Period.from_json('{"kind": "decade", "year": 2020}'))[0][1] == "unknown_variant"
    assert issues_of(lambda: dangbo.Period(kind="quarter", year=2024, months=3))[0][1] == "unknown_field"
    with pytest.raises(UnicodeDecodeError):
        dangbo.Term.from_json(b'{"ordinal": "\xff"}')
    with pytest.raises(TypeError):
        dangbo.Term.from_json(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dangbo.Term.from_dict([("ordinal", 1)])  # type: ignore[arg-type]


def test_pickles_with_its_issues() -> None:
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.Tally(text=None, count=None)  # type: ignore[arg-type]
    back = pickle.loads(pickle.dumps(info.value))
    assert type(back) is dangbo.ValidationError
    assert back.errors() == info.value.errors()
    assert str(back) == str(info.value)
    assert back.line is None


def test_vietnamese_messages() -> None:
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.Tally(text="x", count=None)  # type: ignore[arg-type]
    [vi] = info.value.errors(lang="vi")
    [en] = info.value.errors()
    assert vi["message"] != en["message"] and vi["code"] == en["code"] == "missing_field"
    assert "thiếu" in vi["message"]


@needs("rules")
def test_rules_collect_every_issue_with_paths() -> None:
    codes = issues_of(lambda: dangbo.Term(ordinal=0, start_year=2020, end_year=2026))
    assert ("ordinal", "term_ordinal") in codes
    assert any(code == "term_span" for _, code in codes)
    assert issues_of(lambda: dangbo.Tally(text="21/20 chỉ tiêu", count=21, total=20)) == [
        ("count", "tally_count_exceeds_total")
    ]
    nested = issues_of(
        lambda: dangbo.Report(
            indicators=[
                {"text": "a", "name": "a", "value": 1.0, "unit": "ha"},
                {"text": "b", "name": "b", "achievements": [{"percent": -5.0, "basis": "plan"}]},
            ]
        )
    )
    assert ("indicators[1].achievements[0].percent", "negative") in nested


@needs("rules")
def test_vietnamese_message_names_the_input() -> None:
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.Term(start_year=2020, end_year=2026)
    vi = [e for e in info.value.errors(lang="vi") if e["code"] == "term_span"]
    assert vi and "2026" in vi[0]["message"]
