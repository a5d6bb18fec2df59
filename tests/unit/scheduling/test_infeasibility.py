"""Why required sites do not fit (issue 11, item 8): each group's budget per day and what blocks
each site left out, on a constructed one-day visit where every number can be counted by hand."""

from __future__ import annotations

import json
from datetime import time

import pytest

from planner.scheduling.facts import SiteFacts, Slot, VisitFacts
from planner.scheduling.infeasibility import explain_infeasibility
from planner.scheduling.planner import UnplacedError, plan_slots
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays
from planner.scheduling.to_place import EntryToPlace
from tests.unit.scheduling.helpers import DAY1, at, make_facts, slot

AIRPORT, HALL, MARKET, THEATRE, LIBRARY, MUSEUM, PORT, PLANT, SHIPYARD = range(1, 10)
NAMES = {
    AIRPORT: "Airport",
    HALL: "Akimat",
    MARKET: "Morning market",
    THEATRE: "Theatre",
    LIBRARY: "Library",
    MUSEUM: "Museum",
    PORT: "Port",
    PLANT: "Plant",
    SHIPYARD: "Shipyard",
}
HOURS = {
    MARKET: "Mo-Su 08:00-10:30",  # closes half an hour after the arrival
    THEATRE: "Mo-Su 16:30-20:00",  # opens half an hour before the departure
    LIBRARY: "Mo-Su 10:30-13:30",  # open while the talks are on
    MUSEUM: "Mo-Su 13:00-14:30",  # open only in the lunch window
}
PEOPLE, GROUP = {1, 2}, {1}


def _facts() -> VisitFacts:
    """One day, 09:00–18:00; arrival at the airport at 10:00, departure from it at 17:00; lunch
    13:00–14:30 for 60 min; every transfer 10 min."""
    sites = {i: SiteFacts(i, name, HOURS.get(i, ""), 45, None) for i, name in NAMES.items()}
    overrides = {(a, b): 10 for a in NAMES for b in NAMES if a < b}
    facts = make_facts(sites, end=DAY1, overrides=overrides, groups={1: frozenset(PEOPLE)})
    facts.rules = PlanningRules(grid=5, lunch=MealRule(time(13, 0), time(14, 30), 60))
    facts.stays = Stays(Stay(Bound(at(DAY1, "10:00"), AIRPORT), Bound(at(DAY1, "17:00"), AIRPORT)))
    return facts


def _visit(item_id: int, site: int, start: str, end: str, **kw: object) -> Slot:
    return slot(
        item_id,
        at(DAY1, start),
        at(DAY1, end),
        site_id=site,
        people=PEOPLE,
        groups=GROUP,
        title=NAMES[site],
        **kw,  # type: ignore[arg-type]
    )


def _slots() -> list[Slot]:
    return [
        _visit(1, HALL, "11:00", "13:00", kind="meeting", pinned=True),  # the talks
        _visit(2, MARKET, "09:00", "09:30"),
        _visit(3, THEATRE, "17:00", "17:45"),
        _visit(4, LIBRARY, "15:00", "16:00"),
        _visit(5, MUSEUM, "15:00", "16:00", required=False, priority=1),
        _visit(6, PORT, "14:00", "16:00"),
        _visit(7, PLANT, "15:00", "16:00"),
        _visit(8, SHIPYARD, "16:00", "17:00"),
    ]


