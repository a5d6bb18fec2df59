"""The Meetings page with no meeting chosen shows nothing of the last one chosen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.operations import Operations
from ui.views.meetings_page import MeetingsPage


def test_no_meeting_chosen_shows_no_guests_or_hosts(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    """A click on the empty part of the meetings list chooses none: the last meeting's guests and hosts
    went on showing under "No meeting selected"."""
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        page = MeetingsPage(ops)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        page.set_visit(visit_id)
        page.table.selectRow(0)
        assert page.guests.text() not in ("", "—")
        below = page.table.viewport().rect().bottomLeft() + QPoint(10, -5)
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=below)
        assert page.heading.text() == "No meeting selected"
        assert page.guests.text() == "" and page.hosts.text() == ""
    finally:
        ops.shutdown()
