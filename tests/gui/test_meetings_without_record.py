"""The Meetings page lists every talk of the programme: an item of kind meeting added on the Itinerary is
there at once (no "New meeting…" needed), marked as having no record yet; its first edit (format, agenda
typed, an outcome) makes the record as one undo step, and undo leaves the item listed without one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from planner.persistence.db import Database
from planner.persistence.tables import Meeting, Outcome
from planner.persistence.uow import UnitOfWork
from planner.services import visit_admin
from tests.gui.conftest import Messages, when_dialog_opens
from ui.commands.itinerary_commands import AddItemCommand, EditItemCommand
from ui.models.table_models import MeetingTableModel
from ui.operations import Operations
from ui.views.meetings_page import TYPING_PAUSE_MS, MeetingsPage

T0 = datetime(2026, 9, 15, 5, 0, tzinfo=UTC)  # 10:00 in Atyrau
TALKS = "Talks between the delegations of Astrakhan & Atyrau regions — Қазақстан"


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[tuple[MeetingsPage, Operations, int]]:
    visit_id = visit_admin.create_visit(
        UnitOfWork(db),
        {
            "title": "Visit of the Astrakhan region delegation",
            "delegation_name": "Astrakhan region delegation",
            "start_date": date(2026, 9, 15),
            "end_date": date(2026, 9, 16),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    ops = Operations(db)
    meetings = MeetingsPage(ops)
    qtbot.addWidget(meetings)
    meetings.resize(1000, 700)
    meetings.show()
    meetings.set_visit(visit_id)
    yield meetings, ops, visit_id
    ops.shutdown()


def _add_item(ops: Operations, visit_id: int, kind: str, title: str) -> int:
    command = AddItemCommand(
        visit_id, {"kind": kind, "title": title, "starts_at": T0, "ends_at": T0 + timedelta(hours=1)}
    )
    assert ops.push(command)
    assert command.created is not None
    return command.created.id


def _records(ops: Operations) -> tuple[int, int]:
    def count(uow: UnitOfWork) -> tuple[int, int]:
        meetings = uow.session.scalar(select(func.count()).select_from(Meeting)) or 0
        outcomes = uow.session.scalar(select(func.count()).select_from(Outcome)) or 0
        return int(meetings), int(outcomes)

    return ops.read(count)


def _cell(page: MeetingsPage, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    model = page.table.model()
    return model.index(0, column).data(role)


def test_an_item_of_kind_meeting_is_listed_at_once_without_a_record(
    page: tuple[MeetingsPage, Operations, int],
) -> None:
    meetings, ops, visit_id = page
    assert meetings.model.rowCount() == 0
    _add_item(ops, visit_id, "meal", "Lunch")
    assert meetings.model.rowCount() == 0  # a lunch is not talks
    talks = _add_item(ops, visit_id, "meeting", TALKS)
    assert meetings.model.rowCount() == 1
    assert _cell(meetings, MeetingTableModel.TITLE) == TALKS
    assert _cell(meetings, MeetingTableModel.OUTCOMES) == "—"
    assert "No record yet" in _cell(meetings, MeetingTableModel.OUTCOMES, Qt.ItemDataRole.ToolTipRole)
    # shown and editable at once, with the note of what starts its record
    assert meetings.current is not None and meetings.current.item_id == talks
    assert meetings.agenda.isEnabled() and meetings.format.isEnabled()
    assert meetings.unrecorded.isVisibleTo(meetings)
    assert _records(ops) == (0, 0)
    # the item changed to a ceremony leaves the list; undone, it is back
    assert ops.push(EditItemCommand(talks, TALKS, {"kind": "ceremony"}, None))
    assert meetings.model.rowCount() == 0
    ops.undo_stack.undo()
    assert meetings.model.rowCount() == 1


def test_typing_the_agenda_starts_the_record_in_one_undo_step(
    qtbot: QtBot, page: tuple[MeetingsPage, Operations, int]
) -> None:
    meetings, ops, visit_id = page
    talks = _add_item(ops, visit_id, "meeting", TALKS)
    steps = ops.undo_stack.count()
    meetings.agenda.setPlainText("Transport")
    qtbot.waitUntil(lambda: _records(ops) == (1, 0), timeout=TYPING_PAUSE_MS * 5)
    assert meetings.current is not None and meetings.current.recorded
    assert not meetings.unrecorded.isVisibleTo(meetings)
    meetings.agenda.setPlainText("Transport\nEducation")  # typing on, after a pause: the same step
    qtbot.waitUntil(lambda: meetings.current is not None and len(meetings.current.agenda) == 2, timeout=5000)
    assert ops.undo_stack.count() == steps + 1
    assert _cell(meetings, MeetingTableModel.OUTCOMES) == "0"
    ops.undo_stack.undo()
    assert _records(ops) == (0, 0)
    assert meetings.model.rowCount() == 1  # still listed, without a record again
    assert (
        meetings.current is not None and meetings.current.item_id == talks and not meetings.current.recorded
    )
    assert meetings.agenda.toPlainText() == ""
    ops.undo_stack.redo()
    assert meetings.current is not None and meetings.current.agenda == ("Transport", "Education")


def test_a_format_chosen_starts_the_record(page: tuple[MeetingsPage, Operations, int]) -> None:
    meetings, ops, visit_id = page
    _add_item(ops, visit_id, "meeting", TALKS)
    meetings.format.setCurrentIndex(meetings.format.findData("narrow"))
    assert _records(ops) == (1, 0)
    assert meetings.current is not None and meetings.current.format == "narrow"
    ops.undo_stack.undo()
    assert _records(ops) == (0, 0)
    assert meetings.current is not None and meetings.current.format == "extended"


def test_an_outcome_of_a_meeting_without_a_record_is_one_step_with_the_record(
    page: tuple[MeetingsPage, Operations, int],
) -> None:
    meetings, ops, visit_id = page
    _add_item(ops, visit_id, "meeting", TALKS)
    steps = ops.undo_stack.count()

    def outcome(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["topic"].setText("Логистика")
        fields["text"].setPlainText("Открыть логистический центр & склад «Ақ Жайық»")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    problems = when_dialog_opens(outcome)
    meetings.add_outcome()
    assert problems == []
    assert _records(ops) == (1, 1)
    assert ops.undo_stack.count() == steps + 1
    assert ops.undo_stack.undoText().startswith("Add outcome")
    top = meetings.tree.topLevelItem(0)
    assert top is not None and top.text(0).startswith("Логистика: ")
    ops.undo_stack.undo()
    assert _records(ops) == (0, 0)
    assert meetings.tree.topLevelItemCount() == 0 and meetings.model.rowCount() == 1


def test_new_meeting_says_why_it_offers_nothing_when_every_talk_is_listed(
    page: tuple[MeetingsPage, Operations, int], no_blocking_dialogs: Messages
) -> None:
    meetings, ops, visit_id = page
    _add_item(ops, visit_id, "meeting", TALKS)
    steps = ops.undo_stack.count()
    meetings.new_meeting()
    (text,) = no_blocking_dialogs.texts()
    assert "on the list already" in text
    assert ops.undo_stack.count() == steps and _records(ops) == (0, 0)
