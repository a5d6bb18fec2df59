"""Nothing on a page's toolbar hides behind "»" in a 1280-pixel window, in English, Russian and Kazakh:
the itinerary's toolbar and the sites-to-place panel's buttons wrap onto a second row instead."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.wrapping_bar import WrappingBar


def test_every_toolbar_action_of_the_itinerary_shows_at_1280_pixels(
    qtbot: QtBot, sample_db: tuple[Database, int], language: str
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.itinerary)
        QApplication.processEvents()
        page = window.itinerary
        bars: list[QWidget] = [*page.findChildren(QToolBar), *page.findChildren(WrappingBar)]
        assert bars
        hidden: list[str] = []
        for bar in bars:
            for act in bar.actions():
                if act.isSeparator() or not act.isVisible():
                    continue
                button = bar.widgetForAction(act)  # type: ignore[attr-defined]
                if button is None or not button.isVisible():
                    hidden.append(act.text())
                    continue
                # and not cut off by the page's edge
                place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
                if not window.rect().contains(place):
                    hidden.append(act.text())
        assert hidden == [], hidden
        texts = {a.text() for bar in bars for a in bar.actions()}
        assert {page.assign_action.text(), page.to_place.remove_action.text()} <= texts
    finally:
        ops.shutdown()
