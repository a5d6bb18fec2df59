"""What every plan must keep, whatever the visit (issue 11): the check finds no error in it, pinned items
stay, every site visit and every site on the list is either placed or kept (never lost), and every time
the plan sets lies on the visit's grid — with a boarding allowance, a lunch rule and sites to place."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import SiteFacts, Slot, VisitFacts
from planner.scheduling.lanes import lane_travel, lanes_of
from planner.scheduling.planner import UnplacedError, apply_to_slots, plan_slots
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays
from planner.scheduling.to_place import EntryToPlace, slot_id
from planner.scheduling.travel import Boarding, TravelSettings, TravelTimes
from tests.unit.scheduling.helpers import DAY1, at, make_facts, slot
from tests.unit.scheduling.test_planner import GROUPS, PEOPLE, visits_with_pins

Case = tuple[list[Slot], dict[int, SiteFacts]]


def _facts(sites: dict[int, SiteFacts], grid: int, boarding: int, lunch: bool) -> VisitFacts:
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    travel = TravelTimes({s.id: s.coords for s in sites.values()}, None, TravelSettings(), Boarding(boarding))
    rule = MealRule(time(12, 0), time(14, 30), 45) if lunch else None
    return replace(facts, travel=travel, rules=PlanningRules(grid=grid, lunch=rule))


# hours of sites only the list names: closed on DAY1 (a Thursday), closed on DAY2 (a Friday), or open
LISTED_HOURS = ["Fr-Su 10:00-18:00", "Mo-Th 09:00-17:00", ""]


def _open_days(hours: str) -> set[str]:
    first, last = hours.split()[0].split("-")
    week = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    return set(week[week.index(first) : week.index(last) + 1])


def _on_grid(facts: VisitFacts, stamp: int, grid: int) -> bool:
    local = facts.local(stamp)
    return local.second == 0 and (local.hour * 60 + local.minute) % grid == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    visits_with_pins(),
    st.sampled_from([1, 5, 10, 15]),
    st.sampled_from([0, 5]),
    st.booleans(),
    st.integers(0, 3),
    st.sampled_from([None, "11:00", "15:00"]),
    st.sampled_from([None, "13:30", "14:50"]),
    st.lists(st.sampled_from(LISTED_HOURS), min_size=0, max_size=3),
    st.booleans(),
    st.sampled_from([None, "10:00", "12:00"]),
)
def test_every_plan_keeps_the_rules_and_loses_no_site(
    case: Case,
    grid: int,
    boarding: int,
    lunch: bool,
    listed: int,
    press: str | None,
    talks: str | None,
    only_listed: list[str],
    day_moves: bool,
    late: str | None,
) -> None:
    slots, sites = case
    # sites only the list names, some closed on one of the two days (as a museum on Mondays); the
    # facts know them as the services' loader does, and the plan must keep their hours and drives
    sites = dict(sites)
    for n, hours in enumerate(only_listed):
        sites[300 + n] = SiteFacts(300 + n, f"Музей {n}", hours, 45, (47.085 + n * 0.012, 51.905 - n * 0.01))
    if press is not None:
        # a pinned press point with no site ("in the hotel"): held where the group is, so the drive
        # between the sites before and after it must fit around it too
        start = at(DAY1, press)
        press_point = slot(
            50, start, start + 1800, people=GROUPS[1], groups={1}, kind="press", pinned=True, title="Подход"
        )
        slots = [*slots, press_point]
    if talks is not None:
        # pinned talks from 11:30 at a site: until 13:30 they leave an hour for the 45-minute lunch,
        # until 14:50 none (the lunch is then left out and named, never planned "anywhere")
        site_id = next(iter(sites))
        talks_item = slot(
            51, at(DAY1, "11:30"), at(DAY1, talks), site_id=site_id, people=GROUPS[1], groups={1},
            kind="meeting", pinned=True, title="Переговоры",
        )  # fmt: skip
        # pinned items in the hour before are left out: they would leave the talks no time to get there
        before = talks_item.start - 3600
        slots = [s for s in slots if not (s.pinned and s.start < talks_item.end and s.end > before)]
        slots = [*slots, talks_item]
    facts = _facts(sites, grid, boarding, lunch)
    if late is not None:
        # the delegation is there from 09:00; one member of group 1 lands later at the first site's place
        # and joins the group's items from the first they can reach (pinned ones before it too)
        first = next(iter(sites))
        stays = Stays(Stay(Bound(at(DAY1, "09:00"))), people={2: Stay(Bound(at(DAY1, late), first))})
        facts = replace(facts, stays=stays)
    site_ids = list(sites)
    entries = [
        EntryToPlace(900 + n, site_ids[(n + 1) % len(site_ids)], f"Объект из списка {n}", 30, priority=1)
        for n in range(listed)
        if site_ids[(n + 1) % len(site_ids)] < 300
    ]
    entries += [
        EntryToPlace(
            950 + n, 300 + n, f"Музей {n}", 45, required=n == 0, priority=1, groups=frozenset({1 + n % 2})
        )
        for n in range(len(only_listed))
    ]
    try:
        proposal = plan_slots(
            slots, facts, time_limit_s=0.1, local_search=False, to_place=entries, allow_day_moves=day_moves
        )
    except UnplacedError:
        return  # a random visit may leave a required site no room; told apart in its own tests
    after = apply_to_slots(slots, proposal, facts)

    assert [c.message for c in check_slots(after, facts) if c.severity == "error"] == []
    if lunch and talks == "14:50":
        assert not [
            a
            for a in proposal.added
            if 1 in a.groups and facts.local(int(a.start.timestamp())).date() == DAY1
        ]
        assert any("Группа 1 on 11 May" in note and "“Переговоры”" in note for note in proposal.notes)
    pinned = {s.id: (s.start, s.end) for s in slots if s.pinned}
    assert {s.id: (s.start, s.end) for s in after if s.pinned} == pinned

    # nothing is lost: a movable visit is on the programme or dropped (back to the list), never both
    on_programme = {s.id for s in after}
    dropped = {d.item_id for d in proposal.dropped}
    for s in slots:
        assert (s.id in on_programme) != (s.id in dropped), s.title
    # and a listed site is placed or stays on the list, exactly one of the two
    placed = {p.entry_id for p in proposal.placed}
    left = {e.entry_id for e in proposal.left}
    assert placed | left == {e.id for e in entries} and not placed & left
    assert {slot_id(e) for e in placed} <= on_programme
    # a site the list names is placed only while it is open (the check's own hours rule says so too)
    for p in proposal.placed:
        hours = sites[p.site_id].opening_hours
        if hours:
            day = facts.local(int(p.new_start.timestamp())).date()
            assert day.strftime("%a")[:2] in _open_days(hours), (p.title, day, hours)
    # the road time stated is that of the plan applied, every drive counted
    assert proposal.travel_minutes == lane_travel(after, lanes_of(facts, after), facts)

    # every time the plan sets is on the grid: moves, placed sites, added meals
    stamps = [int(t.timestamp()) for m in proposal.moves for t in (m.new_start, m.new_end)]
    stamps += [int(t.timestamp()) for p in proposal.placed for t in (p.new_start, p.new_end)]
    stamps += [int(t.timestamp()) for a in proposal.added for t in (a.start, a.end)]
    assert all(_on_grid(facts, stamp, grid) for stamp in stamps)
