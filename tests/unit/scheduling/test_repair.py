from __future__ import annotations

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.scheduling.facts import SiteFacts
from planner.scheduling.planner import apply_to_slots
from planner.scheduling.repair import repair_slots
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, slot

GROUPS = {1: frozenset({1, 2}), 2: frozenset({3})}
SITES = {n: SiteFacts(n, f"Объект {n}", "", 45, (47.10 + n * 0.002, 51.90)) for n in range(1, 8)}


def day_of_group_1(last_required: bool = True) -> list:
    people, groups = GROUPS[1], {1}
    return [
        slot(1, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=1, people=people, groups=groups, title="Порт"),
        slot(2, at(DAY1, "10:10"), at(DAY1, "11:00"), site_id=2, people=people, groups=groups, title="Завод"),
        slot(3, at(DAY1, "11:10"), at(DAY1, "12:00"), site_id=3, people=people, groups=groups, title="Школа"),
        slot(
            4,
            at(DAY1, "13:00"),
            at(DAY1, "14:00"),
            site_id=4,
            people={1, 2, 3},
            groups={1, 2},
            kind="meal",
            pinned=True,
            title="Обед",
        ),
        slot(5, at(DAY1, "14:10"), at(DAY1, "16:00"), site_id=5, people=people, groups=groups, title="Музей"),
        slot(
            6,
            at(DAY1, "16:10"),
            at(DAY1, "17:30"),
            site_id=6,
            people=people,
            groups=groups,
            title="Рынок",
            required=last_required,
            priority=3,
        ),
        slot(
            7, at(DAY2, "10:00"), at(DAY2, "11:00"), site_id=7, people=people, groups=groups, title="Завтра"
        ),
    ]


def test_overrun_pushes_the_rest_of_the_morning_in_order_and_keeps_pinned_lunch() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = day_of_group_1()
    proposal = repair_slots(slots, facts, 1, at(DAY1, "10:40"))
    moved = {m.item_id: m for m in proposal.moves}
    assert moved[1].new_end.timestamp() == at(DAY1, "10:40")
    assert set(moved) == {1, 2, 3}  # the afternoon and the next day do not move
    assert moved[2].new_start < moved[3].new_start  # the order is kept
    assert proposal.errors_after == []
    assert "the order of the day was kept" in proposal.notes
    after = {s.id: s for s in apply_to_slots(slots, proposal, facts)}
    assert (after[4].start, after[4].end) == (slots[3].start, slots[3].end)


def test_a_long_overrun_shortens_or_drops_what_no_longer_fits() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = day_of_group_1(last_required=False)
    # the museum runs until 17:20; the optional market (80 min) no longer fits before 18:00
    proposal = repair_slots(slots, facts, 5, at(DAY1, "17:20"))
    assert [d.item_id for d in proposal.dropped] == [6]
    assert "no time left" in proposal.dropped[0].reason
    assert proposal.errors_after == []


@pytest.mark.parametrize(
    ("language", "dropped", "note"),
    [
        ("ru", "после задержки в оставшейся части дня не осталось времени", "порядок дня сохранён"),
        ("kk", "кешігуден кейін күннің қалған бөлігінде уақыт қалмады", "күн тәртібі сақталды"),
    ],
)
def test_the_reasons_and_notes_of_a_repair_come_in_the_asked_language(
    language: str, dropped: str, note: str
) -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = day_of_group_1(last_required=False)
    proposal = repair_slots(slots, facts, 5, at(DAY1, "17:20"), language=language)
    assert [d.reason for d in proposal.dropped] == [dropped]
    assert proposal.notes == [note]


def test_a_required_visit_is_shortened_rather_than_lost() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = day_of_group_1(last_required=True)
    proposal = repair_slots(slots, facts, 5, at(DAY1, "16:50"))
    market = next(m for m in proposal.moves if m.item_id == 6)
    assert market.shortened
    assert market.new_end.timestamp() <= at(DAY1, "18:00")
    assert proposal.errors_after == []


