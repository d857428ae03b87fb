"""Type stubs of the extension module ``dangbo._dangbo`` (written by hand).

Every model class is immutable: a keyword constructor that checks every rule
(raising ``dangbo.ValidationError`` with every issue), read-only attributes,
``==`` and ``hash`` by value, a repr like a constructor call, ``to_dict`` /
``from_dict`` / ``to_json`` / ``from_json``, ``validate()``, ``replace()``,
pickling and ``copy``. Children may be given as model objects or as dicts of
their JSON form; dates as ``datetime.date`` or ISO strings.
"""

import datetime
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, final

from dangbo._types import (
    Basis,
    Category,
    Direction,
    DocumentKind,
    Figure,
    Level,
    Organ,
    PeriodKind,
    Qualifier,
    RelativeTo,
    RoleInSession,
    SessionKind,
    Severity,
    SymbolSystem,
    TallyStatus,
    UnitKind,
)

__version__: str
__all__ = [
    "__version__",
    "Term",
    "Session",
    "Committee",
    "CommitteeRef",
    "IndicatorReport",
    "Achievement",
    "Change",
    "Share",
    "IndicatorTarget",
    "Tally",
    "PersonMention",
    "Position",
    "Resolution",
    "ResolutionMention",
    "Source",
    "Periods",
    "Report",
    "Period",
    "DocumentSymbol",
    "Quantity",
    "Issue",
    "Table",
    "_registry_resolve",
    "_extract_loop",
    "_registry_resolve_all",
    "_registry_resolve_in",
    "_registry_get",
    "_registry_all",
    "_registry_provinces",
    "_registry_districts_of",
    "_registry_province_of_locality",
    "normalize",
    "parse_number",
    "parse_quantity",
    "parse_roman",
    "extract",
    "extract_many",
    "extract_files",
    "load_jsonl",
    "dump_jsonl",
    "indicators_table",
    "sessions_table",
]

@final
class Term:
    """A term of office: the committee elected by congress N is "khóa N", for
    "nhiệm kỳ Y-Y+5". At least the ordinal or both years are known; the years are
    five apart."""

    def __new__(
        cls,
        *,
        ordinal: int | None = None,
        start_year: int | None = None,
        end_year: int | None = None,
    ) -> Term: ...
    @property
    def ordinal(self) -> int | None:
        """The khóa number (Roman in text: "khóa XXII" is 22)."""
    @property
    def start_year(self) -> int | None:
        """The first year of "nhiệm kỳ 2020-2025"."""
    @property
    def end_year(self) -> int | None:
        """The last year; five years after the first."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Term:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Term:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Term:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Term: ...
    def __deepcopy__(self, memo: Any, /) -> Term: ...

    def contains(self, date: datetime.date) -> bool | None:
        """Whether ``date`` falls within the term's years (inclusive); None when the years are unknown."""

