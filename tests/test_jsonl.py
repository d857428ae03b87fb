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


def test_lines_across_read_chunks_keep_their_numbers(tmp_path: Path) -> None:
    # The file is read 8 MB at a time: a line longer than that, and an error
    # many chunks in, must come out whole and numbered as in the file.
    r = make_report(3)
    line = r.to_json()
    long_line = " " * (9 << 20) + line  # JSON allows the leading spaces
    count = (20 << 20) // len(line) + 1
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(long_line + "\n")
        for _ in range(count):
            f.write(line + "\n")
        f.write(line)  # no newline at the end
    got = dangbo.load_jsonl(path)
    assert len(got) == count + 2 and got[0] == r and got[-1] == r
    with path.open("a", encoding="utf-8") as f:
        f.write("\n" + line + "\n" + '{"source": {"url": 5}}' + "\n" + line + "\n")
    with pytest.raises(dangbo.ValidationError) as info:
        dangbo.load_jsonl(path)
    assert info.value.line == count + 4
    assert [e["path"] for e in info.value.errors()] == ["source.url"]
