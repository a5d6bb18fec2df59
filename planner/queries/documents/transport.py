"""The transport plan: each vehicle with its crew, passengers and legs, in the words the plan prints.

When a car drives and whom it carries is the engine's rule (:mod:`planner.scheduling.transport_legs`);
this module reads its input and puts names and places on the legs it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import (
    PersonLine,
    VisitHeader,
    VisitReader,
    car_names,
    protocol_key,
)
from planner.scheduling.facts import SiteFacts
from planner.scheduling.transport_legs import Seat, Stop, vehicle_legs
from planner.scheduling.travel import TravelSettings, TravelTimes


@dataclass(frozen=True)
class LegLine:
    """One leg of a vehicle as the plan prints it: when it leaves, from where, to which item, who rides.

    The first drive of a day comes from a place the programme does not name (``from_known`` False): its
    ``departs_at`` is only the time the car must be there, which the documents print as arriving, not
    as leaving.
    """

    day: date
    departs_at: datetime
    from_place: str
    to_place: str
    arrives_by: datetime
    item_title: str
    passengers: tuple[str, ...]
    estimated_minutes: int | None
    from_known: bool = True


@dataclass(frozen=True)
class VehicleBlock:
    """A vehicle of the motorcade, its crew, passengers and legs; its label, driver and notes in the
    document's language (as typed where there is no translation)."""

    id: int
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str
    seats: int
    notes: str
    passengers: tuple[PersonLine, ...]
    legs: tuple[LegLine, ...]


@dataclass(frozen=True)
class TransportData:
    """The transport plan of a visit."""

    visit: VisitHeader
    vehicles: tuple[VehicleBlock, ...]


def _travel_times(reader: VisitReader) -> TravelTimes:
    """Driving times among the sites the visit's items use, from the loader of the engine's input."""
    # imported here: the loader brings numpy, which no other document needs
    from planner.queries.scheduling_input import travel_times

    sites = {
        sid: SiteFacts(
            sid,
            site.name,
            coords=None
            if site.latitude is None or site.longitude is None
            else (site.latitude, site.longitude),
        )
        for sid, site in reader.sites.items()
    }
    visit = reader.visit_row
    return travel_times(reader.session, sites, TravelSettings(visit.travel_speed_kmh, visit.road_factor))


def transport_data(uow: UnitOfWork, visit_id: int, lang: str) -> TransportData:
    """Vehicles with crew, passengers and legs (see :mod:`planner.scheduling.transport_legs`)."""
    reader = VisitReader(uow, visit_id, lang)
    items = reader.items()
    everyone = frozenset(reader.people)
    stops = [
        Stop(
            item.id,
            item.starts_at,
            item.ends_at,
            reader.site_of.get(item.id),
            item.place,
            everyone - reader.absent_from(item) if item.for_everyone else frozenset(reader.people_of(item)),
        )
        for item in items
    ]
    vehicles = reader.vehicles()
    seats = [Seat(s.participant_id, v.id, s.item_id) for v in vehicles for s in v.seatings]
    legs = vehicle_legs([v.id for v in vehicles], stops, seats, _travel_times(reader), reader.tz)
    by_id = {item.id: item for item in items}
    blocks = []
    for v in vehicles:
        lines = []
        for leg in legs[v.id]:
            item = by_id[leg.to_item]
            assert leg.departs_at is not None  # a vehicle's legs always say when it leaves
            names = tuple(
                p.name for p in sorted((reader.people[pid] for pid in leg.passengers), key=protocol_key)
            )
            lines.append(
                LegLine(
                    item.starts_at.astimezone(reader.tz).date(),
                    leg.departs_at,
                    by_id[leg.from_item].place if leg.from_item is not None else "",
                    item.place,
                    item.starts_at,
                    item.title,
                    names,
                    leg.minutes,
                    leg.from_item is not None,
                )
            )
        whole = {s.participant_id for s in v.seatings if s.item_id is None}
        passengers = tuple(
            sorted((reader.people[pid] for pid in whole if pid in reader.people), key=protocol_key)
        )
        shown = car_names(v, reader.lang)
        blocks.append(
            VehicleBlock(
                v.id,
                shown.label,
                v.kind,
                v.plate,
                shown.driver,
                v.driver_phone,
                v.seats,
                shown.notes,
                passengers,
                tuple(lines),
            )
        )
    return TransportData(reader.header, tuple(blocks))
