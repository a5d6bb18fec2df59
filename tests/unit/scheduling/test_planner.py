from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import ValidationError
from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import SiteFacts, Slot
from planner.scheduling.planner import UnplacedError, apply_to_slots, drop_penalty, plan_slots
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, slot

GROUPS = {1: frozenset({1, 2}), 2: frozenset({3, 4})}
PEOPLE = {1: "Игорь Бабушкин", 2: "Ерлан Сатыбалдиев", 3: "Анна Петрова", 4: "Марат Исаев"}


def city(count: int, hours: str = "") -> dict[int, SiteFacts]:
    return {
        n: SiteFacts(
            n,
            f"Объект {n}",
            hours if n % 3 == 0 else "",
            45,
            (47.08 + (n % 5) * 0.01, 51.88 + (n // 5) * 0.01),
        )
        for n in range(1, count + 1)
    }


def visits(
    sites: dict[int, SiteFacts], group_of, *, minutes: int = 40, first_id: int = 100, **kw
) -> list[Slot]:
    # every site visit starts out piled up at 09:00 of day 1; the planner must spread them out
    return [
        slot(
            first_id + n,
            at(DAY1, "09:00"),
            at(DAY1, "09:00") + minutes * 60,
            site_id=s,
            people=GROUPS[group_of(s)],
            groups={group_of(s)},
            **kw,
        )
        for n, s in enumerate(sites)
    ]


def lunches(site_id: int) -> list[Slot]:
    return [
        slot(
            n,
            at(day, "13:00"),
            at(day, "14:00"),
            site_id=site_id,
            people={1, 2, 3, 4},
            groups={1, 2},
            kind="meal",
            pinned=True,
            title="Обед",
        )
        for n, day in ((1, DAY1), (2, DAY2))
    ]


def test_plan_places_every_site_with_no_error_and_pinned_items_stay() -> None:
    sites = city(16, "Mo-Fr 09:00-13:00,14:00-18:00")
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    slots = lunches(1) + visits(list(sites)[1:], lambda s: 1 + s % 2)
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    assert proposal.dropped == []
    assert proposal.errors_after == []
    assert {m.item_id for m in proposal.moves} <= {s.id for s in slots if not s.pinned}
    after = {s.id: s for s in apply_to_slots(slots, proposal, facts)}
    assert [(after[1].start, after[1].end), (after[2].start, after[2].end)] == [
        (slots[0].start, slots[0].end),
        (slots[1].start, slots[1].end),
    ]
    assert check_slots(list(after.values()), facts) == proposal.conflicts_after


def test_lowest_priority_optional_sites_are_dropped_first_and_said_why() -> None:
    sites = city(12)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS, end=DAY1)
    # 12 visits of 90 min for one group do not fit one 09:00-18:00 day
    slots = [
        s if s.site_id <= 3 else replace(s, required=False, priority=1 if s.site_id <= 6 else 3)
        for s in visits(list(sites), lambda s: 1, minutes=90)
    ]
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    by_id = {s.id: s for s in slots}
    dropped = [by_id[d.item_id] for d in proposal.dropped]
    assert dropped and all(not s.required for s in dropped)
    low = {s.id for s in slots if s.priority == 3}
    # a most-wanted (priority 1) site goes only once every priority-3 site has gone
    if any(s.priority == 1 for s in dropped):
        assert low <= {s.id for s in dropped}
    assert any(s.priority == 3 for s in dropped)
    assert all("no room" in d.reason for d in proposal.dropped)
    assert proposal.errors_after == []


def test_the_planner_says_why_in_the_asked_language() -> None:
    sites = city(12)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS, end=DAY1)
    slots = [
        s if s.site_id <= 3 else replace(s, required=False, priority=3)
        for s in visits(list(sites), lambda s: 1, minutes=90)
    ]
    proposal = plan_slots(slots, facts, time_limit_s=0.3, language="ru")
    assert proposal.dropped
    assert {d.reason for d in proposal.dropped} == {
        "в днях группы не осталось времени между фиксированными пунктами; "
        "сначала размещены объекты с приоритетом выше 3"
    }

    closed = city(3, "Mo-Su 10:00-11:00")
    facts = make_facts(closed, people=PEOPLE, groups=GROUPS)
    optional = [replace(s, required=False, priority=2) for s in visits([3], lambda s: 1, minutes=90)]
    proposal = plan_slots(optional, facts, time_limit_s=0.2, language="kk")
    assert [d.reason for d in proposal.dropped] == [
        "«Объект 3» нысаны сапар күндерінің жұмыс уақытында 90 минутқа бір рет те ашық емес"
        " (жұмыс уақыты: Дс–Жс 10:00–11:00)"
    ]


