"""Only the meals that cannot fit are left out (issue 11): a lunch and a dinner competing for one gap
cost the day one meal, not both; a lunch that does not fit one group's day costs no other group or day
its meal, even when only the search finds out; and the time budget of a day counts only the meals the
plan keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.model_builder import _Builder
from planner.scheduling.planner import UnplacedError, apply_to_slots, plan_slots
from planner.scheduling.rules import MealRule, PlanningRules
from planner.scheduling.solver import RoutingProblem, Stop, Vehicle, solve
from tests.unit.scheduling import test_infeasibility as budget
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, slot
from tests.unit.scheduling.test_planner import GROUPS, PEOPLE, city, visits

LUNCH = MealRule(time(12, 0), time(14, 30), 60)
# a late lunch and an early dinner (an evening departure, say): their windows meet in the afternoon
LATE_LUNCH = MealRule(time(12, 0), time(15, 30), 60)
EARLY_DINNER = MealRule(time(15, 0), time(18, 0), 60, name="dinner")


def _facts(rules: PlanningRules) -> VisitFacts:
    # the talks (site 1) and the signing (site 2) are 20 minutes apart
    facts = make_facts(city(8), people=PEOPLE, groups=GROUPS, overrides={(1, 2): 20, (2, 1): 20})
    return replace(facts, rules=rules)


def _pinned(item_id: int, site: int, day, start: str, end: str, title: str, group: int = 1) -> Slot:
    return slot(item_id, at(day, start), at(day, end), site_id=site, people=GROUPS[group], groups={group},
                kind="meeting", pinned=True, title=title)  # fmt: skip


def _meals(facts: VisitFacts, proposal) -> set[tuple[str, tuple[int, ...], object]]:
    # once for each group (groups that eat at the same time share one item)
    return {
        (a.title, (g,), facts.local(int(a.start.timestamp())).date())
        for a in proposal.added
        for g in a.groups
    }


def _no_errors(slots: list[Slot], proposal, facts: VisitFacts) -> None:
    found = check_slots(apply_to_slots(slots, proposal, facts), facts)
    assert [c.message for c in found if c.severity == "error"] == []
    assert proposal.errors_after == []


def test_a_lunch_and_a_dinner_that_share_one_gap_cost_the_day_only_the_dinner() -> None:
    facts = _facts(PlanningRules(grid=5, lunch=LATE_LUNCH, dinner=EARLY_DINNER))
    # 90 minutes between the talks and the signing, 20 of them driving: room for one meal, not two
    slots = [
        _pinned(1, 1, DAY1, "09:00", "14:30", "Talks"),
        _pinned(2, 2, DAY1, "16:00", "18:00", "Signing"),
        *visits({s: facts.sites[s] for s in range(3, 9)}, lambda s: 1 + s % 2, minutes=40),
    ]
    proposal = plan_slots(slots, facts, time_limit_s=0.5)
    every = {(meal, (g,), day) for meal in ("Lunch break", "Dinner") for g in (1, 2) for day in (DAY1, DAY2)}
    # group 1 keeps its lunch on day 1; only its dinner is left out, and every other day keeps both
    assert _meals(facts, proposal) == every - {("Dinner", (1,), DAY1)}
    assert proposal.notes == [
        "Dinner left out for Группа 1 on 11 May: no 60-minute gap between 15:00 and 18:00 around "
        "“Talks” 09:00–14:30, “Signing” 16:00–18:00, “Lunch break” (kept) and the drives between them"
    ]
    lunch = next(a for a in proposal.added if a.groups == (1,) and a.start.date() == DAY1)
    assert facts.local(int(lunch.start.timestamp())).time() == time(14, 30)
    _no_errors(slots, proposal, facts)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", ["«Ужин» не запланирован (Группа 1, 11 мая)", "«Обед» (оставлен)"]),
        ("kk", ["«Кешкі ас» жоспарланбады (Группа 1, 11 мамыр)", "«Түскі ас» (қалдырылды)"]),
    ],
)
def test_the_meal_that_took_the_gap_is_named_in_the_users_language(language: str, words: list[str]) -> None:
    facts = _facts(PlanningRules(grid=5, lunch=LATE_LUNCH, dinner=EARLY_DINNER))
    slots = [_pinned(1, 1, DAY1, "09:00", "14:30", "Talks"), _pinned(2, 2, DAY1, "16:00", "18:00", "Signing")]
    proposal = plan_slots(slots, facts, time_limit_s=0.3, language=language)
    assert len(proposal.notes) == 1
    for word in words:
        assert word in proposal.notes[0]


def _no_gap_for_group_1(facts: VisitFacts) -> list[Slot]:
    # 65 minutes between the talks and the signing hold the 60-minute lunch but not the 20-minute drive
    return [
        _pinned(1, 1, DAY1, "11:30", "12:40", "Talks"),
        _pinned(2, 2, DAY1, "13:45", "14:40", "Signing"),
        *visits({s: facts.sites[s] for s in range(3, 9)}, lambda s: 1 + s % 2, minutes=40),
    ]


def test_when_only_the_search_finds_a_lunch_has_no_room_no_other_group_or_day_loses_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the check before the search made blind: every meal goes to the solver, which must find out
    monkeypatch.setattr(_Builder, "meals_that_fit", lambda self, k, meals: list(meals))
    facts = _facts(PlanningRules(grid=5, lunch=LUNCH))
    slots = _no_gap_for_group_1(facts)
    proposal = plan_slots(slots, facts, time_limit_s=0.5)
    assert _meals(facts, proposal) == {
        ("Lunch break", (2,), DAY1),
        ("Lunch break", (1,), DAY2),
        ("Lunch break", (2,), DAY2),
    }
    assert proposal.notes == [
        "Lunch break left out for Группа 1 on 11 May: no 60-minute gap between 12:00 and 14:30 around "
        "“Talks” 11:30–12:40, “Signing” 13:45–14:40 and the drives between them"
    ]
    _no_errors(slots, proposal, facts)


def test_the_solver_drops_only_the_pauses_that_do_not_fit() -> None:
    # vehicle 0: 50 minutes between two fixed stops 20 minutes apart hold one 30-minute pause, not
    # two; vehicle 1 has the whole day for its own pause
    line = [[abs(a - b) * 10 if a and b else 0 for b in range(4)] for a in range(4)]
    stops = [
        Stop("first", 1, 60, ((0, 0),), vehicles=(0,)),
        Stop("lunch", 0, 30, ((60, 80),), penalty=10**6, vehicles=(0,), pause=True),
        Stop("dinner", 0, 30, ((70, 90),), penalty=10**6, vehicles=(0,), pause=True),
        Stop("second", 3, 30, ((110, 110),), vehicles=(0,)),
        Stop("other lunch", 0, 30, ((60, 80),), penalty=10**6, vehicles=(1,), pause=True),
        Stop("other visit", 2, 30, ((0, 200),), penalty=10**5, vehicles=(1,)),
    ]
    vehicles = [Vehicle("v0", (0, 300)), Vehicle("v1", (0, 300))]
    solution = solve(RoutingProblem(stops, vehicles, matrix=line, time_limit_s=0.2))
    assert solution.feasible and solution.dropped == ["dinner"]
    assert [v.key for v in solution.routes[0]] == ["first", "lunch", "second"]
    assert "other lunch" in [v.key for v in solution.routes[1]]


def test_the_day_budget_does_not_count_a_meal_the_plan_left_out() -> None:
    facts = budget._facts()  # one day, arrival 10:00, departure 17:00, lunch 13:00–14:30 for 60 min
    slots = [
        budget._visit(1, budget.HALL, "11:00", "13:00", kind="meeting", pinned=True),  # the talks
        # a pinned visit 13:30–14:30, 10 minutes away: the lunch fits neither before nor after it
        budget._visit(2, budget.PORT, "13:30", "14:30", kind="meeting", pinned=True),
        budget._visit(3, budget.THEATRE, "17:00", "17:45"),  # open from 16:30: it cannot fit
    ]
    with pytest.raises(UnplacedError) as caught:
        plan_slots(slots, facts, time_limit_s=0.5, allow_day_moves=False)
    explanation = caught.value.explanation
    assert explanation is not None
    (day,) = explanation.days
    # the window 540, less 60 before the arrival, 60 after the departure, 180 of fixed items; no lunch
    assert (day.window, day.before_arrival, day.after_departure, day.fixed, day.meals, day.free) == (
        540,
        60,
        60,
        180,
        0,
        240,
    )
    assert day.meals_left == ("Lunch break",)
    assert "less 180 min of fixed items, 60 min before the arrival" in day.sentence
    assert "min of meals" not in day.sentence
    assert "; Lunch break left out of the plan" in day.sentence
    assert explanation.as_dict()["days"][0]["meals_left_out"] == ["Lunch break"]
    # the theatre is blocked by the departure, not by a lunch that is not there
    assert [s.reason for s in explanation.sites] == ["departure"]


@pytest.mark.parametrize(
    ("language", "words"), [("ru", "«Обед» не включён в план"), ("kk", "«Түскі ас» жоспарға енгізілмеді")]
)
def test_the_meal_left_out_of_the_budget_is_said_in_the_users_language(language: str, words: str) -> None:
    facts = budget._facts()
    slots = [
        budget._visit(1, budget.HALL, "11:00", "13:00", kind="meeting", pinned=True),
        budget._visit(2, budget.PORT, "13:30", "14:30", kind="meeting", pinned=True),
        budget._visit(3, budget.THEATRE, "17:00", "17:45"),
    ]
    with pytest.raises(UnplacedError) as caught:
        plan_slots(slots, facts, time_limit_s=0.5, allow_day_moves=False, language=language)
    assert caught.value.explanation is not None
    assert words in caught.value.explanation.days[0].sentence
