"""Undo then redo of "Create visit" brings the visit back with its arrival and departure exactly as they
were: the times, the places, and a place typed as new (a site made with the visit, removed by the undo)
made again, and removed again by a second undo."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import sites, visit_details
from ui.commands.edit_commands import AddVisitCommand
from ui.operations import Operations

ATYRAU = ZoneInfo("Asia/Atyrau")
NEW_VISIT: dict[str, Any] = {
    "title": "Визит делегации «Жайық» & Co",
    "delegation_name": "Делегация Астраханской области",
    "start_date": date(2026, 9, 15),
    "end_date": date(2026, 9, 16),
    "host_timezone": "Asia/Atyrau",
    "home_timezone": "Europe/Astrakhan",
    "arrival_at": datetime(2026, 9, 15, 10, 40, tzinfo=ATYRAU),
    "departure_at": datetime(2026, 9, 16, 17, 30, tzinfo=ATYRAU),
}


def _state(db: Database) -> tuple[list[tuple[int, str, str]], list[tuple[Any, ...]]]:
    with UnitOfWork(db.sessions) as uow:
        found = [(s.id, s.name, s.category) for s in uow.session.scalars(select(Site).order_by(Site.id))]
        stays = [
            (
                v.arrival_at.astimezone(ATYRAU) if v.arrival_at else None,
                uow.session.get(Site, v.arrival_site_id).name if v.arrival_site_id else None,
                v.departure_at.astimezone(ATYRAU) if v.departure_at else None,
                uow.session.get(Site, v.departure_site_id).name if v.departure_site_id else None,
            )
            for v in uow.session.scalars(select(Visit))
        ]
        return found, stays


def _push(ops: Operations, values: dict[str, Any], places: dict[str, str]) -> AddVisitCommand:
    command = AddVisitCommand(
        "Create visit", lambda uow: visit_details.create_visit_with_details(uow, values, places)
    )
    ops.push(command, None, inline=True)
    return command


def test_undo_redo_of_a_new_visit_keeps_its_stay_and_the_typed_place(ops: Operations, db: Database) -> None:
    known = "Международный аэропорт Атырау"
    known_id = sites.add_site(UnitOfWork(db.sessions), {"name": known, "category": "transport"}).id
    typed = "Вокзал «Атырау» & Co Әғқңөұүһі"
    _push(ops, NEW_VISIT, {"arrival_site_id": typed, "departure_site_id": known})
    made = _state(db)
    assert [row[1:] for row in made[0]] == [(known, "transport"), (typed, "station")]
    assert made[1] == [(NEW_VISIT["arrival_at"], typed, NEW_VISIT["departure_at"], known)]
    for _ in range(2):
        ops.undo_stack.undo()
        assert _state(db) == ([(known_id, known, "transport")], [])  # the typed place goes with it
        ops.undo_stack.redo()
        assert _state(db) == made  # the same site (by its id) and the same stay, at every redo


def test_undo_redo_of_a_new_visit_keeps_a_place_without_a_time(ops: Operations, db: Database) -> None:
    values = {**NEW_VISIT, "arrival_at": None, "departure_at": None}
    _push(ops, values, {"arrival_site_id": "Border crossing «Караозек»"})
    made = _state(db)
    assert made[1] == [(None, "Border crossing «Караозек»", None, None)]
    for _ in range(2):
        ops.undo_stack.undo()
        assert _state(db) == ([], [])
        ops.undo_stack.redo()
        assert _state(db) == made
