"""The one rule of whose arrival and departure a person has (planner.queries.stay), on plain values."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.queries.stay import (
    ARRIVAL,
    BY_GROUP,
    BY_ITEM,
    BY_PERSON,
    BY_VISIT,
    DEPARTURE,
    StayEnd,
    Stays,
    pick,
    tightest,
)


def _end(end: str, hour: int, by: str, item_id: int | None = None) -> StayEnd:
    return StayEnd(end, datetime(2026, 9, 15, hour, tzinfo=UTC), None, f"{by} {hour}", "", by, item_id)


def test_the_most_particular_known_bound_wins() -> None:
    own, group, visit = _end(ARRIVAL, 9, BY_PERSON), _end(ARRIVAL, 8, BY_GROUP), _end(ARRIVAL, 7, BY_VISIT)
    items = [_end(ARRIVAL, 6, BY_ITEM, 1)]
    assert pick(ARRIVAL, [own, group, visit], items) == own
    assert pick(ARRIVAL, [None, group, visit], items) == group
    assert pick(ARRIVAL, [None, None, visit], items) == visit


def test_without_any_the_first_arrival_item_and_the_last_departure_item() -> None:
    arrivals = [_end(ARRIVAL, 6, BY_ITEM, 1), _end(ARRIVAL, 9, BY_ITEM, 2)]
    departures = [_end(DEPARTURE, 16, BY_ITEM, 3), _end(DEPARTURE, 18, BY_ITEM, 4)]
    assert pick(ARRIVAL, [None, None], arrivals) == arrivals[0]
    assert pick(DEPARTURE, [None], departures) == departures[-1]
    assert pick(ARRIVAL, [None], []) is None


def test_of_several_groups_the_latest_arrival_and_the_earliest_departure() -> None:
    assert tightest(ARRIVAL, [_end(ARRIVAL, 8, BY_GROUP), None, _end(ARRIVAL, 10, BY_GROUP)]).at.hour == 10
    assert tightest(DEPARTURE, [_end(DEPARTURE, 17, BY_GROUP), _end(DEPARTURE, 15, BY_GROUP)]).at.hour == 15
    assert tightest(ARRIVAL, [None]) is None


def test_a_host_has_only_their_own_and_a_guest_only_the_items_that_concern_them() -> None:
    visit = _end(ARRIVAL, 7, BY_VISIT)
    items = {ARRIVAL: ((1, _end(ARRIVAL, 6, BY_ITEM, 1)), (2, _end(ARRIVAL, 9, BY_ITEM, 2))), DEPARTURE: ()}
    with_visit = Stays({ARRIVAL: visit}, {}, {}, items)
    assert with_visit.of_person(ARRIVAL, 5, host=True, group_ids=[], concerns=lambda _: True) is None
    assert with_visit.of_person(ARRIVAL, 5, host=False, group_ids=[], concerns=lambda _: True) == visit
    without = Stays({}, {}, {}, items)
    found = without.of_person(ARRIVAL, 5, host=False, group_ids=[], concerns=lambda item: item == 2)
    assert found is not None and found.item_id == 2
    assert without.of_visit(ARRIVAL) == items[ARRIVAL][0][1]
