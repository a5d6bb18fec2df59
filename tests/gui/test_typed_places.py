"""A place typed in the visit dialog's arrival or departure is kept, not dropped: in an empty database the
officer types "Atyrau International Airport", leaves the field, sees that saving adds it to the Sites,
and OK makes the visit and the site in one undo step."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.sites import list_sites
from planner.services import sites, visit_details
from tests.gui.conftest import when_dialog_opens
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.visit_dialog import visit_dialog

ATYRAU = ZoneInfo("Asia/Atyrau")
AIRPORT = "Atyrau International Airport"


def _ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _type_place(stay: Any, text: str) -> None:
    """Type into the place box and leave it, as the officer does (Tab to the next field)."""
    stay.site.setFocus()
    stay.site.setEditText(text)
    line = stay.site.lineEdit()
    line.editingFinished.emit()


def _state(db: Database) -> tuple[list[tuple[str, str]], list[tuple[int | None, int | None]]]:
    with UnitOfWork(db.sessions) as uow:
        found = [(s.name, s.category) for s in uow.session.scalars(select(Site).order_by(Site.id))]
        stays = [(v.arrival_site_id, v.departure_site_id) for v in uow.session.scalars(select(Visit))]
        return found, stays


def test_a_place_typed_in_an_empty_database_is_kept_and_said_so(qtbot: QtBot) -> None:
    values: list[dict[str, Any]] = []
    dialog = visit_dialog(values.append)
    qtbot.addWidget(dialog)
    dialog.show()
    d: Any = dialog
    d.arrival.known.setChecked(True)
    _type_place(d.arrival, AIRPORT)
    assert d.arrival.site.currentText() == AIRPORT  # not "(no place)" on leaving the field
    assert d.arrival.note.isVisible() and AIRPORT in d.arrival.note.text()
    assert "Sites" in d.arrival.note.text()
    d.arrival.known.setChecked(False)  # no arrival: no note, no place
    assert not d.arrival.note.isVisible()
    d.arrival.known.setChecked(True)
    assert d.arrival.note.isVisible()
    d.title_edit.setText("Visit of the Astrakhan region delegation")
    d.delegation_edit.setText("Astrakhan region delegation")
    _ok(dialog)
    (saved,) = values
    assert saved["arrival_place"] == AIRPORT and "arrival_site_id" not in saved
    assert "departure_place" not in saved


def test_a_new_visit_with_a_typed_airport_makes_the_site_and_undo_removes_both(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    window = MainWindow(ops)
    qtbot.addWidget(window)

    def create(dialog: QDialog) -> None:
        d: Any = dialog
        d.title_edit.setText("Visit of the Astrakhan region delegation")
        d.delegation_edit.setText("Astrakhan region delegation")
        d.host_zone.set_value("Asia/Atyrau")
        d.start_edit.setDate(QDate(2026, 9, 15))
        d.end_edit.setDate(QDate(2026, 9, 16))
        d.arrival.known.setChecked(True)
        d.arrival.when.setDateTime(QDateTime(QDate(2026, 9, 15), QTime(10, 40)))
        _type_place(d.arrival, AIRPORT)
        d.departure.known.setChecked(True)
        d.departure.when.setDateTime(QDateTime(QDate(2026, 9, 16), QTime(17, 30)))
        _type_place(d.departure, "atyrau international airport")  # the same place, typed again
        _ok(dialog)

    problems = when_dialog_opens(create)
    window.new_visit()
    assert problems == []
    found, stays = _state(db)
    assert found == [(AIRPORT, "airport")]
    (stay,) = stays
    assert stay[0] is not None and stay == (stay[0], stay[0])
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    assert _state(db) == ([], [])


def test_details_take_a_typed_station_a_listed_name_and_undo_redo_keep_the_site_id(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    uow = UnitOfWork(db.sessions)
    known = sites.add_site(uow, {"name": "Международный аэропорт Атырау", "category": "transport"}).id
    visit_id = visit_details.create_visit_with_details(
        uow,
        {
            "title": "Визит делегации Астраханской области",
            "delegation_name": "Делегация Астраханской области",
            "start_date": date(2026, 9, 15),
            "end_date": date(2026, 9, 16),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
            "arrival_at": datetime(2026, 9, 15, 10, 40, tzinfo=ATYRAU),
            "departure_at": datetime(2026, 9, 16, 17, 30, tzinfo=ATYRAU),
        },
    ).id
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    notes: list[bool] = []

    def edit(dialog: QDialog) -> None:
        d: Any = dialog
        _type_place(d.arrival, "международный аэропорт атырау")  # a listed site's bare name, any case
        assert d.arrival.site.currentData() == known
        notes.append(d.arrival.note.isVisible())
        _type_place(d.departure, "Вокзал «Атырау» & Co")
        notes.append(d.departure.note.isVisible())
        _ok(dialog)

    problems = when_dialog_opens(edit)
    window.edit_visit_details()
    assert problems == []
    assert notes == [False, True]
    found, stays = _state(db)
    assert found == [("Международный аэропорт Атырау", "transport"), ("Вокзал «Атырау» & Co", "station")]
    station = ops.read(lambda u: next(s.id for s in list_sites(u) if s.name.startswith("Вокзал")))
    assert stays == [(known, station)]
    ops.undo_stack.undo()
    assert _state(db) == ([("Международный аэропорт Атырау", "transport")], [(None, None)])
    ops.undo_stack.redo()
    assert _state(db)[1] == [(known, station)]  # the same site back, by its id


def test_a_participants_arrival_place_typed_becomes_a_site_in_the_same_step(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from planner.persistence.tables import Participant
    from ui.views.common import select_ids

    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        window.tabs.setCurrentWidget(window.participants)
        page = window.participants
        person = page.model.rows()[0]
        before = _state(db)[0]
        notes: list[str] = []

        def arrive(d: QDialog) -> None:
            form: Any = d
            arrival = form.form.fields["arrival_at"]
            arrival.on.setChecked(True)
            arrival.place.setFocus()
            arrival.place.setEditText("Border crossing «Караозек» & Co")
            arrival.place.lineEdit().editingFinished.emit()
            assert arrival.place.currentText() == "Border crossing «Караозек» & Co"  # kept, not dropped
            notes.append(arrival.note.text() if arrival.note.isVisibleTo(d) else "")
            form.try_accept()

        select_ids(page.table, {person.id})
        problems = when_dialog_opens(arrive)
        page.edit_selected()
        assert problems == []
        assert notes and "Караозек" in notes[0]
        found = _state(db)[0]
        assert found == [*before, ("Border crossing «Караозек» & Co", "border_crossing")]
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            made = s.scalar(select(Site.id).where(Site.name == "Border crossing «Караозек» & Co"))
            assert saved is not None and saved.arrival_site_id == made and saved.arrival_at is not None
        ops.undo_stack.undo()  # the stay and its new site, one step
        assert _state(db)[0] == before
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None and saved.arrival_site_id is None
        ops.undo_stack.redo()
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None and saved.arrival_site_id == made  # the same site again
    finally:
        ops.shutdown()


def test_a_groups_departure_place_typed_by_a_sites_bare_name_takes_that_site(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from planner.persistence.tables import Group
    from planner.services import groups
    from ui.views.common import select_ids
    from ui.views.groups_page import GroupsDialog

    db, visit_id = sample_db
    ops = Operations(db)
    try:
        group_id = groups.add_group(UnitOfWork(db.sessions), visit_id, "Пресса").id
        airport = ops.read(lambda u: next(s for s in list_sites(u) if "аэропорт" in s.name.lower()))
        before = _state(db)[0]
        dialog = GroupsDialog(ops, visit_id)
        qtbot.addWidget(dialog)
        select_ids(dialog.table, {group_id})

        def leave(d: QDialog) -> None:
            form: Any = d
            departure = form.form.fields["departure_at"]
            departure.on.setChecked(True)
            departure.place.setEditText(airport.name.upper())
            departure.place.lineEdit().editingFinished.emit()
            assert departure.place.currentData() == airport.id and not departure.note.isVisibleTo(d)
            form.try_accept()

        problems = when_dialog_opens(leave)
        dialog.edit_stay()
        assert problems == []
        assert _state(db)[0] == before  # no duplicate of a known site
        with db.sessions() as s:
            saved = s.get(Group, group_id)
            assert saved is not None and saved.departure_site_id == airport.id
    finally:
        ops.shutdown()


def test_enter_in_a_stay_place_keeps_a_new_place_and_goes_on(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from ui.views.pickers import searchable_combo

    box = searchable_combo([("(no place)", None), ("Hotel", 1)], None, keep_typed=True)
    qtbot.addWidget(box)
    box.show()
    box.setEditText("Atyrau International Airport")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.currentText() == "Atyrau International Airport" and box.currentData() is None
    strict = searchable_combo([("(no place)", None), ("Hotel", 1)], None, unknown=lambda _: None)
    qtbot.addWidget(strict)
    strict.show()
    strict.setEditText("Atyrau International Airport")
    qtbot.keyClick(strict, Qt.Key.Key_Return)
    assert strict.currentText() == "(no place)"  # other pickers still take only listed entries
