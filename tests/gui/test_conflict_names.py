"""The conflicts panel names items by their title in the interface language (translation, else as typed)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services.visits import load_sample
from ui.main_window import MainWindow
from ui.operations import Operations

pytestmark = pytest.mark.parametrize("language", ["en", "kk"], indirect=True)


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


def test_the_timeline_its_tooltips_the_table_and_the_list_to_place_name_items_as_the_panel_does(
    qtbot: QtBot, ops: Operations, db: Database, language: str
) -> None:
    """In English or Kazakh a block shows the item's name in that language (its translation; as typed
    when it has none), the name the conflicts panel and the tooltip give it, and so does its place; the
    table and the list of sites to place follow the same rule, and a block re-read after a move too."""
    from datetime import timedelta

    from planner.persistence.tables import Site
    from planner.services.itinerary import add_item
    from planner.services.to_place import add_entry

    visit_id, moved = sample_with_a_double_booking(db)
    with db.sessions() as s:
        site = s.get(Site, moved.site_id)
        assert site is not None
        place = site.name_i18n[language]
        other = s.scalar(select(Site).where(Site.id != moved.site_id).order_by(Site.id))
        assert other is not None
        other_name, other_typed = other.name_i18n[language], other.name
    # an item nobody translated keeps its typed title in every language
    typed = "Встреча с «ветеранами» & <гостями> Әділбек"
    start = moved.starts_at + timedelta(days=1)
    untranslated = add_item(
        UnitOfWork(db.sessions),
        visit_id,
        {"kind": "meeting", "title": typed, "starts_at": start, "ends_at": start + timedelta(minutes=30)},
    ).id
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": other.id, "duration_min": 40}, [])
    name = moved.title_i18n[language]
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.conflicts is not None)

    def painted() -> list[list[str]]:
        """The texts of every block, as the painter lays them out."""
        drawn: list[list[str]] = []
        painter = page.timeline._painter
        real = painter.block_lines

        def spy(texts: list[str], width: float, height: float) -> list[str]:
            drawn.append(list(texts))
            return real(texts, width, height)

        painter.block_lines = spy  # type: ignore[method-assign]
        try:
            painter._lines.clear()
            page.timeline.resize(page.timeline.width(), page.timeline.height())
            page.timeline.grab()
        finally:
            painter.block_lines = real  # type: ignore[method-assign]
        return drawn

    def block_of(texts: list[list[str]], title: str) -> list[str]:
        return next(t for t in texts if t[0].endswith(f" {title}"))

    texts = painted()
    assert block_of(texts, name)[1:] == [place]
    assert not any(moved.title in line for t in texts for line in t)
    assert block_of(texts, typed)  # no translation: as typed
    # the tooltip names it the same way, beside the panel's sentence that names it so too
    tip = page.timeline.tooltip_text(moved.id)
    assert tip.splitlines()[0].endswith(f"  {name}") and tip.splitlines()[1] == place
    opening, closing = ("“", "”") if language == "en" else ("«", "»")
    assert f"{opening}{name}{closing}" in tip
    assert page.timeline.tooltip_text(untranslated).splitlines()[0].endswith(f"  {typed}")
    # the table beside it
    row = page.model.row_of_id(moved.id)
    assert page.model.index(row, page.model.TITLE).data() == name
    assert page.model.index(row, page.model.PLACE).data() == place
    # the list of sites to place: an entry without a title of its own by the site's name in the language
    entry = page.to_place.model.index(0, 0)
    assert str(entry.data()).startswith(f"{other_name} — ") and other_typed not in str(entry.data())
    # moved 5 minutes later: the rows re-read for that one edit are named in the language as well
    page.select_items([moved.id])
    page.nudge(5)
    assert page.timeline.rows[moved.id].starts_at == moved.starts_at + timedelta(minutes=5)
    assert page.timeline.rows[moved.id].name == name
    assert block_of(painted(), name)[1:] == [place]
