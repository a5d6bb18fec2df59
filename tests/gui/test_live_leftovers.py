"""What a Russian-speaking officer still tripped over on the day of the visit and after it: the calendar
file in English, the open visit lost to a stray key, the two meanings of 'overdue' in Follow-up, the Today
window out of the keyboard's reach, and the wording of undo texts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from tests.gui.conftest import Messages
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.models.row_table_model import ID_ROLE
from ui.operations import Operations


def test_the_calendar_export_is_written_in_the_documents_language(
    qtbot: QtBot, sample_db: tuple[Database, int], no_blocking_dialogs: Messages, tmp_path: Path
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        QSettings().setValue("documents/language", "kk")
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        no_blocking_dialogs.save_path = str(tmp_path / "programme.ics")
        window.export_calendar()
        calendar = Calendar.from_ical((tmp_path / "programme.ics").read_bytes())
        kinds = {str(c) for e in calendar.walk("VEVENT") for c in e["CATEGORIES"].cats}
        assert "Келу" in kinds and "Arrival" not in kinds
        assert any("Қатысушылар: " in str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT"))
    finally:
        ops.shutdown()


def test_a_stray_key_in_the_visit_search_keeps_the_open_visit(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Focus starts in the visit search box: a stray '4' filtered the list, the open visit vanished with
    its row and the window said 'Визит не открыт'; clearing the search did not bring it back."""
    install_language("ru")
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.visit_id == visit_id and window.tabs.isVisible()
        QTest.keyClicks(window.search, "4")
        assert window.visit_table.model().rowCount() == 0  # the list is filtered...
        assert window.visit_id == visit_id and window.tabs.isVisible()  # ...the visit stays open
        assert not window.empty.isVisible()
        assert "Визит не открыт" not in window.status_visit.text()
        window.search.clear()  # the clear button
        current = window.visit_table.currentIndex()
        assert current.isValid() and current.data(ID_ROLE) == visit_id  # selected again
        assert window.visit_table.selectionModel().isRowSelected(current.row(), current.parent())
        assert window.visit_id == visit_id
    finally:
        install_language("en")
        ops.shutdown()


