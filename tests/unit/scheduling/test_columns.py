from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.queries.stored_stamps import stamp_seconds
from planner.scheduling.columns import SlotColumns, SlotTable
from planner.scheduling.travel import TravelSettings, TravelTimes
from tests.unit.scheduling.helpers import DAY1, at, slot

instants = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31))


@given(st.lists(instants, min_size=1, max_size=20))
def test_stored_utc_text_reads_as_the_same_epoch_seconds(values: list[datetime]) -> None:
    text = "".join(f"{v:%Y-%m-%d %H:%M:%S.%f}" for v in values)
    expected = [int(v.replace(tzinfo=UTC).timestamp() // 1) for v in values]
    got = stamp_seconds(text, len(values))
    assert got is not None and got.tolist() == expected


def test_text_in_another_form_is_not_guessed() -> None:
    assert stamp_seconds("2024-01-01T04:00:00.000000", 1) is None
    assert stamp_seconds("2024-01-01 04:00:00", 1) is None


coords = st.tuples(st.floats(46.0, 48.0), st.floats(50.0, 53.0))


@settings(max_examples=50)
@given(st.lists(coords, min_size=2, max_size=12), st.floats(10, 90), st.floats(1.0, 2.0))
def test_upper_bounds_never_undercut_the_exact_minutes(
    points: list[tuple[float, float]], speed: float, factor: float
) -> None:
    travel = TravelTimes(dict(enumerate(points, 1)), {(1, 2): 500}, TravelSettings(speed, factor))
    sites = np.arange(1, len(points) + 1)
    a, b = np.meshgrid(np.arange(len(points)), np.arange(len(points)))
    bound = travel.upper_bounds(sites, a.ravel(), b.ravel())
    for x, y, limit in zip(a.ravel().tolist(), b.ravel().tolist(), bound.tolist(), strict=True):
        exact = travel.minutes(x + 1, y + 1)
        assert exact is not None and exact <= limit


def test_a_slot_table_gives_back_equal_slots() -> None:
    slots = [
        slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=3, people={1, 2}, groups={7}, vehicles={1}),
        slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), kind="meal", pinned=True),
    ]
    columns = SlotColumns.from_slots(slots)
    columns.slots = None  # as if read from the database: Slots are built from the columns
    table = SlotTable(columns)
    assert len(table) == 2 and table[-1].kind == "meal" and table[1].pinned
    for made, original in zip(table, slots, strict=True):
        assert (made.id, made.start, made.end, made.site_id, made.people, made.groups, made.vehicles) == (
            original.id,
            original.start,
            original.end,
            original.site_id,
            original.people,
            original.groups,
            original.vehicles,
        )