@final
class Session:
    """One meeting of a party body. Its committee, periods, people and figures sit
    beside it in the Report."""

    def __new__(
        cls,
        *,
        organ: Organ,
        kind: SessionKind,
        ordinal: int | None = None,
        term: Term | Mapping[str, Any] | None = None,
        expanded: bool = False,
        extraordinary: bool = False,
        date: datetime.date | str | None = None,
        end_date: datetime.date | str | None = None,
        date_text: str | None = None,
    ) -> Session: ...
    @property
    def organ(self) -> Organ:
        """The body that meets."""
    @property
    def kind(self) -> SessionKind:
        """Plenary, briefing, review, congress, thematic or other."""
    @property
    def ordinal(self) -> int | None:
        """The meeting's own number ("lần thứ 17")."""
    @property
    def term(self) -> Term | None:
        """The term the session belongs to."""
    @property
    def expanded(self) -> bool:
        """"(mở rộng)": invited non-members attend."""
    @property
    def extraordinary(self) -> bool:
        """"bất thường"."""
    @property
    def date(self) -> datetime.date | None:
        """The first day of the meeting."""
    @property
    def end_date(self) -> datetime.date | None:
        """The last day, for meetings over several days."""
    @property
    def date_text(self) -> str | None:
        """The date as written ("Ngày 15/9/2023")."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Session:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Session:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Session: ...
    def __deepcopy__(self, memo: Any, /) -> Session: ...

@final
class Committee:
    """A party committee as a registry knows it: where it sits, when it existed,
    who came after it."""

    def __new__(
        cls,
        *,
        id: str,
        name: str,
        level: Level,
        unit_kind: UnitKind,
        locality: str | None = None,
        province: str | None = None,
        parent_id: str | None = None,
        valid_from: datetime.date | str | None = None,
        valid_to: datetime.date | str | None = None,
        successor_ids: Sequence[str] = ...,
        terms: Sequence[Term | Mapping[str, Any]] = ...,
    ) -> Committee: ...
    @property
    def id(self) -> str:
        """A stable identifier ("tu-lang-son")."""
    @property
    def name(self) -> str:
        """The name as usually written ("Huyện ủy Bắc Sơn")."""
    @property
    def level(self) -> Level:
        """The level; agrees with unit_kind."""
    @property
    def unit_kind(self) -> UnitKind:
        """The kind of unit it leads."""
    @property
    def locality(self) -> str | None:
        """The bare place name ("Bắc Sơn")."""
    @property
    def province(self) -> str | None:
        """The province the unit lies in."""
    @property
    def parent_id(self) -> str | None:
        """The committee one level up."""
    @property
    def valid_from(self) -> datetime.date | None:
        """First day it existed, when known."""
    @property
    def valid_to(self) -> datetime.date | None:
        """Last day it existed."""
    @property
    def successor_ids(self) -> list[str]:
        """Committees that took over its area."""
    @property
    def terms(self) -> list[Term]:
        """Terms known for it."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Committee:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Committee:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Committee:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Committee: ...
    def __deepcopy__(self, memo: Any, /) -> Committee: ...

    def is_active_on(self, date: datetime.date) -> bool:
        """Whether the committee existed on ``date`` (an unknown bound is open)."""
    def successors(self) -> list[Committee]:
        """The registry's committees that took over this one's area."""
    def predecessors(self) -> list[Committee]:
        """The registry's committees whose area this one took over."""
    def parent_on(self, date: datetime.date) -> Committee | None:
        """The registry's committee one level up on ``date``."""

@final
class CommitteeRef:
    """A committee as an article names it: the words, and what they tell."""

    def __new__(
        cls,
        *,
        text: str,
        level: Level | None = None,
        unit_kind: UnitKind | None = None,
        locality: str | None = None,
        province: str | None = None,
        id: str | None = None,
    ) -> CommitteeRef: ...
    @property
    def text(self) -> str:
        """The words of the article ("Huyện ủy Bắc Sơn")."""
    @property
    def level(self) -> Level | None:
        """The level, when it can be told."""
    @property
    def unit_kind(self) -> UnitKind | None:
        """The unit kind, when it can be told."""
    @property
    def locality(self) -> str | None:
        """The bare place name."""
    @property
    def province(self) -> str | None:
        """The province, when the text names it."""
    @property
    def id(self) -> str | None:
        """The registry id, when resolved."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CommitteeRef:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> CommitteeRef:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> CommitteeRef:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> CommitteeRef: ...
    def __deepcopy__(self, memo: Any, /) -> CommitteeRef: ...

@final
class Achievement:
    """A percent of a basis: "đạt 120,4% dự toán tỉnh giao"."""

    def __new__(
        cls,
        *,
        percent: float,
        qualifier: Qualifier = 'exact',
        basis: Basis,
        basis_text: str | None = None,
    ) -> Achievement: ...
    @property
    def percent(self) -> float:
        """The percent (120.4); "vượt 5% kế hoạch" is 105."""
    @property
    def qualifier(self) -> Qualifier:
        """A qualifier on the percent itself ("đạt hơn 57%")."""
    @property
    def basis(self) -> Basis:
        """What the percent is of."""
    @property
    def basis_text(self) -> str | None:
        """The basis as written ("dự toán tỉnh giao")."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Achievement:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Achievement:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Achievement:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Achievement: ...
    def __deepcopy__(self, memo: Any, /) -> Achievement: ...

    def status(self) -> Literal["met", "not_met"]:
        """``"met"`` at 100 % or more, else ``"not_met"``."""

