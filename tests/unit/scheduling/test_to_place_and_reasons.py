"""Sites from the list placed by the planner, moves between days only when allowed, and every move's
reason in the user's language."""

from __future__ import annotations

import re

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling.conflicts import check_slots
from planner.scheduling.messages import Messages
from planner.scheduling.planner import apply_to_slots, plan_slots
from planner.scheduling.to_place import EntryToPlace
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

# Thursday 11 May is day 1, Friday 12 May day 2: the museum opens on Fridays only
MUSEUM = site(1, "Музей", 47.10, 51.92, "Fr 09:00-18:00")
PORT = site(2, "Порт", 47.12, 51.88)
THEATRE = site(3, "Театр", 47.11, 51.90)
SITES = {s.id: s for s in (MUSEUM, PORT, THEATRE)}
GROUPS = {1: frozenset({1, 2}), 2: frozenset({3})}


def _museum_on_thursday() -> list:
    return [
        slot(10, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people={1, 2}, groups={1}, title="Музей"),
        slot(11, at(DAY1, "12:00"), at(DAY1, "12:45"), site_id=2, people={1, 2}, groups={1}, title="Порт"),
    ]


def test_without_the_flag_no_item_changes_day_and_an_item_closed_on_its_day_is_left_out() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = _museum_on_thursday()
    slots[0].required = False
    proposal = plan_slots(slots, facts, time_limit_s=0.2, allow_day_moves=False)
    assert all(facts.local(int(m.new_start.timestamp())).date() == DAY1 for m in proposal.moves)
    assert not any(m.day_changed for m in proposal.moves)
    # open only on Friday: with the item kept on Thursday it cannot be placed (it goes back to the list)
    assert [d.item_id for d in proposal.dropped] == [10]


def test_with_the_flag_a_move_to_another_day_is_flagged_and_explained_in_russian() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    proposal = plan_slots(_museum_on_thursday(), facts, time_limit_s=0.2, allow_day_moves=True, language="ru")
    museum = next(m for m in proposal.moves if m.item_id == 10)
    assert museum.day_changed and facts.local(int(museum.new_start.timestamp())).date() == DAY2
    assert museum.reason == "opening_hours"
    assert museum.why == (
        "объект «Музей» закрыт в прежнее время (часы работы: Пт 09:00–18:00); "
        "перенесён на другой день (11 мая → 12 мая)"
    )
    port = [m for m in proposal.moves if m.item_id == 11]
    assert all(not m.day_changed and m.why for m in port)


def test_every_move_has_a_reason_in_each_language() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    slots = [
        slot(20, at(DAY2, "09:00"), at(DAY2, "09:45"), site_id=2, people={1, 2}, groups={1}),
        slot(21, at(DAY2, "09:00"), at(DAY2, "09:45"), site_id=3, people={1, 2}, groups={1}),
        slot(22, at(DAY2, "13:00"), at(DAY2, "14:00"), people={1, 2, 3}, groups={1, 2}, kind="meal",
             pinned=True, title="Обед"),
    ]  # fmt: skip
    english = set()
    for language in ("en", "ru", "kk"):
        proposal = plan_slots(slots, facts, time_limit_s=0.2, allow_day_moves=False, language=language)
        assert proposal.moves
        say = Messages(language)
        for move in proposal.moves:
            assert move.why == say("reason_" + move.reason, **move.details) and not move.day_changed
            if language == "en":
                english.add(move.why)
            else:
                assert move.why not in english and re.search("[а-яәіңғүұқөһ]", move.why)


def test_sites_from_the_list_are_placed_for_the_groups_that_may_go_and_the_rest_stay_on_the_list() -> None:
    facts = make_facts(SITES, groups=GROUPS)
    fixed = slot(30, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=2, people={1, 2, 3}, groups={1, 2},
                 pinned=True, title="Встреча")  # fmt: skip
    entries = [
        EntryToPlace(1, 3, "Театр", 50, required=True, groups=frozenset({2})),
        EntryToPlace(2, 1, "Музей", 30, priority=1),
        # longer than any day: it cannot be placed and stays on the list with the reason
        EntryToPlace(3, 2, "Порт (весь день)", 12 * 60, priority=2),
    ]
    proposal = plan_slots([fixed], facts, time_limit_s=0.3, to_place=entries, language="ru")
    placed = {p.entry_id: p for p in proposal.placed}
    assert set(placed) == {1, 2}
    assert placed[1].groups == (2,) and (placed[1].new_end - placed[1].new_start).total_seconds() == 50 * 60
    assert facts.local(int(placed[2].new_start.timestamp())).date() == DAY2  # the museum opens on Fridays
    assert all(p.why.startswith("размещён из списка") for p in proposal.placed)
    assert [(e.entry_id, e.reason.startswith("объект «Порт»")) for e in proposal.left] == [(3, True)]
    after = apply_to_slots([fixed], proposal, facts)
    assert [c for c in check_slots(after, facts) if c.severity == "error"] == []
    assert proposal.conflicts_after == [c for c in proposal.conflicts_after if c.severity != "error"]


def test_an_entry_whose_site_the_facts_lack_is_refused_not_planned_blind() -> None:
    # with no hours and no drives known the plan would put it anywhere and check itself clean
    facts = make_facts({s.id: s for s in (PORT, THEATRE)}, groups=GROUPS)
    entry = EntryToPlace(7, MUSEUM.id, "Музей", 45, required=True)
    with pytest.raises(ValidationError, match="«Музей»: its site \\(1\\) is not among the visit's sites"):
        plan_slots(_museum_on_thursday()[1:], facts, time_limit_s=0.2, to_place=[entry])
