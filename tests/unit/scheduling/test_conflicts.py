from __future__ import annotations

from datetime import time
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.scheduling.conflicts import (
    DOUBLE_BOOKED,
    NO_MEAL_BREAK,
    OPENING_HOURS_INVALID,
    OUTSIDE_DAY_WINDOW,
    OUTSIDE_VISIT,
    SITE_CLOSED,
    SITE_VISITED_TWICE,
    TRAVEL_TIME,
    VEHICLE_DOUBLE_BOOKED,
    check_slots,
)
from planner.scheduling.facts import CheckSettings, SiteFacts, Slot
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

REFINERY = site(1, "НПЗ", 47.0600, 51.9400)
PORT = site(2, "речной порт", 47.1200, 51.8800)
MUSEUM = site(3, "музей", 47.1000, 51.9200, "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off")
SITES = {s.id: s for s in (REFINERY, PORT, MUSEUM)}


def rules(conflicts: list) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.rule, c.item_ids) for c in conflicts]


def test_person_in_two_places_names_the_person_and_both_items() -> None:
    facts = make_facts(SITES)
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1, 2}, title="Экскурсия по НПЗ")
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=2, people={1, 3}, title="Порт")
    found = check_slots([b, a], facts)
    assert rules(found) == [(DOUBLE_BOOKED, (1, 2))]
    assert found[0].participant_ids == (1,)
    assert found[0].severity == "error"
    assert "Ерлан Сатыбалдиев" in found[0].message and "Игорь" not in found[0].message
    assert "“Экскурсия по НПЗ” at НПЗ (10:00–11:30" in found[0].message


def test_touching_intervals_do_not_clash() -> None:
    facts = make_facts(SITES)
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=1, people={1})
    assert check_slots([a, b], facts) == [] or all(
        c.rule == SITE_VISITED_TWICE for c in check_slots([a, b], facts)
    )


def test_an_item_that_ended_between_longer_ones_is_not_reported() -> None:
    facts = make_facts(SITES)
    a = slot(1, at(DAY1, "09:00"), at(DAY1, "12:00"), people={1}, kind="meeting")
    b = slot(2, at(DAY1, "09:00"), at(DAY1, "10:00"), people={1}, kind="meeting")
    c = slot(3, at(DAY1, "09:30"), at(DAY1, "12:00"), people={1}, kind="meeting")
    d = slot(4, at(DAY1, "10:30"), at(DAY1, "11:00"), people={1}, kind="meeting")
    found = sorted(
        tuple(sorted(c.item_ids)) for c in check_slots([a, b, c, d], facts) if c.rule == DOUBLE_BOOKED
    )
    assert found == [(1, 2), (1, 3), (1, 4), (2, 3), (3, 4)]


def test_group_without_members_still_cannot_be_in_two_places() -> None:
    facts = make_facts(SITES, groups={7: frozenset()})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), groups={7}, kind="meeting")
    b = slot(2, at(DAY1, "10:30"), at(DAY1, "11:30"), groups={7}, kind="meeting")
    found = check_slots([a, b], facts)
    assert rules(found) == [(DOUBLE_BOOKED, (1, 2))]
    assert "group Группа 7" in found[0].message


def test_vehicle_in_two_places_but_not_twice_at_one_site() -> None:
    facts = make_facts(SITES)
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1}, vehicles={1})
    b = slot(2, at(DAY1, "10:30"), at(DAY1, "11:30"), site_id=2, people={2}, vehicles={1})
    c = slot(3, at(DAY1, "10:30"), at(DAY1, "11:30"), site_id=1, people={3}, vehicles={1}, kind="meeting")
    found = check_slots([a, b, c], facts)
    assert sorted(rules(found)) == [(VEHICLE_DOUBLE_BOOKED, (1, 2)), (VEHICLE_DOUBLE_BOOKED, (2, 3))]
    assert "Микроавтобус №1" in found[0].message


def test_too_little_travel_time_says_where_when_and_how_long_the_drive_is() -> None:
    facts = make_facts(SITES, overrides={(1, 2): 25})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:40"), at(DAY1, "12:30"), site_id=2, people={1})
    found = check_slots([a, b], facts)
    assert rules(found) == [(TRAVEL_TIME, (1, 2))]
    assert found[0].message.startswith(
        "Ерлан Сатыбалдиев is at НПЗ until 11:30 but due at речной порт at 11:40; the drive takes 25 min"
    )


def test_exactly_enough_travel_time_is_fine_and_other_people_do_not_count() -> None:
    facts = make_facts(SITES, overrides={(1, 2): 25})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:55"), at(DAY1, "12:30"), site_id=2, people={1})
    c = slot(3, at(DAY1, "11:35"), at(DAY1, "12:30"), site_id=2, people={2}, kind="meeting")
    assert check_slots([a, b, c], facts) == []


