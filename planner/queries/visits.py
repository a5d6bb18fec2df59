"""Read queries over visits: the visit list, a visit's header and its overview.

These read through Core with plain SQL, never the ORM: they are what the desktop app shows first, and
loading and mapping the ORM costs a fifth of a second that the first paint should not wait for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, text
from sqlalchemy.types import TypeEngine

from planner.domain.errors import NotFoundError
from planner.domain.kinds import localized
from planner.persistence.uow import UnitOfWork
from planner.queries.stay import StayEnd, visit_ends


@dataclass(frozen=True)
class VisitRow:
    """One line of the visit list."""

    id: int
    title: str
    delegation: str
    home_region: str
    host_region: str
    start_date: date
    end_date: date
    status: str
    host_timezone: str
    guest_timezone: str
    item_count: int
    participant_count: int
    # the title's and the delegation's translations and the language the row was read for (None: as
    # typed): a screen calls the visit by ``name`` and its delegation by ``delegation_name``
    title_i18n: dict[str, str] = field(default_factory=dict)
    delegation_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None

    @property
    def name(self) -> str:
        """The title in the row's language: its translation when it has one, else as typed."""
        return localized(self.title, self.title_i18n, self.lang)

    @property
    def delegation_name(self) -> str:
        """The delegation's name in the row's language: its translation when it has one, else as typed."""
        return localized(self.delegation, self.delegation_i18n, self.lang)


@dataclass(frozen=True)
class VisitOverview:
    """What the Overview page shows beyond the visit's header: how the delegation arrives and its purpose
    (in the asked language), when and where it arrives and leaves (the rule of :mod:`planner.queries.stay`,
    which the printed programme follows too), its travel estimate and counts; and the visit's names
    (title, delegation, regions, host organisation) in the asked language, each as typed when it has no
    translation there."""

    arrival_mode: str
    purpose: str
    travel_speed_kmh: float
    road_factor: float
    meetings: int
    documents: int
    vehicles: int
    arrival: StayEnd | None = None
    departure: StayEnd | None = None
    title: str = ""
    delegation: str = ""
    home_region: str = ""
    host_region: str = ""
    host_organisation: str = ""


_VISIT_ROWS = """
SELECT v.id, v.title, d.name AS delegation, d.home_region, v.host_region, v.start_date, v.end_date,
       v.status, v.host_timezone, d.home_timezone AS guest_timezone,
       COALESCE(i.n, 0) AS item_count, COALESCE(p.n, 0) AS participant_count,
       v.title_i18n, d.name_i18n AS delegation_i18n
FROM visits v
JOIN delegations d ON d.id = v.delegation_id
LEFT OUTER JOIN (SELECT visit_id, count(*) AS n FROM itinerary_items GROUP BY visit_id) i ON i.visit_id = v.id
LEFT OUTER JOIN (SELECT visit_id, count(*) AS n FROM participants GROUP BY visit_id) p ON p.visit_id = v.id
"""

_OVERVIEW = text(
    """
SELECT v.arrival_mode, v.arrival_mode_i18n, v.purpose, v.purpose_i18n, v.travel_speed_kmh, v.road_factor,
       (SELECT count(*) FROM meetings m JOIN itinerary_items i ON i.id = m.item_id
        WHERE i.visit_id = v.id) AS meetings,
       (SELECT count(*) FROM signed_documents s WHERE s.visit_id = v.id) AS documents,
       (SELECT count(*) FROM vehicles c WHERE c.visit_id = v.id) AS vehicles,
       v.title, v.title_i18n, d.name, d.name_i18n, d.home_region, d.home_region_i18n,
       v.host_region, v.host_region_i18n, v.host_organisation, v.host_organisation_i18n
FROM visits v
JOIN delegations d ON d.id = v.delegation_id
WHERE v.id = :visit_id
"""
).columns(
    arrival_mode_i18n=JSON(),
    purpose_i18n=JSON(),
    title_i18n=JSON(),
    name_i18n=JSON(),
    home_region_i18n=JSON(),
    host_region_i18n=JSON(),
    host_organisation_i18n=JSON(),
)

# the dates come back as text from SQLite; the Date type turns them into dates on every backend
_TYPES: dict[str, TypeEngine[Any] | type[TypeEngine[Any]]] = {
    "start_date": Date,
    "end_date": Date,
    "title_i18n": JSON(),
    "delegation_i18n": JSON(),
}
_ALL = text(_VISIT_ROWS + "ORDER BY v.start_date DESC, v.id").columns(**_TYPES)
_ONE = text(_VISIT_ROWS + "WHERE v.id = :visit_id").columns(**_TYPES)


def _visit_row(row: Sequence[Any], lang: str | None) -> VisitRow:
    *plain, title_i18n, delegation_i18n = row
    return replace(
        VisitRow(*plain),
        title_i18n=title_i18n if isinstance(title_i18n, dict) else {},
        delegation_i18n=delegation_i18n if isinstance(delegation_i18n, dict) else {},
        lang=lang,
    )


def list_visits(uow: UnitOfWork, lang: str | None = None) -> list[VisitRow]:
    """All visits, newest first; each row's ``name`` and ``delegation_name`` in ``lang`` (the interface's
    language on a screen; None: as typed)."""
    return [_visit_row(row, lang) for row in uow.connection.execute(_ALL)]


def get_visit(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> VisitRow:
    """One visit's header (its names in ``lang``, as :func:`list_visits`), or NotFoundError naming the id."""
    row = uow.connection.execute(_ONE, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return _visit_row(row, lang)


def visit_overview(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> VisitOverview:
    """The Overview page's facts of one visit (counts of meetings, documents and vehicles included); the
    way of arriving, the purpose, the places of arrival and departure and the visit's names in ``lang``
    (None: as typed), each as typed where it has no translation into ``lang``."""
    row = uow.connection.execute(_OVERVIEW, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    mode, mode_i18n, purpose, purpose_i18n, speed, factor, meetings, documents, vehicles, *names = row
    arrival, departure = visit_ends(uow.connection, visit_id, lang)
    # (typed, translations) pairs: title, delegation, home region, host region, host organisation
    title, delegation, home_region, host_region, organisation = (
        _in(names[n], names[n + 1], lang) for n in range(0, len(names), 2)
    )
    return VisitOverview(
        _in(mode, mode_i18n, lang),
        _in(purpose, purpose_i18n, lang),
        speed,
        factor,
        meetings,
        documents,
        vehicles,
        arrival,
        departure,
        title,
        delegation,
        home_region,
        host_region,
        organisation,
    )


def _in(typed: str | None, translations: object, lang: str | None) -> str:
    """``typed`` in ``lang`` by the fallback rule (a JSON column may come back as None or not a dict)."""
    return localized(typed or "", translations if isinstance(translations, dict) else None, lang)
