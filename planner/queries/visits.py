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
    the printed programme follows too), its purpose, travel estimate and counts."""

    arrival_mode: str
    purpose: str
    travel_speed_kmh: float
    road_factor: float
    meetings: int
    documents: int
    vehicles: int
    arrival: StayEnd | None = None
    departure: StayEnd | None = None


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
       (SELECT count(*) FROM vehicles c WHERE c.visit_id = v.id) AS vehicles
FROM visits v
WHERE v.id = :visit_id
"""
).columns(arrival_mode_i18n=JSON())

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
    way of arriving and the places of arrival and departure in ``lang`` (None: as typed)."""
    row = uow.connection.execute(_OVERVIEW, {"visit_id": visit_id}).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    mode, mode_i18n, purpose, speed, factor, meetings, documents, vehicles = row
    arrival, departure = visit_ends(uow.connection, visit_id, lang)
    return VisitOverview(
        localized(mode, mode_i18n if isinstance(mode_i18n, dict) else None, lang),
        purpose,
        speed,
        factor,
        meetings,
        documents,
        vehicles,
        arrival,
        departure,
    )
