"""The Overview page says when and where the delegation arrives and leaves, in the interface language, and
follows an edit of the stay in Visit details (and its undo)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import Messages
from tests.integration.test_documents_stay_support import AIRPORT, CHARTER, stay_visit
from tests.integration.test_documents_support import load
from ui.commands.visit_commands import EditVisitDetailsCommand
from ui.i18n import install_language
from ui.operations import Operations
from ui.views.overview_page import OverviewPage


@pytest.fixture
def visit(db: Database) -> Iterator[tuple[Operations, int]]:
    visit_id = load(UnitOfWork(db.sessions), copy.deepcopy(stay_visit()))
    ops = Operations(db)
    try:
        yield ops, visit_id
    finally:
        ops.shutdown()
        install_language("en")


def _page(qtbot: QtBot, ops: Operations, visit_id: int) -> OverviewPage:
    page = OverviewPage(ops)
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    qtbot.waitUntil(lambda: bool(page.facts["departure"].text()), timeout=5000)
    return page


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_overview_gives_the_arrival_and_departure_in_the_interface_language(
    qtbot: QtBot, visit: tuple[Operations, int], lang: str
) -> None:
    ops, visit_id = visit
    assert install_language(lang)
    page = _page(qtbot, ops, visit_id)
    assert page.facts["arrival"].text() == f"15.09.2026 10:40, {AIRPORT[lang]} ({CHARTER[lang]})"
    assert page.facts["departure"].text() == f"16.09.2026 17:30, {AIRPORT[lang]}"


def test_the_overview_follows_the_stay_set_in_visit_details_and_its_undo(
    qtbot: QtBot, visit: tuple[Operations, int], db: Database, no_blocking_dialogs: Messages
) -> None:
    ops, visit_id = visit
    page = _page(qtbot, ops, visit_id)
    with UnitOfWork(db.sessions) as uow:
        version = uow.session.get(Visit, visit_id).version
    later = datetime(2026, 9, 16, 20, 15, tzinfo=ZoneInfo("Asia/Atyrau"))
    assert ops.push(EditVisitDetailsCommand(visit_id, "t", {"departure_at": later}, version), inline=True)
    qtbot.waitUntil(lambda: page.facts["departure"].text().startswith("16.09.2026 20:15"), timeout=5000)
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.facts["departure"].text().startswith("16.09.2026 17:30"), timeout=5000)
    assert no_blocking_dialogs.shown == []


def test_a_visit_without_a_stay_shows_how_it_arrives_or_a_dash(
    qtbot: QtBot, db: Database, no_blocking_dialogs: Messages
) -> None:
    data = stay_visit()
    del data["planning"]
    visit_id = load(UnitOfWork(db.sessions), data)
    ops = Operations(db)
    try:
        page = _page(qtbot, ops, visit_id)
        assert page.facts["arrival"].text() == CHARTER["en"]
        assert page.facts["departure"].text() == "—"
    finally:
        ops.shutdown()


NAMES = {
    "ru": (
        "Визит в Атыраускую область",
        "Делегация Астраханской области (Астраханская область)",
        "Атырауская область",
        "Акимат Атырауской области",
    ),
    "en": (
        "Visit to Atyrau Region",
        "Astrakhan Region delegation (Astrakhan Region)",
        "Atyrau Region",
        "Akimat of Atyrau Region",
    ),
    "kk": (
        "Атырау облысына сапар",
        "Астрахан облысының делегациясы (Астрахан облысы)",
        "Атырау облысы",
        "Атырау облысының әкімдігі",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_overview_names_the_visit_in_the_interface_language(
    qtbot: QtBot, db: Database, lang: str
) -> None:
    """The title, the delegation and its home region, the host region and organisation by their
    translation in the interface language (Russian: as typed); a name with no translation as typed."""
    data = copy.deepcopy(stay_visit())
    data["delegation"]["home_region"] = "Астраханская область"
    data["delegation"]["home_region_i18n"] = {"kk": "Астрахан облысы", "en": "Astrakhan Region"}
    data["visit"]["purpose"] = "Торгово-экономическое сотрудничество"
    visit_id = load(UnitOfWork(db.sessions), data)
    ops = Operations(db)
    try:
        assert install_language(lang)
        page = _page(qtbot, ops, visit_id)
        title, delegation, host, organisation = NAMES[lang]
        assert page.title.text() == title
        assert page.facts["delegation"].text() == delegation
        assert page.facts["host"].text() == host
        assert page.facts["organisation"].text() == organisation
        assert page.facts["purpose"].text() == "Торгово-экономическое сотрудничество"  # no translations
    finally:
        ops.shutdown()
        install_language("en")


def test_a_name_with_no_translation_in_the_language_shows_as_typed(db: Database) -> None:
    from planner.queries.visits import visit_overview

    data = copy.deepcopy(stay_visit())
    data["visit"]["host_organisation_i18n"] = {"en": "Akimat of Atyrau Region"}
    data["visit"]["title"] = "Визит «Каспий & Ко» <Ә Ғ Қ>"
    data["visit"]["title_i18n"] = {}
    visit_id = load(UnitOfWork(db.sessions), data)
    with UnitOfWork(db.sessions) as uow:
        facts = visit_overview(uow, visit_id, "kk")
    assert facts.host_organisation == "Акимат Атырауской области"
    assert facts.title == "Визит «Каспий & Ко» <Ә Ғ Қ>"
