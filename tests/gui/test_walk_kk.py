"""What a new officer tripped over building a visit from nothing in Kazakh: Tab caught in a text box
(the visit's purpose, an item's notes, a meeting's agenda and minutes), the meeting's attendees dialog
cutting the names and sides it lists, and the Print page keeping the old document language after the
default one was changed in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QPlainTextEdit
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from tests.gui.conftest import when_dialog_opens
from ui.i18n import current_language, install_language
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.visit_dialog import visit_dialog


def _nothing(values: dict[str, Any]) -> None:
    return None


@pytest.fixture
def kazakh() -> Iterator[str]:
    before = current_language()
    install_language("kk")
    yield "kk"
    install_language(before)


def test_tab_leaves_the_visits_purpose_for_the_next_field(qtbot: QtBot) -> None:
    dialog = visit_dialog(_nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    purpose = dialog.form.fields["purpose"]
    assert isinstance(purpose, QPlainTextEdit)
    purpose.setFocus()
    qtbot.keyClicks(purpose, "Trade")
    qtbot.keyClick(purpose, Qt.Key.Key_Tab)
    assert purpose.toPlainText() == "Trade"  # no tab typed into the text
    assert dialog.focusWidget() is not purpose
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is purpose


def _window(qtbot: QtBot, db: Database, visit_id: int) -> tuple[Operations, MainWindow]:
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return ops, window


def test_tab_leaves_a_meetings_agenda_and_minutes(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    ops, window = _window(qtbot, db, visit_id)
    try:
        page = window.meetings
        window.tabs.setCurrentWidget(page)
        page.table.selectRow(0)
        QApplication.processEvents()
        for box in (page.agenda, page.minutes):
            box.setFocus()
            before = box.toPlainText()
            qtbot.keyClick(box, Qt.Key.Key_Tab)
            assert box.toPlainText() == before
            assert QApplication.focusWidget() is not box
    finally:
        ops.shutdown()


def test_the_attendees_dialog_shows_each_name_and_side_whole(
    qtbot: QtBot, sample_db: tuple[Database, int], kazakh: str
) -> None:
    db, visit_id = sample_db
    ops, window = _window(qtbot, db, visit_id)
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        checklist = dialog.findChild(QListWidget)
        assert checklist is not None
        QApplication.processEvents()
        metrics = checklist.fontMetrics()
        widest = max(metrics.horizontalAdvance(checklist.item(n).text()) for n in range(checklist.count()))
        seen["widest"] = widest
        seen["room"] = checklist.viewport().width()
        seen["scroll"] = checklist.horizontalScrollBar().isVisible()
        dialog.reject()

    try:
        page = window.meetings
        window.tabs.setCurrentWidget(page)
        page.table.selectRow(0)
        QApplication.processEvents()
        problems = when_dialog_opens(look)
        page.change_attendees()
        assert not problems, problems
        # the check box and its margins take some 30 pixels before the text
        assert seen["room"] >= seen["widest"] + 30, seen
        assert not seen["scroll"]
    finally:
        ops.shutdown()


def test_the_print_page_takes_the_document_language_chosen_in_settings(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    QSettings().setValue("documents/language", "ru")
    ops, window = _window(qtbot, db, visit_id)
    try:
        page = window.printing
        assert page.language.currentData() == "ru"

        def choose_kazakh(dialog: QDialog) -> None:
            dialog.doc_language.setCurrentIndex(dialog.doc_language.findData("kk"))  # type: ignore[attr-defined]
            dialog.accept()

        problems = when_dialog_opens(choose_kazakh)
        window.show_settings()
        assert not problems, problems
        assert QSettings().value("documents/language") == "kk"
        assert page.language.currentData() == "kk"
        # carried to a window rebuilt in another interface language as the language now chosen
        assert window.page_choices()["print"]["language"] == "kk"
    finally:
        ops.shutdown()
