from __future__ import annotations

import math

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling.travel import TravelSettings, TravelTimes, derive_legs, haversine_km


def test_haversine_one_degree_of_the_equator() -> None:
    # 2 * pi * R / 360 with the mean Earth radius 6371.0088 km
    assert haversine_km((0.0, 0.0), (0.0, 1.0)) == pytest.approx(2 * math.pi * 6371.0088 / 360, rel=1e-9)
    assert haversine_km((47.1, 51.9), (47.1, 51.9)) == 0


def test_estimate_uses_road_factor_and_speed_and_rounds_up() -> None:
    a = (0.0, 0.0)
    b = (0.0, 10 / (2 * math.pi * 6371.0088 / 360))  # 10 km east
    # 10 km * 1.3 / 40 km/h = 19.5 min -> 20
    assert TravelSettings(40, 1.3).estimate_minutes(a, b) == 20
    # 10 km * 1.0 / 60 km/h = exactly 10 min
    assert TravelSettings(60, 1.0).estimate_minutes(a, b) == 10


def test_override_holds_both_ways_unless_the_reverse_has_its_own() -> None:
    coords = {1: (47.10, 51.90), 2: (47.12, 51.95), 3: (47.05, 51.80)}
    times = TravelTimes(coords, {(1, 2): 25, (3, 1): 7, (1, 3): 9})
    assert times.minutes(1, 2) == 25
    assert times.minutes(2, 1) == 25
    assert times.minutes(1, 3) == 9
    assert times.minutes(3, 1) == 7
    assert times.minutes(2, 2) == 0
    assert times.minutes(2, 3) == TravelSettings().estimate_minutes(coords[2], coords[3])


def test_unknown_coordinates_give_no_estimate() -> None:
    times = TravelTimes({1: (47.1, 51.9), 2: None})
    assert times.minutes(1, 2) is None
    assert times.matrix([1, 2], unknown=0) == [[0, 0], [0, 0]]


@pytest.mark.parametrize(("speed", "factor"), [(0, 1.3), (-5, 1.3), (40, 0.5)])
def test_bad_settings_are_refused(speed: float, factor: float) -> None:
    with pytest.raises(ValidationError):
        TravelSettings(speed, factor)


def test_legs_are_derived_between_consecutive_sites() -> None:
    times = TravelTimes({}, {(1, 2): 30, (2, 3): 10})
    items = [(12, 7200, 9000, 3), (10, 0, 3600, 1), (11, 4800, 6000, 2), (13, 9000, 9600, None)]
    legs = derive_legs(items, times)
    assert [(leg.from_item, leg.to_item) for leg in legs] == [(10, 11), (11, 12)]
    assert legs[0].minutes == 30 and legs[0].gap_minutes == 20 and legs[0].short_by == 10
    assert legs[1].short_by == 0
