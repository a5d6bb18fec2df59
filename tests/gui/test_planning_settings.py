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


def test_the_visits_grid_and_boarding_are_set_in_settings_as_one_undo_step(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)

    def fill(dialog: QDialog) -> None:
        grid = dialog.grid  # type: ignore[attr-defined]
        assert grid.currentData() == 5
        grid.setCurrentIndex(grid.findData(15))
        dialog.boarding.setValue(5)  # type: ignore[attr-defined]
        dialog.boarding_above.setValue(20)  # type: ignore[attr-defined]
        dialog.boarding_extra.setValue(5)  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(fill)
    window.show_settings()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert (visit.plan_grid_min, visit.boarding_min, visit.boarding_above, visit.boarding_extra_min) == (
            15,
            5,
            20,
            5,
        )
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert (visit.plan_grid_min, visit.boarding_min, visit.boarding_above) == (5, 0, 0)
