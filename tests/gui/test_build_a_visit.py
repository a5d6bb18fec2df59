"""A visit built from nothing through the window, as a new protocol officer would: the New visit dialog,
the visit's names in Kazakh, sites with Russian opening hours, namesakes, two groups, sites dragged from
the list onto the timeline, a meeting with an outcome and an action item; then its programme printed in
Kazakh carries no Russian line.

Every step opens the dialog through the window's menus and toolbars, fills its widgets and presses OK;
nothing is written through a service. Modal dialogs are driven with ``when_dialog_opens``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QEvent, QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, Meeting, Outcome, Participant, Visit
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import Messages, child, when_dialog_opens
from tests.gui.test_main_window import find_action
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.common import select_ids

FIRST_DAY, LAST_DAY = date(2027, 5, 11), date(2027, 5, 12)  # a Tuesday and a Wednesday
HOURS = "Пн-Пт 9:00-18:00"
GOVERNOR = "Бабушкин Игорь Юрьевич"  # a guest and a host of one name

# what the officer types in Russian, and its Kazakh form
VISIT = {
    "title": (
        "Визит делегации Астраханской области: объединённые проекты",
        "Астрахан облысы делегациясының сапары",
    ),
    "delegation_name": ("Делегация Астраханской области", "Астрахан облысының делегациясы"),
    "home_region": ("Астраханская область", "Астрахан облысы"),
    "host_region": ("Атырауская область", "Атырау облысы"),
    "host_organisation": ("Акимат Атырауской области", "Атырау облысының әкімдігі"),
}
SITES = [
    # name, category, address (each in ru and kk), usual minutes
    (
        ("Музей истории и этнографии", "Тарих және этнография мұражайы"),
        ("музей", "мұражай"),
        ("ул. Сатпаева, 1", "Сәтбаев көшесі, 1"),
        60,
    ),
    (
        ("Технопарк «Объединённые технологии» & Co", "«Біріккен технологиялар» технопаркі & Co"),
        ("производство", "өндіріс"),
        ("пр. Азаттык, 44", "Азаттық даңғылы, 44"),
        90,
    ),
    (
        ("Здание акимата", "Әкімдік ғимараты"),
        ("администрация", "әкімшілік"),
        ("пл. Исатай-Махамбет, 1", "Исатай-Махамбет алаңы, 1"),
        60,
    ),
]
PEOPLE = [
    # name (ru, kk), side, position (ru, kk), organisation (ru, kk)
    (
        (GOVERNOR, GOVERNOR),
        "guest",
        ("Губернатор Астраханской области", "Астрахан облысының губернаторы"),
        ("Правительство Астраханской области", "Астрахан облысының үкіметі"),
    ),
    (
        ("Щербакова Алёна Эдуардовна", "Щербакова Алёна Эдуардовна"),  # a name reads the same in Kazakh
        "guest",
        ("Министр экономического развития", "Экономикалық даму министрі"),
        ("Правительство Астраханской области", "Астрахан облысының үкіметі"),
    ),
    (
        ("Дауылбаев Серік Болатұлы", "Дауылбаев Серік Болатұлы"),
        "host",
        ("Аким Атырауской области", "Атырау облысының әкімі"),
        ("Акимат Атырауской области", "Атырау облысының әкімдігі"),
    ),
    (
        (GOVERNOR, GOVERNOR),
        "host",
        ("Аким Жылыойского района", "Жылыой ауданының әкімі"),
        ("Акимат Жылыойского района", "Жылыой ауданының әкімдігі"),
    ),
]
GROUPS = [
    ("Деловая часть", "Іскерлік бөлім"),
    ("Пресса и съёмочная группа", "Баспасөз және түсірілім тобы"),
]
MEETING = ("Переговоры с акимом: объединённый штаб", "Әкіммен келіссөздер: біріккен штаб")
# Cyrillic letters a Kazakh text has and a Russian one has not; and letters of Russian words that Kazakh
# words of its own stock do not use
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
RUSSIAN_LETTERS = set("эъщёЭЪЩЁ")


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks takes Latin-1 only: Cyrillic aborts it)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _kazakh_line(dialog: QDialog, field: str) -> QLineEdit:
    """The Kazakh line of one name under the dialog's "Names in other languages…"."""
    group = child(dialog, QGroupBox, f"translations_{field}")
    line: QLineEdit = child(group, QLineEdit, "translation_kk")
    return line


def _open_translations(dialog: QDialog) -> None:
    toggle = child(dialog, QToolButton, "translations_toggle")
    if not toggle.isChecked():
        toggle.click()


