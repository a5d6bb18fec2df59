"""Time zones on screens in the interface language: the Overview's zones and the status bar name each
zone's city in the language with its offset (``Атырау (UTC+05:00)``), never the IANA name; the new
officer's Kazakh screens read "қабылдаушы тарап Asia/Atyrau, қонақтар Europe/Astrakhan" and
"уақыт: Asia/Atyrau"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations

# the sample is hosted in Atyrau (UTC+05:00) for guests from Astrakhan (UTC+04:00 in May 2023)
HOST = {"en": "Atyrau (UTC+05:00)", "ru": "Атырау (UTC+05:00)", "kk": "Атырау (UTC+05:00)"}
GUESTS = {"en": "Astrakhan (UTC+04:00)", "ru": "Астрахань (UTC+04:00)", "kk": "Астрахан (UTC+04:00)"}


@pytest.fixture(params=["en", "ru", "kk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def test_overview_and_status_bar_name_the_zones_in_the_interface_language(
    qtbot: QtBot, language: str, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        zones = window.overview.facts["zones"].text()
        assert HOST[language] in zones and GUESTS[language] in zones
        status = window.status_visit.text()
        assert status.endswith(HOST[language])
        for shown in (zones, status):
            assert "Asia/" not in shown and "Europe/" not in shown
    finally:
        ops.shutdown()


def test_the_change_log_names_a_changed_zone_in_the_interface_language(language: str) -> None:
    from datetime import UTC, datetime

    from planner.queries.change_log import ChangeRow
    from ui.views.change_log_view import change_text

    moved = ChangeRow(
        1, datetime(2023, 5, 1, tzinfo=UTC), "officer", "update", "delegations", 1,
        "home_timezone", "Europe/Astrakhan", "Asia/Atyrau",
    )  # fmt: skip
    text = change_text(moved, None)
    assert GUESTS[language].split(" (")[0] in text and HOST[language].split(" (")[0] in text
    assert "Asia/" not in text and "Home timezone" not in text
