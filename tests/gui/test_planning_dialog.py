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


def test_an_overrun_into_the_pinned_press_point_is_named_recorded_and_can_shift_it(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The talks run 40 min long: the summary names the press point they run into and by how much,
    the overrun can be accepted anyway, and with the box ticked the press point gives way."""
    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        rows = visit_items(uow, visit_id)
    talks = next(r for r in rows if r.title.startswith("Переговоры в расширенном"))
    press = next(r for r in rows if r.kind == "press" and r.starts_at == talks.ends_at)
    new_end = talks.ends_at + timedelta(minutes=40)
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "repair", item_id=talks.id, new_end=new_end)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.shift_pinned.isVisible() and not dialog.shift_pinned.isChecked()
        assert not dialog.day_moves.isVisible()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        text = dialog.summary.text()
        assert "1 error would remain:" in text and "1 errors" not in text
        # the interface is in English: the press point is named by its English title, in English quotes
        assert "“Press statements by the Akim and the Governor after the talks”" in text
        assert press.title not in text and "overlap by 15 min" in text
        assert "it would start 40 min later" in text
        assert "no less than two thirds of its length" in text
        assert dialog.accept_button.isEnabled()
        # ticking the box plans again: the press point starts when the talks end, nothing is left
        dialog.shift_pinned.setChecked(True)
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        assert dialog.proposal.errors_after == []
        assert "would remain" not in dialog.summary.text()
        dialog.accept_button.click()
        times = _times(db, visit_id)
        assert times[talks.id][1] == new_end and times[press.id][0] == new_end
    finally:
        ops.shutdown()


def test_an_overrun_left_in_conflict_is_recorded_from_the_dialog(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        talks = next(r for r in visit_items(uow, visit_id) if r.title.startswith("Переговоры в расширенном"))
    new_end = talks.ends_at + timedelta(minutes=40)
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "repair", item_id=talks.id, new_end=new_end)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        assert dialog.proposal.errors_after
        dialog.accept_button.click()
        assert _times(db, visit_id)[talks.id][1] == new_end
        ops.undo_stack.undo()
        assert _times(db, visit_id)[talks.id][1] == talks.ends_at
    finally:
        ops.shutdown()


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {1: "1 item moves.", 2: "2 items move.", 11: "11 items move."}),
        (
            "ru",
            {
                1: "1 пункт переносится.",
                3: "3 пункта переносятся.",
                5: "5 пунктов переносятся.",
                11: "11 пунктов переносятся.",
                21: "21 пункт переносится.",
                112: "112 пунктов переносятся.",
            },
        ),
        ("kk", {1: "1 тармақ ауыстырылады.", 5: "5 тармақ ауыстырылады."}),
    ],
)
def test_counts_in_the_summary_take_the_language_s_plural(language: str, counts: dict[int, str]) -> None:
    from ui.i18n import install_language, tr

    assert install_language(language)
    try:
        for n, expected in counts.items():
            assert planning_dialog.plural(tr("%1 item moves.|%1 items move."), n) == expected
    finally:
        install_language("en")


def test_a_plan_that_leaves_an_error_cannot_be_accepted(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ``plan --apply`` refuses it: the errors are named and Accept stays off."""
    from planner.interchange.visit_import import import_visit
    from tests.integration.test_plan_from_list import clashing_visit

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 0.5)
    with UnitOfWork(sqlite_db.sessions) as uow:
        visit_id = import_visit(uow, clashing_visit())
        uow.commit()
    ops = Operations(sqlite_db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        assert dialog.proposal.placed and dialog.proposal.errors_after
        text = dialog.summary.text()
        assert "1 error would remain:" in text and "“Signing”" in text
        assert "A plan that leaves errors cannot be accepted." in text
        assert not dialog.accept_button.isEnabled()
    finally:
        ops.shutdown()


def test_a_site_several_groups_may_take_names_the_group_the_plan_sends(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry of the list that both groups may take becomes a visit of one of them: the proposal says
    which, where it used to say only "placed from the list" (an officer read it as both going)."""
    from sqlalchemy import delete, select

    from planner.persistence.tables import Group, ItineraryItem
    from planner.queries.groups import visit_groups
    from planner.services.to_place import add_entry

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 0.5)
    db, visit_id = sample_db
    with db.sessions.begin() as s:
        cathedral = s.scalars(
            select(ItineraryItem).where(
                ItineraryItem.title.contains("собор"), ItineraryItem.visit_id == visit_id
            )
        ).first()
        assert cathedral is not None and cathedral.site_id is not None
        site_id = cathedral.site_id
        s.execute(delete(ItineraryItem).where(ItineraryItem.id == cathedral.id))
        groups = list(s.scalars(select(Group.id).where(Group.visit_id == visit_id)))
    assert len(groups) == 2
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site_id, "duration_min": 20}, groups)
    with UnitOfWork(db.sessions) as uow:
        names = {g.id: g.shown_name for g in visit_groups(uow, visit_id, "en")}  # as the English window
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        placed = dialog.proposal.placed
        assert len(placed) == 1 and len(placed[0].groups) == 1
        shown = [
            dialog.table.item(n, 3).text()
            for n in range(dialog.table.rowCount())
            if dialog.table.item(n, 3) is not None
        ]
        assert f"placed from the list: {names[placed[0].groups[0]]}" in shown, shown
    finally:
        ops.shutdown()
