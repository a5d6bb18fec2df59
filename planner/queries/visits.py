"""Read queries over visits: the visit list, a visit's header and its overview.

These read through Core with plain SQL, never the ORM: they are what the desktop app shows first, and
loading and mapping the ORM costs a fifth of a second that the first paint should not wait for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import JSON, Date, text

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


@dataclass(frozen=True)
class VisitOverview:
    """What the Overview page shows beyond the visit's header: how the delegation arrives (in the asked
    language) and when and where it arrives and leaves (the rule of :mod:`planner.queries.stay`, which
    the printed programme follows too), its purpose, travel estimate and counts; and the visit's names
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
       COALESCE(i.n, 0) AS item_count, COALESCE(p.n, 0) AS participant_count
FROM visits v
JOIN delegations d ON d.id = v.delegation_id
LEFT OUTER JOIN (SELECT visit_id, count(*) AS n FROM itinerary_items GROUP BY visit_id) i ON i.visit_id = v.id
LEFT OUTER JOIN (SELECT visit_id, count(*) AS n FROM participants GROUP BY visit_id) p ON p.visit_id = v.id
"""

_OVERVIEW = text(
    """
SELECT v.arrival_mode, v.arrival_mode_i18n, v.purpose, v.travel_speed_kmh, v.road_factor,
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
    title_i18n=JSON(),
    name_i18n=JSON(),
    home_region_i18n=JSON(),
    host_region_i18n=JSON(),
    host_organisation_i18n=JSON(),
)

# the dates come back as text from SQLite; the Date type turns them into dates on every backend
_ALL = text(_VISIT_ROWS + "ORDER BY v.start_date DESC, v.id").columns(start_date=Date, end_date=Date)
_ONE = text(_VISIT_ROWS + "WHERE v.id = :visit_id").columns(start_date=Date, end_date=Date)


def list_visits(uow: UnitOfWork) -> list[VisitRow]:
    """All visits, newest first."""
    return [VisitRow(*row) for row in uow.connection.execute(_ALL)]


def get_visit(uow: UnitOfWork, visit_id: int) -> VisitRow:
    """One visit's header, or NotFoundError naming the id."""
    row = uow.connection.execute(_ONE, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return VisitRow(*row)


def visit_overview(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> VisitOverview:
    """The Overview page's facts of one visit (counts of meetings, documents and vehicles included); the
    way of arriving, the places of arrival and departure and the visit's names in ``lang`` (None: as
    typed). The purpose is free text with no translations: as typed."""
    row = uow.connection.execute(_OVERVIEW, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    mode, mode_i18n, purpose, speed, factor, meetings, documents, vehicles, *names = row
    arrival, departure = visit_ends(uow.connection, visit_id, lang)
    # (typed, translations) pairs: title, delegation, home region, host region, host organisation
    title, delegation, home_region, host_region, organisation = (
        _in(names[n], names[n + 1], lang) for n in range(0, len(names), 2)
    )
    return VisitOverview(
        _in(mode, mode_i18n, lang),
        purpose,
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
