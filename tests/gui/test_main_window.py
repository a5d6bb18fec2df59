"""Drive the real main window the way a user would: menus, dialogs, the timeline with the mouse, undo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, ItineraryItem, Participant, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import itinerary, meetings, participants, visit_admin
from planner.services.changes import Changes, DataKind
from tests.gui.conftest import Messages, when_dialog_opens
from ui.commands.edit_commands import AddParticipantCommand
from ui.main_window import MainWindow
from ui.operations import Operations

ATYRAU = timedelta(hours=5)


def at(hour: int, minute: int = 0, day: int = 11) -> datetime:
    """An instant given in Atyrau wall-clock time (UTC+5) on May ``day`` 2023."""
    return datetime(2023, 5, day, hour, minute, tzinfo=UTC) - ATYRAU


def find_action(widget: Any, text: str) -> QAction:
    for act in widget.findChildren(QAction):
        if act.text().replace("&", "") == text:
            return act
    raise AssertionError(f"no action {text!r}")


def ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def visit_id(db: Database) -> int:
    return visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Astrakhan delegation in Atyrau",
            "delegation_name": "Astrakhan region",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def open_window(qtbot: QtBot, ops: Operations, visit: int | None = None) -> MainWindow:
    window = MainWindow(ops, visit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def count(db: Database, model: Any) -> int:
    with UnitOfWork(db.sessions) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_a_visit_from_the_file_menu(qtbot: QtBot, ops: Operations, db: Database) -> None:
    window = open_window(qtbot, ops)
    assert window.empty.isVisible()

    def fill(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["title"].setText("Visit of the Astrakhan delegation")
        fields["delegation_name"].setText("Astrakhan region delegation")
        fields["start_date"].setDate(QDate(2023, 5, 11))
        fields["end_date"].setDate(QDate(2023, 5, 12))
        # no sample zone by default (the computer's own): the officer picks the host's
        fields["host_timezone"].set_value("Asia/Atyrau")
        ok(dialog)

    problems = when_dialog_opens(fill)
    find_action(window, "New visit…").trigger()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        (visit,) = uow.session.scalars(select(Visit)).all()
        assert (visit.title, visit.start_date, visit.host_timezone) == (
            "Visit of the Astrakhan delegation",
            date(2023, 5, 11),
            "Asia/Atyrau",
        )
        visit_id = visit.id
    assert window.visit_id == visit_id
    assert window.tabs.isVisible()
    assert window.overview.title.text() == "Visit of the Astrakhan delegation"


def test_creating_a_visit_is_undone_and_redone(
    qtbot: QtBot, ops: Operations, db: Database, no_blocking_dialogs: Messages
) -> None:
    window = open_window(qtbot, ops)

    def fill(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["title"].setText("Визит «Каспий & Co» <Атырау>")
        fields["delegation_name"].setText("Астраханская делегация")
        fields["start_date"].setDate(QDate(2023, 5, 11))
        fields["end_date"].setDate(QDate(2023, 5, 12))
        ok(dialog)

    when_dialog_opens(fill)
    find_action(window, "New visit…").trigger()
    assert ops.undo_stack.undoText() == "Create visit “Визит «Каспий & Co» <Атырау>”"
    visit_id = window.visit_id
    assert visit_id is not None
    # an edit inside the new visit, then both undone: the database has no visit at all
    ops.push(AddParticipantCommand(visit_id, {"full_name": "Игорь Бабушкин", "side": "guest"}))
    ops.undo_stack.undo()
    ops.undo_stack.undo()
    assert (count(db, Visit), count(db, Participant)) == (0, 0)
    assert window.visit_id is None and window.empty.isVisible()
    # redo brings the visit back (new ids); the participant's edit, made in the old rows, is dropped
    ops.undo_stack.redo()
    with UnitOfWork(db.sessions) as uow:
        (visit,) = uow.session.scalars(select(Visit)).all()
        assert (visit.title, visit.start_date) == ("Визит «Каспий & Co» <Атырау>", date(2023, 5, 11))
    ops.undo_stack.redo()
    assert count(db, Participant) == 0
    assert not ops.undo_stack.canRedo()
    assert no_blocking_dialogs.shown == []


def test_participant_with_invalid_email_is_refused_inline_then_saved(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int, no_blocking_dialogs: Messages
) -> None:
    window = open_window(qtbot, ops, visit_id)
    window.tabs.setCurrentWidget(window.participants)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        form.fields["full_name"].setText("Igor Babushkin")
        form.fields["title"].setText("Governor of Astrakhan region")
        form.fields["email"].setText("governor@astrakhan")
        ok(dialog)
        seen["open_after_bad"] = dialog.isVisible()
        seen["error"] = form.error_text("email")
        seen["saved_after_bad"] = count(db, Participant)
        form.fields["email"].setText("governor@astrakhan.example")
        ok(dialog)
        seen["open_after_good"] = dialog.isVisible()

    problems = when_dialog_opens(fill)
    window.participants.add_action.trigger()
    assert problems == []
    assert seen["open_after_bad"] is True
    assert "is not a valid e-mail address" in seen["error"]
    assert seen["saved_after_bad"] == 0
    assert seen["open_after_good"] is False
    assert no_blocking_dialogs.shown == []  # the error was shown inline, not in a message box
    rows = window.participants.model.rows()
    assert [(r.full_name, r.email, r.protocol_rank) for r in rows] == [
        ("Igor Babushkin", "governor@astrakhan.example", 1)
    ]
    assert window.undo_action.text() == "Undo Add participant Igor Babushkin"


def test_add_an_item_through_the_item_dialog(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int
) -> None:
    window = open_window(qtbot, ops, visit_id)
    window.tabs.setCurrentWidget(window.itinerary)

    def fill(dialog: QDialog) -> None:
        dialog.title.setText("Visit to the port")  # type: ignore[attr-defined]
        dialog.starts.setDateTime(QDateTime(QDate(2023, 5, 11), QTime(14, 0)))  # type: ignore[attr-defined]
        dialog.ends.setDateTime(QDateTime(QDate(2023, 5, 11), QTime(15, 30)))  # type: ignore[attr-defined]
        ok(dialog)

    problems = when_dialog_opens(fill)
    window.itinerary.add_action.trigger()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        (item,) = uow.session.scalars(select(ItineraryItem)).all()
        assert (item.title, item.starts_at, item.ends_at) == ("Visit to the port", at(14), at(15, 30))
        item_id = item.id
    assert item_id in window.itinerary.timeline.rows
    assert window.itinerary.model.rowCount() == 1


def test_drag_in_the_timeline_moves_the_item_shows_the_conflict_and_undo_restores(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int
) -> None:
    uow = UnitOfWork(db.sessions)
    person = participants.add_participant(uow, visit_id, {"full_name": "Igor Babushkin", "side": "guest"}).id
    talks = itinerary.add_item(
        uow, visit_id, {"kind": "meeting", "title": "Talks", "starts_at": at(10), "ends_at": at(11)}, [person]
    ).id
    port = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "site_visit", "title": "Visit to the port", "starts_at": at(12), "ends_at": at(13)},
        [person],
    ).id
    window = open_window(qtbot, ops, visit_id)
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.conflicts is not None)
    assert not any(port in c.item_ids for c in page.conflicts or [])

    timeline = page.timeline
    rect = timeline.item_rect(port)
    start = QPoint(int(rect.center().x()), int(rect.top() + 10))
    up = round(90 * timeline.pixels_per_minute)  # 12:00 -> 10:30, overlapping the talks
    page.scroll.ensureVisible(start.x(), start.y() - up, 50, 50)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    for step in (10, up // 2, up):
        qtbot.mouseMove(timeline, QPoint(start.x(), start.y() - step))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(start.x(), start.y() - up))

    with UnitOfWork(db.sessions) as read:
        moved = read.session.get(ItineraryItem, port)
        assert (moved.starts_at, moved.ends_at) == (at(10, 30), at(11, 30))
    clash = [c for c in page.conflicts or [] if port in c.item_ids and talks in c.item_ids]
    assert clash, "the overlap with the talks must be reported"
    assert "Igor Babushkin" in clash[0].message
    assert "Igor Babushkin" in timeline.tooltip_text(port)
    assert window.undo_action.text() == "Undo Move “Visit to the port”"

    # clicking the conflict in the panel selects both items
    panel = page.panel
    row = next(n for n, c in enumerate(panel.model.rows()) if port in c.item_ids and talks in c.item_ids)
    index = panel.model.index(row, 0)
    panel.list.scrollTo(index)
    qtbot.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualRect(index).center()
    )
    assert timeline.selected == {talks, port}

    window.undo_action.trigger()
    with UnitOfWork(db.sessions) as read:
        back = read.session.get(ItineraryItem, port)
        assert (back.starts_at, back.ends_at) == (at(12), at(13))
    assert not any(port in c.item_ids and talks in c.item_ids for c in page.conflicts or [])
    assert timeline.rows[port].starts_at == at(12)

    window.redo_action.trigger()
    with UnitOfWork(db.sessions) as read:
        assert read.session.get(ItineraryItem, port).starts_at == at(10, 30)


def test_a_drag_emits_what_the_service_changed_and_so_does_its_undo(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int
) -> None:
    uow = UnitOfWork(db.sessions)
    talks = itinerary.add_item(
        uow, visit_id, {"kind": "meeting", "title": "Talks", "starts_at": at(10), "ends_at": at(11)}
    ).id
    meetings.create_meeting(uow, talks)
    port = itinerary.add_item(
        uow, visit_id, {"kind": "site_visit", "title": "Port", "starts_at": at(12), "ends_at": at(13)}
    ).id
    window = open_window(qtbot, ops, visit_id)
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    seen: list[Changes] = []
    ops.changed.connect(seen.append)

    timeline = page.timeline
    rect = timeline.item_rect(port)
    start = QPoint(int(rect.center().x()), int(rect.top() + 10))
    down = round(60 * timeline.pixels_per_minute)
    page.scroll.ensureVisible(start.x(), start.y() + down, 50, 50)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, QPoint(start.x(), start.y() + 10))
    qtbot.mouseMove(timeline, QPoint(start.x(), start.y() + down))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(start.x(), start.y() + down))
    assert timeline.rows[port].starts_at == at(13)
    # the moved item, as move_item reported it: the screen re-reads that one row
    assert seen == [Changes.of(DataKind.ITEMS, item_ids=[port])]
    window.undo_action.trigger()
    assert seen[-1] == Changes.of(DataKind.ITEMS, item_ids=[port])

    # deleting the talks takes their meeting with them: the meetings screen hears it from the service
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.item_rect(talks).center().toPoint())
    assert timeline.selected == {talks}
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert seen[-1] == Changes.of(DataKind.ITEMS, DataKind.MEETINGS, item_ids=[talks])
    window.undo_action.trigger()  # restore_item reports the same
    assert seen[-1] == Changes.of(DataKind.ITEMS, DataKind.MEETINGS, item_ids=[talks])
    assert talks in timeline.rows


def test_drag_the_bottom_edge_resizes(qtbot: QtBot, ops: Operations, db: Database, visit_id: int) -> None:
    item = itinerary.add_item(
        UnitOfWork(db.sessions),
        visit_id,
        {"kind": "site_visit", "title": "Museum", "starts_at": at(9), "ends_at": at(10)},
    ).id
    window = open_window(qtbot, ops, visit_id)
    window.tabs.setCurrentWidget(window.itinerary)
    timeline = window.itinerary.timeline
    rect = timeline.item_rect(item)
    edge = QPoint(int(rect.center().x()), int(rect.bottom() - 2))
    down = round(30 * timeline.pixels_per_minute)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(timeline, QPoint(edge.x(), edge.y() + down))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(edge.x(), edge.y() + down))
    with UnitOfWork(db.sessions) as read:
        resized = read.session.get(ItineraryItem, item)
        assert (resized.starts_at, resized.ends_at) == (at(9), at(10, 30))
    assert window.undo_action.text() == "Undo Resize “Museum”"


def test_record_a_meeting_outcome_with_an_action_item(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int
) -> None:
    uow = UnitOfWork(db.sessions)
    akim = participants.add_participant(uow, visit_id, {"full_name": "Serik Shapkenov", "side": "host"}).id
    item = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "meeting", "title": "Talks with the akim", "starts_at": at(11), "ends_at": at(12)},
    ).id
    meetings.create_meeting(uow, item, {"agenda": ["Direct flights Astrakhan–Atyrau"]})
    window = open_window(qtbot, ops, visit_id)
    page = window.meetings
    window.tabs.setCurrentWidget(page)
    assert page.current is not None and page.current.agenda == ("Direct flights Astrakhan–Atyrau",)

    def outcome(dialog: QDialog) -> None:
        dialog.form.fields["topic"].setText("Transport")  # type: ignore[attr-defined]
        dialog.form.fields["text"].setPlainText("Restore the direct flights")  # type: ignore[attr-defined]
        ok(dialog)

    problems = when_dialog_opens(outcome)
    find_action(page, "Add outcome").trigger()
    assert problems == []
    assert page.tree.topLevelItemCount() == 1

    def task(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["description"].setPlainText("Ask both airlines for a schedule")
        fields["owner_id"].setCurrentIndex(fields["owner_id"].findData(akim))
        fields["due_date"].setDate(QDate(2023, 9, 1))
        fields["status"].setCurrentIndex(fields["status"].findData("in_progress"))
        ok(dialog)

    problems = when_dialog_opens(task)
    find_action(page, "Add action item").trigger()
    assert problems == []
    with UnitOfWork(db.sessions) as read:
        (action,) = read.session.scalars(select(ActionItem)).all()
        assert (action.description, action.owner_id, action.due_date, action.status) == (
            "Ask both airlines for a schedule",
            akim,
            date(2023, 9, 1),
            "in_progress",
        )
    # the task shows beneath the outcome it follows from
    outcome_node = page.tree.topLevelItem(0)
    assert outcome_node.text(0) == "Transport: Restore the direct flights"
    assert [
        (outcome_node.child(n).text(0), outcome_node.child(n).text(1))
        for n in range(outcome_node.childCount())
    ] == [("Ask both airlines for a schedule", "Serik Shapkenov")]

    # minutes typed are saved after a pause, as one undo step
    page.minutes.setPlainText("The sides discussed direct flights.")
    page.save_texts()
    with UnitOfWork(db.sessions) as read:
        assert read.session.scalars(select(ItineraryItem)).one().meeting.minutes == (
            "The sides discussed direct flights."
        )


def test_print_preview_of_the_programme(
    qtbot: QtBot, sample_db: tuple[Database, int], tmp_path: Path, no_blocking_dialogs: Messages
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = open_window(qtbot, ops, visit_id)
        page = window.printing
        window.tabs.setCurrentWidget(page)
        page.kind.setCurrentIndex(page.kind.findData("programme"))
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert page.pdf_bytes is not None and page.pdf_bytes.startswith(b"%PDF")
        assert page.document.pageCount() >= 2
        assert page.document.status().name == "Ready"
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setResolution(300)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        assert page.render_to(printer) == page.document.pageCount()
        assert (tmp_path / "printed.pdf").stat().st_size > 10_000
        # Save as PDF writes exactly the previewed bytes
        no_blocking_dialogs.save_path = str(tmp_path / "programme.pdf")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert (tmp_path / "programme.pdf").read_bytes() == page.pdf_bytes
    finally:
        ops.shutdown()


def test_delete_an_item_with_its_meeting_by_keyboard_then_undo(
    qtbot: QtBot, ops: Operations, db: Database, visit_id: int
) -> None:
    uow = UnitOfWork(db.sessions)
    item = itinerary.add_item(
        uow, visit_id, {"kind": "meeting", "title": "Talks", "starts_at": at(11), "ends_at": at(12)}
    ).id
    meeting = meetings.create_meeting(uow, item, {"agenda": ["Flights"]}).id
    meetings.add_outcome(uow, meeting, {"text": "Restore flights"})
    window = open_window(qtbot, ops, visit_id)
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    rect = page.timeline.item_rect(item)
    qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.timeline.selected == {item}
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert count(db, ItineraryItem) == 0
    assert item not in page.timeline.rows
    assert window.undo_action.text() == "Undo Delete “Talks”"
    window.undo_action.trigger()
    with UnitOfWork(db.sessions) as read:
        restored = read.session.get(ItineraryItem, item)
        assert restored is not None
        assert restored.meeting is not None and restored.meeting.agenda == ["Flights"]
        assert [o.text for o in restored.meeting.outcomes] == ["Restore flights"]
    assert item in page.timeline.rows
