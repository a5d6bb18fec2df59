"""What a Russian-speaking officer still tripped over on the day of the visit and after it: the calendar
file in English, the open visit lost to a stray key, the two meanings of 'overdue' in Follow-up, the Today
window out of the keyboard's reach, and the wording of undo texts."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from tests.gui.conftest import Messages
from ui.main_window import MainWindow
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
