"""A group taking part counts: its people attend an item the group is ticked for, as the check and the
printed documents already said. The item dialog with both groups ticked read "Attending: 0 of 6", and a
meeting of the groups showed no guests until each person was ticked one by one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.domain.kinds import Side
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.groups import visit_groups
from planner.queries.participants import visit_participants
from planner.services.itinerary import add_item
from ui.operations import Operations
from ui.views.item_dialog import ItemDialog
from ui.views.meetings_page import MeetingsPage

TZ = ZoneInfo("Asia/Atyrau")


def _tick(widget, ids: set[int]) -> None:  # type: ignore[no-untyped-def]
    for n in range(widget.count()):
        entry = widget.item(n)
        if entry.data(Qt.ItemDataRole.UserRole) in ids:
            entry.setCheckState(Qt.CheckState.Checked)


def test_the_item_dialog_counts_the_people_of_the_ticked_groups(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        groups = visit_groups(uow, visit_id)
        people = visit_participants(uow, visit_id)
    first, second = groups[0], groups[1]
    dialog = ItemDialog(TZ, [], people, default_start=datetime(2023, 5, 11, 10, 0, tzinfo=TZ), groups=groups)
    qtbot.addWidget(dialog)
    dialog.show()
    total = len(people)
    assert dialog.attendee_count.text() == f"Attending: 0 of {total}"
    _tick(dialog.groups, {first.id})
    assert dialog.attendee_count.text() == f"Attending: {len(set(first.member_ids))} of {total}"
    _tick(dialog.groups, {second.id})
    both = set(first.member_ids) | set(second.member_ids)
    assert dialog.attendee_count.text() == f"Attending: {len(both)} of {total}"
    # a person ticked besides the groups' people counts once
    host = next(p.id for p in people if p.side == Side.HOST and p.id not in both)
    member = next(iter(both))
    _tick(dialog.attendees, {host, member})
    assert dialog.attendee_count.text() == f"Attending: {len(both) + 1} of {total}"


def test_a_meeting_of_a_group_shows_its_people_as_guests_and_hosts(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        group = max(visit_groups(uow, visit_id), key=lambda g: len(g.member_ids))
        people = {p.id: p for p in visit_participants(uow, visit_id)}
    add_item(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "kind": "meeting",
            "title": "Talks of the group",
            "starts_at": datetime(2023, 5, 11, 21, 0, tzinfo=TZ),
            "ends_at": datetime(2023, 5, 11, 22, 0, tzinfo=TZ),
        },
        group_ids=[group.id],
    )
    ops = Operations(db)
    try:
        page = MeetingsPage(ops)
        qtbot.addWidget(page)
        page.show()
        page.set_visit(visit_id)
        proxy = page.table.model()
        titles = [proxy.index(n, 1).data() for n in range(proxy.rowCount())]
        page.table.selectRow(titles.index("Talks of the group"))
        guests, hosts = page.guests.text(), page.hosts.text()
        members = [people[m] for m in group.member_ids]
        assert members
        # the names in the interface language (English here): each side's people, counted
        for shown, side in ((guests, Side.GUEST), (hosts, Side.HOST)):
            expected = sum(1 for p in members if p.side == side)
            assert (len(shown.split(", ")) if shown != "—" else 0) == expected, (side, shown)
    finally:
        ops.shutdown()