def test_impossible_day_names_the_sites_that_cannot_be_placed() -> None:
    sites = city(3, "Mo-Su 10:00-11:00")
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    slots = visits([3], lambda s: 1, minutes=90)  # site 3 is open 1 h a day, the visit lasts 90 min
    with pytest.raises(UnplacedError) as caught:
        plan_slots(slots, facts, time_limit_s=0.2)
    assert "Объект 3 is never open for 90 min" in str(caught.value)

    facts1 = make_facts(city(12), people=PEOPLE, groups=GROUPS, end=DAY1)
    with pytest.raises(UnplacedError) as caught:
        plan_slots(visits(list(city(12)), lambda s: 1, minutes=90), facts1, time_limit_s=0.3)
    assert "could not be placed" in str(caught.value)


def test_pinned_item_outside_the_visit_is_refused() -> None:
    facts = make_facts(city(2), people=PEOPLE, groups=GROUPS)
    bad = slot(
        1,
        at(date(2023, 5, 13), "10:00"),
        at(date(2023, 5, 13), "11:00"),
        people={1},
        groups={1},
        kind="meeting",
        pinned=True,
        title="Переговоры",
    )
    with pytest.raises(ValidationError) as caught:
        plan_slots([bad], facts, time_limit_s=0.1)
    assert "pinned item «Переговоры»" in str(caught.value) and "outside the visit" in str(caught.value)


def test_groups_sharing_members_are_refused() -> None:
    facts = make_facts(city(2), people=PEOPLE, groups={1: frozenset({1, 2}), 2: frozenset({2, 3})})
    with pytest.raises(ValidationError, match="share members"):
        plan_slots([], facts, time_limit_s=0.1)


@st.composite
def visits_with_pins(draw: st.DrawFn) -> tuple[list[Slot], dict[int, SiteFacts]]:
    sites = city(draw(st.integers(3, 14)), draw(st.sampled_from(["", "Mo-Fr 09:00-13:00,14:00-18:00"])))
    slots: list[Slot] = []
    for n, day in enumerate((DAY1, DAY2)):
        if draw(st.booleans()):
            start = draw(st.sampled_from(["12:00", "13:00", "13:30"]))
            slots.append(
                slot(
                    n + 1,
                    at(day, start),
                    at(day, start) + 3600,
                    site_id=1,
                    people={1, 2, 3, 4},
                    groups={1, 2},
                    kind="meal",
                    pinned=True,
                )
            )
        if draw(st.booleans()):
            slots.append(
                slot(
                    n + 10,
                    at(day, "10:00"),
                    at(day, "11:00"),
                    site_id=2,
                    people={1},
                    kind="meeting",
                    pinned=True,
                )
            )
    for n, s in enumerate(list(sites)[2:]):
        group = draw(st.sampled_from([1, 2]))
        minutes = draw(st.sampled_from([20, 30, 45, 60]))
        slots.append(
            slot(
                100 + n,
                at(DAY1, "09:00"),
                at(DAY1, "09:00") + minutes * 60,
                site_id=s,
                people=GROUPS[group],
                groups={group},
                required=draw(st.booleans()),
                priority=draw(st.integers(1, 3)),
            )
        )
    return slots, sites


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits_with_pins())
def test_every_plan_passes_check_and_leaves_pinned_items_alone(case: tuple[list[Slot], dict]) -> None:
    slots, sites = case
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    try:
        proposal = plan_slots(slots, facts, time_limit_s=0.1, local_search=False)
    except UnplacedError:
        return  # a random visit may be impossible; that case is told apart in its own test
    after = apply_to_slots(slots, proposal, facts)
    assert [c for c in check_slots(after, facts) if c.severity == "error"] == []
    pinned_before = {s.id: (s.start, s.end) for s in slots if s.pinned}
    assert {s.id: (s.start, s.end) for s in after if s.pinned} == pinned_before
    assert {m.item_id for m in proposal.moves}.isdisjoint(pinned_before)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits_with_pins())