@final
class Change:
    """Growth or decline: "tăng 20,18% so với cùng kỳ"."""

    def __new__(
        cls,
        *,
        percent: float | None = None,
        amount: float | None = None,
        direction: Direction,
        relative_to: RelativeTo | None = None,
    ) -> Change: ...
    @property
    def percent(self) -> float | None:
        """The percent change, when given."""
    @property
    def amount(self) -> float | None:
        """The absolute change in the indicator's unit, when given."""
    @property
    def direction(self) -> Direction:
        """Up or down."""
    @property
    def relative_to(self) -> RelativeTo | None:
        """What it is compared with."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Change:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Change:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Change: ...
    def __deepcopy__(self, memo: Any, /) -> Change: ...

@final
class Share:
    """A share of a whole: "chiếm 39,68% sản phẩm toàn tỉnh"."""

    def __new__(
        cls,
        *,
        percent: float,
        of: str | None = None,
    ) -> Share: ...
    @property
    def percent(self) -> float:
        """The percent."""
    @property
    def of(self) -> str | None:
        """The whole, as written."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Share:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Share:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Share:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Share: ...
    def __deepcopy__(self, memo: Any, /) -> Share: ...

@final
class IndicatorReport:
    """One reported figure of a plan indicator, with the clause it came from.

    ``value`` and ``unit`` are None when only a percent is given ("giải ngân đạt
    63% kế hoạch"); then there is an achievement or a change."""

    def __new__(
        cls,
        *,
        text: str,
        name: str,
        category: Category | None = None,
        unit: str | None = None,
        value: float | None = None,
        qualifier: Qualifier = 'exact',
        figure: Figure = 'actual',
        target: float | None = None,
        achievements: Sequence[Achievement | Mapping[str, Any]] = ...,
        change: Change | Mapping[str, Any] | None = None,
        share: Share | Mapping[str, Any] | None = None,
        period: Period | Mapping[str, Any] | None = None,
    ) -> IndicatorReport: ...
    @property
    def text(self) -> str:
        """The clause as the article writes it."""
    @property
    def name(self) -> str:
        """The indicator's name ("thu ngân sách")."""
    @property
    def category(self) -> Category | None:
        """The area it belongs to."""
    @property
    def unit(self) -> str | None:
        """The unit as written, with its scale word ("tỷ đồng")."""
    @property
    def value(self) -> float | None:
        """The value in that unit (35.8)."""
    @property
    def qualifier(self) -> Qualifier:
        """trên, hơn: over; khoảng: about; gần: nearly; dưới: under."""
    @property
    def figure(self) -> Figure:
        """Actual, estimate or projected."""
    @property
    def target(self) -> float | None:
        """An absolute target in the same unit."""
    @property
    def achievements(self) -> list[Achievement]:
        """Percents of bases, in the order written."""
    @property
    def change(self) -> Change | None:
        """Growth or decline."""
    @property
    def share(self) -> Share | None:
        """A share of a whole."""
    @property
    def period(self) -> Period | None:
        """The period the figure covers, when it differs from the report's."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IndicatorReport:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> IndicatorReport:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> IndicatorReport:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> IndicatorReport: ...
    def __deepcopy__(self, memo: Any, /) -> IndicatorReport: ...

    def achievement(self, basis: Basis) -> Achievement | None:
        """The first achievement against ``basis``, in the order written."""
    def implied_target(self, basis: Basis) -> float | None:
        """The target the value and the percent against ``basis`` imply: value / percent x 100.

        187 new members at 103.89 % of plan imply a plan of about 180.
        """
    def status(self, basis: Basis) -> Literal["met", "not_met"] | None:
        """``"met"`` or ``"not_met"`` against ``basis`` (its first achievement); None without one."""
    def pace(self, period: Period, basis: Basis | None = None) -> float | None:
        """The pace of the first achievement (or the first against ``basis``) over ``period``:
        its percent / the share of the year elapsed at the period's end. 59.9 % after six
        months is a pace of 119.8. None for periods not within one year.
        """

@final
class IndicatorTarget:
    """A target a resolution sets: "thu ngân sách 40 tỷ đồng"."""

    def __new__(
        cls,
        *,
        name: str,
        category: Category | None = None,
        unit: str | None = None,
        value: float | None = None,
        direction: Direction | None = None,
    ) -> IndicatorTarget: ...
    @property
    def name(self) -> str:
        """The indicator's name."""
    @property
    def category(self) -> Category | None:
        """The area it belongs to."""
    @property
    def unit(self) -> str | None:
        """The unit as written."""
    @property
    def value(self) -> float | None:
        """The target value."""
    @property
    def direction(self) -> Direction | None:
        """Which way is better."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IndicatorTarget:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> IndicatorTarget:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> IndicatorTarget:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> IndicatorTarget: ...
    def __deepcopy__(self, memo: Any, /) -> IndicatorTarget: ...

@final
class Tally:
    """A count of targets with a status: "6/20 chỉ tiêu đã hoàn thành và vượt kế hoạch"."""

    def __new__(
        cls,
        *,
        text: str,
        count: int,
        total: int | None = None,
        of: str | None = None,
        status: TallyStatus | None = None,
        basis: Basis | None = None,
    ) -> Tally: ...
    @property
    def text(self) -> str:
        """The clause as written."""
    @property
    def count(self) -> int:
        """How many (6)."""
    @property
    def total(self) -> int | None:
        """Out of how many (20)."""
    @property
    def of(self) -> str | None:
        """What is counted ("chỉ tiêu")."""
    @property
    def status(self) -> TallyStatus | None:
        """The stated status."""
    @property
    def basis(self) -> Basis | None:
        """Against what."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tally:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Tally:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Tally:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Tally: ...
    def __deepcopy__(self, memo: Any, /) -> Tally: ...

