"""The list of sites to place beside the timeline: a site dragged onto a day becomes a site visit there,
with the entry's length; undo puts the entry back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QListWidget, QSpinBox
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
        assert ops.undo_stack.undoText() == "Place “Atyrau entrance stele on the Atyrau–Astrakhan highway”"
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
        # named in the interface language, as the timeline's lanes call the group
        assert row.groups == ({"Официальная делегация": "Official delegation"}[group_name],)
        ops.undo_stack.undo()
        with UnitOfWork(db.sessions) as uow:
            assert uow.session.scalars(select(SiteToPlace)).all() == []
    finally:
        ops.shutdown()


def _museum(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        site = Site(
            name="Музей «Ә & Қ» <Атырау>",
            category="museum",
            address="Atyrau, Satpaev street 12",
            usual_duration_min=75,
        )
        uow.session.add(site)
        uow.commit()
        return site.id


def test_enter_in_the_add_dialog_takes_the_site_found_and_the_next_enter_saves(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Typed a word of the address, the list of matches offers one site: Enter in the list takes it
    (the completer kept Enter for itself and left the first site), and only that; Enter again saves,
    as OK does."""
    from PySide6.QtTest import QTest

    db, visit_id = sample_db
    site_id = _museum(db)
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        seen: dict[str, Any] = {}

        def type_and_enter(dialog: Any) -> None:
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            picker = dialog.findChild(QComboBox, "to_place_site")
            seen["default"], seen["focus"] = ok.isDefault(), dialog.focusWidget() is picker
            picker.lineEdit().selectAll()
            QTest.keyClicks(picker.lineEdit(), "Satpaev")
            popup = picker.completer().popup()
            seen["offered"] = popup.isVisible() and picker.completer().completionCount()
            QTest.keyClick(popup, Qt.Key.Key_Return)
            seen["open"] = dialog.isVisible()
            QTest.keyClick(picker, Qt.Key.Key_Return)
            seen["saved"] = not dialog.isVisible()
            if dialog.isVisible():
                dialog.reject()

        problems = when_dialog_opens(type_and_enter)
        panel.add_action.trigger()
        assert problems == []
        assert seen == {"default": True, "focus": True, "offered": 1, "open": True, "saved": True}
        (row,) = panel.model.rows()
        assert (row.site_id, row.duration_min) == (site_id, 75)
        assert ops.undo_stack.count() == 1
    finally:
        ops.shutdown()


