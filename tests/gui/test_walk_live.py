"""A protocol officer's day of the visit and the days after it, in Russian: what they tripped over.

A due date typed on the keyboard into an empty date field; the Today window on a 1366 x 768 laptop and
Ctrl+Z in it after applying a delay.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from tests.gui.conftest import screen_of, shown
from ui.i18n import install_language
from ui.operations import Operations
from ui.views.editors import action_item_dialog
from ui.views.forms import SCREEN_ROOM, FormDialog
from ui.views.live_page import LiveWindow


def _action_item(qtbot: QtBot, saved: list[dict[str, Any]]) -> FormDialog:
    dialog = action_item_dialog(saved.append, [], calendar_at=date(2023, 5, 12))
    shown(qtbot, dialog)
    dialog.form.fields["description"].setPlainText("Подготовить обращение в авиакомпанию")
    return dialog


def _type_due(qtbot: QtBot, dialog: FormDialog, typed: str) -> None:
    due = dialog.form.fields["due_date"]
    due.setFocus()
    qtbot.waitUntil(due.hasFocus)
    QTest.keyClicks(due, typed)


def test_a_due_date_typed_into_the_empty_field_is_saved_as_typed(qtbot: QtBot, language: str) -> None:
    for typed, meant in (("20.06.2023", date(2023, 6, 20)), ("5.6.2023", date(2023, 6, 5))):
        saved: list[dict[str, Any]] = []
        dialog = _action_item(qtbot, saved)
        _type_due(qtbot, dialog, typed)
        assert dialog.form.fields["due_date"].lineEdit().text().replace(" ", "") in (typed, "05.06.2023")
        QTest.keyClick(dialog.form.fields["due_date"], Qt.Key.Key_Return)  # OK, without leaving the field
        assert saved and saved[0]["due_date"] == meant, (typed, saved)


def test_a_half_typed_due_date_is_refused_beside_the_field_not_saved_as_none(
    qtbot: QtBot, language: str
) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _action_item(qtbot, saved)
    _type_due(qtbot, dialog, "20.06")
    dialog.try_accept()
    assert saved == []
    assert dialog.isVisible()
    said = dialog.form.error_text("due_date")
    assert "20.06.2023" in said
    assert ("Type the date" in said) == (language == "en")


def test_the_arrow_key_on_an_empty_date_starts_at_the_day_of_the_visit(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _action_item(qtbot, saved)
    due = dialog.form.fields["due_date"]
    due.setFocus()
    QTest.keyClick(due, Qt.Key.Key_Up)
    dialog.try_accept()
    assert saved[0]["due_date"] == date(2023, 5, 12)


# ---------------------------------------------------------------- the Today window on a laptop

ELEVEN = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)  # 11:00 on the sample's first day in Atyrau


def test_the_today_window_and_its_apply_button_fit_a_laptop_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample_db: tuple[Database, int]
) -> None:
    screen_of(monkeypatch, 1366, 728)  # 768 less the task bar
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.height() <= 728 - SCREEN_ROOM
        window.cards[0].late_button.click()
        qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
        corner = window.apply_button.mapTo(window, QPoint(0, window.apply_button.height()))
        assert window.apply_button.isVisible() and corner.y() <= window.height()
    finally:
        ops.shutdown()


def test_the_main_window_fits_a_laptop_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ops: Any
) -> None:
    screen_of(monkeypatch, 1366, 728)
    from ui.main_window import MainWindow

    window = MainWindow(ops)
    qtbot.addWidget(window)
    assert window.height() <= 728 - SCREEN_ROOM and window.width() <= 1366


def test_ctrl_z_in_the_today_window_takes_back_the_delay_just_applied(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    install_language("ru")
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        with UnitOfWork(db.sessions) as uow:
            before = {r.id: (r.starts_at, r.ends_at) for r in visit_items(uow, visit_id)}
        window = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.cards[0].late_button.click()
        qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
        window.apply_button.click()
        # the window says what was applied and how to take it back
        assert window.applied_note.isVisible()
        assert window.applied_note.text().startswith("Применено: задержка на 15 мин")
        assert "Ctrl+Z" in window.applied_note.text()
        QTest.keySequence(window, QKeySequence.StandardKey.Undo)
        with UnitOfWork(db.sessions) as uow:
            assert {r.id: (r.starts_at, r.ends_at) for r in visit_items(uow, visit_id)} == before
        assert not window.applied_note.isVisible()
        QTest.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
        assert ops.undo_stack.index() == 1
    finally:
        install_language("en")
        ops.shutdown()


def test_the_minutes_left_add_up_with_the_clock_shown(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        # 10:50:40 in Atyrau: the clock says 10:50, the talks end at 12:15
        window = LiveWindow(ops, visit_id, now=lambda: datetime(2023, 5, 11, 5, 50, 40, tzinfo=UTC))
        qtbot.addWidget(window)
        window.show()
        assert window.clock_label.text() == "10:50"
        official = next(c for c in window.cards if c.lane is not None and "12:15" in c.current.text())
        assert "ends in 1 h 25 min" in official.current.text()
    finally:
        ops.shutdown()
