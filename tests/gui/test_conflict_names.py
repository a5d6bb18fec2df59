"""The conflicts panel names items by their title in the interface language (translation, else as typed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services.visits import load_sample
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations


@pytest.fixture(params=["en", "kk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def sample_with_a_double_booking(db: Database) -> tuple[int, ItineraryItem]:
    """The sample visit with its first site visit put at the pinned lunch's time."""
    visit_id = load_sample(UnitOfWork(db.sessions)).id
    with db.sessions.begin() as s:
        moved = s.scalar(
            select(ItineraryItem)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "site_visit")
            .order_by(ItineraryItem.id)
        )
        lunch = s.scalar(
            select(ItineraryItem)
            .where(
                ItineraryItem.visit_id == visit_id,
                ItineraryItem.kind == "meal",
                ItineraryItem.pinned.is_(True),
            )
            .order_by(ItineraryItem.starts_at)
        )
        moved.ends_at = lunch.starts_at + (moved.ends_at - moved.starts_at)
        moved.starts_at = lunch.starts_at
        s.flush()
        s.expunge_all()
    return visit_id, moved


def test_the_conflicts_panel_names_the_item_in_the_interface_language(
    qtbot: QtBot, ops: Operations, db: Database, language: str
) -> None:
    visit_id, moved = sample_with_a_double_booking(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.conflicts is not None)
    panel = page.panel
    shown = [
        str(panel.model.index(n, 0).data())
        for n, c in enumerate(panel.model.rows())
        if moved.id in c.item_ids
    ]
    assert shown, "the double booking must be listed"
    opening, closing = ("“", "”") if language == "en" else ("«", "»")
    assert any(f"{opening}{moved.title_i18n[language]}{closing}" in text for text in shown), shown
    assert not any(moved.title in text for text in shown), shown
