"""The item dialog says what it does to the end: its length beside the times, in the interface language
and its plural forms, and a note under the end when the program moved it (a new start carries the end
along; a site brings its usual length). An end typed first, then the start corrected from 10:02 to 12:00,
silently became 15:28. And the dialog fits a 1366x768 screen with "Attending: N of M" in sight."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QDialog
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.queries.sites import SiteRow
from tests.gui.conftest import measured_on_opening, ok_in_sight, screen_of, shown
from ui.main_window import MainWindow
from ui.models.value_labels import length_text
from ui.operations import Operations
from ui.views.item_dialog import ItemDialog

TZ = ZoneInfo("Asia/Atyrau")
SITE = SiteRow(
    7,
    "Akimat of Atyrau region",
    "government",
    "Atyrau, Aiteke Bi St 77",
    None,
    None,
    "",
    90,
    "",
    "",
    "",
    "",
    0,
    1,
)


def _dialog(qtbot: QtBot, sites: list[SiteRow] | None = None) -> ItemDialog:
    return shown(
        qtbot, ItemDialog(TZ, sites or [], [], default_start=datetime(2026, 9, 15, 10, 0, tzinfo=TZ))
    )


def _type_time(edit: QDateTimeEdit, hours: str, minutes: str) -> None:
    """Type a time into the edit's hour and minute sections as an officer does, key by key."""
    edit.setFocus()
    for section, keys in (
        (QDateTimeEdit.Section.HourSection, hours),
        (QDateTimeEdit.Section.MinuteSection, minutes),
    ):
        edit.setSelectedSection(section)
        QTest.keyClicks(edit, keys)


def test_an_end_moved_by_a_new_start_is_shown_with_the_end_it_replaced(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    note = dialog.end_note
    assert dialog.length.text() == "length 1 hour" and note.isHidden()
    dialog.starts.setTime(QTime(10, 2))  # a slip of the hand
    dialog.ends.setTime(QTime(13, 30))  # the end typed by hand: no note, the length follows
    assert note.isHidden()
    assert dialog.length.text() == "length 3 hours 28 minutes"
    _type_time(dialog.starts, "12", "00")  # the start corrected, key by key
    assert dialog.ends.time() == QTime(15, 28)  # the length is kept...
    assert dialog.length.text() == "length 3 hours 28 minutes"
    # ...and the officer sees it: the note names the end typed, not a step of the typing
    assert note.isVisible()
    assert note.text() == "The end moved with the start, keeping the length (was 13:30)."
    dialog.ends.setTime(QTime(13, 30))  # the officer puts the end back: the note has done its work
    assert note.isHidden()
    assert dialog.length.text() == "length 1 hour 30 minutes"


def test_the_note_stays_until_the_next_edit_and_names_the_day_when_the_end_changed_day(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.starts.setTime(QTime(23, 30))  # 10:00–11:00 moved to 23:30: it ends after midnight
    assert dialog.ends.dateTime().toString("dd.MM.yyyy HH:mm") == "16.09.2026 00:30"
    assert dialog.end_note.text().endswith("(was 15.09.2026 11:00).")  # another day: with its date
    dialog.starts.setDateTime(dialog.starts.dateTime().addDays(1))
    assert dialog.end_note.text().endswith("(was 15.09.2026 11:00).")  # still the end the officer saw
    dialog.title.setText("Talks")  # the next edit
    assert dialog.end_note.isHidden()
    dialog.starts.setTime(QTime(9, 0))
    assert dialog.end_note.text().endswith("(was 17.09.2026 00:30).")


def test_a_site_that_sets_the_end_says_so(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, [SITE])
    dialog.site.setCurrentIndex(dialog.site.findData(SITE.id))
    assert dialog.ends.time() == QTime(11, 30)
    assert dialog.end_note.isVisible()
    assert (
        dialog.end_note.text() == "The end is set by the site's usual length, 1 hour 30 minutes (was 11:00)."
    )
    assert dialog.length.text() == "length 1 hour 30 minutes"


def test_an_end_before_the_start_is_said_beside_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.ends.setTime(QTime(9, 0))
    assert dialog.length.text() == "the end is not after the start"


@pytest.mark.parametrize(
    ("language", "length"),
    [
        ("en", "length 2 hours 28 minutes"),
        ("ru", "длительность 2 часа 28 минут"),
        ("kk", "ұзақтығы 2 сағат 28 минут"),
    ],
    indirect=["language"],
)
def test_the_length_reads_in_the_interface_language(qtbot: QtBot, language: str, length: str) -> None:
    dialog = _dialog(qtbot)
    dialog.ends.setTime(QTime(12, 28))
    assert dialog.length.text() == length
    dialog.starts.setTime(QTime(11, 0))
    assert dialog.ends.time() == QTime(13, 28)
    assert dialog.end_note.isVisible() and "12:28" in dialog.end_note.text()


@pytest.mark.parametrize(
    ("language", "minutes", "words"),
    [
        ("en", 61, "1 hour 1 minute"),
        ("en", 45, "45 minutes"),
        ("en", 120, "2 hours"),
        ("ru", 61, "1 час 1 минута"),
        ("ru", 21 * 60 + 22, "21 час 22 минуты"),
        ("ru", 5 * 60 + 11, "5 часов 11 минут"),
        ("ru", 12 * 60 + 14, "12 часов 14 минут"),
        ("ru", 0, "0 минут"),
        ("kk", 2 * 60 + 1, "2 сағат 1 минут"),
    ],
    indirect=["language"],
)
def test_a_length_in_words_with_the_plural_of_its_number(language: str, minutes: int, words: str) -> None:
    assert length_text(minutes) == words


def test_the_item_dialog_fits_a_1366x768_screen_with_the_attendee_count_in_sight(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    screen_of(monkeypatch, 1366, 728)
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.itinerary
        window.tabs.setCurrentWidget(page)
        # the talks: many attendees, the run of show filled in (its section open)
        talks = max(page.timeline.rows.values(), key=lambda r: (r.kind == "meeting", len(r.attendee_ids)))

        def look(dialog: QDialog) -> dict[str, object]:
            assert isinstance(dialog, ItemDialog)
            seen: dict[str, object] = {}
            viewport = dialog.scroll.viewport()
            for name, widget in (("count", dialog.attendee_count), ("ends", dialog.ends)):
                top = widget.mapTo(viewport, QPoint(0, 0))
                seen[name] = (
                    widget.isVisible() and top.y() >= 0 and top.y() + widget.height() <= viewport.height()
                )
            seen["count text"] = dialog.attendee_count.text()
            seen["height"] = dialog.frameGeometry().height()
            seen["ok"] = ok_in_sight(dialog)
            return seen

        seen = measured_on_opening(qtbot, lambda: page.edit_item(talks.id), look)
        assert seen["count text"] == f"Attending: {len(talks.attendee_ids)} of 39"
        assert seen["count"] is True and seen["ends"] is True and seen["ok"] is True
        assert int(seen["height"]) <= 728  # type: ignore[call-overload]
    finally:
        ops.shutdown()
