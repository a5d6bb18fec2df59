"""Data names on screens in the interface language: each its translation when it has one, else as typed
(the sample visit is typed in Russian and keeps English and Kazakh translations)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import Delegation, Group, ItineraryItem, Participant
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.itinerary_page import ItineraryPage
from ui.views.live_page import LiveWindow
from ui.views.meetings_page import MeetingsPage

OFFICIAL = {"en": "Official delegation", "kk": "Ресми делегация"}
BUSINESS = "Деловая делегация"  # its translations are removed below: shown as typed
NARROW = {
    "en": "Meeting of Akim S. Shapkenov and Governor I. Babushkin in a narrow format",
    "kk": "Атырау облысының әкімі С. Ж. Шапкенов пен Астрахан облысының губернаторы И. Ю. Бабушкиннің "
    "шағын құрамдағы кездесуі",
}
BABUSHKIN = {"en": "Igor Babushkin", "kk": "Бабушкин Игорь Юрьевич"}
SHAPKENOV = {"en": "Serik Shapkenov", "kk": "Шәпкенов Серік Жұмағалиұлы"}
# translations removed below: shown as typed
ROUND_TABLE = "Круглый стол деловых кругов Астраханской и Атырауской областей"
DZHUMALIEVA = "Джумалиева Алия Серикбаевна"
VISIT = {
    "en": "Visit of the Astrakhan Region delegation to Atyrau Region",
    "kk": "Астрахан облысы делегациясының Атырау облысына сапары",
}
VISIT_RU = "Визит делегации Астраханской области в Атыраускую область"
DELEGATION = "Делегация Астраханской области во главе с Губернатором И. Ю. Бабушкиным"  # untranslated below
# 11:00 on the sample's first day in Atyrau (UTC+5)
ELEVEN = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)


pytestmark = pytest.mark.parametrize("language", ["en", "kk"], indirect=True)


@pytest.fixture
def sample_ops(sample_db: tuple[Database, int]) -> Iterator[tuple[Operations, Database, int]]:
    db, visit_id = sample_db
    with db.sessions.begin() as s:
        business = s.scalars(select(Group).where(Group.visit_id == visit_id, Group.name == BUSINESS)).one()
        business.name_i18n = {}
        s.scalars(select(ItineraryItem).where(ItineraryItem.title == ROUND_TABLE)).one().title_i18n = {}
        s.scalars(select(Participant).where(Participant.full_name == DZHUMALIEVA)).one().name_i18n = {}
        s.scalars(select(Delegation).where(Delegation.name == DELEGATION)).one().name_i18n = {}
    ops = Operations(db)
    yield ops, db, visit_id
    ops.shutdown()


def test_timeline_lanes_are_labelled_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    page = ItineraryPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    labels = page.timeline.lane_labels()
    assert labels and all(OFFICIAL[language] in day and BUSINESS in day for day in labels)
    assert not any("Официальная делегация" in day for day in labels)
    # the items still sit in their group's lane (lanes are matched by the names as typed)
    layout = page.timeline.timeline_layout
    theirs = [r for r in layout.rows.values() if r.groups == ("Официальная делегация",)]
    assert theirs and all(layout.lane_of(r) == 0 for r in theirs)
    filters = [page.show_filter.itemText(n) for n in range(page.show_filter.count())]
    assert any(OFFICIAL[language] in text for text in filters)


def test_today_window_lanes_are_named_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    window = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith(VISIT[language]) and VISIT_RU not in window.windowTitle()
    assert f"<b>{VISIT[language]}</b>" in window.day_label.text()
    names = [c.lane.name for c in window.cards if c.lane is not None]
    assert OFFICIAL[language] in names and BUSINESS in names
    assert [c.name.text() for c in window.cards] == names
    official = next(c.lane for c in window.cards if c.lane is not None and c.lane.name == OFFICIAL[language])
    assert official.current is not None or official.following is not None  # its items found by name
    assert all(OFFICIAL[language] in day and BUSINESS in day for day in window.timeline.lane_labels())


def test_meetings_list_and_heading_name_the_meeting_and_people_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    page = MeetingsPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    proxy = page.table.model()
    listed = [proxy.index(n, 1).data() for n in range(proxy.rowCount())]
    assert NARROW[language] in listed and ROUND_TABLE in listed
    assert not any("Переговоры" in text for text in listed)
    page.table.selectRow(listed.index(NARROW[language]))
    assert page.heading.text().startswith(f"{NARROW[language]} — ")
    assert BABUSHKIN[language] in page.guests.text() and DZHUMALIEVA in page.guests.text()
    assert SHAPKENOV[language] in page.hosts.text()
    owners = [
        page.tree.topLevelItem(0).child(n).text(1) for n in range(page.tree.topLevelItem(0).childCount())
    ]
    assert owners == [{"en": "Pavel Kuznetsov", "kk": "Кузнецов Павел Игоревич"}[language]]
    page.table.selectRow(listed.index(ROUND_TABLE))
    assert page.heading.text().startswith(f"{ROUND_TABLE} — ")


def test_visit_list_status_bar_and_title_bar_name_the_visit_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    table = window.visit_list.table
    assert table.model().index(0, 0).data() == f"{VISIT[language]}\n{DELEGATION}"
    assert window.status_visit.text().startswith(f"{VISIT[language]} — ")
    assert VISIT[language] in window.windowTitle() and VISIT_RU not in window.windowTitle()
    # searched by the name shown as well as by the name typed
    for words in (VISIT[language].split()[-1], "Астраханской"):
        window.visit_list.filter.text = words
        window.visit_list.filter.invalidate()
        assert table.model().rowCount() == 1


AKIMAT = {"en": "Akimat of Atyrau Region", "kk": "Атырау облысының әкімдігі"}
AKIMAT_RU = "Акимат Атырауской области"
AKIMAT_ADDRESS = {"en": "77 Aiteke Bi St, Atyrau", "kk": "Атырау қ., Әйтеке би к-сі, 77"}


def test_sites_page_site_pickers_and_groups_dialog_name_sites_and_groups_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    """Walkthrough: on an English screen the Sites page, every site picker and the Groups dialog listed
    the sample's sites and groups as typed, in Russian, and typing the English name found nothing."""
    from planner.persistence.uow import UnitOfWork
    from planner.queries.sites import list_sites
    from ui.models.value_labels import in_alphabetical_order
    from ui.views.groups_page import GroupsDialog
    from ui.views.item_dialog import ItemDialog
    from ui.views.sites_page import SitesPage

    ops, db, visit_id = sample_ops
    page = SitesPage(ops)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    page.refresh()
    proxy = page.table.model()
    names = [proxy.index(n, 0).data() for n in range(proxy.rowCount())]
    assert AKIMAT[language] in names and AKIMAT_RU not in names
    assert names == in_alphabetical_order(names, str)  # by the names shown, not as the database has them
    row = names.index(AKIMAT[language])
    assert proxy.index(row, 2).data() == AKIMAT_ADDRESS[language]
    assert proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == AKIMAT_RU  # as typed, on hover
    page.search.setText(AKIMAT[language].split()[-2])
    assert AKIMAT[language] in [proxy.index(n, 0).data() for n in range(proxy.rowCount())]
    # found by its name as typed (Russian) on this screen too, as the pickers take it
    page.search.setText(AKIMAT_RU.split()[0])
    assert [proxy.index(n, 0).data() for n in range(proxy.rowCount())] == [AKIMAT[language]]
    page.search.setText("")

    with UnitOfWork(db.sessions) as uow:
        sites = list_sites(uow)
    tz = ZoneInfo("Asia/Atyrau")
    dialog = ItemDialog(tz, sites, [], None, datetime(2023, 5, 11, 10, 0, tzinfo=tz))
    qtbot.addWidget(dialog)
    listed = [dialog.site.itemText(n) for n in range(dialog.site.count())]
    assert f"{AKIMAT[language]} — {AKIMAT_ADDRESS[language]}" in listed
    assert listed[1:] == in_alphabetical_order(listed[1:], str)  # after "(none)"
    assert not any(text.startswith(AKIMAT_RU) for text in listed)

    groups = GroupsDialog(ops, visit_id)
    qtbot.addWidget(groups)
    shown = [groups.table.model().index(n, 0).data() for n in range(groups.table.model().rowCount())]
    assert OFFICIAL[language] in shown and BUSINESS in shown  # the second has no translation left


