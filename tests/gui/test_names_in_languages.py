"""Names in other languages in the window: the participant, site and vehicle dialogs' "Names in other
languages…" lines, the visit's names from the Visit menu, the missing-translations list; each edit saved and
undone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QGroupBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site, Vehicle, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import participants, sites, vehicles, visit_admin
from tests.gui.conftest import child, when_dialog_opens
from ui.operations import Operations

HOST_RU, HOST_KK = "Акимат Атырауской области", "Атырау облысының әкімдігі"


def _visit(db: Database) -> int:
    return visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Визит делегации",
            "delegation_name": "Делегация Астраханской области",
            "home_region": "Астраханская область",
            "host_region": "Атырауская область",
            "host_organisation": HOST_RU,
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _lines(dialog: QDialog, field: str) -> dict[str, QLineEdit]:
    group = child(dialog, QGroupBox, f"translations_{field}")
    return {lang: child(group, QLineEdit, f"translation_{lang}") for lang in ("ru", "kk", "en")}


def _page(qtbot: QtBot, ops: Operations, module: str, name: str, visit_id: int) -> Any:
    import importlib

    page: Any = getattr(importlib.import_module(module), name)(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    return page


def test_participant_translations_are_edited_in_the_dialog_and_undone(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    participants.add_participant(
        UnitOfWork(db.sessions),
        visit_id,
        {"full_name": "Иванов Иван", "side": "guest", "title": "Министр", "organisation": "Правительство"},
    )
    page = _page(qtbot, ops, "ui.views.participants_page", "ParticipantsPage", visit_id)
    page.table.selectRow(0)
    shown: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        toggle = child(dialog, QToolButton, "translations_toggle")
        toggle.click()  # "Names in other languages…" opens the lines
        organisation = _lines(dialog, "organisation_i18n")
        shown["placeholder"] = organisation["kk"].placeholderText()
        shown["visible"] = organisation["kk"].isVisible()
        organisation["kk"].setText("  Облыс үкіметі ")
        organisation["en"].setText("Regional government & <Co>")
        _lines(dialog, "title_i18n")["kk"].setText("Министрі")
        _ok(dialog)

    problems = when_dialog_opens(fill)
    page.edit_selected()
    assert problems == []
    # an empty line shows what prints without a translation: the typed value
    assert shown == {"placeholder": "Правительство", "visible": True}
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.query(Participant).one()
        assert person.organisation_i18n == {"kk": "Облыс үкіметі", "en": "Regional government & <Co>"}
        assert person.title_i18n == {"kk": "Министрі"} and person.name_i18n == {}
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.query(Participant).one()
        assert (person.organisation_i18n, person.title_i18n) == ({}, {})

    # the dialog opens with the saved translations, and the button counts them
    ops.undo_stack.redo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        seen["kk"] = _lines(dialog, "organisation_i18n")["kk"].text()
        seen["button"] = child(dialog, QToolButton, "translations_toggle").text()
        dialog.reject()

    when_dialog_opens(look)
    page.edit_selected()
    assert seen["kk"] == "Облыс үкіметі" and seen["button"].endswith("(3)")


def test_site_address_and_category_translations_in_the_dialog(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    sites.add_site(UnitOfWork(db.sessions), {"name": "Музей", "address": "ул. Абая, 1", "category": "музей"})
    page = _page(qtbot, ops, "ui.views.sites_page", "SitesPage", visit_id)
    page.table.selectRow(0)

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        _lines(dialog, "address_i18n")["kk"].setText("Абай көшесі, 1")
        _lines(dialog, "category_i18n")["en"].setText("museum")
        _lines(dialog, "name_i18n")["kk"].setText("Мұражай")
        _ok(dialog)

    problems = when_dialog_opens(fill)
    page.edit_selected()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        site = uow.session.query(Site).one()
        assert (site.address_i18n, site.category_i18n, site.name_i18n) == (
            {"kk": "Абай көшесі, 1"},
            {"en": "museum"},
            {"kk": "Мұражай"},
        )
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        site = uow.session.query(Site).one()
        assert (site.address_i18n, site.category_i18n, site.name_i18n) == ({}, {}, {})


def test_a_cars_label_and_driver_in_other_languages_in_the_vehicle_dialog_and_undone(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    vehicles.add_vehicle(
        UnitOfWork(db.sessions),
        visit_id,
        {"label": "Машина № 1", "driver_name": "Калиев Нурлан", "notes": "Резерв"},
    )
    page = _page(qtbot, ops, "ui.views.transport_page", "TransportPage", visit_id)
    page.table.selectRow(0)
    shown: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        label = _lines(dialog, "label_i18n")
        # an empty line shows what prints without a translation: the label as typed
        shown["placeholder"] = label["en"].placeholderText()
        label["en"].setText("  Car No. 1 & <spare> ")
        _lines(dialog, "driver_name_i18n")["kk"].setText("Қалиев Нұрлан")
        _lines(dialog, "notes_i18n")["en"].setText("Spare")
        _ok(dialog)

    problems = when_dialog_opens(fill)
    page.edit_selected()
    assert problems == []
    assert shown == {"placeholder": "Машина № 1"}
    with UnitOfWork(db.sessions) as uow:
        car = uow.session.query(Vehicle).one()
        assert (car.label_i18n, car.driver_name_i18n, car.notes_i18n) == (
            {"en": "Car No. 1 & <spare>"},
            {"kk": "Қалиев Нұрлан"},
            {"en": "Spare"},
        )
        assert car.label == "Машина № 1"  # the typed label is untouched
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        car = uow.session.query(Vehicle).one()
        assert (car.label_i18n, car.driver_name_i18n, car.notes_i18n) == ({}, {}, {})

    # redone, the dialog opens with the saved translations, and the button counts them
    ops.undo_stack.redo()
    qtbot.waitUntil(lambda: page.selected() is not None and bool(page.selected().label_i18n), timeout=5000)
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        seen["driver"] = _lines(dialog, "driver_name_i18n")["kk"].text()
        seen["button"] = child(dialog, QToolButton, "translations_toggle").text()
        # a line opens at the beginning of its text: a long note reads from its first word
        seen["cursor"] = _lines(dialog, "notes_i18n")["en"].cursorPosition()
        dialog.reject()

    when_dialog_opens(look)
    page.edit_selected()
    assert seen["driver"] == "Қалиев Нұрлан" and seen["button"].endswith("(3)") and seen["cursor"] == 0


def test_the_visits_names_from_the_visit_menu_then_the_missing_list(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    from tests.gui.test_main_window import find_action
    from ui.main_window import MainWindow
    from ui.views.translations_dialogs import MissingTranslationsDialog

    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # the missing list in Kazakh names the host organisation, the host region, the delegation...
    missing = MissingTranslationsDialog(ops, visit_id, window)
    qtbot.addWidget(missing)
    table = missing.table
    language = child(missing, QComboBox, "missing_language")
    assert language.currentData() == "kk"
    before = [table.item(n, 2).text() for n in range(table.rowCount())]
    assert HOST_RU in before and "Атырауская область" in before

    def fill(dialog: QDialog) -> None:
        holder = dialog.form.fields["host_organisation_i18n"]  # type: ignore[attr-defined]
        edits = {e.objectName(): e for e in holder.findChildren(QLineEdit)}
        assert edits["translation_kk"].placeholderText() == HOST_RU
        edits["translation_kk"].setText(HOST_KK)
        _ok(dialog)

    problems = when_dialog_opens(fill)
    find_action(window, "Names in other languages…").trigger()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None and visit.host_organisation_i18n == {"kk": HOST_KK}
    # the open list follows the change: the host organisation is no longer missing in Kazakh
    qtbot.waitUntil(
        lambda: HOST_RU not in [table.item(n, 2).text() for n in range(table.rowCount())], timeout=5000
    )
    assert table.rowCount() == len(before) - 1
    # in English it still is
    language.setCurrentIndex(2)
    assert HOST_RU in [table.item(n, 2).text() for n in range(table.rowCount())]
    language.setCurrentIndex(1)

    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None and visit.host_organisation_i18n == {}
    qtbot.waitUntil(lambda: table.rowCount() == len(before), timeout=5000)
    missing.reject()
