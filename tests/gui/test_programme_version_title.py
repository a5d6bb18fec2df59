"""The window's title bar names the open visit's programme version (issue 14, item 2): a move raises it,
its undo raises it again (the programme changed back, and a sheet printed in between is out of date)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import itinerary, visit_admin
from ui.commands.itinerary_commands import MoveItemCommand
from ui.main_window import MainWindow
from ui.operations import Operations


def test_the_title_bar_shows_the_programme_version_after_a_move_and_its_undo(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    uow = UnitOfWork(db.sessions)
    visit_id = visit_admin.create_visit(
        uow,
        {
            "title": "Astrakhan delegation in Atyrau",
            "delegation_name": "Astrakhan region",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    start = datetime(2023, 5, 11, 5, tzinfo=UTC)
    talks = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "meeting", "title": "Talks", "starts_at": start, "ends_at": start + timedelta(hours=1)},
    )
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().endswith("Astrakhan delegation in Atyrau — programme version 1")

    later = start + timedelta(minutes=30)
    ops.push(MoveItemCommand(talks.id, "Talks", later, later + timedelta(hours=1), None))
    assert window.windowTitle().endswith("programme version 2")
    ops.undo_stack.undo()
    assert window.windowTitle().endswith("programme version 3")
