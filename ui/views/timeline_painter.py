"""How the timeline looks: the hour grid, the blocks in their kinds' colours, the drives between them,
conflicts in red, the selection, a block being dragged, and the rulers pinned to the visible edges.

The painter draws what a :class:`~ui.views.timeline_layout.TimelineLayout` says and keeps nothing of its
own but pens and fonts; the widget hands it the marks of the moment (selection, conflicts, a drag).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from planner.queries.itinerary import ItemRow
from ui.i18n import tr
from ui.palette import CONFLICT_COLOUR, SELECTED_COLOUR, kind_colour
from ui.views.timeline_layout import DAY_GAP, HEADER, LANE_LABEL, TimelineLayout

_SELECTED, _CONFLICT = QColor(SELECTED_COLOUR), QColor(CONFLICT_COLOUR)
# a sliver has no room for an outline: selected and in conflict gets a colour of its own (dark red),
# so the block just dragged onto a clash shows it
_SLIVER_COLOURS = {" selected": _SELECTED, " conflict": _CONFLICT, " selected conflict": QColor("#6d0f0f")}


@dataclass(frozen=True)
class Ghost:
    """The block being dragged: which item, "move" or "resize", and where it is drawn now."""

    item_id: int
    mode: str
    rect: QRectF


@dataclass(frozen=True)
class Marks:
    """What the painter shows beyond the layout: the selection, which blocks are in conflict (asked per
    block, at paint time), the drives too short for the road, and the block being dragged."""

    selected: Collection[int]
    in_conflict: Callable[[int], bool]
    travel_warnings: Collection[tuple[int, int]]
    ghost: Ghost | None = None


class TimelinePainter:
    """Paints a timeline layout onto a widget."""

    def __init__(self, layout: TimelineLayout, font: QFont) -> None:
        self.layout = layout
        self._leg_pens = {
            False: QPen(QColor("#607d8b"), 1.2, Qt.PenStyle.DashLine),
            True: QPen(QColor("#c62828"), 1.6, Qt.PenStyle.DashLine),
        }
        self._font = QFont(font)
        self._small = QFont(font)
        self._small.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))
        self._small_metrics = QFontMetricsF(self._small)
        # the lines of a block's text by (texts, width, height): wrapping is measured once per block size
        self._lines: dict[tuple[tuple[str, ...], int, int], list[str]] = {}

    def paint(self, painter: QPainter, area: QRect, palette: QPalette, seen: QRect, marks: Marks) -> None:
        """Paint ``area`` of the timeline; ``seen`` is the part the scroll area shows, where the rulers go."""
        layout = self.layout
        clip = QRectF(area)
        painter.fillRect(area, palette.base())
        self._paint_grid(painter, clip, palette)
        painter.setFont(self._small)
        visible = layout.visible(clip)
        shown = {item_id for item_id, _ in visible}
        day_legs = [
            legs
            for (left, right), legs in zip(layout.day_x, layout.legs_by_day, strict=True)
            if right >= clip.left() and left <= clip.right()
        ]
        for before, after, label in itertools.chain.from_iterable(day_legs):
            if before not in shown and after not in shown:
                continue
            a, b = layout.rects[before], layout.rects[after]
            start, end = QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top())
            warn = (before, after) in marks.travel_warnings
            painter.setPen(self._leg_pens[warn])
            painter.drawLine(start, end)
            if end.y() - start.y() > 12:
                painter.drawText(QPointF(start.x() + 3, (start.y() + end.y()) / 2 + 4), label)
        dragged = marks.ghost.item_id if marks.ghost is not None else None
        # a crowded day is mostly slivers: a plain fill each, drawn in one call per colour
        slivers: dict[str, list[QRectF]] = {}
        blocks = []
        rows, rects, selected, in_conflict = layout.rows, layout.rects, marks.selected, marks.in_conflict
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
            self._paint_block(painter, row, rect, marks)
        if marks.ghost is not None:
            row = rows[marks.ghost.item_id]
            # where the block was: an empty dashed outline; the block being dragged is opaque, so its
            # times never print over the text of the blocks it passes
            painter.setPen(QPen(kind_colour(row.kind).darker(150), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rects[row.id], 3, 3)
            self._paint_block(painter, row, marks.ghost.rect, marks, ghost=marks.ghost.mode)
        self._paint_rulers(painter, palette, seen)

    def _paint_grid(self, painter: QPainter, clip: QRectF, palette: QPalette) -> None:
        layout = self.layout
        line = QColor(palette.mid().color())
        line.setAlpha(90)
        painter.setPen(QPen(line, 1))
        left = max(clip.left(), layout.axis_width() - 4.0)
        for hour in range(layout.first_hour, layout.last_hour + 1):
            y = layout.header + (hour - layout.first_hour) * 60 * layout.pixels_per_minute
            if clip.top() - 1 <= y <= clip.bottom() + 1:
                painter.drawLine(QPointF(left, y), QPointF(clip.right(), y))
        for _, right in layout.day_x:
            x = right + DAY_GAP / 2
            if clip.left() <= x <= clip.right():
                painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
        # a dotted line between the groups' lanes of a day
        painter.setPen(QPen(line, 1, Qt.PenStyle.DotLine))
        for (day_left, _), day in zip(layout.day_x, layout.day_layouts, strict=True):
            for _, lane_left, _ in day.lanes[1:]:
                x = day_left + lane_left
                if clip.left() <= x <= clip.right():
                    painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))

    def _paint_rulers(self, painter: QPainter, pal: QPalette, visible: QRect) -> None:
        """The day headers and the hour axis, pinned to the visible edges so they never scroll away."""
        layout = self.layout
        top, left = visible.top(), visible.left()
        text = pal.text().color()
        painter.setFont(self._small)
        axis = QRectF(left, top, layout.axis_width(), visible.height())
        painter.fillRect(axis, pal.window())
        for hour, box in self.hour_label_boxes(visible):
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
            if (
                layout.show_guest_time
                and layout.guest_tz is not None
                and layout.tz is not None
                and layout.days
            ):
                moment = datetime.combine(layout.days[0], time(hour % 24), tzinfo=layout.tz)
                guest = moment.astimezone(layout.guest_tz)
                painter.setPen(QColor("#1565c0"))
                painter.drawText(box.translated(52, 0), Qt.AlignmentFlag.AlignRight, f"{guest:%H:%M}")
        painter.setFont(self._font)
        painter.fillRect(QRectF(left, top, visible.width(), layout.header - 2), pal.window())
        if layout.show_guest_time and layout.guest_tz is not None:
            painter.setPen(QColor("#1565c0"))
            painter.setFont(self._small)
            painter.drawText(
                QRectF(left + 52, top, 48, HEADER - 4), Qt.AlignmentFlag.AlignCenter, tr("guests")
            )
            painter.setFont(self._font)
        for n, (day_left, right) in enumerate(layout.day_x):
            header = QRectF(max(day_left, left + layout.axis_width()), top, right - day_left, HEADER - 4)
            if header.width() <= 0:
                continue
            painter.fillRect(QRectF(day_left, top, right - day_left, HEADER - 4), pal.alternateBase())
            painter.setPen(text)
            painter.drawText(
                QRectF(day_left, top, right - day_left, HEADER - 4),
                Qt.AlignmentFlag.AlignCenter,
                self._day_label(layout.days[n]),
            )
            self._paint_lane_labels(painter, pal, day_left, top + HEADER - 4, layout.day_layouts[n].lanes)

    def hour_label_boxes(self, visible: QRect) -> list[tuple[int, QRectF]]:
        """Where each hour's label is drawn on the axis (hour, box): centred on its line, but never under
        the day headers, so the first hour (07:00) shows whole below them."""
        layout = self.layout
        top, left = visible.top(), visible.left()
        below_headers = top + layout.header
        boxes = []
        for hour in range(layout.first_hour, layout.last_hour + 1):
            y = layout.header + (hour - layout.first_hour) * 60 * layout.pixels_per_minute
            if y < below_headers - 4 or y > visible.bottom() + 10:
                continue
            boxes.append((hour, QRectF(left, max(y - 8, below_headers), 48, 16)))
        return boxes

    def _paint_lane_labels(
        self,
        painter: QPainter,
        pal: QPalette,
        day_left: float,
        top: float,
        lanes: list[tuple[str, float, float]],
    ) -> None:
        """The groups' names over their lanes, cut with an ellipsis where a lane is narrow."""
        if not lanes:
            return
        painter.setFont(self._small)
        metrics = painter.fontMetrics()
        painter.setPen(pal.text().color())
        for name, lane_left, width in lanes:
            box = QRectF(day_left + lane_left + 1, top + 1, width - 2, LANE_LABEL - 2)
            painter.fillRect(box, pal.window())
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(box.width()) - 6)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self._font)

    @staticmethod
    def _day_label(day: date) -> str:
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

    def _paint_block(
        self, painter: QPainter, row: ItemRow, rect: QRectF, marks: Marks, ghost: str | None = None
    ) -> None:
        """One block; ``ghost`` is the drag's mode when this is the block being dragged."""
        layout = self.layout
        colour = kind_colour(row.kind)
        fill = QColor(colour).lighter(112)
        painter.setBrush(fill)
        in_conflict = marks.in_conflict(row.id)
        selected = row.id in marks.selected
        pen = QPen(QColor("#c62828") if in_conflict else colour.darker(150), 2.5 if in_conflict else 1)
        if selected:
            pen = QPen(QColor("#0d47a1"), 3)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        if rect.height() < 11 or rect.width() < 30:
            return
        assert layout.tz is not None
        text_rect = rect.adjusted(4, 1, -4, -1)
        painter.setPen(QColor("#101010"))
        painter.setFont(self._small)
        start, end = row.starts_at.astimezone(layout.tz), row.ends_at.astimezone(layout.tz)
        if ghost is not None:
            # the times the block would take if dropped here
            start_new = layout.time_at(layout.day_at(rect.center().x()) or start.date(), rect.top())
            if ghost == "resize":
                end = layout.time_at(start.date(), rect.bottom())
            else:
                start, end = start_new, start_new + (row.ends_at - row.starts_at)
        prefix = "⚠ " if in_conflict else ("◆ " if row.pinned else "")
        # the item and its place in the language the rows were read in (the interface's), as the
        # conflicts panel and the tooltip name them
        texts = [f"{prefix}{start:%H:%M}–{end:%H:%M} {row.name}"]
        if row.place_name and row.place_name != row.name:
            texts.append(row.place_name)
        step = self._small_metrics.lineSpacing()
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        for n, text in enumerate(self.block_lines(texts, text_rect.width(), text_rect.height())):
            line = QRectF(text_rect.left(), text_rect.top() + n * step, text_rect.width(), step)
            painter.drawText(line, flags, text)

    def block_lines(self, texts: list[str], width: float, height: float) -> list[str]:
        """The lines a block shows: its texts wrapped at word ends to ``width``, only as many whole lines
        as ``height`` holds (at least one), the last one ending in "…" when text is left over, and no line
        wider than the block (a long word is cut with "…")."""
        key = (tuple(texts), int(width), int(height))
        found = self._lines.get(key)
        if found is not None:
            return found
        metrics = self._small_metrics
        room = max(1, int(height // metrics.lineSpacing()))
        wrapped: list[str] = []
        for text in texts:
            line = ""
            for word in text.split(" "):
                longer = f"{line} {word}" if line else word
                if not line or metrics.horizontalAdvance(longer) <= width:
                    line = longer
                else:
                    wrapped.append(line)
                    line = word
            if line:
                wrapped.append(line)
        if len(wrapped) > room:
            # the last line that fits says there is more
            # (two or more wrapped lines never fit on one, so eliding always cuts and adds "…")
            wrapped = [*wrapped[: room - 1], " ".join(wrapped[room - 1 :])]
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in wrapped]
        if len(self._lines) > 5000:
            self._lines.clear()
        self._lines[key] = lines
        return lines
