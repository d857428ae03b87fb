"""Extraction throughput from Python against the extractor's own speed.

    python benches/python/bench_extract.py [--mb 20] [--repeat 3] [--shared-corpus]

The texts are the extractor's benchmark corpus: the example articles of
examples/articles repeated to at least --mb megabytes, as in
crates/dangbo-extract/benches/extract.rs (--shared-corpus adds the shared
corpus's articles). In one process, best of --repeat each:

- the Rust yardstick: `dangbo._dangbo._extract_loop`, a plain Rust loop calling
  `dangbo_extract::extract` on one thread with the GIL released and each report
  dropped, as the criterion bench does (benchmarks only, not API);
- `extract_many(texts, threads=1)`: the same work through the API, returning
  the Report objects; its share of the yardstick is the per-core efficiency;
- `extract_many(texts, threads=2)` and on all cores: the speed-up over 1 thread;
- `[extract(t) for t in texts]`: one call per text, for reference.

The machine's other load changes every absolute figure: compare the ratios.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import List, Tuple

import dangbo
from dangbo import _dangbo
from _data import best_of, table

ROOT = Path(__file__).resolve().parents[2]


def corpus(megabytes: float, shared: bool) -> List[str]:
    files = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    if shared:
        files += sorted((ROOT.parent / "shared" / "corpus" / "articles").glob("*.txt"))
    base = [f.read_text(encoding="utf-8") for f in files]
    if not base:
        raise SystemExit("no articles found")
    out: List[str] = []
    size = 0
    while size < megabytes * 1e6:
        for t in base:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20 * 1024 * 1024 / 1e6)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shared-corpus", action="store_true")
    args = parser.parse_args()
    texts = corpus(args.mb, args.shared_corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {mb:.1f} MB, {os.cpu_count()} cores; best of {args.repeat}")
    rows: List[Tuple[str, float, str]] = []

    def rate(secs: float) -> str:
        return f"{mb / secs:6.2f} MB/s"

    rust = min(_dangbo._extract_loop(texts) for _ in range(args.repeat))
    rows.append(("Rust loop, 1 thread (yardstick)", rust, rate(rust)))
    one, many = best_of(args.repeat, lambda: dangbo.extract_many(texts, threads=1))
    rows.append(("extract_many, 1 thread", one, rate(one)))
    two, got = best_of(args.repeat, lambda: dangbo.extract_many(texts, threads=2))
    assert got == many
    rows.append(("extract_many, 2 threads", two, rate(two)))
    every, got = best_of(args.repeat, lambda: dangbo.extract_many(texts))
    assert got == many
    rows.append((f"extract_many, all cores ({os.cpu_count()})", every, rate(every)))
    loop, got = best_of(args.repeat, lambda: [dangbo.extract(t) for t in texts])
    assert got == many
    rows.append(("[extract(t) for t in texts]", loop, rate(loop)))
    print(table(rows))
    print(f"extract_many, 1 thread: {rust / one:.0%} of the Rust loop's throughput")
    print(f"extract_many, 2 threads: {one / two:.2f}x 1 thread")


if __name__ == "__main__":
    main()
