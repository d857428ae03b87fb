"""The enumerations of the model as ``Literal`` types, for type checkers.

Every enumerated attribute is a plain ``str`` at run time (``"district"``,
``"year_to_date"``); these aliases name the values it can take.
"""

from typing import Literal

Level = Literal["central", "provincial", "district", "grassroots", "other"]
UnitKind = Literal[
    "central",
    "province",
    "centrally_run_city",
    "district",
    "urban_district",
    "town",
    "provincial_city",
    "commune",
    "ward",
    "township",
    "special_zone",
    "other",
]
Organ = Literal[
    "executive_committee",
    "standing_committee",
    "congress",
    "politburo",
    "secretariat",
    "other",
]
SessionKind = Literal["plenary", "briefing", "review", "congress", "thematic", "other"]
Qualifier = Literal["exact", "over", "about", "under", "nearly"]
Figure = Literal["actual", "estimate", "projected"]
Basis = Literal[
    "plan",
    "resolution",
    "assigned_estimate",
    "council_estimate",
    "same_period",
    "other",
]
RelativeTo = Literal["same_period", "previous_period", "other"]
Direction = Literal["increase", "decrease"]
TallyStatus = Literal["met_or_exceeded", "met", "exceeded", "completed", "not_met", "other"]
Category = Literal[
    "economy",
    "budget",
    "agriculture",
    "industry",
    "trade_services",
    "investment",
    "social",
    "education",
    "health",
    "culture",
    "environment",
    "defense_security",
    "party_building",
    "other",
]
RoleInSession = Literal["chair", "attendee", "speaker", "author", "other"]
DocumentKind = Literal[
    "NQ", "CT", "KL", "QĐ", "QĐi", "HD", "BC", "KH", "CTr", "TB", "ĐA", "CV", "TTr"
]
SymbolSystem = Literal["party", "state"]
PeriodKind = Literal[
    "year",
    "year_to_date",
    "year_remainder",
    "quarter",
    "term",
    "mid_term",
    "stage",
    "other",
]
Severity = Literal["error", "warning"]

__all__ = [
    "Basis",
    "Category",
    "Direction",
    "DocumentKind",
    "Figure",
    "Level",
    "Organ",
    "PeriodKind",
    "Qualifier",
    "RelativeTo",
    "RoleInSession",
    "SessionKind",
    "Severity",
    "SymbolSystem",
    "TallyStatus",
    "UnitKind",
]
