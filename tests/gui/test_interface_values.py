"""What an officer reads in Russian and Kazakh: data values, units and opening hours in the interface's
language, opening hours typed in any of the three, meetings as a tree, and the change log in their words."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.documents.settings import DocumentSettings
from planner.domain.vocabulary import value_name
from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, ChangeLog, ItineraryItem, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.meetings import visit_meetings
from planner.queries.participants import visit_participants
from planner.queries.signed_documents import visit_documents
from planner.queries.sites import list_sites
from planner.queries.vehicles import visit_vehicles
from planner.queries.visits import list_visits
from planner.services import itinerary, meetings, sites, visit_admin
from planner.services.changes import Changes, DataKind
from planner.services.printing import minutes_pdf
from tests.gui.conftest import when_dialog_opens
from ui.i18n import install_language
from ui.models.table_models import (
    ActionItemTableModel,
    DocumentTableModel,
    ItineraryTableModel,
    MeetingTableModel,
    ParticipantTableModel,
    SiteTableModel,
    VehicleTableModel,
    VisitListModel,
)
from ui.operations import Operations

ATYRAU = ZoneInfo("Asia/Atyrau")


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    assert install_language("ru")
    yield
    install_language("en")


@pytest.fixture
def kazakh(qapp: Any) -> Iterator[None]:
    assert install_language("kk")
    yield
    install_language("en")


def ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def column(model: Any, number: int) -> list[str]:
    return [str(model.data(model.index(r, number))) for r in range(model.rowCount())]


def header(model: Any, number: int) -> str:
    return str(model.headerData(number, Qt.Orientation.Horizontal))


# (model, rows, value column, vocabulary enumeration, stored value of a row)
def _cases(db: Database, visit_id: int) -> list[tuple[Any, list[Any], int, str, Any]]:
    with UnitOfWork(db.sessions) as uow:
        found = visit_meetings(uow, visit_id)
        items = visit_items(uow, visit_id)
        people = visit_participants(uow, visit_id)
        places = list_sites(uow, visit_id)
        documents = visit_documents(uow, visit_id)
        vehicles = visit_vehicles(uow, visit_id)
        visits = list_visits(uow)
    actions = [a for m in found for o in m.outcomes for a in o.actions]
    return [
        (ItineraryTableModel, items, ItineraryTableModel.KIND, "item_kind", lambda r: r.kind),
        (ParticipantTableModel, people, ParticipantTableModel.SIDE, "side", lambda r: r.side),
        (ParticipantTableModel, people, ParticipantTableModel.ROLE, "role", lambda r: r.role),
        (SiteTableModel, places, SiteTableModel.CATEGORY, "site_category", lambda r: r.category),
        (MeetingTableModel, found, MeetingTableModel.FORMAT, "meeting_format", lambda r: r.format),
        (ActionItemTableModel, actions, ActionItemTableModel.STATUS, "action_status", lambda r: r.status),
        (DocumentTableModel, documents, DocumentTableModel.TYPE, "document_type", lambda r: r.doc_type),
        (DocumentTableModel, documents, DocumentTableModel.STATUS, "document_status", lambda r: r.status),
        (VehicleTableModel, vehicles, VehicleTableModel.KIND, "vehicle_kind", lambda r: r.kind),
        (VisitListModel, visits, VisitListModel.STATUS, "visit_status", lambda r: r.status),
    ]


def test_the_russian_interface_shows_russian_values_in_every_table(
    sample_db: tuple[Database, int], russian: None
) -> None:
    db, visit_id = sample_db
    for model_class, rows, number, enumeration, stored in _cases(db, visit_id):
        assert rows, model_class.__name__
        model = model_class()
        if hasattr(model, "tz"):
            model.tz = ATYRAU
        model.set_rows(rows)
        shown = column(model, number)
        expected = [value_name(enumeration, stored(r), "ru") for r in rows]
        assert shown == expected, (model_class.__name__, enumeration)
        # every value the sample stores is one the vocabulary names: no English word is left
        assert all(text != stored(r) for text, r in zip(shown, rows, strict=True)), (
            model_class.__name__,
            enumeration,
        )


def test_units_hours_and_headers_read_russian_and_kazakh(
    sample_db: tuple[Database, int], russian: None
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        places = list_sites(uow, visit_id)
        people = visit_participants(uow, visit_id)
    site_model, people_model = SiteTableModel(), ParticipantTableModel()
    site_model.set_rows(places)
    people_model.set_rows(people)
    assert header(people_model, ParticipantTableModel.TITLE) == "Должность"
    assert header(site_model, SiteTableModel.NAME) == "Название"
    lengths = column(site_model, SiteTableModel.DURATION)
    assert all(text.endswith(" мин") for text in lengths), lengths
    hours = dict(
        zip((p.opening_hours for p in places), column(site_model, SiteTableModel.HOURS), strict=True)
    )
    assert (
        hours["Mo-Fr 08:30-18:00; Sa 09:00-13:00; Su off"] == "Пн–Пт 08:30–18:00; Сб 09:00–13:00; Вс выходной"
    )
    assert hours["24/7"] == "круглосуточно"
    assert not any(day in text for text in hours.values() for day in ("Mo", "Su", "off"))
    install_language("kk")
    assert header(people_model, ParticipantTableModel.TITLE) == "Лауазымы"
    assert header(site_model, SiteTableModel.NAME) == "Атауы"
    assert site_model.data(site_model.index(0, SiteTableModel.DURATION)).endswith(" мин")
    kazakh_hours = column(site_model, SiteTableModel.HOURS)
    assert "Дс–Жм 08:30–18:00; Сб 09:00–13:00; Жс демалыс" in kazakh_hours


def test_the_site_editor_reads_russian_hours_and_explains_bad_ones_in_russian(
    qtbot: QtBot, ops: Operations, db: Database, russian: None
) -> None:
    from ui.views.editors import site_dialog

    pushed: list[dict[str, Any]] = []

    def submit(values: dict[str, Any]) -> None:
        sites.add_site(UnitOfWork(db.sessions), values)
        pushed.append(values)

    dialog = site_dialog(submit)
    qtbot.addWidget(dialog)
    fields = dialog.form.fields
    fields["name"].setText("Музей «Атырау» & <архив>")  # type: ignore[attr-defined]
    fields["opening_hours"].setText("Пн-Пт 9:00-18:00 Сб 10:00-14:00")  # type: ignore[attr-defined]
    dialog.try_accept()
    error = dialog.form.error_text("opening_hours")
    assert error.startswith("Не удаётся прочитать часы работы начиная с «Сб 10:00-14:00»"), error
    assert "Пн–Пт" in error  # the example is written in Russian too
    for jargon in ("expected", "EOI", "any_rule_separator"):
        assert jargon not in error
    assert not pushed
    # the stale error goes as soon as the hours are changed
    fields["opening_hours"].setText("Пн-Пт 9:00-18:00; Сб 10:00-14:00")  # type: ignore[attr-defined]
    assert dialog.form.error_text("opening_hours") == ""
    dialog.try_accept()
    assert pushed and pushed[0]["opening_hours"] == "Mo-Fr 9:00-18:00; Sa 10:00-14:00"
    with UnitOfWork(db.sessions) as uow:
        site = uow.session.scalars(select(Site)).one()
        assert (site.name, site.opening_hours) == (
            "Музей «Атырау» & <архив>",
            "Mo-Fr 9:00-18:00; Sa 10:00-14:00",
        )


@pytest.mark.parametrize(
    "typed", ["Пн-Пт 9:00-18:00", "Дс-Жм 9:00-18:00", "Mo-Fr 9:00-18:00"], ids=["ru", "kk", "en"]
)
def test_an_existing_site_shows_hours_in_words_and_saves_nothing_when_unchanged(
    qtbot: QtBot, db: Database, kazakh: None, typed: str
) -> None:
    from ui.views.editors import site_dialog

    site_id = sites.add_site(UnitOfWork(db.sessions), {"name": "Порт", "opening_hours": typed}).id
    with UnitOfWork(db.sessions) as uow:
        (row,) = [r for r in list_sites(uow, None) if r.id == site_id]
    assert row.opening_hours == "Mo-Fr 9:00-18:00"
    dialog = site_dialog(lambda v: None, row)
    qtbot.addWidget(dialog)
    assert dialog.form.fields["opening_hours"].text() == "Дс–Жм 09:00–18:00"  # type: ignore[attr-defined]
    assert "opening_hours" not in dialog.collect()


# ---- meetings


def _meeting_with_two_outcomes(db: Database) -> tuple[int, int, int, int]:
    uow = UnitOfWork(db.sessions)
    visit_id = visit_admin.create_visit(
        uow,
        {
            "title": "Визит",
            "delegation_name": "Астраханская область",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    start = datetime(2023, 5, 12, 6, 0, tzinfo=UTC)
    item = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "meeting", "title": "Переговоры", "starts_at": start, "ends_at": start + timedelta(hours=1)},
    ).id
    meeting = meetings.create_meeting(uow, item).id
    first = meetings.add_outcome(uow, meeting, {"topic": "Транспорт", "text": "Восстановить рейсы"}).id
    second = meetings.add_outcome(uow, meeting, {"topic": "Культура", "text": "Обмен выставками"}).id
    meetings.add_action_item(uow, first, {"description": "Запросить расписание", "status": "open"})
    return visit_id, meeting, first, second


def _page(qtbot: QtBot, ops: Operations, visit_id: int) -> Any:
    from ui.views.meetings_page import MeetingsPage

    page = MeetingsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    page.refresh()
    return page


def _tree(page: Any) -> list[tuple[str, list[str]]]:
    tree = page.tree
    return [
        (top.text(0), [top.child(n).text(0) for n in range(top.childCount())])
        for top in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    ]


def test_action_items_show_beneath_their_outcome_and_attach_to_the_chosen_node(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    from ui.views.meetings_page import OUTCOME

    visit_id, _meeting, first, second = _meeting_with_two_outcomes(db)
    page = _page(qtbot, ops, visit_id)
    assert _tree(page) == [
        ("Транспорт: Восстановить рейсы", ["Запросить расписание"]),
        ("Культура: Обмен выставками", []),
    ]
    # nothing selected: the dialog asks which outcome and refuses to guess
    seen: dict[str, Any] = {}

    def unchosen(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        seen["preselected"] = fields["outcome_id"].currentData()
        fields["description"].setPlainText("Согласовать даты")
        ok(dialog)
        seen["error"] = dialog.form.error_text("outcome_id")  # type: ignore[attr-defined]
        fields["outcome_id"].setCurrentIndex(fields["outcome_id"].findData(first))
        ok(dialog)

    assert page._node() is None
    problems = when_dialog_opens(unchosen)
    page.add_action_item()
    assert problems == []
    assert seen["preselected"] is None and seen["error"] == "Choose the outcome this task follows from"
    # the second outcome selected in the tree: the dialog says so, and the task goes there
    assert page.select_node(OUTCOME, second)

    def chosen(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        seen["second"] = fields["outcome_id"].currentData()
        seen["calendar"] = _calendar_page(fields["due_date"])
        fields["description"].setPlainText("Подготовить выставку")
        ok(dialog)

    problems = when_dialog_opens(chosen)
    page.add_action_item()
    assert problems == []
    assert seen["second"] == second
    assert seen["calendar"] == (2023, 5)  # the meeting's month, not January 1900
    with UnitOfWork(db.sessions) as uow:
        placed = {a.description: a.outcome_id for a in uow.session.scalars(select(ActionItem))}
    assert placed == {
        "Запросить расписание": first,
        "Согласовать даты": first,
        "Подготовить выставку": second,
    }
    assert _tree(page) == [
        ("Транспорт: Восстановить рейсы", ["Запросить расписание", "Согласовать даты"]),
        ("Культура: Обмен выставками", ["Подготовить выставку"]),
    ]


def _calendar_page(edit: Any) -> tuple[int, int]:
    calendar = edit.calendarWidget()
    popup = calendar.window()
    popup.show()  # what opening the drop-down does
    try:
        return calendar.yearShown(), calendar.monthShown()
    finally:
        popup.hide()


def test_an_empty_date_field_opens_its_calendar_today(qtbot: QtBot) -> None:
    from ui.views.forms import date_edit

    edit = date_edit(None)
    qtbot.addWidget(edit)
    today = date.today()
    assert _calendar_page(edit) == (today.year, today.month)
    edit.setDate(QDate(2024, 2, 10))
    assert _calendar_page(edit) == (2024, 2)  # a date set: the calendar shows it


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_an_action_item_status_reads_the_same_on_screen_and_on_paper(
    qtbot: QtBot, ops: Operations, db: Database, lang: str
) -> None:
    visit_id, meeting, _first, _second = _meeting_with_two_outcomes(db)
    assert install_language(lang)
    try:
        page = _page(qtbot, ops, visit_id)
        on_screen = page.tree.topLevelItem(0).child(0).text(3)
        dialog_choices: list[str] = []

        def look(dialog: QDialog) -> None:
            status = dialog.form.fields["status"]  # type: ignore[attr-defined]
            dialog_choices.append(status.currentText())
            dialog.reject()

        assert page.select_node("action", page.current.outcomes[0].actions[0].id)
        when_dialog_opens(look)
        page.edit_action_item()
    finally:
        install_language("en")
    pdf = minutes_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang), meeting_id=meeting)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert on_screen == value_name("action_status", "open", lang) == dialog_choices[0]
    assert on_screen in text


# ---- the change log


def test_the_change_log_names_fields_shows_local_times_the_display_name_and_filters(
    qtbot: QtBot, ops: Operations, db: Database, russian: None
) -> None:
    from PySide6.QtCore import QSettings

    from ui.views.change_log_view import ChangeLogView
    from ui.views.settings_dialog import DISPLAY_NAME_KEY, apply_display_name

    visit_id, _meeting, _first, _second = _meeting_with_two_outcomes(db)
    QSettings().setValue(DISPLAY_NAME_KEY, "Айгерим Сәрсенова")
    apply_display_name(ops.db)
    view = ChangeLogView(ops, visit_id)
    qtbot.addWidget(view)

    def move(uow: UnitOfWork) -> Changes:
        with uow:
            item = uow.session.scalars(select(ItineraryItem)).one()
            item.ends_at = datetime(2023, 5, 12, 7, 30, tzinfo=UTC)
            item.kind = "ceremony"
            uow.commit()
        return Changes.of(DataKind.ITEMS)

    ops.run(move)
    model = view.model
    newest = {model.data(model.index(r, model.CHANGE)): r for r in range(model.rowCount())}
    # 07:30 UTC is 12:30 in Atyrau; the field is named as the editor names it, the kind in Russian
    assert "Конец: 12.05.2023 12:00 → 12.05.2023 12:30" in newest
    assert "Вид: Встреча → Церемония" in newest
    row = newest["Конец: 12.05.2023 12:00 → 12.05.2023 12:30"]
    assert model.data(model.index(row, model.WHO)) == "Айгерим Сәрсенова"
    assert model.data(model.index(row, model.KIND)) == "Пункт программы"
    assert model.data(model.index(row, model.RECORD)) == "Переговоры"
    with UnitOfWork(db.sessions) as uow:
        stamp = uow.session.scalars(select(ChangeLog).where(ChangeLog.field == "ends_at")).one().changed_at
    assert model.data(model.index(row, model.WHEN)) == stamp.astimezone(ATYRAU).strftime("%d.%m.%Y %H:%M")
    everything = model.rowCount()
    assert any(model.data(model.index(r, model.CHANGE)) == "Добавлено" for r in range(everything))

    # filters: by person, by kind, by day
    view.person.setCurrentIndex(view.person.findData("Айгерим Сәрсенова"))
    assert model.rowCount() == 2
    view.person.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("outcomes"))
    assert model.rowCount() == 2 and {model.data(model.index(r, model.KIND)) for r in range(2)} == {"Итог"}
    view.kind.setCurrentIndex(0)
    assert model.rowCount() == everything
    tomorrow = datetime.now(ATYRAU).date() + timedelta(days=1)
    view.first_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert model.rowCount() == 0
    view.first_day.setDate(view.first_day.minimumDate())
    assert model.rowCount() == everything


def test_categories_and_roles_are_shown_and_typed_in_the_interface_language(
    qtbot: QtBot, sample_db: tuple[Database, int], russian: None
) -> None:
    from ui.views.editors import participant_dialog, site_dialog

    sample, visit_id = sample_db
    with UnitOfWork(sample.sessions) as uow:
        place = next(s for s in list_sites(uow, visit_id) if s.category == "education")
        person = next(p for p in visit_participants(uow, visit_id) if p.role == "official")
    dialog = site_dialog(lambda v: None, place)
    qtbot.addWidget(dialog)
    category = dialog.form.fields["category"]
    assert category.text() == "Образование"  # type: ignore[attr-defined]
    assert "category" not in dialog.collect()  # shown in Russian, still the same stored word
    category.setText("Мәдениет")  # type: ignore[attr-defined]  # a Kazakh word is understood too
    assert dialog.collect()["category"] == "culture"
    category.setText("Музей под открытым небом")  # type: ignore[attr-defined]
    assert dialog.collect()["category"] == "Музей под открытым небом"  # a new word kept as typed
    editor = participant_dialog(lambda v: None, person)
    qtbot.addWidget(editor)
    role = editor.form.fields["role"]
    assert role.text() == "Официальное лицо"  # type: ignore[attr-defined]
    assert "role" not in editor.collect()
    role.setText("пресса")  # type: ignore[attr-defined]
    assert editor.collect()["role"] == "press"
