"""The extractor from Python: equal to Rust, parallel, thread- and process-safe."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Optional

import pytest

import dangbo
from conftest import ROOT, needs


def texts_of(files: List[Path]) -> List[str]:
    return [f.read_text(encoding="utf-8") for f in files]


def rust_reports(files: List[Path]) -> Optional[List[dict]]:
    """The Rust extractor's JSON for each file: the example of crates/dangbo-py,
    or the `dangbo` command line when cargo is not there."""
    if shutil.which("cargo") and (ROOT / "Cargo.toml").is_file():
        cmd = ["cargo", "run", "-q", "--profile", "test", "-p", "dangbo-py", "--example", "extract_jsonl", "--"]
    else:
        cli = shutil.which("dangbo")
        if cli is None:
            return None
        cmd = [cli, "extract", "--jsonl"]
    out = subprocess.run(
        cmd + [str(f) for f in files], cwd=ROOT, capture_output=True, text=True, timeout=1800, check=True
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@needs("extract")
def test_extract_equals_rust(corpus_files: List[Path]) -> None:
    expected = rust_reports(corpus_files)
    if expected is None:
        pytest.skip("neither cargo nor the dangbo command is available")
    got = [json.loads(dangbo.extract(t).to_json()) for t in texts_of(corpus_files)]
    assert got == expected


@needs("extract")
def test_extract_gives_a_checked_report(corpus_files: List[Path]) -> None:
    for text in texts_of(corpus_files):
        report = dangbo.extract(text)
        assert isinstance(report, dangbo.Report)
        assert dangbo.Report.from_json(report.to_json()) == report
        assert all(i.severity == "warning" for i in report.validate())


@needs("extract")
def test_extract_many_equals_repeated_extract(corpus_files: List[Path]) -> None:
    texts = texts_of(corpus_files) * 3
    one_by_one = [dangbo.extract(t) for t in texts]
    assert dangbo.extract_many(texts) == one_by_one
    assert dangbo.extract_many(iter(texts), threads=1) == one_by_one
    assert dangbo.extract_many(tuple(texts), threads=2) == one_by_one
    assert dangbo.extract_files(corpus_files * 3, threads=2) == one_by_one
    assert dangbo.extract_many([]) == []


def test_extract_many_arguments() -> None:
    with pytest.raises(ValueError):
        dangbo.extract_many(["x"], threads=0)
    with pytest.raises(TypeError):
        dangbo.extract_many([b"bytes are not text"])  # type: ignore[list-item]


@needs("extract")
def test_threads_calling_extract_at_once(corpus_files: List[Path]) -> None:
    texts = texts_of(corpus_files) * 8
    expected = [dangbo.extract(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(dangbo.extract, texts))
    assert got == expected


@needs("extract")
def test_spawn_process_pool(corpus_files: List[Path]) -> None:
    texts = texts_of(corpus_files)
    expected = [dangbo.extract(t) for t in texts]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        got = pool.map(dangbo.extract, texts)
    assert got == expected


def test_extract_files_errors(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(FileNotFoundError) as info:
        dangbo.extract_files([missing])
    assert info.value.filename == str(missing)
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Huyện ủy".encode("utf-8") + b"\xff\xfe" + " tổ chức".encode("utf-8"))
    with pytest.raises(UnicodeDecodeError) as uinfo:
        dangbo.extract_files([bad])
    assert str(bad) in str(uinfo.value)
    assert uinfo.value.start == len("Huyện ủy".encode("utf-8"))
    with pytest.raises(IsADirectoryError):
        dangbo.extract_files([tmp_path])


def test_extract_takes_os_pathlike(tmp_path: Path) -> None:
    # only the path conversion: a missing file names itself whatever the path type
    with pytest.raises(FileNotFoundError):
        dangbo.extract_files([os.fspath(tmp_path / "a.txt"), tmp_path / "b.txt"])


def test_spawn_process_pool_moves_reports() -> None:
    from conftest import make_report

    reports = [make_report(i) for i in range(4)]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        got = pool.map(dangbo.Report.from_json, [r.to_json() for r in reports])
    assert got == reports


@needs("extract")
def test_extract_bytes_and_bom(corpus_files: List[Path]) -> None:
    text = corpus_files[0].read_text(encoding="utf-8")
    assert dangbo.extract(text.encode("utf-8")) == dangbo.extract(text)
    assert dangbo.extract(b"\xef\xbb\xbf" + text.encode("utf-8")) == dangbo.extract(text)
    with pytest.raises(UnicodeDecodeError) as info:
        dangbo.extract(b"Huy\xffn")
    assert info.value.start == 3


def test_pools_are_reused_and_the_benchmark_loop_runs() -> None:
    from dangbo import _dangbo

    texts = [f"Đảng bộ huyện kết nạp {100 + i} đảng viên mới, đạt {90 + i}% kế hoạch." for i in range(6)]
    first = dangbo.extract_many(texts, threads=3)
    assert dangbo.extract_many(texts, threads=3) == first == [dangbo.extract(t) for t in texts]
    assert dangbo.extract_many(texts, threads=1) == first
    secs = _dangbo._extract_loop(texts)
    assert isinstance(secs, float) and secs > 0
