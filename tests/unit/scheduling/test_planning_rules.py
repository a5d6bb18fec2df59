"""The visit's planning rules in the engine: the time grid, boarding, the stay and meals."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise

import pytest

from planner.scheduling.conflicts import check_slots
from planner.scheduling.planner import apply_to_slots, plan_slots
from planner.scheduling.repair import repair_slots
from planner.scheduling.rules import PlanningRules
from planner.scheduling.travel import Boarding, TravelTimes
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


# ---------------------------------------------------------------- boarding


def _boarding_facts(minutes: int, extra: int = 0, above: int = 0, **kw):
    sites = city(6)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS, **kw)
    travel = facts.travel
    boarded = TravelTimes(travel.coords, travel.overrides, travel.settings, Boarding(minutes, extra, above))
    return replace(facts, travel=boarded), sites


def test_transfer_adds_the_boarding_allowance_between_sites_only() -> None:
    facts, _ = _boarding_facts(5, 5, 3)
    drive = facts.travel.minutes(1, 2)
    assert drive is not None
    assert facts.travel.transfer(1, 2, 2) == drive + 5
    assert facts.travel.transfer(1, 2, 4) == drive + 10  # more than 3 people
    assert facts.travel.transfer(1, 1, 30) == 0
    assert facts.travel.transfer(None, 2, 30) == 0


def test_check_reports_a_transfer_with_no_time_to_board() -> None:
    facts, _ = _boarding_facts(5)
    drive = facts.travel.minutes(1, 2)
    assert drive is not None
    first = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people=GROUPS[1], groups={1})
    # enough for the drive, not for the drive and boarding
    second_at = at(DAY1, "11:00") + (drive + 2) * 60
    second = slot(2, second_at, second_at + 3600, site_id=2, people=GROUPS[1], groups={1})
    found = [c for c in check_slots([first, second], facts) if c.rule == "travel_time"]
    assert len(found) == 1
    assert f"the drive takes {drive} min, plus 5 min to board" in found[0].message
    roomy = replace(second, start=second.start + 3 * 60, end=second.end + 3 * 60)
    assert [c for c in check_slots([first, roomy], facts) if c.rule == "travel_time"] == []
    plain, _ = _boarding_facts(0)
    assert [c for c in check_slots([first, second], plain) if c.rule == "travel_time"] == []


def test_plan_leaves_time_to_board_between_sites() -> None:
    facts, sites = _boarding_facts(10)
    slots = visits(list(sites), lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == [] and proposal.errors_after == []
    after = sorted(apply_to_slots(slots, proposal, facts), key=lambda s: s.start)
    for group in (1, 2):
        mine = [s for s in after if s.groups == {group}]
        for a, b in pairwise(mine):
            if facts.local(a.start).date() == facts.local(b.start).date():
                need = facts.travel.transfer(a.site_id, b.site_id, len(b.people))
                assert b.start - a.end >= need * 60
