"""The Follow-up screen and the partner's history on the Overview, on the sample visit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Commitment
from planner.persistence.uow import UnitOfWork
from planner.queries.follow_up import FollowUpKind, FollowUpRow
from planner.services.visit_details import duplicate_as_template
from tests.gui.conftest import Messages
from ui.main_window import MainWindow
from ui.models.row_table_model import ROW_ROLE
from ui.operations import Operations
from ui.views.follow_up_page import FollowUpModel, FollowUpView

TODAY = date(2024, 1, 1)


@pytest.fixture
def sample_ops(sample_db: tuple[Database, int]) -> Iterator[Operations]:
    operations = Operations(sample_db[0])
    yield operations
    operations.shutdown()


def _view(qtbot: QtBot, ops: Operations, **kwargs: Any) -> FollowUpView:
    view = FollowUpView(ops, today=lambda: TODAY, **kwargs)
    qtbot.addWidget(view)
    return view


def _rows(view: FollowUpView) -> list[FollowUpRow]:
    model = view.table.model()
    return [model.data(model.index(n, 0), ROW_ROLE) for n in range(model.rowCount())]


def _select(view: FollowUpView, wanted: FollowUpRow) -> None:
    model = view.table.model()
    for n in range(model.rowCount()):
        if model.data(model.index(n, 0), ROW_ROLE).key == wanted.key:
            view.table.selectionModel().select(
                model.index(n, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{wanted.key} is not listed")


def test_the_list_shows_open_items_then_everything_and_filters(qtbot: QtBot, sample_ops: Operations) -> None:
    view = _view(qtbot, sample_ops)
    rows = _rows(view)
    assert len(rows) == 22 and all(not r.finished for r in rows)
    assert view.summary.text() == "22 shown, 8 overdue"
    overdue = next(r for r in rows if r.overdue)
    model = view.model
    n = model.rows().index(overdue)
    assert model.data(model.index(n, FollowUpModel.DUE)).endswith("· overdue")
    assert model.data(model.index(n, FollowUpModel.DUE), 9) is not None  # drawn in red (ForegroundRole)

    view.finished.setChecked(True)
    rows = _rows(view)
    commitments = [r for r in rows if r.kind is FollowUpKind.COMMITMENT]
    plan = [r for r in commitments if r.source_id == 1]  # the plan of cooperation 2023–2026
    assert len(plan) == 14 and len(commitments) == 18
    assert len([r for r in rows if r.kind is FollowUpKind.ACTION_ITEM]) == 21

    view.owner.setText("управление здравоохранения")
    assert {r.record_id for r in _rows(view)} == {8, 15}
    view.owner.setText("")
    view.due_before.setDate(date(2023, 7, 1))
    assert all(r.due_date is not None and r.due_date < date(2023, 7, 1) for r in _rows(view))
    assert len(_rows(view)) == 4
    view.partner.setCurrentText("Тверская область")
    assert _rows(view) == []
    assert view.summary.text() == "Nothing to follow up with these filters."


def test_a_status_change_is_logged_and_undone(
    qtbot: QtBot, sample_ops: Operations, sample_db: tuple[Database, int]
) -> None:
    db, _ = sample_db
    view = _view(qtbot, sample_ops)
    late = next(r for r in _rows(view) if r.kind is FollowUpKind.COMMITMENT and r.record_id == 4)
    assert late.status == "late"
    _select(view, late)
    view.new_status.setCurrentIndex(view.new_status.findData("done"))
    view.set_status_button.click()
    # done: it leaves the list of open items
    assert late.key not in {r.key for r in _rows(view)}
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Commitment, 4).status == "done"
        logged = uow.session.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "commitments", ChangeLog.record_id == 4)
        ).all()
        assert [(c.field, c.old_value, c.new_value) for c in logged][-1] == ("status", "late", "done")
    assert sample_ops.undo_stack.undoText() == "Edit commitment"
    sample_ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Commitment, 4).status == "late"
    back = next(r for r in _rows(view) if r.key == late.key)
    assert back.status == "late"


def test_the_visit_menu_opens_the_follow_up_screen(
    qtbot: QtBot, sample_ops: Operations, sample_db: tuple[Database, int]
) -> None:
    from PySide6.QtGui import QAction

    window = MainWindow(sample_ops, sample_db[1])
    qtbot.addWidget(window)
    (entry,) = [a for a in window.findChildren(QAction) if a.text() == "&Follow-up…"]
    entry.trigger()
    view = window.findChild(FollowUpView)
    assert view is not None and view.isVisible()
    assert len(_rows(view)) >= 22


def test_the_report_prints_what_the_filters_show(
    qtbot: QtBot, sample_ops: Operations, tmp_path: Path, no_blocking_dialogs: Messages
) -> None:
    from tests.integration.test_documents_support import page_texts

    view = _view(qtbot, sample_ops, partner="Астраханская область")
    view.owner.setText("Управление здравоохранения")
    no_blocking_dialogs.save_path = str(tmp_path / "follow-up.pdf")
    view.print_report()
    text = "\n".join(page_texts((tmp_path / "follow-up.pdf").read_bytes()))
    assert "Follow-up of action items and commitments" in text
    # the partner chosen in Russian, printed as the English report writes it
    assert "Astrakhan Region" in text and "1 January 2024" in text
    assert "In all: 2; overdue: 1" in text
    assert no_blocking_dialogs.shown == []


def test_a_new_visit_with_the_same_partner_opens_with_what_was_promised(
    qtbot: QtBot, sample_ops: Operations, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    again = duplicate_as_template(UnitOfWork(db.sessions), visit_id, "Второй визит", date(2026, 6, 1)).id
    window = MainWindow(sample_ops, visit_id)
    qtbot.addWidget(window)
    window.overview.today = lambda: TODAY
    window.show()
    overview = window.overview
    # read once the first screen is painted (the ORM must not delay it)
    qtbot.waitUntil(lambda: overview.partner_read_for == visit_id)
    # the first visit had nothing before it
    assert not overview.partner_box.isVisible()
    window.select_visit(again)
    assert overview.partner_box.isVisible()
    assert overview.partner_box.title() == "Earlier with Astrakhan Region"
    assert overview.partner_summary.text() == (
        "Earlier visits: 1, signed documents: 3; commitments: 18, done 5, open 13, overdue 2"
    )
    lines = overview.partner_open.text().splitlines()
    assert lines[0] == "Open commitments:"
    # soonest due first, in the interface language, overdue said
    assert lines[1] == (
        "15.12.2023 · In progress · overdue — "
        "Send at least 20 health workers to Astrakhan for internships every year"
    )
    assert lines[-1] == "and 5 more"
    overview.open_partner_follow_up()
    view = window.findChild(FollowUpView)
    assert view is not None and view.partner.currentText() == "Astrakhan Region"
    # both visits' open items (the copy took the first's meetings and documents), though the documents
    # name the region in Russian
    assert len(_rows(view)) == 2 * 22


def test_the_model_passes_qts_checks(qtbot: QtBot, qtmodeltester: Any, sample_ops: Operations) -> None:
    view = _view(qtbot, sample_ops)
    qtmodeltester.check(view.model)


@pytest.mark.parametrize(
    ("language", "status", "overdue", "kind"),
    [("ru", "Выполняется", "просрочено", "Поручение"), ("kk", "Орындалуда", "мерзімі өтті", "Тапсырма")],
)
def test_the_list_speaks_the_interface_language(
    qtbot: QtBot, sample_ops: Operations, language: str, status: str, overdue: str, kind: str
) -> None:
    from ui.i18n import install_language

    assert install_language(language)
    try:
        view = _view(qtbot, sample_ops)
        first = view.model.rows()[0]  # action item 7: in progress, due 01.09.2023
        assert first.key == "action_item:7"
        model = view.model
        assert model.data(model.index(0, FollowUpModel.DUE)) == f"01.09.2023 · {overdue}"
        assert model.data(model.index(0, FollowUpModel.STATUS)) == status
        assert model.data(model.index(0, FollowUpModel.KIND)) == kind
    finally:
        install_language("en")
