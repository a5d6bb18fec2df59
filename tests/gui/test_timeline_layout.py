"""Where the timeline puts blocks, worked out without any widget (no QApplication is needed)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF

from planner.queries.itinerary import ItemRow
from ui.views.timeline_layout import DAY_GAP, HEADER, LANE_WIDTH, MIN_DAY_WIDTH, TimelineLayout

TZ = ZoneInfo("Asia/Atyrau")
DAY1, DAY2 = date(2023, 5, 11), date(2023, 5, 12)


def _row(item_id: int, start: str, end: str, site: int | None = None, day: date = DAY1) -> ItemRow:
    def at(hhmm: str) -> datetime:
        hour, minute = map(int, hhmm.split(":"))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)

    return ItemRow(
        item_id, 1, "meeting", f"Item {item_id}", {}, at(start), at(end), site, "", "", "", "", False,
        False, 0, (), (), 1,
    )  # fmt: skip


def _layout(*rows: ItemRow, days: tuple[date, ...] = (DAY1,)) -> TimelineLayout:
    layout = TimelineLayout()
    layout.set_items(rows, days, TZ, ZoneInfo("Europe/Astrakhan"))
    return layout


def test_overlapping_items_share_the_day_in_lanes_at_the_height_of_their_times() -> None:
    layout = _layout(_row(1, "09:00", "10:00"), _row(2, "09:30", "11:00"), _row(3, "10:00", "10:30"))
    one, two, three = (layout.rects[i] for i in (1, 2, 3))
    assert one.left() == three.left() < two.left()  # item 3 takes lane 1 again once item 1 is over
    assert layout.day_x == [(layout.axis_width(), layout.axis_width() + max(MIN_DAY_WIDTH, 2 * LANE_WIDTH))]
    ppm = layout.pixels_per_minute
    assert one.top() == HEADER + 2 * 60 * ppm  # 09:00 on an axis that starts at 07:00
    assert one.height() == 60 * ppm
    assert layout.y_of(_row(9, "10:00", "10:30").starts_at) == three.top()


def test_a_time_is_read_back_from_a_height_snapped_to_five_minutes() -> None:
    layout = _layout(_row(1, "09:00", "10:00"))
    y = layout.y_of(datetime(2023, 5, 11, 9, 2, tzinfo=TZ))
    assert layout.time_at(DAY1, y) == datetime(2023, 5, 11, 9, 0, tzinfo=TZ)
    assert layout.time_at(DAY1, y + 3 * layout.pixels_per_minute) == datetime(2023, 5, 11, 9, 5, tzinfo=TZ)


def test_days_stand_side_by_side_and_a_point_finds_its_day_and_item() -> None:
    layout = _layout(_row(1, "09:00", "10:00"), _row(2, "09:00", "10:00", day=DAY2), days=(DAY1, DAY2))
    (left1, right1), (left2, _) = layout.day_x
    assert left2 == right1 + DAY_GAP
    assert layout.day_at(left1 + 1) == DAY1
    assert layout.day_at(right1 + DAY_GAP / 2) == DAY1  # the gap after a day belongs to it
    assert layout.day_at(left2 + 1) == DAY2
    assert layout.item_at(layout.rects[2].center()) == 2
    assert layout.item_at(QPointF(left1 + 1, HEADER + 1)) is None
    assert layout.column_left(layout.rects[2]) == left2 + 2


def test_a_drive_is_drawn_between_sites_where_the_blocks_leave_room() -> None:
    layout = _layout(
        _row(1, "09:00", "10:00", site=1),
        _row(2, "10:40", "11:00", site=2),  # 40 minutes to get there
        _row(3, "11:00", "12:00", site=3),  # touching the block before: no room to draw
        _row(4, "13:00", "14:00", site=3),  # the same site: no drive
    )
    assert layout.legs == [(1, 2, "40′")]


def test_an_early_item_stretches_the_axis_and_guest_time_widens_it() -> None:
    layout = _layout(_row(1, "09:00", "10:00"))
    assert (layout.first_hour, layout.last_hour) == (7, 22)
    layout.update_items([_row(1, "05:00", "06:00")])
    assert layout.first_hour == 5
    assert layout.rects[1].top() == HEADER
    width, height = layout.size
    assert height == int(HEADER + (22 - 5) * 60 * layout.pixels_per_minute + 10)
    before = QRectF(layout.rects[1])
    layout.set_show_guest_time(True)
    assert layout.rects[1].left() == before.left() + 52 and layout.size[0] == width + 52


def test_removed_items_leave_the_layout() -> None:
    layout = _layout(_row(1, "09:00", "10:00"), _row(2, "09:00", "10:00"))
    layout.remove_items([2])
    assert set(layout.rects) == {1} and list(layout.rows) == [1]
    assert layout.day_x[0][1] - layout.day_x[0][0] == MIN_DAY_WIDTH


def test_nothing_is_laid_out_before_the_items_come() -> None:
    layout = TimelineLayout()
    layout.set_zoom(2.0)
    assert layout.rects == {} and layout.size == (0, 0)
