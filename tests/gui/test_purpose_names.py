"""The visit's purpose in other languages in the window: the Overview shows it in the interface language,
the Visit details and New visit dialogs edit its translations with the other names' lines (one undo step
that puts back exactly what was there), the change log names the edit, and the missing-translations list
and the Visit menu's names list it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import Messages, child, when_dialog_opens
from tests.gui.test_menus import _action
from tests.integration.test_documents_support import load
from tests.support.synthetic import synthetic_visit
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.overview_page import OverviewPage

# the sample visit's purpose as the Overview shows it in each interface language
PURPOSE = {
    "ru": "Развитие приграничного торгово-экономического и культурно-гуманитарного сотрудничества; "
    "подписание Плана мероприятий по развитию сотрудничества на 2023–2026 годы.",
    "kk": "Шекаралық сауда-экономикалық және мәдени-гуманитарлық ынтымақтастықты дамыту; "
    "2023–2026 жылдарға арналған ынтымақтастықты дамыту жөніндегі іс-шаралар жоспарына қол қою.",
    "en": "Developing cross-border trade, economic, cultural and humanitarian cooperation; "
    "signing the Plan of Measures for the development of cooperation for 2023–2026.",
}
PURPOSE_RU = "Переговоры & <сотрудничество>\nвторая строка"
PURPOSE_KK = "Келіссөздер & <ынтымақтастық>"
PURPOSE_EN = "Talks & <cooperation>"


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _lines(dialog: QDialog, field: str) -> dict[str, QLineEdit]:
    group = child(dialog, QGroupBox, f"translations_{field}")
    return {lang: child(group, QLineEdit, f"translation_{lang}") for lang in ("ru", "kk", "en")}


def _purpose(db: Database, visit_id: int) -> tuple[str, dict[str, str], int]:
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        return visit.purpose, dict(visit.purpose_i18n), visit.version


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> Iterator[tuple[MainWindow, Database, int]]:
    data = synthetic_visit(sites=1, participants=1, items=1, days=1, groups=1)
    data["visit"].update(purpose=PURPOSE_RU, purpose_i18n={"en": PURPOSE_EN})
    visit_id = load(UnitOfWork(db.sessions), copy.deepcopy(data))
    ops = Operations(db)
    main = MainWindow(ops, visit_id)
    qtbot.addWidget(main)
    try:
        yield main, db, visit_id
    finally:
        ops.shutdown()


# -------------------------------------------------------------------------------------- the Overview


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_overview_gives_the_samples_purpose_in_the_interface_language(
    qtbot: QtBot, sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        assert install_language(lang)
        page = OverviewPage(ops)
        qtbot.addWidget(page)
        page.show()
        page.set_visit(visit_id)
        qtbot.waitUntil(lambda: bool(page.facts["purpose"].text()), timeout=5000)
        assert page.facts["purpose"].text() == PURPOSE[lang]
    finally:
        ops.shutdown()
        install_language("en")


# -------------------------------------------------------------------------------------- the dialogs


def test_visit_details_edit_the_purpose_translations_and_undo_puts_back_exactly(
    qtbot: QtBot, window: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    main, db, visit_id = window
    before = _purpose(db, visit_id)
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        lines = _lines(dialog, "purpose_i18n")
        seen["stored"] = {lang: line.text() for lang, line in lines.items()}
        # an empty line shows, greyed, what prints there: the purpose as typed (its first line)
        seen["placeholder"] = lines["kk"].placeholderText()
        lines["kk"].setText(f"  {PURPOSE_KK} ")
        lines["en"].setText("")
        _ok(dialog)

    problems = when_dialog_opens(fill)
    _action(main, "Visit details…").trigger()
    assert problems == []
    assert seen == {
        "stored": {"ru": "", "kk": "", "en": PURPOSE_EN},
        "placeholder": "Переговоры & <сотрудничество>",
    }
    purpose, translations, _ = _purpose(db, visit_id)
    assert (purpose, translations) == (PURPOSE_RU, {"kk": PURPOSE_KK})
    assert main.ops.undo_stack.count() == 1
    main.ops.undo_stack.undo()
    assert _purpose(db, visit_id)[:2] == before[:2]
    main.ops.undo_stack.redo()
    assert _purpose(db, visit_id)[1] == {"kk": PURPOSE_KK}

    # the purpose and its translations changed together: one step, undone together
    main.ops.undo_stack.undo()

    def both(dialog: QDialog) -> None:
        d: Any = dialog
        d.purpose_edit.setPlainText("Торговля")
        child(dialog, QToolButton, "translations_toggle").click()
        lines = _lines(dialog, "purpose_i18n")
        seen["follows"] = lines["kk"].placeholderText()  # the typed purpose as it is now
        lines["kk"].setText("Сауда")
        lines["en"].setText("Trade")
        _ok(dialog)

    problems = when_dialog_opens(both)
    _action(main, "Visit details…").trigger()
    assert problems == [] and seen["follows"] == "Торговля"
    assert _purpose(db, visit_id)[:2] == ("Торговля", {"kk": "Сауда", "en": "Trade"})
    assert main.ops.undo_stack.count() == 1  # the redo branch is gone; the new step is the only one
    main.ops.undo_stack.undo()
    assert _purpose(db, visit_id)[:2] == before[:2]
    assert no_blocking_dialogs.shown == []


def test_a_new_visit_is_created_with_its_purpose_translations(
    qtbot: QtBot, window: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    main, db, _ = window

    def fill(dialog: QDialog) -> None:
        d: Any = dialog
        d.title_edit.setText("Ответный визит")
        d.delegation_edit.setText("Делегация Атырауской области")
        d.purpose_edit.setPlainText(PURPOSE_RU)
        child(dialog, QToolButton, "translations_toggle").click()
        lines = _lines(dialog, "purpose_i18n")
        lines["kk"].setText(PURPOSE_KK)
        lines["en"].setText(PURPOSE_EN)
        _ok(dialog)

    problems = when_dialog_opens(fill)
    _action(main, "New visit…").trigger()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.query(Visit).filter(Visit.title == "Ответный визит").one()
        assert (visit.purpose, visit.purpose_i18n) == (PURPOSE_RU, {"kk": PURPOSE_KK, "en": PURPOSE_EN})


# -------------------------------------------------------------------------------------- the lists


def test_the_change_log_names_the_purpose_edit_and_its_languages(
    qtbot: QtBot, window: tuple[MainWindow, Database, int]
) -> None:
    from ui.commands.translation_commands import EditVisitNamesCommand
    from ui.views.change_log_view import ChangeLogView

    main, db, visit_id = window
    version = _purpose(db, visit_id)[2]
    changes = {"purpose_i18n": {"kk": PURPOSE_KK, "en": PURPOSE_EN}}
    assert main.ops.push(EditVisitNamesCommand(visit_id, "t", changes, version), inline=True)
    view = ChangeLogView(main.ops, visit_id)
    qtbot.addWidget(view)
    model = view.model
    cells = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    expected = (
        f"Purpose in other languages: English: {PURPOSE_EN} → Қазақша: {PURPOSE_KK}; English: {PURPOSE_EN}"
    )
    assert expected in cells, cells


def test_the_missing_list_and_the_visits_names_show_the_purpose(
    qtbot: QtBot, window: tuple[MainWindow, Database, int]
) -> None:
    from tests.gui.test_main_window import find_action
    from ui.views.translations_dialogs import MissingTranslationsDialog

    main, db, visit_id = window
    missing = MissingTranslationsDialog(main.ops, visit_id, main)
    qtbot.addWidget(missing)
    table = missing.table
    assert missing.language.currentData() == "kk"
    rows = [(table.item(n, 0).text(), table.item(n, 2).text()) for n in range(table.rowCount())]
    assert ("Purpose", PURPOSE_RU) in rows

    def fill(dialog: QDialog) -> None:
        holder = dialog.form.fields["purpose_i18n"]  # type: ignore[attr-defined]
        edits = {e.objectName(): e for e in holder.findChildren(QLineEdit)}
        assert edits["translation_en"].text() == PURPOSE_EN
        edits["translation_kk"].setText(PURPOSE_KK)
        _ok(dialog)

    problems = when_dialog_opens(fill)
    find_action(main, "Names in other languages…").trigger()
    assert problems == []
    assert _purpose(db, visit_id)[1] == {"en": PURPOSE_EN, "kk": PURPOSE_KK}
    qtbot.waitUntil(lambda: table.rowCount() == len(rows) - 1, timeout=5000)
    missing.reject()


def test_the_new_visit_dialog_has_the_purpose_among_the_names(qtbot: QtBot) -> None:
    from ui.views.visit_dialog import visit_dialog

    dialog = visit_dialog(lambda _values: None)
    qtbot.addWidget(dialog)
    d: Any = dialog
    assert "purpose_i18n" in d.translations.lines
    d.purpose_edit.setPlainText("Сотрудничество\nи торговля")
    assert d.translations.lines["purpose_i18n"].edits["en"].placeholderText() == "Сотрудничество"
    d.translations.lines["purpose_i18n"].edits["en"].setText("Cooperation")
    d.title_edit.setText("Визит")
    d.delegation_edit.setText("Делегация")
    values = d.collect()
    assert (
        values["purpose_i18n"] == {"en": "Cooperation"} and values["purpose"] == "Сотрудничество\nи торговля"
    )


def test_every_kind_of_missing_name_has_its_label_in_the_window() -> None:
    from planner.queries.translations import NameField
    from ui.views.translations_dialogs import NAME_FIELD_LABELS, VISIT_NAME_LABELS
    from ui.views.visit_dialog import VISIT_NAME_FIELDS

    assert set(NAME_FIELD_LABELS) == {field.value for field in NameField}
    assert set(VISIT_NAME_LABELS) == set(VISIT_NAME_FIELDS)
