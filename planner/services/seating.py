"""Seating plans of meetings and meals: propose one by the rules of protocol, save it, swap two places.

Every verb is one unit of work and returns ``Replaced`` whose ``old`` is the plan before (an
``Arrangement``): pass it to :func:`save_seating` to undo. Only the places that changed are written, so
the change log reads as what the officer did (a swap is two seats whose occupant changed). The rules
themselves are plain data in ``planner.scheduling.seating``.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.persistence.tables import Participant, TableSeat
from planner.persistence.uow import UnitOfWork
from planner.queries.seating import item_or_fail, seating_attendees, stored_arrangement
from planner.scheduling.seating import (
    DEFAULT_ROUND_TABLE_SIZE,
    RECT_GUEST_TABLE,
    RECT_HOST_TABLE,
    Arrangement,
    Layout,
    proposed_arrangement,
)
from planner.services.changes import Changes, DataKind
from planner.services.editing import Problems, Replaced

MAX_TABLE_SIZE = 60
MAX_SEATS = 2000


def _seating_changed(item_id: int) -> Changes:
    # a plan belongs to an item of a meeting or a meal: the meetings' screens show it
    return Changes.of(DataKind.MEETINGS, item_ids=[item_id])


def _check(uow: UnitOfWork, visit_id: int, plan: Arrangement) -> None:
    problems = Problems()
    if not plan.seats:
        return
    layouts = {x.value for x in Layout}
    if plan.layout not in layouts:
        problems.add("layout", f"the layout is {plan.layout!r}; use one of {', '.join(sorted(layouts))}")
        problems.raise_if_any()
    if plan.layout == Layout.ROUND and not 2 <= plan.table_size <= MAX_TABLE_SIZE:
        problems.add(
            "table_size",
            f"a round table has {plan.table_size} places; give 2 to {MAX_TABLE_SIZE} places per table",
        )
    if len(plan.seats) > MAX_SEATS:
        problems.add("seats", f"{len(plan.seats)} places is more than {MAX_SEATS}; split the event")
    places: set[tuple[int, int]] = set()
    people: set[int] = set()
    for seat in plan.seats:
        where = f"table {seat.table}, seat {seat.number}"
        if seat.table < 1 or seat.number < 1:
            problems.add("seats", f"{where}: tables and seats are numbered from 1")
        elif plan.layout == Layout.RECT and seat.table not in (RECT_HOST_TABLE, RECT_GUEST_TABLE):
            problems.add("seats", f"{where}: a rectangular table has two sides, 1 (host) and 2 (guests)")
        elif plan.layout == Layout.ROUND and seat.number > plan.table_size:
            problems.add("seats", f"{where}: the table has only {plan.table_size} places")
        if (seat.table, seat.number) in places:
            problems.add("seats", f"{where}: two people are given the same place; give each their own")
        if seat.participant_id in people:
            problems.add("seats", f"participant {seat.participant_id} is given two places; keep one")
        places.add((seat.table, seat.number))
        people.add(seat.participant_id)
    known = set(
        uow.session.scalars(
            select(Participant.id).where(Participant.id.in_(people), Participant.visit_id == visit_id)
        )
    )
    if people - known:
        missing = ", ".join(map(str, sorted(people - known)))
        problems.add("seats", f"these participants are not in the item's visit: {missing}")
    problems.raise_if_any()


def _write(uow: UnitOfWork, item_id: int, plan: Arrangement) -> None:
    """Make the stored places of ``item_id`` exactly ``plan``, touching only the places that differ."""
    s = uow.session
    stored = s.scalars(select(TableSeat).where(TableSeat.item_id == item_id))
    rows = {(r.table_no, r.seat_no): r for r in stored}
    wanted = {(x.table, x.number): x.participant_id for x in plan.seats}
    for place, row in rows.items():
        if place not in wanted:
            s.delete(row)
    s.flush()  # a freed place may be taken again below
    for (table, number), participant in wanted.items():
        found = rows.get((table, number))
        if found is None:
            s.add(
                TableSeat(
                    item_id=item_id,
                    layout=plan.layout,
                    table_no=table,
                    seat_no=number,
                    seats=plan.table_size,
                    participant_id=participant,
                )
            )
            continue
        if found.participant_id != participant:
            found.participant_id = participant
        if found.layout != plan.layout:
            found.layout = plan.layout
        if found.seats != plan.table_size:
            found.seats = plan.table_size


def save_seating(uow: UnitOfWork, item_id: int, plan: Arrangement) -> Replaced:
    """Store ``plan`` as the seating of item ``item_id`` (an empty plan removes it); ``Replaced.old`` is
    the plan before (save it again to undo)."""
    with uow:
        item = item_or_fail(uow, item_id)
        _check(uow, item.visit_id, plan)
        old = stored_arrangement(uow, item_id)
        _write(uow, item_id, plan)
        uow.commit()
        return Replaced(old, _seating_changed(item_id))


def propose_seating(
    uow: UnitOfWork, item_id: int, layout: str, *, table_size: int = DEFAULT_ROUND_TABLE_SIZE
) -> Replaced:
    """Seat the item's attendees by the rules of protocol (``rect``: talks; ``round``: a banquet of
    tables of ``table_size`` places) and store the plan, replacing any before."""
    problems = Problems()
    if layout not in {x.value for x in Layout}:
        problems.add("layout", f"the layout is {layout!r}; use rect (talks) or round (a banquet)")
    elif layout == Layout.ROUND and not 2 <= table_size <= MAX_TABLE_SIZE:
        problems.add("table_size", f"give 2 to {MAX_TABLE_SIZE} places per round table, not {table_size}")
    problems.raise_if_any()
    with uow:
        attendees = seating_attendees(uow, item_id)
    return save_seating(uow, item_id, proposed_arrangement(attendees, layout, table_size=table_size))


def swap_seats(uow: UnitOfWork, item_id: int, a: tuple[int, int], b: tuple[int, int]) -> Replaced:
    """Exchange the people at places ``a`` and ``b`` (table, seat) of an item's plan; to an empty place
    the person simply moves. ``Replaced.old`` is the plan before."""
    with uow:
        item_or_fail(uow, item_id)
        current = stored_arrangement(uow, item_id)
    problems = Problems()
    if not current.seats:
        problems.add("seats", f"item {item_id} has no seating plan yet; propose one first")
    elif current.at(*a) is None and current.at(*b) is None:
        problems.add("seats", f"nobody sits at table {a[0]}, seat {a[1]} or table {b[0]}, seat {b[1]}")
    problems.raise_if_any()
    return save_seating(uow, item_id, current.swapped(a, b))
