"""The gifts register window and the item editor's run-of-show section, as an officer uses them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Gift
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import child, when_dialog_opens
from ui.operations import Operations


def _descriptions(db: Database, visit_id: int) -> list[str]:
    with UnitOfWork(db.sessions) as uow:
        return list(
            uow.session.scalars(select(Gift.description).where(Gift.visit_id == visit_id).order_by(Gift.id))
        )


def _page(qtbot: QtBot, db: Database, visit_id: int) -> tuple[Any, Operations]:
    from ui.views.gifts_page import GiftsPage

    ops = Operations(db)
    page = GiftsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    return page, ops


def test_add_a_gift_in_the_dialog_shows_its_row_and_undo_takes_it_out_of_the_database(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    page, ops = _page(qtbot, db, visit_id)
    before = _descriptions(db, visit_id)
    assert page.model.rowCount() == len(before) == 4
    hostile = 'Ковёр & "Жібек" <ручная работа>'

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "gift_description").setText(hostile)
        child(dialog, QLineEdit, "gift_giver_text").setText("Атырауская школа № 17")
        recipient = dialog.form.fields["recipient_id"]
        assert isinstance(recipient, QComboBox)
        recipient.setCurrentIndex(1)  # the first participant: the head of the delegation
        value = dialog.form.fields["estimated_value"]
        assert isinstance(value, QSpinBox)
        value.setValue(75000)
        dialog.try_accept()

    problems = when_dialog_opens(fill)
    page.add()
    assert problems == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)
    assert _descriptions(db, visit_id) == [*before, hostile]
    texts = [page.model.index(r, page.model.DESCRIPTION).data() for r in range(page.model.rowCount())]
    assert hostile in texts
    row = next(r for r in page.model.rows() if r.description == hostile)
    assert row.recipient == "Бабушкин Игорь Юрьевич" and row.estimated_value == 75000
    assert ops.undo_stack.undoText().startswith("Add gift")
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    assert _descriptions(db, visit_id) == before
    ops.undo_stack.redo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)
    assert _descriptions(db, visit_id) == [*before, hostile]
    ops.shutdown()


def test_a_gift_with_nobody_giving_it_is_refused_in_the_dialog_and_nothing_is_saved(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    page, ops = _page(qtbot, db, visit_id)
    before = _descriptions(db, visit_id)
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "gift_description").setText("Ваза")
        child(dialog, QLineEdit, "gift_recipient_text").setText("Музей")
        dialog.try_accept()
        seen.append(dialog.form.error_text("giver_text"))
        dialog.reject()

    problems = when_dialog_opens(fill)
    page.add()
    assert problems == []
    assert seen and "who gave it" in seen[0]
    assert _descriptions(db, visit_id) == before and ops.undo_stack.count() == 0
    ops.shutdown()


def test_edit_then_delete_a_gift_each_one_undo_step(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    page, ops = _page(qtbot, db, visit_id)
    before = _descriptions(db, visit_id)
    page.table.selectRow(0)
    first = page.selected()

    def edit(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "gift_description").setText("Картина (исправлено)")
        dialog.try_accept()

    problems = when_dialog_opens(edit)
    page.edit_selected()
    assert problems == []
    qtbot.waitUntil(lambda: "Картина (исправлено)" in _descriptions(db, visit_id), timeout=5000)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: _descriptions(db, visit_id) == before, timeout=5000)
    n = page.model.row_of_id(first.id)
    page.table.selectRow(n)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    assert _descriptions(db, visit_id) == before
    ops.shutdown()


def test_the_documents_page_opens_the_gifts_register(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    from ui.views.documents_page import DocumentsPage
    from ui.views.gifts_page import GiftsDialog

    db, visit_id = sample_db
    ops = Operations(db)
    page = DocumentsPage(ops)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    from PySide6.QtGui import QAction

    gifts = next(a for a in page.findChildren(QAction) if a.text() == "Gifts…")
    gifts.trigger()
    window = page.findChild(GiftsDialog)
    assert window is not None and window.page.model.rowCount() == 4
    window.close()
    ops.shutdown()


def test_the_item_editor_keeps_the_run_of_show_folded_until_wanted_and_saves_its_fields(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from zoneinfo import ZoneInfo

    from planner.queries.itinerary import visit_items
    from planner.queries.participants import visit_participants
    from planner.queries.sites import list_sites
    from ui.views.item_dialog import ItemDialog

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        items = visit_items(uow, visit_id)
        sites = list_sites(uow, visit_id)
        people = visit_participants(uow, visit_id)
    tz = ZoneInfo("Asia/Atyrau")
    with_cue = next(i for i in items if i.cue)
    dialog = ItemDialog(tz, sites, people, with_cue)
    qtbot.addWidget(dialog)
    section = dialog.run_of_show
    assert section.toggle.isChecked() and not section.body.isHidden()
    assert child(dialog, QLineEdit, "run_of_show_cue").text() == with_cue.cue
    assert dialog.changed_values() == {}  # untouched: no undo step

    plain = next(i for i in items if not i.cue and not i.staging_notes and not i.officer_name)
    dialog = ItemDialog(tz, sites, people, plain)
    qtbot.addWidget(dialog)
    section = dialog.run_of_show
    assert not section.toggle.isChecked() and section.body.isHidden()
    section.toggle.click()
    assert not section.body.isHidden()
    child(dialog, QLineEdit, "run_of_show_cue").setText("Гонг")
    child(dialog, QPlainTextEdit, "run_of_show_staging_notes").setPlainText("Флаги слева")
    child(dialog, QLineEdit, "run_of_show_officer_name").setText("Нұрлан С.")
    changes = dialog.changed_values()
    assert {k: changes[k] for k in ("cue", "staging_notes", "officer_name")} == {
        "cue": "Гонг",
        "staging_notes": "Флаги слева",
        "officer_name": "Нұрлан С.",
    }
    assert "officer_phone" not in changes
