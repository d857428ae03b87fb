"""Reports to a polars DataFrame: dangbo.indicators_table through the Arrow
PyCapsule interface (no Python objects per row) against the usual way, a list
of dicts built from the objects' attributes. Both give the same frame (every
column of indicators_table; checked with DataFrame.equals); times are the best
of --repeat runs in one process.

    python benches/python/bench_tables.py [--indicators 1000000] [--per-report 100]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Tuple

import dangbo
from _data import best_of, table, write_jsonl


def period_cols(prefix: str, p: Any) -> Dict[str, Any]:
    return {
        f"{prefix}_kind": p.kind if p else None,
        f"{prefix}_year": (p.year if p.year is not None else p.start_year) if p else None,
        f"{prefix}_months": p.months if p else None,
    }


def as_dicts(reports: List[dangbo.Report]) -> List[Dict[str, Any]]:
    """The rows of indicators_table, column for column, read from the objects'
    attributes the usual way."""
    rows = []
    for i, r in enumerate(reports):
        source, c, s = r.source, r.committee, r.session
        term = s.term if s else None
        shared = {
            "report": i,
            "source_title": source.title,
            "source_published": source.published,
            "source_url": source.url,
            "committee_text": c.text if c else None,
            "committee_level": c.level if c else None,
            "committee_unit_kind": c.unit_kind if c else None,
            "committee_locality": c.locality if c else None,
            "committee_province": c.province if c else None,
            "committee_id": c.id if c else None,
            "session_organ": s.organ if s else None,
            "session_kind": s.kind if s else None,
            "session_ordinal": s.ordinal if s else None,
            "term_ordinal": term.ordinal if term else None,
            "session_date": s.date if s else None,
            **period_cols("review", r.periods.review),
            **period_cols("plan", r.periods.plan),
        }
        for x in r.indicators:
            first = x.achievements[0] if x.achievements else None
            change, share, period = x.change, x.share, x.period
            row = dict(shared)
            row.update(
                {
                    "name": x.name,
                    "category": x.category,
                    "value": x.value,
                    "unit": x.unit,
                    "qualifier": x.qualifier,
                    "figure": x.figure,
                    "target": x.target,
                    "achievement_percent": first.percent if first else None,
                    "achievement_basis": first.basis if first else None,
                    "change_percent": change.percent if change else None,
                    "change_direction": change.direction if change else None,
                    "change_relative_to": change.relative_to if change else None,
                    "share_percent": share.percent if share else None,
                    "period_kind": period.kind if period else None,
                    "period_year": (period.year if period.year is not None else period.start_year) if period else None,
                    "text": x.text,
                }
            )
            rows.append(row)
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
    print(f"{n_reports} reports, {n_reports * args.per_report} indicators; best of {args.repeat}")
    rows: List[Tuple[str, float, str]] = []
    secs, t = best_of(args.repeat, lambda: dangbo.indicators_table(reports))
    rows.append(("dangbo.indicators_table", secs, f"{t.num_columns} columns"))
    fast, df = best_of(args.repeat, lambda: pl.DataFrame(dangbo.indicators_table(reports)))
    assert df.height == n_reports * args.per_report
    rows.append(("  -> polars.DataFrame (PyCapsule)", fast, f"{df.height} rows"))
    secs, dicts = best_of(args.repeat, lambda: as_dicts(reports))
    rows.append(("list of dicts from attributes", secs, f"{len(dicts[0])} columns"))
    del dicts
    schema = df.schema  # the same column types, as one would pass them
    slow, df2 = best_of(args.repeat, lambda: pl.DataFrame(as_dicts(reports), schema=schema))
    assert df2.equals(df), "the two ways must give the same frame"
    rows.append(("  -> polars.DataFrame (dicts)", slow, f"{df2.height} rows, equal to the PyCapsule frame"))
    print(table(rows))
    print(f"indicators_table -> polars: {slow / fast:.1f}x the speed of the dicts, same frame")

if __name__ == "__main__":
    main()
