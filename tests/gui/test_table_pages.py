"""The list pages share Add, Edit and Delete: a delete on each is one undo step that restores the row."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.operations import Operations


@pytest.mark.parametrize("page_module, page_class", [
    ("ui.views.sites_page", "SitesPage"),
    ("ui.views.transport_page", "TransportPage"),
    ("ui.views.documents_page", "DocumentsPage"),
    ("ui.views.participants_page", "ParticipantsPage"),
])  # fmt: skip
def test_delete_then_undo_on_every_list_page(
    qtbot: QtBot, sample_db: tuple[Database, int], page_module: str, page_class: str
) -> None:
    import importlib

    db, visit_id = sample_db
    ops = Operations(db)
    page: Any = getattr(importlib.import_module(page_module), page_class)(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    before = page.model.rowCount()
    assert before > 0
    # a row nothing else points at, so the delete is allowed everywhere (sites in use are refused)
    for row in range(before):
        page.table.selectRow(row)
        page.delete_selected()
        if ops.undo_stack.count():
            break
    assert ops.undo_stack.count() == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == before - 1, timeout=5000)
    assert ops.undo_stack.undoText().startswith("Delete")
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=5000)
    ops.shutdown()


def test_new_meeting_offers_the_items_without_one_and_creates_it(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from PySide6.QtWidgets import QComboBox, QDialog

    from planner.queries.itinerary import visit_items
    from planner.queries.meetings import visit_meetings
    from tests.gui.conftest import when_dialog_opens
    from ui.views.meetings_page import MeetingsPage

    db, visit_id = sample_db
    ops = Operations(db)
    page = MeetingsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    from ui.i18n import current_language

    # the items are offered by their names in the interface language (translation, else as typed)
    items = ops.read(lambda uow: visit_items(uow, visit_id, lang=current_language()))
    with_meeting = {m.item_id for m in ops.read(lambda uow: visit_meetings(uow, visit_id))}
    offered: list[str] = []

    def choose_first(dialog: QDialog) -> None:
        chooser = dialog.findChild(QComboBox)
        offered.extend(chooser.itemText(n) for n in range(chooser.count()))
        dialog.accept()

    problems = when_dialog_opens(choose_first)
    page.new_meeting()
    assert not problems
    without = [i for i in items if i.id not in with_meeting and i.kind != "meeting"]
    # the items of another kind in time order (an item of kind "meeting" is on the list already)
    expected = sorted(without, key=lambda i: (i.starts_at, i.id))
    assert offered == [i.name for i in expected]
    assert ops.undo_stack.count() == 1
    assert expected[0].id in {m.item_id for m in ops.read(lambda uow: visit_meetings(uow, visit_id))}
    ops.shutdown()


def test_columns_fit_their_text_and_keep_the_widths_the_officer_sets(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from ui.views.sites_page import SitesPage

    db, visit_id = sample_db
    ops = Operations(db)
    page = SitesPage(ops)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    page.set_visit(visit_id)
    header = page.table.horizontalHeader()
    name_column = 0
    longest = max(len(page.model.index(r, name_column).data()) for r in range(page.model.rowCount()))
    # the name column is wider than the narrowest column and the table fills the window
    assert header.sectionSize(name_column) > min(header.sectionSize(c) for c in range(header.count()))
    assert longest > 10 and header.sectionSize(name_column) >= 200
    assert header.length() >= page.table.viewport().width() - 2
    header.resizeSection(name_column, 150)  # the officer drags the edge
    again = SitesPage(ops)
    qtbot.addWidget(again)
    again.show()
    again.set_visit(visit_id)
    assert again.table.horizontalHeader().sectionSize(name_column) == 150
    ops.shutdown()
