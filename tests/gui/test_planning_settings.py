"""The visit's planning rules in the settings dialog: changed there, written as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import when_dialog_opens
from tests.gui.test_menus import _visit
from ui.main_window import MainWindow
from ui.operations import Operations


def test_the_visits_time_grid_is_set_in_settings_and_undone(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)

    def fill(dialog: QDialog) -> None:
        grid = dialog.grid  # type: ignore[attr-defined]
        assert grid.currentData() == 5
        grid.setCurrentIndex(grid.findData(15))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(fill)
    window.show_settings()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).plan_grid_min == 15
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).plan_grid_min == 5