@final
class Position:
    """A role in an organ of an organization ("Bí thư" of "Tỉnh ủy" "Long An")."""

    def __new__(
        cls,
        *,
        role: str,
        organ: str | None = None,
        organization: str | None = None,
    ) -> Position: ...
    @property
    def role(self) -> str:
        """The role ("Bí thư", "Phó Chủ tịch")."""
    @property
    def organ(self) -> str | None:
        """The organ ("Tỉnh ủy", "UBND")."""
    @property
    def organization(self) -> str | None:
        """The organization or place."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Position:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Position:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Position:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Position: ...
    def __deepcopy__(self, memo: Any, /) -> Position: ...

@final
class PersonMention:
    """A named person with titles and a part in the session; bylines are
    people too, with role ``author``."""

    def __new__(
        cls,
        *,
        name: str,
        titles: Sequence[str] = ...,
        positions: Sequence[Position | Mapping[str, Any]] = ...,
        role_in_session: RoleInSession | None = None,
    ) -> PersonMention: ...
    @property
    def name(self) -> str:
        """The name as written."""
    @property
    def titles(self) -> list[str]:
        """Each title as written."""
    @property
    def positions(self) -> list[Position]:
        """The titles read as positions, where they can be."""
    @property
    def role_in_session(self) -> RoleInSession | None:
        """Chair, attendee, speaker, author or other."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonMention:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> PersonMention:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> PersonMention:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> PersonMention: ...
    def __deepcopy__(self, memo: Any, /) -> PersonMention: ...

