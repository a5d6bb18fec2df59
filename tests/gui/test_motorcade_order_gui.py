"""The Transport page: a car moved up the motorcade's column shows at once in its new place with its new
number; undo puts the column back, on screen and in the database."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.vehicles import visit_vehicles
from ui.models.table_models import VehicleTableModel
from ui.operations import Operations


def shown(page: object) -> list[tuple[str, str]]:
    """(No., vehicle) as the table shows them, top to bottom."""
    model = page.model  # type: ignore[attr-defined]
    return [
        (model.index(r, VehicleTableModel.NUMBER).data(), model.index(r, VehicleTableModel.LABEL).data())
        for r in range(model.rowCount())
    ]


def test_move_a_car_up_then_undo(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    from ui.views.transport_page import TransportPage

    db, visit_id = sample_db
    ops = Operations(db)
    page = TransportPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    before = shown(page)
    labels = [label for _, label in before]
    assert [n for n, _ in before] == [str(n) for n in range(1, len(before) + 1)]
    # the akim's car (third) goes ahead of the governor's
    page.table.selectRow(2)
    page.up_action.trigger()
    moved = [labels[0], labels[2], labels[1], *labels[3:]]
    qtbot.waitUntil(lambda: [label for _, label in shown(page)] == moved, timeout=5000)
    assert shown(page)[1] == ("2", labels[2])
    assert page.selected().label == labels[2]  # the moved car stays chosen: press again to move it on
    assert ops.undo_stack.undoText() == f"Move {labels[2]} up in the motorcade"
    with UnitOfWork(db.sessions) as uow:
        assert [r.label for r in visit_vehicles(uow, visit_id)] == moved
    # the first car cannot go further up: nothing to undo is added
    page.table.selectRow(0)
    page.up_action.trigger()
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: shown(page) == before, timeout=5000)
    with UnitOfWork(db.sessions) as uow:
        assert [r.label for r in visit_vehicles(uow, visit_id)] == labels
    # and down: the last car cannot go further, the one before it can
    page.table.selectRow(len(labels) - 2)
    page.down_action.trigger()
    qtbot.waitUntil(lambda: shown(page)[-1][1] == labels[-2], timeout=5000)
    ops.shutdown()
