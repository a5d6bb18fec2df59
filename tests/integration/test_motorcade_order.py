"""The motorcade's order set by the officer: each car's place in the column, moved in the service (one
change-log row per moved car, undo restores), carried in the visit file (older files keep their order),
kept by migration 0013, and printed as the car's number on the manifest and the placards."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import select, text

from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Vehicle
from planner.persistence.uow import UnitOfWork
from planner.queries.vehicles import visit_vehicles
from planner.services import printing
from planner.services.vehicles import (
    add_vehicle,
    delete_vehicle,
    moved_in_order,
    positions_for_order,
    restore_vehicle,
    set_motorcade_positions,
)
from tests.integration.test_documents_support import hostile_visit, in_order, load, page_texts, sample_file

EN = DocumentSettings(language="en")
RU = DocumentSettings(language="ru")


def labels(db: Database, visit_id: int) -> list[str]:
    """The cars as the officer sees them on the Transport page: the column's order."""
    with UnitOfWork(db.sessions) as uow:
        return [row.label for row in visit_vehicles(uow, visit_id)]


def ids(db: Database, visit_id: int) -> list[int]:
    with UnitOfWork(db.sessions) as uow:
        return [row.id for row in visit_vehicles(uow, visit_id)]


def file_labels() -> list[str]:
    return [v["label"] for v in sample_file()["vehicles"]]


