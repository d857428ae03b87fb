"""Reports to a polars DataFrame: dangbo.indicators_table through the Arrow
PyCapsule interface (no Python objects per row) against the usual way, a list
of dicts built from the objects' attributes.

    python benches/python/bench_tables.py [--indicators 1000000] [--per-report 100]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Tuple

import dangbo
from _data import best_of, table, write_jsonl


def as_dicts(reports: List[dangbo.Report]) -> List[Dict[str, Any]]:
    rows = []
    for i, r in enumerate(reports):
        committee = r.committee
        session = r.session
        for x in r.indicators:
            first = x.achievements[0] if x.achievements else None
            rows.append(
                {
                    "report": i,
                    "committee_text": committee.text if committee else None,
                    "session_ordinal": session.ordinal if session else None,
                    "session_date": session.date if session else None,
                    "name": x.name,
                    "category": x.category,
                    "value": x.value,
                    "unit": x.unit,
                    "figure": x.figure,
                    "achievement_percent": first.percent if first else None,
                    "achievement_basis": first.basis if first else None,
                    "text": x.text,
                }
            )
    return rows


def main() -> None:
    import polars as pl

    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=1_000_000)
    parser.add_argument("--per-report", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n_reports = args.indicators // args.per_report
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "reports.jsonl", n_reports, args.per_report)
        reports = dangbo.load_jsonl(path)
    print(f"{n_reports} reports, {n_reports * args.per_report} indicators")
    rows: List[Tuple[str, float, str]] = []
    secs, t = best_of(args.repeat, lambda: dangbo.indicators_table(reports))
    rows.append(("dangbo.indicators_table", secs, f"{t.num_columns} columns"))
    secs, df = best_of(args.repeat, lambda: pl.DataFrame(dangbo.indicators_table(reports)))
    assert df.height == n_reports * args.per_report
    rows.append(("  -> polars.DataFrame (PyCapsule)", secs, f"{df.height} rows"))
    secs, dicts = best_of(1, lambda: as_dicts(reports))
    rows.append(("list of dicts from attributes", secs, f"{len(dicts[0])} columns"))
    secs, df2 = best_of(1, lambda: pl.DataFrame(as_dicts(reports)))
    assert df2.height == df.height
    rows.append(("  -> polars.DataFrame (dicts)", secs, f"{df2.height} rows"))
    print(table(rows))


if __name__ == "__main__":
    main()
