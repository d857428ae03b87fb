"""Reading JSON Lines of reports: dangbo.load_jsonl (Rust, checks every rule,
parses on all cores) against msgspec and pydantic models of the same shape
(types only) and plain json.loads.

    python benches/python/bench_jsonl.py [--reports 20000] [--indicators 10] [--repeat 3]

Each loader runs in a fresh Python process (defaults: GC on), once per repeat:
the time is the best of the repeats, the memory is the process's peak resident
set (ru_maxrss) with the loaded list still alive, and "baseline" is the peak of
the same process after its imports, before loading. CPU time is the user+system
time of all the process's threads during the load (less sensitive to other load
on the machine than the wall time, which is what counts). Ratios are of this run.
"""


import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import dangbo
from _data import write_jsonl


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


def dangbo_loader() -> Callable[[Path], List[Any]]:
    return lambda path: dangbo.load_jsonl(path)


def json_loader() -> Callable[[Path], List[Any]]:
    def load(path: Path) -> List[Any]:
        with path.open("rb") as f:
            return [json.loads(line) for line in f if line.strip()]

    return load


LOADERS: Dict[str, Tuple[str, Callable[[], Optional[Callable[[Path], List[Any]]]]]] = {
    "dangbo": ("dangbo.load_jsonl (all rules)", dangbo_loader),
    "msgspec": ("msgspec Struct (types)", msgspec_loader),
    "pydantic": ("pydantic BaseModel (types)", pydantic_loader),
    "json": ("json.loads (dicts, no checks)", json_loader),
}


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime  # every thread of the process


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(name: str, path: Path) -> None:
    """One load in this (fresh) process: prints seconds, count and peak memory."""
    load = LOADERS[name][1]()
    if load is None:
        print(json.dumps(None))
        return
    baseline = peak_mb()
    cpu = cpu_seconds()
    start = time.perf_counter()
    got = load(path)
    secs = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    print(json.dumps({"secs": secs, "cpu": cpu, "n": len(got), "peak_mb": peak_mb(), "baseline_mb": baseline}))


def run(name: str, path: Path, repeat: int) -> Optional[Dict[str, float]]:
    best: Optional[Dict[str, float]] = None
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", name, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        got = json.loads(out.strip().splitlines()[-1])
        if got is None:
            return None
        if best is None or got["secs"] < best["secs"]:
            peak = max(got["peak_mb"], best["peak_mb"]) if best else got["peak_mb"]
            best = dict(got, peak_mb=peak)
        else:
            best["peak_mb"] = max(best["peak_mb"], got["peak_mb"])
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=20_000)
    parser.add_argument("--indicators", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default=",".join(LOADERS), help="loaders to run, comma-separated")
    parser.add_argument("--child", nargs=2, metavar=("LOADER", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(Path(tmp) / "reports.jsonl", args.reports, args.indicators)
        size = path.stat().st_size / 1e6
        print(f"{args.reports} reports x {args.indicators} indicators, {size:.1f} MB; best of {args.repeat}, fresh process each")
        results: Dict[str, Optional[Dict[str, float]]] = {}
        for name in args.only.split(","):
            got = run(name, path, args.repeat)
            if got is not None:
                assert got["n"] == args.reports, got
            results[name] = got
    width = max(len(LOADERS[n][0]) for n in results)
    print(f"{'':<{width}}  {'time':>9}  {'MB/s':>6}  {'CPU time':>9}  {'peak RSS':>9}  {'baseline':>8}")
    for name, got in results.items():
        label = LOADERS[name][0]
        if got is None:
            print(f"{label:<{width}}  not installed")
            continue
        print(
            f"{label:<{width}}  {got['secs']:7.3f} s  {size / got['secs']:6.1f}  {got['cpu']:7.2f} s  "
            f"{got['peak_mb']:6.0f} MB  {got['baseline_mb']:5.0f} MB"
        )
    ours = results.get("dangbo")
    if ours:
        for name, got in results.items():
            if name != "dangbo" and got:
                print(
                    f"dangbo vs {name}: {got['secs'] / ours['secs']:.2f}x the speed, "
                    f"{ours['peak_mb'] / got['peak_mb']:.2f}x the peak memory, "
                    f"its CPU time {got['cpu'] / ours['cpu']:.2f}x ours"
                )


if __name__ == "__main__":
    main()
