"""The itinerary timeline: days side by side on a time axis, blocks you can drag, resize and open."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.queries.itinerary import ItemRow
from ui.i18n import tr
from ui.palette import kind_colour

_SELECTED, _CONFLICT = QColor("#0d47a1"), QColor("#c62828")
# a sliver has no room for an outline: selected and in conflict gets a colour of its own (dark red),
# so the block just dragged onto a clash shows it
_SLIVER_COLOURS = {" selected": _SELECTED, " conflict": _CONFLICT, " selected conflict": QColor("#6d0f0f")}
SNAP_MINUTES = 5
EDGE = 6  # pixels at a block's bottom that grab the edge for resizing
HEADER = 30
LANE_WIDTH = 150
MIN_DAY_WIDTH = 220
DAY_GAP = 10


@dataclass
class _DayLayout:
    """One day laid out on its own: its width, item boxes (id, left, top, width, height) and the legs
    with room to be drawn (a gap of 4 px or more between the blocks)."""

    width: float
    boxes: list[tuple[int, float, float, float, float]]
    legs: list[tuple[int, int, str]]


@dataclass
class _Drag:
    item_id: int
    mode: str  # "move" or "resize"
    press: QPointF
    original: QRectF
    ghost: QRectF
    moved: bool = False


def _key(row: ItemRow) -> tuple[float, float, int]:
    """An item's place in its day's order: start, end, id."""
    return (row.starts_at.timestamp(), row.ends_at.timestamp(), row.id)


class TimelineWidget(QWidget):
    """Paints the visit's items; emits the user's moves, resizes, double-clicks and selection."""

    itemMoved = Signal(int, object, object)  # id, new start (aware), new end (aware)
    itemResized = Signal(int, object)  # id, new end
    itemActivated = Signal(int)
    selectionChanged = Signal(list)
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: dict[int, ItemRow] = {}
        self.days: list[date] = []
        self.tz: tzinfo | None = None
        self.guest_tz: tzinfo | None = None
        self.show_guest_time = False
        self.conflicts: dict[int, list[str]] = {}
        self.travel_warnings: set[tuple[int, int]] = set()
        self.selected: set[int] = set()
        self.pixels_per_minute = 1.6
        self.first_hour, self.last_hour = 7, 22
        self._rects: dict[int, QRectF] = {}
        self._day_x: list[tuple[float, float]] = []
        self._legs: list[tuple[int, int, str]] = []
        self._legs_by_day: list[list[tuple[int, int, str]]] = []
        self._by_day: dict[date, dict[int, ItemRow]] = {}
        # each day's items as (start, end, id) in epoch seconds, sorted: the order a day is laid out in,
        # kept up to date on edits (sorting thousands of aware datetimes again costs more than the layout)
        self._day_keys: dict[date, list[tuple[float, float, int]]] = {}
        self._visit_days: list[date] = []
        self._day_cache: dict[date, _DayLayout] = {}
        self._day_index: list[tuple[list[float], list[int], float]] = []
        self._day_layouts: list[_DayLayout] = []
        self._placed: dict[date, tuple[float, _DayLayout, tuple[list[float], list[int], float]]] = {}
        self._leg_pens = {
            False: QPen(QColor("#607d8b"), 1.2, Qt.PenStyle.DashLine),
            True: QPen(QColor("#c62828"), 1.6, Qt.PenStyle.DashLine),
        }
        self._drag: _Drag | None = None
        self._font = QFont(self.font())
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(6.5, self.font().pointSizeF() - 1.5))

    # ---- data
    def set_items(
        self,
        rows: Iterable[ItemRow],
        days: Sequence[date],
        tz: tzinfo,
        guest_tz: tzinfo | None = None,
        conflicts: dict[int, list[str]] | None = None,
    ) -> None:
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
        if conflicts is not None:
            self.conflicts = conflicts
        self.selected &= set(self.rows)
        self._relayout(None)

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
        self._relayout(changed, touched)

    def remove_items(self, ids: Iterable[int]) -> None:
        changed: set[date] = set()
        for item_id in ids:
            row = self.rows.pop(item_id, None)
            self.selected.discard(item_id)
            if row is not None:
                day = self._day_of(row)
                self._by_day.get(day, {}).pop(item_id, None)
                self._forget_key(day, row)
                changed.add(day)
        self._relayout(changed)

    def _forget_key(self, day: date, row: ItemRow) -> None:
        keys = self._day_keys.get(day, [])
        at = bisect.bisect_left(keys, _key(row))
        if at < len(keys) and keys[at][2] == row.id:
            del keys[at]

    def set_conflicts(
        self, conflicts: dict[int, list[str]], travel_pairs: set[tuple[int, int]] | None = None
    ) -> None:
        # conflicts only change colours and legs' warnings, read at paint time: no layout needed
        self.conflicts = conflicts
        self.travel_warnings = travel_pairs or set()
        self.update()

    def set_show_guest_time(self, on: bool) -> None:
        self.show_guest_time = on
        self._relayout(set())  # the axis widens: every day moves right, their layouts stay

    def set_zoom(self, pixels_per_minute: float) -> None:
        self.pixels_per_minute = max(0.3, min(6.0, pixels_per_minute))
        self._relayout(None)

    def select_items(self, ids: Iterable[int], *, emit: bool = False) -> None:
        self.selected = {i for i in ids if i in self.rows}
        self.update()
        if emit:
            self.selectionChanged.emit(sorted(self.selected))

    def item_rect(self, item_id: int) -> QRectF:
        """Where an item is drawn (for tests and for scrolling to it)."""
        return QRectF(self._rects.get(item_id, QRectF()))

    # ---- geometry
    def axis_width(self) -> int:
        return 52 + (52 if self.show_guest_time and self.guest_tz is not None else 0)

    def y_of(self, moment: datetime) -> float:
        assert self.tz is not None
        local = moment.astimezone(self.tz)
        minutes = local.hour * 60 + local.minute + local.second / 60
        return HEADER + (minutes - self.first_hour * 60) * self.pixels_per_minute

    def time_at(self, day: date, y: float) -> datetime:
        """The aware instant at height ``y`` in the column of ``day``, snapped to 5 minutes."""
        assert self.tz is not None
        minutes = (y - HEADER) / self.pixels_per_minute + self.first_hour * 60
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
        return datetime.combine(day, time(0, 0), tzinfo=self.tz) + timedelta(minutes=minutes)

    def day_at(self, x: float) -> date | None:
        for n, (left, right) in enumerate(self._day_x):
            if left <= x < right + DAY_GAP:
                return self.days[n]
        if self._day_x and x >= self._day_x[-1][0]:
            return self.days[-1]
        return self.days[0] if self.days else None

    def _relayout(self, changed: set[date] | None, touched: Iterable[ItemRow] = ()) -> None:
        """Lay out the days in ``changed`` again (None: every day), then place the days side by side.

        ``touched`` are the edited items: only they can stretch the time axis (it never shrinks while
        editing; a full layout fits it again).
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
        self._place_days(None if full else changed)
        height = HEADER + (self.last_hour - self.first_hour) * 60 * self.pixels_per_minute + 10
        width = int(self._day_x[-1][1] + DAY_GAP) if self._day_x else self.axis_width()
        self.setMinimumSize(width, int(height))
        self.resize(max(width, self.width()), int(height))
        self.update()

    def _end_hour(self, row: ItemRow) -> int:
        assert self.tz is not None
        end = row.ends_at.astimezone(self.tz)
        return end.hour + (1 if end.minute else 0) if end.date() == self._day_of(row) else 24

    def _layout_day(self, day: date) -> _DayLayout:
        """Lanes of one day: greedy interval partitioning, each item in the first lane free at its start."""
        tz = self.tz
        assert tz is not None
        keys = self._day_keys.get(day, [])
        lanes: list[float] = []
        lane_of: list[int] = []
        for start, end, _ in keys:
            for n, free_at in enumerate(lanes):
                if free_at <= start:
                    lanes[n] = end
                    lane_of.append(n)
                    break
            else:
                lanes.append(end)
                lane_of.append(len(lanes) - 1)
        width = max(MIN_DAY_WIDTH, LANE_WIDTH * max(1, len(lanes)))
        lane_w = width / max(1, len(lanes))
        midnight = datetime.combine(day, time(0, 0), tzinfo=tz).timestamp()
        ppm = self.pixels_per_minute
        base = HEADER - self.first_hour * 60 * ppm
        last = 24 * 60 - 1
        boxes = []
        for (start, end, item_id), lane in zip(keys, lane_of, strict=True):
            top = base + (start - midnight) / 60 * ppm
            bottom = base + min(last, (end - midnight) / 60) * ppm
            boxes.append((item_id, lane * lane_w + 2, top, lane_w - 4, max(3.0, bottom - top)))
        per_lane: dict[int, list[int]] = {}
        for n, lane in enumerate(lane_of):
            per_lane.setdefault(lane, []).append(n)
        legs = []
        rows = self.rows
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
        return _DayLayout(width, boxes, legs)

    def _place_days(self, changed: set[date] | None) -> None:
        """Place the days side by side; a day that neither changed nor moved keeps its blocks as they are."""
        old = self._placed if changed is not None else {}
        if changed is None:
            self._rects.clear()
        x = float(self.axis_width())
        plan: list[tuple[date, float, _DayLayout, bool]] = []
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
                    self._rects.pop(item_id, None)
        for day in set(old) - set(self.days):
            for item_id in old[day][2][1]:
                self._rects.pop(item_id, None)
        for day, boxes in same.items():
            kept = {box[0] for box in self._day_cache[day].boxes}
            for item_id in boxes.keys() - kept:
                self._rects.pop(item_id, None)
        # ...then place them
        placed: dict[date, tuple[float, _DayLayout, tuple[list[float], list[int], float]]] = {}
        for day, left, layout, keep in plan:
            if keep:
                placed[day] = old[day]
                continue
            before = same.get(day, {})
            for box in layout.boxes:
                if before.get(box[0]) != box:
                    item_id, box_left, top, width, height = box
                    self._rects[item_id] = QRectF(left + box_left, top, width, height)
            order = layout.boxes  # laid out in start order, so their tops are already sorted
            tallest = max((box[4] for box in order), default=0.0)
            placed[day] = (left, layout, ([box[2] for box in order], [box[0] for box in order], tallest))
        self._placed = placed
        self._day_index = [placed[d][2] for d in self.days]
        self._day_layouts = [placed[d][1] for d in self.days]
        self._day_x = [(placed[d][0], placed[d][0] + placed[d][1].width) for d in self.days]
        self._legs_by_day = [placed[d][1].legs for d in self.days]
        self._legs = [leg for legs in self._legs_by_day for leg in legs]

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = QRectF(event.rect())
        painter.fillRect(event.rect(), self.palette().base())
        self._paint_grid(painter, clip)
        painter.setFont(self._small)
        visible = self._visible(clip)
        shown = {item_id for item_id, _ in visible}
        day_legs = [
            legs
            for (left, right), legs in zip(self._day_x, self._legs_by_day, strict=True)
            if right >= clip.left() and left <= clip.right()
        ]
        for before, after, label in itertools.chain.from_iterable(day_legs):
            if before not in shown and after not in shown:
                continue
            a, b = self._rects[before], self._rects[after]
            start, end = QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top())
            warn = (before, after) in self.travel_warnings
            painter.setPen(self._leg_pens[warn])
            painter.drawLine(start, end)
            if end.y() - start.y() > 12:
                painter.drawText(QPointF(start.x() + 3, (start.y() + end.y()) / 2 + 4), label)
        dragged = self._drag.item_id if self._drag is not None and self._drag.moved else None
        # a crowded day is mostly slivers: a plain fill each, drawn in one call per colour
        slivers: dict[str, list[QRectF]] = {}
        blocks = []
        rows, rects, selected, in_conflict = self.rows, self._rects, self.selected, self._in_conflict
        for item_id, height in visible:
            if item_id == dragged:
                continue
            if height >= 6:
                blocks.append((rows[item_id], rects[item_id]))
                continue
            # colours by name: the selection, a conflict, both, or the item's kind
            flagged = in_conflict(item_id)
            key = (
                (" selected conflict" if flagged else " selected")
                if item_id in selected
                else " conflict"
                if flagged
                else rows[item_id].kind
            )
            found = slivers.get(key)
            if found is None:
                found = slivers[key] = []
            found.append(rects[item_id])
        painter.setPen(Qt.PenStyle.NoPen)
        for key in sorted(slivers, key=lambda k: k.startswith(" selected")):  # the selection on top
            colour = _SLIVER_COLOURS.get(key)
            painter.setBrush(colour if colour is not None else kind_colour(key))
            painter.drawRects(slivers[key])
        # then the blocks, over the slivers' minimum height where one runs into the next item
        for row, rect in blocks:
            self._paint_block(painter, row, rect)
        if self._drag is not None and self._drag.moved:
            row = self.rows[self._drag.item_id]
            painter.setOpacity(0.75)
            self._paint_block(painter, row, self._drag.ghost, ghost=True)
            painter.setOpacity(1.0)
        self._paint_rulers(painter)
        painter.end()

    def _visible(self, clip: QRectF) -> list[tuple[int, float]]:
        """Items (id, height) whose blocks meet ``clip``, found per day by bisection on their tops and
        compared in plain floats (a Qt call per block costs more, at thousands of blocks)."""
        found: list[tuple[int, float]] = []
        x0, x1, y0, y1 = clip.left(), clip.right(), clip.top(), clip.bottom()
        for (left, right), (tops, _, tallest), layout in zip(
            self._day_x, self._day_index, self._day_layouts, strict=True
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

    def _paint_grid(self, painter: QPainter, clip: QRectF) -> None:
        line = QColor(self.palette().mid().color())
        line.setAlpha(90)
        painter.setPen(QPen(line, 1))
        left = max(clip.left(), self.axis_width() - 4.0)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * 60 * self.pixels_per_minute
            if clip.top() - 1 <= y <= clip.bottom() + 1:
                painter.drawLine(QPointF(left, y), QPointF(clip.right(), y))
        for _, right in self._day_x:
            x = right + DAY_GAP / 2
            if clip.left() <= x <= clip.right():
                painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))

    def _paint_rulers(self, painter: QPainter) -> None:
        """The day headers and the hour axis, pinned to the visible edges so they never scroll away."""
        pal = self.palette()
        visible = self.visibleRegion().boundingRect()
        top, left = visible.top(), visible.left()
        text = pal.text().color()
        painter.setFont(self._small)
        axis = QRectF(left, top, self.axis_width(), visible.height())
        painter.fillRect(axis, pal.window())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * 60 * self.pixels_per_minute
            if y < top + HEADER - 4 or y > visible.bottom() + 10:
                continue
            painter.setPen(text)
            painter.drawText(QRectF(left, y - 8, 48, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
            if self.show_guest_time and self.guest_tz is not None and self.tz is not None and self.days:
                moment = datetime.combine(self.days[0], time(hour % 24), tzinfo=self.tz)
                guest = moment.astimezone(self.guest_tz)
                painter.setPen(QColor("#1565c0"))
                painter.drawText(
                    QRectF(left + 52, y - 8, 48, 16), Qt.AlignmentFlag.AlignRight, f"{guest:%H:%M}"
                )
        painter.setFont(self._font)
        painter.fillRect(QRectF(left, top, visible.width(), HEADER - 2), pal.window())
        if self.show_guest_time and self.guest_tz is not None:
            painter.setPen(QColor("#1565c0"))
            painter.setFont(self._small)
            painter.drawText(
                QRectF(left + 52, top, 48, HEADER - 4), Qt.AlignmentFlag.AlignCenter, tr("guests")
            )
            painter.setFont(self._font)
        for n, (day_left, right) in enumerate(self._day_x):
            header = QRectF(max(day_left, left + self.axis_width()), top, right - day_left, HEADER - 4)
            if header.width() <= 0:
                continue
            painter.fillRect(QRectF(day_left, top, right - day_left, HEADER - 4), pal.alternateBase())
            painter.setPen(text)
            painter.drawText(
                QRectF(day_left, top, right - day_left, HEADER - 4),
                Qt.AlignmentFlag.AlignCenter,
                self._day_label(self.days[n]),
            )

    def moveEvent(self, event: object) -> None:
        # the scroll area scrolls by moving this widget; repaint so the rulers follow the visible edges
        super().moveEvent(event)  # type: ignore[arg-type]
        self.update()

    def _day_label(self, day: date) -> str:
        names = [
            tr("Mon"),
            tr("Tue"),
            tr("Wed"),
            tr("Thu"),
            tr("Fri"),
            tr("Sat"),
            tr("Sun"),
        ]
        return f"{names[day.weekday()]} {day:%d.%m.%Y}"

    def _paint_block(self, painter: QPainter, row: ItemRow, rect: QRectF, ghost: bool = False) -> None:
        colour = kind_colour(row.kind)
        fill = QColor(colour).lighter(112)
        if ghost:
            fill.setAlpha(140)  # opaque blocks otherwise: blending costs more than it shows
        painter.setBrush(fill)
        in_conflict = self._in_conflict(row.id)
        selected = row.id in self.selected
        pen = QPen(QColor("#c62828") if in_conflict else colour.darker(150), 2.5 if in_conflict else 1)
        if selected:
            pen = QPen(QColor("#0d47a1"), 3)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        if rect.height() < 11 or rect.width() < 30:
            return
        assert self.tz is not None
        text_rect = rect.adjusted(4, 1, -4, -1)
        painter.setPen(QColor("#101010"))
        painter.setFont(self._small)
        start, end = row.starts_at.astimezone(self.tz), row.ends_at.astimezone(self.tz)
        if ghost:
            start_new = self.time_at(self.day_at(rect.center().x()) or start.date(), rect.top())
            end = (
                start_new + (row.ends_at - row.starts_at) if self._drag and self._drag.mode == "move" else end
            )
            if self._drag and self._drag.mode == "resize":
                end = self.time_at(start.date(), rect.bottom())
            else:
                start = start_new
        prefix = "⚠ " if in_conflict else ("◆ " if row.pinned else "")
        lines = [f"{prefix}{start:%H:%M}–{end:%H:%M} {row.title}"]
        if row.place and row.place != row.title:
            lines.append(row.place)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
            "\n".join(lines),
        )

    def _in_conflict(self, item_id: int) -> bool:
        """Whether a block is drawn as in conflict (red)."""
        return item_id in self.conflicts

    # ---- interaction
    def item_at(self, pos: QPointF) -> int | None:
        # last drawn is on top; the ids of overlapping blocks are few, a linear scan is fast enough at 5k
        found = None
        for item_id, rect in self._rects.items():
            if rect.contains(pos):
                found = item_id
        return found

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        item_id = self.item_at(pos)
        if item_id is None:
            self.select_items([], emit=True)
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_items(self.selected ^ {item_id}, emit=True)
            return
        self.select_items([item_id], emit=True)
        rect = self._rects[item_id]
        mode = "resize" if rect.bottom() - pos.y() <= EDGE and rect.height() > EDGE * 2 else "move"
        self._drag = _Drag(item_id, mode, pos, QRectF(rect), QRectF(rect))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            item_id = self.item_at(pos)
            if item_id is None:
                self.unsetCursor()
            elif self._rects[item_id].bottom() - pos.y() <= EDGE:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        delta = pos - drag.press
        if not drag.moved and abs(delta.y()) < 3 and abs(delta.x()) < 3:
            return
        drag.moved = True
        old = drag.ghost.toAlignedRect().adjusted(-3, -3, 3, 3)
        if drag.mode == "resize":
            drag.ghost = QRectF(drag.original)
            drag.ghost.setBottom(
                max(drag.original.top() + 5 * self.pixels_per_minute, drag.original.bottom() + delta.y())
            )
        else:
            drag.ghost = drag.original.translated(0, delta.y())
            day = self.day_at(pos.x())
            if day is not None:
                n = self.days.index(day)
                left, _ = self._day_x[n]
                drag.ghost.moveLeft(left + 2 + (drag.original.left() - self._column_left(drag.original)))
        self.update(old)
        self.update(drag.ghost.toAlignedRect().adjusted(-3, -3, 3, 3))

    def _column_left(self, rect: QRectF) -> float:
        for left, right in self._day_x:
            if left <= rect.left() <= right:
                return left + 2
        return rect.left()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.moved or event.button() != Qt.MouseButton.LeftButton:
            self.update()
            return
        row = self.rows[drag.item_id]
        assert self.tz is not None
        if drag.mode == "resize":
            day = row.starts_at.astimezone(self.tz).date()
            new_end = self.time_at(day, drag.ghost.bottom())
            if new_end <= row.starts_at:
                new_end = row.starts_at + timedelta(minutes=SNAP_MINUTES)
            self.update()
            if new_end != row.ends_at:
                self.itemResized.emit(row.id, new_end)
            return
        day = self.day_at(event.position().x()) or row.starts_at.astimezone(self.tz).date()
        new_start = self.time_at(day, drag.ghost.top())
        self.update()
        if new_start != row.starts_at:
            self.itemMoved.emit(row.id, new_start, new_start + (row.ends_at - row.starts_at))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        if item_id is not None:
            self._drag = None
            self.itemActivated.emit(item_id)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        # reached only when no shortcut took the key (the window inactive, or no page actions around)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selected) == 1:
            self.itemActivated.emit(next(iter(self.selected)))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = QHelpEvent(event)  # type: ignore[call-overload]
            return self._tooltip(help_event.pos(), help_event.globalPos()) or True
        return super().event(event)

    def _tooltip(self, pos: QPoint, global_pos: QPoint) -> bool:
        item_id = self.item_at(QPointF(pos))
        if item_id is None or self.tz is None:
            QToolTip.hideText()
            return False
        QToolTip.showText(global_pos, self.tooltip_text(item_id), self, QRect())
        return True

    def tooltip_text(self, item_id: int) -> str:
        """The block's tooltip: time, title, place and the engine's sentences for its conflicts."""
        row = self.rows[item_id]
        assert self.tz is not None
        start, end = row.starts_at.astimezone(self.tz), row.ends_at.astimezone(self.tz)
        lines = [f"{start:%d.%m %H:%M}–{end:%H:%M}  {row.title}"]
        if row.place:
            lines.append(row.place)
        if self.show_guest_time and self.guest_tz is not None:
            gs, ge = row.starts_at.astimezone(self.guest_tz), row.ends_at.astimezone(self.guest_tz)
            lines.append(tr("Guest time: %1").replace("%1", f"{gs:%H:%M}–{ge:%H:%M}"))
        for sentence in self.conflicts.get(item_id, []):
            lines.append(f"⚠ {sentence}")
        return "\n".join(lines)