def test_bad_repairs_are_refused() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    with pytest.raises(NotFoundError):
        repair_slots(day_of_group_1(), facts, 99, at(DAY1, "12:00"))
    with pytest.raises(ValidationError, match="not after the start"):
        repair_slots(day_of_group_1(), facts, 2, at(DAY1, "10:00"))


def test_the_least_wanted_visit_goes_even_when_it_comes_earlier_in_the_day() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = day_of_group_1()[:4]
    people, groups = GROUPS[1], {1}
    slots += [
        slot(
            5,
            at(DAY1, "14:10"),
            at(DAY1, "15:10"),
            site_id=5,
            people=people,
            groups=groups,
            required=False,
            priority=3,
            title="Рынок",
        ),
        slot(
            6,
            at(DAY1, "15:20"),
            at(DAY1, "17:20"),
            site_id=6,
            people=people,
            groups=groups,
            required=False,
            priority=2,
            title="Театр",
        ),
    ]
    # lunch overruns to 15:50: the market (priority 3) and the theatre (priority 2, 2 h) no longer both fit
    proposal = repair_slots(slots, facts, 4, at(DAY1, "15:50"))
    assert [d.item_id for d in proposal.dropped] == [5]
    assert proposal.errors_after == []


def talks_day(press_people: set[int] | None = None) -> list:
    """Group 1's morning: pinned talks, a pinned press point right after them, a site visit and a
    pinned lunch; person 3 (group 2) has a pinned interview at 11:45 at another site."""
    people, groups = GROUPS[1], {1}
    return [
        slot(
            1,
            at(DAY1, "10:00"),
            at(DAY1, "11:00"),
            site_id=1,
            people=people,
            groups=groups,
            kind="meeting",
            pinned=True,
            title="Переговоры",
        ),
        slot(
            2,
            at(DAY1, "11:00"),
            at(DAY1, "11:15"),
            site_id=1,
            people=press_people or people,
            groups=groups,
            kind="press",
            pinned=True,
            title="Подход к прессе",
        ),
        slot(3, at(DAY1, "11:30"), at(DAY1, "12:05"), site_id=2, people=people, groups=groups, title="Музей"),
        slot(
            4,
            at(DAY1, "13:00"),
            at(DAY1, "14:00"),
            site_id=4,
            people={1, 2, 3},
            groups={1, 2},
            kind="meal",
            pinned=True,
            title="Обед",
        ),
        slot(
            5,
            at(DAY1, "11:45"),
            at(DAY1, "12:15"),
            site_id=6,
            people={3},
            groups={2},
            kind="meeting",
            pinned=True,
            title="Интервью",
        ),
    ]


def test_an_overrun_into_a_pinned_item_is_recorded_and_the_conflict_named() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    proposal = repair_slots(talks_day(), facts, 1, at(DAY1, "11:40"))
    # the overrun itself is always in the proposal, so it can be applied
    first = proposal.moves[0]
    assert (first.item_id, first.new_end.timestamp()) == (1, at(DAY1, "11:40"))
    assert "40 min over" in first.why and "11:40" in first.why
    assert 2 not in {m.item_id for m in proposal.moves}  # pinned: not moved without leave
    [left] = proposal.remaining
    assert (left.rule, left.item_ids, left.minutes) == ("double_booked", (1, 2), 15)
    assert "“Переговоры”" in left.sentence and "“Подход к прессе”" in left.sentence
    assert "overlap by 15 min" in left.sentence
    # it says which pinned item could give way and by how much
    [pinned] = proposal.pinned
    assert (pinned.item_id, pinned.minutes, pinned.can_shift, pinned.applied) == (2, 40, True, False)
    assert "40 min later" in proposal.notes[0] and "“Подход к прессе”" in proposal.notes[0]
    # the museum, not pinned, moves after both
    museum = next(m for m in proposal.moves if m.item_id == 3)
    assert museum.new_start.timestamp() >= at(DAY1, "11:40")