def _through_dialog(act: Callable[[QDialog], None], opener: Callable[[], Any]) -> None:
    """Open a dialog with ``opener`` (a menu or toolbar action), let ``act`` fill it; fail on any problem,
    or if the dialog refused what was typed (it stays open and shows why beside the field)."""
    refused: list[str] = []
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        act(dialog)
        if dialog.isVisible():
            form = getattr(dialog, "form", None)
            errors = [label.text() for label in getattr(form, "errors", {}).values() if label.text()]
            refused.append(f"{dialog.windowTitle()}: {errors}")
            dialog.reject()

    problems = when_dialog_opens(fill)
    opener()
    assert problems == [] and refused == [] and len(seen) == 1, (problems, refused, seen)


def _answer_input(text: str) -> Callable[[QDialog], None]:
    """Type or choose ``text`` in a QInputDialog (a name, or an entry of its list) and press OK."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        if dialog.comboBoxItems():
            assert text in dialog.comboBoxItems() or dialog.isComboBoxEditable(), dialog.comboBoxItems()
        dialog.setTextValue(text)
        dialog.accept()

    return answer


def _choose_site_to_place(text: str) -> Callable[[QDialog], None]:
    """Type a site's label into the sites-to-place dialog's searchable picker and press OK."""

    def answer(dialog: QDialog) -> None:
        picker = dialog.findChild(QComboBox, "to_place_site")
        assert picker is not None and picker.findText(text) >= 0, text
        picker.setEditText(text)
        picker.lineEdit().editingFinished.emit()
        assert picker.currentText() == text
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return answer


def _pdf_lines(path: Path) -> list[str]:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _flat(lines: list[str]) -> str:
    """The document's text in one line: hyphenated breaks joined, runs of spaces made one."""
    text = "\n".join(lines).replace("\u00ad", "")
    text = re.sub(r"-\n(?=\w)", "", text)
    return re.sub(r"\s+", " ", text)


