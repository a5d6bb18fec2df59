"""Moving a participant to the other side in the dialog: the rank box says "last", the Participants page
lists the person last on the new side at once, and undo puts them back where they were."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from tests.gui.conftest import when_dialog_opens
from ui.operations import Operations
from ui.views.participants_page import ParticipantsPage


@pytest.fixture
def page(qtbot: QtBot, sample_db: tuple[Database, int]) -> Iterator[ParticipantsPage]:
    db, visit_id = sample_db
    ops = Operations(db)
    shown = ParticipantsPage(ops)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_visit(visit_id)
    try:
        yield shown
    finally:
        ops.shutdown()


def _listed(page: ParticipantsPage) -> list[tuple[str, int, int]]:
    """The page's rows as (side, rank, id), top to bottom."""
    return [(r.side, r.protocol_rank, r.id) for r in page.model.rows()]


def test_a_guest_moved_to_the_hosts_is_listed_last_among_them_and_undo_puts_them_back(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    before = _listed(page)
    head = next(r for r in page.model.rows() if r.side == "guest" and r.protocol_rank == 1)
    hosts = [rank for side, rank, _ in before if side == "host"]
    page.table.selectRow(page.model.row_of_id(head.id))
    seen: list[tuple[str, str]] = []

    def move(dialog: QDialog) -> None:
        form: Any = dialog
        side: QComboBox = form.form.fields["side"]
        rank: QSpinBox = form.form.fields["protocol_rank"]
        side.setCurrentIndex(side.findData("host"))
        seen.append((rank.text(), rank.specialValueText()))
        side.setCurrentIndex(side.findData("guest"))  # back on their side: their own rank again
        seen.append((rank.text(), ""))
        side.setCurrentIndex(side.findData("host"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(move)
    page.edit_selected()
    assert problems == []
    assert seen[0][0] == seen[0][1] and seen[1][0] == "1"
    # the guests close up behind the one who left (the second is now first)
    expected = [
        (side, rank - 1 if side == "guest" else rank, pid) for side, rank, pid in before if pid != head.id
    ] + [("host", max(hosts) + 1, head.id)]
    qtbot.waitUntil(lambda: _listed(page) == expected, timeout=5000)
    assert _listed(page)[-1] == ("host", max(hosts) + 1, head.id)
    page.ops.undo_stack.undo()
    qtbot.waitUntil(lambda: _listed(page) == before, timeout=5000)
