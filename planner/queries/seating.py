"""Read model of seating plans: the items that can have one, and an item's plan with names in a language.

Who may sit at an item is who the item concerns (its attendees and the members of its groups); an item
for the whole visit seats everyone. Names come from the documents' reader, so namesakes read apart here
exactly as on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import ItemKind
from planner.persistence.tables import ItineraryItem, TableSeat
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import PersonLine, ProgrammeLine, VisitHeader, VisitReader, protocol_key
from planner.scheduling.seating import (
    RECT_GUEST_TABLE,
    RECT_HOST_TABLE,
    Arrangement,
    Attendee,
    Layout,
    Seat,
    proposed_arrangement,
    rect_offset,
    round_angle,
)

# the GUI draws plans with the rules' own geometry, reached through the read side (it never imports the
# engine itself)
__all__ = [
    "RECT_GUEST_TABLE",
    "RECT_HOST_TABLE",
    "SEATED_KINDS",
    "Arrangement",
    "Layout",
    "SeatLine",
    "SeatingItem",
    "SeatingPlan",
    "rect_offset",
    "round_angle",
    "seating_attendees",
    "seating_items",
    "seating_plan",
    "seating_plan_of_visit",
    "stored_arrangement",
]

# the kinds of item that are held at a table
SEATED_KINDS = frozenset({ItemKind.MEETING.value, ItemKind.MEAL.value})


@dataclass(frozen=True)
class SeatingItem:
    """An item that can have a seating plan: a meeting or a meal."""

    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    has_plan: bool


@dataclass(frozen=True)
class SeatLine:
    """One taken place: the table, the seat, and who sits there as documents print them."""

    table: int
    number: int
    person: PersonLine


@dataclass(frozen=True)
class SeatingPlan:
    """An item's seating plan: the item, the layout (empty when no plan is stored), who sits where,
    and who attends but has no place."""

    header: VisitHeader
    item: ProgrammeLine
    timezone: str
    layout: str
    table_size: int
    seats: tuple[SeatLine, ...]
    unseated: tuple[PersonLine, ...]

    @property
    def arrangement(self) -> Arrangement:
        """The plan as plain data (for swaps and undo)."""
        return Arrangement(
            self.layout, self.table_size, tuple(Seat(s.table, s.number, s.person.id) for s in self.seats)
        )


def item_or_fail(uow: UnitOfWork, item_id: int) -> ItineraryItem:
    """The item ``item_id``, which must be a meeting or a meal (a clear refusal otherwise)."""
    item = uow.session.get(ItineraryItem, item_id)
    if item is None:
        raise NotFoundError(f"there is no itinerary item with id {item_id}")
    if item.kind not in SEATED_KINDS:
        raise ValidationError(
            f"item {item_id} «{item.title}» is a {item.kind.replace('_', ' ')}: seating plans are made "
            "for meetings and meals; choose one of those"
        )
    return item


def seating_items(uow: UnitOfWork, visit_id: int) -> list[SeatingItem]:
    """The visit's meetings and meals in time order, and whether each has a stored plan."""
    s = uow.session
    planned = set(
        s.scalars(
            select(TableSeat.item_id)
            .join(ItineraryItem, ItineraryItem.id == TableSeat.item_id)
            .where(ItineraryItem.visit_id == visit_id)
            .distinct()
        )
    )
    items = s.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind.in_(SEATED_KINDS))
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    return [SeatingItem(i.id, i.kind, i.title, i.starts_at, i.ends_at, i.id in planned) for i in items]


def stored_arrangement(uow: UnitOfWork, item_id: int) -> Arrangement:
    """The stored plan of an item as plain data (no seats and no layout when none is stored)."""
    rows = uow.session.scalars(
        select(TableSeat).where(TableSeat.item_id == item_id).order_by(TableSeat.table_no, TableSeat.seat_no)
    ).all()
    if not rows:
        return Arrangement("", 0, ())
    return Arrangement(
        rows[0].layout,
        max(r.seats for r in rows),
        tuple(Seat(r.table_no, r.seat_no, r.participant_id) for r in rows),
    )


def _reader_and_item(uow: UnitOfWork, item_id: int, lang: str) -> tuple[VisitReader, ProgrammeLine]:
    row = item_or_fail(uow, item_id)
    reader = VisitReader(uow, row.visit_id, lang)
    item = next(i for i in reader.items() if i.id == item_id)
    return reader, item


def _people_at(reader: VisitReader, item: ProgrammeLine) -> list[PersonLine]:
    ids = reader.people_of(item) or set(reader.people)  # an item for everyone seats everyone
    return sorted((reader.people[p] for p in ids), key=protocol_key)


def seating_attendees(uow: UnitOfWork, item_id: int) -> list[Attendee]:
    """Who is to be seated at an item, with side, rank and role, for the proposal rules."""
    reader, item = _reader_and_item(uow, item_id, "ru")
    return _attendees(reader, item)


def _attendees(reader: VisitReader, item: ProgrammeLine) -> list[Attendee]:
    return [Attendee(p.id, p.side, p.rank, p.role) for p in _people_at(reader, item)]


def seating_plan(uow: UnitOfWork, item_id: int, lang: str) -> SeatingPlan:
    """An item's stored seating plan with names in ``lang`` (protocol order for those without a place)."""
    reader, item = _reader_and_item(uow, item_id, lang)
    return _plan(uow, reader, item, stored_arrangement(uow, item_id))


def _plan(uow: UnitOfWork, reader: VisitReader, item: ProgrammeLine, stored: Arrangement) -> SeatingPlan:
    seats = tuple(
        SeatLine(s.table, s.number, reader.people[s.participant_id])
        for s in stored.seats
        if s.participant_id in reader.people
    )
    seated = {s.person.id for s in seats}
    unseated = tuple(p for p in _people_at(reader, item) if p.id not in seated)
    return SeatingPlan(
        reader.header,
        item,
        reader.visit_row.host_timezone,
        stored.layout,
        stored.table_size,
        seats,
        unseated,
    )


def seating_plan_of_visit(
    uow: UnitOfWork, visit_id: int, item_id: int | None, lang: str
) -> tuple[SeatingPlan, bool]:
    """The seating plan to print for ``item_id`` of visit ``visit_id``, and whether it is only proposed:
    an item with no stored plan gets the rules' proposal (a meal at round tables, talks at a rectangle)."""
    from planner.queries.documents.reader import visit_or_fail

    visit_or_fail(uow, visit_id)
    from planner.queries.slot_rows import load_titles

    choices = seating_items(uow, visit_id)
    # the titles in the language asked for, as the document would print them
    titles = load_titles(uow.session, [i.id for i in choices[:12]], lang)
    listed = (
        ", ".join(f"{i.id} ({titles.get(i.id, i.title)})" for i in choices[:12])
        or "none: the visit has no meetings or meals"
    )
    if item_id is None:
        raise ValidationError(f"say which meeting or meal with --item ID; the visit's are: {listed}")
    if item_id not in {i.id for i in choices}:
        raise NotFoundError(
            f"visit {visit_id} has no meeting or meal with id {item_id}; its meetings and meals are: {listed}"
        )
    reader, item = _reader_and_item(uow, item_id, lang)
    stored = stored_arrangement(uow, item_id)
    if stored.seats:
        return _plan(uow, reader, item, stored), False
    layout = Layout.ROUND if item.kind == ItemKind.MEAL.value else Layout.RECT
    return _plan(uow, reader, item, proposed_arrangement(_attendees(reader, item), layout)), True
