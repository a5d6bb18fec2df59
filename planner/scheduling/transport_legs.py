"""When the cars of a motorcade drive, and whom they carry: the transport plan's rule, over plain data.

A vehicle serves an item when someone rides in it to that item: a seat for that item, or a seat for the
whole visit of a person the item concerns (unless that person has a seat in another car for that item).
A leg is driven where the place changes; on the same day it leaves after the previous item it served
ends, as late as the driving time allows (rounded down to five minutes). The first drive of a day leaves
when its item starts: where the car comes from is not known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from planner.scheduling.travel import Leg, TravelTimes


@dataclass(frozen=True)
class Stop:
    """An item a car may take people to.

    ``place`` is the place as people name it (the site's name, else the item's location): the same
    non-empty place means the car waits there. ``people`` are the participants the item concerns
    (everyone of the visit for an item that names no group and no attendee).
    """

    item_id: int
    starts_at: datetime
    ends_at: datetime
    site_id: int | None
    place: str
    people: frozenset[int]


@dataclass(frozen=True)
class Seat:
    """A participant's seat in a vehicle, for one item or (``item_id`` None) for the whole visit."""

    participant_id: int
    vehicle_id: int
    item_id: int | None = None


def five_minutes_before(moment: datetime, minutes: int) -> datetime:
    """``minutes`` before ``moment``, rounded down to five minutes: drivers leave at 16:00, not 16:02."""
    leave = moment - timedelta(minutes=minutes)
    return leave - timedelta(minutes=leave.minute % 5, seconds=leave.second, microseconds=leave.microsecond)


def vehicle_legs(
    vehicle_ids: Iterable[int],
    stops: Sequence[Stop],
    seats: Iterable[Seat],
    travel: TravelTimes,
    tz: tzinfo,
) -> dict[int, list[Leg]]:
    """The legs of each vehicle in ``vehicle_ids``, in time order; ``tz`` is the host zone that says
    which items are on the same day.

    ``stops`` may come in any order; ``passengers`` of each leg are participant ids in ascending order.
    """
    ordered = sorted(stops, key=lambda s: (s.starts_at, s.ends_at, s.item_id))
    whole: dict[int, set[int]] = defaultdict(set)
    # item id -> {participant id: vehicle id} for seats given for one item only
    item_seat: dict[int, dict[int, int]] = defaultdict(dict)
    for seat in seats:
        if seat.item_id is None:
            whole[seat.vehicle_id].add(seat.participant_id)
        else:
            item_seat[seat.item_id][seat.participant_id] = seat.vehicle_id
    return {vid: _legs_of(vid, whole.get(vid, set()), ordered, item_seat, travel, tz) for vid in vehicle_ids}


def _legs_of(
    vehicle_id: int,
    whole: set[int],
    stops: Sequence[Stop],
    item_seat: Mapping[int, Mapping[int, int]],
    travel: TravelTimes,
    tz: tzinfo,
) -> list[Leg]:
    legs: list[Leg] = []
    prev: Stop | None = None
    for stop in stops:
        seats = item_seat.get(stop.item_id, {})
        aboard = {pid for pid, vid in seats.items() if vid == vehicle_id}
        aboard |= {pid for pid in whole & stop.people if seats.get(pid, vehicle_id) == vehicle_id}
        if not aboard:
            continue
        same_day = (
            prev is not None and prev.ends_at.astimezone(tz).date() == stop.starts_at.astimezone(tz).date()
        )
        if prev is not None and same_day:
            if prev.place == stop.place and stop.place:
                prev = stop  # the car waits at the same place; no drive
                continue
            minutes = (
                travel.minutes(prev.site_id, stop.site_id)
                if prev.site_id is not None and stop.site_id is not None
                else None
            )
            departs = prev.ends_at
            if minutes is not None:
                departs = max(prev.ends_at, five_minutes_before(stop.starts_at, minutes))
            leg = Leg(
                prev.item_id,
                stop.item_id,
                prev.site_id,
                stop.site_id,
                minutes,
                int((stop.starts_at - prev.ends_at).total_seconds() // 60),
                departs,
                tuple(sorted(aboard)),
            )
        else:
            leg = Leg(None, stop.item_id, None, stop.site_id, None, 0, stop.starts_at, tuple(sorted(aboard)))
        legs.append(leg)
        prev = stop
    return legs
