"""Dialogs keep their size and show no needless scroll bar: the participant dialog is as wide whatever
the names of the visit's people and sites (it grew with each long name added), and the Groups dialog fits
its columns in its width (its empty last column kept a width from before the dialog was laid out)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import visit_admin
from ui.commands.group_commands import AddGroupCommand
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
        dialog = GroupsDialog(ops, visit_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
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
        dialog = GroupsDialog(ops, visit_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.refresh()  # a change elsewhere refreshes it while it is open
        qtbot.wait(20)
        assert dialog.table.horizontalScrollBar().maximum() == 0
    finally:
        ops.shutdown()
