"""Editing the motorcade: vehicles, their order in the column, and who rides in which one, for the whole
visit or per leg."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select

from planner.domain.errors import ValidationError
from planner.domain.kinds import VehicleKind
from planner.domain.messages import problem
from planner.domain.vocabulary import VEHICLE_FIELDS, VEHICLE_I18N_FIELDS
from planner.interchange.input_limits import MAX_WHOLE
from planner.persistence.tables import (
    ItineraryItem,
    Participant,
    Seating,
    Vehicle,
    Visit,
    row_dict,
)
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import NOTHING, Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Replaced,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)
from planner.services.translations import clean_translations

VEHICLES = Changes.of(DataKind.VEHICLES)


def _with_clean_names(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with each translation map (label, driver, notes) trimmed and its empty texts left out;
    a language other than ru, kk, en or a text that is not text is refused, naming the field."""
    problems = Problems()
    cleaned = dict(values)
    for name in VEHICLE_I18N_FIELDS:
        if name in values:
            cleaned[name] = clean_translations(values[name], name, problems)
    problems.raise_if_any()
    return cleaned


def _validate(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any], self_id: int | None = None) -> None:
    problems = Problems()
    problems.require_text(values, "label", "empty_vehicle_label")
    problems.check_choice(values, "kind", [k.value for k in VehicleKind])
    if "seats" in values and (not isinstance(values["seats"], int) or values["seats"] < 0):
        problems.say("seats", "seats_whole")
    label = str(values.get("label") or "").strip()
    if label:
        same = select(Vehicle.id).where(Vehicle.visit_id == visit_id, Vehicle.label == label)
        clash = uow.session.scalar(same)
        if clash is not None and clash != self_id:
            problems.say("label", "vehicle_exists", label=label)
    problems.raise_if_any()


def add_vehicle(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any]) -> Created:
    """Add a vehicle to a visit's motorcade (``label`` required), last in the column."""
    check_fields(values, VEHICLE_FIELDS, "a vehicle")
    values = _with_clean_names(values)
    if not str(values.get("label") or "").strip():
        raise ValidationError(problem("label", "required"))
    with uow:
        get_or_fail(uow.session, Visit, visit_id, "visit")
        _validate(uow, visit_id, values)
        # a new car joins the end of the column
        last = uow.session.scalar(
            select(func.max(Vehicle.motorcade_position)).where(Vehicle.visit_id == visit_id)
        )
        vehicle = Vehicle(visit_id=visit_id, **values, motorcade_position=(last or 0) + 1)
        uow.session.add(vehicle)
        uow.commit()
        return Created(vehicle.id, vehicle.version, VEHICLES)


def update_vehicle(
    uow: UnitOfWork, vehicle_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a vehicle's label, kind, plate, driver, seats or notes, and their translations (``*_i18n``:
    language -> text maps replacing the old ones)."""
    check_fields(changes, VEHICLE_FIELDS, "a vehicle")
    changes = _with_clean_names(changes)
    with uow:
        vehicle = get_or_fail(uow.session, Vehicle, vehicle_id, "vehicle")
        _validate(uow, vehicle.visit_id, changes, vehicle.id)
        result = apply_update(
            vehicle, changes, expected_version, f"Vehicle {vehicle.label}", uow.session, VEHICLES
        )
        uow.commit()
        return result


def delete_vehicle(uow: UnitOfWork, vehicle_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a vehicle and its seating plan; undo with ``restore_vehicle``."""
    with uow:
        vehicle = get_or_fail(uow.session, Vehicle, vehicle_id, "vehicle")
        check_version(vehicle, expected_version, f"Vehicle {vehicle.label}")
        snap = {"row": row_dict(vehicle), "seatings": [row_dict(x) for x in vehicle.seatings]}
        uow.session.delete(vehicle)
        uow.commit()
        return Deleted(vehicle_id, snap, VEHICLES)


