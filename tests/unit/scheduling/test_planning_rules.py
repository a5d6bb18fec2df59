"""The visit's planning rules in the engine: the time grid, boarding, the stay and meals."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from itertools import pairwise

import pytest

from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import CheckSettings
from planner.scheduling.planner import apply_to_slots, plan_slots
from planner.scheduling.presence import settle
from planner.scheduling.repair import repair_slots
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays
from planner.scheduling.travel import Boarding, TravelTimes
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, slot
from tests.unit.scheduling.test_planner import GROUPS, PEOPLE, city, lunches, visits


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


# ---------------------------------------------------------------- arrival and departure


def _stay_facts(**kw):
    sites = city(8)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    stays = Stays(
        visit=Stay(Bound(at(DAY1, "09:00"), 1), Bound(at(DAY2, "16:00"), 1)),
        **kw,
    )
    return replace(facts, stays=stays), sites


def _stay_findings(slots, facts):
    return [c for c in check_slots(slots, facts) if c.rule == "outside_stay"]


def test_check_reports_items_before_the_arrival_and_after_the_departure() -> None:
    facts, _ = _stay_facts()
    drive = facts.travel.minutes(1, 8)
    assert drive and drive > 1
    early = slot(1, at(DAY1, "08:30"), at(DAY1, "09:30"), site_id=1, people=GROUPS[1], groups={1})
    # at another site: the drive from the border crossing counts
    too_soon = slot(2, at(DAY1, "09:00") + 60, at(DAY1, "10:30"), site_id=8, people=GROUPS[2], groups={2})
    fine = slot(3, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=8, people=GROUPS[1], groups={1})
    late = slot(4, at(DAY2, "15:30"), at(DAY2, "16:30"), site_id=1, people=GROUPS[1], groups={1})
    just_in_time = slot(
        5, at(DAY2, "14:00"), at(DAY2, "16:00") - drive * 60, site_id=8, people=GROUPS[2], groups={2}
    )
    found = _stay_findings([early, too_soon, fine, late, just_in_time], facts)
    assert [c.item_ids for c in found] == [(1,), (2,), (4,)]
    assert all(c.severity == "error" for c in found)
    assert "arrival at Объект 1 at 11 May 09:00" in found[0].message
    assert f"from {facts.clock(at(DAY1, '09:00') + drive * 60)} at the earliest" in found[1].message
    assert "departure from Объект 1 at 12 May 16:00" in found[2].message


def test_an_arrival_item_is_the_bound_when_none_is_set_and_its_own_time_is_fine() -> None:
    facts, _ = _stay_facts()
    facts = replace(facts, stays=Stays())
    arrival = slot(1, at(DAY1, "11:00"), at(DAY1, "11:30"), site_id=1, kind="arrival", pinned=True)
    before = slot(2, at(DAY1, "09:30"), at(DAY1, "10:30"), site_id=2, people=GROUPS[1], groups={1})
    after = slot(3, at(DAY1, "12:00"), at(DAY1, "13:00"), site_id=2, people=GROUPS[1], groups={1})
    departure = slot(4, at(DAY2, "12:00"), at(DAY2, "12:30"), site_id=1, kind="departure", pinned=True)
    last = slot(5, at(DAY2, "13:00"), at(DAY2, "14:00"), site_id=1, people=GROUPS[2], groups={2})
    found = _stay_findings([arrival, before, after, departure, last], facts)
    assert [c.item_ids for c in found] == [(2,), (5,)]
    assert _stay_findings([before, after, last], facts) == []


def test_a_latecomer_named_on_an_item_before_their_arrival_is_reported() -> None:
    facts, _ = _stay_facts(people={3: Stay(Bound(at(DAY1, "14:00"), 1))})
    talks = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={3, 4}, groups={2})
    talks.listed = frozenset({3})  # named on the talks besides their group
    other = slot(2, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={1, 2}, groups={1})
    found = _stay_findings([talks, other], facts)
    assert [c.item_ids for c in found] == [(1,)]
    assert found[0].participant_ids == (3,)
    assert "Анна Петрова" in found[0].message


def test_an_item_that_lists_the_groups_every_member_is_the_groups() -> None:
    """A programme that names a group's every member besides ticking the group (as the sample's does)
    says only "the group": its late member joins later there too; named on their own, they count."""
    facts, _ = _stay_facts(people={3: Stay(Bound(at(DAY1, "14:00"), 1))})
    whole = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={3, 4}, groups={2})
    whole.listed = frozenset({3, 4})
    assert _stay_findings([whole], facts) == []
    assert settle([whole], facts)[0].people == {4}


def test_a_latecomer_joins_the_group_at_the_first_item_they_can_reach() -> None:
    """#11: a member arriving at 14:00 at the border crossing (site 1) bound the group's whole plan;
    now the group's items before it go on without them, and they are at those they can reach."""
    facts, _ = _stay_facts(people={3: Stay(Bound(at(DAY1, "14:00"), 1))})
    drive = facts.travel.minutes(1, 2)
    assert drive and drive > 1
    morning = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={3, 4}, groups={2})
    too_soon = slot(2, at(DAY1, "14:00") + 60, at(DAY1, "14:45"), site_id=2, people={3, 4}, groups={2})
    reached = slot(
        3, at(DAY1, "14:00") + (drive + 1) * 60, at(DAY1, "16:00"), site_id=2, people={3, 4}, groups={2}
    )
    assert _stay_findings([morning, too_soon, reached], facts) == []
    there = {s.id: s.people for s in settle([morning, too_soon, reached], facts)}
    assert there == {1: {4}, 2: {4}, 3: {3, 4}}
    # the group is checked for the morning without them: its own stay (the visit's) still binds it
    early = slot(4, at(DAY1, "08:00"), at(DAY1, "08:30"), site_id=2, people={3, 4}, groups={2})
    assert [c.item_ids for c in _stay_findings([early], facts)] == [(4,)]


