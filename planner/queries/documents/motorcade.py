"""The motorcade car by car: its number in the column, crew, group, passengers by precedence, legs.

The cars stand in the order the officer set (each vehicle's ``motorcade_position``; cars without one, and
ties, in the order they were entered): a car's number is its place in that column, the number its placard
shows. A car's group is the group (or groups) most of its passengers belong to.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.kinds import Side, localized
from planner.persistence.tables import MOTORCADE_ORDER, Group, Vehicle
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import (
    PersonLine,
    VisitHeader,
    VisitReader,
    car_names,
    protocol_key,
)
from planner.queries.documents.transport import LegLine


@dataclass(frozen=True)
class MotorcadeCar:
    """One car of the motorcade: its place in the column, what it is, who drives and who rides (label,
    driver and notes in the document's language, as typed where there is no translation)."""

    number: int
    id: int
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str
    seats: int
    notes: str
    groups: tuple[str, ...]
    side: str  # the side most passengers belong to; "" for a car without passengers (an escort)
    passengers: tuple[PersonLine, ...]
    legs: tuple[LegLine, ...]


@dataclass(frozen=True)
class MotorcadeData:
    """The motorcade of a visit in the column's order."""

    visit: VisitHeader
    cars: tuple[MotorcadeCar, ...]


def _groups_of(reader: VisitReader, names: dict[int, str], people: set[int]) -> tuple[str, ...]:
    """The group(s) holding most of ``people``: one name, or several when they tie."""
    counts = Counter({gid: len(members & people) for gid, members in reader.members().items()})
    best = max(counts.values(), default=0)
    if not best:
        return ()
    return tuple(sorted(names[gid] for gid, n in counts.items() if n == best))


def motorcade_data(uow: UnitOfWork, visit_id: int, lang: str, *, with_legs: bool = True) -> MotorcadeData:
    """The cars in the column's order with crew, group, passengers (protocol order) and, if asked, legs.

    A car's passengers are those seated in it for the whole visit, else everyone seated in it for some
    leg; legs are those of the transport plan (:mod:`.transport`).
    """
    reader = VisitReader(uow, visit_id, lang)
    legs: dict[int, tuple[LegLine, ...]] = {}
    if with_legs:
        from planner.queries.documents.transport import transport_data

        legs = {v.id: v.legs for v in transport_data(uow, visit_id, lang).vehicles}
    vehicles = reader.session.scalars(
        select(Vehicle)
        .where(Vehicle.visit_id == visit_id)
        .options(selectinload(Vehicle.seatings))
        .order_by(*MOTORCADE_ORDER)
    )
    # the groups' names, read once for all the cars
    names = {
        g.id: localized(g.name, g.name_i18n, reader.lang)
        for g in reader.session.scalars(select(Group).where(Group.visit_id == reader.visit_row.id))
    }
    cars = []
    for number, v in enumerate(vehicles, start=1):
        whole = {s.participant_id for s in v.seatings if s.item_id is None}
        riders = whole or {s.participant_id for s in v.seatings}
        people = sorted((reader.people[p] for p in riders if p in reader.people), key=protocol_key)
        sides = Counter(p.side for p in people).most_common()
        side = "" if not sides else Side.GUEST.value if sides[0][0] == Side.GUEST else Side.HOST.value
        shown = car_names(v, reader.lang)
        cars.append(
            MotorcadeCar(
                number,
                v.id,
                shown.label,
                v.kind,
                v.plate,
                shown.driver,
                v.driver_phone,
                v.seats,
                shown.notes,
                _groups_of(reader, names, riders),
                side,
                tuple(people),
                legs.get(v.id, ()),
            )
        )
    return MotorcadeData(reader.header, tuple(cars))
