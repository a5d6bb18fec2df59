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


def test_the_meal_rules_restaurant_is_chosen_in_settings_restaurants_first(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """The planner puts the lunch it adds at the visit's restaurant when the rule names one; the window
    had no field for it (only the visit file could set it)."""
    from planner.persistence.tables import Site

    db, visit_id = sample_db
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    offered: list[tuple[str, object]] = []

    def fill(dialog: QDialog) -> None:
        place = dialog.meal_places["lunch"]  # type: ignore[attr-defined]
        offered.extend((place.itemText(n), place.itemData(n)) for n in range(place.count()))
        assert place.currentData() is None  # wherever the group is, until one is chosen
        place.setCurrentIndex(1)  # the first place where meals are served
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(fill)
    window.show_settings()
    assert problems == []
    label, chosen = offered[1]
    with UnitOfWork(db.sessions) as uow:
        restaurant = uow.session.get(Site, chosen)
        # the sample keeps its hotel and restaurants as "hospitality"
        assert restaurant is not None and restaurant.category == "hospitality"
        assert label == f"{restaurant.name_i18n['en']} — Hospitality"  # in the interface language
        assert uow.session.get(Visit, visit_id).lunch_site_id == chosen
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).lunch_site_id is None
    ops.shutdown()