def test_the_stay_rule_is_written_in_russian_and_kazakh() -> None:
    facts, _ = _stay_facts()
    early = slot(1, at(DAY1, "08:30"), at(DAY1, "09:30"), site_id=1, people=GROUPS[1], groups={1})
    for language, word in (("ru", "прибытие"), ("kk", "келу")):
        found = check_slots([early], facts, CheckSettings(language=language))
        assert [c.rule for c in found if word in c.message] == ["outside_stay"]


def test_plan_keeps_every_group_inside_its_stay() -> None:
    # the delegation crosses the border (site 1) at 11:00 on day 1 and leaves from it at 14:00 on day 2;
    # group 2 has its own, later arrival
    facts, sites = _stay_facts(groups={2: Stay(Bound(at(DAY1, "13:00"), 1))})
    facts = replace(
        facts,
        stays=replace(facts.stays, visit=Stay(Bound(at(DAY1, "11:00"), 1), Bound(at(DAY2, "14:00"), 1))),
    )
    slots = visits(list(sites)[1:], lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == []
    assert proposal.errors_after == []
    after = apply_to_slots(slots, proposal, facts)
    for s in after:
        arrival = at(DAY1, "13:00") if s.groups == {2} else at(DAY1, "11:00")
        assert s.start >= arrival + facts.travel.minutes(1, s.site_id) * 60
        assert s.end + facts.travel.minutes(s.site_id, 1) * 60 <= at(DAY2, "14:00")
    assert _stay_findings(after, facts) == []


def test_plan_fills_a_groups_morning_without_the_member_who_comes_at_noon() -> None:
    """#11: the group was planned from its last member's arrival, its morning left empty."""
    facts, sites = _stay_facts(people={3: Stay(Bound(at(DAY1, "13:00"), 1))})
    slots = visits(list(sites)[1:], lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == [] and proposal.errors_after == []
    after = settle(apply_to_slots(slots, proposal, facts), facts)
    morning = [s for s in after if s.groups == {2} and s.start < at(DAY1, "13:00")]
    assert morning, "group 2 sees sites on the first morning"
    assert all(s.people == {4} for s in morning)
    joined = [s for s in after if s.groups == {2} and 3 in s.people]
    assert joined and all(
        s.start >= at(DAY1, "13:00") + facts.travel.minutes(1, s.site_id) * 60 for s in joined
    )
    assert _stay_findings(after, facts) == []


def test_plan_reads_arrival_and_departure_items_as_the_stay() -> None:
    facts, sites = _stay_facts()
    facts = replace(facts, stays=Stays())
    arrival = slot(1, at(DAY1, "12:00"), at(DAY1, "12:30"), site_id=1, kind="arrival", pinned=True)
    departure = slot(2, at(DAY2, "11:00"), at(DAY2, "11:30"), site_id=1, kind="departure", pinned=True)
    slots = [arrival, departure, *visits(list(sites)[1:], lambda s: 1 + s % 2, minutes=30)]
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == [] and proposal.errors_after == []
    for s in apply_to_slots(slots, proposal, facts)[2:]:
        assert at(DAY1, "12:00") < s.start and s.end < at(DAY2, "11:00")


# ---------------------------------------------------------------- meals

LUNCH = MealRule(time(12, 0), time(14, 30), 60)


def _meal_facts(**rules):
    sites = city(12)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    return replace(facts, rules=PlanningRules(grid=5, **rules)), sites


def _meal_days(proposal, facts) -> list[tuple[int, object, str]]:
    """Each meal the plan adds as (group, day, title), once for each group it is for."""
    return [
        (g, facts.local(int(a.start.timestamp())).date(), a.title) for a in proposal.added for g in a.groups
    ]


def test_plan_adds_a_lunch_break_in_each_groups_day_inside_the_window() -> None:
    facts, sites = _meal_facts(lunch=LUNCH)
    slots = visits(list(sites), lambda s: 1 + s % 2, minutes=45)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == [] and proposal.errors_after == []
    # each group once a day (two groups that lunch at the same time share one item)
    assert sorted(_meal_days(proposal, facts)) == [
        (g, d, "Lunch break") for g in (1, 2) for d in (DAY1, DAY2)
    ]
    for added in proposal.added:
        start, end = (facts.local(int(t.timestamp())) for t in (added.start, added.end))
        assert (added.kind, added.title) == ("meal", "Lunch break")
        assert time(12, 0) <= start.time() and end.time() <= time(14, 30)
        assert end - start == timedelta(minutes=60) and start.minute % 5 == 0
    after = apply_to_slots(slots, proposal, facts)
    assert [c for c in check_slots(after, facts) if c.rule == "no_meal_break"] == []


def test_a_pinned_meal_is_that_days_lunch() -> None:
    facts, sites = _meal_facts(lunch=LUNCH)
    slots = lunches(1) + visits(list(sites)[1:], lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.added == []


def test_lunch_at_the_restaurant_and_dinner_when_set() -> None:
    dinner = MealRule(time(17, 0), time(18, 0), 45, name="dinner")
    facts, sites = _meal_facts(lunch=replace(LUNCH, site_id=3), dinner=dinner)
    slots = visits([s for s in sites if s != 3], lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3, language="ru")
    assert proposal.errors_after == []
    titles = sorted({(a.title, a.site_id) for a in proposal.added})
    assert titles == [("Обед", 3), ("Ужин", None)]
    # two groups, two days, two meals
    assert sorted(_meal_days(proposal, facts)) == sorted(
        (g, d, meal) for g in (1, 2) for d in (DAY1, DAY2) for meal in ("Обед", "Ужин")
    )


def test_the_checks_meal_rule_uses_the_visits_lunch_settings() -> None:
    facts, _ = _meal_facts()
    day = [
        slot(1, at(DAY1, "09:00"), at(DAY1, "12:00"), site_id=1, people=GROUPS[1], groups={1}),
        slot(2, at(DAY1, "12:45"), at(DAY1, "18:00"), site_id=1, people=GROUPS[1], groups={1}),
    ]
    # the engine's own default: a 40-minute break between 11:30 and 15:30 is enough
    assert [c for c in check_slots(day, facts) if c.rule == "no_meal_break"] == []
    with_lunch = replace(facts, rules=PlanningRules(lunch=LUNCH))
    found = [c for c in check_slots(day, with_lunch) if c.rule == "no_meal_break"]
    assert len(found) == 1 and "60 min between 12:00 and 14:30" in found[0].message


def test_groups_that_lunch_at_the_same_time_have_one_lunch_item() -> None:
    # the window is as long as the meal: every group lunches 12:00-13:00, each day
    facts, sites = _meal_facts(lunch=MealRule(time(12, 0), time(13, 0), 60))
    slots = visits(list(sites), lambda s: 1 + s % 2, minutes=45)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == [] and proposal.errors_after == []
    days = sorted(facts.local(int(a.start.timestamp())).date() for a in proposal.added)
    assert days == [DAY1, DAY2]  # one lunch a day, not one per group
    assert {(a.title, a.groups, a.attendees) for a in proposal.added} == {("Lunch break", (1, 2), ())}
    after = apply_to_slots(slots, proposal, facts)
    meals = [s for s in after if s.kind == "meal"]
    assert [s.people for s in meals] == [GROUPS[1] | GROUPS[2]] * 2
    found = check_slots(after, facts)
    assert [c.message for c in found if c.severity == "error" or c.rule == "no_meal_break"] == []


def test_groups_that_lunch_at_different_times_keep_their_own_lunch() -> None:
    facts, sites = _meal_facts(lunch=MealRule(time(12, 0), time(14, 0), 60))
    # on day 1 group 1 is at talks 12:00-13:00 and group 2 13:00-14:00: each lunches when the other talks
    talks = [
        slot(1, at(DAY1, "12:00"), at(DAY1, "13:00"), site_id=1, people=GROUPS[1], groups={1}, pinned=True),
        slot(2, at(DAY1, "13:00"), at(DAY1, "14:00"), site_id=1, people=GROUPS[2], groups={2}, pinned=True),
    ]
    slots = talks + visits(list(sites)[1:], lambda s: 1 + s % 2, minutes=40)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.errors_after == []
    first = [a for a in proposal.added if facts.local(int(a.start.timestamp())).date() == DAY1]
    assert sorted((a.groups, facts.clock(int(a.start.timestamp()))) for a in first) == [
        ((1,), facts.clock(at(DAY1, "13:00"))),
        ((2,), facts.clock(at(DAY1, "12:00"))),
    ]


def test_plan_gives_each_party_its_own_time_to_board() -> None:
    """More time to board above 3 people: the 2-person group's pinned items 'drive + 5 min' apart pass the
    check; the planner gave every drive the time of the largest party (all 4, at the signing) and found
    no plan at all."""
    facts, _ = _boarding_facts(5, 10, 3)
    drive = facts.travel.minutes(1, 2)
    assert drive is not None
    first = slot(
        1, at(DAY1, "10:00"), at(DAY1, "10:30"), site_id=1, people=GROUPS[1], groups={1}, pinned=True
    )
    start = at(DAY1, "10:30") + (drive + 5) * 60
    second = slot(2, start, start + 1800, site_id=2, people=GROUPS[1], groups={1}, pinned=True)
    everyone = GROUPS[1] | GROUPS[2]
    signing = slot(
        3, at(DAY2, "15:00"), at(DAY2, "16:00"), site_id=3, people=everyone, groups={1, 2}, pinned=True
    )
    visit = slot(4, at(DAY1, "09:00"), at(DAY1, "09:45"), site_id=4, people=GROUPS[1], groups={1})
    slots = [first, second, signing, visit]
    assert [c for c in check_slots([first, second, signing], facts) if c.severity == "error"] == []
    proposal = plan_slots(slots, facts, time_limit_s=0.5)
    after = apply_to_slots(slots, proposal, facts)
    assert [c.message for c in check_slots(after, facts) if c.severity == "error"] == []
    assert not proposal.dropped
