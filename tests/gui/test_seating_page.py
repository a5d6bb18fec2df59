"""The seating screen: opened from the Meetings page, a proposal drawn with each head at the centre, a
name dragged onto another seat swaps the two, and undo puts the database back, one step per swap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import TableSeat
from ui.operations import Operations
from ui.views.meetings_page import MeetingsPage
from ui.views.seating_page import SeatingDialog, SeatingPage

TALKS, DINNER = 8, 13


def _rows(db: Database, item_id: int) -> dict[tuple[int, int], int]:
    with db.sessions() as s:
        return {
            (r.table_no, r.seat_no): r.participant_id
            for r in s.scalars(select(TableSeat).where(TableSeat.item_id == item_id))
        }


def _dialog(qtbot: QtBot, ops: Operations, visit_id: int, item_id: int) -> SeatingDialog:
    dialog = SeatingDialog(ops, visit_id, item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _drag(qtbot: QtBot, page: SeatingPage, source: tuple[int, int], target: tuple[int, int]) -> None:
    viewport = page.view.viewport()
    start, end = page.seat_point(source).toPoint(), page.seat_point(target).toPoint()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_propose_then_drag_a_name_to_swap_and_undo(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    dialog = _dialog(qtbot, ops, visit_id, TALKS)
    page = dialog.page
    if dialog:  # the dialog holds the page
        assert page.item.currentData() == TALKS
        assert page.layout_kind.currentData() == "rect"
        page.propose_button.click()
        assert ops.undo_stack.count() == 1
        before = _rows(db, TALKS)
        # the heads sit at the centre of their sides, drawn one above the other
        host_head, guest_head = page.seats[(1, 1)], page.seats[(2, 1)]
        assert host_head.seat is not None and host_head.seat.person.role == "head"
        assert guest_head.seat is not None and guest_head.seat.person.role == "head"
        assert host_head.scenePos().x() == guest_head.scenePos().x()

        _drag(qtbot, page, (2, 2), (2, 3))
        after = _rows(db, TALKS)
        assert after[(2, 2)] == before[(2, 3)] and after[(2, 3)] == before[(2, 2)]
        assert ops.undo_stack.count() == 2
        # the screen redrew from the database: the names changed places
        assert page.seats[(2, 2)].seat is not None and page.seats[(2, 2)].seat.person.id == before[(2, 3)]

        _drag(qtbot, page, (1, 2), (1, 4))
        assert ops.undo_stack.count() == 3
        ops.undo_stack.undo()
        assert _rows(db, TALKS) == after
        ops.undo_stack.undo()
        assert _rows(db, TALKS) == before
        assert page.seats[(2, 2)].seat is not None and page.seats[(2, 2)].seat.person.id == before[(2, 2)]
        ops.undo_stack.undo()
        assert _rows(db, TALKS) == {}


def test_a_banquet_at_round_tables_puts_the_guest_of_honour_on_the_hosts_right(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    dialog = _dialog(qtbot, ops, visit_id, DINNER)
    page = dialog.page
    assert page.layout_kind.currentData() == "round"
    page.table_size.setValue(8)
    page.propose_button.click()
    host, honour = page.seats[(1, 1)], page.seats[(1, 2)]
    assert host.seat is not None and honour.seat is not None
    assert (host.seat.person.side, honour.seat.person.side) == ("host", "guest")
    # the host sits at the top facing the table: their right hand is the left of the screen
    assert honour.scenePos().x() < host.scenePos().x()
    free = next(place for place, item in sorted(page.seats.items()) if item.seat is None)
    assert free[0] > 1  # 36 people at tables of 8: the last table has free places
    _drag(qtbot, page, (1, 2), free)
    rows = _rows(db, DINNER)
    assert (1, 2) not in rows and rows[free] == honour.seat.person.id
    assert page.seats[(1, 2)].seat is None  # drawn free again


def test_the_meetings_page_opens_the_seating_screen(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    meetings = MeetingsPage(ops)
    qtbot.addWidget(meetings)
    meetings.set_visit(visit_id)
    meetings.show()
    meetings.refresh_now()
    meetings.open_seating()
    dialog = meetings.seating_dialog
    qtbot.addWidget(dialog)
    assert dialog.page.item.count() == 7  # the sample's meetings and meals
