"""The itinerary timeline: days side by side on a time axis, blocks you can drag, resize and open."""

from __future__ import annotations

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

SNAP_MINUTES = 5
EDGE = 6  # pixels at a block's bottom that grab the edge for resizing
HEADER = 30
LANE_WIDTH = 150
MIN_DAY_WIDTH = 220
DAY_GAP = 10


@dataclass
class _Drag:
    item_id: int
    mode: str  # "move" or "resize"
    press: QPointF
    original: QRectF
    ghost: QRectF
    moved: bool = False


class TimelineWidget(QWidget):
    """Paints the visit's items; emits the user's moves, resizes, double-clicks and selection."""

    itemMoved = Signal(int, object, object)  # id, new start (aware), new end (aware)
    itemResized = Signal(int, object)  # id, new end
    itemActivated = Signal(int)
    selectionChanged = Signal(list)

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
        self._legs: list[tuple[QPointF, QPointF, bool, str]] = []
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
        item_days = {r.starts_at.astimezone(tz).date() for r in self.rows.values()}
        self.days = sorted(set(days) | item_days)
        if conflicts is not None:
            self.conflicts = conflicts
        self.selected &= set(self.rows)
        self._relayout()

    def update_item(self, row: ItemRow) -> None:
        """Replace one item after an edit, without re-reading the whole visit."""
        self.rows[row.id] = row
        assert self.tz is not None
        if row.starts_at.astimezone(self.tz).date() not in self.days:
            self.days = sorted({*self.days, row.starts_at.astimezone(self.tz).date()})
        self._relayout()

    def remove_items(self, ids: Iterable[int]) -> None:
        for item_id in ids:
            self.rows.pop(item_id, None)
            self.selected.discard(item_id)
        self._relayout()

    def set_conflicts(
        self, conflicts: dict[int, list[str]], travel_pairs: set[tuple[int, int]] | None = None
    ) -> None:
        self.conflicts = conflicts
        self.travel_warnings = travel_pairs or set()
        self._relayout()

    def set_show_guest_time(self, on: bool) -> None:
        self.show_guest_time = on
        self._relayout()

    def set_zoom(self, pixels_per_minute: float) -> None:
        self.pixels_per_minute = max(0.3, min(6.0, pixels_per_minute))
        self._relayout()

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

    def _relayout(self) -> None:
        assert self.tz is not None or not self.rows
        tz = self.tz
        by_day: dict[date, list[ItemRow]] = {d: [] for d in self.days}
        if tz is not None:
            hours = [r.starts_at.astimezone(tz).hour for r in self.rows.values()]
            ends = [r.ends_at.astimezone(tz) for r in self.rows.values()]
            self.first_hour = min([7, *hours])
            self.last_hour = max([22, *[e.hour + (1 if e.minute else 0) for e in ends]])
            self.last_hour = min(self.last_hour, 24)
            for row in self.rows.values():
                by_day.setdefault(row.starts_at.astimezone(tz).date(), []).append(row)
        self._rects.clear()
        self._day_x.clear()
        self._legs.clear()
        x = float(self.axis_width())
        for day in self.days:
            items = sorted(by_day.get(day, []), key=lambda r: (r.starts_at, r.ends_at, r.id))
            lanes: list[datetime] = []
            lane_of: dict[int, int] = {}
            for row in items:  # greedy interval partitioning: first lane free at the item's start
                for n, free_at in enumerate(lanes):
                    if free_at <= row.starts_at:
                        lanes[n] = row.ends_at
                        lane_of[row.id] = n
                        break
                else:
                    lanes.append(row.ends_at)
                    lane_of[row.id] = len(lanes) - 1
            width = max(MIN_DAY_WIDTH, LANE_WIDTH * max(1, len(lanes)))
            lane_w = width / max(1, len(lanes))
            for row in items:
                top = self.y_of(row.starts_at)
                bottom = (
                    self.y_of(row.ends_at)
                    if row.ends_at.astimezone(tz).date() == day
                    else self.y_of(datetime.combine(day, time(23, 59), tzinfo=tz))
                )
                self._rects[row.id] = QRectF(
                    x + lane_of[row.id] * lane_w + 2, top, lane_w - 4, max(3.0, bottom - top)
                )
            per_lane: dict[int, list[ItemRow]] = {}
            for row in items:
                per_lane.setdefault(lane_of[row.id], []).append(row)
            for lane_items in per_lane.values():
                for before, after in itertools.pairwise(lane_items):
                    if before.site_id and after.site_id and before.site_id != after.site_id:
                        a, b = self._rects[before.id], self._rects[after.id]
                        gap = int((after.starts_at - before.ends_at).total_seconds() // 60)
                        warn = (before.id, after.id) in self.travel_warnings
                        self._legs.append(
                            (
                                QPointF(a.center().x(), a.bottom()),
                                QPointF(b.center().x(), b.top()),
                                warn,
                                f"{gap}′",
                            )
                        )
            self._day_x.append((x, x + width))
            x += width + DAY_GAP
        height = HEADER + (self.last_hour - self.first_hour) * 60 * self.pixels_per_minute + 10
        self.setMinimumSize(int(x), int(height))
        self.resize(max(int(x), self.width()), int(height))
        self.update()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = QRectF(event.rect())
        painter.fillRect(event.rect(), self.palette().base())
        self._paint_grid(painter, clip)
        painter.setFont(self._small)
        for start, end, warn, label in self._legs:
            if not clip.intersects(QRectF(start, end).normalized().adjusted(-30, -2, 30, 2)):
                continue
            painter.setPen(QPen(QColor("#c62828") if warn else QColor("#607d8b"), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(start, end)
            if end.y() - start.y() > 12:
                painter.drawText(QPointF(start.x() + 3, (start.y() + end.y()) / 2 + 4), label)
        for item_id, rect in self._rects.items():
            hidden = self._drag is not None and self._drag.item_id == item_id and self._drag.moved
            if hidden:
                continue
            if rect.intersects(clip):
                self._paint_block(painter, self.rows[item_id], rect)
        if self._drag is not None and self._drag.moved:
            row = self.rows[self._drag.item_id]
            painter.setOpacity(0.75)
            self._paint_block(painter, row, self._drag.ghost, ghost=True)
            painter.setOpacity(1.0)
        self._paint_rulers(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter, clip: QRectF) -> None:
        line = QColor(self.palette().mid().color())
        line.setAlpha(90)
        painter.setPen(QPen(line, 1))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER + (hour - self.first_hour) * 60 * self.pixels_per_minute
            if clip.top() - 20 <= y <= clip.bottom() + 20:
                painter.drawLine(QPointF(self.axis_width() - 4, y), QPointF(self.width(), y))
        for _, right in self._day_x:
            painter.drawLine(QPointF(right + DAY_GAP / 2, 0), QPointF(right + DAY_GAP / 2, self.height()))

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
        fill = QColor(colour)
        fill.setAlpha(200 if not ghost else 140)
        painter.setBrush(fill)
        in_conflict = row.id in self.conflicts
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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self.selected) == 1:
            self.itemActivated.emit(next(iter(self.selected)))
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
