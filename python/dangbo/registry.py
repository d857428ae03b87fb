"""The registry of party committees, before and after the 2025 reorganization.

Every provincial and district-level committee with the interval it existed and
the committees that took over; the data is embedded in the library.

>>> import datetime, dangbo
>>> dangbo.registry.resolve("Huyện ủy Bắc Sơn", on=datetime.date(2023, 9, 15)).province
'Lạng Sơn'
>>> len(dangbo.registry.provinces(on=datetime.date(2025, 7, 1)))
34

``on`` defaults to today.
"""

from __future__ import annotations

import datetime
from typing import List, Optional

from . import _dangbo
from ._dangbo import Committee

__all__ = [
    "all_committees",
    "districts_of",
    "get",
    "province_of_locality",
    "provinces",
    "resolve",
    "resolve_all",
    "resolve_in",
]


def _day(on: Optional[datetime.date]) -> datetime.date:
    return datetime.date.today() if on is None else on


def resolve(name: str, on: Optional[datetime.date] = None) -> Optional[Committee]:
    """The one committee that `name` ("Huyện ủy Bắc Sơn", "Đảng bộ tỉnh Long An")
    named on `on`; None when none or several did, or it did not exist then."""
    return _dangbo._registry_resolve(name, _day(on))


def resolve_all(name: str, on: Optional[datetime.date] = None) -> List[Committee]:
    """Every committee `name` may name on `on` ("Huyện ủy Châu Thành" names ten)."""
    return _dangbo._registry_resolve_all(name, _day(on))


def resolve_in(name: str, province: str, on: Optional[datetime.date] = None) -> Optional[Committee]:
    """The committee `name` names within `province` on `on`."""
    return _dangbo._registry_resolve_in(name, province, _day(on))


def get(id: str) -> Optional[Committee]:  # noqa: A002 - the registry's word
    """The committee with this id ("tu-lang-son")."""
    return _dangbo._registry_get(id)


def all_committees() -> List[Committee]:
    """Every committee of the registry, the Central Committee first."""
    return _dangbo._registry_all()


def provinces(on: Optional[datetime.date] = None) -> List[Committee]:
    """The provincial committees on `on`: 63 before 2025-07-01, 34 from then."""
    return _dangbo._registry_provinces(_day(on))


def districts_of(province_id: str, on: Optional[datetime.date] = None) -> List[Committee]:
    """The district-level committees of a province on `on` (none after 2025-06-30)."""
    return _dangbo._registry_districts_of(province_id, _day(on))


def province_of_locality(locality: str) -> List[str]:
    """The provinces that have a district-level unit of this name."""
    return _dangbo._registry_province_of_locality(locality)