@final
class Resolution:
    """A resolution or other party document with its targets."""

    def __new__(
        cls,
        *,
        symbol: DocumentSymbol | Mapping[str, Any] | None = None,
        kind: DocumentKind,
        issuer: CommitteeRef | Mapping[str, Any],
        title: str | None = None,
        adopted_on: datetime.date | str | None = None,
        period: Period | Mapping[str, Any] | None = None,
        targets: Sequence[IndicatorTarget | Mapping[str, Any]] = ...,
    ) -> Resolution: ...
    @property
    def symbol(self) -> DocumentSymbol | None:
        """Its symbol ("05-NQ/TU"), when known."""
    @property
    def kind(self) -> DocumentKind:
        """The kind of document."""
    @property
    def issuer(self) -> CommitteeRef:
        """The committee that issued it."""
    @property
    def title(self) -> str | None:
        """Its title."""
    @property
    def adopted_on(self) -> datetime.date | None:
        """When it was adopted."""
    @property
    def period(self) -> Period | None:
        """The period it sets targets for."""
    @property
    def targets(self) -> list[IndicatorTarget]:
        """Its targets."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Resolution:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Resolution:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Resolution:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Resolution: ...
    def __deepcopy__(self, memo: Any, /) -> Resolution: ...

@final
class ResolutionMention:
    """A document an article mentions or a session adopts."""

    def __new__(
        cls,
        *,
        text: str,
        symbol: DocumentSymbol | Mapping[str, Any] | None = None,
        kind: DocumentKind,
        title: str | None = None,
        adopted: bool = False,
    ) -> ResolutionMention: ...
    @property
    def text(self) -> str:
        """The words of the article."""
    @property
    def symbol(self) -> DocumentSymbol | None:
        """The symbol, when written."""
    @property
    def kind(self) -> DocumentKind:
        """The kind of document."""
    @property
    def title(self) -> str | None:
        """The title, when written."""
    @property
    def adopted(self) -> bool:
        """Whether the session passed it."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResolutionMention:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> ResolutionMention:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> ResolutionMention:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> ResolutionMention: ...
    def __deepcopy__(self, memo: Any, /) -> ResolutionMention: ...

@final
class Source:
    """Where a report came from."""

    def __new__(
        cls,
        *,
        title: str | None = None,
        published: datetime.date | str | None = None,
        url: str | None = None,
    ) -> Source: ...
    @property
    def title(self) -> str | None:
        """The headline."""
    @property
    def published(self) -> datetime.date | None:
        """The publication date."""
    @property
    def url(self) -> str | None:
        """The page address, when known."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Source:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Source:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Source: ...
    def __deepcopy__(self, memo: Any, /) -> Source: ...

@final
class Periods:
    """The period a session reviews and the one it plans for."""

    def __new__(
        cls,
        *,
        review: Period | Mapping[str, Any] | None = None,
        plan: Period | Mapping[str, Any] | None = None,
    ) -> Periods: ...
    @property
    def review(self) -> Period | None:
        """"đánh giá ... 9 tháng đầu năm"."""
    @property
    def plan(self) -> Period | None:
        """"nhiệm vụ trọng tâm 3 tháng cuối năm 2023"."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Periods:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Periods:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Periods:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Periods: ...
    def __deepcopy__(self, memo: Any, /) -> Periods: ...