def test_travel_is_checked_against_the_previous_item_only() -> None:
    facts = make_facts(SITES, overrides={(1, 2): 25, (1, 3): 25, (3, 2): 0})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:30"), at(DAY1, "11:50"), site_id=3, people={1}, kind="meeting")
    c = slot(3, at(DAY1, "11:50"), at(DAY1, "12:30"), site_id=2, people={1})
    assert check_slots([a, b, c], facts) == []


def test_site_with_lunch_closure() -> None:
    facts = make_facts(SITES)
    ok = slot(1, at(DAY1, "12:00"), at(DAY1, "13:00"), site_id=3, people={1})
    closed = slot(2, at(DAY1, "12:30"), at(DAY1, "13:30"), site_id=3, people={2})
    found = check_slots([ok, closed], facts)
    assert [r for r in rules(found) if r[0] == SITE_CLOSED] == [(SITE_CLOSED, (2,))]
    message = next(c.message for c in found if c.rule == SITE_CLOSED)
    assert "open 09:00–13:00, 14:00–18:00 that day" in message


def test_site_closed_all_day_on_sunday() -> None:
    from datetime import date

    sunday = date(2023, 5, 14)
    facts = make_facts(SITES, end=sunday)
    found = check_slots([slot(1, at(sunday, "10:00"), at(sunday, "11:00"), site_id=3, people={1})], facts)
    assert "closed all that day" in next(c.message for c in found if c.rule == SITE_CLOSED)


def test_unreadable_hours_are_an_error_not_a_crash() -> None:
    facts = make_facts({9: SiteFacts(9, "Плохие часы", "Mo-Fr 9-5", 45, (47.1, 51.9))})
    found = check_slots([slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=9, people={1})], facts)
    assert [c.rule for c in found] == [OPENING_HOURS_INVALID]
    assert "Плохие часы" in found[0].message


def test_outside_the_visit_dates_including_past_midnight_of_the_last_day() -> None:
    from datetime import date

    facts = make_facts(SITES)
    before = slot(
        1, at(date(2023, 5, 10), "10:00"), at(date(2023, 5, 10), "11:00"), people={1}, kind="meeting"
    )
    late = slot(2, at(DAY2, "23:30"), at(date(2023, 5, 13), "00:30"), people={2}, kind="meal")
    inside = slot(3, at(DAY2, "23:00"), at(date(2023, 5, 13), "00:00"), people={3}, kind="meal")
    found = check_slots([before, late, inside], facts)
    visit_rules = [r for r in rules(found) if r[0] == OUTSIDE_VISIT]
    assert visit_rules == [(OUTSIDE_VISIT, (1,)), (OUTSIDE_VISIT, (2,))]
    assert "11 May 2023 to 12 May 2023" in found[0].message


def test_outside_the_day_window_uses_the_days_own_window_and_is_a_warning() -> None:
    facts = make_facts(SITES, day_windows={DAY1: (time(8, 30), time(22, 30))})
    dinner1 = slot(1, at(DAY1, "19:30"), at(DAY1, "22:00"), people={1}, kind="meal")
    dinner2 = slot(2, at(DAY2, "19:30"), at(DAY2, "22:00"), people={1}, kind="meal")
    early = slot(3, at(DAY2, "08:00"), at(DAY2, "08:30"), people={2}, kind="meal")
    found = check_slots([dinner1, dinner2, early], facts)
    assert sorted(rules(found)) == [(OUTSIDE_DAY_WINDOW, (2,)), (OUTSIDE_DAY_WINDOW, (3,))]
    assert {c.severity for c in found} == {"warning"}
    assert any("after the day's planned end at 18:00" in c.message for c in found)
    assert any("before the day's planned start at 09:00" in c.message for c in found)


def test_zone_difference_changes_what_is_inside_the_day() -> None:
    # the same instants: 08:30-09:30 in Atyrau (UTC+5) is 07:30-08:30 in Astrakhan (UTC+4)
    item = slot(1, at(DAY1, "08:30"), at(DAY1, "09:30"), people={1}, kind="meeting")
    assert rules(check_slots([item], make_facts(SITES))) == [(OUTSIDE_DAY_WINDOW, (1,))]
    shifted = slot(1, at(DAY1, "09:30"), at(DAY1, "10:30"), people={1}, kind="meeting")
    assert check_slots([shifted], make_facts(SITES)) == []
    assert rules(check_slots([shifted], make_facts(SITES, tz="Europe/Astrakhan"))) == [
        (OUTSIDE_DAY_WINDOW, (1,))
    ]


