"""The list of sites to place beside the timeline: a site dragged onto a day becomes a site visit there,
with the entry's length; undo puts the entry back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Group, ItineraryItem, Site, SiteToPlace
from planner.persistence.uow import UnitOfWork
from planner.services.to_place import add_entry
from tests.gui.conftest import when_dialog_opens
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.timeline import TO_PLACE_MIME


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _window(qtbot: QtBot, ops: Operations, visit_id: int) -> MainWindow:
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.itinerary)
    return window


def test_a_site_dragged_onto_a_day_becomes_a_site_visit_and_undo_restores_the_entry(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    with db.sessions() as s:
        site_id, site_name = s.execute(select(Site.id, Site.name).order_by(Site.id)).first()
        group_id = s.scalar(select(Group.id).where(Group.visit_id == visit_id).order_by(Group.id))
    entry = add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site_id, "duration_min": 35}, [group_id])
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        page = window.itinerary
        panel = page.to_place
        assert panel.model.rowCount() == 1 and panel.title.text() == "To place: 1"
        assert "35 min" in panel.model.index(0, 0).data()
        before = set(page.timeline.rows)
        # what the list hands to a drag, dropped at 15:00 on the second day
        mime = panel.model.mimeData([panel.model.index(0, 0)])
        timeline = page.timeline
        day = timeline.days[1]
        at = datetime(day.year, day.month, day.day, 15, 0, tzinfo=timeline.tz)
        x = timeline.timeline_layout.day_x[1][0] + 20
        point = QPointF(x, timeline.y_of(at) + 1)
        drop = QDropEvent(
            point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        timeline.dropEvent(drop)
        new = set(page.timeline.rows) - before
        assert len(new) == 1 and panel.model.rowCount() == 0
        row = page.timeline.rows[new.pop()]
        assert row.kind == "site_visit" and row.site_name == site_name and row.minutes == 35
        assert row.starts_at.astimezone(timeline.tz) == at
        with db.sessions() as s:
            item = s.get(ItineraryItem, row.id)
            assert [g.id for g in item.groups] == [group_id]
        # the entry is named in the interface language: the site's English name
        assert ops.undo_stack.undoText() == "Place 'Atyrau entrance stele on the Atyrau–Astrakhan highway'"
        ops.undo_stack.undo()
        assert set(page.timeline.rows) == before
        assert [r.id for r in panel.model.rows()] == [entry.id]
        ops.undo_stack.redo()
        assert panel.model.rowCount() == 0 and len(set(page.timeline.rows) - before) == 1
    finally:
        ops.shutdown()


def test_the_panel_adds_and_removes_sites_with_undo(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        assert panel.model.rowCount() == 0 and panel.title.text() == "To place: 0"

        def choose_first(dialog: Any) -> None:
            _ok(dialog)

        problems = when_dialog_opens(choose_first)
        panel.add_action.trigger()
        assert problems == [] and panel.model.rowCount() == 1
        panel.list.setCurrentIndex(panel.model.index(0, 0))
        panel.remove_action.trigger()
        assert panel.model.rowCount() == 0
        ops.undo_stack.undo()
        assert panel.model.rowCount() == 1
        ops.undo_stack.undo()
        assert panel.model.rowCount() == 0
    finally:
        ops.shutdown()


def test_the_timeline_ignores_a_drop_that_is_not_a_site_from_the_list(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        timeline = _window(qtbot, ops, visit_id).itinerary.timeline
        dropped: list[object] = []
        timeline.entryDropped.connect(lambda *args: dropped.append(args))
        text = QMimeData()
        text.setText("12")
        point = QPointF(timeline.timeline_layout.day_x[0][0] + 20, 200)
        drop = QDropEvent(
            point, Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        timeline.dropEvent(drop)
        assert dropped == [] and not drop.isAccepted()
        assert TO_PLACE_MIME not in text.formats()
    finally:
        ops.shutdown()


def test_adding_a_site_to_place_searches_the_sites_and_asks_length_requirement_and_groups(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """The site is found by a word of its name; the length starts at the site's usual one (and follows
    the site chosen); optional with a priority, and for one group: all of it lands in the list."""
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        site = Site(name="Музей «Ә & Қ» <Атырау>", category="museum", usual_duration_min=75)
        uow.session.add(site)
        uow.commit()
        site_id = site.id
        group_id, group_name = uow.session.execute(
            select(Group.id, Group.name).where(Group.visit_id == visit_id).order_by(Group.id)
        ).first()
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        seen: dict[str, Any] = {}

        def fill(dialog: Any) -> None:
            picker = dialog.findChild(QComboBox, "to_place_site")
            completer = picker.completer()
            completer.setCompletionPrefix("ә & қ")  # a word inside the name, any case
            seen["offered"] = completer.completionCount()
            picker.setEditText(completer.currentCompletion())
            picker.lineEdit().editingFinished.emit()
            length = dialog.findChild(QSpinBox, "to_place_length")
            seen["length"] = length.value()
            length.setValue(90)
            required = dialog.findChild(QComboBox, "to_place_required")
            required.setCurrentIndex(required.findData(False))
            dialog.findChild(QSpinBox, "to_place_priority").setValue(3)
            groups = dialog.findChild(QListWidget, "to_place_groups")
            for n in range(groups.count()):
                if groups.item(n).data(Qt.ItemDataRole.UserRole) == group_id:
                    groups.item(n).setCheckState(Qt.CheckState.Checked)
            _ok(dialog)

        problems = when_dialog_opens(fill)
        panel.add_action.trigger()
        assert problems == []
        assert seen == {"offered": 1, "length": 75}
        (row,) = panel.model.rows()
        assert (row.site_id, row.duration_min, row.required, row.priority) == (site_id, 90, False, 3)
        assert row.groups == (group_name,)
        ops.undo_stack.undo()
        with UnitOfWork(db.sessions) as uow:
            assert uow.session.scalars(select(SiteToPlace)).all() == []
    finally:
        ops.shutdown()