GOVERNOR_TITLE = {"en": "Governor of Astrakhan Region", "kk": "Астрахан облысының губернаторы"}


def test_participants_page_and_the_item_editor_name_people_and_groups_in_the_interface_language(
    qtbot: QtBot, language: str, sample_ops: tuple[Operations, Database, int]
) -> None:
    """Walkthrough: the Participants page, the item editor's attendees and groups, and every person
    picker listed the sample's people by their names, positions and organisations as typed, in
    Russian, on English and Kazakh screens, while the Meetings page named them in the interface
    language. Found by either name."""
    from planner.persistence.uow import UnitOfWork
    from planner.queries.groups import visit_groups
    from planner.queries.participants import visit_participants
    from planner.queries.sites import list_sites
    from ui.views.item_dialog import ItemDialog
    from ui.views.participants_page import ParticipantsPage

    ops, db, visit_id = sample_ops
    page = ParticipantsPage(ops)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    page.refresh()
    model = page.model
    row = next(n for n, r in enumerate(model.rows()) if r.full_name == "Бабушкин Игорь Юрьевич")
    assert model.index(row, model.NAME).data() == BABUSHKIN[language]
    assert model.index(row, model.TITLE).data().startswith(GOVERNOR_TITLE[language])
    typed = "Бабушкин Игорь Юрьевич"  # on hover where the name shown differs
    assert model.index(row, model.NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        typed if BABUSHKIN[language] != typed else ""
    )
    assert OFFICIAL[language] in model.index(row, model.GROUPS).data()
    for words in (BABUSHKIN[language].split()[0], "Бабушкин"):
        page.search.setText(words)
        assert not page.table.isRowHidden(row)

    with UnitOfWork(db.sessions) as uow:
        sites, people = list_sites(uow), visit_participants(uow, visit_id)
        groups = visit_groups(uow, visit_id, language)
    item = ItemDialog(
        ZoneInfo("Asia/Atyrau"), sites, people, None, datetime(2023, 5, 11, 10, 0), groups=groups
    )
    qtbot.addWidget(item)
    attendees = [item.attendees.item(n).text() for n in range(item.attendees.count())]
    assert any(text.startswith(BABUSHKIN[language]) for text in attendees)
    assert language == "kk" or not any(text.startswith("Бабушкин") for text in attendees)
    listed = [item.groups.item(n).text() for n in range(item.groups.count())]
    assert OFFICIAL[language] in listed and BUSINESS in listed
