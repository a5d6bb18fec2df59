"""The transport plan's rule over plain data: when a car drives, when it leaves and whom it carries."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.scheduling.transport_legs import Seat, Stop, five_minutes_before, vehicle_legs
from planner.scheduling.travel import TravelTimes

ATYRAU = ZoneInfo("Asia/Atyrau")
CAR, OTHER = 1, 2
P1, P2, P3 = 11, 12, 13
EVERYONE = frozenset({P1, P2, P3})
# sites 100 and 101: 17 minutes by a staff figure; site 102 has no coordinates
TRAVEL = TravelTimes({100: (47.1, 51.9), 101: (47.2, 51.8), 102: None}, {(101, 100): 17})


def _at(hhmm: str, day: int = 11) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2023, 5, day, hour, minute, tzinfo=ATYRAU)


def _stop(item: int, start: str, end: str, site: int | None, place: str, *people: int, day: int = 11) -> Stop:
    return Stop(item, _at(start, day), _at(end, day), site, place, frozenset(people) or EVERYONE)


def _clock(moment: datetime | None) -> str:
    assert moment is not None
    return f"{moment.astimezone(ATYRAU):%H:%M}"


def test_the_car_waits_at_the_same_place_and_leaves_as_late_as_the_drive_allows() -> None:
    stops = [
        _stop(1, "09:00", "10:00", 100, "Akimat", P1, P2),
        _stop(2, "10:00", "11:00", 100, "Akimat", P1),  # same place: the car waits, no drive
        _stop(3, "12:00", "13:00", 101, "Port", P1, P2),  # 17 minutes: 11:43, rounded down to 11:40
        _stop(4, "13:10", "14:00", 102, "Shipyard", P1),  # no coordinates: leaves when item 3 ends
        _stop(5, "15:00", "16:00", 100, "Akimat", P3),  # nobody of the car goes
    ]
    seats = [Seat(P1, CAR), Seat(P2, CAR), Seat(P2, OTHER, item_id=3)]
    legs = vehicle_legs([CAR, OTHER], stops, seats, TRAVEL, ATYRAU)
    car = legs[CAR]
    assert [(leg.from_item, leg.to_item, _clock(leg.departs_at), leg.passengers) for leg in car] == [
        (None, 1, "09:00", (P1, P2)),  # the day's first drive leaves when its item starts
        (2, 3, "11:40", (P1,)),  # P2 rides the other car to item 3
        (3, 4, "13:00", (P1,)),
    ]
    assert [leg.minutes for leg in car] == [None, 17, None]
    assert [(leg.to_item, leg.passengers) for leg in legs[OTHER]] == [(3, (P2,))]


def test_a_seat_for_one_item_takes_the_person_out_of_their_usual_car() -> None:
    stops = [_stop(1, "09:00", "10:00", 100, "Akimat")]  # names no one: it concerns everyone
    seats = [Seat(P1, CAR), Seat(P2, CAR), Seat(P3, CAR), Seat(P1, OTHER, item_id=1)]
    legs = vehicle_legs([CAR, OTHER], stops, seats, TRAVEL, ATYRAU)
    assert [leg.passengers for leg in legs[CAR]] == [(P2, P3)]
    assert [leg.passengers for leg in legs[OTHER]] == [(P1,)]


def test_a_whole_visit_seat_counts_only_for_items_that_concern_the_person() -> None:
    stops = [_stop(1, "09:00", "10:00", 100, "Akimat", P2), _stop(2, "11:00", "12:00", 101, "Port", P1)]
    legs = vehicle_legs([CAR], stops, [Seat(P1, CAR)], TRAVEL, ATYRAU)
    assert [(leg.from_item, leg.to_item) for leg in legs[CAR]] == [(None, 2)]


def test_a_new_day_starts_from_wherever_the_car_is() -> None:
    stops = [
        _stop(1, "17:00", "18:00", 100, "Akimat", P1),
        _stop(2, "09:00", "10:00", 101, "Port", P1, day=12),
        _stop(3, "09:00", "09:30", 101, "Port", P1, day=13),  # the same place, but not the same day
    ]
    legs = vehicle_legs([CAR], stops, [Seat(P1, CAR)], TRAVEL, ATYRAU)[CAR]
    assert [(leg.from_item, leg.to_item, leg.minutes, leg.gap_minutes) for leg in legs] == [
        (None, 1, None, 0),
        (None, 2, None, 0),
        (None, 3, None, 0),
    ]
    assert [leg.departs_at for leg in legs] == [stop.starts_at for stop in stops]


def test_a_drive_longer_than_the_gap_leaves_when_the_item_ends_and_says_how_late_it_is() -> None:
    stops = [_stop(1, "09:00", "10:00", 100, "Akimat", P1), _stop(2, "10:10", "11:00", 101, "Port", P1)]
    leg = vehicle_legs([CAR], stops, [Seat(P1, CAR)], TRAVEL, ATYRAU)[CAR][1]
    assert _clock(leg.departs_at) == "10:00"
    assert (leg.minutes, leg.gap_minutes, leg.short_by) == (17, 10, 7)
    assert (leg.from_site, leg.to_site) == (100, 101)


def test_places_without_a_site_are_told_apart_by_name() -> None:
    stops = [
        _stop(1, "09:00", "10:00", None, "Hotel", P1),
        _stop(2, "10:30", "11:00", None, "Hotel", P1),  # the same named place: the car waits
        _stop(3, "11:30", "12:00", None, "", P1),  # no place at all: a drive, of unknown length
        _stop(4, "12:30", "13:00", None, "", P1),
    ]
    legs = vehicle_legs([CAR], stops, [Seat(P1, CAR)], TRAVEL, ATYRAU)[CAR]
    assert [(leg.from_item, leg.to_item, _clock(leg.departs_at)) for leg in legs] == [
        (None, 1, "09:00"),
        (2, 3, "11:00"),
        (3, 4, "12:00"),
    ]


def test_stops_may_come_in_any_order_and_a_car_without_passengers_drives_nowhere() -> None:
    stops = [_stop(2, "12:00", "13:00", 101, "Port", P1), _stop(1, "09:00", "10:00", 100, "Akimat", P1)]
    legs = vehicle_legs([CAR, OTHER], stops, [Seat(P1, CAR)], TRAVEL, ATYRAU)
    assert [(leg.from_item, leg.to_item, _clock(leg.departs_at)) for leg in legs[CAR]] == [
        (None, 1, "09:00"),
        (1, 2, "11:40"),
    ]
    assert legs[OTHER] == []


def test_departures_are_rounded_down_to_five_minutes() -> None:
    moment = _at("16:20")
    assert five_minutes_before(moment, 18) == _at("16:00")
    assert five_minutes_before(moment, 20) == _at("16:00")
    assert five_minutes_before(moment + timedelta(seconds=30), 0) == _at("16:20")
