"""dangbo.registry: committees before and after the 2025 reorganization."""

from __future__ import annotations

import datetime

import dangbo
from dangbo import registry


def day(y: int, m: int, d: int) -> datetime.date:
    return datetime.date(y, m, d)


def test_resolve_and_successors() -> None:
    bac_son = registry.resolve("Huyện ủy Bắc Sơn", on=day(2023, 9, 15))
    assert isinstance(bac_son, dangbo.Committee)
    assert bac_son.province == "Lạng Sơn" and bac_son.parent_id == "tu-lang-son"
    assert bac_son.valid_to == day(2025, 6, 30)
    assert bac_son.is_active_on(day(2023, 9, 15)) and not bac_son.is_active_on(day(2025, 7, 1))
    assert registry.resolve("Tỉnh ủy Long An", on=day(2026, 1, 1)) is None
    long_an = registry.resolve("Tỉnh ủy Long An", on=day(2023, 9, 15))
    assert long_an is not None
    assert [c.name for c in long_an.successors()] == ["Tỉnh ủy Tây Ninh"]
    tay_ninh = registry.get("tu-tay-ninh")
    assert tay_ninh is not None and long_an in tay_ninh.predecessors()
    assert registry.get("no-such-id") is None


def test_provinces_and_districts() -> None:
    assert len(registry.provinces(on=day(2024, 1, 1))) == 63
    assert len(registry.provinces(on=day(2025, 7, 1))) == 34
    assert registry.districts_of("tu-lang-son", on=day(2025, 7, 1)) == []
    assert len(registry.districts_of("tu-lang-son", on=day(2024, 1, 1))) == 11
    assert len(registry.resolve_all("Huyện ủy Châu Thành", on=day(2024, 1, 1))) == 10
    assert registry.resolve_in("Huyện ủy Châu Thành", "Tiền Giang", on=day(2024, 1, 1)) is not None
    assert "Lạng Sơn" in registry.province_of_locality("Bắc Sơn")
    assert len(registry.all_committees()) > 700
    a_luoi = registry.resolve_in("Huyện ủy A Lưới", "Thừa Thiên Huế", on=day(2023, 5, 1))
    assert a_luoi is not None
    parent = a_luoi.parent_on(day(2023, 5, 1))
    assert parent is not None and parent.id == "tu-thua-thien-hue"
