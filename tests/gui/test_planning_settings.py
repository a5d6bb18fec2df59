"""The visit's planning rules in the settings dialog: changed there, written as one undo step."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
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
        lunch_start, lunch_end, lunch_minutes = dialog.meals["lunch"]  # type: ignore[attr-defined]
        assert (lunch_start.time().toPython(), lunch_end.time().toPython(), lunch_minutes.value()) == (
            time(12, 0),
            time(14, 30),
            60,
        )
        lunch_minutes.setValue(45)
        dinner_start, _, dinner_minutes = dialog.meals["dinner"]  # type: ignore[attr-defined]
        assert dinner_minutes.value() == 0
        dinner_start.setTime(QTime(19, 30))
        dinner_minutes.setValue(90)
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
        assert (visit.lunch_min, visit.dinner_start, visit.dinner_end, visit.dinner_min) == (
            45,
            time(19, 30),
            time(21, 0),
            90,
        )
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert (visit.plan_grid_min, visit.boarding_min, visit.boarding_above) == (5, 0, 0)
        assert (visit.lunch_min, visit.dinner_start, visit.dinner_min) == (60, None, 0)