@final
class Report:
    """Everything one article says about one session: the session bound to its
    committee, periods, people, figures and documents. ``findings`` are the
    warnings of ``validate()`` (figures that disagree), kept, never fixed."""

    def __new__(
        cls,
        *,
        source: Source | Mapping[str, Any] | None = None,
        committee: CommitteeRef | Mapping[str, Any] | None = None,
        session: Session | Mapping[str, Any] | None = None,
        periods: Periods | Mapping[str, Any] | None = None,
        people: Sequence[PersonMention | Mapping[str, Any]] = ...,
        indicators: Sequence[IndicatorReport | Mapping[str, Any]] = ...,
        tallies: Sequence[Tally | Mapping[str, Any]] = ...,
        resolutions: Sequence[ResolutionMention | Mapping[str, Any]] = ...,
        findings: Sequence[Issue | Mapping[str, Any]] = ...,
    ) -> Report: ...
    @property
    def source(self) -> Source:
        """Title, publication date, address."""
    @property
    def committee(self) -> CommitteeRef | None:
        """The committee that holds the session."""
    @property
    def session(self) -> Session | None:
        """The session."""
    @property
    def periods(self) -> Periods:
        """Reviewed and planned periods."""
    @property
    def people(self) -> list[PersonMention]:
        """Named people, bylines included."""
    @property
    def indicators(self) -> list[IndicatorReport]:
        """Reported figures."""
    @property
    def tallies(self) -> list[Tally]:
        """Counts of targets with a status."""
    @property
    def resolutions(self) -> list[ResolutionMention]:
        """Documents mentioned or adopted."""
    @property
    def findings(self) -> list[Issue]:
        """Consistency warnings on the figures."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Report:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Report:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Report: ...
    def __deepcopy__(self, memo: Any, /) -> Report: ...

@final
class DocumentSymbol:
    """The symbol of a document: "05-NQ/TU" is resolution no. 5 of a
    provincial committee (system ``party``); "12/NQ-CP" has system ``state``."""

    def __new__(
        cls,
        *,
        number: int,
        kind: DocumentKind,
        issuer: str,
        system: SymbolSystem,
        text: str,
    ) -> DocumentSymbol: ...
    @property
    def number(self) -> int:
        """The document number."""
    @property
    def kind(self) -> DocumentKind:
        """The kind by its abbreviation."""
    @property
    def issuer(self) -> str:
        """The issuer code ("TU", "HU", "CP")."""
    @property
    def system(self) -> SymbolSystem:
        """Which order the parts are written in."""
    @property
    def text(self) -> str:
        """The symbol as written."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentSymbol:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> DocumentSymbol:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> DocumentSymbol:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> DocumentSymbol: ...
    def __deepcopy__(self, memo: Any, /) -> DocumentSymbol: ...

    @classmethod
    def parse(cls, text: str) -> DocumentSymbol:
        """Reads a symbol as written: ``DocumentSymbol.parse("05-NQ/TU").number == 5``.

        Raises ValidationError (``symbol_malformed``, ``symbol_kind_unknown``).
        """
    def __str__(self) -> str: ...

@final
class Quantity:
    """A qualified amount with its unit as written: "trên 35,8 tỷ đồng"."""

    def __new__(
        cls,
        *,
        value: float,
        unit: str,
        qualifier: Qualifier = 'exact',
    ) -> Quantity: ...
    @property
    def value(self) -> float:
        """The number (35.8)."""
    @property
    def unit(self) -> str:
        """The unit with its scale word ("tỷ đồng")."""
    @property
    def qualifier(self) -> Qualifier:
        """trên: over ..."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Quantity:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Quantity:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Quantity: ...
    def __deepcopy__(self, memo: Any, /) -> Quantity: ...

    @classmethod
    def parse(cls, text: str) -> Quantity:
        """Reads a quantity as written: ``"trên 35,8 tỷ đồng"``.

        Raises ValidationError (``quantity_malformed``).
        """
    def to_base(self) -> tuple[float, str]:
        """The value in the unit without its scale word: ``(3.58e10, "đồng")``."""

@final
class Period:
    """A period of time a session reviews or plans for, or a figure covers:
    "9 tháng đầu năm 2023" is ``Period(kind="year_to_date", year=2023, months=9)``.
    Which fields a period has depends on its kind."""

    def __new__(
        cls,
        *,
        kind: PeriodKind,
        year: int | None = None,
        months: int | None = None,
        quarter: int | None = None,
        start_year: int | None = None,
        end_year: int | None = None,
        text: str | None = None,
    ) -> Period: ...
    @property
    def kind(self) -> PeriodKind:
        """year, year_to_date, year_remainder, quarter, term, mid_term, stage or other."""
    @property
    def year(self) -> int | None:
        """The year of a year, year_to_date, year_remainder, quarter or other period."""
    @property
    def months(self) -> int | None:
        """The months of a year_to_date or year_remainder period."""
    @property
    def quarter(self) -> int | None:
        """The quarter of a quarter period."""
    @property
    def start_year(self) -> int | None:
        """The first year of a term, mid_term or stage."""
    @property
    def end_year(self) -> int | None:
        """The last year of a term, mid_term or stage."""
    @property
    def text(self) -> str | None:
        """The words of an ``other`` period."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Period:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Period:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Period:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Period: ...
    def __deepcopy__(self, memo: Any, /) -> Period: ...

    @classmethod
    def parse(cls, text: str, year: int | None = None) -> Period:
        """Reads a period as written: "9 tháng đầu năm 2023", "quý I/2024"; ``year``
        is taken when the text gives none ("6 tháng đầu năm").

        Raises ValidationError (``period_malformed``).
        """
    def start(self) -> datetime.date | None:
        """The first day; None for an ``other`` period without a year."""
    def end(self) -> datetime.date | None:
        """The last day (inclusive); None for an ``other`` period without a year."""
    def contains(self, date: datetime.date) -> bool:
        """Whether ``date`` falls within the period, both ends included."""
    def __str__(self) -> str: ...