def test_a_pinned_item_is_shifted_when_allowed_and_its_attendees_are_free() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    proposal = repair_slots(talks_day(), facts, 1, at(DAY1, "11:40"), shift_pinned=True)
    press = next(m for m in proposal.moves if m.item_id == 2)
    assert (press.new_start.timestamp(), press.new_end.timestamp()) == (at(DAY1, "11:40"), at(DAY1, "11:55"))
    assert press.reason == "pinned_shift" and "40 min" in press.why
    assert proposal.pinned[0].applied
    assert proposal.errors_after == [] and proposal.remaining == []


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_pinned_shift_is_refused_when_an_attendee_has_another_commitment(language: str) -> None:
    facts = make_facts(SITES, groups=GROUPS)
    # person 3 (group 2) also attends the press point, and has the interview at 11:45 elsewhere
    slots = talks_day(press_people={1, 2, 3})
    proposal = repair_slots(slots, facts, 1, at(DAY1, "11:40"), shift_pinned=True, language=language)
    [pinned] = proposal.pinned
    assert not pinned.can_shift and not pinned.applied
    quoted = "“{}”" if language == "en" else "«{}»"  # English quotes names in “ ”
    interview, press = quoted.format("Интервью"), quoted.format("Подход к прессе")
    assert any(interview in text for text in pinned.blocked_by)
    assert interview in pinned.sentence and press in pinned.sentence
    assert 2 not in {m.item_id for m in proposal.moves}
    assert [(r.item_ids, r.minutes) for r in proposal.remaining] == [((1, 2), 15)]
    assert proposal.moves[0].item_id == 1  # the overrun is still recorded


@pytest.mark.parametrize(("grid", "least"), [(1, 24), (5, 25)])
def test_a_35_minute_visit_is_never_cut_below_two_thirds(grid: int, least: int) -> None:
    facts = make_facts(SITES, groups=GROUPS)
    people, groups = GROUPS[1], {1}
    slots = [
        slot(1, at(DAY1, "15:00"), at(DAY1, "16:00"), site_id=1, people=people, groups=groups, title="Порт"),
        slot(2, at(DAY1, "16:10"), at(DAY1, "16:45"), site_id=1, people=people, groups=groups, title="Школа"),
    ]
    # the port runs until 17:30: 30 min are left before 18:00, less than the school's 35
    proposal = repair_slots(slots, facts, 1, at(DAY1, "17:30"), grid=grid)
    school = next(m for m in proposal.moves if m.item_id == 2)
    minutes = (school.new_end - school.new_start).total_seconds() / 60
    assert school.shortened and least <= minutes <= 30
    assert f"never below two thirds of its length: {least} min" in school.why
    assert "two thirds" in proposal.minimum_rule
    # with only 20 minutes left it is not cut to 20: it goes back to the list instead
    proposal = repair_slots(slots, facts, 1, at(DAY1, "17:40"), grid=grid)
    assert [d.item_id for d in proposal.dropped] == [2]
    assert "two thirds" in proposal.dropped[0].reason and "list" in proposal.dropped[0].reason
    assert all(m.item_id != 2 for m in proposal.moves)


def test_an_overrun_that_leaves_no_feasible_day_is_still_recorded() -> None:
    """A required visit no longer fits even at two thirds and no re-plan exists: the overrun is still
    proposed, and the visit goes back to the list of sites to place (never deleted)."""
    facts = make_facts(SITES, groups=GROUPS)
    people, groups = GROUPS[1], {1}
    slots = [
        slot(1, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=1, people=people, groups=groups, title="Порт"),
        slot(2, at(DAY1, "10:10"), at(DAY1, "17:50"), site_id=2, people=people, groups=groups, title="Завод"),
    ]
    proposal = repair_slots(slots, facts, 1, at(DAY1, "14:00"))
    assert [m.item_id for m in proposal.moves] == [1]
    assert [(d.item_id, d.required) for d in proposal.dropped] == [(2, True)]
    assert "back to the list" in proposal.dropped[0].reason
    assert proposal.errors_after == []
