"""A repair shortens a visit to no less than two thirds of its length as planned, however many repairs
follow (issue 11): the length before the first shortening is kept with the item (migration 0012), read
by the next repair, carried in the visit file, and forgotten when the undo gives the item its length
back."""

from __future__ import annotations

import json
from datetime import time

from alembic import command
from sqlalchemy import select, text

from planner.interchange.visit_format import dump_visit_json, export_visit, import_visit
from planner.persistence.db import Database, _alembic_config
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services.planning import apply_proposal, propose_repair
from tests.support.synthetic import synthetic_visit

DAY = "2023-05-11"


def _visit(db: Database) -> tuple[int, int, int]:
    """A day of one group ending at 18:00: the port 15:00-16:00, then a 45-minute school visit at the
    same site (no drive). Returns the visit, the port and the school."""
    data = synthetic_visit(sites=2, participants=2, items=0, days=1, groups=1)
    data["visit"]["day_end"] = "18:00"
    group = data["groups"][0]
    for key, title, start, end in (
        ("I1", "Порт", "15:00", "16:00"),
        ("I2", "Школа «Ақ жол»", "16:10", "16:55"),
    ):
        data["itinerary"].append(
            {
                "key": key,
                "kind": "site_visit",
                "title": title,
                "starts_at": f"{DAY}T{start}:00+05:00",
                "ends_at": f"{DAY}T{end}:00+05:00",
                "site": "S1",
                "groups": [group["key"]],
                "attendees": group["members"],
            }
        )
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, data)
        uow.commit()
    with db.sessions() as s:
        mine = ItineraryItem.visit_id == visit_id
        rows = s.execute(select(ItineraryItem.title, ItineraryItem.id).where(mine))
        ids = {title: item_id for title, item_id in rows}
    return visit_id, ids["Порт"], ids["Школа «Ақ жол»"]


def _school(db: Database, item_id: int) -> tuple[int, int | None] | None:
    """The school's length in minutes and its planned length, or None when it went back to the list."""
    with db.sessions() as s:
        item = s.get(ItineraryItem, item_id)
        if item is None:
            return None
        return int((item.ends_at - item.starts_at).total_seconds()) // 60, item.planned_minutes


def test_a_second_overrun_never_cuts_a_shortened_visit_below_two_thirds_of_its_planned_length(
    db: Database,
) -> None:
    visit_id, port, school = _visit(db)
    # the port runs until 17:30: 30 min are left for the 45-minute school, two thirds of it
    first = propose_repair(UnitOfWork(db.sessions), visit_id, port, time(17, 30))
    [shortened] = [m for m in first.moves if m.item_id == school]
    assert shortened.shortened and (shortened.new_end - shortened.new_start).total_seconds() == 30 * 60
    applied = apply_proposal(UnitOfWork(db.sessions), first)
    assert _school(db, school) == (30, 45)

    # ten more minutes: two thirds of the 30 it has now would be 20, but the visit was planned at 45
    second = propose_repair(UnitOfWork(db.sessions), visit_id, port, time(17, 40))
    for move in second.moves:
        if move.item_id == school:
            assert (move.new_end - move.new_start).total_seconds() >= 30 * 60
    assert [d.item_id for d in second.dropped] == [school]  # back to the list, not cut to 20 min

    # a repair that leaves room keeps the planned length; the undo gives it back and forgets it
    apply_proposal(UnitOfWork(db.sessions), applied.inverse)
    assert _school(db, school) == (45, None)


def test_the_visit_file_carries_the_planned_length_and_older_files_import_unchanged(db: Database) -> None:
    visit_id, port, _ = _visit(db)
    apply_proposal(
        UnitOfWork(db.sessions), propose_repair(UnitOfWork(db.sessions), visit_id, port, time(17, 30))
    )
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    rows = {row["title"]: row for row in exported["itinerary"]}
    assert rows["Школа «Ақ жол»"]["planned_minutes"] == 45
    assert "planned_minutes" not in rows["Порт"]  # never shortened: the item reads as before
    with UnitOfWork(db.sessions) as uow:
        again = import_visit(uow, json.loads(dump_visit_json(exported)))
        uow.commit()
    with db.sessions() as s:
        found = s.execute(
            select(ItineraryItem.title, ItineraryItem.planned_minutes).where(ItineraryItem.visit_id == again)
        )
        planned = {title: minutes for title, minutes in found}
    assert planned == {"Порт": None, "Школа «Ақ жол»": 45}


def test_migration_0012_keeps_the_items_both_ways(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        return  # the migration is plain add/drop column; PRAGMA below is SQLite's
    visit_id, port, _ = _visit(db)
    apply_proposal(
        UnitOfWork(db.sessions), propose_repair(UnitOfWork(db.sessions), visit_id, port, time(17, 30))
    )
    items = text("SELECT count(*), min(title), max(title), min(starts_at), max(ends_at) FROM itinerary_items")
    with db.engine.connect() as conn:
        before = conn.execute(items).one()
    config = _alembic_config(db.engine)
    command.downgrade(config, "0009")
    with db.engine.connect() as conn:
        assert conn.execute(items).one() == before
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(itinerary_items)"))}
        assert "planned_minutes" not in columns
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert conn.execute(items).one() == before
        # an item of before the migration was never shortened as far as the database knows
        assert conn.execute(text("SELECT count(planned_minutes) FROM itinerary_items")).scalar() == 0