def test_a_visit_built_in_the_window_prints_its_programme_in_kazakh_without_a_russian_line(
    qtbot: QtBot, ops: Operations, db: Database, tmp_path: Path, no_blocking_dialogs: Messages
) -> None:
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.visit_id is None

    # ---- File ▸ New visit…: the details
    def details(dialog: QDialog) -> None:
        d: Any = dialog
        fields = d.form.fields
        _type(d.title_edit, VISIT["title"][0])
        d.start_edit.setDate(QDate(2027, 5, 11))  # the last day follows the first
        d.end_edit.setDate(QDate(2027, 5, 12))
        d.delegation_edit.setText(VISIT["delegation_name"][0])
        fields["home_region"].setText(VISIT["home_region"][0])
        d.home_zone.set_value("Europe/Astrakhan")
        fields["host_region"].setText(VISIT["host_region"][0])
        fields["host_organisation"].setText(VISIT["host_organisation"][0])
        d.host_zone.set_value("Asia/Atyrau")
        d.purpose_edit.setPlainText("Торгово-экономическое сотрудничество")
        _ok(dialog)

    _through_dialog(details, find_action(window, "New visit…").trigger)
    visit_id = window.visit_id
    assert visit_id is not None
    assert window.current_visit() is not None and window.current_visit().title == VISIT["title"][0]  # type: ignore[union-attr]

    # ---- Visit ▸ Names in other languages…: the visit's names in Kazakh
    def visit_names(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        for field, (_ru, kk) in VISIT.items():
            holder = fields[f"{field}_i18n"]
            edits = {e.objectName(): e for e in holder.findChildren(QLineEdit)}
            edits["translation_kk"].setText(kk)
        _ok(dialog)

    _through_dialog(visit_names, find_action(window, "Names in other languages…").trigger)

    # ---- Sites: three sites, their opening hours typed in Russian, their names in Kazakh
    window.tabs.setCurrentWidget(window.sites)
    for name, category, address, minutes in SITES:

        def site(
            dialog: QDialog,
            name: Any = name,
            category: Any = category,
            address: Any = address,
            minutes: int = minutes,
        ) -> None:
            fields = dialog.form.fields  # type: ignore[attr-defined]
            fields["name"].setText(name[0])
            fields["category"].setText(category[0])
            fields["address"].setText(address[0])
            _type(fields["opening_hours"], HOURS)
            fields["usual_duration_min"].setValue(minutes)
            _open_translations(dialog)
            for field, value in (("name_i18n", name), ("category_i18n", category), ("address_i18n", address)):
                _kazakh_line(dialog, field).setText(value[1])
            _ok(dialog)

        _through_dialog(site, find_action(window.sites, "Add site").trigger)
    sites = {row.name: row for row in window.sites.model.rows()}
    assert set(sites) == {s[0][0] for s in SITES}
    museum = sites[SITES[0][0][0]]
    assert museum.opening_hours == "Mo-Fr 9:00-18:00"  # typed in Russian, stored in one syntax

    # ---- Participants: two guests and two hosts, two of them namesakes
    window.tabs.setCurrentWidget(window.participants)
    people_page = window.participants
    for name, side, title, organisation in PEOPLE:

        def person(
            dialog: QDialog,
            name: Any = name,
            side: str = side,
            title: Any = title,
            organisation: Any = organisation,
        ) -> None:
            fields = dialog.form.fields  # type: ignore[attr-defined]
            fields["full_name"].setText(name[0])
            fields["side"].setCurrentIndex(fields["side"].findData(side))
            fields["title"].setText(title[0])
            fields["organisation"].setText(organisation[0])
            _open_translations(dialog)
            for field, value in (
                ("name_i18n", name),
                ("title_i18n", title),
                ("organisation_i18n", organisation),
            ):
                _kazakh_line(dialog, field).setText(value[1])
            _ok(dialog)

        _through_dialog(person, find_action(people_page, "Add participant").trigger)
    rows = people_page.model.rows()
    assert len(rows) == 4
    namesakes = [r for r in rows if r.full_name == GOVERNOR]
    assert sorted(r.side for r in namesakes) == ["guest", "host"]
    by_title = {r.title: r for r in rows}
    guest_governor = by_title[PEOPLE[0][2][0]]
    minister = by_title[PEOPLE[1][2][0]]
    akim = by_title[PEOPLE[2][2][0]]
    host_governor = by_title[PEOPLE[3][2][0]]

    # ---- Groups…: two groups, each named in Kazakh; people chosen together and added to each
    def make_groups(dialog: QDialog) -> None:
        d: Any = dialog
        for name, kk in GROUPS:
            inner = when_dialog_opens(_answer_input(name))
            d.add_button.click()
            assert inner == []
            group = next(r for r in d.model.rows() if r.name == name)
            select_ids(d.table, {group.id})

            def kazakh(form: QDialog, kk: str = kk) -> None:
                _kazakh_line(form, "name_i18n").setText(kk)
                _ok(form)

            inner = when_dialog_opens(kazakh)
            d.rename_button.click()
            assert inner == []
        assert [r.name for r in d.model.rows()] == [name for name, _ in GROUPS]
        dialog.reject()  # Close

    problems = when_dialog_opens(make_groups)
    find_action(people_page, "Groups…").trigger()
    assert problems == []
    # the Kazakh name is one undo step of its own
    stack = ops.undo_stack
    assert stack.undoText() == f"Rename group “{GROUPS[1][0]}”"
    stack.undo()
    assert {g.name: g.name_i18n for g in people_page._groups()}[GROUPS[1][0]] == {}
    stack.redo()
    for (group_name, _), members in zip(GROUPS, [(guest_governor, minister), (minister,)], strict=True):
        select_ids(people_page.table, {p.id for p in members})
        problems = when_dialog_opens(_answer_input(group_name))
        find_action(people_page, "Add to group…").trigger()
        assert problems == []
    groups = {g.name: g for g in people_page._groups()}
    assert set(groups[GROUPS[0][0]].member_ids) == {guest_governor.id, minister.id}
    assert groups[GROUPS[1][0]].name_i18n == {"kk": GROUPS[1][1]}

    # ---- Itinerary: the two sites put on the list beside the timeline, then dragged onto the first day
    window.tabs.setCurrentWidget(window.itinerary)
    page = window.itinerary
    panel = page.to_place
    timeline = page.timeline
    site_labels = {
        sites[name[0]].id: f"{name[0]} — {address[0]}" for (name, _category, address, _minutes) in SITES
    }
    for site_id in (sites[SITES[0][0][0]].id, sites[SITES[1][0][0]].id):
        problems = when_dialog_opens(_choose_site_to_place(site_labels[site_id]))
        panel.add_action.trigger()
        assert problems == []
    assert panel.title.text() == "To place: 2"

    placed: list[int] = []
    for hour, group_name in ((10, GROUPS[0][0]), (12, GROUPS[1][0])):
        # the first entry of the list, picked and dragged: what the list hands to a drag, and the drag's
        # way through the timeline (enter, move, drop) at that hour of the first day
        panel.list.setCurrentIndex(panel.model.index(0, 0))
        mime = panel.model.mimeData(panel.list.selectedIndexes())
        at = datetime(2027, 5, 11, hour, 0, tzinfo=timeline.tz)
        point = QPointF(timeline.timeline_layout.day_x[0][0] + 20, timeline.y_of(at) + 1)
        before = set(timeline.rows)
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        move = Qt.DropAction.MoveAction
        enter = QDragEnterEvent(point.toPoint(), move, mime, buttons, keys)
        QApplication.sendEvent(timeline, enter)
        assert enter.isAccepted()
        over = QDragMoveEvent(point.toPoint(), move, mime, buttons, keys)
        QApplication.sendEvent(timeline, over)
        assert over.isAccepted()
        QApplication.sendEvent(timeline, QDropEvent(point, move, mime, buttons, keys))
        new = set(timeline.rows) - before
        assert len(new) == 1
        item_id = new.pop()
        placed.append(item_id)
        assert timeline.rows[item_id].starts_at.astimezone(timeline.tz) == at

        # the item clicked on the timeline, then Assign to group…
        rect = timeline.item_rect(item_id)
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert page.selected_ids() == [item_id]
        problems = when_dialog_opens(_answer_input(group_name))
        page.assign_action.trigger()
        assert problems == []
        assert timeline.rows[item_id].groups == (group_name,)
    assert panel.model.rowCount() == 0
    assert [timeline.rows[i].minutes for i in placed] == [SITES[0][3], SITES[1][3]]

    # ---- Add item: the talks, at the akimat, the two namesakes attending, the host one responsible
    town_hall = sites[SITES[2][0][0]]

    def talks(dialog: QDialog) -> None:
        d: Any = dialog
        d.kind.setCurrentIndex(d.kind.findData("meeting"))
        d.title.setText(MEETING[0])
        _open_translations(dialog)
        _kazakh_line(dialog, "title_i18n").setText(MEETING[1])
        d.site.setCurrentIndex(d.site.findData(town_hall.id))
        d.starts.setDateTime(QDateTime(QDate(2027, 5, 11), QTime(15, 0)))
        d.ends.setDateTime(QDateTime(QDate(2027, 5, 11), QTime(16, 0)))
        d.host.setCurrentIndex(d.host.findData(host_governor.id))
        attendees: QListWidget = child(dialog, QListWidget, "item_attendees")
        for n in range(attendees.count()):
            entry = attendees.item(n)
            if entry.data(Qt.ItemDataRole.UserRole) in {guest_governor.id, host_governor.id, akim.id}:
                entry.setCheckState(Qt.CheckState.Checked)
        _ok(dialog)

    before = set(timeline.rows)
    _through_dialog(talks, page.add_action.trigger)
    (talks_id,) = set(timeline.rows) - before
    assert timeline.rows[talks_id].title_i18n == {"kk": MEETING[1]}

    # ---- Meetings: the talks are listed already (an item of kind meeting needs no "New meeting…"); an
    # outcome, which starts its record, and an action item under it
    window.tabs.setCurrentWidget(window.meetings)
    meetings = window.meetings
    assert meetings.model.rowCount() == 1
    assert meetings.current is not None and meetings.current.item_id == talks_id
    assert not meetings.current.recorded

    def outcome(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        fields["topic"].setText("Логистика")
        fields["text"].setPlainText("Открыть объединённый логистический центр & склад")
        _ok(dialog)

    _through_dialog(outcome, find_action(meetings, "Add outcome").trigger)
    top = meetings.tree.topLevelItem(0)
    assert top is not None and "Логистика" in top.text(0)
    # the officer clicks the outcome, then adds the task that follows from it
    rect = meetings.tree.visualItemRect(top)
    qtbot.mouseClick(meetings.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def task(dialog: QDialog) -> None:
        fields = dialog.form.fields  # type: ignore[attr-defined]
        assert fields["outcome_id"].currentData() is not None  # the outcome clicked is the one offered
        fields["description"].setPlainText("Подготовить проект соглашения")
        fields["owner_id"].setCurrentIndex(fields["owner_id"].findData(minister.id))
        fields["due_date"].setDate(QDate(2027, 6, 30))
        _ok(dialog)

    _through_dialog(task, find_action(meetings, "Add action item").trigger)
    top = meetings.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 1
    assert top.child(0).text(0) == "Подготовить проект соглашения"

    with UnitOfWork(db.sessions) as uow:
        s = uow.session
        visit = s.get(Visit, visit_id)
        assert visit is not None and visit.title_i18n == {"kk": VISIT["title"][1]}
        assert len(s.scalars(select(Participant).where(Participant.visit_id == visit_id)).all()) == 4
        meeting = s.scalars(select(Meeting)).one()
        (found,) = s.scalars(select(Outcome).where(Outcome.meeting_id == meeting.id)).all()
        (chore,) = s.scalars(select(ActionItem)).all()
        assert chore.outcome_id == found.id and chore.owner_id == minister.id
        assert chore.due_date == date(2027, 6, 30)

    # ---- File ▸ Print…: the programme in Kazakh, saved as PDF; and in Russian to compare
    find_action(window, "Print…").trigger()
    printing = window.printing
    assert window.tabs.currentWidget() is printing
    printing.kind.setCurrentIndex(printing.kind.findData("programme"))
    paths = {}
    for lang in ("kk", "ru"):
        printing.language.setCurrentIndex(printing.language.findData(lang))
        paths[lang] = tmp_path / f"programme-{lang}.pdf"
        no_blocking_dialogs.save_path = str(paths[lang])
        printing.save_button.click()
        assert paths[lang].exists(), printing.status.text()
    kazakh, russian = _pdf_lines(paths["kk"]), _pdf_lines(paths["ru"])

    # the Kazakh names are there: the visit, its host, every site, both groups, the talks
    flat = _flat(kazakh)
    expected = [kk for _ru, kk in VISIT.values() if kk]
    expected += [name[1] for name, *_ in SITES] + [address[1] for _n, _c, address, _m in SITES]
    expected += [kk for _ru, kk in GROUPS] + [MEETING[1]]
    assert [text for text in expected if text not in flat] == []
    # the namesakes print apart, each with their Kazakh position
    assert PEOPLE[0][2][1] in flat and PEOPLE[3][2][1] in flat

    # no Russian text the officer typed prints where its Kazakh form was given
    typed = [(ru, kk) for ru, kk in VISIT.values()]
    typed += [pair for site in SITES for pair in site[:3]]
    typed += [pair for person in PEOPLE for pair in (person[0], person[2], person[3])]
    typed += [*GROUPS, MEETING]
    same_in_both = {ru for ru, kk in typed if ru == kk}
    assert [ru for ru, kk in typed if ru != kk and ru in flat] == []

    # no line of the Kazakh programme is Russian: none has the letters of Russian words without a
    # Kazakh letter (unless the officer typed it so), and none is a line of the Russian programme
    def russian_only(line: str) -> bool:
        letters = set(line)
        return bool(letters & RUSSIAN_LETTERS) and not letters & KAZAKH_LETTERS

    allowed = {line for line in kazakh if any(name in line for name in same_in_both)}
    assert [line for line in kazakh if russian_only(line) and line not in allowed] == []
    cyrillic = re.compile(r"[А-Яа-яЁё]{3,}")
    same_words = {"Делегация"}  # the Kazakh catalogue's word for it is the Russian one

    def typed_so(line: str) -> bool:
        # a name the officer gave the same in both languages, whole or a piece of it cut at a line's end;
        # a list of such names may wrap as the end of one and the start of the next ("Болатұлы, Бабушкин")
        pieces = [p.strip() for p in line.rstrip("-").split(",") if p.strip()]
        return (
            line in same_words
            or any(line.rstrip("-") in name or name in line for name in same_in_both)
            or all(any(piece in name for name in same_in_both) for piece in pieces)
        )

    shared = [
        line for line in kazakh if cyrillic.search(line) and line in set(russian) and not typed_so(line)
    ]
    assert shared == []


def test_a_page_chosen_in_the_view_menu_takes_the_keyboard_so_ins_adds_there(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """After Ctrl+3 the keyboard is in the Sites page, where its Ins (add), Enter and Del act: they are
    shortcuts of the page's own widgets (WidgetWithChildrenShortcut). The walkthrough under X found Ins
    doing nothing after Ctrl+3: the keyboard had stayed in the visit list. (Offscreen windows are never
    active, so the shortcut itself cannot fire here; where the keyboard goes is what decides it.)"""
    from PySide6.QtGui import QKeySequence

    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        add = find_action(window.sites, "Add site")
        assert add.shortcut() == QKeySequence("Ins")
        assert add.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for title, page in (("Sites", window.sites), ("Itinerary", window.itinerary)):
            window.search.setFocus()  # where the keyboard is at start-up
            find_action(window, title).trigger()
            focus = window.focusWidget()
            assert focus is not None and (focus is page or page.isAncestorOf(focus)), title
    finally:
        ops.shutdown()
