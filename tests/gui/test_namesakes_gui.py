"""Namesakes in the window: the participant dialog adds a second person of one name, the import preview
shows the warning that names both rows."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import when_dialog_opens
from ui.operations import Operations
from ui.views.import_preview_dialog import WARNING_BACKGROUND, ImportPreviewDialog
from ui.views.participants_page import ParticipantsPage

GOVERNOR = "Бабушкин Игорь Юрьевич"


def _namesakes(db: Database, visit_id: int) -> list[tuple[str, str]]:
    with UnitOfWork(db.sessions) as uow:
        rows = uow.session.execute(
            select(Participant.side, Participant.title).where(
                Participant.visit_id == visit_id, Participant.full_name == GOVERNOR
            )
        ).all()
    return sorted((side, title) for side, title in rows)


def test_the_participant_dialog_adds_a_namesake_and_undo_takes_only_them_away(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    page = ParticipantsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    before = page.model.rowCount()
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["full_name"].setText(GOVERNOR)
        side = fields["side"]
        side.setCurrentIndex(side.findData("host"))
        fields["title"].setText("Аким района")
        dialog.try_accept()  # type: ignore[attr-defined]
        errors.extend(label.text() for label in dialog.form.errors.values() if label.text())  # type: ignore[attr-defined]
        if dialog.isVisible():
            dialog.reject()

    problems = when_dialog_opens(fill)
    page.add()
    assert not problems and not errors
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=5000)
    shown = [(r.full_name, r.side, r.title) for r in page.model.rows() if r.full_name == GOVERNOR]
    assert shown == [
        (GOVERNOR, "guest", "Губернатор Астраханской области"),
        (GOVERNOR, "host", "Аким района"),
    ]
    assert _namesakes(db, visit_id) == [("guest", "Губернатор Астраханской области"), ("host", "Аким района")]
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=5000)
    assert _namesakes(db, visit_id) == [("guest", "Губернатор Астраханской области")]
    ops.shutdown()


def test_the_import_preview_shows_the_namesake_warning_and_imports_both_rows(
    qtbot: QtBot, sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [
                ["ФИО", "Должность", "Сторона"],
                ["Сейткали Нурлан", "Советник", "гость"],
                ["Сейткали Нурлан", "Гид", "принимающая"],
            ]
        )
    dialog = ImportPreviewDialog(ops, "participants", path, visit_id)
    qtbot.addWidget(dialog)
    assert "rows 2 and 3 have the same name 'Сейткали Нурлан'" in dialog.summary.text()
    for row in range(2):
        assert dialog.table.item(row, 1).text() == "new"
        assert "rows 2 and 3" in dialog.table.item(row, 3).text()
        assert dialog.table.item(row, 3).background().color() == WARNING_BACKGROUND
    assert dialog.import_all.isEnabled()
    dialog.import_all.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with UnitOfWork(db.sessions) as uow:
        titles = uow.session.scalars(
            select(Participant.title).where(
                Participant.visit_id == visit_id, Participant.full_name == "Сейткали Нурлан"
            )
        ).all()
    assert sorted(titles) == ["Гид", "Советник"]
    ops.shutdown()


def test_item_and_meeting_editors_keep_the_namesake_they_had(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """An item's host and a meeting's attendees are chosen by id: a namesake added later is not taken
    for them when the editors open (and then saved)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget

    from planner.domain.timeutil import zone
    from planner.queries.itinerary import visit_items
    from planner.queries.participants import visit_participants
    from planner.queries.sites import list_sites
    from planner.services import participants
    from ui.views.item_dialog import ItemDialog
    from ui.views.meetings_page import MeetingsPage

    db, visit_id = sample_db
    ops = Operations(db)
    item = next(i for i in ops.read(lambda uow: visit_items(uow, visit_id)) if i.responsible_host)
    meeting_page = MeetingsPage(ops)
    qtbot.addWidget(meeting_page)
    meeting_page.show()
    meeting_page.set_visit(visit_id)
    meeting = meeting_page.current
    assert meeting is not None and meeting.attendee_ids
    attendee = next(
        p for p in ops.read(lambda uow: visit_participants(uow, visit_id)) if p.id in meeting.attendee_ids
    )
    host = next(
        p for p in ops.read(lambda uow: visit_participants(uow, visit_id)) if p.id == item.responsible_host_id
    )
    # namesakes of the host (first in the list: rank 1) and of an attendee, who attend nothing: the same
    # name in every language (the pickers name people in the interface language)
    host_twin = participants.add_participant(
        UnitOfWork(db.sessions),
        visit_id,
        {"full_name": host.full_name, "name_i18n": host.name_i18n, "side": "host", "protocol_rank": 1},
    ).id
    attendee_twin = participants.add_participant(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "full_name": attendee.full_name,
            "name_i18n": attendee.name_i18n,
            "side": attendee.side,
            "protocol_rank": 1,
        },
    ).id
    people = ops.read(lambda uow: visit_participants(uow, visit_id))
    sites = ops.read(lambda uow: list_sites(uow))
    dialog = ItemDialog(zone("Asia/Atyrau"), sites, people, item)
    qtbot.addWidget(dialog)
    assert dialog.host.currentData() == item.responsible_host_id != host_twin
    assert "responsible_host_id" not in dialog.changed_values()  # opening and saving changes nothing
    # the two hosts of one name read apart in the picker
    hosts = [dialog.host.itemText(n) for n in range(dialog.host.count())]
    shown = host.name_i18n.get("en") or host.full_name
    twins = [text for text in hosts if text.startswith(shown)]
    assert len(twins) == 2 and len(set(twins)) == 2  # the new one has no position: the other shows theirs

    checked: list[int] = []

    def look(box: QDialog) -> None:
        listed = box.findChild(QListWidget)
        checked.extend(
            listed.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(listed.count())
            if listed.item(n).checkState() == Qt.CheckState.Checked
        )
        box.reject()

    problems = when_dialog_opens(look)
    meeting_page.change_attendees()
    assert not problems
    assert set(checked) == set(meeting.attendee_ids) and attendee_twin not in checked
    ops.shutdown()
