"""Personal itineraries: each participant's items, the car that takes them there, and whom to call."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Side
from planner.domain.vocabulary import value_name
from planner.persistence.tables import Vehicle
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import (
    BoundLine,
    PersonLine,
    ProgrammeLine,
    VisitHeader,
    VisitReader,
    car_names,
)
from planner.queries.stay import ARRIVAL, BY_ITEM, BY_VISIT, DEPARTURE, StayEnd


@dataclass(frozen=True)
class VehicleRef:
    """The car someone rides in, as a pocket itinerary names it (in the itinerary's language)."""

    id: int
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str


@dataclass(frozen=True)
class Contact:
    """A person to call: ``kind`` is driver, host or site; ``detail`` the car, title or place."""

    kind: str
    name: str
    detail: str
    phone: str


@dataclass(frozen=True)
class ItineraryLine:
    """One item of a personal itinerary and the car that takes the person there."""

    item: ProgrammeLine
    vehicle: VehicleRef | None


@dataclass(frozen=True)
class ItineraryData:
    """A participant's personal itinerary: their items by day, their arrival and departure (by the rule
    of :mod:`planner.queries.stay`) with how they travel (``*_how``, in the language; empty: not known),
    and the arrival and departure no item of theirs stands for, as lines of the day tables."""

    visit: VisitHeader
    person: PersonLine
    vehicle: VehicleRef | None
    days: tuple[tuple[int, date, tuple[ItineraryLine, ...]], ...]
    contacts: tuple[Contact, ...]
    arrival: StayEnd | None = None
    departure: StayEnd | None = None
    arrival_how: str = ""
    departure_how: str = ""
    bounds: tuple[BoundLine, ...] = ()


def _vehicle_ref(v: Vehicle, lang: str) -> VehicleRef:
    names = car_names(v, lang)
    return VehicleRef(v.id, names.label, v.kind, v.plate, names.driver, v.driver_phone)


def itinerary_data(
    uow: UnitOfWork, visit_id: int, lang: str, participant_ids: Sequence[int] | None = None
) -> list[ItineraryData]:
    """Personal itineraries of the given participants (all, in protocol order, when ``None``).

    A person's items are those they attend or whose group they belong to; an item that names no group
    and no attendee concerns the whole visit and is in everyone's itinerary.
    """
    reader = VisitReader(uow, visit_id, lang)
    if participant_ids is None:
        people = [*reader.guests, *reader.hosts]
    else:
        missing = [pid for pid in participant_ids if pid not in reader.people]
        if missing:
            raise NotFoundError(
                f"visit {visit_id} has no participant with id {', '.join(map(str, missing))} "
                "(see the delegation list for the ids)"
            )
        people = [reader.people[pid] for pid in participant_ids]
    items = reader.items()
    concerned = [(item, reader.people_of(item)) for item in items]
    whole_visit: dict[int, VehicleRef] = {}
    per_item: dict[tuple[int, int], VehicleRef] = {}
    for vehicle in reader.vehicles():
        ref = _vehicle_ref(vehicle, reader.lang)
        for seat in vehicle.seatings:
            if seat.item_id is None:
                whole_visit.setdefault(seat.participant_id, ref)
            else:
                per_item[(seat.participant_id, seat.item_id)] = ref
    result = []
    for person in people:
        mine = [
            item
            for item, ids in concerned
            if person.id in ids or (item.for_everyone and person.id not in reader.absent_from(item))
        ]
        default_car = whole_visit.get(person.id)
        lines = [ItineraryLine(i, per_item.get((person.id, i.id), default_car)) for i in mine]
        by_day: dict[date, list[ItineraryLine]] = defaultdict(list)
        for line in lines:
            by_day[line.item.starts_at.astimezone(reader.tz).date()].append(line)
        days = tuple(
            ((d - reader.header.start_date).days + 1, d, tuple(rows)) for d, rows in sorted(by_day.items())
        )
        arrival, departure = reader.stay_of(person, ARRIVAL), reader.stay_of(person, DEPARTURE)
        result.append(
            ItineraryData(
                reader.header,
                person,
                default_car,
                days,
                _contacts(reader, person, lines),
                arrival,
                departure,
                _how(reader, person, ARRIVAL, arrival),
                _how(reader, person, DEPARTURE, departure),
                tuple(reader.person_bounds(person, mine)),
            )
        )
    return result


def _how(reader: VisitReader, person: PersonLine, end: str, bound: StayEnd | None) -> str:
    """How the person comes or goes: their own mode and number ("Flight SU 1234"), else, for a guest
    arriving with the delegation, the way the delegation arrives."""
    row = reader.rows[person.id]
    mode, number = getattr(row, f"{end}_mode"), getattr(row, f"{end}_number")
    own = " ".join(p for p in (value_name("travel_mode", mode, reader.lang) if mode else "", number) if p)
    if own or end != ARRIVAL or person.side != Side.GUEST:
        return own
    return reader.header.arrival_mode if bound is None or bound.by in (BY_VISIT, BY_ITEM) else ""


def _contacts(reader: VisitReader, person: PersonLine, lines: list[ItineraryLine]) -> tuple[Contact, ...]:
    """Who the person may need to call: drivers, responsible hosts and site contacts, each once."""
    seen: set[tuple[str, str]] = set()
    found: list[Contact] = []

    def add(kind: str, name: str, detail: str, phone: str) -> None:
        if not phone or (name, phone) in seen:
            return
        seen.add((name, phone))
        found.append(Contact(kind, name, detail, phone))

    for line in lines:
        if line.vehicle is not None:
            add("driver", line.vehicle.driver, line.vehicle.label, line.vehicle.driver_phone)
    for line in lines:
        host = line.item.responsible
        if host is not None and host.id != person.id:
            add("host", host.name, host.title, host.phone)
    for line in lines:
        add("site", line.item.site_contact, line.item.place, line.item.site_phone)
    return tuple(found)
