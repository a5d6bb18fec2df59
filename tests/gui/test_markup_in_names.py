"""A name typed with markup characters shows as typed on every screen: a label that shows data never
takes "<b>…</b>" for formatting (Qt guesses rich text from a label's text unless told otherwise)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from tests.integration.test_documents_support import hostile_visit, load
from ui.main_window import MainWindow
from ui.operations import Operations

MARKED = "<b>not bold</b>"  # in the hostile visit's first item, and put into the visit's names below


def _marked_visit() -> dict[str, Any]:
    data = hostile_visit()
    data["visit"]["title"] = f"Visit {MARKED} & co"
    data["visit"]["purpose"] = f"Purpose {MARKED}"
    data["visit"]["host_organisation"] = f"Akimat {MARKED}"
    data["delegation"]["name"] = f"Delegation {MARKED}"
    return data


def _rendered_as_markup(root: QWidget) -> list[str]:
    """The visible labels under ``root`` whose text holds the marked name and would be drawn as markup."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if MARKED not in text:
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
        )
        if rich:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:80]}")
    return found


def test_names_with_markup_show_as_typed_on_every_page(qtbot: QtBot, db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), _marked_visit())
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        page = window.tabs.currentWidget()
        # pick the first row of a page's list, so its details panel shows the names
        for view in page.findChildren(QWidget):
            model = getattr(view, "model", None)
            select = getattr(view, "selectRow", None)
            if callable(model) and callable(select) and model() is not None and model().rowCount() > 0:
                select(0)
        qtbot.wait(50)
        problems += [f"{window.tabs.tabText(index)} — {p}" for p in _rendered_as_markup(window)]
    assert sorted(set(problems)) == []
    ops.shutdown()


def test_names_with_markup_show_as_typed_in_the_today_window(qtbot: QtBot, db: Database) -> None:
    from datetime import datetime, timedelta

    from ui.views.live_page import LiveWindow

    data = _marked_visit()
    visit_id = load(UnitOfWork(db.sessions), data)
    first = min(datetime.fromisoformat(i["starts_at"]) for i in data["itinerary"])
    ops = Operations(db)
    window = LiveWindow(ops, visit_id, now=lambda: first + timedelta(minutes=10))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    assert any("not bold" in label.text() for label in window.findChildren(QLabel))  # the names are there
    assert _rendered_as_markup(window) == []
    ops.shutdown()
