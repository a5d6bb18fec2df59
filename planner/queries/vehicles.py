"""Read rows of a visit's vehicles and who rides in them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from planner.persistence.tables import MOTORCADE_ORDER, Participant, Seating, Vehicle
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class VehicleRow:
    """A vehicle with its passengers for the whole visit and per leg (item id to names); ``number`` is its
    place in the motorcade's column (1 = the lead car), as the manifest and the placards print it."""

    id: int
    label: str
    kind: str
    plate: str
    driver_name: str
    driver_phone: str
    seats: int
    notes: str
    passengers: tuple[str, ...]
    passenger_ids: tuple[int, ...]
    legs: tuple[tuple[int, tuple[int, ...]], ...]
    version: int
    number: int = 0
    # the label, the driver's name and the notes in other languages (language -> text)
    label_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    driver_name_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    notes_i18n: dict[str, str] = field(default_factory=dict, hash=False)


def visit_vehicles(uow: UnitOfWork, visit_id: int) -> list[VehicleRow]:
    """Vehicles of a visit in the motorcade's order; whole-visit passengers in protocol order."""
    s = uow.session
    query = select(Vehicle).where(Vehicle.visit_id == visit_id).order_by(*MOTORCADE_ORDER)
    vehicles = list(s.scalars(query))
    seats: dict[int, list[tuple[int | None, int, int, str]]] = {}
    for seat, rank, name in s.execute(
        select(Seating, Participant.protocol_rank, Participant.full_name)
        .join(Participant, Participant.id == Seating.participant_id)
        .join(Vehicle, Vehicle.id == Seating.vehicle_id)
        .where(Vehicle.visit_id == visit_id)
    ):
        seats.setdefault(seat.vehicle_id, []).append((seat.item_id, rank, seat.participant_id, name))
    rows = []
    for number, v in enumerate(vehicles, start=1):
        mine = sorted(seats.get(v.id, []), key=lambda x: (x[1], x[3]))
        whole = [(pid, name) for item, _, pid, name in mine if item is None]
        legs: dict[int, list[int]] = {}
        for item, _, pid, _ in mine:
            if item is not None:
                legs.setdefault(item, []).append(pid)
        rows.append(
            VehicleRow(
                v.id,
                v.label,
                v.kind,
                v.plate,
                v.driver_name,
                v.driver_phone,
                v.seats,
                v.notes,
                tuple(n for _, n in whole),
                tuple(p for p, _ in whole),
                tuple((k, tuple(ps)) for k, ps in sorted(legs.items())),
                v.version,
                number,
                dict(v.label_i18n or {}),
                dict(v.driver_name_i18n or {}),
                dict(v.notes_i18n or {}),
            )
        )
    return rows
