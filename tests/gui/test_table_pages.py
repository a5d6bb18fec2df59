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
