"""Read queries over visits: the visit list and a visit's header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from planner.domain.errors import NotFoundError
from planner.persistence.tables import Delegation, ItineraryItem, Participant, Visit
from planner.persistence.uow import UnitOfWork


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


def _visit_rows(uow: UnitOfWork, visit_id: int | None = None) -> list[VisitRow]:
    items = (
        select(ItineraryItem.visit_id, func.count().label("n")).group_by(ItineraryItem.visit_id).subquery()
    )
    people = select(Participant.visit_id, func.count().label("n")).group_by(Participant.visit_id).subquery()
    stmt = (
        select(Visit, Delegation, func.coalesce(items.c.n, 0), func.coalesce(people.c.n, 0))
        .join(Delegation, Visit.delegation_id == Delegation.id)
        .outerjoin(items, items.c.visit_id == Visit.id)
        .outerjoin(people, people.c.visit_id == Visit.id)
        .order_by(Visit.start_date.desc(), Visit.id)
    )
    if visit_id is not None:
        stmt = stmt.where(Visit.id == visit_id)
    return [
        VisitRow(
            v.id,
            v.title,
            d.name,
            d.home_region,
            v.host_region,
            v.start_date,
            v.end_date,
            v.status,
            v.host_timezone,
            d.home_timezone,
            n_items,
            n_people,
        )
        for v, d, n_items, n_people in uow.session.execute(stmt)
    ]


def list_visits(uow: UnitOfWork) -> list[VisitRow]:
    """All visits, newest first."""
    return _visit_rows(uow)


def get_visit(uow: UnitOfWork, visit_id: int) -> VisitRow:
    """One visit's header, or NotFoundError naming the id."""
    rows = _visit_rows(uow, visit_id)
    if not rows:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return rows[0]
