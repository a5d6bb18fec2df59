"""The itinerary timeline: days side by side on a time axis, blocks you can drag, resize and open.

The widget holds the interaction (selection, dragging, keys, tooltips); where blocks go is
:mod:`ui.views.timeline_layout` and how they look :mod:`ui.views.timeline_painter`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolTip, QWidget

from planner.domain.kinds import ItemKind
from planner.queries.itinerary import ItemRow
from ui.i18n import tr
from ui.models.value_labels import value_label
from ui.palette import CONFLICT_COLOUR, KIND_COLOURS, SELECTED_COLOUR
from ui.views.timeline_layout import SNAP_MINUTES, TimelineLayout
from ui.views.timeline_painter import Ghost, Marks, TimelinePainter

EDGE = 6  # pixels at a block's bottom that grab the edge for resizing
# what a site dragged from the list of sites to place carries: its entry id
TO_PLACE_MIME = "application/x-delegation-planner-site-to-place"


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
    deleteRequested = Signal()
    entryDropped = Signal(int, object)  # a site from the list dropped: entry id, start (aware)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.timeline_layout = TimelineLayout()
        self._painter = TimelinePainter(self.timeline_layout, self.font())
        self.conflicts: dict[int, list[str]] = {}
        self.travel_warnings: set[tuple[int, int]] = set()
        self.selected: set[int] = set()
        self._drag: _Drag | None = None
        self.setAcceptDrops(True)

    # ---- what the layout knows, for the pages around
    @property
    def rows(self) -> dict[int, ItemRow]:
        """The items shown, by id."""
        return self.timeline_layout.rows

    @property
    def days(self) -> list[date]:
        """The days shown, left to right."""
        return self.timeline_layout.days

    @property
    def tz(self) -> tzinfo | None:
        return self.timeline_layout.tz

    @property
    def guest_tz(self) -> tzinfo | None:
        return self.timeline_layout.guest_tz

    @property
    def show_guest_time(self) -> bool:
        return self.timeline_layout.show_guest_time

    @property
    def pixels_per_minute(self) -> float:
        return self.timeline_layout.pixels_per_minute

    # ---- data
    def set_items(
        self,
        rows: Iterable[ItemRow],
        days: Sequence[date],
        tz: tzinfo,
        guest_tz: tzinfo | None = None,
        conflicts: dict[int, list[str]] | None = None,
        lanes: Sequence[str] = (),
        lane_labels: Sequence[str] = (),
    ) -> None:
        """Show these items; ``lanes`` are the visit's groups' names as typed, a labelled lane each,
        labelled ``lane_labels`` (their names in the interface language; default: as typed)."""
        if conflicts is not None:
            self.conflicts = conflicts
        self.timeline_layout.set_items(rows, days, tz, guest_tz, lanes, tr("Together"), lane_labels)
        self.selected &= set(self.timeline_layout.rows)
        self._fit()

    def update_items(self, rows: Iterable[ItemRow]) -> None:
        """Replace changed items after an edit: only their old and new days are laid out again."""
        self.timeline_layout.update_items(rows)
        self._fit()

    def remove_items(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        self.selected.difference_update(ids)
        self.timeline_layout.remove_items(ids)
        self._fit()

    def set_conflicts(
        self, conflicts: dict[int, list[str]], travel_pairs: set[tuple[int, int]] | None = None
    ) -> None:
        # conflicts only change colours and legs' warnings, read at paint time: no layout needed
        self.conflicts = conflicts
        self.travel_warnings = travel_pairs or set()
        self.update()

    def set_show_guest_time(self, on: bool) -> None:
        self.timeline_layout.set_show_guest_time(on)
        self._fit()

    def set_zoom(self, pixels_per_minute: float) -> None:
        self.timeline_layout.set_zoom(pixels_per_minute)
        self._fit()

    def set_available_width(self, width: int) -> None:
        """The width the timeline may fill (its scroll area's): the days widen to share it."""
        if self.timeline_layout.set_available_width(width):
            self._fit()

    def _fit(self) -> None:
        """Take the size the layout needs (once there is something laid out) and repaint."""
        if self.timeline_layout.tz is None:
            return
        width, height = self.timeline_layout.size
        self.setMinimumSize(width, height)
        self.resize(width, height)
        self.update()

    def select_items(self, ids: Iterable[int], *, emit: bool = False) -> None:
        self.selected = {i for i in ids if i in self.timeline_layout.rows}
        self.update()
        if emit:
            self.selectionChanged.emit(sorted(self.selected))

    def lane_labels(self) -> list[list[str]]:
        """The lanes' labels of each day, left to right (none when the visit has no groups)."""
        return [[name for name, _, _ in day.lanes] for day in self.timeline_layout.day_layouts]

    def item_rect(self, item_id: int) -> QRectF:
        """Where an item is drawn (for tests and for scrolling to it)."""
        return QRectF(self.timeline_layout.rects.get(item_id, QRectF()))

    # ---- geometry, as the layout has it
    def axis_width(self) -> int:
        return self.timeline_layout.axis_width()

    def y_of(self, moment: datetime) -> float:
        return self.timeline_layout.y_of(moment)

    def time_at(self, day: date, y: float) -> datetime:
        """The aware instant at height ``y`` in the column of ``day``, snapped to 5 minutes."""
        return self.timeline_layout.time_at(day, y)

    def day_at(self, x: float) -> date | None:
        return self.timeline_layout.day_at(x)

    def item_at(self, pos: QPointF) -> int | None:
        return self.timeline_layout.item_at(pos)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        drag = self._drag
        ghost = Ghost(drag.item_id, drag.mode, drag.ghost) if drag is not None and drag.moved else None
        # _in_conflict is looked up at paint time: the GUI benchmark watches it to see what was painted
        marks = Marks(self.selected, self._in_conflict, self.travel_warnings, ghost)
        painter = QPainter(self)
        self._painter.paint(painter, event.rect(), self.palette(), self.visibleRegion().boundingRect(), marks)
        painter.end()

    def moveEvent(self, event: object) -> None:
        # the scroll area scrolls by moving this widget; repaint so the rulers follow the visible edges
        super().moveEvent(event)  # type: ignore[arg-type]
        self.update()

    def _in_conflict(self, item_id: int) -> bool:
        """Whether a block is drawn as in conflict (red)."""
        return item_id in self.conflicts

    # ---- interaction
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
        rect = self.timeline_layout.rects[item_id]
        mode = "resize" if rect.bottom() - pos.y() <= EDGE and rect.height() > EDGE * 2 else "move"
        self._drag = _Drag(item_id, mode, pos, QRectF(rect), QRectF(rect))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            item_id = self.item_at(pos)
            if item_id is None:
                self.unsetCursor()
            elif self.timeline_layout.rects[item_id].bottom() - pos.y() <= EDGE:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        layout = self.timeline_layout
        delta = pos - drag.press
        if not drag.moved and abs(delta.y()) < 3 and abs(delta.x()) < 3:
            return
        drag.moved = True
        old = drag.ghost.toAlignedRect().adjusted(-3, -3, 3, 3)
        if drag.mode == "resize":
            drag.ghost = QRectF(drag.original)
            drag.ghost.setBottom(
                max(drag.original.top() + 5 * layout.pixels_per_minute, drag.original.bottom() + delta.y())
            )
        else:
            drag.ghost = drag.original.translated(0, delta.y())
            day = layout.day_at(pos.x())
            if day is not None:
                n = layout.days.index(day)
                left, _ = layout.day_x[n]
                drag.ghost.moveLeft(left + 2 + (drag.original.left() - layout.column_left(drag.original)))
        self.update(old)
        self.update(drag.ghost.toAlignedRect().adjusted(-3, -3, 3, 3))

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

    # ---- a site dragged in from the list of sites to place
    def _drop_start(self, event: QDragMoveEvent | QDropEvent) -> datetime | None:
        if not event.mimeData().hasFormat(TO_PLACE_MIME) or self.tz is None:
            return None
        pos = event.position()
        day = self.day_at(pos.x())
        return None if day is None else self.time_at(day, pos.y())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TO_PLACE_MIME) and self.tz is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_start(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        start = self._drop_start(event)
        if start is None:
            event.ignore()
            return
        try:
            entry_id = int(bytes(event.mimeData().data(TO_PLACE_MIME).data()).decode())
        except ValueError:
            event.ignore()
            return
        event.acceptProposedAction()
        self.entryDropped.emit(entry_id, start)

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
        lines = [f"{start:%d.%m %H:%M}–{end:%H:%M}  {row.name}"]
        if row.place_name:
            lines.append(row.place_name)
        if row.groups:
            lines.append(tr("Groups: %1", ", ".join(row.groups)))
        if self.show_guest_time and self.guest_tz is not None:
            gs, ge = row.starts_at.astimezone(self.guest_tz), row.ends_at.astimezone(self.guest_tz)
            lines.append(tr("Guest time: %1").replace("%1", f"{gs:%H:%M}–{ge:%H:%M}"))
        for sentence in self.conflicts.get(item_id, []):
            lines.append(f"⚠ {sentence}")
        return "\n".join(lines)


class TimelineScroll(QScrollArea):
    """The scroll area around a timeline: tells it the width it may fill whenever that changes, so the
    days share a maximised window instead of leaving half of it empty."""

    def __init__(self, timeline: TimelineWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(timeline)
        self.setWidgetResizable(False)
        self.timeline = timeline

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.timeline.set_available_width(self.viewport().width())


class TimelineLegend(QLabel):
    """A line under the timeline naming what its colours and marks mean: each kind of item, a conflict,
    the selection, a pinned item (wrapped onto more lines in a narrow window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(4, 2, 4, 2)
        # (what it says, its colour) of each entry; kinds of one colour share an entry
        by_colour: dict[str, list[str]] = {}
        for kind in ItemKind:
            by_colour.setdefault(KIND_COLOURS[kind], []).append(value_label("item_kind", kind.value))
        self.entries: list[tuple[str, str]] = [(", ".join(names), c) for c, names in by_colour.items()]
        self.entries += [(tr("conflict"), CONFLICT_COLOUR), (tr("selected"), SELECTED_COLOUR)]
        parts = [
            f'<span style="color:{colour}">■</span>&nbsp;{html.escape(text).replace(" ", "&nbsp;")}'
            for text, colour in self.entries
        ]
        parts.append(f"◆&nbsp;{html.escape(tr('pinned'))}")
        self.setText(" &nbsp; ".join(parts))
