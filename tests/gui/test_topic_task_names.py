"""Outcome topics and action item tasks in other languages in the window: the Meetings page lists them in
the interface language, the outcome and action item dialogs edit their translations under "Names in other
languages…" (one undo step that puts back exactly what was there), and the change log names the edit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QGroupBox, QLineEdit, QToolButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, Outcome
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import child, when_dialog_opens
from tests.integration.test_documents_support import sample_file
from ui.i18n import install_language, tr
from ui.operations import Operations
from ui.views.change_log_view import FIELD_LABELS
from ui.views.meetings_page import NODE_ROLE, MeetingsPage

TOPIC_KK = 'Сауда & <"жәрмеңке"> ӘҒҚҢӨҰҮҺІ'
TASK_KK = 'Қатысушылар тізімін жасау & <"Атырау"> ӘҒҚҢӨҰҮҺІ'
TASK_EN = 'Draw up the list & <"Atyrau">'


def _first_outcome() -> dict[str, Any]:
    """The sample's first outcome (of its first meeting in time order): the one the page opens on."""
    return sample_file()["meetings"][0]["outcomes"][0]


@pytest.fixture
def page(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> Iterator[tuple[MeetingsPage, Operations, Database]]:
    db, visit_id = sample_db
    ops = Operations(db)
    meetings = MeetingsPage(ops)
    qtbot.addWidget(meetings)
    meetings.resize(1000, 700)
    meetings.show()
    meetings.set_visit(visit_id)
    try:
        yield meetings, ops, db
    finally:
        ops.shutdown()
        install_language("en")


def _nodes(page: MeetingsPage) -> list[QTreeWidgetItem]:
    found = []
    for n in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(n)
        assert top is not None
        found.append(top)
        found.extend(top.child(k) for k in range(top.childCount()))
    return found


def _select(page: MeetingsPage, kind: str, record_id: int) -> None:
    node = next(n for n in _nodes(page) if n.data(0, NODE_ROLE) == (kind, record_id))
    page.tree.setCurrentItem(node)


def _lines(dialog: QDialog, field: str) -> dict[str, QLineEdit]:
    group = child(dialog, QGroupBox, f"translations_{field}")
    return {lang: child(group, QLineEdit, f"translation_{lang}") for lang in ("ru", "kk", "en")}


def _maps(db: Database) -> tuple[int, dict[str, str], int, dict[str, str]]:
    """The first outcome's id and topic map, its first task's id and map."""
    with UnitOfWork(db.sessions) as uow:
        outcome = uow.session.get(Outcome, 1)
        assert outcome is not None
        task = outcome.action_items[0]
        return outcome.id, dict(outcome.topic_i18n), task.id, dict(task.description_i18n)


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_meetings_page_lists_topics_and_tasks_in_the_interface_language(
    qtbot: QtBot, sample_db: tuple[Database, int], lang: str
) -> None:
    """In Kazakh and English by their translations; in Russian, the sample's typed language, as typed."""
    db, visit_id = sample_db
    first = _first_outcome()
    task = first["action_items"][0]
    ops = Operations(db)
    try:
        for shown in (lang, "ru"):
            assert install_language(shown)
            meetings = MeetingsPage(ops)
            qtbot.addWidget(meetings)
            meetings.show()
            meetings.set_visit(visit_id)
            qtbot.waitUntil(lambda page=meetings: page.tree.topLevelItemCount() > 0, timeout=5000)
            topic = first["topic"] if shown == "ru" else first["topic_i18n"][shown]
            text = first["text"] if shown == "ru" else first["text_i18n"][shown]
            task_text = task["description"] if shown == "ru" else task["description_i18n"][shown]
            top = meetings.tree.topLevelItem(0)
            assert top is not None and top.text(0) == f"{topic}: {text}"
            assert top.child(0).text(0) == task_text and top.child(0).toolTip(0) == task_text
    finally:
        ops.shutdown()
        install_language("en")


def test_the_outcome_dialog_edits_the_topic_translations_and_undo_puts_back_exactly(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, ops, db = page
    outcome_id, before, _, _ = _maps(db)
    assert before == {"kk": "Құжаттар", "en": "Documents"}
    _select(meetings, "outcome", outcome_id)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        lines = _lines(dialog, "topic_i18n")
        seen["stored"] = {lang: line.text() for lang, line in lines.items()}
        lines["kk"].setText(f"  {TOPIC_KK} ")
        lines["en"].setText("")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    meetings.edit_outcome()
    assert problems == []
    assert seen["stored"] == {"ru": "", "kk": "Құжаттар", "en": "Documents"}
    assert _maps(db)[1] == {"kk": TOPIC_KK}
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    assert _maps(db)[1] == before
    ops.undo_stack.redo()
    assert _maps(db)[1] == {"kk": TOPIC_KK}


def test_the_action_item_dialog_edits_the_task_translations_and_undo_puts_back_exactly(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, ops, db = page
    _, _, task_id, before = _maps(db)
    _select(meetings, "action", task_id)

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        lines = _lines(dialog, "description_i18n")
        lines["kk"].setText(TASK_KK)
        lines["en"].setText(TASK_EN)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    problems = when_dialog_opens(fill)
    meetings.edit_action_item()
    assert problems == []
    assert _maps(db)[3] == {"kk": TASK_KK, "en": TASK_EN}
    with UnitOfWork(db.sessions) as uow:
        task = uow.session.get(ActionItem, task_id)
        assert (
            task is not None
            and task.description
            == sample_file()["meetings"][0]["outcomes"][0]["action_items"][0]["description"]
        )
    ops.undo_stack.undo()
    assert _maps(db)[3] == before


def test_a_new_outcome_and_task_take_their_translations(
    page: tuple[MeetingsPage, Operations, Database],
) -> None:
    meetings, _, db = page
    assert install_language("kk")
    meetings.refresh()

    def outcome(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["topic"].setText("Сауда жәрмеңкесі")
        fields["text"].setPlainText("Решено")
        child(dialog, QToolButton, "translations_toggle").click()
        _lines(dialog, "topic_i18n")["kk"].setText(TOPIC_KK)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    problems = when_dialog_opens(outcome)
    meetings.add_outcome()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        new = uow.session.query(Outcome).order_by(Outcome.id.desc()).first()
        assert new is not None and new.topic_i18n == {"kk": TOPIC_KK}
        new_id = new.id
    # listed by its Kazakh topic on a Kazakh screen
    assert any(n.text(0).startswith(f"{TOPIC_KK}: ") for n in _nodes(meetings))
    _select(meetings, "outcome", new_id)

    def task(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["description"].setPlainText("Составить список")
        child(dialog, QToolButton, "translations_toggle").click()
        _lines(dialog, "description_i18n")["kk"].setText(TASK_KK)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    problems = when_dialog_opens(task)
    meetings.add_action_item()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        added = uow.session.query(ActionItem).order_by(ActionItem.id.desc()).first()
        assert added is not None and (added.description, added.description_i18n) == (
            "Составить список",
            {"kk": TASK_KK},
        )
    assert any(n.text(0) == TASK_KK for n in _nodes(meetings))


def test_the_change_log_names_the_translations_of_topics_and_tasks() -> None:
    assert tr(FIELD_LABELS["topic_i18n"]) == "Topic in other languages"
    assert tr(FIELD_LABELS["description_i18n"]) == "Task in other languages"
    assert install_language("kk")
    try:
        assert tr(FIELD_LABELS["topic_i18n"]) == "Басқа тілдердегі тақырыбы"
        assert tr(FIELD_LABELS["description_i18n"]) == "Басқа тілдердегі тапсырма"
    finally:
        install_language("en")
