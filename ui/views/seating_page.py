"""The seating screen: choose a meeting or a meal, propose its seating, drag a name onto another seat.

The table is drawn as on paper: talks at a rectangle (hosts along the top edge facing the guests along
the bottom, each head at the centre), a banquet at round tables (each table's host at the top, the seats
going round to the host's right). Dropping a name on another seat swaps the two people (or moves the
person to an empty seat); every proposal and every swap is one undo step.
"""

from __future__ import annotations

import math
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.queries.seating import (
    RECT_GUEST_TABLE,
    RECT_HOST_TABLE,
    Layout,
    SeatingItem,
    SeatingPlan,
    SeatLine,
    rect_offset,
    round_angle,
    seating_items,
    seating_plan,
)
from planner.queries.visits import get_visit
from ui.commands.seating_commands import ProposeSeatingCommand, SwapSeatsCommand
from ui.i18n import current_language, tr
from ui.models.visit_list_model import short_date
from ui.operations import ITEMS, MEETINGS, PARTICIPANTS, Operations
from ui.printing import PrintOptions, build_pdf, write_pdf
from ui.views.common import Page
from ui.views.file_dialogs import get_save_file_name
from ui.views.planning_dialog import plural

SEAT_W, SEAT_H = 150.0, 46.0
PLACE_ROLE = 0  # QGraphicsItem data key holding a seat's (table, seat)
HOST_COLOUR, GUEST_COLOUR, EMPTY_COLOUR = QColor("#e3e9f0"), QColor("#eef3e8"), QColor("#ffffff")
DEFAULT_TABLE_SIZE = 10


class SeatItem(QGraphicsRectItem):
    """One place at the table: the name (bold) and the position, or "(free)" for an empty place."""

    def __init__(self, place: tuple[int, int], seat: SeatLine | None, centre: QPointF, head: bool) -> None:
        super().__init__(QRectF(-SEAT_W / 2, -SEAT_H / 2, SEAT_W, SEAT_H))
        self.place, self.seat = place, seat
        self.setPos(centre)
        self.setData(PLACE_ROLE, place)
        side = seat.person.side if seat is not None else ""
        colour = HOST_COLOUR if side == "host" else GUEST_COLOUR if side == "guest" else EMPTY_COLOUR
        self.setBrush(QBrush(colour))
        self.setPen(
            QPen(
                QColor("#1f3a5f"),
                2.0 if head else 0.8,
                Qt.PenStyle.SolidLine if seat else Qt.PenStyle.DashLine,
            )
        )
        name = QGraphicsSimpleTextItem(self)
        bold = QFont(name.font())
        bold.setBold(seat is not None)
        name.setFont(bold)
        name.setText(_elided(seat.person.name if seat else tr("(free)"), bold))
        name.setPos(-SEAT_W / 2 + 4, -SEAT_H / 2 + 3)
        if seat is not None:
            position = seat.person.title or seat.person.organisation
            detail = QGraphicsSimpleTextItem(self)
            small = QFont(detail.font())
            small.setPointSizeF(max(6.0, small.pointSizeF() - 1.5))
            detail.setFont(small)
            detail.setText(_elided(position, small))
            detail.setBrush(QBrush(QColor("#5a6878")))
            detail.setPos(-SEAT_W / 2 + 4, -SEAT_H / 2 + 22)
            self.setToolTip(f"{seat.person.name}\n{position}")


def _elided(text: str, font: QFont) -> str:
    # the full text is in the tooltip and on paper; the box shows what fits its width
    return QFontMetricsF(font).elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, SEAT_W - 8)