@final
class Issue:
    """One broken rule or one disagreement between figures: where (``path``,
    "indicators[2].achievements[0].percent"), a stable ``code``, a message in
    English naming the value, the offending ``input`` and a ``severity``."""

    def __new__(
        cls,
        *,
        path: str = '',
        code: str,
        message: str,
        input: str = '',
        severity: Severity | None = None,
    ) -> Issue: ...
    @property
    def path(self) -> str:
        """Where the issue is, from the outermost value inward; empty for the value itself."""
    @property
    def code(self) -> str:
        """The stable code of the rule ("term_span")."""
    @property
    def message(self) -> str:
        """What is wrong, in English, naming the value."""
    @property
    def input(self) -> str:
        """The offending value as text."""
    @property
    def severity(self) -> Severity:
        """``error`` rejects the value; ``warning`` is a finding."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as plain Python objects (dates as ISO strings)."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The JSON text (compact, or pretty with ``indent`` spaces)."""
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Issue:
        """Reads and checks a dict of the JSON form; raises ValidationError."""
    @classmethod
    def from_json(cls, text: str | bytes) -> Issue:
        """Reads and checks JSON text; raises ValidationError."""
    def validate(self) -> list[Issue]:
        """Every issue of the value: for a value that exists, the warnings (findings)."""
    def replace(self, **changes: Any) -> Issue:
        """A copy with some fields changed, checked again; raises ValidationError."""
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __copy__(self) -> Issue: ...
    def __deepcopy__(self, memo: Any, /) -> Issue: ...

    def message_in(self, lang: Literal["en", "vi"] = "en") -> str:
        """The message in English (``"en"``) or Vietnamese (``"vi"``)."""
    def is_error(self) -> bool:
        """Whether the issue rejects a value."""
    def __str__(self) -> str: ...

