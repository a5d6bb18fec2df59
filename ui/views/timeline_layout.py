"""Where the timeline draws every block: days side by side on a time axis, lanes within a day.

Days and lanes have a natural width (enough for their columns of blocks); when the window is wider than
that, every day widens by the same factor, so the days share the whole width instead of leaving it empty.

When the visit has groups, each day has a lane per group (labelled with its name, in the groups' order)
and one for what the delegation does together (items of no group or of several); overlapping items of a
lane sit side by side within it. Without groups a day is one lane, as before.

Pure geometry over the itinerary's rows, with no widget: the timeline widget keeps one
:class:`TimelineLayout`, asks it where things are and paints what it says. Edits lay out only the days
they touch; the result is the same as laying everything out again (tests/gui/test_timeline.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QPointF, QRectF

from planner.queries.itinerary import ItemRow

SNAP_MINUTES = 5
HEADER = 30
LANE_LABEL = 18  # the row under the day's header that names the lanes (only when there are groups)
LANE_WIDTH = 150
MIN_DAY_WIDTH = 220
DAY_GAP = 10


@dataclass
class DayLayout:
    """One day laid out on its own: its width, item boxes (id, left, top, width, height) and the legs
    with room to be drawn (a gap of 4 px or more between the blocks)."""

    width: float
    boxes: list[tuple[int, float, float, float, float]]
    legs: list[tuple[int, int, str]]
    # the labelled lanes of the day (group name, left, width); empty when the visit has no groups
    lanes: list[tuple[str, float, float]] = dataclasses.field(default_factory=list)
    # the width the day needs before it is widened to share the window's width
    natural: float = 0.0


# a day's search index: the tops of its boxes in order, their item ids, and the tallest box's height
DayIndex = tuple[list[float], list[int], float]


def _key(row: ItemRow) -> tuple[float, float, int]:
    """An item's place in its day's order: start, end, id."""
    return (row.starts_at.timestamp(), row.ends_at.timestamp(), row.id)


class TimelineLayout:
    """The geometry of the timeline: which day and lane each item is in, and the rectangle it fills.

    ``rects`` maps item ids to their rectangles; ``day_x`` holds each day's left and right edge and
    ``legs`` the drives drawn between blocks (before id, after id, label). ``size`` is the width and
    height the whole timeline needs.
    """

    def __init__(self) -> None:
        self.rows: dict[int, ItemRow] = {}
        self.days: list[date] = []
        self.tz: tzinfo | None = None
        self.guest_tz: tzinfo | None = None
        self.show_guest_time = False
        self.pixels_per_minute = 1.6
        self.first_hour, self.last_hour = 7, 22
        # the groups' names, one labelled lane each, and the label of the lane of joint items
        self.lane_names: list[str] = []
        # what each lane's label says (the group's name in the interface language), by lane
        self.lane_labels: list[str] = []
        self.together = "together"
        self.header = HEADER
        # the width the timeline may fill (0: no more than it needs) and how much the days are widened
        self.available_width = 0
        self.x_scale = 1.0
        self.size: tuple[int, int] = (0, 0)
        self.rects: dict[int, QRectF] = {}
        self.day_x: list[tuple[float, float]] = []
        self.legs: list[tuple[int, int, str]] = []
        self.legs_by_day: list[list[tuple[int, int, str]]] = []
        self.day_index: list[DayIndex] = []
        self.day_layouts: list[DayLayout] = []
        self._by_day: dict[date, dict[int, ItemRow]] = {}
        # each day's items as (start, end, id) in epoch seconds, sorted: the order a day is laid out in,
        # kept up to date on edits (sorting thousands of aware datetimes again costs more than the layout)
        self._day_keys: dict[date, list[tuple[float, float, int]]] = {}
        self._visit_days: list[date] = []
        self._day_cache: dict[date, DayLayout] = {}
        self._placed: dict[date, tuple[float, DayLayout, DayIndex]] = {}

    # ---- data
    def set_items(
        self,
        rows: Iterable[ItemRow],
        days: Sequence[date],
        tz: tzinfo,
        guest_tz: tzinfo | None = None,
        lanes: Sequence[str] = (),
        together: str = "together",
        lane_labels: Sequence[str] = (),
    ) -> None:
        """Lay out these items on these days (days with items outside them are added); ``lanes`` are the
        groups' names as typed (as items' ``groups`` give them), a labelled lane each, ``lane_labels``
        what their labels say (the names in the interface language; default: as typed), and
        ``together`` labels the lane of everyone's items."""
        self.lane_names, self.together = list(lanes), together
        labels = list(lane_labels)
        self.lane_labels = labels if len(labels) == len(self.lane_names) else list(self.lane_names)
        self.header = HEADER + (LANE_LABEL if self.lane_names else 0)
        self.rows = {r.id: r for r in rows}
        self.tz, self.guest_tz = tz, guest_tz
        self._visit_days = list(days)
        self._by_day = {}
        self._day_keys = {}
        for row in self.rows.values():
            day = self._day_of(row)
            self._by_day.setdefault(day, {})[row.id] = row
            self._day_keys.setdefault(day, []).append(_key(row))
        for keys in self._day_keys.values():
            keys.sort()
        self.relayout(None)

    def _day_of(self, row: ItemRow) -> date:
        assert self.tz is not None
        return row.starts_at.astimezone(self.tz).date()

    def update_items(self, rows: Iterable[ItemRow]) -> None:
        """Replace changed items after an edit: only their old and new days are laid out again."""
        changed: set[date] = set()
        touched: list[ItemRow] = []
        for row in rows:
            old = self.rows.get(row.id)
            if old is not None:
                day = self._day_of(old)
                self._by_day.get(day, {}).pop(row.id, None)
                self._forget_key(day, old)
                changed.add(day)
            self.rows[row.id] = row
            day = self._day_of(row)
            self._by_day.setdefault(day, {})[row.id] = row
            bisect.insort(self._day_keys.setdefault(day, []), _key(row))
            changed.add(day)
            touched.append(row)
        self.relayout(changed, touched)

    def remove_items(self, ids: Iterable[int]) -> None:
        """Take items off the timeline; only their days are laid out again."""
        changed: set[date] = set()
        for item_id in ids:
            row = self.rows.pop(item_id, None)
            if row is not None:
                day = self._day_of(row)
                self._by_day.get(day, {}).pop(item_id, None)
                self._forget_key(day, row)
                changed.add(day)
        self.relayout(changed)

    def _forget_key(self, day: date, row: ItemRow) -> None:
        keys = self._day_keys.get(day, [])
        at = bisect.bisect_left(keys, _key(row))
        if at < len(keys) and keys[at][2] == row.id:
            del keys[at]

    def set_show_guest_time(self, on: bool) -> None:
        """Show the guests' time beside the host's: the axis widens, every day moves right."""
        self.show_guest_time = on
        self.relayout(set())  # the days' own layouts stay

    def set_available_width(self, width: int) -> bool:
        """Widen the days (never narrow them) so the timeline fills ``width`` pixels; True if it changed."""
        if width == self.available_width:
            return False
        self.available_width = width
        self.relayout(set())  # only the widening factor can change: relayout knows when it does
        return True

    def _widening(self) -> float:
        """The factor that makes the days, side by side with their gaps and the axis, fill the width."""
        total = sum(self._day_cache[d].natural for d in self.days)
        room = self.available_width - self.axis_width() - DAY_GAP * len(self.days)
        if not self.available_width or total <= 0 or room <= total:
            return 1.0
        return max(1.0, round(room / total, 4) - 0.0001)  # rounded down: never wider than the room

    def set_zoom(self, pixels_per_minute: float) -> None:
        """Pixels per minute of the time axis (kept between 0.3 and 6)."""
        self.pixels_per_minute = max(0.3, min(6.0, pixels_per_minute))
        self.relayout(None)

    # ---- geometry
    def axis_width(self) -> int:
        """Width of the hour axis on the left: one column of times, two with the guests' time."""
        return 52 + (52 if self.show_guest_time and self.guest_tz is not None else 0)

    def y_of(self, moment: datetime) -> float:
        """Height of ``moment`` on the time axis."""
        assert self.tz is not None
        local = moment.astimezone(self.tz)
        minutes = local.hour * 60 + local.minute + local.second / 60
        return self.header + (minutes - self.first_hour * 60) * self.pixels_per_minute

    def time_at(self, day: date, y: float) -> datetime:
        """The aware instant at height ``y`` in the column of ``day``, snapped to 5 minutes."""
        assert self.tz is not None
        minutes = (y - self.header) / self.pixels_per_minute + self.first_hour * 60
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
        return datetime.combine(day, time(0, 0), tzinfo=self.tz) + timedelta(minutes=minutes)

    def day_at(self, x: float) -> date | None:
        """The day whose column (or the gap after it) holds ``x``; the nearest day past either end."""
        for n, (left, right) in enumerate(self.day_x):
            if left <= x < right + DAY_GAP:
                return self.days[n]
        if self.day_x and x >= self.day_x[-1][0]:
            return self.days[-1]
        return self.days[0] if self.days else None

    def relayout(self, changed: set[date] | None, touched: Iterable[ItemRow] = ()) -> None:
        """Lay out the days in ``changed`` again (None: every day), then place the days side by side.

        ``touched`` are the edited items: only they can stretch the time axis (it never shrinks while
        editing; a full layout fits it again). Nothing happens before the first ``set_items``.
        """
        tz = self.tz
        if tz is None:
            return
        full = changed is None
        rows: Iterable[ItemRow]
        if changed is None:
            self._day_cache.clear()
            changed = set(self._by_day)
            rows = self.rows.values()
        else:
            rows = list(touched)
        first = min([7, *[r.starts_at.astimezone(tz).hour for r in rows]])
        last = min(24, max([22, *[self._end_hour(r) for r in rows]]))
        if changed is not None and (first < self.first_hour or last > self.last_hour):
            self._day_cache.clear()  # the axis grew: every day moves down
            changed = set(self._by_day)
            full = True
        if not self._day_cache:
            self.first_hour, self.last_hour = first, last
        else:
            self.first_hour, self.last_hour = min(first, self.first_hour), max(last, self.last_hour)
        self.days = sorted(set(self._visit_days) | {d for d, items in self._by_day.items() if items})
        for day in changed:
            self._day_cache[day] = self._layout_day(day)
        for day in self.days:
            if day not in self._day_cache:
                self._day_cache[day] = self._layout_day(day)
        scale = self._widening()
        if scale != self.x_scale:  # the days widen (or narrow back): every day is laid out anew
            self.x_scale = scale
            self._day_cache.clear()
            for day in self.days:
                self._day_cache[day] = self._layout_day(day)
            full = True
        self._place_days(None if full else changed)
        height = self.header + (self.last_hour - self.first_hour) * 60 * self.pixels_per_minute + 10
        width = int(self.day_x[-1][1] + DAY_GAP) if self.day_x else self.axis_width()
        self.size = (width, int(height))

    def _end_hour(self, row: ItemRow) -> int:
        assert self.tz is not None
        end = row.ends_at.astimezone(self.tz)
        return end.hour + (1 if end.minute else 0) if end.date() == self._day_of(row) else 24

    def lane_of(self, row: ItemRow) -> int:
        """The labelled lane of an item: its group's, or the last one (together) for items of no group
        or of several; always 0 without groups."""
        names = self.lane_names
        if not names:
            return 0
        if len(row.groups) == 1 and row.groups[0] in names:
            return names.index(row.groups[0])
        return len(names)

    def _layout_day(self, day: date) -> DayLayout:
        """Lanes of one day: greedy interval partitioning, each item in the first lane free at its start
        (within its group's lane when the visit has groups)."""
        tz = self.tz
        assert tz is not None
        keys = self._day_keys.get(day, [])
        rows = self.rows
        groups = len(self.lane_names)
        # per labelled lane (one, without groups) the end of each of its columns
        columns: list[list[float]] = [[] for _ in range(groups + 1 if groups else 1)]
        placed: list[tuple[int, int]] = []  # (labelled lane, column in it) of each key
        for start, end, item_id in keys:
            lane = self.lane_of(rows[item_id])
            free = columns[lane]
            for n, free_at in enumerate(free):
                if free_at <= start:
                    free[n] = end
                    placed.append((lane, n))
                    break
            else:
                free.append(end)
                placed.append((lane, len(free) - 1))
        # every group's lane is shown (its label says it is free); the lane of joint items when used
        shown = [n for n in range(len(columns)) if n < groups or columns[n] or not groups]
        widths = {n: LANE_WIDTH * max(1, len(columns[n])) for n in shown}
        natural = max(MIN_DAY_WIDTH, sum(widths.values()))
        width = natural * self.x_scale  # widened to share the window's width with the other days
        scale = width / max(1.0, sum(widths.values()))
        # without groups the one lane is the whole day (exactly: no rounding through the scale)
        lane_width = {n: widths[n] * scale if groups else width for n in shown}
        lane_left: dict[int, float] = {}
        x = 0.0
        labelled: list[tuple[str, float, float]] = []
        for n in shown:
            lane_left[n] = x
            w = lane_width[n]
            if groups:
                labelled.append((self.lane_labels[n] if n < groups else self.together, x, w))
            x += w
        midnight = datetime.combine(day, time(0, 0), tzinfo=tz).timestamp()
        ppm = self.pixels_per_minute
        base = self.header - self.first_hour * 60 * ppm
        last = 24 * 60 - 1
        boxes = []
        for (start, end, item_id), (lane, column) in zip(keys, placed, strict=True):
            col_w = lane_width[lane] / max(1, len(columns[lane]))
            top = base + (start - midnight) / 60 * ppm
            bottom = base + min(last, (end - midnight) / 60) * ppm
            left = lane_left[lane] + column * col_w
            boxes.append((item_id, left + 2, top, col_w - 4, max(3.0, bottom - top)))
        per_lane: dict[tuple[int, int], list[int]] = {}
        for n, where in enumerate(placed):
            per_lane.setdefault(where, []).append(n)
        legs = []
        for lane_items in per_lane.values():
            for m, n in itertools.pairwise(lane_items):
                _, before_end, before = keys[m]
                after_start, _, after = keys[n]
                # blocks that touch leave no gap to draw the drive in (most of a crowded day)
                if boxes[n][2] - (boxes[m][2] + boxes[m][4]) < 4:
                    continue
                a, b = rows[before].site_id, rows[after].site_id
                if a and b and a != b:
                    legs.append((before, after, f"{int((after_start - before_end) // 60)}′"))
        return DayLayout(width, boxes, legs, labelled, natural)

    def _place_days(self, changed: set[date] | None) -> None:
        """Place the days side by side; a day that neither changed nor moved keeps its blocks as they are."""
        old = self._placed if changed is not None else {}
        if changed is None:
            self.rects.clear()
        x = float(self.axis_width())
        plan: list[tuple[date, float, DayLayout, bool]] = []
        for day in self.days:
            layout = self._day_cache.get(day)
            if layout is None:
                layout = self._day_cache[day] = self._layout_day(day)
            prev = old.get(day)
            keep = prev is not None and changed is not None and day not in changed and prev[0] == x
            plan.append((day, x, layout, keep))
            x += layout.width + DAY_GAP
        # a day laid out again in the same place keeps the blocks that did not move (after a drag: all
        # but a few); the others are first forgotten (an item may have moved to another day)...
        same: dict[date, dict[int, tuple[int, float, float, float, float]]] = {}
        for day, left, _, keep in plan:
            if keep or day not in old:
                continue
            if old[day][0] == left:
                same[day] = {box[0]: box for box in old[day][1].boxes}
            else:
                for item_id in old[day][2][1]:
                    self.rects.pop(item_id, None)
        for day in set(old) - set(self.days):
            for item_id in old[day][2][1]:
                self.rects.pop(item_id, None)
        for day, boxes in same.items():
            kept = {box[0] for box in self._day_cache[day].boxes}
            for item_id in boxes.keys() - kept:
                self.rects.pop(item_id, None)
        # ...then place them
        placed: dict[date, tuple[float, DayLayout, DayIndex]] = {}
        for day, left, layout, keep in plan:
            if keep:
                placed[day] = old[day]
                continue
            before = same.get(day, {})
            for box in layout.boxes:
                if before.get(box[0]) != box:
                    item_id, box_left, top, width, height = box
                    self.rects[item_id] = QRectF(left + box_left, top, width, height)
            order = layout.boxes  # laid out in start order, so their tops are already sorted
            tallest = max((box[4] for box in order), default=0.0)
            placed[day] = (left, layout, ([box[2] for box in order], [box[0] for box in order], tallest))
        self._placed = placed
        self.day_index = [placed[d][2] for d in self.days]
        self.day_layouts = [placed[d][1] for d in self.days]
        self.day_x = [(placed[d][0], placed[d][0] + placed[d][1].width) for d in self.days]
        self.legs_by_day = [placed[d][1].legs for d in self.days]
        self.legs = [leg for legs in self.legs_by_day for leg in legs]

    def visible(self, clip: QRectF) -> list[tuple[int, float]]:
        """Items (id, height) whose blocks meet ``clip``, found per day by bisection on their tops and
        compared in plain floats (a Qt call per block costs more, at thousands of blocks)."""
        found: list[tuple[int, float]] = []
        x0, x1, y0, y1 = clip.left(), clip.right(), clip.top(), clip.bottom()
        for (left, right), (tops, _, tallest), layout in zip(
            self.day_x, self.day_index, self.day_layouts, strict=True
        ):
            if right < x0 or left > x1:
                continue
            first = bisect.bisect_left(tops, y0 - tallest)
            last = bisect.bisect_right(tops, y1)
            for item_id, box_left, top, width, height in layout.boxes[first:last]:
                # as QRectF.intersects: a shared edge is not an overlap
                if top < y1 and y0 < top + height and left + box_left < x1 and x0 < left + box_left + width:
                    found.append((item_id, height))
        return found

    def item_at(self, pos: QPointF) -> int | None:
        """The item whose block is drawn at ``pos``, the topmost where blocks overlap."""
        # last drawn is on top; the ids of overlapping blocks are few, a linear scan is fast enough at 5k
        found = None
        for item_id, rect in self.rects.items():
            if rect.contains(pos):
                found = item_id
        return found

    def column_left(self, rect: QRectF) -> float:
        """Left edge of the blocks in the day column that ``rect`` starts in."""
        for left, right in self.day_x:
            if left <= rect.left() <= right:
                return left + 2
        return rect.left()
