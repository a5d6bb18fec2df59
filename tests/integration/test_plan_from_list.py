"""Planning from the list of sites to place keeps every rule (found by a new officer in the window): a
site closed on Mondays is placed on a day it is open, the drive and the boarding around each placed
site are kept, the plan's road time counts its drives, and the check finds no error once it is applied.

The visit is the one built in the window: 14–15 Dec 2026 (Monday and Tuesday), one pinned meeting, a
lunch rule, and five sites on the list that no item uses yet (so their hours and drives were unknown to
the planner: it put the museum and the theatre, open Tu-Su, on Monday and a 14-minute drive in no time).
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from planner.domain.errors import ValidationError
from planner.interchange.visit_import import import_visit
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.scheduling_input import load_facts
from planner.queries.slot_rows import load_slots
from planner.queries.to_place import sites_to_place
from planner.scheduling.lanes import lane_travel, lanes_of
from planner.services.itinerary import update_item
from planner.services.planning import apply_proposal, check_visit, propose_plan, propose_repair

ZONE = ZoneInfo("Asia/Atyrau")
MONDAY, TUESDAY = date(2026, 12, 14), date(2026, 12, 15)


def _site(key: str, name: str, lat: float, lon: float, hours: str, minutes: int) -> dict[str, Any]:
    return {"key": key, "name": name, "latitude": lat, "longitude": lon, "opening_hours": hours,
            "usual_duration_min": minutes}  # fmt: skip


def _person(key: str, name: str, side: str, rank: int) -> dict[str, Any]:
    return {"key": key, "side": side, "full_name": name, "protocol_rank": rank}


def _entry(site: str, minutes: int, group: str) -> dict[str, Any]:
    return {"site": site, "duration_min": minutes, "required": True, "priority": 0, "groups": [group]}


VISIT: dict[str, Any] = {
    "format": "delegation-planner/visit",
    "format_version": 1,
    "delegation": {"name": "Astrakhan region delegation", "home_timezone": "Europe/Astrakhan"},
    "visit": {
        "title": "Astrakhan delegation in Atyrau",
        "host_timezone": "Asia/Atyrau",
        "start_date": "2026-12-14",
        "end_date": "2026-12-15",
        "day_start": "09:00",
        "day_end": "18:00",
        "travel_speed_kmh": 40.0,
        "road_factor": 1.3,
    },
    "sites": [
        _site("S01", "Atyrau University", 47.11, 51.92, "Mo-Fr 9:00-18:00", 60),
        _site("S02", "Atyrau port", 47.09, 51.87, "Mo-Sa 08:00-20:00", 60),
        _site("S03", "Atyrau refinery", 47.06, 51.95, "Mo-Fr 09:00-17:00", 90),
        _site("S04", "Drama theatre", 47.107, 51.91, "Tu-Su 10:00-21:00", 90),
        _site("S05", "Regional museum", 47.105, 51.915, "Tu-Su 10:00-18:00", 45),
    ],
    "participants": [
        _person("P01", "Igor Babushkin", "guest", 1),
        _person("P02", 'Tom & "Jerry" <Ltd>', "guest", 2),
        _person("P03", "Anna Petrova", "guest", 3),
        _person("P04", "Oleg Ivanov", "guest", 4),
        _person("P05", "Serik Shapkenov", "host", 1),
        _person("P06", "Әлихан Қасымұлы", "host", 2),
    ],
    "groups": [
        {"key": "G01", "name": "Business people", "members": ["P02", "P04"]},
        {"key": "G02", "name": "Officials", "members": ["P01", "P03"]},
    ],
    "itinerary": [
        {
            "key": "I01",
            "kind": "meeting",
            "title": "Talks with the akim",
            "starts_at": "2026-12-14T11:00:00+05:00",
            "ends_at": "2026-12-14T12:00:00+05:00",
            "groups": ["G02"],
            "attendees": ["P01", "P03", "P05", "P06"],
            "pinned": True,
            "required": True,
        }
    ],
    "planning": {
        "grid_minutes": 5,
        # boarding counts: every transfer between two sites is the drive and 5 minutes to board
        "boarding": {"minutes": 5, "extra_minutes": 0, "above": 0},
        "lunch": {"start": "12:00", "end": "14:30", "minutes": 60, "site": None},
        "dinner": None,
        "stays": [],
    },
    "to_place": [
        _entry("S01", 60, "G02"),
        _entry("S03", 90, "G01"),
        _entry("S04", 90, "G02"),
        _entry("S05", 45, "G02"),
        _entry("S02", 60, "G01"),
    ],
}


@pytest.fixture
def walk_visit(sqlite_db: Database) -> tuple[Database, int]:
    with UnitOfWork(sqlite_db.sessions) as uow:
        visit_id = import_visit(uow, VISIT)
        uow.commit()
    return sqlite_db, visit_id


@pytest.mark.parametrize("allow_day_moves", [False, True])
def test_sites_from_the_list_keep_their_hours_drives_and_boarding(
    walk_visit: tuple[Database, int], allow_day_moves: bool
) -> None:
    db, visit_id = walk_visit
    proposal = propose_plan(
        UnitOfWork(db.sessions), visit_id, time_limit_s=0.5, allow_day_moves=allow_day_moves
    )
    placed = {p.title: p for p in proposal.placed}
    assert len(placed) == 5 and proposal.left == []
    # open Tu-Su: never on Monday 14 Dec
    for title in ("Regional museum", "Drama theatre"):
        assert placed[title].new_start.astimezone(ZONE).date() == TUESDAY, title
    # the proposal is checked with the sites' hours and drives: nothing is shown clean that is not
    assert proposal.errors_after == [], [c.message for c in proposal.errors_after]

    applied = apply_proposal(UnitOfWork(db.sessions), proposal)
    assert len(applied.placed) == 5
    report = check_visit(UnitOfWork(db.sessions), visit_id)
    assert report.errors == [], [c.message for c in report.errors]

    # each group's consecutive sites of a day are at least the drive and the boarding apart
    with UnitOfWork(db.sessions) as uow:
        facts = load_facts(uow.session, visit_id)
        slots = load_slots(uow.session, visit_id, facts)
    transfer = facts.travel.transfer
    drives = 0
    for group in facts.groups:
        mine = sorted(
            (s for s in slots if group in s.groups and s.site_id is not None), key=lambda s: s.start
        )
        for a, b in pairwise(mine):
            if facts.local(a.start).date() != facts.local(b.start).date():
                continue
            need = transfer(a.site_id, b.site_id, 2) or 0
            assert b.start - a.end >= need * 60, (a.title, b.title, need)
            drives += facts.travel.minutes(a.site_id, b.site_id) or 0
    # the road time the plan states is that of the applied programme, drives counted (not 0)
    assert drives > 0
    assert proposal.travel_minutes == lane_travel(slots, lanes_of(facts, slots), facts) >= drives


def clashing_visit() -> dict[str, Any]:
    """The window's visit with a second pinned meeting of the officials over the talks: an error no plan
    can resolve (pinned items stay)."""
    data = copy.deepcopy(VISIT)
    second = dict(data["itinerary"][0], key="I02", title="Signing", attendees=["P01", "P05"])
    second["starts_at"], second["ends_at"] = "2026-12-14T11:30:00+05:00", "2026-12-14T12:00:00+05:00"
    data["itinerary"].append(second)
    return data


def test_a_plan_that_leaves_an_error_is_refused_and_nothing_is_written(sqlite_db: Database) -> None:
    with UnitOfWork(sqlite_db.sessions) as uow:
        visit_id = import_visit(uow, clashing_visit())
        uow.commit()
    proposal = propose_plan(UnitOfWork(sqlite_db.sessions), visit_id, time_limit_s=0.5)
    assert proposal.placed and proposal.errors_after
    with pytest.raises(ValidationError) as refused:
        apply_proposal(UnitOfWork(sqlite_db.sessions), proposal)
    # each error named as the check names it (in the proposal's language)
    assert [p.reason for p in refused.value.problems] == [c.message for c in proposal.errors_after]
    with UnitOfWork(sqlite_db.sessions) as uow:
        assert len(sites_to_place(uow, visit_id)) == 5
    assert check_visit(UnitOfWork(sqlite_db.sessions), visit_id).items == 2  # nothing placed


def _planned(db: Database, visit_id: int) -> tuple[int, int]:
    """Plan and apply the visit; the talks' id and the officials' Monday lunch the plan added (which the
    business people share when they lunch at the same time)."""
    applied = apply_proposal(UnitOfWork(db.sessions), propose_plan(UnitOfWork(db.sessions), visit_id, 0.5))
    with UnitOfWork(db.sessions) as uow:
        items = {r.id: r for r in visit_items(uow, visit_id)}
    talks = next(i for i, r in items.items() if r.title == "Talks with the akim")
    lunch = next(
        i
        for i in applied.added
        if "Officials" in items[i].groups and items[i].starts_at.astimezone(ZONE).date() == MONDAY
    )
    assert not items[lunch].pinned and items[lunch].starts_at == items[talks].ends_at
    return talks, lunch


def test_a_lunch_the_plan_added_gives_way_to_an_overrun_inside_its_window(
    walk_visit: tuple[Database, int],
) -> None:
    db, visit_id = walk_visit
    talks, lunch = _planned(db, visit_id)
    repair = propose_repair(UnitOfWork(db.sessions), visit_id, talks, timedelta(minutes=15))
    moves = {m.item_id: m for m in repair.moves}
    assert moves[talks].new_end.astimezone(ZONE).strftime("%H:%M") == "12:15"
    # the lunch starts when the talks end, keeps its hour, and stays in 12:00–14:30
    new = moves[lunch]
    assert (
        new.new_start.astimezone(ZONE).strftime("%H:%M"),
        new.new_end.astimezone(ZONE).strftime("%H:%M"),
    ) == (
        "12:15",
        "13:15",
    )
    assert "12:00–14:30" in new.why and "«Talks with the akim»" in new.why
    assert repair.errors_after == [] and repair.remaining == [] and repair.pinned == []
    apply_proposal(UnitOfWork(db.sessions), repair)
    assert check_visit(UnitOfWork(db.sessions), visit_id).errors == []


def test_a_pinned_lunch_is_not_moved_unless_asked(walk_visit: tuple[Database, int]) -> None:
    db, visit_id = walk_visit
    talks, lunch = _planned(db, visit_id)
    update_item(UnitOfWork(db.sessions), lunch, {"pinned": True})
    repair = propose_repair(UnitOfWork(db.sessions), visit_id, talks, timedelta(minutes=15))
    assert lunch not in {m.item_id for m in repair.moves}
    assert [p.item_id for p in repair.pinned] == [lunch] and repair.pinned[0].can_shift
    assert repair.errors_after and repair.remaining
    shifted = propose_repair(
        UnitOfWork(db.sessions), visit_id, talks, timedelta(minutes=15), shift_pinned=True
    )
    assert lunch in {m.item_id for m in shifted.moves} and shifted.errors_after == []