@final
class Table:
    """An Arrow table of reports, read by pyarrow, polars and pandas through the
    Arrow PyCapsule interface with no copy on the Python side:
    ``pyarrow.table(t)``, ``polars.DataFrame(t)``, ``t.to_pandas()``.
    Text columns are ``string_view`` (polars takes them as they are);
    ``to_pyarrow()`` gives them as plain ``string``.
    """

    @property
    def num_rows(self) -> int:
        """The number of rows."""
    @property
    def num_columns(self) -> int:
        """The number of columns."""
    @property
    def column_names(self) -> list[str]:
        """The column names, in order."""
    def __len__(self) -> int: ...
    def __arrow_c_schema__(self) -> object:
        """The schema as an ``arrow_schema`` PyCapsule."""
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The rows as an ``arrow_array_stream`` PyCapsule."""
    def __arrow_c_array__(self, requested_schema: object | None = None) -> tuple[object, object]:
        """The rows as one struct array: ``(arrow_schema, arrow_array)`` PyCapsules."""
    def to_pyarrow(self) -> Any:
        """The table as a ``pyarrow.Table`` (needs pyarrow), text columns as plain
        ``string`` (``pyarrow.table(t)`` keeps ``string_view``, which not every
        pyarrow compute function takes yet)."""
    def to_pandas(self, **kwargs: Any) -> Any:
        """The table as a ``pandas.DataFrame`` through pyarrow (needs both); keyword
        arguments go to ``pyarrow.Table.to_pandas`` (``types_mapper=pandas.ArrowDtype``
        keeps nullable integers as integers)."""
    def to_polars(self) -> Any:
        """The table as a ``polars.DataFrame`` (needs polars)."""

def normalize(text: str) -> str:
    """NFC plus one tone-mark placement: ``normalize("Thành uỷ") == "Thành ủy"``."""

def parse_number(text: str) -> float:
    """A number written the Vietnamese way: "101.761" is 101761.0, "99,4" is 99.4.

    Raises ValidationError (``number_malformed``, ``number_overflow``).
    """

def parse_quantity(text: str) -> Quantity:
    """A quantity as written: "trên 35,8 tỷ đồng" is
    ``Quantity(value=35.8, unit="tỷ đồng", qualifier="over")``.

    Raises ValidationError (``quantity_malformed``).
    """

def parse_roman(text: str) -> int:
    """A canonical Roman numeral, 1..=3999: "XVII" is 17; "IIII" is an error.

    Raises ValidationError (``roman_malformed``, ``roman_out_of_range``).
    """

def extract(text: str | bytes, published: datetime.date | None = None) -> Report:
    """Reads one article's text into a report. ``published`` is the publication
    date when the caller knows it (missing years of dates are taken from it).
    Bytes must be UTF-8 (a byte-order mark is skipped), else UnicodeDecodeError.
    The GIL is released while Rust works.
    """

def extract_many(
    texts: Iterable[str], threads: int | None = None, published: datetime.date | None = None
) -> list[Report]:
    """Reads many articles' texts, in order, on all cores (or ``threads``
    threads), with the GIL released. Equal to ``[extract(t) for t in texts]``.
    """

def _extract_loop(texts: list[str], published: datetime.date | None = None) -> float:
    """Benchmarks only: the seconds a plain Rust loop takes to extract each text
    on one thread (GIL released, each report dropped)."""

def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    threads: int | None = None,
    published: datetime.date | None = None,
) -> list[Report]:
    """Reads many UTF-8 article files, in order, on all cores (or ``threads``
    threads), with the GIL released.

    Raises FileNotFoundError (or another OSError) naming the file, and
    UnicodeDecodeError for a file that is not UTF-8.
    """

def load_jsonl(path: str | os.PathLike[str]) -> list[Report]:
    """Reads a JSON Lines file of reports, one per line, checking each; blank
    lines are skipped. Raises ValidationError whose message and ``line``
    attribute name the bad line, FileNotFoundError, or UnicodeDecodeError.
    """

def dump_jsonl(reports: Iterable[Report], path: str | os.PathLike[str]) -> None:
    """Writes reports to a JSON Lines file, one report per line."""

def indicators_table(reports: Iterable[Report]) -> Table:
    """One row per indicator with its report's columns (``report`` index,
    source, committee, session, review and plan periods) and its own (name,
    category, value, unit, qualifier, figure, target, first achievement, change,
    share, period, text), as an Arrow table.
    """

def _registry_resolve(name: str, on: datetime.date) -> Committee | None: ...
def _registry_resolve_all(name: str, on: datetime.date) -> list[Committee]: ...
def _registry_resolve_in(name: str, province: str, on: datetime.date) -> Committee | None: ...
def _registry_get(id: str) -> Committee | None: ...
def _registry_all() -> list[Committee]: ...
def _registry_provinces(on: datetime.date) -> list[Committee]: ...
def _registry_districts_of(province_id: str, on: datetime.date) -> list[Committee]: ...
def _registry_province_of_locality(locality: str) -> list[str]: ...

def sessions_table(reports: Iterable[Report]) -> Table:
    """One row per report: source, committee, session, term, periods and counts
    of people, indicators, tallies, resolutions and findings, as an Arrow table.
    """
