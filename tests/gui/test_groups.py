"""Groups through the window: a group made in the groups dialog, two people added to it on the
Participants page, an item given to it in the item editor; the timeline's lanes carry the groups'
names, the filter shows one group's items, undo puts everything back; deleting a group in use asks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Group, ItineraryItem, Participant, Site
from planner.queries.itinerary import ItemRow
from tests.gui.conftest import Messages, when_dialog_opens
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.common import select_ids
from ui.views.groups_page import GroupsDialog
from ui.views.item_dialog import ItemDialog
from ui.views.pickers import site_name

NAME = "Пресса & «гости» Қоғам"


def _window(qtbot: QtBot, ops: Operations, visit_id: int) -> MainWindow:
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _members(db: Database, name: str) -> set[str]:
    with db.sessions() as s:
        group = s.scalar(select(Group).where(Group.name == name))
        return set() if group is None else {p.full_name for p in group.members}


def _item_groups(db: Database, item_id: int) -> list[str]:
    with db.sessions() as s:
        item = s.get(ItineraryItem, item_id)
        assert item is not None
        return sorted(g.name for g in item.groups)


def test_a_group_made_filled_given_an_item_labels_a_lane_filters_and_undoes(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        # the groups dialog: a new group, named with a quote, an ampersand and Kazakh letters
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (NAME, True)))
        dialog = GroupsDialog(ops, visit_id, window)
        qtbot.addWidget(dialog)
        before = dialog.model.rowCount()
        dialog.add_group()
        assert dialog.model.rowCount() == before + 1
        assert NAME in [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
        dialog.close()

        # two people, chosen together on the Participants page, added to it
        window.tabs.setCurrentWidget(window.participants)
        people = window.participants
        two = people.model.rows()[:2]
        select_ids(people.table, {two[0].id, two[1].id})
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (NAME, True)))
        people.add_selected_to_group()
        assert _members(db, NAME) == {two[0].full_name, two[1].full_name}

        # an item given to the group in the item editor
        window.tabs.setCurrentWidget(window.itinerary)
        page = window.itinerary
        item = next(iter(page.timeline.rows.values()))
        groups_before = _item_groups(db, item.id)

        def tick_group(d: QDialog) -> None:
            assert isinstance(d, ItemDialog)
            boxes = d.findChild(QListWidget, "item_groups")
            # this group only (the item leaves the sample's groups it was in)
            for n in range(boxes.count()):
                mine = boxes.item(n).text() == NAME
                boxes.item(n).setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
            d.try_accept()

        problems = when_dialog_opens(tick_group)
        page.edit_item(item.id)
        assert not problems
        assert _item_groups(db, item.id) == [NAME]

        # its lane on every day is labelled with the group's name, and the item is in it
        labels = page.timeline.lane_labels()
        assert labels and all(NAME in day for day in labels)
        assert page.timeline.timeline_layout.lane_of(page.timeline.rows[item.id]) == (
            [g.name for g in page.groups].index(NAME)
        )
        # the filter shows only that group's items; a person's shows their own and their groups'
        group_id = next(g.id for g in page.groups if g.name == NAME)
        page.filter_items("group", group_id)
        assert set(page.timeline.rows) == {item.id}
        assert page.model.rowCount() == 1
        page.filter_items("person", two[0].id)
        assert item.id in page.timeline.rows and len(page.timeline.rows) < len(page.all_rows)
        page.filter_items()
        assert len(page.timeline.rows) == len(page.all_rows)

        # undo, step by step: the item's group, the members, the group itself
        stack = ops.undo_stack
        stack.undo()
        assert _item_groups(db, item.id) == groups_before
        stack.undo()
        assert _members(db, NAME) == set()
        stack.undo()
        with db.sessions() as s:
            assert s.scalar(select(Group).where(Group.name == NAME)) is None
        assert all(NAME not in day for day in page.timeline.lane_labels())
    finally:
        ops.shutdown()


def test_deleting_a_group_in_use_asks_first_and_undo_brings_back_its_people_and_items(
    qtbot: QtBot, sample_db: tuple[Database, int], no_blocking_dialogs: Messages
) -> None:
    db, visit_id = sample_db
    with db.sessions() as s:
        group = s.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.id)).first()
        assert group is not None
        # named as the interface shows it (the sample's groups are typed in Russian, translated)
        group_id, name, members = group.id, group.name_i18n["en"], {p.id for p in group.members}
    ops = Operations(db)
    try:
        dialog = GroupsDialog(ops, visit_id)
        qtbot.addWidget(dialog)
        select_ids(dialog.table, {group_id})
        dialog.delete_selected()
        asked = [text for kind, _, text in no_blocking_dialogs.shown if kind == "question"]
        assert asked and name in asked[0] and str(len(members)) in asked[0]
        with db.sessions() as s:
            assert s.get(Group, group_id) is None
        ops.undo_stack.undo()
        with db.sessions() as s:
            restored = s.get(Group, group_id)
            assert restored is not None and {p.id for p in restored.members} == members
    finally:
        ops.shutdown()


def test_the_item_editor_finds_a_site_by_a_word_and_takes_its_usual_length(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    from zoneinfo import ZoneInfo

    from planner.persistence.uow import UnitOfWork
    from planner.queries.groups import visit_groups
    from planner.queries.participants import visit_participants
    from planner.queries.sites import list_sites

    uow = UnitOfWork(db.sessions)
    with uow:
        sites, people, groups = (
            list_sites(uow),
            visit_participants(uow, visit_id),
            visit_groups(uow, visit_id),
        )
    tz = ZoneInfo("Asia/Atyrau")
    dialog = ItemDialog(tz, sites, people, None, datetime(2023, 5, 11, 10, 0, tzinfo=tz), groups=groups)
    qtbot.addWidget(dialog)
    site = next(s for s in sites if s.usual_duration_min != 60)
    shown = site_name(site)  # in the interface language where translated
    word = shown.split()[-1]
    # typing part of the name offers the site (the list narrows to names containing it)
    completer = dialog.site.completer()
    completer.setCompletionPrefix(word.lower())
    offered = [completer.completionModel().index(n, 0).data() for n in range(completer.completionCount())]
    assert any(shown in text for text in offered)
    dialog.site.setCurrentIndex(dialog.site.findData(site.id))
    values = dialog.values()
    assert values["site_id"] == site.id
    assert (values["ends_at"] - values["starts_at"]).total_seconds() == site.usual_duration_min * 60
    # a length the officer set by hand is kept when the site changes
    dialog.ends.setDateTime(dialog.ends.dateTime().addSecs(15 * 60))
    other = next(s for s in sites if s.id != site.id and s.usual_duration_min != site.usual_duration_min)
    dialog.site.setCurrentIndex(dialog.site.findData(other.id))
    values = dialog.values()
    assert (values["ends_at"] - values["starts_at"]).total_seconds() == (site.usual_duration_min + 15) * 60
    # the attendee list shows 15 rows at least and narrows to the people whose name holds the text
    assert dialog.attendees.minimumHeight() >= 15 * 20
    name = people[3].name_i18n.get("en") or people[3].full_name  # listed in the interface language
    dialog.attendee_filter.setText(name.split()[0])
    shown = [
        dialog.attendees.item(n).text()
        for n in range(dialog.attendees.count())
        if not dialog.attendees.item(n).isHidden()
    ]
    assert shown and all(name.split()[0].casefold() in t.casefold() for t in shown)
    assert len(shown) < len(people)


def test_a_participants_arrival_is_set_in_their_dialog_and_undone(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        window.tabs.setCurrentWidget(window.participants)
        page = window.participants
        person = page.model.rows()[0]
        with db.sessions() as s:
            port = s.scalars(select(Site).order_by(Site.id)).first()
            assert port is not None
            port_id = port.id

        def arrive(d: QDialog) -> None:
            form: Any = d
            arrival = form.form.fields["arrival_at"]
            arrival.on.setChecked(True)
            arrival.place.setCurrentIndex(arrival.place.findData(port_id))
            form.try_accept()

        select_ids(page.table, {person.id})
        problems = when_dialog_opens(arrive)
        page.edit_selected()
        assert not problems
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None and saved.arrival_at is not None and saved.arrival_site_id == port_id
        ops.undo_stack.undo()
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None and saved.arrival_at is None and saved.arrival_site_id is None
    finally:
        ops.shutdown()


def test_group_lanes_hold_their_items_side_by_side_and_joint_items_go_together() -> None:
    import dataclasses

    from tests.gui.test_timeline_layout import DAY1, TZ, _row
    from ui.views.timeline_layout import HEADER, LANE_LABEL, TimelineLayout

    def grouped(item_id: int, start: str, end: str, *groups: str) -> ItemRow:
        return dataclasses.replace(_row(item_id, start, end), groups=groups)

    rows = [
        grouped(1, "09:00", "10:00", "A & «Ә»"),
        grouped(2, "09:30", "10:30", "A & «Ә»"),  # overlaps item 1: a second column of A's lane
        grouped(3, "09:00", "10:00", "B"),
        grouped(4, "12:00", "13:00"),  # no group: everyone's
        grouped(5, "14:00", "15:00", "A & «Ә»", "B"),  # both groups: together
    ]
    layout = TimelineLayout()
    layout.set_items(rows, [DAY1], TZ, None, ["A & «Ә»", "B"], "Together")
    lanes = layout.day_layouts[0].lanes
    assert [name for name, _, _ in lanes] == ["A & «Ә»", "B", "Together"]
    left = layout.day_x[0][0]

    def lane_of(item_id: int) -> str:
        rect = layout.rects[item_id]
        return next(n for n, x, w in lanes if left + x <= rect.left() and rect.right() <= left + x + w)

    assert [lane_of(i) for i in (1, 2, 3, 4, 5)] == ["A & «Ә»", "A & «Ә»", "B", "Together", "Together"]
    assert layout.rects[1].right() <= layout.rects[2].left()  # side by side within A's lane
    # the labels take a row under the day's header: 09:00 is lower by that row
    assert layout.header == HEADER + LANE_LABEL
    assert layout.rects[1].top() == layout.y_of(rows[0].starts_at)
    # without groups: one lane, no labels, the header as before
    layout.set_items(rows, [DAY1], TZ)
    assert layout.day_layouts[0].lanes == [] and layout.header == HEADER


def test_a_new_name_typed_in_add_to_group_makes_the_group_and_one_undo_removes_it(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        window.tabs.setCurrentWidget(window.participants)
        people = window.participants
        chosen = people.model.rows()[-3:]
        select_ids(people.table, {p.id for p in chosen})
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Хозяева", True)))
        people.add_selected_to_group()
        assert _members(db, "Хозяева") == {p.full_name for p in chosen}
        assert ops.undo_stack.undoText() == "Add to group “Хозяева”"
        # and out again: the people stay, the group is empty
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Хозяева", True)))
        people.remove_selected_from_group()
        assert _members(db, "Хозяева") == set()
        ops.undo_stack.undo()
        assert _members(db, "Хозяева") == {p.full_name for p in chosen}
        ops.undo_stack.undo()
        with db.sessions() as s:
            assert s.scalar(select(Group).where(Group.name == "Хозяева")) is None
    finally:
        ops.shutdown()