def test_enter_on_a_word_that_names_no_site_saves_nothing_and_says_so(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    from PySide6.QtTest import QTest

    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        seen: dict[str, Any] = {}

        def type_and_enter(dialog: Any) -> None:
            picker = dialog.findChild(QComboBox, "to_place_site")
            shown = picker.currentText()
            picker.lineEdit().selectAll()
            QTest.keyClicks(picker.lineEdit(), "Zyxwv")
            QTest.keyClick(picker, Qt.Key.Key_Return)
            seen["open"] = dialog.isVisible()
            seen["error"] = dialog.form.error_text("site_id")
            seen["back"] = picker.currentText() == shown
            # the length field: Enter saves the site shown
            length = dialog.findChild(QSpinBox, "to_place_length")
            length.setFocus()
            length.setValue(50)
            QTest.keyClick(length, Qt.Key.Key_Return)
            seen["saved"] = not dialog.isVisible()
            if dialog.isVisible():
                dialog.reject()

        problems = when_dialog_opens(type_and_enter)
        panel.add_action.trigger()
        assert problems == []
        assert seen["open"] and seen["back"] and seen["saved"]
        assert seen["error"] == "No site matches “Zyxwv”; choose one from the list"
        (row,) = panel.model.rows()
        assert row.duration_min == 50
    finally:
        ops.shutdown()


def test_an_entry_is_edited_from_the_list_in_one_undo_step(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Double-click (or Edit…) opens the entry: its length, required or optional with a priority, and
    its groups change as one undo step; Enter saves; undo puts all of it back."""
    from PySide6.QtTest import QTest

    db, visit_id = sample_db
    site_id = _museum(db)
    with UnitOfWork(db.sessions) as uow:
        groups = [
            (g, names["en"])  # the window is in English: the list names the groups in English
            for g, names in uow.session.execute(
                select(Group.id, Group.name_i18n).where(Group.visit_id == visit_id).order_by(Group.id)
            )
        ]
    (first_id, first_name), (second_id, second_name) = groups[0], groups[1]
    add_entry(
        UnitOfWork(db.sessions),
        visit_id,
        {"site_id": site_id, "duration_min": 40, "required": True},
        [first_id],
    )
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        (before,) = panel.model.rows()
        assert (before.duration_min, before.required, before.groups) == (40, True, (first_name,))
        seen: dict[str, Any] = {}

        def edit(dialog: Any) -> None:
            seen["title"] = dialog.windowTitle()
            length = dialog.findChild(QSpinBox, "to_place_length")
            required = dialog.findChild(QComboBox, "to_place_required")
            priority = dialog.findChild(QSpinBox, "to_place_priority")
            group_list = dialog.findChild(QListWidget, "to_place_groups")
            ticked = {
                group_list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(group_list.count())
                if group_list.item(n).checkState() == Qt.CheckState.Checked
            }
            seen["shown"] = (length.value(), required.currentData(), priority.isEnabled(), ticked)
            length.setValue(95)
            required.setCurrentIndex(required.findData(False))
            priority.setValue(7)
            for n in range(group_list.count()):
                wanted = group_list.item(n).data(Qt.ItemDataRole.UserRole) == second_id
                group_list.item(n).setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            length.setFocus()
            QTest.keyClick(length, Qt.Key.Key_Return)  # Enter saves
            seen["open"] = dialog.isVisible()
            if dialog.isVisible():
                dialog.reject()

        problems = when_dialog_opens(edit)
        index = panel.model.index(0, 0)
        panel.list.setCurrentIndex(index)
        panel.list.doubleClicked.emit(index)
        assert problems == []
        assert seen["title"] == "Edit site to place" and not seen["open"]
        assert seen["shown"] == (40, True, False, {first_id})
        (row,) = panel.model.rows()
        assert (row.duration_min, row.required, row.priority, row.groups) == (95, False, 7, (second_name,))
        assert "95 min" in panel.model.index(0, 0).data() and "priority 7" in panel.model.index(0, 0).data()
        assert ops.undo_stack.count() == 1
        assert ops.undo_stack.undoText() == "Edit “Музей «Ә & Қ» <Атырау>” in the sites to place"
        ops.undo_stack.undo()
        (back,) = panel.model.rows()
        assert (back.duration_min, back.required, back.priority, back.group_ids) == (40, True, 0, (first_id,))
        ops.undo_stack.redo()
        assert panel.model.rows()[0].duration_min == 95

        # the Edit… button opens the same dialog; OK with nothing changed makes no undo step
        def unchanged(dialog: Any) -> None:
            _ok(dialog)

        problems = when_dialog_opens(unchanged)
        panel.list.setCurrentIndex(panel.model.index(0, 0))
        panel.edit_action.trigger()
        assert problems == [] and ops.undo_stack.count() == 1 and ops.undo_stack.index() == 1
    finally:
        ops.shutdown()


def test_a_site_several_groups_may_take_reads_as_one_of_them(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """The plan sends one of the groups ticked for an entry: the list says "one of: …" (it listed the
    groups bare, and an officer read it as all of them going) and the dialog's field says "may go"."""
    from ui.views.to_place_panel import ToPlaceListModel

    db, visit_id = sample_db
    with db.sessions() as s:
        groups = list(s.scalars(select(Group.id).where(Group.visit_id == visit_id).order_by(Group.id)))
        site = s.scalars(select(Site.id)).first()
    assert len(groups) == 2 and site is not None
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site, "duration_min": 30}, groups)
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site, "duration_min": 20}, groups[:1])
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        model = window.findChild(ToPlaceListModel)
        assert model is not None
        qtbot.waitUntil(lambda: model.rowCount() == 2)
        lines = [str(model.index(n, 0).data()) for n in range(2)]
        with db.sessions() as s:
            names = {
                g: n["en"]  # the window is in English: the groups' English names
                for g, n in s.execute(select(Group.id, Group.name_i18n).where(Group.id.in_(groups)))
            }
        assert any(
            f"· one of: {names[groups[0]]}, {names[groups[1]]}" in line
            or f"· one of: {names[groups[1]]}, {names[groups[0]]}" in line
            for line in lines
        ), lines
        assert any(line.endswith(f"· {names[groups[0]]}") for line in lines), lines
    finally:
        ops.shutdown()


def test_the_add_dialog_shows_the_sites_name_and_the_groups_in_the_interface_language(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Walk: the Add site to place dialog opened on "…Курмангазинский р-н, с. Азгир, ул. Орталык, 1" (the
    field took the focus with the cursor at the end of the first site's address, its name out of sight),
    showed it again after a site was picked, and listed the groups as typed in Russian on an English
    screen ("Деловая делегация"), as the list beside the timeline did."""
    db, visit_id = sample_db
    with db.sessions() as s:
        # listed in the interface language, as every site picker lists sites
        long_name = s.scalar(select(Site).where(Site.name.like("Азгирский%"))).name_i18n["en"]
    assert long_name
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        panel = window.itinerary.to_place
        seen: dict[str, Any] = {}

        def look(dialog: Any) -> None:
            from PySide6.QtCore import QEvent
            from PySide6.QtGui import QFocusEvent

            picker = dialog.findChild(QComboBox, "to_place_site")
            edit = picker.lineEdit()
            edit.setFocus()
            # the focus the window gives the field as it opens: Qt selects the text, cursor at its end
            QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
            seen["opened at"] = edit.cursorPosition()
            seen["selected"] = edit.selectedText() == edit.text()
            n = picker.findText(long_name, Qt.MatchFlag.MatchStartsWith)
            picker.setEditText(picker.itemText(n))
            edit.setCursorPosition(len(edit.text()))
            edit.editingFinished.emit()  # the officer goes on to the length
            seen["picked at"] = edit.cursorPosition()
            seen["picked"] = picker.currentText().startswith(long_name)
            groups = dialog.findChild(QListWidget, "to_place_groups")
            seen["groups"] = [groups.item(k).text() for k in range(groups.count())]
            dialog.reject()

        problems = when_dialog_opens(look)
        panel.add_action.trigger()
        assert problems == []
        assert seen == {
            "opened at": 0,
            "selected": True,
            "picked at": 0,
            "picked": True,
            "groups": ["Official delegation", "Business delegation"],
        }
    finally:
        ops.shutdown()
