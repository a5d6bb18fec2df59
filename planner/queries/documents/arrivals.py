"""Arrivals and departures person by person: when, where, how (flight, train, car), and who meets them.

A person's time and place are their own (migration 0004), else their group's, else the visit's, else the
visit's ``arrival`` / ``departure`` item that concerns them: the one rule of :mod:`planner.queries.stay`,
which the programme and the personal itineraries print too (hosts only have their own). How they travel,
the number and who meets them or sees them off are the person's own (migration 0009); without a meeter
the host responsible for that item is named. Guests are always listed; hosts only when they have an
arrival or departure of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from planner.domain.kinds import Side
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import PersonLine, VisitHeader, VisitReader, protocol_key
from planner.queries.stay import ENDS


@dataclass(frozen=True)
class TravelLine:
    """One person's arrival or departure as the list prints it (empty texts: not known)."""

    person: PersonLine
    at: datetime | None
    place: str
    mode: str  # a TravelMode value or ""
    number: str
    meeter: str


@dataclass(frozen=True)
class ArrivalsData:
    """Arrivals and departures of a visit, each in time order (unknown times last), then by precedence."""

    visit: VisitHeader
    arrivals: tuple[TravelLine, ...]
    departures: tuple[TravelLine, ...]


def _order(line: TravelLine) -> tuple[int, float, tuple[int, int, str, int]]:
    return (line.at is None, line.at.timestamp() if line.at else 0.0, protocol_key(line.person))


def arrivals_data(uow: UnitOfWork, visit_id: int, lang: str) -> ArrivalsData:
    """Every guest's (and any host's own) arrival and departure, in time order."""
    reader = VisitReader(uow, visit_id, lang)
    items = {i.id: i for i in reader.items()}

    def line(end: str, person: PersonLine) -> TravelLine | None:
        row = reader.rows[person.id]
        bound = reader.stay_of(person, end)
        item = items.get(bound.item_id) if bound is not None and bound.item_id is not None else None
        meeter_id = getattr(row, f"{end}_meeter_id")
        meeter = reader.people[meeter_id].name if meeter_id in reader.people else ""
        meeter = meeter or getattr(row, f"{end}_meeter")
        if not meeter and item is not None and item.responsible is not None:
            meeter = item.responsible.name
        mode, number = getattr(row, f"{end}_mode"), getattr(row, f"{end}_number")
        if person.side != Side.GUEST and bound is None and not (mode or number or meeter):
            return None
        at, place = (bound.at, bound.place) if bound is not None else (None, "")
        return TravelLine(person, at, place, mode, number, meeter)

    found: dict[str, list[TravelLine]] = {end: [] for end in ENDS}
    for person in sorted(reader.people.values(), key=protocol_key):
        for end in ENDS:
            travel = line(end, person)
            if travel is not None:
                found[end].append(travel)
    return ArrivalsData(
        reader.header,
        tuple(sorted(found["arrival"], key=_order)),
        tuple(sorted(found["departure"], key=_order)),
    )
