"""The visit's details in the window: edited through the dialog (items move with the dates, undo puts
everything back), refusals shown beside the field, duplicate as a template on a new date, the zone picker
and the visit list that tells visits apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.services import visit_admin
from tests.gui.conftest import Messages, when_dialog_opens
from tests.gui.test_menus import _action
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.visit_dialog import ZonePicker, visit_dialog
from ui.window.visit_list import VisitFilter

ATYRAU = ZoneInfo("Asia/Atyrau")


@pytest.fixture
def sample(qtbot: QtBot, sample_db: tuple[Database, int]) -> Iterator[tuple[MainWindow, Database, int]]:
    db, visit_id = sample_db
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    try:
        yield window, db, visit_id
    finally:
        ops.shutdown()


def _clock(db: Database, visit_id: int) -> dict[int, tuple[datetime, datetime]]:
    with UnitOfWork(db.sessions) as uow:
        return {
            r.id: (r.starts_at.astimezone(ATYRAU), r.ends_at.astimezone(ATYRAU))
            for r in visit_items(uow, visit_id)
        }


def _visit(db: Database, visit_id: int) -> dict[str, Any]:
    with UnitOfWork(db.sessions) as uow:
        v = uow.session.get(Visit, visit_id)
        assert v is not None
        return {
            "title": v.title,
            "start": v.start_date,
            "end": v.end_date,
            "delegation": v.delegation.name,
            "home_zone": v.delegation.home_timezone,
            "arrival": v.arrival_at,
            "arrival_site": v.arrival_site_id,
            "purpose": v.purpose,
        }


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_details_edited_in_the_dialog_move_the_items_and_undo_restores_everything(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, db, visit_id = sample
    before_items, before = _clock(db, visit_id), _visit(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        border = Site(name="Курмангазы — пункт пропуска", category="border crossing")
        uow.session.add(border)
        uow.commit()
        border_id = border.id
    new_start = before["start"] + timedelta(days=7)

    def edit(dialog: QDialog) -> None:
        d: Any = dialog
        assert d.title_edit.text() == before["title"]
        d.title_edit.setText("Ответный визит & «переговоры»")
        d.start_edit.setDate(_qdate(new_start))  # the last day moves with it
        d.delegation_edit.setText("Делегация Астраханской области")
        d.home_zone.setEditText("Europe/Samara")
        d.home_zone.commit()
        d.arrival.known.setChecked(True)
        d.arrival.when.setDateTime(QDateTime(_qdate(new_start), QTime(9, 0)))
        d.arrival.site.set_value(border_id)
        d.purpose_edit.setPlainText("Подписание соглашений")
        _ok(dialog)

    problems = when_dialog_opens(edit)
    _action(window, "Visit details…").trigger()
    assert problems == []
    after = _visit(db, visit_id)
    assert after["title"] == "Ответный визит & «переговоры»"
    assert (after["start"], after["end"]) == (new_start, before["end"] + timedelta(days=7))
    assert (after["delegation"], after["home_zone"]) == ("Делегация Астраханской области", "Europe/Samara")
    assert after["arrival"] == datetime.combine(new_start, datetime.min.time(), ATYRAU).replace(hour=9)
    assert after["arrival_site"] == border_id
    moved = _clock(db, visit_id)
    for item_id, (starts, ends) in before_items.items():
        # the same host-zone clock time, a week later
        assert moved[item_id] == (starts + timedelta(days=7), ends + timedelta(days=7))
        assert moved[item_id][0].strftime("%H:%M") == starts.strftime("%H:%M")
    # the list shows the new title and the delegation under it
    row = window.visit_list.row_of(visit_id)
    assert row is not None and row.title == after["title"]

    window.ops.undo_stack.undo()
    assert _visit(db, visit_id) == before
    assert _clock(db, visit_id) == before_items
    window.ops.undo_stack.redo()
    assert _visit(db, visit_id)["start"] == new_start
    assert _clock(db, visit_id) != before_items


def _working_day(db: Database, visit_id: int) -> tuple[time, time]:
    with UnitOfWork(db.sessions) as uow:
        v = uow.session.get(Visit, visit_id)
        assert v is not None
        return v.day_start, v.day_end


def test_the_working_day_of_an_existing_visit_is_shown_edited_and_undone(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, db, visit_id = sample
    before, before_items = _working_day(db, visit_id), _clock(db, visit_id)
    shown: list[tuple[str, str]] = []
    sent: list[dict[str, Any]] = []

    def edit(dialog: QDialog) -> None:
        d: Any = dialog
        shown.append((d.day_start_edit.text(), d.day_end_edit.text()))
        d.day_start_edit.setTime(QTime(7, 30))
        d.day_end_edit.setTime(QTime(20, 15))
        sent.append(d.collect())
        _ok(dialog)

    problems = when_dialog_opens(edit)
    _action(window, "Visit details…").trigger()
    assert problems == []
    assert shown == [(f"{before[0]:%H:%M}", f"{before[1]:%H:%M}")]
    assert sent == [{"day_start": time(7, 30), "day_end": time(20, 15)}]  # only what changed
    assert _working_day(db, visit_id) == (time(7, 30), time(20, 15))
    assert _clock(db, visit_id) == before_items  # the items stay where they were
    window.ops.undo_stack.undo()
    assert _working_day(db, visit_id) == before
    window.ops.undo_stack.redo()
    assert _working_day(db, visit_id) == (time(7, 30), time(20, 15))


def test_a_working_day_that_ends_before_it_starts_is_refused_beside_its_end(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, db, visit_id = sample
    before = _working_day(db, visit_id)
    seen: list[str] = []

    def refuse(dialog: QDialog) -> None:
        d: Any = dialog
        d.day_end_edit.setTime(QTime(before[0].hour, before[0].minute))
        _ok(dialog)
        assert dialog.isVisible()
        seen.append(d.form.error_text("day_end"))
        dialog.reject()

    problems = when_dialog_opens(refuse)
    _action(window, "Visit details…").trigger()
    assert problems == []
    assert seen and "working day ends before it starts" in seen[0].lower()
    assert _working_day(db, visit_id) == before
    assert window.ops.undo_stack.count() == 0


def test_shortening_the_visit_under_its_items_is_refused_beside_the_last_day(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, db, visit_id = sample
    before_items, before = _clock(db, visit_id), _visit(db, visit_id)
    seen: list[str] = []

    def shorten(dialog: QDialog) -> None:
        d: Any = dialog
        d.end_edit.setDate(_qdate(before["start"]))
        _ok(dialog)
        assert dialog.isVisible()  # refused: the dialog stays open with the reason
        seen.append(d.form.error_text("end_date"))
        dialog.reject()

    problems = when_dialog_opens(shorten)
    _action(window, "Visit details…").trigger()
    assert problems == []
    assert "would fall outside" in seen[0] and "«" in seen[0]
    assert _visit(db, visit_id) == before and _clock(db, visit_id) == before_items
    assert window.ops.undo_stack.count() == 0


def test_double_click_on_a_visit_opens_its_details(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, _db, _visit_id = sample
    titles: list[str] = []
    problems = when_dialog_opens(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    table = window.visit_list.table
    index = table.model().index(0, 0)
    table.doubleClicked.emit(index)
    assert problems == []
    assert titles == ["Visit details"]


def test_duplicate_as_template_asks_for_a_title_and_a_new_first_day(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int]
) -> None:
    window, db, visit_id = sample
    before = _visit(db, visit_id)
    before_items = sorted(_clock(db, visit_id).values())
    new_start = date(2027, 9, 6)
    refusal: list[str] = []

    def fill(dialog: QDialog) -> None:
        d: Any = dialog
        assert d.title_edit.text() == ""  # the officer types the title; nothing is made up
        _ok(dialog)
        refusal.append(d.form.error_text("title"))
        d.title_edit.setText("Визит делегации Астраханской области, 2027")
        d.start_edit.setDate(_qdate(new_start))
        _ok(dialog)

    problems = when_dialog_opens(fill)
    _action(window, "Duplicate visit…").trigger()
    assert problems == []
    assert refusal == ["Type the new visit's title."]
    copy_id = window.visit_id
    assert copy_id is not None and copy_id != visit_id
    copy = _visit(db, copy_id)
    assert copy["title"] == "Визит делегации Астраханской области, 2027"
    assert "copy" not in copy["title"].lower()
    assert copy["start"] == new_start and copy["end"] - copy["start"] == before["end"] - before["start"]
    offset = new_start - before["start"]
    assert sorted(_clock(db, copy_id).values()) == [(s + offset, e + offset) for s, e in before_items]
    window.ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, copy_id) is None
        assert uow.session.scalars(select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id)).all()


def test_the_zone_picker_takes_only_listed_zones_and_shows_their_offset(qtbot: QtBot) -> None:
    picker = ZonePicker("Asia/Atyrau", date(2026, 1, 15))
    qtbot.addWidget(picker)
    assert picker.zone() == "Asia/Atyrau"
    assert picker.currentText() == "Asia/Atyrau (UTC+05:00)"
    picker.setEditText("Asia/Nowhere")
    picker.commit()
    assert picker.zone() == "Asia/Atyrau" and picker.currentText() == "Asia/Atyrau (UTC+05:00)"
    completer = picker.completer()
    completer.setCompletionPrefix("almat")
    assert completer.currentCompletion().startswith("Asia/Almaty (UTC+0")
    picker.setEditText(completer.currentCompletion())
    picker.commit()
    assert picker.zone() == "Asia/Almaty"


def test_a_new_visit_has_no_sample_values_and_its_zone_is_the_computers(
    qtbot: QtBot, ops: Operations, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.views.visit_dialog as module

    monkeypatch.setattr(module, "local_zone", lambda: "Asia/Almaty")
    values: list[dict[str, Any]] = []
    dialog = visit_dialog(values.append)
    qtbot.addWidget(dialog)
    d: Any = dialog
    assert d.host_zone.zone() == "Asia/Almaty" and d.home_zone.zone() == "Asia/Almaty"
    assert "Atyrau" not in d.host_zone.currentText() and d.delegation_edit.text() == ""
    window = MainWindow(ops)
    qtbot.addWidget(window)

    def create(dialog: QDialog) -> None:
        d: Any = dialog
        d.title_edit.setText("Визит делегации Мангистауской области")
        d.delegation_edit.setText("Делегация Мангистауской области")
        d.home_zone.set_value("Asia/Aqtau")
        _ok(dialog)

    problems = when_dialog_opens(create)
    window.new_visit()
    assert problems == []
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.scalars(select(Visit)).one()
        assert (visit.host_timezone, visit.delegation.home_timezone) == ("Asia/Almaty", "Asia/Aqtau")
        assert visit.host_region == ""


def test_the_visit_list_tells_two_visits_of_the_same_title_apart(
    qtbot: QtBot, ops: Operations, db: Database, no_blocking_dialogs: Messages
) -> None:
    for delegation, start in (
        ("Астраханская делегация", date(2023, 5, 11)),
        ("Делегация Самары", date(2024, 6, 3)),
    ):
        visit_admin.create_visit(
            UnitOfWork(db.sessions),
            {
                "title": "Рабочий визит",
                "delegation_name": delegation,
                "start_date": start,
                "end_date": start + timedelta(days=2),
                "host_timezone": "Asia/Atyrau",
                "home_timezone": "Europe/Astrakhan",
            },
        )
    window = MainWindow(ops)
    qtbot.addWidget(window)
    proxy: VisitFilter = window.visit_filter
    shown = {
        (proxy.index(n, 0).data(Qt.ItemDataRole.DisplayRole), proxy.index(n, 2).data())
        for n in range(proxy.rowCount())
    }
    assert shown == {
        ("Рабочий визит\nАстраханская делегация", "11.05.2023–13.05.2023"),
        ("Рабочий визит\nДелегация Самары", "03.06.2024–05.06.2024"),
    }


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Атырау", "Asia/Atyrau"),
        ("астрахань", "Europe/Astrakhan"),
        ("Алматы", "Asia/Almaty"),
        ("Ақтау", "Asia/Aqtau"),
        ("Мәскеу", "Europe/Moscow"),
        ("Atyrau", "Asia/Atyrau"),
    ],
)
def test_the_zone_picker_finds_a_city_by_its_russian_kazakh_or_english_name(
    qtbot: QtBot, typed: str, zone: str
) -> None:
    picker = ZonePicker("UTC", date(2026, 1, 15))
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix(typed)
    assert completer.completionCount() >= 1
    offered = [
        completer.completionModel().index(n, 0).data(Qt.ItemDataRole.UserRole)
        for n in range(completer.completionCount())
    ]
    assert zone in offered, offered
    completer.setCurrentRow(offered.index(zone))
    picker.setEditText(completer.currentCompletion())
    picker.commit()
    assert picker.zone() == zone


def test_the_zone_picker_names_the_city_in_the_interface_language(qtbot: QtBot) -> None:
    from ui.i18n import current_language, install_language

    before = current_language()
    install_language("ru")
    try:
        picker = ZonePicker("Europe/Astrakhan", date(2026, 1, 15))
        qtbot.addWidget(picker)
        assert picker.currentText() == "Europe/Astrakhan (UTC+04:00) — Астрахань"
    finally:
        install_language(before)


def test_an_arrival_the_programme_gives_is_said_under_the_unset_field_and_ticking_starts_from_it(
    qtbot: QtBot, sample: tuple[MainWindow, Database, int], no_blocking_dialogs: Messages
) -> None:
    """Walkthrough: the sample's Visit details showed its arrival as not known (the box unticked, 09:00
    and no place), while the plan, the check, the Overview and every document took it from the
    programme's arrival item at 08:30. The field now says what the programme gives, ticking "known"
    starts from it, and saving without ticking changes nothing."""
    from PySide6.QtWidgets import QLabel

    window, db, visit_id = sample
    before = _visit(db, visit_id)
    assert before["arrival"] is None  # the visit's own is not set: the arrival item gives it
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "arrival")
            .order_by(ItineraryItem.starts_at)
        ).first()
        starts, site_id = item.starts_at.astimezone(ATYRAU), item.site_id
        place = uow.session.get(Site, site_id).name_i18n["en"]  # in the interface language
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        d: Any = dialog
        note = d.arrival.findChild(QLabel, "stay_from_programme")
        seen["known"] = d.arrival.known.isChecked()
        seen["note"] = note.text() if note.isVisibleTo(d) else ""
        d.arrival.known.setChecked(True)
        seen["note after"] = note.isVisibleTo(d)
        seen["when"] = d.arrival.when.dateTime().toString("dd.MM.yyyy HH:mm")
        seen["site"] = d.arrival.site_id()
        d.arrival.known.setChecked(False)
        _ok(dialog)

    problems = when_dialog_opens(look)
    window.edit_visit_details()
    assert problems == []
    assert seen["known"] is False
    assert seen["note"].startswith("Not set here: the programme's item gives")
    assert f"{starts:%d.%m.%Y %H:%M}, {place}" in seen["note"]
    assert seen["note after"] is False
    assert seen["when"] == f"{starts:%d.%m.%Y %H:%M}" and seen["site"] == site_id
    assert _visit(db, visit_id) == before  # nothing saved: the programme's arrival stays the one
