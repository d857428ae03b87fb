"""Shared fixtures of the Python tests.

Parts of the core are still being written by other hands: a probe calls each
part once with the example of the API contract, and the tests that need a part
that is not there yet (it panics with ``todo!()`` or raises
``NotImplementedError``) are skipped, not failed. Once the part lands, the same
tests run.
"""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Callable, List

import pytest

import dangbo

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _ready(probe: Callable[[], object]) -> bool:
    try:
        probe()
    except BaseException as e:  # noqa: BLE001 - a Rust panic is a BaseException
        if isinstance(e, NotImplementedError) or type(e).__name__ == "PanicException":
            return False
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
    return True


@functools.lru_cache(maxsize=None)
def ready(part: str) -> bool:
    probes = {
        "extract": lambda: dangbo.extract(
            "Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức Hội nghị Ban Chấp hành lần thứ 17."
        ),
        "number": lambda: dangbo.parse_number("101.761"),
        "quantity": lambda: dangbo.parse_quantity("trên 35,8 tỷ đồng"),
        "roman": lambda: dangbo.parse_roman("XVII"),
        "symbol": lambda: dangbo.DocumentSymbol.parse("05-NQ/TU"),
        "period": lambda: dangbo.Period.parse("9 tháng đầu năm 2023"),
        "normalize": lambda: dangbo.normalize("Thành uỷ") == "Thành ủy" or _todo(),
        # the rules are there when a six-year term is refused
        "rules": lambda: _refused(lambda: dangbo.Term(start_year=2020, end_year=2026)),
    }
    return _ready(probes[part])


def _todo() -> None:
    raise NotImplementedError


def _refused(build: Callable[[], object]) -> None:
    try:
        build()
    except dangbo.ValidationError:
        return
    raise NotImplementedError


def needs(part: str) -> pytest.MarkDecorator:
    """Skips a test until the core has `part`."""
    return pytest.mark.skipif(not ready(part), reason=f"dangbo core: {part} not implemented yet")


@pytest.fixture(scope="session")
def corpus_files() -> List[Path]:
    """The articles of the shared corpus and the project's example articles."""
    files: List[Path] = []
    for folder in (CORPUS / "articles", ROOT / "examples" / "articles"):
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.txt")))
    if not files:
        pytest.skip("no articles: neither the shared corpus nor examples/articles")
    return files


@pytest.fixture
def sample_report() -> dangbo.Report:
    """A report written by hand in the shape of a real one (own sentences)."""
    return make_report(0)


def make_report(i: int) -> dangbo.Report:
    year = 2023 + i % 2
    return dangbo.Report(
        source=dangbo.Source(
            title=f"Huyện ủy Đồng Hỷ họp Hội nghị lần thứ {10 + i}",
            published=datetime.date(year, 10, 2),
        ),
        committee=dangbo.CommitteeRef(
            text="Huyện ủy Đồng Hỷ",
            level="district",
            unit_kind="district",
            locality="Đồng Hỷ",
            province="Thái Nguyên",
        ),
        session=dangbo.Session(
            organ="executive_committee",
            kind="plenary",
            ordinal=10 + i,
            term=dangbo.Term(ordinal=22, start_year=2020, end_year=2025),
            expanded=True,
            date=datetime.date(year, 9, 28),
            date_text=f"Ngày 28/9/{year}",
        ),
        periods=dangbo.Periods(
            review=dangbo.Period(kind="year_to_date", year=year, months=9),
            plan=dangbo.Period(kind="year_remainder", year=year, months=3),
        ),
        people=[
            dangbo.PersonMention(
                name="Nguyễn Văn Hòa",
                titles=["Bí thư Huyện ủy"],
                positions=[dangbo.Position(role="Bí thư", organ="Huyện ủy")],
                role_in_session="chair",
            )
        ],
        indicators=[
            dangbo.IndicatorReport(
                text="tổng thu ngân sách trên địa bàn ước đạt 212,5 tỷ đồng, bằng 104,6% dự toán",
                name="tổng thu ngân sách",
                category="budget",
                unit="tỷ đồng",
                value=212.5,
                figure="estimate",
                achievements=[
                    dangbo.Achievement(percent=104.6, basis="assigned_estimate", basis_text="dự toán")
                ],
            ),
            dangbo.IndicatorReport(
                text="giá trị sản xuất công nghiệp tăng 8,2% so với cùng kỳ",
                name="giá trị sản xuất công nghiệp",
                category="industry",
                change=dangbo.Change(percent=8.2, direction="increase", relative_to="same_period"),
            ),
            dangbo.IndicatorReport(
                text="diện tích chè chiếm 41,3% diện tích cây lâu năm",
                name="diện tích chè",
                category="agriculture",
                unit="ha",
                value=4620.0,
                qualifier="about",
                share=dangbo.Share(percent=41.3, of="diện tích cây lâu năm"),
            ),
        ][: 1 + i % 3],
        tallies=[
            dangbo.Tally(
                text="14/17 chỉ tiêu đạt và vượt kế hoạch",
                count=14,
                total=17,
                of="chỉ tiêu",
                status="met_or_exceeded",
                basis="plan",
            )
        ],
        resolutions=[
            dangbo.ResolutionMention(
                text="Nghị quyết số 05-NQ/HU",
                kind="NQ",
                symbol=dangbo.DocumentSymbol(
                    number=5, kind="NQ", issuer="HU", system="party", text="05-NQ/HU"
                ),
                adopted=True,
            )
        ],
    )
