"""Value parsers: numbers, quantities, Roman numerals, symbols, periods."""

from __future__ import annotations

import pytest

import dangbo
from conftest import needs


@needs("normalize")
def test_normalize() -> None:
    assert dangbo.normalize("Thành uỷ") == "Thành ủy"
    assert dangbo.normalize("Thành ủy") == "Thành ủy"
    assert dangbo.normalize("") == ""


@needs("number")
@pytest.mark.parametrize(
    "text, value",
    [("101.761", 101761.0), ("99,4", 99.4), ("06", 6.0), ("1.234.567,89", 1234567.89)],
)
def test_parse_number(text: str, value: float) -> None:
    assert dangbo.parse_number(text) == value


@needs("number")
@pytest.mark.parametrize("text", ["", "abc", "1,2,3"])
def test_parse_number_errors(text: str) -> None:
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.parse_number(text)
    assert info.value.errors()[0]["code"] in ("number_malformed", "number_overflow")


@needs("quantity")
def test_parse_quantity() -> None:
    q = dangbo.parse_quantity("trên 35,8 tỷ đồng")
    assert q == dangbo.Quantity(value=35.8, unit="tỷ đồng", qualifier="over")
    assert dangbo.Quantity.parse("trên 35,8 tỷ đồng") == q
    value, unit = q.to_base()
    assert unit == "đồng" and value == pytest.approx(3.58e10)
    with pytest.raises(dangbo.ValidationError):
        dangbo.parse_quantity("tỷ đồng")


@needs("roman")
def test_parse_roman() -> None:
    assert dangbo.parse_roman("XVII") == 17
    assert dangbo.parse_roman("MMMCMXCIX") == 3999
    for bad, code in [("IIII", "roman_malformed"), ("ABC", "roman_malformed")]:
        with pytest.raises(dangbo.ValidationError) as info:
            dangbo.parse_roman(bad)
        assert info.value.errors()[0]["code"] == code


@needs("symbol")
def test_document_symbol_parse() -> None:
    s = dangbo.DocumentSymbol.parse("05-NQ/TU")
    assert (s.number, s.kind, s.issuer, s.system, s.text) == (5, "NQ", "TU", "party", "05-NQ/TU")
    assert dangbo.DocumentSymbol.parse("12/NQ-CP").system == "state"
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.DocumentSymbol.parse("NQ")
    assert info.value.errors()[0]["code"].startswith("symbol_")


@needs("period")
def test_period_parse() -> None:
    p = dangbo.Period.parse("9 tháng đầu năm 2023")
    assert (p.kind, p.year, p.months) == ("year_to_date", 2023, 9)
    assert dangbo.Period.parse("quý I/2024") == dangbo.Period(kind="quarter", year=2024, quarter=1)
    assert dangbo.Period.parse("nhiệm kỳ 2020-2025") == dangbo.Period(kind="term", start_year=2020, end_year=2025)
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.Period.parse("hôm qua")
    assert info.value.errors()[0]["code"] == "period_malformed"


@needs("period")
def test_period_derived_values() -> None:
    import datetime

    p = dangbo.Period.parse("6 tháng đầu năm", year=2024)
    assert p == dangbo.Period(kind="year_to_date", year=2024, months=6)
    assert p.start() == datetime.date(2024, 1, 1) and p.end() == datetime.date(2024, 6, 30)
    assert p.contains(datetime.date(2024, 6, 30)) and not p.contains(datetime.date(2024, 7, 1))
    assert str(dangbo.Period(kind="term", start_year=2020, end_year=2025)) == "nhiệm kỳ 2020-2025"
    assert dangbo.Period(kind="other", text="gần đây").start() is None


def test_term_contains() -> None:
    import datetime

    t = dangbo.Term(ordinal=22, start_year=2020, end_year=2025)
    assert t.contains(datetime.date(2023, 9, 15)) is True
    assert t.contains(datetime.date(2026, 1, 2)) is False
    assert dangbo.Term(ordinal=22).contains(datetime.date(2023, 9, 15)) is None


def test_indicator_derived_values() -> None:
    r = dangbo.IndicatorReport(
        text="kết nạp 187 đảng viên, đạt 103,89% kế hoạch",
        name="kết nạp đảng viên",
        unit="đảng viên",
        value=187,
        achievements=[{"percent": 103.89, "basis": "plan"}, {"percent": 95.0, "basis": "resolution"}],
    )
    assert r.achievement("plan") == dangbo.Achievement(percent=103.89, basis="plan")
    assert r.achievement("same_period") is None
    target = r.implied_target("plan")
    assert target is not None and abs(target - 180.0) < 0.01
    assert r.status("plan") == "met" and r.status("resolution") == "not_met" and r.status("other") is None
    assert r.achievements[1].status() == "not_met"
    half = dangbo.Period(kind="year_to_date", year=2023, months=6)
    pace = r.pace(half)
    assert pace is not None and abs(pace - 207.78) < 1e-9
    assert r.pace(half, basis="resolution") == 190.0
    assert r.pace(dangbo.Period(kind="term", start_year=2020, end_year=2025)) is None
    with pytest.raises(dangbo.ValidationError) as info:
        r.status("budget")  # type: ignore[arg-type]
    assert info.value.errors()[0]["path"] == "basis"
