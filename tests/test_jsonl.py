"""JSON Lines: dump and load reports; a broken line is named."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import dangbo
from conftest import make_report


def test_round_trip(tmp_path: Path) -> None:
    reports = [make_report(i) for i in range(5)]
    path = tmp_path / "reports.jsonl"
    dangbo.dump_jsonl(reports, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[0] == reports[0].to_json()
    assert dangbo.load_jsonl(path) == reports
    assert dangbo.load_jsonl(str(path)) == reports


def test_many_lines_in_batches(tmp_path: Path) -> None:
    reports = [make_report(i) for i in range(5)] * 500  # more than one batch of 2048 lines
    path = tmp_path / "many.jsonl"
    dangbo.dump_jsonl(iter(reports), path)
    assert dangbo.load_jsonl(path) == reports


def test_blank_lines_and_crlf_are_accepted(tmp_path: Path) -> None:
    r = make_report(1)
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\n" + r.to_json().encode() + b"\r\n\n  \n" + r.to_json().encode())
    assert dangbo.load_jsonl(path) == [r, r]


def test_broken_line_is_named(tmp_path: Path) -> None:
    good = make_report(0).to_json()
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join([good, good, '{"session": {"organ": "council", "kind": "plenary"}}', good]) + "\n")
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.load_jsonl(path)
    err = info.value
    assert err.line == 3
    assert "line 3" in str(err) and "broken.jsonl" in str(err)
    assert [(e["path"], e["code"]) for e in err.errors()] == [("session.organ", "unknown_variant")]
    back = pickle.loads(pickle.dumps(err))
    assert back.line == 3 and back.errors() == err.errors()


def test_syntax_error_line(tmp_path: Path) -> None:
    path = tmp_path / "syntax.jsonl"
    path.write_text(make_report(0).to_json() + "\n{not json\n")
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.load_jsonl(path)
    assert info.value.line == 2
    assert info.value.errors()[0]["code"] == "json_syntax"


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        dangbo.load_jsonl(tmp_path / "missing.jsonl")
    assert info.value.filename == str(tmp_path / "missing.jsonl")
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(make_report(0).to_json().encode() + b"\n" + b'{"source": {"title": "Th\xe0nh \xf9y"}}\n')
    with pytest.raises(UnicodeDecodeError) as uinfo:
        dangbo.load_jsonl(bad)
    assert "line 2" in str(uinfo.value)
    with pytest.raises(FileNotFoundError):
        dangbo.dump_jsonl([make_report(0)], tmp_path / "no" / "such" / "dir.jsonl")
    with pytest.raises(TypeError):
        dangbo.dump_jsonl([make_report(0), "not a report"], tmp_path / "x.jsonl")  # type: ignore[list-item]