class SeatingView(QGraphicsView):
    """The drawn table; a name pressed on one seat and released on another asks for a swap."""

    def __init__(self, page: SeatingPage) -> None:
        super().__init__()
        self.page = page
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._pressed: SeatItem | None = None

    def seat_at(self, point: QPointF) -> SeatItem | None:
        """The seat under a point of the viewport."""
        for item in self.items(point.toPoint()):
            while item is not None and not isinstance(item, SeatItem):
                item = item.parentItem()
            if isinstance(item, SeatItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        seat = self.seat_at(event.position())
        self._pressed = seat if seat is not None and seat.seat is not None else None
        if self._pressed is not None:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        source, self._pressed = self._pressed, None
        self.viewport().unsetCursor()
        target = self.seat_at(event.position())
        super().mouseReleaseEvent(event)
        if source is not None and target is not None and target is not source:
            self.page.swap(source.place, target.place)


class SeatingPage(Page):
    """Choose an item, propose its seating, drag names to swap, print it."""

    KINDS = frozenset({MEETINGS, ITEMS, PARTICIPANTS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.plan: SeatingPlan | None = None
        self.seats: dict[tuple[int, int], SeatItem] = {}
        self.item = QComboBox()
        self.item.currentIndexChanged.connect(lambda *_: self._show_plan())
        self.layout_kind = QComboBox()
        self.layout_kind.addItem(tr("Talks: rectangular table"), Layout.RECT.value)
        self.layout_kind.addItem(tr("Banquet: round tables"), Layout.ROUND.value)
        self.table_size = QSpinBox()
        self.table_size.setRange(2, 60)
        self.table_size.setValue(DEFAULT_TABLE_SIZE)
        self.table_size.setSuffix(tr(" seats per table"))
        self.layout_kind.currentIndexChanged.connect(self._layout_changed)
        self.propose_button = QPushButton(tr("Propose seating"))
        self.propose_button.clicked.connect(self.propose)
        self.a3 = QCheckBox(tr("A3 paper"))
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = SeatingView(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Meeting or meal")))
        top.addWidget(self.item, 1)
        top.addWidget(self.layout_kind)
        top.addWidget(self.table_size)
        top.addWidget(self.propose_button)
        top.addWidget(self.a3)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._layout_changed()

    # reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        visit, items = self.ops.read(lambda uow: (get_visit(uow, visit_id), seating_items(uow, visit_id)))
        self.zone = ZoneInfo(visit.host_timezone)
        chosen = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for i in items:
            self.item.addItem(self._item_text(i, self.zone), i.id)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.item.blockSignals(False)
        self._show_plan()

    @staticmethod
    def _item_text(item: SeatingItem, zone: ZoneInfo) -> str:
        # the host's clock, as on the programme; a dot marks an item that already has a plan
        mark = "● " if item.has_plan else ""
        start = item.starts_at.astimezone(zone)
        return f"{mark}{short_date(start.date())} {start:%H:%M} — {item.title}"

    def choose_item(self, item_id: int) -> None:
        """Show the plan of ``item_id`` (from the Meetings page)."""
        if self.visit_id is not None and self.item.count() == 0:
            self.refresh_now()
        index = self.item.findData(item_id)
        if index >= 0:
            self.item.setCurrentIndex(index)

    def _layout_changed(self) -> None:
        self.table_size.setEnabled(self.layout_kind.currentData() == Layout.ROUND.value)

    def _show_plan(self) -> None:
        item_id = self.item.currentData()
        scene = self.view.scene()
        scene.clear()
        self.seats = {}
        self.plan = None
        if item_id is None:
            self.status.setText(tr("This visit has no meetings or meals to seat."))
            return
        plan = self.ops.read(lambda uow: seating_plan(uow, item_id, current_language()))
        self.plan = plan
        if not plan.seats:
            self.status.setText(tr("No seating yet: choose the table and press “Propose seating”."))
            is_meal = plan.item.kind == "meal"
            self.layout_kind.setCurrentIndex(self.layout_kind.findData("round" if is_meal else "rect"))
            return
        self.layout_kind.setCurrentIndex(self.layout_kind.findData(plan.layout))
        if plan.layout == Layout.ROUND:
            self.table_size.setValue(plan.table_size)
        waiting = len(plan.unseated)
        self.status.setText(
            tr("Drag a name onto another seat to swap the two; Undo takes a swap back.")
            + (
                " " + plural(tr("%1 attendee has no seat.|%1 attendees have no seat."), waiting)
                if waiting
                else ""
            )
        )
        if plan.layout == Layout.RECT:
            self._draw_rect(plan)
        else:
            self._draw_round(plan)
        self.view.fitInView(
            scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio
        )

    def _add_seat(self, place: tuple[int, int], seat: SeatLine | None, centre: QPointF) -> None:
        item = SeatItem(place, seat, centre, place[1] == 1 and seat is not None)
        self.view.scene().addItem(item)
        self.seats[place] = item

    def _draw_rect(self, plan: SeatingPlan) -> None:
        by_place = {(s.table, s.number): s for s in plan.seats}
        numbers = [n for _, n in by_place] or [1]
        # one free place beyond the last on either hand, so a person can be moved to the end of the table
        reach = max(abs(rect_offset(n)) for n in numbers) + 1
        last = 2 * reach + 1
        scene = self.view.scene()
        width = (2 * reach + 1) * (SEAT_W + 8)
        table = scene.addRect(
            QRectF(-width / 2, -40, width, 80), QPen(QColor("#1f3a5f"), 2), QBrush(QColor("white"))
        )
        table.setZValue(-1)
        for label, y in ((tr("Host side"), -30), (tr("Guest side"), 14)):
            text = scene.addSimpleText(label)
            text.setPos(-text.boundingRect().width() / 2, y)
        for table_no, y, direction in (
            (RECT_HOST_TABLE, -40 - SEAT_H / 2 - 6, -1),
            (RECT_GUEST_TABLE, 40 + SEAT_H / 2 + 6, 1),
        ):
            for number in range(1, last + 1):
                # a host's right is the page's left: they face the guests across the table
                x = direction * rect_offset(number) * (SEAT_W + 8)
                self._add_seat((table_no, number), by_place.get((table_no, number)), QPointF(x, y))

    def _draw_round(self, plan: SeatingPlan) -> None:
        by_place = {(s.table, s.number): s for s in plan.seats}
        tables = sorted({s.table for s in plan.seats})
        size = max(plan.table_size, 2)
        radius = max(120.0, size * (SEAT_H + 6) / (2 * math.pi) + 40)
        cell = 2 * radius + 2 * SEAT_W + 40
        columns = max(1, min(len(tables), 3))
        scene = self.view.scene()
        for n, table in enumerate(tables):
            cx, cy = (n % columns) * cell, (n // columns) * cell
            circle = scene.addEllipse(
                QRectF(cx - radius + 30, cy - radius + 30, 2 * radius - 60, 2 * radius - 60),
                QPen(QColor("#1f3a5f"), 2),
                QBrush(QColor("white")),
            )
            circle.setZValue(-1)
            name = scene.addSimpleText(tr("Table %1", table))
            name.setPos(cx - name.boundingRect().width() / 2, cy - 8)
            for number in range(1, size + 1):
                angle = math.radians(90 + round_angle(number, size))
                centre = QPointF(cx + radius * math.cos(angle) * 1.25, cy - radius * math.sin(angle))
                self._add_seat((table, number), by_place.get((table, number)), centre)

    def seat_point(self, place: tuple[int, int]) -> QPointF:
        """The viewport point at the middle of a seat (for tests and keyboard-free checks)."""
        item = self.seats[place]
        return QPointF(self.view.mapFromScene(item.scenePos()))

    # editing -------------------------------------------------------------------------------------

    def propose(self) -> None:
        """Seat the chosen item's attendees by the rules of protocol (one undo step)."""
        item_id = self.item.currentData()
        if item_id is None or self.plan is None:
            return
        command = ProposeSeatingCommand(
            item_id, self.plan.item.title, self.layout_kind.currentData(), self.table_size.value()
        )
        self.ops.push(command, self)

    def swap(self, first: tuple[int, int], second: tuple[int, int]) -> None:
        """Exchange the people of two places of the chosen item (one undo step)."""
        item_id = self.item.currentData()
        if item_id is None:
            return
        names = " ↔ ".join(
            s.seat.person.name if s.seat is not None else tr("(free)")
            for s in (self.seats.get(first), self.seats.get(second))
            if s is not None
        )
        self.ops.push(SwapSeatsCommand(item_id, first, second, names), self)

    def save_pdf(self) -> None:
        """Print the chosen item's seating plan to a PDF file (A4 or A3 landscape)."""
        item_id, visit_id = self.item.currentData(), self.visit_id
        if item_id is None or visit_id is None:
            return
        path, _ = get_save_file_name(self, tr("Save as PDF…"), "seating.pdf", "PDF (*.pdf)")
        if not path:
            return
        settings = QSettings()
        options = PrintOptions(
            kind="seating",
            language=str(settings.value("documents/language", current_language())),
            item_id=item_id,
            paper="a3" if self.a3.isChecked() else "a4",
            organisation=str(settings.value("documents/organisation", "")),
            emblem_path=str(settings.value("documents/emblem", "")),
        )
        try:
            write_pdf(Path(path), build_pdf(self.ops.uow(), visit_id, options))
        except Exception as exc:  # the printer's errors are shown, never crash the window
            self.ops.report(exc, self)
            return
        self.status.setText(tr("Saved %1", path))


class SeatingDialog(QDialog):
    """The seating screen in a window of its own, opened from the Meetings page."""

    def __init__(
        self, ops: Operations, visit_id: int, item_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Seating plan"))
        self.resize(1100, 700)
        self.page = SeatingPage(ops, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.page.set_visit(visit_id)
        self.page.refresh_now()
        if item_id is not None:
            self.page.choose_item(item_id)
