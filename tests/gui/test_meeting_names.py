"""Meetings in other languages in the window: the Meetings page's "Agenda and minutes in other languages…",
the action item dialog's owner and the document dialog's notes under "Names in other languages…" (one undo
step that puts back exactly what was there), and the Meetings page in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QGroupBox, QLineEdit, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, Meeting, SignedDocument
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import child, when_dialog_opens
from ui.i18n import install_language
from ui.operations import Operations
from ui.views.meetings_page import ACTION, MeetingsPage

MINUTES_KK = "Тараптар & <хаттаманы> талқылады"
OWNER_KK = "Көлік & <министрлігі>"
NOTES_EN = 'Two copies & <"equal">'


@pytest.fixture
def page(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> Iterator[tuple[MeetingsPage, Operations, Database]]:
    db, visit_id = sample_db
    ops = Operations(db)
    meetings = MeetingsPage(ops)
    qtbot.addWidget(meetings)
    meetings.resize(1200, 800)
    meetings.show()
    meetings.set_visit(visit_id)
    meetings.refresh()
    try:
        yield meetings, ops, db
    finally:
        ops.shutdown()
        install_language("en")


def _talks(db: Database) -> dict[str, Any]:
    """The sample's extended talks (the meeting with tasks whose owner is typed) as stored now."""
    with UnitOfWork(db.sessions) as uow:
        meeting = max(uow.session.query(Meeting).all(), key=lambda m: len(m.agenda))
        task = next(a for o in meeting.outcomes for a in o.action_items if a.owner_id is None)
        return {
            "id": meeting.id,
            "item_id": meeting.item_id,
            "agenda": list(meeting.agenda),
            "agenda_i18n": {k: list(v) for k, v in meeting.agenda_i18n.items()},
            "minutes_i18n": dict(meeting.minutes_i18n),
            "task_id": task.id,
            "owner_text": task.owner_text,
            "owner_text_i18n": dict(task.owner_text_i18n),
            "version": meeting.version,
        }


