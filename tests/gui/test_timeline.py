"""The timeline's quick re-layout after an edit places every block exactly where a full layout would."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.services.visits import import_data
from tests.support.synthetic import synthetic_visit
from ui.views.timeline import TimelineWidget

TZ = ZoneInfo("Asia/Atyrau")
DAYS = [date(2023, 5, 11), date(2023, 5, 12)]


def _rects(widget: TimelineWidget) -> dict[int, tuple[float, float, float, float]]:
    return {i: widget.item_rect(i).getRect() for i in widget.rows}


def test_moves_within_and_across_days_match_a_full_layout(qtbot: QtBot, db: Database) -> None:
    visit_id = import_data(UnitOfWork(db.sessions), synthetic_visit(items=120, days=2, groups=2)).id
    with UnitOfWork(db.sessions) as uow:
        rows = visit_items(uow, visit_id)
    quick = TimelineWidget()
    qtbot.addWidget(quick)
    quick.set_items(rows, DAYS, TZ)
    current = {r.id: r for r in rows}
    rng = random.Random(3)
    for _ in range(25):
        row = current[rng.choice(list(current))]
        shift = timedelta(days=rng.choice([-1, 0, 0, 1]), minutes=rng.choice([-50, -5, 20, 65]))
        moved = dataclasses.replace(row, starts_at=row.starts_at + shift, ends_at=row.ends_at + shift)
        current[moved.id] = moved
        quick.update_items([moved])
        full = TimelineWidget()
        full.set_items(current.values(), DAYS, TZ)
        assert quick.days == full.days
        assert _rects(quick) == _rects(full)
        assert sorted(quick.timeline_layout.legs) == sorted(full.timeline_layout.legs)
        full.deleteLater()
    removed = list(current)[:5]
    quick.remove_items(removed)
    for item_id in removed:
        current.pop(item_id)
    full = TimelineWidget()
    full.set_items(current.values(), DAYS, TZ)
    assert _rects(quick) == _rects(full)
    assert all(quick.item_rect(i).isEmpty() for i in removed)


def test_guest_time_is_shown_when_asked(qtbot: QtBot, db: Database) -> None:
    visit_id = import_data(UnitOfWork(db.sessions), synthetic_visit(items=4, days=1, groups=1)).id
    with UnitOfWork(db.sessions) as uow:
        rows = visit_items(uow, visit_id)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_items(rows, DAYS[:1], TZ, ZoneInfo("Europe/Astrakhan"))
    first = rows[0]
    assert "Guest time" not in widget.tooltip_text(first.id)
    axis = widget.axis_width()
    widget.set_show_guest_time(True)
    host = first.starts_at.astimezone(TZ)
    guest = first.starts_at.astimezone(ZoneInfo("Europe/Astrakhan"))
    assert guest.hour == host.hour - 1  # Astrakhan is an hour behind Atyrau
    assert f"Guest time: {guest:%H:%M}" in widget.tooltip_text(first.id)
    assert widget.axis_width() > axis  # a second time column appears beside the host's
    assert widget.item_rect(first.id).left() > widget.axis_width()
