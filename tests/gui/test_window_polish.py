"""Loose ends of the window (issue 12): a pinned item is deleted only after a question naming it, the
itinerary table's columns fit their text, the participants table shows each person's groups, the groups
dialog is on the Visit menu, and the participant dialog asks for a position, not a title."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import groups as group_service
from planner.services import itinerary
from tests.gui.conftest import Messages, when_dialog_opens
from tests.gui.test_menus import _action
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.common import select_ids
from ui.views.groups_page import GroupsDialog

PINNED_TITLE = "Встреча с акимом & «гостями» Қоғам"


@pytest.fixture
def sample(qtbot: QtBot, sample_db: tuple[Database, int]) -> Iterator[tuple[MainWindow, Database, int]]:
    db, visit_id = sample_db
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window, db, visit_id
    finally:
        ops.shutdown()


def _item_titles(db: Database, visit_id: int) -> set[str]:
    with db.sessions() as s:
        return set(s.scalars(select(ItineraryItem.title).where(ItineraryItem.visit_id == visit_id)))


def _pin_one(db: Database, visit_id: int) -> int:
    """Pin the visit's first item under a title with quotes, an ampersand and Kazakh letters (and no
    translation: the window names an item in its language, and as typed where it has none)."""
    with db.sessions() as s:
        first = select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id)
        item_id = s.scalars(first.order_by(ItineraryItem.starts_at)).first()
    assert item_id is not None
    itinerary.update_item(
        UnitOfWork(db.sessions), item_id, {"pinned": True, "title": PINNED_TITLE, "title_i18n": {}}
    )
    return item_id


@pytest.mark.parametrize("where", ["timeline", "table"])
def test_a_pinned_item_is_deleted_only_after_a_question_naming_it_and_undo_restores_it(
    sample: tuple[MainWindow, Database, int],
    no_blocking_dialogs: Messages,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    where: str,
) -> None:
    window, db, visit_id = sample
    item_id = _pin_one(db, visit_id)
    window.ops.reload()
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary
    assert page.timeline.rows[item_id].pinned

    def choose() -> None:
        if where == "table":
            page.views.setCurrentWidget(page.table)
            select_ids(page.table, {item_id})
        else:
            page.views.setCurrentIndex(0)  # the timeline tab
            page.timeline.select_items([item_id])

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def ask(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        no_blocking_dialogs.shown.append(("question", title, text))
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    # the officer says No: nothing is deleted
    choose()
    page.delete_action.trigger()
    assert PINNED_TITLE in _item_titles(db, visit_id)
    (question,) = [text for kind, _, text in no_blocking_dialogs.shown if kind == "question"]
    assert PINNED_TITLE in question
    # Yes deletes it; undo brings it back
    choose()
    if where == "timeline":
        page.timeline.setFocus()
        qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    else:
        page.delete_action.trigger()
    assert PINNED_TITLE not in _item_titles(db, visit_id)
    window.ops.undo_stack.undo()
    assert PINNED_TITLE in _item_titles(db, visit_id)


def test_an_item_not_pinned_is_deleted_without_a_question(
    sample: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    window, _, _ = sample
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary
    row = next(r for r in page.timeline.rows.values() if not r.pinned)
    page.timeline.select_items([row.id])
    page.delete_action.trigger()
    assert no_blocking_dialogs.shown == []
    assert row.id not in page.timeline.rows


def test_the_itinerary_table_columns_fit_their_text(sample: tuple[MainWindow, Database, int]) -> None:
    window, _, _ = sample
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary
    page.views.setCurrentWidget(page.table)
    model, header = page.model, page.table.horizontalHeader()
    # the event's title is wider than the day and the start time, and the table fills its width
    assert header.sectionSize(model.TITLE) > 2 * header.sectionSize(model.DAY)
    assert header.sectionSize(model.PLACE) > header.sectionSize(model.START)
    assert header.length() >= page.table.viewport().width() - 2


def test_the_participants_table_shows_each_persons_groups(
    sample: tuple[MainWindow, Database, int],
) -> None:
    window, db, visit_id = sample
    window.tabs.setCurrentWidget(window.participants)
    page = window.participants
    model = page.model

    def groups_of(person_id: int) -> str:
        return str(model.index(model.row_of_id(person_id), model.GROUPS).data())

    first, second = model.rows()[:2]
    before = {p.id: groups_of(p.id) for p in (first, second)}

    def more(person_id: int, *names: str) -> str:
        return ", ".join(n for n in (before[person_id], *names) if n)

    press = group_service.add_group(UnitOfWork(db.sessions), visit_id, "Пресса & «гости»").id
    group_service.add_members(UnitOfWork(db.sessions), press, [first.id, second.id])
    drivers = group_service.add_group(UnitOfWork(db.sessions), visit_id, "Қоғам").id
    group_service.add_members(UnitOfWork(db.sessions), drivers, [first.id])
    window.ops.reload()
    assert model.headerData(model.GROUPS, Qt.Orientation.Horizontal) == "Groups"
    assert groups_of(first.id) == more(first.id, "Пресса & «гости»", "Қоғам")
    assert groups_of(second.id) == more(second.id, "Пресса & «гости»")
    # the search finds people by their group too
    page.search.setText("қоғам")
    shown = [r.id for n, r in enumerate(model.rows()) if not page.table.isRowHidden(n)]
    assert shown == [first.id]


def test_the_visit_menu_opens_the_groups_dialog(sample: tuple[MainWindow, Database, int]) -> None:
    window, _, _ = sample
    visit_menu = window.menuBar().actions()[3].menu()
    entry = next(a for a in visit_menu.actions() if a.text().replace("&", "") == "Groups…")
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    problems = when_dialog_opens(look)
    entry.trigger()
    assert problems == []
    assert seen == [GroupsDialog.__name__]


@pytest.mark.parametrize("language, label", [("en", "Position"), ("ru", "Должность"), ("kk", "Лауазымы")])
def test_the_participant_dialog_asks_for_a_position(qapp: Any, language: str, label: str) -> None:
    from ui.views.editors import participant_dialog

    assert install_language(language)
    try:
        dialog = participant_dialog(lambda values: None)
        form = dialog.form.layout_
        holder = dialog.form.fields["title"].parentWidget()
        shown = form.labelForField(holder)
        assert shown is not None and shown.text() == label  # type: ignore[attr-defined]
        labels = [
            w.text()  # type: ignore[attr-defined]
            for n in range(form.rowCount())
            if (item := form.itemAt(n, QFormLayout.ItemRole.LabelRole)) is not None
            and (w := item.widget()) is not None
        ]
        assert label in labels
        dialog.deleteLater()
    finally:
        install_language("en")


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _visit_names(db: Database, visit_id: int) -> dict[str, Any]:
    with db.sessions() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        return {
            "title": visit.title,
            "title_i18n": dict(visit.title_i18n or {}),
            "delegation_name_i18n": dict(visit.delegation.name_i18n or {}),
            "host_organisation_i18n": dict(visit.host_organisation_i18n or {}),
        }


KK_TITLE = "Астрахан облысы делегациясының «сапары» & кездесу"


def test_the_visit_details_dialog_edits_the_names_in_other_languages_as_one_undo_step(
    sample: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    window, db, visit_id = sample
    before = _visit_names(db, visit_id)
    steps = window.ops.undo_stack.count()

    def edit(dialog: QDialog) -> None:
        d: Any = dialog
        d.translations.open()
        d.title_edit.setText("Ответный визит")
        lines = d.translations.lines
        assert lines["title_i18n"].edits["kk"].placeholderText() == "Ответный визит"
        lines["title_i18n"].edits["kk"].setText(KK_TITLE)
        lines["delegation_name_i18n"].edits["en"].setText("Astrakhan region delegation")
        lines["host_region_i18n"].edits["kk"].setText("Атырау облысы")
        lines["host_organisation_i18n"].edits["kk"].setText("Атырау облысының әкімдігі")
        _ok(dialog)

    problems = when_dialog_opens(edit)
    _action(window, "Visit details…").trigger()
    assert problems == []
    after = _visit_names(db, visit_id)
    assert after["title"] == "Ответный визит"
    assert after["title_i18n"]["kk"] == KK_TITLE
    assert after["delegation_name_i18n"]["en"] == "Astrakhan region delegation"
    assert after["host_organisation_i18n"]["kk"] == "Атырау облысының әкімдігі"
    assert window.ops.undo_stack.count() == steps + 1
    window.ops.undo_stack.undo()  # one step takes back the details and the names
    assert _visit_names(db, visit_id) == before
    window.ops.undo_stack.redo()
    assert _visit_names(db, visit_id) == after

    # opened again, the dialog shows what was saved; a change of names alone is a step of its own
    def look(dialog: QDialog) -> None:
        d: Any = dialog
        assert d.translations.lines["title_i18n"].edits["kk"].text() == KK_TITLE
        d.translations.lines["title_i18n"].edits["en"].setText("Return visit")
        _ok(dialog)

    problems = when_dialog_opens(look)
    _action(window, "Visit details…").trigger()
    assert problems == []
    assert _visit_names(db, visit_id)["title_i18n"] == {**after["title_i18n"], "en": "Return visit"}
    window.ops.undo_stack.undo()
    assert _visit_names(db, visit_id) == after
    assert no_blocking_dialogs.shown == []


def test_a_new_visit_keeps_the_names_typed_in_other_languages(
    sample: tuple[MainWindow, Database, int],
) -> None:
    window, db, _ = sample

    def fill(dialog: QDialog) -> None:
        d: Any = dialog
        d.title_edit.setText("Визит & «новый»")
        d.delegation_edit.setText("Делегация")
        d.translations.lines["title_i18n"].edits["kk"].setText(KK_TITLE)
        _ok(dialog)

    problems = when_dialog_opens(fill)
    _action(window, "New visit…").trigger()
    assert problems == []
    with db.sessions() as s:
        visit = s.scalar(select(Visit).where(Visit.title == "Визит & «новый»"))
        assert visit is not None and visit.title_i18n == {"kk": KK_TITLE}


def test_the_item_dialog_edits_title_place_and_notes_in_other_languages_and_undo_restores(
    sample: tuple[MainWindow, Database, int],
) -> None:
    window, db, _ = sample
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary
    row = next(iter(page.timeline.rows.values()))

    def stored() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        with db.sessions() as s:
            item = s.get(ItineraryItem, row.id)
            assert item is not None
            return dict(item.title_i18n or {}), dict(item.location_i18n or {}), dict(item.notes_i18n or {})

    before = stored()

    def edit(dialog: QDialog) -> None:
        d: Any = dialog
        d.translations.open()
        lines = d.translations.lines
        assert set(lines) == {"title_i18n", "location_i18n", "notes_i18n"}
        lines["title_i18n"].edits["kk"].setText(KK_TITLE)
        lines["location_i18n"].edits["en"].setText("Akimat & «hall»")
        lines["notes_i18n"].edits["kk"].setText("Ресми киім")
        _ok(dialog)

    problems = when_dialog_opens(edit)
    page.edit_item(row.id)
    assert problems == []
    title, place, notes = stored()
    assert title["kk"] == KK_TITLE and place["en"] == "Akimat & «hall»" and notes["kk"] == "Ресми киім"

    def look(dialog: QDialog) -> None:
        d: Any = dialog
        assert d.translations.lines["location_i18n"].edits["en"].text() == "Akimat & «hall»"
        assert d.changed_values() == {}  # nothing typed: nothing to save
        dialog.reject()

    problems = when_dialog_opens(look)
    page.edit_item(row.id)
    assert problems == []
    window.ops.undo_stack.undo()
    assert stored() == before


def test_a_new_item_keeps_its_title_in_other_languages(
    sample: tuple[MainWindow, Database, int],
) -> None:
    window, db, _ = sample
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary

    def fill(dialog: QDialog) -> None:
        d: Any = dialog
        d.title.setText("Новый пункт")
        d.translations.lines["title_i18n"].edits["kk"].setText("Жаңа тармақ")
        _ok(dialog)

    problems = when_dialog_opens(fill)
    page.add_item()
    assert problems == []
    with db.sessions() as s:
        item = s.scalar(select(ItineraryItem).where(ItineraryItem.title == "Новый пункт"))
        assert item is not None and item.title_i18n == {"kk": "Жаңа тармақ"}


def test_the_shortcut_list_names_every_shortcut_of_the_window(
    sample: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    """F1 lists the keys of every action the window has: the menus' and each page's own."""
    from PySide6.QtGui import QAction, QKeySequence

    window, _, _ = sample
    _action(window, "Keyboard shortcuts").trigger()
    (text,) = [t for t in no_blocking_dialogs.texts() if "Ctrl+" in t]
    keys = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for act in window.findChildren(QAction)
        for key in act.shortcuts()
    }
    missing = sorted(k for k in keys if k and k not in text)
    assert missing == []
