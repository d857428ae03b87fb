"""Arrow tables of reports, read by pyarrow, pandas and polars."""

from __future__ import annotations

import datetime
from typing import List

import pytest

import dangbo
from conftest import make_report


@pytest.fixture(scope="module")
def reports() -> List[dangbo.Report]:
    return [make_report(i) for i in range(7)] + [dangbo.Report()]


def n_indicators(reports: List[dangbo.Report]) -> int:
    return sum(len(r.indicators) for r in reports)


def test_table_object(reports: List[dangbo.Report]) -> None:
    t = dangbo.indicators_table(reports)
    assert t.num_rows == len(t) == n_indicators(reports) == 13
    assert t.column_names[0] == "report" and "name" in t.column_names
    assert t.num_columns == len(t.column_names)
    assert "13 rows" in repr(t)
    s = dangbo.sessions_table(reports)
    assert s.num_rows == len(reports)
    with pytest.raises(TypeError):
        dangbo.indicators_table([reports[0], {"not": "a report"}])  # type: ignore[list-item]


def test_pyarrow(reports: List[dangbo.Report]) -> None:
    pa = pytest.importorskip("pyarrow")
    t = dangbo.indicators_table(reports)
    table = pa.table(t)
    assert table.num_rows == 13
    assert pa.table(t).equals(table)  # the stream can be taken again
    schema = table.schema
    assert schema.field("report").type == pa.uint32()
    assert schema.field("value").type == pa.float64()
    assert schema.field("name").type == pa.string_view()  # polars takes it with no copy
    assert t.to_pyarrow().schema.field("name").type == pa.string()
    table = t.to_pyarrow()
    assert schema.field("session_date").type == pa.date32()
    assert schema.field("session_ordinal").type == pa.uint32()
    assert schema.field("review_year").type == pa.int32()
    first = table.slice(0, 1).to_pylist()[0]
    assert first["report"] == 0 and first["name"] == "tổng thu ngân sách"
    assert first["value"] == 212.5 and first["unit"] == "tỷ đồng"
    assert first["achievement_percent"] == 104.6 and first["achievement_basis"] == "assigned_estimate"
    assert first["committee_text"] == "Huyện ủy Đồng Hỷ" and first["committee_level"] == "district"
    assert first["session_date"] == datetime.date(2023, 9, 28)
    assert first["review_kind"] == "year_to_date" and first["review_months"] == 9
    assert first["source_published"] == datetime.date(2023, 10, 2)
    changed = table.filter(pa.compute.equal(table["name"], "giá trị sản xuất công nghiệp")).to_pylist()
    assert changed and changed[0]["change_percent"] == 8.2 and changed[0]["change_direction"] == "increase"
    assert changed[0]["change_relative_to"] == "same_period" and changed[0]["value"] is None
    # the reader and the array form too
    reader = pa.RecordBatchReader.from_stream(t)
    assert reader.read_all().num_rows == 13
    arr = pa.array(t)
    assert len(arr) == 13 and pa.types.is_struct(arr.type)
    sessions = pa.table(dangbo.sessions_table(reports))
    assert sessions.num_rows == 8
    assert sessions.schema.field("expanded").type == pa.bool_()
    assert sessions.column("indicators").to_pylist() == [len(r.indicators) for r in reports]
    assert sessions.column("session_kind").to_pylist()[-1] is None


def test_pandas(reports: List[dangbo.Report]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    df = dangbo.indicators_table(reports).to_pandas()
    assert isinstance(df, pd.DataFrame) and df.shape == (13, len(dangbo.indicators_table([]).column_names))
    assert df["value"].dtype == "float64"
    assert df["report"].dtype == "uint32"
    assert pd.api.types.is_string_dtype(df["name"])
    assert df.groupby("category").size().to_dict()["budget"] == 7
    s = dangbo.sessions_table(reports).to_pandas()
    assert len(s) == 8 and s["indicators"].sum() == 13


def test_polars(reports: List[dangbo.Report]) -> None:
    pl = pytest.importorskip("polars")
    t = dangbo.indicators_table(reports)
    df = pl.DataFrame(t)
    assert df.shape == (13, t.num_columns)
    assert df.schema["report"] == pl.UInt32
    assert df.schema["value"] == pl.Float64
    assert df.schema["name"] == pl.String
    assert df.schema["session_date"] == pl.Date
    assert t.to_polars().equals(df)
    got = pl.from_arrow(t)
    frame = got if isinstance(got, pl.DataFrame) else got.struct.unnest()
    assert frame.shape == df.shape
    by_cat = df.group_by("category").len().sort("category")
    assert dict(zip(by_cat["category"], by_cat["len"])) == {"agriculture": 2, "budget": 7, "industry": 4}
    s = pl.DataFrame(dangbo.sessions_table(reports))
    assert s.height == 8 and s["expanded"].dtype == pl.Boolean


def test_empty_tables_keep_their_columns() -> None:
    pa = pytest.importorskip("pyarrow")
    t = pa.table(dangbo.indicators_table([]))
    assert t.num_rows == 0 and t.num_columns == dangbo.indicators_table([]).num_columns
    assert pa.table(dangbo.sessions_table(iter([]))).num_rows == 0


def test_pandas_arrow_dtypes(reports: List[dangbo.Report]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    df = dangbo.sessions_table(reports).to_pandas(types_mapper=pd.ArrowDtype)
    assert str(df["session_ordinal"].dtype) == "uint32[pyarrow]"
    assert df["session_ordinal"].isna().sum() == 1


def test_many_rows_come_in_several_batches(reports: List[dangbo.Report]) -> None:
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    many = reports * 2000  # 26,000 rows: more than one record batch
    t = dangbo.indicators_table(many)
    assert t.num_rows == len(t) == 13 * 2000
    table = pa.table(t)
    assert table.num_rows == t.num_rows and len(table.to_batches()) > 1
    assert table.column("report").to_pylist()[-1] == len(many) - 2  # the last report has no indicators
    assert table.column("name").to_pylist()[:13] == pa.table(dangbo.indicators_table(reports)).column("name").to_pylist()
    df = pl.DataFrame(t)
    assert df.height == t.num_rows and df["committee_text"].n_unique() == pa.table(t).column("committee_text").unique().__len__()
    arr = pa.array(t)  # __arrow_c_array__: one struct array of every batch
    assert len(arr) == t.num_rows
