"""Extract many articles on a Dask cluster, then analyse the reports locally.

    python examples/python/dask_extract.py [FOLDER...] [--workers 2]

Each worker process runs ``dangbo.extract_many`` on a chunk of texts (the GIL is
released inside, so a worker's threads and cores are all used); reports travel
back by pickle (through their JSON) and the indicators become one Arrow table.
Needs dask[distributed] and pyarrow.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Sequence

import dangbo

ROOT = Path(__file__).resolve().parents[2]
# the example articles, and the shared corpus beside the repository when it is there
DEFAULT_INPUTS = [p for p in (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus" / "articles") if p.is_dir()]


def chunks(items: Sequence[str], size: int) -> List[List[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def extract_on_cluster(texts: Sequence[str], workers: int = 2, chunk: int = 16) -> List[dangbo.Report]:
    """`dangbo.extract_many` over chunks of `texts` on a local cluster, in order."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        futures = client.map(dangbo.extract_many, chunks(texts, chunk), pure=False)
        parts: List[List[dangbo.Report]] = client.gather(futures)
    return [report for part in parts for report in part]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    folders: List[Path] = args.folders or DEFAULT_INPUTS
    files = [f for folder in folders for f in sorted(folder.glob("*.txt"))]
    texts = [f.read_text(encoding="utf-8") for f in files]
    reports = extract_on_cluster(texts, workers=args.workers)
    table = dangbo.indicators_table(reports).to_pyarrow()
    print(f"{len(reports)} reports from {len(files)} files, {table.num_rows} indicators")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
