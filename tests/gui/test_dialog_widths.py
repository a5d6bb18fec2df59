"""Dialogs keep their size and show no needless scroll bar: the participant dialog is as wide whatever
the names of the visit's people and sites (it grew with each long name added), and the Groups dialog fits
its columns in its width (its empty last column kept a width from before the dialog was laid out)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import participants, sites, visit_admin
from tests.gui.conftest import measured_on_opening, screen_of, shown
from ui.commands.group_commands import AddGroupCommand
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.groups_page import GroupsDialog


def _new_visit(db: Database) -> int:
    return visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Visit of the Astrakhan region delegation",
            "delegation_name": "Astrakhan region delegation",
            "start_date": date(2026, 9, 15),
            "end_date": date(2026, 9, 16),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def test_the_groups_dialog_fits_its_columns_when_groups_are_made_in_it(qtbot: QtBot, db: Database) -> None:
    visit_id = _new_visit(db)
    ops = Operations(db)
    try:
        dialog = shown(qtbot, GroupsDialog(ops, visit_id))
        for name in ("Official delegation", "Business group"):  # as "New group…" does
            ops.push(AddGroupCommand(visit_id, name), dialog)
            qtbot.wait(20)
        table = dialog.table
        assert table.model().rowCount() == 2
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()
        assert table.horizontalScrollBar().maximum() == 0
        # the dialog made narrower and wider again: still no scroll bar
        dialog.resize(560, dialog.height())
        qtbot.wait(20)
        dialog.resize(700, dialog.height())
        qtbot.wait(20)
        assert table.horizontalScrollBar().maximum() == 0
    finally:
        ops.shutdown()


def test_the_groups_dialog_of_the_sample_visit_has_no_horizontal_scroll_bar(
    qtbot: QtBot, sample_db: tuple[Database, Any]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        dialog = shown(qtbot, GroupsDialog(ops, visit_id))
        dialog.refresh()  # a change elsewhere refreshes it while it is open
        qtbot.wait(20)
        assert dialog.table.horizontalScrollBar().maximum() == 0
    finally:
        ops.shutdown()


def _participant_dialog_width(qtbot: QtBot, window: MainWindow) -> int:
    return measured_on_opening(
        qtbot, lambda: window.participants.open_dialog(lambda values: None), QDialog.width
    )


def test_the_participant_dialog_is_as_wide_whatever_the_names_of_people_and_sites(
    qtbot: QtBot, sample_db: tuple[Database, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    screen_of(monkeypatch, 1366, 728)
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.participants)
        before = _participant_dialog_width(qtbot, window)
        # a long name to choose from "who meets them", a long site to choose as the arrival's place
        participants.add_participant(
            UnitOfWork(db.sessions),
            visit_id,
            {"full_name": "Әлихан Қасымұлы & «Tom» " + "Deputy akim of Atyrau region " * 3, "side": "host"},
        )
        sites.add_site(
            UnitOfWork(db.sessions),
            {"name": "Atyrau International Airport named after " + "Kh. Dosmukhamedov " * 4},
        )
        window.participants.refresh()
        after = _participant_dialog_width(qtbot, window)
        assert after == before
        # and narrow enough for a 1366-pixel screen beside the list, whatever the sample's names
        assert before <= 760
    finally:
        ops.shutdown()
