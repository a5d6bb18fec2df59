"""A lunch the fixed items leave no room for is left out and said why, never faked as a stop "anywhere"
to and from which the drives are free (issue 11); a lunch at a restaurant is a stop with real drives."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.planner import apply_to_slots, plan_slots
from planner.scheduling.rules import MealRule, PlanningRules
from planner.scheduling.solver import RoutingProblem, Stop, Vehicle, solve
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, slot
from tests.unit.scheduling.test_planner import GROUPS, PEOPLE, city, visits

LUNCH = MealRule(time(12, 0), time(14, 30), 60)


def _facts(lunch: MealRule = LUNCH) -> VisitFacts:
    sites = city(8)
    # the talks (site 1) and the signing (site 2) are 20 minutes apart
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS, overrides={(1, 2): 20, (2, 1): 20})
    return replace(facts, rules=PlanningRules(grid=5, lunch=lunch))


def _talks_and_signing() -> list[Slot]:
    # 65 minutes between them hold the 60-minute lunch but not the lunch and the 20-minute drive
    return [
        slot(1, at(DAY1, "11:30"), at(DAY1, "12:40"), site_id=1, people=GROUPS[1], groups={1},
             kind="meeting", pinned=True, title="Talks & <more>"),
        slot(2, at(DAY1, "13:45"), at(DAY1, "14:40"), site_id=2, people=GROUPS[1], groups={1},
             kind="meeting", pinned=True, title="Подписание «Ақ жол»"),
    ]  # fmt: skip


def _visit(facts: VisitFacts) -> list[Slot]:
    others = {s: facts.sites[s] for s in range(3, 9)}
    return _talks_and_signing() + visits(others, lambda s: 1 + s % 2, minutes=40)


def _lunch_days(facts: VisitFacts, proposal) -> set[tuple[tuple[int, ...], object]]:
    # once for each group (groups that lunch at the same time share one item)
    return {((g,), facts.local(int(a.start.timestamp())).date()) for a in proposal.added for g in a.groups}


def test_a_lunch_with_no_gap_is_left_out_and_named_not_faked() -> None:
    facts = _facts()
    slots = _visit(facts)
    proposal = plan_slots(slots, facts, time_limit_s=0.5)
    # every other lane-day keeps its lunch; group 1 on day 1 has none rather than a fake one
    assert _lunch_days(facts, proposal) == {((2,), DAY1), ((1,), DAY2), ((2,), DAY2)}
    assert proposal.notes == [
        "Lunch break left out for Группа 1 on 11 May: no 60-minute gap between 12:00 and 14:30 around "
        "“Talks & <more>” 11:30–12:40, “Подписание «Ақ жол»” 13:45–14:40 and the drives between them"
    ]
    after = apply_to_slots(slots, proposal, facts)
    found = check_slots(after, facts)
    assert [c.message for c in found if c.rule == "travel_time"] == []
    assert [c.message for c in found if c.severity == "error"] == []
    assert proposal.errors_after == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", ["«Обед» не запланирован (Группа 1, 11 мая)", "нет 60 мин", "«Talks & <more>» 11:30–12:40",
                "и дороги между ними"]),
        ("kk", ["«Түскі ас» жоспарланбады (Группа 1, 11 мамыр)", "60 минуттық",
                "«Подписание „Ақ жол“» 13:45–14:40", "кедергі"]),
    ],
)  # fmt: skip
def test_the_note_is_in_the_users_language(language: str, words: list[str]) -> None:
    facts = _facts()
    proposal = plan_slots(_visit(facts), facts, time_limit_s=0.3, language=language)
    assert len(proposal.notes) == 1
    for word in words:
        assert word in proposal.notes[0]


def test_the_lunch_is_kept_where_a_gap_holds_it_and_the_drive() -> None:
    facts = _facts()
    slots = _talks_and_signing()
    slots[1] = replace(slots[1], start=at(DAY1, "14:05"), end=at(DAY1, "15:00"))  # 85 minutes free
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.notes == []
    lunch = next(a for a in proposal.added if a.groups == (1,) and a.start.date() == DAY1)
    start, end = (facts.local(int(t.timestamp())) for t in (lunch.start, lunch.end))
    assert time(12, 40) <= start.time() and end.time() <= time(14, 5)
    assert check_slots(apply_to_slots(slots, proposal, facts), facts) == []


def test_a_lunch_at_a_restaurant_is_a_stop_with_real_drives() -> None:
    facts = _facts(replace(LUNCH, site_id=5))
    slots = _visit(facts)
    proposal = plan_slots(slots, facts, time_limit_s=0.5)
    assert all(a.site_id == 5 for a in proposal.added)
    # no 60 minutes and two drives to the restaurant between the talks and the signing either
    assert ((1,), DAY1) not in _lunch_days(facts, proposal)
    assert len(proposal.notes) == 1 and "around “Talks & <more>” 11:30–12:40" in proposal.notes[0]
    after = apply_to_slots(slots, proposal, facts)
    assert [c.message for c in check_slots(after, facts) if c.severity == "error"] == []


def test_the_solver_leaves_an_optional_pause_out_rather_than_plan_it_anywhere() -> None:
    # 35 minutes between two fixed stops 20 minutes apart: a 30-minute lunch and the drive do not fit
    # (as a stop "anywhere" it did: the drives to and from it counted nothing)
    # place 0 is "anywhere", as the planner gives a stop with no site: no drive to or from it
    line = [[abs(a - b) * 10 if a and b else 0 for b in range(4)] for a in range(4)]
    stops = [
        Stop("first", 1, 60, ((0, 0),), vehicles=(0,)),
        Stop("lunch", 0, 30, ((50, 70),), penalty=10**6, vehicles=(0,), pause=True),
        Stop("second", 3, 30, ((95, 95),), vehicles=(0,)),
    ]
    solution = solve(RoutingProblem(stops, [Vehicle("v", (0, 300))], matrix=line, time_limit_s=0.2))
    assert solution.feasible and solution.dropped == ["lunch"]
    assert [v.key for v in solution.routes[0]] == ["first", "second"]
    assert solution.travel == 20
