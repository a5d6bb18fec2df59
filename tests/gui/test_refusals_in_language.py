"""A refused save says why in the interface language: beside the field, or in the message box.

Each dialog kind is filled in wrongly, its OK pressed, and the reason the real service gave is read back
the way an officer sees it, in Russian and in Kazakh; nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from planner.persistence.db import Database
from planner.persistence.tables import (
    ActionItem,
    Group,
    ItineraryItem,
    Outcome,
    Participant,
    SignedDocument,
    Site,
    Vehicle,
    Visit,
)
from planner.persistence.uow import UnitOfWork
from planner.services import (
    groups,
    itinerary,
    meetings,
    participants,
    signed_documents,
    sites,
    vehicles,
    visit_admin,
    visit_details,
)
from tests.gui.conftest import Messages
from ui.operations import Operations
from ui.views.editors import (
    action_item_dialog,
    document_dialog,
    outcome_dialog,
    participant_dialog,
    site_dialog,
    vehicle_dialog,
)
from ui.views.forms import FormDialog
from ui.views.item_dialog import ItemDialog
from ui.views.visit_dialog import visit_dialog

TZ = ZoneInfo("Asia/Atyrau")


pytestmark = pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)


@pytest.fixture
def visit(db: Database) -> dict[str, int]:
    """A visit with a participant, an item with a meeting and an outcome, a vehicle and a group."""
    uow = lambda: UnitOfWork(db.sessions)  # noqa: E731
    visit_id = visit_admin.create_visit(
        uow(),
        {
            "title": "Визит «Каспий & Co»",
            "delegation_name": "Астраханская область",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    participants.add_participant(uow(), visit_id, {"full_name": "Игорь Бабушкин", "side": "guest"})
    starts = datetime(2023, 5, 11, 10, 0, tzinfo=TZ)
    hour = {"starts_at": starts, "ends_at": starts + timedelta(hours=1)}
    item_id = itinerary.add_item(uow(), visit_id, {"kind": "meeting", "title": "Переговоры", **hour}).id
    meeting_id = meetings.create_meeting(uow(), item_id).id
    outcome_id = meetings.add_outcome(uow(), meeting_id, {"text": "Обмен выставками"}).id
    vehicles.add_vehicle(uow(), visit_id, {"label": "Машина 1"})
    groups.add_group(uow(), visit_id, "Әкімдік")
    return {"visit": visit_id, "meeting": meeting_id, "outcome": outcome_id}


def _count(db: Database, model: Any) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def _refused(qtbot: QtBot, dialog: FormDialog, fill: Callable[[dict[str, Any]], None]) -> FormDialog:
    qtbot.addWidget(dialog)
    fill(dialog.form.fields)
    dialog.try_accept()
    assert dialog.result() != FormDialog.DialogCode.Accepted  # refused: the dialog stays with the reason
    return dialog


SAID: dict[str, dict[str, str]] = {
    "required": {"ru": "Это поле нужно заполнить", "kk": "Бұл өрісті толтыру керек"},
    "email": {
        "ru": "«governor@astrakhan» — не адрес эл. почты (нужен вид name@example.org)",
        "kk": "«governor@astrakhan» — эл. пошта мекенжайы емес (name@example.org түрінде жазыңыз)",
    },
    "coordinates": {
        "ru": "Укажите обе координаты или ни одной",
        "kk": "Екі координатаны да көрсетіңіз немесе екеуін де бос қалдырыңыз",
    },
    "end": {"ru": "Окончание должно быть позже начала", "kk": "Аяқталуы басталуынан кейін болуы керек"},
    "outcome": {"ru": "Итог не должен быть пустым", "kk": "Қорытынды бос болмауы керек"},
    "task": {"ru": "Поручение не должно быть пустым", "kk": "Тапсырма бос болмауы керек"},
    "term": {"ru": "Окончание раньше начала", "kk": "Аяқталуы басталуынан ерте"},
    "vehicle": {
        "ru": "В этом визите уже есть транспорт «Машина 1»",
        "kk": "Бұл сапарда «Машина 1» көлігі бұрыннан бар",
    },
    "group": {
        "ru": "name: в этом визите уже есть группа «Әкімдік»; выберите другое название",
        "kk": "name: бұл сапарда «Әкімдік» тобы бұрыннан бар; басқа атау таңдаңыз",
    },
    "departure": {"ru": "Отъезд должен быть позже прибытия", "kk": "Кетуі келуінен кейін болуы керек"},
}


def test_a_participant_without_a_name_or_with_a_bad_email(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    submit = lambda v: participants.add_participant(UnitOfWork(db.sessions), visit["visit"], v)  # noqa: E731
    dialog = _refused(
        qtbot,
        participant_dialog(submit),
        lambda f: (f["full_name"].setText(" "), f["email"].setText("governor@astrakhan")),
    )
    assert dialog.form.error_text("full_name") == SAID["required"][language]
    # the name is fixed: now the address is the one thing wrong
    dialog.form.fields["full_name"].setText("Игорь Бабушкин")  # type: ignore[attr-defined]
    dialog.try_accept()
    assert dialog.form.error_text("email") == SAID["email"][language]
    assert dialog.form.error_text("full_name") == ""
    assert _count(db, Participant) == 1


def test_a_site_with_one_coordinate(qtbot: QtBot, db: Database, language: str) -> None:
    submit = lambda v: sites.add_site(UnitOfWork(db.sessions), v)  # noqa: E731
    dialog = _refused(
        qtbot,
        site_dialog(submit),
        lambda f: (f["name"].setText("Музей «Атырау» & <архив>"), f["latitude"].setText("47.1")),
    )
    assert dialog.form.error_text("longitude") == SAID["coordinates"][language]
    assert _count(db, Site) == 0


def test_an_item_that_ends_before_it_starts(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    submit = lambda v: itinerary.add_item(UnitOfWork(db.sessions), visit["visit"], v)  # noqa: E731
    start = datetime(2023, 5, 11, 15, 0, tzinfo=TZ)
    dialog = ItemDialog(TZ, [], [], None, start, submit=submit)
    dialog.collect = dialog.values

    def fill(fields: dict[str, Any]) -> None:
        fields["title"].setText("Обед")
        fields["ends_at"].setDateTime(fields["starts_at"].dateTime().addSecs(-3600))

    _refused(qtbot, dialog, fill)
    assert dialog.form.error_text("ends_at") == SAID["end"][language]
    assert _count(db, ItineraryItem) == 1


def test_a_new_visit_without_a_title_gets_one_message(qtbot: QtBot, db: Database, language: str) -> None:
    submit = lambda v: visit_details.create_visit_with_details(UnitOfWork(db.sessions), v)  # noqa: E731
    dialog = _refused(qtbot, visit_dialog(submit), lambda f: f["title"].setText("   "))
    # the service finds two things wrong with the empty title; the officer reads one, in their language
    assert dialog.form.error_text("title") == SAID["required"][language]
    assert _count(db, Visit) == 0


def test_a_visit_that_leaves_before_it_arrives(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    with UnitOfWork(db.sessions) as uow:
        details = visit_details.visit_details(uow, visit["visit"])
    values: list[dict[str, Any]] = []

    def submit(v: dict[str, Any]) -> None:
        values.append(v)
        visit_details.change_visit_details(UnitOfWork(db.sessions), visit["visit"], v)

    dialog = visit_dialog(submit, details=details)
    qtbot.addWidget(dialog)
    arrives = datetime(2023, 5, 12, 18, 0, tzinfo=TZ)
    collect = dialog.collect
    dialog.collect = lambda: {
        **collect(),
        "arrival_at": arrives,
        "departure_at": arrives - timedelta(hours=5),
    }
    dialog.try_accept()
    assert dialog.form.error_text("departure_at") == SAID["departure"][language], values


def test_an_empty_outcome_and_an_empty_task(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    add = lambda v: meetings.add_outcome(UnitOfWork(db.sessions), visit["meeting"], v)  # noqa: E731
    dialog = _refused(qtbot, outcome_dialog(add), lambda f: f["topic"].setText("Культура"))
    assert dialog.form.error_text("text") == SAID["outcome"][language]
    task = lambda v: meetings.add_action_item(UnitOfWork(db.sessions), visit["outcome"], v)  # noqa: E731
    dialog = _refused(qtbot, action_item_dialog(task, []), lambda f: None)
    assert dialog.form.error_text("description") == SAID["task"][language]
    assert (_count(db, Outcome), _count(db, ActionItem)) == (1, 0)


def test_a_document_whose_term_ends_before_it_starts(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    add = lambda v: signed_documents.add_document(UnitOfWork(db.sessions), visit["visit"], v)  # noqa: E731

    def fill(fields: dict[str, Any]) -> None:
        fields["title"].setText("Соглашение о сотрудничестве")
        fields["term_start"].setDate(QDate(2024, 1, 1))
        fields["term_end"].setDate(QDate(2023, 1, 1))

    dialog = _refused(qtbot, document_dialog(add), fill)
    assert dialog.form.error_text("term_end") == SAID["term"][language]
    assert _count(db, SignedDocument) == 0


def test_a_vehicle_with_a_label_already_used(
    qtbot: QtBot, db: Database, visit: dict[str, int], language: str
) -> None:
    add = lambda v: vehicles.add_vehicle(UnitOfWork(db.sessions), visit["visit"], v)  # noqa: E731
    dialog = _refused(qtbot, vehicle_dialog(add), lambda f: f["label"].setText("Машина 1"))
    assert dialog.form.error_text("label") == SAID["vehicle"][language]
    assert _count(db, Vehicle) == 1


def test_a_group_named_like_another_is_refused_in_the_message_box(
    qtbot: QtBot,
    ops: Operations,
    db: Database,
    visit: dict[str, int],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    no_blocking_dialogs: Messages,
) -> None:
    from ui.views.groups_page import GroupsDialog

    dialog = GroupsDialog(ops, visit["visit"])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Әкімдік", True)))
    dialog.add_group()
    assert no_blocking_dialogs.texts() == [SAID["group"][language]]
    assert _count(db, Group) == 1


def test_too_many_passengers_are_refused_in_the_passengers_dialog(
    qtbot: QtBot, ops: Operations, db: Database, visit: dict[str, int], language: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget

    from tests.gui.conftest import when_dialog_opens
    from ui.views.transport_page import TransportPage

    host = {"full_name": "Әсел Нұрова", "side": "host"}
    participants.add_participant(UnitOfWork(db.sessions), visit["visit"], host)
    vehicles.add_vehicle(UnitOfWork(db.sessions), visit["visit"], {"label": "Мото", "seats": 1})
    page = TransportPage(ops)
    qtbot.addWidget(page)
    page.set_visit(visit["visit"])
    page.refresh_now()
    page.table.selectRow([r.label for r in page.model.rows()].index("Мото"))
    seen: list[str] = []

    def board_everyone(dialog: QDialog) -> None:
        people = dialog.findChild(QListWidget)
        for n in range(people.count()):
            people.item(n).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        dialog.reject()

    problems = when_dialog_opens(board_everyone)
    page.seating()
    assert problems == []
    said = {
        "ru": "passengers: пассажиров: 2, а в машине Мото мест: 1",
        "kk": "passengers: жолаушылар саны 2, ал Мото көлігінде 1 орын",
    }
    assert said[language] in seen
