"""How the timeline looks (issue 12): block text in whole lines that fit, meals in a colour of their own
with a legend of the colours, days sharing a wide window, the first hour's label whole, and a dragged
block that hides the text of the blocks it passes over instead of printing over it."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.queries.itinerary import ItemRow
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.palette import CONFLICT_COLOUR, kind_colour
from ui.views.timeline import TimelineLegend, TimelineScroll, TimelineWidget
from ui.views.timeline_layout import DAY_GAP, LANE_WIDTH, MIN_DAY_WIDTH, TimelineLayout
from ui.views.timeline_painter import TimelinePainter

TZ = ZoneInfo("Asia/Atyrau")
DAY1, DAY2 = date(2023, 5, 11), date(2023, 5, 12)
LONG = "Встреча с акимом области & «деловыми кругами» Қазақстан, обмен мнениями о сотрудничестве"


def _row(
    item_id: int, start: str, end: str, kind: str = "meeting", day: date = DAY1, title: str = ""
) -> ItemRow:
    def at(hhmm: str) -> datetime:
        hour, minute = map(int, hhmm.split(":"))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)

    return ItemRow(
        item_id, 1, kind, title or f"Item {item_id}", {}, at(start), at(end), None, "", "", "", "", False,
        False, 0, (), (), 1,
    )  # fmt: skip


def test_block_text_is_whole_lines_that_fit_the_block(qapp: object) -> None:
    layout = TimelineLayout()
    painter = TimelinePainter(layout, qapp.font())  # type: ignore[attr-defined]
    metrics = QFontMetricsF(painter._small)
    step = metrics.lineSpacing()
    texts = [f"09:00–10:00 {LONG}", "Акимат Атырауской области, зал заседаний"]
    for width, height in ((140.0, step * 2.5), (140.0, step * 0.8), (60.0, step * 3.2), (400.0, step * 20)):
        lines = painter.block_lines(texts, width, height)
        assert lines, (width, height)
        # every line whole: no wider than the block, and only as many as its height holds (one at least)
        assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines)
        assert len(lines) <= max(1, int(height // step))
        words = " ".join(texts).split()
        if len(lines) < max(1, int(height // step)):
            assert " ".join(lines).split() == words  # room enough: everything shows
        else:
            assert lines[-1].endswith("…") or " ".join(lines).split() == words


def test_meals_are_not_drawn_in_the_conflict_red_and_the_legend_names_every_colour(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    meal, red = kind_colour("meal"), QColor(CONFLICT_COLOUR)
    distance = math.dist(meal.getRgb()[:3], red.getRgb()[:3])
    assert distance > 120, (meal.name(), distance)
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.show()
        window.tabs.setCurrentWidget(window.itinerary)
        legend = window.itinerary.legend
        assert legend.isVisible()
        entries = dict(legend.entries)
        assert entries["Meal"] == meal.name() and entries["conflict"] == red.name()
        assert entries["Site visit"] == kind_colour("site_visit").name()
        assert "pinned" in legend.text()
    finally:
        ops.shutdown()
    assert install_language("ru")
    try:
        entries = dict(TimelineLegend().entries)
        assert entries["Питание"] == meal.name() and entries["конфликт"] == red.name()
    finally:
        install_language("en")


def test_days_and_lanes_share_the_width_of_a_wide_window(qtbot: QtBot) -> None:
    timeline = TimelineWidget()
    scroll = TimelineScroll(timeline)
    qtbot.addWidget(scroll)
    scroll.resize(1600, 700)
    scroll.show()
    rows = [
        _row(1, "09:00", "10:00"),
        _row(2, "09:30", "11:00"),  # two lanes on the first day
        _row(3, "09:00", "10:00", day=DAY2),
    ]
    timeline.set_items(rows, [DAY1, DAY2], TZ)
    qtbot.waitUntil(lambda: timeline.width() > 1000)
    room = scroll.viewport().width()
    layout = timeline.timeline_layout
    (left1, right1), (left2, right2) = layout.day_x
    # the days fill the window (less the last gap), each widened by the same factor
    assert room - 2 * DAY_GAP - 2 <= right2 <= room - DAY_GAP
    assert timeline.width() <= room
    assert (right1 - left1) / max(MIN_DAY_WIDTH, 2 * LANE_WIDTH) == pytest.approx(
        (right2 - left2) / MIN_DAY_WIDTH
    )
    assert timeline.item_rect(1).width() > LANE_WIDTH
    # a drag in the wide window lays out as a full layout at that width would
    moved = dataclasses.replace(rows[2], starts_at=rows[1].starts_at, ends_at=rows[1].ends_at)
    timeline.update_items([moved])
    full = TimelineWidget()
    qtbot.addWidget(full)
    full.set_available_width(room)
    full.set_items([rows[0], rows[1], moved], [DAY1, DAY2], TZ)
    assert {i: timeline.item_rect(i).getRect() for i in (1, 2, 3)} == {
        i: full.item_rect(i).getRect() for i in (1, 2, 3)
    }
    # a narrow window: the days keep the width they need and the timeline scrolls sideways
    scroll.resize(400, 700)
    qtbot.waitUntil(lambda: timeline.width() < 1000)
    assert layout.day_x[1][1] - layout.day_x[1][0] == MIN_DAY_WIDTH
    assert timeline.width() > scroll.viewport().width()


def test_the_first_hour_label_shows_whole_below_the_day_headers(qapp: object) -> None:
    layout = TimelineLayout()
    layout.set_items([_row(1, "09:00", "10:00")], [DAY1], TZ)
    painter = TimelinePainter(layout, qapp.font())  # type: ignore[attr-defined]
    boxes = painter.hour_label_boxes(QRect(0, 0, 600, 900))
    hour, box = boxes[0]
    assert hour == 7
    assert box.top() >= layout.header  # the header band (filled over) ends above it
    # the others stay centred on their lines
    hour, box = boxes[2]
    assert box.center().y() == layout.header + 2 * 60 * layout.pixels_per_minute


def _mouse(kind: QEvent.Type, pos: QPointF) -> QMouseEvent:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    return QMouseEvent(kind, pos, pos, button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_a_dragged_block_covers_the_blocks_it_passes_over(qtbot: QtBot) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_items(
        [_row(1, "09:00", "10:00", "meal", title=LONG), _row(2, "11:00", "12:00", "site_visit", title=LONG)],
        [DAY1],
        TZ,
    )
    timeline.resize(timeline.minimumSize())
    timeline.show()
    one, two = timeline.item_rect(1), timeline.item_rect(2)
    press = QPointF(one.center())
    timeline.mousePressEvent(_mouse(QEvent.Type.MouseButtonPress, press))
    # dragged two hours down: exactly over the site visit
    timeline.mouseMoveEvent(_mouse(QEvent.Type.MouseMove, press + QPointF(0, two.top() - one.top())))
    image = timeline.grab().toImage()
    fill = kind_colour("meal").lighter(112)
    # inside the dragged block, away from its text and outline: the meal's own colour, not a blend
    spot = two.bottomRight().toPoint() - QPointF(6, 4).toPoint()
    assert image.pixelColor(spot).name() == fill.name()
    timeline.mouseReleaseEvent(_mouse(QEvent.Type.MouseButtonRelease, press))
