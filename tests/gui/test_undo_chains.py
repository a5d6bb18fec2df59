"""Two edits in a row of the same record undo and redo one after the other without a false
"Changed by someone else": visit details, visit names, participants, sites and itinerary items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant, Site, Visit
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import Messages
from ui.commands.edit_commands import EditParticipantCommand, EditSiteCommand, EditVisitCommand
from ui.commands.itinerary_commands import EditItemCommand
from ui.commands.translation_commands import EditVisitNamesCommand
from ui.commands.visit_commands import EditVisitDetailsAndNamesCommand, EditVisitDetailsCommand
from ui.operations import Operations


@pytest.fixture
def sample(sample_db: tuple[Database, int]) -> Iterator[tuple[Operations, Database, int]]:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        yield ops, db, visit_id
    finally:
        ops.shutdown()


def _read(db: Database, table: type[Any], row_id: int, field: str) -> tuple[Any, int]:
    with UnitOfWork(db.sessions) as uow:
        row = uow.session.get(table, row_id)
        assert row is not None
        return getattr(row, field), row.version


def _edit_edit_undo_undo_redo_redo(
    ops: Operations,
    db: Database,
    table: type[Any],
    row_id: int,
    field: str,
    command: Callable[[Any, int], Any],
    first: Any,
    second: Any,
    messages: Messages,
) -> None:
    original, version = _read(db, table, row_id, field)
    assert ops.push(command(first, version), inline=True)
    _, version = _read(db, table, row_id, field)  # the dialog reads the record again before the second edit
    assert ops.push(command(second, version), inline=True)
    assert _read(db, table, row_id, field)[0] == second
    ops.undo_stack.undo()
    assert _read(db, table, row_id, field)[0] == first
    ops.undo_stack.undo()
    assert _read(db, table, row_id, field)[0] == original
    ops.undo_stack.redo()
    assert _read(db, table, row_id, field)[0] == first
    ops.undo_stack.redo()
    assert _read(db, table, row_id, field)[0] == second
    assert messages.shown == []  # no "Changed by someone else"


def test_two_visit_detail_edits_undo_and_redo_in_turn(
    sample: tuple[Operations, Database, int], no_blocking_dialogs: Messages
) -> None:
    ops, db, visit_id = sample
    _edit_edit_undo_undo_redo_redo(
        ops,
        db,
        Visit,
        visit_id,
        "purpose",
        lambda value, version: EditVisitDetailsCommand(visit_id, "t", {"purpose": value}, version),
        "Переговоры",
        "Подписание «соглашений» & обмен",
        no_blocking_dialogs,
    )


def test_two_visit_detail_and_name_edits_undo_and_redo_in_turn(
    sample: tuple[Operations, Database, int], no_blocking_dialogs: Messages
) -> None:
    ops, db, visit_id = sample
    _edit_edit_undo_undo_redo_redo(
        ops,
        db,
        Visit,
        visit_id,
        "title_i18n",
        lambda value, version: EditVisitDetailsAndNamesCommand(
            visit_id, "t", {"purpose": str(value)}, {"title_i18n": value}, version
        ),
        {"kk": "Сапар"},
        {"kk": "Қайтарма сапар", "en": "Return visit"},
        no_blocking_dialogs,
    )


def test_a_title_edit_then_a_names_edit_then_details_undo_in_turn(
    sample: tuple[Operations, Database, int], no_blocking_dialogs: Messages
) -> None:
    """Three kinds of visit command on one visit: each undo sees the version the one after it left."""
    ops, db, visit_id = sample
    title, version = _read(db, Visit, visit_id, "title")
    assert ops.push(EditVisitCommand(visit_id, title, {"title": "Визит А"}, version), inline=True)
    version = _read(db, Visit, visit_id, "title")[1]
    assert ops.push(
        EditVisitNamesCommand(visit_id, "t", {"title_i18n": {"kk": "Сапар"}}, version), inline=True
    )
    version = _read(db, Visit, visit_id, "title")[1]
    assert ops.push(EditVisitDetailsCommand(visit_id, "t", {"purpose": "Ә Ғ Қ"}, version), inline=True)
    for _ in range(3):
        ops.undo_stack.undo()
    assert _read(db, Visit, visit_id, "title")[0] == title
    for _ in range(3):
        ops.undo_stack.redo()
    assert _read(db, Visit, visit_id, "purpose")[0] == "Ә Ғ Қ"
    assert no_blocking_dialogs.shown == []


@pytest.mark.parametrize("kind", ["participant", "site", "item"])
def test_two_edits_of_a_participant_site_or_item_undo_and_redo_in_turn(
    sample: tuple[Operations, Database, int], no_blocking_dialogs: Messages, kind: str
) -> None:
    ops, db, visit_id = sample
    with UnitOfWork(db.sessions) as uow:
        if kind == "participant":
            table, field = Participant, "title"
            row_id = uow.session.scalars(
                select(Participant.id).where(Participant.visit_id == visit_id).limit(1)
            ).one()
            make: Callable[[Any, int], Any] = lambda v, ver: EditParticipantCommand(  # noqa: E731
                row_id, "n", {field: v}, ver
            )
        elif kind == "site":
            table, field = Site, "address"
            row_id = uow.session.scalars(select(Site.id).limit(1)).one()
            make = lambda v, ver: EditSiteCommand(row_id, "n", {field: v}, ver)  # noqa: E731
        else:
            table, field = ItineraryItem, "title"
            row_id = uow.session.scalars(
                select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id).limit(1)
            ).one()
            make = lambda v, ver: EditItemCommand(row_id, "n", {field: v}, ver)  # noqa: E731
    _edit_edit_undo_undo_redo_redo(
        ops, db, table, row_id, field, make, "Первое & <одно>", "Второе — Қазақ", no_blocking_dialogs
    )


def test_a_change_made_outside_the_window_between_edits_still_stops_the_undo(
    sample: tuple[Operations, Database, int], no_blocking_dialogs: Messages
) -> None:
    ops, db, _ = sample
    site_id = _first_site(db)
    _, version = _read(db, Site, site_id, "address")
    assert ops.push(EditSiteCommand(site_id, "n", {"address": "ул. Абая, 1"}, version), inline=True)
    with UnitOfWork(db.sessions) as uow:  # a colleague's save
        site = uow.session.get(Site, site_id)
        assert site is not None
        site.address = "ул. Сатпаева, 2"
        uow.commit()
    ops.undo_stack.undo()
    assert _read(db, Site, site_id, "address")[0] == "ул. Сатпаева, 2"
    assert [title for _, title, _ in no_blocking_dialogs.shown] == ["Changed by someone else"]


def _first_site(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.scalars(select(Site.id).limit(1)).one()
