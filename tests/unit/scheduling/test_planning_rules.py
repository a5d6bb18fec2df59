"""The visit's planning rules in the engine: the time grid, boarding, the stay and meals."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from planner.scheduling.planner import plan_slots
from planner.scheduling.repair import repair_slots
from planner.scheduling.rules import PlanningRules
from tests.unit.scheduling.helpers import DAY1, at, make_facts, slot
from tests.unit.scheduling.test_planner import GROUPS, PEOPLE, city, visits


def _minute_of_day(stamp: int) -> int:
    local = datetime.fromtimestamp(stamp).astimezone(make_facts().tz)
    return local.hour * 60 + local.minute + local.second / 60


@pytest.mark.parametrize("grid", [5, 10, 15])
def test_every_planned_start_and_end_is_on_the_visits_grid(grid: int) -> None:
    sites = city(12, "Mo-Fr 09:07-13:00,14:00-18:00")
    facts = replace(make_facts(sites, people=PEOPLE, groups=GROUPS), rules=PlanningRules(grid=grid))
    # 37-minute visits: their ends would fall off the grid if only the starts were put on it
    slots = visits(list(sites), lambda s: 1 + s % 2, minutes=37)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.moves and proposal.errors_after == []
    for move in proposal.moves:
        for moment in (move.new_start, move.new_end):
            assert _minute_of_day(int(moment.timestamp())) % grid == 0, (grid, move)
        assert move.new_end - move.new_start >= move.old_end - move.old_start


def test_the_grid_given_for_one_run_overrides_the_visits() -> None:
    sites = city(6)
    facts = replace(make_facts(sites, people=PEOPLE, groups=GROUPS), rules=PlanningRules(grid=15))
    # 42 minutes and a short drive: 50-minute steps on a 5-minute grid, 60 on a quarter-hour one
    slots = visits(list(sites), lambda s: 1 + s % 2, minutes=42)
    proposal = plan_slots(slots, facts, time_limit_s=0.2, grid=5)
    minutes = {_minute_of_day(int(m.new_start.timestamp())) % 15 for m in proposal.moves}
    assert minutes - {0}, "with a 5-minute grid some start falls between quarter hours"
    assert all(_minute_of_day(int(m.new_start.timestamp())) % 5 == 0 for m in proposal.moves)


@pytest.mark.parametrize("grid", [5, 10, 15])
def test_a_repair_moves_items_onto_the_grid(grid: int) -> None:
    sites = city(4)
    facts = replace(make_facts(sites, people=PEOPLE, groups=GROUPS), rules=PlanningRules(grid=grid))
    talks = slot(
        1, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=1, people=GROUPS[1], groups={1}, pinned=True
    )
    later = [
        slot(
            10 + n,
            at(DAY1, f"{10 + n}:30"),
            at(DAY1, f"{10 + n}:30") + 35 * 60,
            site_id=s,
            people=GROUPS[1],
            groups={1},
        )
        for n, s in enumerate((2, 3, 4))
    ]
    proposal = repair_slots([talks, *later], facts, 1, at(DAY1, "10:47"))
    moved = [m for m in proposal.moves if m.item_id != 1]
    assert moved
    for move in moved:
        for moment in (move.new_start, move.new_end):
            assert _minute_of_day(int(moment.timestamp())) % grid == 0, (grid, move)
    assert proposal.errors_after == []