def test_a_plan_started_from_a_known_schedule_passes_check_and_keeps_its_sites(
    case: tuple[list[Slot], dict],
) -> None:
    slots, sites = case
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    try:
        first = plan_slots(slots, facts, time_limit_s=0.05, local_search=False)
    except UnplacedError:
        return
    known = apply_to_slots(slots, first, facts)
    # from a feasible schedule, and from the unplanned pile at 09:00 (not feasible: ignored)
    for start in (known, slots):
        proposal = plan_slots(slots, facts, time_limit_s=0.1, start_from=start)
        after = apply_to_slots(slots, proposal, facts)
        assert [c for c in check_slots(after, facts) if c.severity == "error"] == []
        assert {s.id: (s.start, s.end) for s in after if s.pinned} == {
            s.id: (s.start, s.end) for s in slots if s.pinned
        }
        if start is known:
            # the search starts from the known plan, so what it drops is never worth more (penalties
            # are multiples of 1,000 road minutes, far more than all the driving in this small city)
            def lost(p: object) -> int:
                return sum(drop_penalty(d.required, d.priority) for d in p.dropped)  # type: ignore[attr-defined]

            assert lost(proposal) <= lost(first)


def test_a_late_day_window_lets_visits_run_into_the_evening() -> None:
    sites = city(4)
    facts = make_facts(
        sites, people=PEOPLE, groups=GROUPS, end=DAY1, day_windows={DAY1: (time(9, 0), time(23, 0))}
    )
    slots = visits(list(sites), lambda s: 1, minutes=150)
    proposal = plan_slots(slots, facts, time_limit_s=0.2)
    assert proposal.dropped == [] and proposal.errors_after == []
    assert max(m.new_end for m in proposal.moves).astimezone(facts.tz).hour >= 18


def test_without_groups_the_whole_delegation_moves_as_one() -> None:
    sites = city(6)
    facts = make_facts(sites, people=PEOPLE, groups={})
    slots = [
        slot(100 + s, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=s, people={1 + s % 4}) for s in sites
    ]
    proposal = plan_slots(slots, facts, time_limit_s=0.2)
    assert proposal.dropped == [] and proposal.errors_after == []
    after = sorted(apply_to_slots(slots, proposal, facts), key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in pairwise(after))


def test_a_required_site_left_out_by_one_model_is_tried_with_the_other(monkeypatch) -> None:
    from planner.scheduling import planner as planner_module
    from planner.scheduling.solver import RoutingSolution

    real = planner_module.solve
    asked: list[bool] = []

    def one_node_per_stop_places_nothing(problem):
        asked.append(problem.split_windows)
        if problem.split_windows:
            return real(problem)
        keys = [stop.key for stop in problem.stops if stop.key[0] == "item"]
        routes = [[] for _ in problem.vehicles]
        return RoutingSolution(routes, keys, 0, "solved", 0.01, 0.001, 10**12, 1)

    monkeypatch.setattr(planner_module, "solve", one_node_per_stop_places_nothing)
    sites = city(8, "Mo-Fr 09:00-13:00,14:00-18:00")
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS)
    slots = visits(list(sites), lambda s: 1 + s % 2)
    proposal = plan_slots(slots, facts, time_limit_s=0.2)
    assert asked == [False, True]
    assert proposal.dropped == [] and proposal.errors_after == []


def test_a_most_wanted_site_is_not_crowded_out_by_lower_ones() -> None:
    # one 09:00-18:00 day: room for the required visit and either the 5-hour priority-1 visit with
    # one priority-3 visit, or all four priority-3 visits (more sites, but the least wanted)
    sites = city(6)
    facts = make_facts(sites, people=PEOPLE, groups=GROUPS, end=DAY1)
    slots = visits([1], lambda s: 1, minutes=60)
    slots += [
        replace(s, required=False, priority=1) for s in visits([2], lambda s: 1, minutes=300, first_id=200)
    ]
    slots += [
        replace(s, required=False, priority=3)
        for s in visits([3, 4, 5, 6], lambda s: 1, minutes=110, first_id=300)
    ]
    proposal = plan_slots(slots, facts, time_limit_s=0.3)
    dropped = {d.item_id for d in proposal.dropped}
    assert 100 not in dropped and 200 not in dropped
    assert len(dropped & {300, 301, 302, 303}) == 3
    assert proposal.errors_after == []
