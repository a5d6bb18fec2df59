"""A drive nobody can work out (a site with no coordinates and no travel time given) is said, not
taken as none: between two items, and from the arrival place or to the departure place."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import CheckSettings, SiteFacts
from planner.scheduling.rules import Bound, Stay, Stays
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

SITES = {
    1: site(1, "музей", 47.10, 51.92),
    2: site(2, "НПЗ", 47.06, 51.94),
    3: SiteFacts(3, "Атырау әуежайы", "", 45, None),  # typed as an arrival place: no coordinates yet
    4: SiteFacts(4, "дом без адреса", "", 45, None),
}
GROUP = frozenset({1, 2})


def _unknown(slots, facts, language: str = "en"):  # type: ignore[no-untyped-def]
    found = check_slots(slots, facts, CheckSettings(language=language))
    return [c for c in found if c.rule == "travel_unknown"]


def test_a_drive_to_a_site_with_no_coordinates_is_a_warning_naming_that_site() -> None:
    facts = make_facts(SITES)
    museum = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people=GROUP)
    nowhere = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=4, people=GROUP)
    found = _unknown([museum, nowhere], facts)
    assert [(c.severity, c.item_ids) for c in found] == [("warning", (1, 2))]
    assert "the drive from музей (until 11:00) to дом без адреса (at 11:00) is not known" in found[0].message
    assert "give дом без адреса coordinates, or a travel time between the two sites" in found[0].message
    # a known drive, or the same site, is the travel rule's business, not this one's
    plant = slot(3, at(DAY1, "12:30"), at(DAY1, "13:00"), site_id=2, people=GROUP)
    assert _unknown([museum, plant], facts) == []
    again = slot(4, at(DAY1, "12:30"), at(DAY1, "13:00"), site_id=4, people=GROUP)
    assert [c.item_ids for c in _unknown([museum, nowhere, again], facts)] == [(1, 2)]


def test_a_travel_time_given_by_the_office_settles_it() -> None:
    facts = make_facts(SITES, overrides={(1, 4): 20})
    museum = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people=GROUP)
    nowhere = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=4, people=GROUP)
    assert _unknown([museum, nowhere], facts) == []
    # and the drive it gives is checked as any other
    assert [c.rule for c in check_slots([museum, nowhere], facts)] == ["travel_time"]


def test_two_sites_without_coordinates_are_both_named() -> None:
    facts = make_facts(SITES)
    airport = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=3, people=GROUP)
    nowhere = slot(2, at(DAY1, "12:00"), at(DAY1, "13:00"), site_id=4, people=GROUP)
    (found,) = _unknown([airport, nowhere], facts, "ru")
    assert "укажите координаты объектов «Атырау әуежайы» и «дом без адреса»" in found.message


def _stay(facts, place: int):  # type: ignore[no-untyped-def]
    stay = Stay(Bound(at(DAY1, "10:30"), place), Bound(at(DAY2, "16:00"), place))
    return replace(facts, stays=Stays(visit=stay))


def test_an_arrival_place_with_no_coordinates_is_said_and_the_first_stop_is_not_taken_as_reachable() -> None:
    # the walkthrough's visit: arrival at the airport at 10:30, the museum planned at 10:30 the same day
    facts = _stay(make_facts(SITES), 3)
    museum = slot(1, at(DAY1, "10:30"), at(DAY1, "11:15"), site_id=1, people=GROUP)
    found = _unknown([museum], facts)
    assert [c.severity for c in found] == ["warning", "warning"]
    assert found[0].message.startswith("the drive from the arrival place Атырау әуежайы is not known")
    assert "after the arrival at 11 May 10:30" in found[0].message
    assert found[1].message.startswith("the drive to the departure place Атырау әуежайы is not known")
    # with coordinates the stay rule works the drive out, and nothing is said about it
    placed = replace(SITES[3], coords=(47.12, 51.83))
    known = _stay(make_facts({**SITES, 3: placed}), 3)
    assert _unknown([museum], known) == []
    assert [c.rule for c in check_slots([museum], known)] == ["outside_stay"]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", ("время в пути от объекта «музей»", "Время в пути от места прибытия «Атырау әуежайы»")),
        ("kk", ("«музей» нысанынан (11:00-ге дейін)", "«Атырау әуежайы» келу орнынан жол уақыты белгісіз")),
    ],
)
def test_the_sentences_are_in_russian_and_kazakh(language: str, words: tuple[str, str]) -> None:
    facts = _stay(make_facts(SITES), 3)
    museum = slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=1, people=GROUP)
    nowhere = slot(2, at(DAY1, "11:30"), at(DAY1, "12:00"), site_id=4, people=GROUP)
    messages = [c.message for c in _unknown([museum, nowhere], facts, language)]
    assert any(words[0] in m for m in messages), messages
    assert any(words[1] in m for m in messages), messages
    assert not any("the drive" in m for m in messages)