def test_required_sites_that_do_not_fit_get_the_day_budget_and_what_blocks_each() -> None:
    with pytest.raises(UnplacedError) as caught:
        plan_slots(_slots(), _facts(), time_limit_s=1.0, allow_day_moves=False)
    error = caught.value
    # the four required sites that stay out, each named with what blocks it
    assert [p.where for p in error.problems] == ["item 2", "item 3", "item 4", "item 6"]
    explanation = error.explanation
    assert explanation is not None
    reasons = {s.title: s.reason for s in explanation.sites}
    assert reasons == {
        "Morning market": "arrival",  # open until 10:30, reachable from 10:10: 20 of its 30 min
        "Theatre": "departure",  # open from 16:30, must leave by 16:50
        "Library": "fixed",  # open 10:30–13:30, the talks 11:00–13:00 and the drives take it
        "Museum": "meal",  # open 13:00–14:30, the only time the lunch can be
        "Port": "no_time",  # 120 min: the afternoon went to the plant and the shipyard
    }
    why = {s.title: s.why for s in explanation.sites}
    assert "arrival at 10:00" in why["Morning market"] and "from 10:10" in why["Morning market"]
    assert "departure at 17:00" in why["Theatre"] and "until 16:50" in why["Theatre"]
    assert "“Akimat” 11:00–13:00" in why["Library"]
    assert "Lunch break" in why["Museum"] and "13:00–14:30" in why["Museum"]
    assert "“Plant”" in why["Port"] and "“Shipyard”" in why["Port"]
    assert all(why[NAMES[s]] in str(error) for s in (MARKET, THEATRE, LIBRARY, PORT))
    assert [s.required for s in explanation.sites] == [True, True, True, False, True]

    (day,) = explanation.days
    assert day.day == DAY1 and day.group_id == 1
    # the window 540, less 60 before the arrival, 60 after the departure, 120 of talks, 60 of lunch
    assert (day.window, day.before_arrival, day.after_departure, day.fixed, day.meals, day.free) == (
        540,
        60,
        60,
        120,
        60,
        240,
    )
    # visits: plant 60 + shipyard 60 placed; market 30, theatre 45, library 60, museum 60, port 120 left
    # out (they can only go on this day); drives: airport, talks, the two sites, airport (4 x 10) and
    # 10 min to reach each site left out
    assert (day.visits, day.drives, day.needed, day.short) == (435, 90, 525, 285)
    assert (explanation.needed, explanation.free, explanation.short) == (525, 240, 285)
    assert "525 min needed (435 min of visits, 90 min of drives) against 240 min free" in day.sentence
    assert "short by 285 min" in day.sentence
    assert explanation.summary.startswith("In all 525 min of visits and drives are needed and 240 min")
    assert json.loads(json.dumps(explanation.as_dict(), default=str))["days"][0]["free_minutes"] == 240


@pytest.mark.parametrize(
    ("language", "words"),
    [("ru", ("только до прибытия", "не хватает 285 мин")), ("kk", ("тек келуге дейін", "285 мин жетпейді"))],
)
def test_the_explanation_is_in_the_users_language(language: str, words: tuple[str, str]) -> None:
    with pytest.raises(UnplacedError) as caught:
        plan_slots(_slots(), _facts(), time_limit_s=1.0, allow_day_moves=False, language=language)
    explanation = caught.value.explanation
    assert explanation is not None
    assert words[0] in explanation.sites[0].why
    assert words[1] in explanation.days[0].sentence
    assert "min needed" not in explanation.days[0].sentence


def test_enough_minutes_in_all_but_the_hours_fall_on_the_talks() -> None:
    slots = [s for s in _slots() if s.id in (1, 4)]  # the talks and the library alone
    with pytest.raises(UnplacedError) as caught:
        plan_slots(slots, _facts(), time_limit_s=0.5)
    explanation = caught.value.explanation
    assert explanation is not None
    assert [(s.title, s.reason) for s in explanation.sites] == [("Library", "fixed")]
    # 60 min of library and 10 to reach it, 20 of drives to and from the talks: far less than is free
    assert (explanation.needed, explanation.free) == (90, 240)
    assert "but the free time is cut into pieces" in explanation.summary


def test_a_required_site_from_the_list_that_does_not_fit_stays_on_it_with_the_explanation() -> None:
    slots = [s for s in _slots() if s.id == 1]
    entries = [EntryToPlace(30, THEATRE, "Theatre", 45, required=True)]
    proposal = plan_slots(slots, _facts(), time_limit_s=0.5, to_place=entries, allow_day_moves=False)
    assert [e.entry_id for e in proposal.left] == [30]
    assert proposal.infeasibility is not None
    (site,) = proposal.infeasibility.sites
    assert (site.entry_id, site.reason) == (30, "departure")
    assert proposal.as_dict()["infeasibility"]["sites"][0]["reason"] == "departure"


def test_explain_without_a_plan_counts_the_fixed_items_only() -> None:
    explanation = explain_infeasibility(_slots(), _facts(), left_items=[6], language="en")
    (day,) = explanation.days
    # no plan: only the port left out takes time, 120 min and the 10 min to reach it
    assert (day.free, day.visits, day.drives) == (240, 120, 20 + 10)
