"""Automatic planning from the GUI: proposal beside the current plan, accepted as one undo step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from ui.operations import Operations
from ui.views import planning_dialog
from ui.views.planning_dialog import PlanningDialog


def _times(db: Database, visit_id: int) -> dict[int, tuple[object, object]]:
    with UnitOfWork(db.sessions) as uow:
        return {r.id: (r.starts_at, r.ends_at) for r in visit_items(uow, visit_id)}


def test_accept_a_plan_then_undo_it_in_one_step(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    before = _times(db, visit_id)
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        proposal = dialog.proposal
        assert not proposal.is_empty, dialog.summary.text()
        assert dialog.table.rowCount() == len(proposal.moves) + len(proposal.dropped)
        assert dialog.accept_button.isEnabled()
        # the proposed timeline shows the moved items at their new times
        first = proposal.moves[0]
        assert dialog.proposed.rows[first.item_id].starts_at == first.new_start
        assert dialog.current.rows[first.item_id].starts_at == first.old_start

        dialog.accept_button.click()
        after = _times(db, visit_id)
        assert after[first.item_id] == (first.new_start, first.new_end)
        assert all(d.item_id not in after for d in proposal.dropped)
        assert ops.undo_stack.count() == 1
        assert ops.undo_stack.undoText() == "Accept automatic plan"

        ops.undo_stack.undo()
        assert _times(db, visit_id) == before
        ops.undo_stack.redo()
        assert _times(db, visit_id)[first.item_id] == (first.new_start, first.new_end)
    finally:
        ops.shutdown()


def test_repair_after_an_item_runs_long(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a Russian interface, the repair's note comes in Russian too."""
    from ui.i18n import install_language

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    before = _times(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        talks = next(r for r in visit_items(uow, visit_id) if r.kind == "meeting" and not r.pinned)
    ops = Operations(db)
    assert install_language("ru")
    try:
        dialog = PlanningDialog(
            ops, visit_id, "repair", item_id=talks.id, new_end=talks.ends_at + timedelta(minutes=45)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(
            lambda: dialog.proposal is not None or "error" in dialog.summary.text(), timeout=120_000
        )
        proposal = dialog.proposal
        assert proposal is not None, dialog.summary.text()
        assert proposal.notes[0] in {
            "порядок дня сохранён",
            "сохранить порядок дня не удалось; остаток дня спланирован заново",
        }
        note = proposal.notes[0]
        assert note[:1].upper() + note[1:] in dialog.summary.text()
        changes = {dialog.table.item(n, 3).text().split(":")[0] for n in range(dialog.table.rowCount())}
        # a site visit left out goes back to the list of sites to place (the reason is in its own column)
        assert changes <= {"перенесён", "сокращён", "возврат в список"}, changes
        reasons = [dialog.table.item(n, 4).text() for n in range(dialog.table.rowCount())]
        assert all(reasons) and all(any("а" <= ch <= "я" for ch in r) for r in reasons)
        grown = next(m for m in proposal.moves if m.item_id == talks.id)
        assert grown.new_end - grown.new_start == talks.ends_at - talks.starts_at + timedelta(minutes=45)
        dialog.accept_button.click()
        assert _times(db, visit_id)[talks.id] == (grown.new_start, grown.new_end)
        ops.undo_stack.undo()
        assert _times(db, visit_id) == before
    finally:
        install_language("en")
        ops.shutdown()


def test_moves_keep_their_day_unless_allowed_and_each_says_why_in_russian(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from zoneinfo import ZoneInfo

    from ui.i18n import install_language

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    tz = ZoneInfo("Asia/Atyrau")
    ops = Operations(db)
    assert install_language("ru")
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.day_moves.isVisible() and not dialog.day_moves.isChecked()
        assert dialog.day_moves.text() == "Разрешить перенос между днями"
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        proposal = dialog.proposal
        assert proposal.moves
        assert all(
            m.old_start.astimezone(tz).date() == m.new_start.astimezone(tz).date() for m in proposal.moves
        )
        reasons = [dialog.table.item(n, 4).text() for n in range(len(proposal.moves))]
        assert reasons == [m.why for m in proposal.moves] and all(reasons)
        assert all(any("а" <= ch <= "я" for ch in why) for why in reasons)

        dialog.day_moves.setChecked(True)  # plans again, with moves between days allowed
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        for n, move in enumerate(dialog.proposal.moves):
            other_day = move.old_start.astimezone(tz).date() != move.new_start.astimezone(tz).date()
            assert move.day_changed == other_day
            marked = dialog.table.item(n, 3).text() == "перенос на другой день"
            assert marked == other_day
    finally:
        install_language("en")
        ops.shutdown()
