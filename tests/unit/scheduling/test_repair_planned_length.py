"""The repair's minimum counts from the length a visit had before a repair first shortened it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.scheduling.repair import repair_slots
from planner.scheduling.repair_report import minimum_seconds
from tests.unit.scheduling.helpers import DAY1, at, make_facts, slot
from tests.unit.scheduling.test_repair import GROUPS, SITES


@pytest.mark.parametrize(
    ("seconds", "step", "planned", "least"),
    [
        (45 * 60, 300, None, 30),  # two thirds of its own length
        (30 * 60, 300, 45, 30),  # shortened once: two thirds of the 45 planned, not 20
        (30 * 60, 60, 35, 24),  # 23 1/3 rounded up to the 1-minute grid
        (40 * 60, 300, 45, 30),
        (60 * 60, 300, 45, 40),  # made longer by hand since: its own length counts
        (20 * 60, 300, 60, 20),  # never more than it lasts
    ],
)
def test_the_minimum_counts_from_the_planned_length(
    seconds: int, step: int, planned: int | None, least: int
) -> None:
    assert minimum_seconds(seconds, step, planned) == least * 60


def test_a_visit_shortened_before_is_shortened_again_only_to_two_thirds_of_its_plan() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    people, groups = GROUPS[1], {1}
    port = slot(
        1, at(DAY1, "15:00"), at(DAY1, "16:00"), site_id=1, people=people, groups=groups, title="Порт"
    )
    # the school was planned at 45 minutes and an earlier repair left it 40
    school = replace(
        slot(2, at(DAY1, "16:10"), at(DAY1, "16:50"), site_id=1, people=people, groups=groups, title="Школа"),
        planned_minutes=45,
    )
    # 32 minutes are left before 18:00: it is cut to the minimum, two thirds of the 45 planned (of
    # the 40 it lasts now, 27)
    proposal = repair_slots([port, school], facts, 1, at(DAY1, "17:28"), grid=1)
    [move] = [m for m in proposal.moves if m.item_id == 2]
    assert move.shortened and "never below two thirds of its length: 30 min" in move.why
    assert (move.new_end - move.new_start).total_seconds() == 30 * 60
    # 25 minutes left: it goes back to the list rather than below 30
    proposal = repair_slots([port, school], facts, 1, at(DAY1, "17:35"), grid=1)
    assert [d.item_id for d in proposal.dropped] == [2]
