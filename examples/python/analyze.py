"""Reports as a table: a pandas summary of the indicators and a chart.

    python examples/python/analyze.py [INPUT...] [--out chart.png]

INPUT is article files (.txt), folders of them, or JSON Lines files of reports
(.jsonl); by default examples/articles and the shared corpus beside the repository. Prints how many
indicators each area has and how far they got, and draws the achievement
percents by area to a PNG. Needs pandas, pyarrow and matplotlib.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, List, Sequence

import dangbo

ROOT = Path(__file__).resolve().parents[2]
# the example articles, and the shared corpus beside the repository when it is there
DEFAULT_INPUTS = [p for p in (ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus" / "articles") if p.is_dir()]


def load(inputs: Sequence[Path]) -> List[dangbo.Report]:
    """Reports of every input: JSON Lines files are read, articles extracted."""
    reports: List[dangbo.Report] = []
    articles: List[Path] = []
    for path in inputs:
        if path.is_dir():
            articles.extend(sorted(path.glob("*.txt")))
        elif path.suffix == ".jsonl":
            reports.extend(dangbo.load_jsonl(path))
        else:
            articles.append(path)
    reports.extend(dangbo.extract_files(articles))
    return reports


def summary(reports: Sequence[dangbo.Report]) -> Any:
    """Per category: indicators, reports they come from, mean and lowest first achievement."""
    df = dangbo.indicators_table(reports).to_pandas()
    df["category"] = df["category"].fillna("unclassified")
    return (
        df.groupby("category")
        .agg(
            indicators=("name", "size"),
            reports=("report", "nunique"),
            with_percent=("achievement_percent", "count"),
            mean_percent=("achievement_percent", "mean"),
            lowest_percent=("achievement_percent", "min"),
        )
        .sort_values("indicators", ascending=False)
        .round(1)
    )


def chart(reports: Sequence[dangbo.Report], out: Path) -> None:
    """Achievement percents of every indicator, by category, against the 100% line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = dangbo.indicators_table(reports).to_pandas()
    df = df[df["achievement_percent"].notna()]
    df["category"] = df["category"].fillna("unclassified")
    categories = sorted(df["category"].unique())
    fig, ax = plt.subplots(figsize=(9, 0.5 * max(len(categories), 4) + 1.5))
    for i, category in enumerate(categories):
        values = df.loc[df["category"] == category, "achievement_percent"].tolist()
        ax.scatter(values, [i] * len(values), alpha=0.7, s=40)
    ax.axvline(100, color="grey", linestyle="--", linewidth=1)
    ax.set_yticks(range(len(categories)), categories)
    ax.set_xlabel("achievement (% of its basis)")
    ax.set_title(f"Plan indicators of {len(reports)} reports")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=Path("indicators.png"))
    args = parser.parse_args(argv)
    inputs: List[Path] = args.inputs or DEFAULT_INPUTS
    reports = load(inputs)
    sessions = dangbo.sessions_table(reports).to_pandas()
    print(f"{len(reports)} reports, {int(sessions['indicators'].sum())} indicators")
    print(sessions[["committee_text", "session_kind", "session_ordinal", "session_date", "indicators"]].to_string())
    print()
    print(summary(reports).to_string())
    chart(reports, args.out)
    print(f"\nchart written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