def test_the_agenda_and_minutes_dialog_writes_a_translation_and_undo_puts_back_exactly(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, ops, db = page
    before = _talks(db)
    assert before["minutes_i18n"]["kk"]  # the sample has its Kazakh minutes
    assert meetings.select_item(before["item_id"])
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        agenda = child(child(dialog, QGroupBox, "translations_agenda_i18n"), QPlainTextEdit, "translation_kk")
        seen["agenda"] = agenda.toPlainText()
        minutes = child(
            child(dialog, QGroupBox, "translations_minutes_i18n"), QPlainTextEdit, "translation_kk"
        )
        seen["placeholder"] = child(
            child(dialog, QGroupBox, "translations_minutes_i18n"), QPlainTextEdit, "translation_ru"
        ).placeholderText()
        minutes.setPlainText(f"  {MINUTES_KK}\n")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    meetings.names_action.trigger()
    assert problems == []
    assert seen["agenda"].splitlines() == before["agenda_i18n"]["kk"]
    assert seen["placeholder"] == meetings.minutes.toPlainText()  # greyed: the minutes as typed
    after = _talks(db)
    assert after["minutes_i18n"] == {**before["minutes_i18n"], "kk": MINUTES_KK}
    assert after["agenda_i18n"] == before["agenda_i18n"]
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    assert {k: v for k, v in _talks(db).items() if k != "version"} == {
        k: v for k, v in before.items() if k != "version"
    }
    ops.undo_stack.redo()
    assert _talks(db)["minutes_i18n"]["kk"] == MINUTES_KK


def test_an_agenda_list_of_the_wrong_length_is_refused_in_the_dialog(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, ops, db = page
    before = _talks(db)
    assert meetings.select_item(before["item_id"])
    said: list[str] = []

    def fill(dialog: QDialog) -> None:
        agenda = child(child(dialog, QGroupBox, "translations_agenda_i18n"), QPlainTextEdit, "translation_en")
        agenda.setPlainText("Only one point")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        said.append(str(dialog.isVisible()))
        said.extend(label.text() for label in dialog.findChildren(type(meetings.heading)) if label.text())
        dialog.reject()

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    meetings.names_action.trigger()
    assert problems == []
    assert said[0] == "True"  # the dialog stays open and says why
    assert any("1 agenda points, the agenda 7" in text for text in said[1:]), said
    assert ops.undo_stack.count() == steps
    assert _talks(db)["agenda_i18n"] == before["agenda_i18n"]


def test_the_action_item_dialog_writes_the_owners_translation_and_undo_puts_back_exactly(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, ops, db = page
    before = _talks(db)
    assert meetings.select_item(before["item_id"])
    assert meetings.select_node(ACTION, before["task_id"])

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        owner = child(child(dialog, QGroupBox, "translations_owner_text_i18n"), QLineEdit, "translation_kk")
        owner.setText(f" {OWNER_KK} ")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    meetings.edit_action_item()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        task = uow.session.get(ActionItem, before["task_id"])
        assert task is not None
        assert task.owner_text == before["owner_text"]
        assert task.owner_text_i18n == {**before["owner_text_i18n"], "kk": OWNER_KK}
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        task = uow.session.get(ActionItem, before["task_id"])
        assert task is not None and task.owner_text_i18n == before["owner_text_i18n"]


def test_the_document_dialog_writes_the_notes_translation_and_undo_puts_back_exactly(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from ui.views.documents_page import DocumentsPage

    db, visit_id = sample_db
    ops = Operations(db)
    try:
        documents = DocumentsPage(ops)
        qtbot.addWidget(documents)
        documents.show()
        documents.set_visit(visit_id)
        with UnitOfWork(db.sessions) as uow:
            document = uow.session.query(SignedDocument).filter(SignedDocument.notes != "").first()
            assert document is not None
            document_id, notes_i18n = document.id, dict(document.notes_i18n)
        documents.table.selectRow(documents.model.row_of_id(document_id))

        def fill(dialog: QDialog) -> None:
            child(dialog, QToolButton, "translations_toggle").click()
            notes = child(
                child(dialog, QGroupBox, "translations_notes_i18n"), QPlainTextEdit, "translation_en"
            )
            notes.setPlainText(NOTES_EN)
            dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

        problems = when_dialog_opens(fill)
        documents.edit_selected()
        assert problems == []
        with UnitOfWork(db.sessions) as uow:
            stored = uow.session.get(SignedDocument, document_id)
            assert stored is not None and stored.notes_i18n == {**notes_i18n, "en": NOTES_EN}
        ops.undo_stack.undo()
        with UnitOfWork(db.sessions) as uow:
            stored = uow.session.get(SignedDocument, document_id)
            assert stored is not None and stored.notes_i18n == notes_i18n
    finally:
        ops.shutdown()


def test_the_meetings_page_shows_the_owner_agenda_and_minutes_in_the_interface_language(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, _ops, db = page
    before = _talks(db)
    assert install_language("kk")
    meetings.refresh()
    assert meetings.select_item(before["item_id"])
    owners = [
        meetings.tree.topLevelItem(n).child(c).text(1)
        for n in range(meetings.tree.topLevelItemCount())
        for c in range(meetings.tree.topLevelItem(n).childCount())
    ]
    assert before["owner_text_i18n"]["kk"] in owners and before["owner_text"] not in owners
    # the boxes keep the typed texts (what is edited); the Kazakh is shown beside them
    assert meetings.agenda.toPlainText().splitlines() == before["agenda"]
    shown = meetings.shown.toPlainText()
    assert meetings.shown.isVisible()
    assert before["agenda_i18n"]["kk"][0] in shown and before["minutes_i18n"]["kk"] in shown
    assert before["agenda"][0] not in shown
