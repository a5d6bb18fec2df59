"""The travel rule of ``check`` across items with no site (issue 11): a lunch break or a press point "in
the hotel" happens where the party is, so the drive from the site before it to the site after it must
fit in the time around it — the plan "lunch 12:05–13:05, then at a site 24 min away at 13:05" is an
error that names the three items and the minutes short."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from planner.scheduling.conflicts import DOUBLE_BOOKED, TRAVEL_TIME, check_slots
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.planner import apply_to_slots, plan_slots
from planner.scheduling.results import Conflict
from planner.scheduling.travel import Boarding, TravelTimes
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

MUSEUM = site(1, "Музей", 47.1000, 51.9200)
PLANT = site(2, "Завод «Қазақ»", 47.0600, 51.9400)
SITES = {s.id: s for s in (MUSEUM, PLANT)}
DRIVE = 24


def _facts(boarding: int = 0) -> VisitFacts:
    facts = make_facts(SITES, overrides={(1, 2): DRIVE})
    travel = TravelTimes(
        {s.id: s.coords for s in SITES.values()}, {(1, 2): DRIVE}, boarding=Boarding(boarding)
    )
    return replace(facts, travel=travel)


def _day(lunch_start: str, lunch_end: str, next_start: str, **lunch_fields: Any) -> list[Slot]:
    museum = slot(1, at(DAY1, "10:00"), at(DAY1, "12:00"), site_id=1, people={1}, title="Музей")
    lunch = slot(
        2, at(DAY1, lunch_start), at(DAY1, lunch_end), people={1}, kind="meal", title="Обед", **lunch_fields
    )
    plant = slot(3, at(DAY1, next_start), at(DAY1, "14:30"), site_id=2, people={1}, title="Завод & цех")
    return [museum, lunch, plant]


def _check(slots: list[Slot], facts: VisitFacts, language: str = "en") -> list[Conflict]:
    return [c for c in check_slots(slots, facts, CheckSettings(language=language)) if c.severity == "error"]


def test_a_lunch_break_that_leaves_no_time_to_drive_is_an_error_naming_the_three_items() -> None:
    facts = _facts(boarding=5)
    found = _check(_day("12:05", "13:05", "13:05"), facts)
    assert [(c.rule, c.item_ids) for c in found] == [(TRAVEL_TIME, (1, 2, 3))]
    assert found[0].participant_ids == (1,)
    assert found[0].message == (
        "Ерлан Сатыбалдиев: between “Музей” at Музей (10:00–12:00 on 11 May) and “Завод & цех” at "
        "Завод «Қазақ» (13:05–14:30 on 11 May) comes “Обед” (12:05–13:05 on 11 May), which has no site "
        "and is held where they are; the drive takes 24 min, plus 5 min to board, but only 5 min are "
        "free around it (24 min short); move one of them"
    )


def test_the_sentence_is_in_russian_and_kazakh_too() -> None:
    facts = _facts()
    ru = _check(_day("12:05", "13:05", "13:05"), facts, "ru")[0].message
    assert ru == (
        "Ерлан Сатыбалдиев: между «Музей» на объекте «Музей» (10:00–12:00, 11 мая) и «Завод & цех» на "
        "объекте «Завод „Қазақ“» (13:05–14:30, 11 мая) стоит «Обед» (12:05–13:05, 11 мая) — без объекта, "
        "то есть там, где находятся участники; дорога занимает 24 мин, а свободно вокруг него только "
        "5 мин (не хватает 19 мин); перенесите один из пунктов"
    )
    kk = _check(_day("12:05", "13:05", "13:05"), facts, "kk")[0].message
    assert kk.startswith("Ерлан Сатыбалдиев: «Музей» «Музей» нысанында (11 мамыр, 10:00–12:00) мен ")
    assert "«Обед» (11 мамыр, 12:05–13:05) бар — нысансыз" in kk
    assert "жол 24 мин алады, ал оның айналасында небәрі 5 мин бос (19 мин жетпейді)" in kk


def test_enough_time_around_the_lunch_break_is_fine() -> None:
    facts = _facts(boarding=5)
    # 25 min before lunch and 4 after: 29 min for a 24-minute drive and 5 minutes to board
    assert _check(_day("12:25", "13:25", "13:29"), facts) == []
    # one minute less is one minute short
    found = _check(_day("12:25", "13:25", "13:28"), facts)
    assert [c.item_ids for c in found] == [(1, 2, 3)]
    assert "but only 28 min are free around it (1 min short)" in found[0].message


def test_without_the_lunch_break_the_same_times_are_a_direct_leg() -> None:
    # the gap of 65 minutes holds the drive: only the lunch in between makes it too short
    museum, _, plant = _day("12:05", "13:05", "13:05")
    assert _check([museum, plant], _facts(boarding=5)) == []


def test_a_press_point_in_the_hotel_with_no_site_counts_like_a_lunch_break() -> None:
    # a pinned press point whose place is free text ("hotel lobby"): the engine does not know where
    # that is, so it is held where the delegation is
    facts = _facts()
    slots = _day("12:00", "12:50", "13:00", pinned=True)
    slots[1] = replace(slots[1], kind="press", title="Подход к прессе")
    found = _check(slots, facts)
    assert [c.item_ids for c in found] == [(1, 2, 3)]
    assert "comes “Подход к прессе” (12:00–12:50 on 11 May)" in found[0].message
    assert "only 10 min are free around it (14 min short)" in found[0].message


def test_two_items_with_no_site_in_a_row_are_named_together() -> None:
    facts = _facts()
    museum, lunch, plant = _day("12:05", "12:45", "13:05")
    press = slot(4, at(DAY1, "12:45"), at(DAY1, "13:00"), people={1}, kind="press", title="Пресса")
    found = _check([museum, lunch, press, plant], facts)
    assert [c.item_ids for c in found] == [(1, 2, 4, 3)]
    message = found[0].message
    assert "come “Обед” (12:05–12:45 on 11 May) and “Пресса” (12:45–13:00 on 11 May), which have" in message
    assert "only 10 min are free around them (14 min short)" in message


def test_someone_not_at_the_lunch_break_is_judged_by_the_direct_gap() -> None:
    facts = _facts()
    museum, lunch, plant = _day("12:05", "13:05", "13:05")
    museum, plant = replace(museum, people=frozenset({1, 2})), replace(plant, people=frozenset({1, 2}))
    found = _check([museum, lunch, plant], facts)
    # person 2 drives in the 65 minutes between the sites; person 1 has lunch in them
    assert [(c.item_ids, c.participant_ids) for c in found] == [((1, 2, 3), (1,))]


def test_an_overlapping_item_with_no_site_is_busy_time_once() -> None:
    facts = _facts()
    museum, lunch, plant = _day("11:30", "12:30", "12:40")
    found = _check([museum, lunch, plant], facts)
    # a double booking with the museum, and 10 minutes left for the 24-minute drive
    assert [c.rule for c in found] == [DOUBLE_BOOKED, TRAVEL_TIME]
    assert "only 10 min are free around it (14 min short)" in found[1].message


def test_items_with_no_site_at_the_start_and_end_of_a_day_need_no_drive() -> None:
    facts = _facts()
    breakfast = slot(1, at(DAY1, "08:00"), at(DAY1, "09:00"), people={1}, kind="meal", title="Завтрак")
    museum = slot(2, at(DAY1, "09:00"), at(DAY1, "11:00"), site_id=1, people={1})
    plant = slot(3, at(DAY1, "11:30"), at(DAY1, "17:00"), site_id=2, people={1})
    dinner = slot(4, at(DAY1, "17:00"), at(DAY1, "18:00"), people={1}, kind="meal", title="Ужин")
    briefing = slot(5, at(DAY2, "08:30"), at(DAY2, "09:00"), people={1}, kind="briefing", title="Брифинг")
    museum2 = slot(6, at(DAY2, "09:00"), at(DAY2, "10:00"), site_id=1, people={1})
    assert _check([breakfast, museum, plant, dinner, briefing, museum2], facts) == []
    # an item with no site alone, or only items with no site: nothing to drive between
    assert _check([breakfast], facts) == [] and _check([breakfast, dinner], facts) == []


def test_a_transfer_with_no_site_is_the_drive_itself() -> None:
    # "Transfer to the plant" is when they drive: its time counts for the drive, as a gap would
    facts = _facts()
    museum, _, plant = _day("12:05", "13:05", "13:05")
    ride = slot(2, at(DAY1, "12:40"), at(DAY1, "13:05"), people={1}, kind="transfer", title="Переезд")
    assert _check([museum, ride, plant], facts) == []
    # a 5-minute transfer, then coffee with no site: 5 + 10 minutes to drive in, the coffee is named
    short_ride = replace(ride, start=at(DAY1, "12:00"), end=at(DAY1, "12:05"))
    coffee = slot(4, at(DAY1, "12:05"), at(DAY1, "12:50"), people={1}, kind="meal", title="Кофе")
    plant = replace(plant, start=at(DAY1, "13:00"))
    found = _check([museum, short_ride, coffee, plant], facts)
    assert [c.item_ids for c in found] == [(1, 4, 3)]
    assert "comes “Кофе” (12:05–12:50 on 11 May), which has no site" in found[0].message
    assert "only 15 min are free around it (9 min short)" in found[0].message


def test_the_planner_leaves_the_drive_around_a_pinned_item_with_no_site() -> None:
    facts = replace(_facts(), group_members={1: frozenset({1})}, groups={1: "Группа 1"})
    talks = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1}, groups={1}, pinned=True)
    press = slot(2, at(DAY1, "11:00"), at(DAY1, "11:30"), people={1}, groups={1}, kind="press", pinned=True)
    # the plant is 24 min from the talks; the day ends at 12:30, so it goes after the press point
    # (held at the talks' place: 11:30 + 24 min at the earliest) or before the talks
    plant = slot(3, at(DAY1, "15:00"), at(DAY1, "15:30"), site_id=2, people={1}, groups={1})
    facts = replace(facts, day_windows={DAY1: (time(9, 0), time(12, 30))})
    proposal = plan_slots([talks, press, plant], facts, time_limit_s=0.2, grid=1)
    after = {s.id: s for s in apply_to_slots([talks, press, plant], proposal, facts)}
    assert after[3].start >= at(DAY1, "11:54") or after[3].end <= at(DAY1, "10:00") - DRIVE * 60
    assert _check(list(after.values()), facts) == []