def test_the_sample_stands_in_the_order_of_its_file_and_numbers_follow(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    assert labels(db, visit_id) == file_labels()
    with UnitOfWork(db.sessions) as uow:
        assert [row.number for row in visit_vehicles(uow, visit_id)] == list(range(1, len(file_labels()) + 1))


def test_moving_a_car_up_reorders_the_column_logs_each_moved_car_and_undo_restores(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = ids(db, visit_id)
    # the akim's car (third) moves ahead of the governor's car (second)
    positions = moved_in_order(before, before[2], -1)
    assert positions is not None
    replaced = set_motorcade_positions(UnitOfWork(db.sessions), positions)
    names = file_labels()
    assert labels(db, visit_id) == [names[0], names[2], names[1], *names[3:]]
    assert replaced.changes  # the Transport page and the documents refresh
    assert replaced.old == {before[1]: 2, before[2]: 3}  # only the two cars that moved
    with db.sessions() as s:
        logged = s.execute(
            select(ChangeLog.record_id, ChangeLog.old_value, ChangeLog.new_value).where(
                ChangeLog.table_name == "vehicles", ChangeLog.field == "motorcade_position"
            )
        ).all()
    assert sorted(tuple(r) for r in logged) == sorted([(before[1], "2", "3"), (before[2], "3", "2")])
    # undo: the old places back, the column as it was
    set_motorcade_positions(UnitOfWork(db.sessions), replaced.old)
    assert ids(db, visit_id) == before


def test_moves_at_the_ends_do_nothing_and_bad_places_are_refused_with_nothing_changed(
    sample_db: tuple[Database, int], db: Database
) -> None:
    sample, visit_id = sample_db
    order = ids(sample, visit_id)
    assert moved_in_order(order, order[0], -1) is None
    assert moved_in_order(order, order[-1], 1) is None
    assert moved_in_order(order, 999999, 1) is None
    for bad in (0, -1, "2", True, 2.0, 2**63):
        with pytest.raises(ValidationError) as caught:
            set_motorcade_positions(UnitOfWork(sample.sessions), {order[0]: bad, order[1]: 1})
        assert any(p.where == "motorcade_position" for p in caught.value.problems)
        assert "whole number from 1" in str(caught.value)
    assert ids(sample, visit_id) == order
    # the same places again change nothing and log nothing
    unchanged = set_motorcade_positions(UnitOfWork(sample.sessions), positions_for_order(order))
    assert unchanged.old == {} and not unchanged.changes


def test_cars_of_two_visits_cannot_be_reordered_together(db: Database) -> None:
    first = load(UnitOfWork(db.sessions), hostile_visit())
    second = load(UnitOfWork(db.sessions), hostile_visit())
    a = add_vehicle(UnitOfWork(db.sessions), first, {"label": "Lead car"}).id
    b = add_vehicle(UnitOfWork(db.sessions), second, {"label": "Lead car"}).id
    query = select(Vehicle.id, Vehicle.motorcade_position).order_by(Vehicle.id)
    with db.sessions() as s:
        before = s.execute(query).all()
    with pytest.raises(ValidationError, match="one visit"):
        set_motorcade_positions(UnitOfWork(db.sessions), {a: 1, b: 2})
    with db.sessions() as s:
        assert s.execute(query).all() == before


def test_a_new_car_goes_last_and_a_deleted_car_comes_back_in_its_place(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = ids(db, visit_id)
    new = add_vehicle(UnitOfWork(db.sessions), visit_id, {"label": 'Tom & "Jerry" <Ltd> Қ'}).id
    assert ids(db, visit_id) == [*before, new]
    deleted = delete_vehicle(UnitOfWork(db.sessions), before[1])
    assert ids(db, visit_id) == [before[0], *before[2:], new]
    with UnitOfWork(db.sessions) as uow:
        # numbers close the gap: the car behind the deleted one is now No. 2
        assert [r.number for r in visit_vehicles(uow, visit_id)][:2] == [1, 2]
    restore_vehicle(UnitOfWork(db.sessions), deleted)
    assert ids(db, visit_id) == [*before, new]


def test_the_manifest_and_the_placards_print_the_cars_in_the_set_order(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    cars = sample_file()["vehicles"]
    order = ids(db, visit_id)
    # the bus (last) is put at the head of the column
    set_motorcade_positions(UnitOfWork(db.sessions), positions_for_order([order[-1], *order[:-1]]))
    wanted = [cars[-1], *cars[:-1]]
    manifest = "".join(page_texts(printing.motorcade_pdf(UnitOfWork(db.sessions), visit_id, EN)))
    found = in_order(
        manifest, [part for n, v in enumerate(wanted, start=1) for part in (f"Car No. {n}", v["plate"])]
    )
    assert all(at >= 0 for at in found), found
    placards = page_texts(printing.car_placards_pdf(UnitOfWork(db.sessions), visit_id, EN))
    assert len(placards) == len(cars)
    for n, (page, car) in enumerate(zip(placards, wanted, strict=True), start=1):
        assert car["plate"] in page and str(n) in page.split()


def test_the_visit_file_carries_the_order_and_an_older_file_keeps_its_own(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    order = ids(db, visit_id)
    set_motorcade_positions(UnitOfWork(db.sessions), positions_for_order([order[3], *order[:3], *order[4:]]))
    moved = labels(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    # every car says its place; the file lists them by label as before, so the places carry the column
    by_place = sorted(exported["vehicles"], key=lambda v: v["motorcade_position"])
    assert [v["label"] for v in by_place] == moved
    assert [v["motorcade_position"] for v in by_place] == list(range(1, len(moved) + 1))
    again = load(UnitOfWork(db.sessions), copy.deepcopy(exported))
    assert labels(db, again) == moved
    # an older file (no places): its cars stand in the file's order, whatever their labels
    older = copy.deepcopy(exported)
    for vehicle in older["vehicles"]:
        del vehicle["motorcade_position"]
    old_id = load(UnitOfWork(db.sessions), older)
    assert labels(db, old_id) == [v["label"] for v in older["vehicles"]]
    # two cars with one place: refused, naming the field and what to do, nothing imported
    twice = copy.deepcopy(exported)
    twice["vehicles"][1]["motorcade_position"] = twice["vehicles"][0]["motorcade_position"]
    with pytest.raises(
        ValidationError, match=r"vehicles\[1\]\.motorcade_position|motorcade_position"
    ) as caught:
        load(UnitOfWork(db.sessions), twice)
    assert "give each car its own place" in str(caught.value)


def test_migration_0013_numbers_existing_cars_in_the_order_they_were_entered(
    sample_db: tuple[Database, int],
) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    before = ids(db, visit_id)
    # in Russian, the language the cars' names are typed in: going below 0014 drops their translations
    pdf_before = page_texts(printing.motorcade_pdf(UnitOfWork(db.sessions), visit_id, RU))
    config = _alembic_config(db.engine)
    command.downgrade(config, "0012")
    with db.engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(vehicles)"))}
        assert "motorcade_position" not in columns
        assert conn.execute(text("SELECT count(*) FROM vehicles")).scalar() == len(before)
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        places = conn.execute(text("SELECT id, motorcade_position FROM vehicles ORDER BY id")).all()
    assert [tuple(p) for p in places] == [(v, n) for n, v in enumerate(sorted(before), start=1)]
    assert ids(db, visit_id) == before
    pdf_after = page_texts(printing.motorcade_pdf(UnitOfWork(db.sessions), visit_id, RU))
    # the same manifest, but for the time of printing in the footer
    strip = [line for page in pdf_before for line in page.splitlines() if "Дата печати" not in line]
    assert strip == [line for page in pdf_after for line in page.splitlines() if "Дата печати" not in line]