def test_overdue_in_follow_up_means_past_due_in_the_rows_and_the_footer(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Rows with the stored status «Просрочено» sat above a footer saying «просрочено: 0» (which counts
    what is past its due date). Now a row reads «просрочено» exactly when the footer counts it: past its
    due date and not done, whatever its stored status; the stored 'late' has a name of its own."""
    from ui.views.follow_up_page import FollowUpModel, FollowUpView

    for lang, word in (("ru", "просроч"), ("kk", "мерзімі өт"), ("en", "overdue")):
        install_language(lang)
        ops = Operations(sample_db[0])
        try:
            for today in (date(2023, 5, 11), date(2024, 1, 1)):
                view = FollowUpView(ops, today=lambda today=today: today)
                qtbot.addWidget(view)
                view.finished.setChecked(True)
                model = view.model
                marked = [
                    n
                    for n in range(model.rowCount())
                    if any(
                        word in str(model.data(model.index(n, column))).casefold()
                        for column in (FollowUpModel.DUE, FollowUpModel.STATUS)
                    )
                ]
                counted = sum(row.overdue for row in model.rows())
                assert len(marked) == counted, (lang, today, marked, counted)
                # the footer's second number is the rows marked
                assert re.findall(r"\d+", view.summary.text())[1] == str(counted), view.summary.text()
                statuses = {model.data(model.index(n, FollowUpModel.STATUS)) for n in range(model.rowCount())}
                assert len(statuses) >= 4, statuses  # the sample has late rows: they are named, not 'overdue'
        finally:
            install_language("en")
            ops.shutdown()


def test_the_today_window_is_worked_from_the_keyboard(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    """After Tab no focus mark was seen and Space did not press «Задержка на 15 мин» (Tab went to the
    scroll areas around the cards first). Now Tab goes from the delay through the cards' buttons, a
    thick frame marks the control with the focus, Space presses, the proposal takes the keyboard to Apply,
    and the main actions carry their keys: Ctrl+1, Ctrl+2 for the cards, Ctrl+Enter and Esc."""
    from PySide6.QtCore import QPoint, QRect, Qt

    from tests.gui.test_walk_live import ELEVEN
    from ui.views.live_page import LiveWindow

    install_language("ru")
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)  # the keyboard's window
        first, second = (card.late_button for card in window.cards[:2])
        assert first.text() == "Задержка на 15 мин  (Ctrl+1)" and second.text().endswith("(Ctrl+2)")
        window.delay.setFocus()
        QTest.keyClick(window.delay, Qt.Key.Key_Tab)
        assert window.focusWidget() is first
        QTest.keyClick(first, Qt.Key.Key_Tab)
        assert window.focusWidget() is second
        QTest.keyClick(second, Qt.Key.Key_Backtab)
        assert window.focusWidget() is first
        mark = window.focus_mark
        assert mark.isVisible()
        button = QRect(first.mapTo(window, QPoint(0, 0)), first.size())
        assert mark.geometry().contains(button) and mark.geometry() != button
        QTest.keyClick(first, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
        # the engine's progress dialog had the keyboard; a window manager gives it back, offscreen does not
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        assert window.focusWidget() is window.apply_button
        assert window.apply_button.text() == "Применить  (Ctrl+Enter)"
        assert window.discard_button.text() == "Отказаться  (Esc)"
        QTest.keyClick(window.apply_button, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.stack.currentIndex() == 0)  # a shortcut's click comes 100 ms later
        assert window.focusWidget() is first
        QTest.keySequence(window, "Ctrl+2")
        qtbot.waitUntil(lambda: window.stack.currentIndex() == 1)
        assert window.late_item is not None and window.cards[1].lane is not None
        assert window.cards[1].lane.current is not None
        assert window.late_item.id == window.cards[1].lane.current.id
        qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        QTest.keySequence(window, "Ctrl+Return")
        qtbot.waitUntil(window.applied_note.isVisible)
    finally:
        install_language("en")
        ops.shutdown()


def test_the_undo_menu_reads_as_a_sentence(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    """The Edit menu read «Отменить Задержка на 20 мин: …» (Qt put the step's text after the word as it
    is); now «Отменить: задержка на 20 мин: …», «Болдырмау: 20 мин кешігу: …», in the Today window too."""
    from tests.gui.test_walk_live import ELEVEN
    from ui.views.live_page import LiveWindow

    db, visit_id = sample_db
    for lang, undo, redo, applied in (
        ("ru", "Отменить: задержка на 20 мин: «", "Повторить: задержка на 20 мин: «", "Применено: задержка"),
        ("kk", "Болдырмау: 20 мин кешігу: «", "Қайталау: 20 мин кешігу: «", "Қолданылды: 20 мин кешігу"),
        ("en", "Undo Running late by 20 min: “", "Redo Running late by 20 min: “", "Applied: Running late"),
    ):
        install_language(lang)
        ops = Operations(db)
        try:
            window = MainWindow(ops, visit_id)
            qtbot.addWidget(window)
            live = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
            qtbot.addWidget(live)
            live.show()
            live.delay.setValue(20)
            live.cards[0].late_button.click()
            qtbot.waitUntil(lambda live=live: live.result is not None, timeout=30_000)
            live.apply_button.click()
            assert window.undo_action.text().startswith(undo), window.undo_action.text()
            assert live.undo_action.text().startswith(undo)
            assert live.applied_note.text().startswith(applied), live.applied_note.text()
            window.undo_action.trigger()
            assert window.redo_action.text().startswith(redo), window.redo_action.text()
            assert window.undo_action.text() == {"ru": "Отменить", "kk": "Болдырмау", "en": "Undo"}[lang]
            live.close()
        finally:
            install_language("en")
            ops.shutdown()
