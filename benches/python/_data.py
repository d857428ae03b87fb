"""Synthetic reports for the benchmarks: plain JSON, written the way the
extractor writes them, with as many indicators as asked."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

CATEGORIES = ["budget", "economy", "agriculture", "industry", "investment", "social", None]


def indicator(i: int) -> Dict[str, Any]:
    pct = 80.0 + (i * 7) % 45 + 0.1 * (i % 10)
    return {
        "text": f"chỉ tiêu số {i} ước đạt {i % 900 + 10},{i % 10} tỷ đồng, bằng {pct:.1f}% kế hoạch",
        "name": f"chỉ tiêu số {i % 50}",
        "category": CATEGORIES[i % len(CATEGORIES)],
        "unit": "tỷ đồng" if i % 4 else None,
        "value": float(i % 900 + 10) + (i % 10) / 10 if i % 4 else None,
        "qualifier": "exact",
        "figure": "estimate" if i % 3 == 0 else "actual",
        "target": None,
        "achievements": [{"percent": pct, "qualifier": "exact", "basis": "plan", "basis_text": "kế hoạch"}],
        "change": {"percent": 5.5, "amount": None, "direction": "increase", "relative_to": "same_period"}
        if i % 5 == 0
        else None,
        "share": None,
        "period": None,
    }


def report(n: int, indicators: int) -> Dict[str, Any]:
    year = 2020 + n % 5
    return {
        "source": {"title": f"Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ {n % 30 + 1}", "published": f"{year}-10-02", "url": None},
        "committee": {"text": "Huyện ủy Đồng Hỷ", "level": "district", "unit_kind": "district",
                      "locality": "Đồng Hỷ", "province": "Thái Nguyên", "id": None},
        "session": {"organ": "executive_committee", "kind": "plenary", "ordinal": n % 30 + 1,
                    "term": {"ordinal": 22, "start_year": 2020, "end_year": 2025},
                    "expanded": n % 2 == 0, "extraordinary": False, "date": f"{year}-09-28", "end_date": None,
                    "date_text": f"Ngày 28/9/{year}"},
        "periods": {"review": {"kind": "year_to_date", "year": year, "months": 9},
                    "plan": {"kind": "year_remainder", "year": year, "months": 3}},
        "people": [{"name": "Nguyễn Văn Hòa", "titles": ["Bí thư Huyện ủy"],
                    "positions": [{"role": "Bí thư", "organ": "Huyện ủy", "organization": None}],
                    "role_in_session": "chair"}],
        "indicators": [indicator(n * indicators + k) for k in range(indicators)],
        "tallies": [{"text": "14/17 chỉ tiêu đạt và vượt kế hoạch", "count": 14, "total": 17, "of": "chỉ tiêu",
                     "status": "met_or_exceeded", "basis": "plan"}],
        "resolutions": [],
        "findings": [],
    }


def write_jsonl(path: Path, reports: int, indicators: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for n in range(reports):
            f.write(json.dumps(report(n, indicators), ensure_ascii=False))
            f.write("\n")
    return path


def best_of(repeat: int, fn: Callable[[], Any]) -> Tuple[float, Any]:
    """The fastest of `repeat` runs, in seconds, and the last result."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        result = None  # the previous result is freed before the clock starts
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def table(rows: List[Tuple[str, float, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {seconds:8.3f} s  {note}" for name, seconds, note in rows)
