"""The Python examples run and do what they say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

import dangbo
from conftest import ROOT, make_report, needs

EXAMPLES = ROOT / "examples" / "python"


def run_example(name: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={"RUST_BACKTRACE": "0", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(EXAMPLES)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_quickstart(tmp_path: Path) -> None:
    out = run_example("quickstart.py", cwd=tmp_path)
    assert "Term(ordinal=22, start_year=2020, end_year=2025)" in out
    assert "indicators[0].achievements[0].basis: missing_field" in out


def test_analyze_writes_summary_and_chart(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pytest.importorskip("matplotlib")
    reports = [make_report(i) for i in range(6)]
    data = tmp_path / "reports.jsonl"
    dangbo.dump_jsonl(reports, data)
    png = tmp_path / "chart.png"
    out = run_example("analyze.py", str(data), "--out", str(png), cwd=tmp_path)
    assert "6 reports, 12 indicators" in out
    assert "budget" in out and "industry" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"




def test_reports_travel_through_a_dask_cluster() -> None:
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    reports = [make_report(i) for i in range(6)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            futures = client.map(dangbo.Report.from_json, [r.to_json() for r in reports])
            got: List[dangbo.Report] = client.gather(futures)
    assert got == reports


@needs("extract")
def test_dask_example(corpus_files: List[Path]) -> None:
    pytest.importorskip("dask.distributed")
    sys.path.insert(0, str(EXAMPLES))
    try:
        import dask_extract
    finally:
        sys.path.remove(str(EXAMPLES))
    texts = [f.read_text(encoding="utf-8") for f in corpus_files] * 4
    got = dask_extract.extract_on_cluster(texts, workers=2, chunk=3)
    assert got == dangbo.extract_many(texts)