def restore_vehicle(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_vehicle``."""
    with uow:
        uow.session.execute(insert(Vehicle), [deleted.snapshot["row"]])
        if deleted.snapshot["seatings"]:
            uow.session.execute(insert(Seating), deleted.snapshot["seatings"])
        uow.commit()
        return Created(deleted.id, changes=VEHICLES)


def positions_for_order(ordered_ids: Sequence[int]) -> dict[int, int]:
    """Positions 1..n for vehicles listed in the column's order (after a move in the list)."""
    return {vehicle_id: n for n, vehicle_id in enumerate(ordered_ids, start=1)}


def moved_in_order(ordered_ids: Sequence[int], vehicle_id: int, step: int) -> dict[int, int] | None:
    """Positions 1..n after moving ``vehicle_id`` ``step`` places (-1 up, 1 down) in ``ordered_ids``;
    None when it cannot move (already first or last, or not listed)."""
    order = list(ordered_ids)
    if vehicle_id not in order:
        return None
    at = order.index(vehicle_id)
    to = at + step
    if step == 0 or not 0 <= to < len(order):
        return None
    order.insert(to, order.pop(at))
    return positions_for_order(order)


def set_motorcade_positions(uow: UnitOfWork, positions: Mapping[int, int | None]) -> Replaced:
    """Give vehicles of one visit new places in the motorcade's column; returns their old places (undo).

    Only the places that differ are written (each leaves its change-log row). A place is a whole number
    from 1 (the lead car); None (a car without a place, as before migration 0013) is accepted so that
    undo can put back exactly what was there.
    """
    with uow:
        problems = Problems()
        for place in positions.values():
            whole = isinstance(place, int) and not isinstance(place, bool)
            if place is not None and (not whole or not 1 <= place <= MAX_WHOLE):
                problems.say("motorcade_position", "motorcade_position_whole")
        problems.raise_if_any()
        vehicles = [get_or_fail(uow.session, Vehicle, vehicle_id, "vehicle") for vehicle_id in positions]
        if len({v.visit_id for v in vehicles}) > 1:
            raise ValidationError(problem("motorcade_position", "motorcade_one_visit"))
        old: dict[int, int | None] = {}
        for vehicle in vehicles:
            place = positions[vehicle.id]
            if vehicle.motorcade_position != place:
                old[vehicle.id] = vehicle.motorcade_position
                vehicle.motorcade_position = place
        uow.commit()
        return Replaced(old, VEHICLES if old else NOTHING)


def set_seating(
    uow: UnitOfWork, vehicle_id: int, item_id: int | None, participant_ids: Sequence[int]
) -> Replaced:
    """Who rides in a vehicle for one leg (the leg to ``item_id``) or the whole visit (None).

    Refuses more passengers than seats, and people of another visit. Returns the previous passengers.
    """
    with uow:
        s = uow.session
        vehicle = get_or_fail(s, Vehicle, vehicle_id, "vehicle")
        if item_id is not None:
            item = get_or_fail(s, ItineraryItem, item_id, "itinerary item")
            if item.visit_id != vehicle.visit_id:
                raise ValidationError(problem("item", "leg_other_visit"))
        ids = list(dict.fromkeys(participant_ids))
        problems = Problems()
        if vehicle.seats and len(ids) > vehicle.seats:
            seats = {"label": vehicle.label, "seats": vehicle.seats}
            problems.say("passengers", "too_many_passengers", count=len(ids), **seats)
        known = set(s.scalars(select(Participant.id).where(Participant.visit_id == vehicle.visit_id)))
        missing = [p for p in ids if p not in known]
        if missing:
            listed = ", ".join(map(str, missing))
            problems.say("passengers", "unknown_participants_of_visit", ids=listed)
        problems.raise_if_any()
        leg = Seating.item_id.is_(None) if item_id is None else Seating.item_id == item_id
        where = (Seating.vehicle_id == vehicle_id, leg)
        old = list(s.scalars(select(Seating.participant_id).where(*where).order_by(Seating.id)))
        s.execute(delete(Seating).where(*where))
        if ids:
            s.execute(
                insert(Seating),
                [{"vehicle_id": vehicle_id, "participant_id": p, "item_id": item_id} for p in ids],
            )
        uow.commit()
        return Replaced(old, VEHICLES)
