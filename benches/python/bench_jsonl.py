"""Reading JSON Lines of reports: dangbo.load_jsonl (Rust, checks every rule,
parses on all cores) against msgspec and pydantic models of the same shape
(types only) and plain json.loads.

    python benches/python/bench_jsonl.py [--reports 20000] [--indicators 10]
"""


import argparse
import json
import tempfile
from pathlib import Path
from typing import Any, Callable, List, Optional, Tuple

import dangbo
from _data import best_of, table, write_jsonl


def msgspec_loader() -> Optional[Callable[[Path], List[Any]]]:
    try:
        import msgspec
    except ImportError:
        return None

    class Achievement(msgspec.Struct):
        percent: float
        basis: str
        qualifier: str = "exact"
        basis_text: Optional[str] = None

    class Change(msgspec.Struct):
        direction: str
        percent: Optional[float] = None
        amount: Optional[float] = None
        relative_to: Optional[str] = None

    class Indicator(msgspec.Struct):
        text: str
        name: str
        category: Optional[str] = None
        unit: Optional[str] = None
        value: Optional[float] = None
        qualifier: str = "exact"
        figure: str = "actual"
        target: Optional[float] = None
        achievements: List[Achievement] = []
        change: Optional[Change] = None
        share: Optional[dict] = None
        period: Optional[dict] = None

    class Report(msgspec.Struct):
        source: dict
        committee: Optional[dict]
        session: Optional[dict]
        periods: dict
        people: List[dict]
        indicators: List[Indicator]
        tallies: List[dict]
        resolutions: List[dict]
        findings: List[dict]

    decoder = msgspec.json.Decoder(Report)

    def load(path: Path) -> List[Any]:
        with path.open("rb") as f:
            return [decoder.decode(line) for line in f if line.strip()]

    return load


def pydantic_loader() -> Optional[Callable[[Path], List[Any]]]:
    try:
        import pydantic
    except ImportError:
        return None

    class Achievement(pydantic.BaseModel):
        percent: float
        basis: str
        qualifier: str = "exact"
        basis_text: Optional[str] = None

    class Change(pydantic.BaseModel):
        direction: str
        percent: Optional[float] = None
        amount: Optional[float] = None
        relative_to: Optional[str] = None

    class Indicator(pydantic.BaseModel):
        text: str
        name: str
        category: Optional[str] = None
        unit: Optional[str] = None
        value: Optional[float] = None
        qualifier: str = "exact"
        figure: str = "actual"
        target: Optional[float] = None
        achievements: List[Achievement] = []
        change: Optional[Change] = None
        share: Optional[dict] = None
        period: Optional[dict] = None

    class Report(pydantic.BaseModel):
        source: dict
        committee: Optional[dict]
        session: Optional[dict]
        periods: dict
        people: List[dict]
        indicators: List[Indicator]
        tallies: List[dict]
        resolutions: List[dict]
        findings: List[dict]

    def load(path: Path) -> List[Any]:
        with path.open("rb") as f:
            return [Report.model_validate_json(line) for line in f if line.strip()]

    return load


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=20_000)
    parser.add_argument("--indicators", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "reports.jsonl", args.reports, args.indicators)
        size = path.stat().st_size / 1e6
        print(f"{args.reports} reports x {args.indicators} indicators, {size:.1f} MB")
        rows: List[Tuple[str, float, str]] = []
        secs, reports = best_of(args.repeat, lambda: dangbo.load_jsonl(path))
        assert len(reports) == args.reports
        rows.append(("dangbo.load_jsonl (all rules)", secs, f"{size / secs:6.1f} MB/s"))
        for name, make in [("msgspec Struct (types)", msgspec_loader), ("pydantic BaseModel (types)", pydantic_loader)]:
            load = make()
            if load is None:
                rows.append((name, float("nan"), "not installed"))
                continue
            secs, got = best_of(args.repeat, lambda: load(path))
            assert len(got) == args.reports
            rows.append((name, secs, f"{size / secs:6.1f} MB/s"))

        def plain() -> List[Any]:
            with path.open("rb") as f:
                return [json.loads(line) for line in f if line.strip()]

        secs, _ = best_of(args.repeat, plain)
        rows.append(("json.loads (dicts, no checks)", secs, f"{size / secs:6.1f} MB/s"))
        print(table(rows))


if __name__ == "__main__":
    main()
