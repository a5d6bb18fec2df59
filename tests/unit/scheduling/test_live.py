"""The live check after moves finds exactly what a full check of the moved itinerary finds."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.scheduling.columns import SlotColumns, SlotTable
from planner.scheduling.conflicts import DOUBLE_BOOKED, TRAVEL_TIME, check_slots
from planner.scheduling.facts import CheckSettings, SiteFacts, Slot
from planner.scheduling.live import LiveCheck
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

SITES = {
    s.id: s
    for s in (
        site(1, "НПЗ", 47.0600, 51.9400),
        site(2, "речной порт", 47.1200, 51.8800),
        site(3, "музей", 47.1000, 51.9200, "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off"),
        SiteFacts(4, "дом без адреса", "", 45, None),  # unknown place: no drive is known
        SiteFacts(5, "архив", "по настроению", 45, (47.11, 51.90)),  # hours that cannot be read
    )
}
GROUPS = {1: frozenset({1, 2}), 2: frozenset({3})}
EARLIEST = at(DAY1, "00:00") - 6 * 3600  # before the visit, to reach the rule about its dates
LATEST = at(DAY2, "23:55") + 6 * 3600
FIVE = 300


def facts_for(titles: dict[int, str] | None = None):  # type: ignore[no-untyped-def]
    facts = make_facts(SITES, groups=GROUPS, overrides={(1, 2): 70})
    if titles is not None:
        facts.titles = dict(titles)
    return facts


starts = st.integers(0, (LATEST - EARLIEST) // FIVE).map(lambda n: EARLIEST + n * FIVE)
# zero-length items, short ones, and long ones (the meal rule wants days over six hours)
lengths = st.one_of(st.just(0), st.integers(1, 36), st.integers(84, 110)).map(lambda n: n * FIVE)


@st.composite
def itineraries(draw: st.DrawFn) -> list[Slot]:
    count = draw(st.integers(1, 24))
    day1 = at(DAY1, "09:00")
    out = []
    for n in range(count):
        # most items on the first day's working hours, so they meet; some anywhere
        start = day1 + draw(st.integers(0, 9 * 12)) * FIVE if draw(st.booleans()) else draw(starts)
        out.append(
            slot(
                n + 1,
                start,
                start + draw(lengths),
                site_id=draw(st.sampled_from([None, 1, 2, 3, 3, 4, 5])),
                people=draw(
                    st.sampled_from([frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({3, 4})])
                ),
                groups=draw(st.frozensets(st.integers(1, 2), max_size=1)),
                vehicles=draw(st.frozensets(st.just(1), max_size=1)),
                kind=draw(st.sampled_from(["site_visit", "site_visit", "meeting", "meal", "transfer"])),
                title=draw(st.sampled_from(["", "Обед", f"Пункт {n + 1}"])),
            )
        )
    # the group's members attend its items, as the loader makes them
    return [dataclasses.replace(s, people=s.people.union(*(GROUPS[g] for g in s.groups))) for s in out]


@st.composite
def moves(draw: st.DrawFn, count: int) -> list[list[tuple[int, int, int]]]:
    out = []
    for _ in range(draw(st.integers(1, 6))):
        batch = []
        for item_id in draw(st.lists(st.integers(1, count), min_size=1, max_size=3, unique=True)):
            if draw(st.booleans()):  # a drag: a small shift of the same length happens most
                shift = draw(st.integers(-24, 24)) * FIVE
                batch.append((item_id, shift, None))
            else:
                start = draw(starts)
                batch.append((item_id, start, start + draw(lengths)))
        out.append(batch)  # type: ignore[arg-type]
    return out


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[Slot], list[list[tuple[int, int, int | None]]], bool]:
    slots = draw(itineraries())
    return slots, draw(moves(len(slots))), draw(st.booleans())


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios())
def test_live_check_after_moves_equals_the_full_check(
    language: str,
    scenario: tuple[list[Slot], list[list[tuple[int, int, int | None]]], bool],
) -> None:
    slots, batches, as_columns = scenario
    check = CheckSettings(language=language)
    titles = {s.id: s.title for s in slots if s.title}
    facts = facts_for(titles)
    if as_columns:  # as loaded from SQLite: columns without Slot objects, titles from the facts
        cols = SlotColumns.from_slots(slots)
        cols.slots = None
        table: list[Slot] | SlotTable = SlotTable(cols)
    else:
        table = slots
    live = LiveCheck(table, facts, check)
    assert live.conflicts() == check_slots(table, facts_for(titles), check)
    current = {s.id: s for s in slots}
    for batch in batches:
        changes = []
        for item_id, a, b in batch:
            old = current[item_id]
            start, end = (old.start + a, old.end + a) if b is None else (a, b)
            current[item_id] = dataclasses.replace(old, start=start, end=end)
            changes.append((item_id, start, end))
        before = live.conflicts()
        delta = live.move(changes)
        expected = check_slots(list(current.values()), facts_for(titles), check)
        assert live.conflicts() == expected
        # the delta says exactly what changed
        added, removed = [c for _, c in delta.added], [c for _, c in delta.removed]
        assert sorted(map(repr, before)) == sorted(
            map(repr, [c for c in expected if c not in added] + removed)
        )
        assert [c for _, c in live.ordered()] == expected


def test_a_drag_onto_another_item_is_flagged_and_dragging_back_clears_it() -> None:
    facts = make_facts({1: SITES[1], 2: SITES[2]})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1})
    b = slot(2, at(DAY1, "12:00"), at(DAY1, "13:00"), site_id=1, people={1}, kind="meeting")
    live = LiveCheck([a, b], facts)
    assert live.conflicts() == []
    half_hour = int(timedelta(minutes=30).total_seconds())
    delta = live.move([(2, a.start + half_hour, a.end + half_hour)])
    assert [(c.rule, c.item_ids) for _, c in delta.added] == [(DOUBLE_BOOKED, (1, 2))]
    assert [c.rule for c in live.conflicts()] == [DOUBLE_BOOKED]
    delta = live.move([(2, b.start, b.end)])
    assert [c.rule for _, c in delta.removed] == [DOUBLE_BOOKED] and live.conflicts() == []
    assert live.move([(2, b.start, b.end)]).added == []  # no change, nothing to do


def test_moving_an_item_out_from_between_two_others_makes_their_leg() -> None:
    facts = make_facts({1: SITES[1], 2: SITES[2]})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1}, kind="meeting")
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "11:05"), site_id=1, people={1}, kind="meeting")
    c = slot(3, at(DAY1, "11:05"), at(DAY1, "12:00"), site_id=2, people={1}, kind="meeting")
    live = LiveCheck([a, b, c], facts)
    assert {x.item_ids for x in live.conflicts() if x.rule == TRAVEL_TIME} == {(2, 3)}
    later = dataclasses.replace(b, start=at(DAY1, "15:00"), end=at(DAY1, "15:05"))
    live.move([(2, later.start, later.end)])
    assert {x.item_ids for x in live.conflicts() if x.rule == TRAVEL_TIME} == {(1, 3)}
    assert live.conflicts() == check_slots([a, later, c], facts)


def test_a_new_leg_names_only_those_with_nothing_in_between() -> None:
    # person 3 has another item between the two, so only person 1 makes the new leg; person 3's leg
    # runs across that item (it has no site, so it is held where person 3 is) and is its own finding
    facts = make_facts({1: SITES[1], 2: SITES[2]}, overrides={(1, 2): 70})
    p = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1, 3}, kind="meeting")
    x = slot(2, at(DAY1, "11:00"), at(DAY1, "11:05"), site_id=1, people={1}, kind="meeting")
    m = slot(3, at(DAY1, "11:00"), at(DAY1, "11:05"), people={3}, kind="meeting")
    n = slot(4, at(DAY1, "11:10"), at(DAY1, "12:00"), site_id=2, people={1, 3}, kind="meeting")
    live = LiveCheck([p, x, m, n], facts)
    later = dataclasses.replace(x, start=at(DAY1, "15:00"), end=at(DAY1, "15:05"))
    live.move([(2, later.start, later.end)])
    legs = {(c.item_ids, c.participant_ids) for c in live.conflicts() if c.rule == TRAVEL_TIME}
    assert legs == {((1, 4), (1,)), ((1, 3, 4), (3,))}
    assert live.conflicts() == check_slots([p, later, m, n], facts)


def test_a_group_item_dragged_before_a_late_members_arrival_goes_on_without_them() -> None:
    """#11: who is at a group item depends on its time when a member comes later than the group; the
    live check follows a drag as a full check does (they are not at it before they can reach it)."""
    from planner.scheduling.presence import settle
    from planner.scheduling.rules import Bound, Stay, Stays

    groups = {1: frozenset({1, 2}), 2: frozenset({3, 4})}
    facts = dataclasses.replace(
        make_facts(SITES, groups=groups),
        # the delegation lands at 09:00, one member at 14:00
        stays=Stays(Stay(Bound(at(DAY1, "09:00"), 1)), people={3: Stay(Bound(at(DAY1, "14:00"), 1))}),
    )
    named = slot(1, at(DAY1, "15:00"), at(DAY1, "16:00"), site_id=2, people={3, 4}, groups={2})
    talks = slot(2, at(DAY1, "16:30"), at(DAY1, "17:00"), people={3, 4}, groups={2}, kind="meeting")
    named.listed = frozenset({3})  # named on the first item besides the group
    slots = settle([named, talks], facts)
    live = LiveCheck(slots, facts)
    assert live.conflicts() == check_slots(slots, facts)
    assert not [c for c in live.conflicts() if c.item_ids]
    for start in ("10:00", "14:05", "15:00"):
        moved = at(DAY1, start)
        live.move([(2, moved, moved + 1800)])
        after = [named, dataclasses.replace(talks, start=moved, end=moved + 1800)]
        assert live.conflicts() == check_slots(after, facts)
        assert not [c for c in live.conflicts() if c.rule == "outside_stay"], start
    # the first item names them: dragged before they come, the check says so
    live.move([(1, at(DAY1, "11:00"), at(DAY1, "12:00"))])
    stay = [c for c in live.conflicts() if c.rule == "outside_stay"]
    assert [c.item_ids for c in stay] == [(1,)] and stay[0].participant_ids == (3,)