def _long_day(with_meal: bool, gap: bool) -> list[Slot]:
    items = [
        slot(1, at(DAY1, "09:00"), at(DAY1, "11:45"), people={1, 2}, kind="meeting"),
        slot(
            2,
            at(DAY1, "11:45") if not gap else at(DAY1, "12:30"),
            at(DAY1, "14:00"),
            people={1, 2},
            kind="meal" if with_meal else "meeting",
        ),
        slot(3, at(DAY1, "14:00"), at(DAY1, "17:30"), people={1, 2}, kind="meeting"),
    ]
    return items


def test_no_meal_break_on_a_long_day_is_a_warning_for_the_people_affected() -> None:
    facts = make_facts(SITES)
    found = check_slots(_long_day(with_meal=False, gap=False), facts)
    assert [c.rule for c in found] == [NO_MEAL_BREAK]
    assert found[0].severity == "warning"
    assert found[0].participant_ids == (1, 2)
    assert check_slots(_long_day(with_meal=True, gap=False), facts) == []
    assert check_slots(_long_day(with_meal=False, gap=True), facts) == []  # 45 min free around lunch
    relaxed = CheckSettings(long_day_minutes=9 * 60)
    assert check_slots(_long_day(with_meal=False, gap=False), facts, relaxed) == []


def test_site_visited_twice_is_a_warning() -> None:
    facts = make_facts(SITES)
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={1})
    b = slot(2, at(DAY2, "10:00"), at(DAY2, "11:00"), site_id=2, people={2})
    talks = slot(3, at(DAY2, "12:00"), at(DAY2, "13:00"), site_id=2, people={2}, kind="meeting")
    found = check_slots([a, b, talks], facts)
    assert rules(found) == [(SITE_VISITED_TWICE, (1, 2))]
    assert found[0].severity == "warning" and "речной порт is visited 2 times" in found[0].message


# ------------------------------------------------------------------ sweep == brute force


def brute_force(slots: list[Slot], facts) -> set[tuple[str, tuple[int, ...]]]:
    found: set[tuple[str, tuple[int, ...]]] = set()
    ordered = sorted(slots, key=lambda s: (s.start, s.end, s.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.start < b.end and b.start < a.end:
                if a.people & b.people or a.groups & b.groups:
                    found.add((DOUBLE_BOOKED, (a.id, b.id)))
                if a.vehicles & b.vehicles and a.site_id != b.site_id:
                    found.add((VEHICLE_DOUBLE_BOOKED, (a.id, b.id)))
    owners = {("p", p) for s in slots for p in s.people} | {("g", g) for s in slots for g in s.groups}
    owners |= {("v", v) for s in slots for v in s.vehicles}
    for kind, key in owners:
        field = {"p": "people", "g": "groups", "v": "vehicles"}[kind]
        mine = [s for s in ordered if key in getattr(s, field)]
        # a leg joins neighbours with a site; items with no site between them are held where the
        # person is, so the drive must fit in the minutes around them
        placed = [n for n, s in enumerate(mine) if s.site_id is not None]
        for i, j in pairwise(placed):
            prev, nxt, between = mine[i], mine[j], mine[i + 1 : j]
            if prev.site_id == nxt.site_id or prev.end > nxt.start:
                continue
            need = facts.travel.minutes(prev.site_id, nxt.site_id)
            free = {
                minute
                for minute in range(prev.end // 60, nxt.start // 60)
                if not any(s.start // 60 <= minute < s.end // 60 for s in between)
            }
            if need is not None and len(free) < need:
                found.add((TRAVEL_TIME, (prev.id, *(s.id for s in between), nxt.id)))
    return found


@st.composite
def itineraries(draw: st.DrawFn) -> list[Slot]:
    count = draw(st.integers(0, 30))
    out = []
    for n in range(count):
        start = at(DAY1, "08:00") + draw(st.integers(0, 10 * 12)) * 300
        length = draw(st.integers(1, 18)) * 300
        out.append(
            slot(
                n + 1,
                start,
                start + length,
                site_id=draw(st.sampled_from([None, 1, 2, 3])),
                # few distinct sets, so that several items of one set run at once
                people=draw(
                    st.sampled_from([frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({3, 4, 5})])
                ),
                groups=draw(st.frozensets(st.integers(1, 2), max_size=1)),
                vehicles=draw(st.frozensets(st.just(1), max_size=1)),
                kind="meeting",
            )
        )
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(itineraries())
def test_sweep_finds_exactly_what_pairwise_comparison_finds(slots: list[Slot]) -> None:
    facts = make_facts({s.id: SiteFacts(s.id, s.name, "", 45, s.coords) for s in SITES.values()})
    swept = {
        (c.rule, c.item_ids)
        for c in check_slots(slots, facts)
        if c.rule in (DOUBLE_BOOKED, VEHICLE_DOUBLE_BOOKED, TRAVEL_TIME)
    }
    assert swept == brute_force(slots, facts)
