"""Extraction throughput from Python: extract in a loop against extract_many on
1 thread and on all cores (the GIL is released; rayon spreads the texts).

    python benches/python/bench_extract.py [--copies 50]

Texts: the example articles of examples/articles and the shared corpus,
repeated `--copies` times.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import List, Tuple

import dangbo
from _data import best_of, table

ROOT = Path(__file__).resolve().parents[2]


def texts() -> List[str]:
    files = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    files += sorted((ROOT.parent / "shared" / "corpus" / "articles").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = texts()
    if not base:
        raise SystemExit("no articles found")
    all_texts = base * args.copies
    mb = sum(len(t.encode("utf-8")) for t in all_texts) / 1e6
    print(f"{len(all_texts)} articles, {mb:.1f} MB, {os.cpu_count()} cores")
    rows: List[Tuple[str, float, str]] = []
    secs, one = best_of(args.repeat, lambda: [dangbo.extract(t) for t in all_texts])
    rows.append(("[extract(t) for t in texts]", secs, f"{mb / secs:6.2f} MB/s"))
    for threads in (1, 2, None):
        secs, many = best_of(args.repeat, lambda: dangbo.extract_many(all_texts, threads=threads))
        assert many == one
        label = "all cores" if threads is None else f"{threads} thread{'s' if threads > 1 else ''}"
        rows.append((f"extract_many, {label}", secs, f"{mb / secs:6.2f} MB/s"))
    print(table(rows))


if __name__ == "__main__":
    main()
