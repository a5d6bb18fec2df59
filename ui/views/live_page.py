"""Live mode ("Today"): the day in progress, readable at arm's length.

A clock and the day, then for each group (a lane of the timeline) the item it is in now and the one after,
with how far it runs ahead of or behind the programme handed out that morning; beside them the day's
timeline with a line at the present moment. "Running late by N min" on a group's current item asks the
engine for a repair of the rest of the day (the running-late service), shows it as a diff — each item as
it was and as it would be, and who is affected and how — and writes it as one undo step.

The present moment comes from a ``now`` provider, so a test (or a rehearsal the evening before) can run
the screen on a clock of its own; a timer asks it again every few seconds.

The programme can change while a proposal is on screen: an edit on another page of this window (the
``Changes`` every service emits) or another officer's save on a shared database (a poll of the visit's
programme version every few seconds notices it). The proposal is then worked out again for the same item
and minutes, with a line saying why; if that item was deleted or its own times changed (someone already
moved it), the proposal is withdrawn instead. Apply reads the version once more and never writes a
proposal made from a programme that has changed since.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.documents.formatting import day_month, long_date
from planner.queries.groups import GroupRow, visit_groups
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.live_day import baseline_times
from planner.queries.programme_version import programme_version
from planner.queries.visits import VisitRow, get_visit
from ui.commands.live_commands import ApplyRunningLateCommand
from ui.commands.undo_actions import undo_actions
from ui.i18n import N_, current_language, quoted, step_name, tr
from ui.operations import ITEMS, VISITS, Changes, Operations
from ui.views.forms import size_to_screen
from ui.views.planning_dialog import plural
from ui.views.timeline import TimelineScroll, TimelineWidget

Clock = Callable[[], datetime]
TICK_MS = 15_000  # the now-line moves a pixel or so a minute: a few redraws a minute are plenty
POLL_MS = 5_000  # another officer's save shows here within seconds (one indexed max() per poll)
NOW_COLOUR = "#d32f2f"
BEHIND_COLOUR, AHEAD_COLOUR, ON_TIME_COLOUR = "#c62828", "#2e7d32", "#2e7d32"
# before a group's day begins or after it ends nothing runs ahead or behind: the palette's own text colour
NEUTRAL_COLOUR = ""
UPDATED_STYLE = "background: #fff3cd; color: #5d4200; padding: 4px; border-radius: 3px"
WITHDRAWN_STYLE = "background: #fdecea; color: #8a1c1c; padding: 4px; border-radius: 3px"
FOCUS_COLOUR = "#1a5fb4"
# the main actions' keys, shown on their buttons: a card's "running late" by its place on the screen
LATE_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 10))
APPLY_KEY, DISCARD_KEY = "Ctrl+Enter", "Esc"
SCALE = 1.6  # the screen's type against the window's: read from a step back, on a phone-sized tablet too


def system_clock() -> datetime:
    """The present moment (aware, UTC)."""
    return datetime.now(UTC)


# where a group is in its day: before its first item, in it (an item running or between two), after its
# last, or a day with no item of theirs
BEFORE, UNDER_WAY, OVER, EMPTY = "before", "under way", "over", "empty"


@dataclass(frozen=True)
class LaneNow:
    """One group at a moment: the item it is in, the one after, minutes behind the morning's
    programme (negative: ahead) and where it is in its day (:data:`BEFORE`, :data:`UNDER_WAY`,
    :data:`OVER`, :data:`EMPTY`)."""

    name: str
    current: ItemRow | None
    following: ItemRow | None
    behind: int
    phase: str = UNDER_WAY


def lanes_at(
    rows: Iterable[ItemRow],
    lanes: Sequence[str],
    now: datetime,
    baseline: dict[int, tuple[datetime, datetime]] | None = None,
    everyone: str = "",
    labels: Sequence[str] = (),
) -> list[LaneNow]:
    """Each group's current and next item at ``now`` (an item of no group is everyone's); with no
    groups, one lane named ``everyone``. ``lanes`` are the groups' names as typed (as items' ``groups``
    give them); a lane is named by its ``labels`` entry (the name in the interface language) if given.
    ``behind`` compares the current item's end (else the next item's start) with the same item in
    ``baseline``."""
    rows = sorted(rows, key=lambda r: (r.starts_at, r.ends_at, r.id))
    baseline = baseline or {}
    found = []
    shown = list(labels) if len(labels) == len(lanes) else list(lanes)
    for n, name in enumerate(lanes or [everyone]):
        theirs = [r for r in rows if not lanes or not r.groups or name in r.groups]
        running = [r for r in theirs if r.starts_at <= now < r.ends_at]
        # of two items running at once, the one begun last is where the group is now
        current = running[-1] if running else None
        following = next((r for r in theirs if r.starts_at > now and r is not current), None)
        behind = 0
        if current is not None and current.id in baseline:
            behind = _minutes(current.ends_at - baseline[current.id][1])
        elif following is not None and following.id in baseline:
            behind = _minutes(following.starts_at - baseline[following.id][0])
        if not theirs:
            phase = EMPTY
        elif all(r.starts_at > now for r in theirs):
            phase, behind = BEFORE, 0  # nothing has run yet: nothing is late or early
        elif all(r.ends_at <= now for r in theirs):
            phase, behind = OVER, 0
        else:
            phase = UNDER_WAY
        found.append(LaneNow(shown[n] if lanes else name, current, following, behind, phase))
    return found


def _warm_up() -> bool:
    """Import what a running-late proposal needs (off the GUI thread)."""
    import planner.queries.programme_versions
    import planner.services.planning
    import planner.services.versions  # noqa: F401

    return True


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


# when an item starts or ends, as a person says it: within the hour, within the day, tomorrow, later on
# (whole sentences, so each language orders them its own way: "начнётся через 2 ч 15 мин", "2 сағат 15
# минуттан кейін басталады"); Russian and Kazakh write "мин" and "ч" after any number, and a Kazakh noun
# after a number stays singular, so no form depends on the number
STARTS = (
    N_("starts in %1 min"),
    N_("starts in %1 h"),
    N_("starts in %1 h %2 min"),
    N_("starts tomorrow at %1"),
    N_("starts on %1 at %2"),
)
ENDS = (
    N_("ends in %1 min"),
    N_("ends in %1 h"),
    N_("ends in %1 h %2 min"),
    N_("ends tomorrow at %1"),
    N_("ends on %1 at %2"),
)

# the status of a group whose day has not begun: when its first item comes (whole sentences, as above)
FIRST = (
    N_("not started yet — first item in %1 min"),
    N_("not started yet — first item in %1 h"),
    N_("not started yet — first item in %1 h %2 min"),
    N_("not started yet — first item tomorrow at %1"),
    N_("not started yet — first item on %1 at %2"),
)


def duration_text(minutes: int) -> str:
    """A length of time as a person reads it: "25 min", "2 h", "2 h 15 min"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return tr("%1 min", rest)
    return tr("%1 h", hours) if rest == 0 else tr("%1 h %2 min", hours, rest)


def when_text(phrases: tuple[str, ...], moment: datetime, now: datetime, tz: tzinfo) -> str:
    """When ``moment`` comes, seen at ``now`` (``phrases``: :data:`STARTS` or :data:`ENDS`): "starts in
    25 min" within the hour, "starts in 2 h 15 min" later that day (host-zone clock), "starts tomorrow at
    09:00" the next day, "starts on 12 May at 09:00" after that (the date in the interface language)."""
    in_minutes, in_hours, in_hours_minutes, tomorrow, on_day = phrases
    # counted from the minute the clock shows: at 10:50:40 an item ending at 12:15 "ends in 1 h 25 min"
    # (10:50 + 1 h 25 min), not "1 h 24 min"
    minutes = max(0, _minutes(moment - now.replace(second=0, microsecond=0)))
    local, today = moment.astimezone(tz), now.astimezone(tz).date()
    if minutes < 60:
        return tr(in_minutes, minutes)
    if local.date() <= today:
        hours, rest = divmod(minutes, 60)
        return tr(in_hours, hours) if rest == 0 else tr(in_hours_minutes, hours, rest)
    at = f"{local:%H:%M}"
    if local.date() == today + timedelta(days=1):
        return tr(tomorrow, at)
    lang = current_language()
    day = day_month(local.date(), lang) if local.year == today.year else long_date(local.date(), lang)
    return tr(on_day, day, at)


class NowTimeline(TimelineWidget):
    """The day's timeline with a line at the present moment; blocks are shown, not dragged here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None

    def set_now(self, now: datetime | None) -> None:
        self.now = now
        self.update()

    def now_y(self) -> float | None:
        """Where the now-line is drawn (None: the present is not on the day shown)."""
        if self.now is None or self.tz is None or not self.days:
            return None
        if self.now.astimezone(self.tz).date() not in self.days:
            return None
        return self.y_of(self.now)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        y = self.now_y()
        if y is None or self.now is None or self.tz is None:
            return
        painter = QPainter(self)
        pen = QPen(QColor(NOW_COLOUR))
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawLine(QPointF(self.axis_width() - 4, y), QPointF(self.width(), y))
        painter.setBrush(QColor(NOW_COLOUR))
        painter.drawEllipse(QPointF(self.axis_width() - 4, y), 5, 5)
        # the time on a patch of the background, over the hour labels of the axis
        label = f"{self.now.astimezone(self.tz):%H:%M}"
        box = painter.fontMetrics().boundingRect(label).adjusted(-2, -1, 2, 1)
        box.moveBottomLeft(QPointF(2, y - 3).toPoint())
        painter.fillRect(box, self.palette().base())
        painter.drawText(QPointF(2, y - 4), label)
        painter.end()

    # a click selects; nothing is dragged on the day of the visit by a stray touch
    def mousePressEvent(self, event: QMouseEvent) -> None:
        item_id = self.item_at(event.position())
        self.select_items([] if item_id is None else [item_id], emit=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        return

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        return


class FocusMark(QWidget):
    """The keyboard's place, seen from a step back: a thick frame in the selection colour around the control
    of the window that has the focus (the style's own mark is a hairline, unseen on the day of the visit).
    Drawn over the window, it takes no clicks; a style sheet would have undone the window's large type."""

    WIDTH = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.hide()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return  # the window is gone (the application's signal outlives it)
        window = self.parentWidget()
        if self.target is not None and shiboken6.isValid(self.target):  # a card's button may be deleted
            self.target.removeEventFilter(self)
        self.target = new if new is not None and window is not None and window.isAncestorOf(new) else None
        if self.target is not None:
            self.target.installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.follow()
        return False

    def follow(self) -> None:
        """Put the frame around the control with the focus (hidden when it has none or is hidden)."""
        window, target = self.parentWidget(), self.target
        if window is None or target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        grow = self.WIDTH + 1
        corner = target.mapTo(window, QPoint(0, 0))
        self.setGeometry(QRect(corner, target.size()).adjusted(-grow, -grow, grow, grow))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(FOCUS_COLOUR))
        pen.setWidth(self.WIDTH)
        painter.setPen(pen)
        half = self.WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class LaneCard(QFrame):
    """One group now: its name, ahead or behind, the current and the next item, and "running late"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lane: LaneNow | None = None
        self.name = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.name.setFont(bold)
        self.status = QLabel()
        self.status.setFont(bold)
        # "not started yet — first item tomorrow at 09:00" is long beside a long group name
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.current = QLabel()
        self.following = QLabel()
        for label in (self.current, self.following):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.late_button = QPushButton()
        self.key = ""  # the button's shortcut as shown on it ("Ctrl+1"), set by the window
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.current)
        layout.addWidget(self.following)
        layout.addWidget(self.late_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_lane(self, lane: LaneNow, now: datetime, tz: tzinfo, minutes: int) -> None:
        self.lane = lane
        self.name.setText(lane.name)
        if lane.phase == BEFORE and lane.following is not None:
            text, colour = when_text(FIRST, lane.following.starts_at, now, tz), NEUTRAL_COLOUR
        elif lane.phase == OVER:
            text, colour = tr("the day's programme is over"), NEUTRAL_COLOUR
        elif lane.phase == EMPTY:
            text, colour = tr("nothing planned today"), NEUTRAL_COLOUR
        elif lane.behind > 0:
            text, colour = tr("%1 behind", duration_text(lane.behind)), BEHIND_COLOUR
        elif lane.behind < 0:
            text, colour = tr("%1 ahead", duration_text(-lane.behind)), AHEAD_COLOUR
        else:
            text, colour = tr("on time"), ON_TIME_COLOUR
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}" if colour else "")
        if lane.current is None:
            self.current.setText(f"<b>{escape(tr('Now:'))}</b> {escape(tr('nothing'))}")
        else:
            row = lane.current
            self.current.setText(
                f"<b>{escape(tr('Now:'))}</b> {_span(row, tz)} {escape(row.name)}"
                + (f"<br><i>{escape(row.place_name)}</i>" if row.place_name else "")
                + f"<br>{escape(when_text(ENDS, row.ends_at, now, tz))}"
            )
        if lane.following is None:
            self.following.setText(f"<b>{escape(tr('Next:'))}</b> {escape(tr('nothing more today'))}")
        else:
            row = lane.following
            self.following.setText(
                f"<b>{escape(tr('Next:'))}</b> {_span(row, tz)} {escape(row.name)}"
                + (f"<br><i>{escape(row.place_name)}</i>" if row.place_name else "")
                + f"<br>{escape(when_text(STARTS, row.starts_at, now, tz))}"
            )
        self.late_button.setText(with_key(tr("Running late by %1 min", minutes), self.key))
        self.late_button.setEnabled(lane.current is not None)

    def set_key(self, key: str) -> None:
        """Give the card's "running late" the shortcut ``key`` (shown on the button; "" for none)."""
        self.key = key
        self.late_button.setShortcut(QKeySequence(key))


def with_key(text: str, key: str) -> str:
    """A button's text with its shortcut after it, as menus show theirs."""
    return f"{text}  ({key})" if key else text


def _span(row: ItemRow, tz: tzinfo) -> str:
    return f"{row.starts_at.astimezone(tz):%H:%M}–{row.ends_at.astimezone(tz):%H:%M}"


class LiveWindow(QWidget):
    """The day in progress for one visit, in a window of its own (to put on a second screen)."""

    def __init__(
        self,
        ops: Operations,
        visit_id: int,
        parent: QWidget | None = None,
        now: Clock = system_clock,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ops, self.visit_id, self.clock = ops, visit_id, now
        self.visit: VisitRow | None = None
        self.tz: tzinfo = UTC
        self.rows: list[ItemRow] = []
        self.group_names: list[str] = []  # as typed (items' groups name them so)
        self.group_labels: list[str] = []  # the same in the interface language, as lanes are labelled
        self.baseline: dict[int, tuple[datetime, datetime]] = {}
        self.day: date | None = None
        self.now = now()
        self.lanes: list[LaneNow] = []
        self.result: Any = None  # the running-late proposal on screen (the service's RunningLate)
        self.late_item: ItemRow | None = None  # the item the proposal on screen is for, as it was then
        self.late_minutes = 0
        self.seen_version = 0  # the programme version the screen was last read at
        self._asked_version = 0  # the version when the proposal on screen was asked for
        self._applying = False
        self._polling_since: float | None = None
        self._shown = False
        self.proposal_seconds: float | None = None  # from the action to the proposal on screen
        self._asked_at = 0.0
        self._run = 0
        self._asked_card: LaneCard | None = None  # whose "running late" opened the proposal
        size_to_screen(self, 1280, 800, parent)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self._build()
        self.focus_mark = FocusMark(self)
        ops.changed.connect(self._on_changed)
        # Ctrl+Z here takes back the delay just applied (the officer's eyes are on this window, not on
        # the main one's Edit menu); Ctrl+Shift+Z applies it again
        self.undo_action, self.redo_action = undo_actions(ops.undo_stack, self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.addActions([self.undo_action, self.redo_action])
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # the Changes of this window's own edits arrive by signal; another officer's only by asking
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self.reload()
        # the engine and OR-Tools take seconds to import: load them now, while the officer reads the
        # screen, so the first "running late" answers as fast as the next ones
        self.warmed = False
        ops.run_quietly(_warm_up, lambda _done: setattr(self, "warmed", True))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._shown = True
        self.tick()
        self.timer.start()
        self.poll_timer.start()
        self.poll()  # what others saved while the window was closed

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.focus_mark.follow()  # the control with the focus moved with the layout

    def hideEvent(self, event: Any) -> None:
        # a closed live window keeps no clock running and asks the database nothing
        self._shown = False
        self.timer.stop()
        self.poll_timer.stop()
        super().hideEvent(event)

    # ---- the screen
    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.clock_label = QLabel()
        self.clock_label.setFont(big)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.delay = QSpinBox()
        self.delay.setRange(1, 240)
        self.delay.setSingleStep(5)
        self.delay.setValue(15)
        self.delay.setSuffix(" " + tr("min"))
        self.delay.valueChanged.connect(lambda _n: self._show_lanes())
        header = QHBoxLayout()
        header.addWidget(self.clock_label)
        header.addSpacing(24)
        header.addWidget(self.day_label, 1)
        header.addWidget(QLabel(tr("Delay:")))
        header.addWidget(self.delay)

        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.addStretch(1)
        self.cards: list[LaneCard] = []
        cards_scroll = QScrollArea()
        cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons in it, not to it
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setWidget(self.cards_box)

        # what was just applied, and how to take it back
        self.applied_note = QLabel()
        self.applied_note.setWordWrap(True)
        self.applied_note.setStyleSheet(UPDATED_STYLE)
        self.applied_note.hide()
        cards_page = QWidget()
        cards_column = QVBoxLayout(cards_page)
        cards_column.setContentsMargins(0, 0, 0, 0)
        cards_column.addWidget(self.applied_note)
        cards_column.addWidget(cards_scroll, 1)
        ops_stack = self.ops.undo_stack
        ops_stack.indexChanged.connect(lambda _index: self.applied_note.hide())

        self.stack = QStackedWidget()
        self.stack.addWidget(cards_page)
        self.stack.addWidget(self._build_proposal())

        self.timeline = NowTimeline()
        # shown, not edited, here: the keyboard scrolls it through its scroll area
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline_scroll = TimelineScroll(self.timeline)
        split = QSplitter()
        split.addWidget(self.stack)
        split.addWidget(self.timeline_scroll)
        # the timeline needs room for a lane per group and one for what they do together
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 660])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(split, 1)

    def _build_proposal(self) -> QWidget:
        box = QWidget()
        self.proposal_title = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.proposal_title.setFont(bold)
        self.proposal_title.setWordWrap(True)
        # why the proposal changed under the officer's eyes, or why it was withdrawn
        self.proposal_note = QLabel()
        self.proposal_note.setWordWrap(True)
        self.proposal_note.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # the engine's sentences can be long: they scroll, and the diff keeps its room
        summary_scroll = QScrollArea()
        summary_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(self.summary)
        # a check box cannot wrap its text, and in large type this one would set the panel's width
        self.shift_pinned = QCheckBox()
        self.shift_pinned.toggled.connect(lambda _on: self._ask_again())
        shift_text = QLabel(tr("Shift a pinned item in the way when its attendees are free"))
        shift_text.setWordWrap(True)
        shift_text.mousePressEvent = lambda _event: self.shift_pinned.toggle()  # type: ignore[method-assign]
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_pinned, 0, Qt.AlignmentFlag.AlignTop)
        shift_row.addWidget(shift_text, 1)
        # few, wrapping columns: in large type four would push the titles out of sight
        self.diff = _table([tr("Item"), tr("Planned"), tr("Proposed")])
        self.affected = _table([tr("Who"), tr("What changes for them")])
        self.apply_button = QPushButton(with_key(tr("Apply"), APPLY_KEY))
        self.apply_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.apply_button.clicked.connect(self.apply_proposal)
        # Enter of the keypad too
        QShortcut(QKeySequence("Ctrl+Enter"), self.apply_button, self.apply_button.animateClick)
        self.discard_button = QPushButton(with_key(tr("Discard"), DISCARD_KEY))
        self.discard_button.setShortcut(QKeySequence(DISCARD_KEY))
        self.discard_button.clicked.connect(self.discard_proposal)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.proposal_title)
        layout.addWidget(self.proposal_note)
        layout.addWidget(summary_scroll, 2)
        layout.addLayout(shift_row)
        layout.addWidget(self.diff, 3)
        layout.addWidget(QLabel(f"<b>{escape(tr('Who is affected'))}</b>"))
        layout.addWidget(self.affected, 3)
        layout.addLayout(buttons)
        return box

    # ---- reading and the clock
    def _on_changed(self, change: Changes) -> None:
        # with a proposal on screen any change may be one of the programme (a car, a seat, a group)
        if change.kinds & {ITEMS, VISITS} or self._proposal_open():
            self.reload()

    def poll(self) -> None:
        """Ask the database for the visit's programme version (off the GUI thread); when another officer
        changed the programme since the screen was read, read it again."""
        # one poll at a time; one that never answered (run_quietly drops errors) is given up after a while
        if self._polling_since is not None and time.monotonic() - self._polling_since < POLL_MS / 1000 * 3:
            return
        self._polling_since = started = time.monotonic()
        visit_id, ops = self.visit_id, self.ops

        def work() -> int:
            with ops.uow() as uow:
                return programme_version(uow, visit_id)

        def done(version: int) -> None:
            if self._polling_since == started:
                self._polling_since = None
            if self._shown and version != self.seen_version:  # a closed window reads nothing
                self.reload()

        # a failed poll (the server away for a moment) leaves the screen as it is; a later one retries
        ops.run_quietly(work, done)

    def reload(self) -> None:
        """Read the visit, its items and groups and the morning's programme again; a proposal on screen
        made from an older programme is worked out again (or withdrawn)."""
        visit_id = self.visit_id
        self.now = self.clock()
        # the visit's title, the cards and the timeline in the interface language (items named as the
        # proposal names them)
        lang = current_language()
        visit = self.ops.read(lambda uow: get_visit(uow, visit_id, lang))
        tz = ZoneInfo(visit.host_timezone)
        day = self._day_of(visit, tz)
        midnight = datetime.combine(day, datetime.min.time(), tzinfo=tz)

        def read(
            uow: Any,
        ) -> tuple[list[ItemRow], list[GroupRow], dict[int, tuple[datetime, datetime]], int]:
            return (
                visit_items(uow, visit_id, lang),
                visit_groups(uow, visit_id, lang),
                baseline_times(uow, visit_id, midnight),
                programme_version(uow, visit_id),
            )

        rows, groups, baseline, version = self.ops.read(read)
        self.visit, self.tz, self.day = visit, tz, day
        self.rows = [r for r in rows if r.starts_at.astimezone(tz).date() == day]
        self.group_names, self.baseline = [g.name for g in groups], baseline
        self.group_labels = [g.shown_name for g in groups]
        self.seen_version = version
        self.setWindowTitle(tr("Today — %1", visit.name))
        if self.result is not None and self._proposal_open():
            self._show_proposed_timeline()
        else:
            self._show_timeline()
        self._show_lanes()
        self._check_proposal()

    def _day_of(self, visit: VisitRow, tz: tzinfo) -> date:
        """The visit's day shown: today, else its first day (before it) or its last (after it)."""
        today = self.now.astimezone(tz).date()
        return min(max(today, visit.start_date), visit.end_date)

    def tick(self) -> None:
        """Ask the clock again: the now-line, the current and next items and the minutes move on."""
        self.now = self.clock()
        if self.visit is not None and self._day_of(self.visit, self.tz) != self.day:
            self.reload()  # midnight passed: the next day of the visit
            return
        self.timeline.set_now(self.now)
        self._show_lanes()

    def _show_timeline(self, rows: Iterable[ItemRow] | None = None) -> None:
        assert self.day is not None
        self.timeline.set_items(
            self.rows if rows is None else rows,
            [self.day],
            self.tz,
            lanes=self.group_names,
            lane_labels=self.group_labels,
        )
        self.timeline.set_now(self.now)
        y = self.timeline.now_y()
        if y is not None:
            self.timeline_scroll.ensureVisible(0, int(y), 0, self.timeline_scroll.height() // 3)

    def _show_lanes(self) -> None:
        if self.visit is None:
            return
        now, tz = self.now, self.tz
        local = now.astimezone(tz)
        self.clock_label.setText(f"{local:%H:%M}")
        assert self.day is not None
        n = (self.day - self.visit.start_date).days + 1
        total = (self.visit.end_date - self.visit.start_date).days + 1
        day_text = tr("Day %1 of %2, %3", n, total, f"{self.day:%d.%m.%Y}")
        if local.date() != self.day:
            day_text += " — " + tr("the visit is not under way today")
        self.day_label.setText(f"<b>{escape(self.visit.name)}</b><br>{escape(day_text)}")
        on_day = local.date() == self.day
        self.lanes = lanes_at(
            self.rows, self.group_names, now, self.baseline, tr("The delegation"), self.group_labels
        )
        while len(self.cards) < len(self.lanes):
            card = LaneCard()
            card.late_button.clicked.connect(lambda _checked=False, c=card: self._late_clicked(c))
            self.cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        while len(self.cards) > len(self.lanes):
            self.cards.pop().deleteLater()
        # Tab from the delay through the cards' buttons, top to bottom, then to the timeline
        previous: QWidget = self.delay
        for n, card in enumerate(self.cards):
            card.set_key(LATE_KEYS[n] if n < len(LATE_KEYS) else "")
            QWidget.setTabOrder(previous, card.late_button)
            previous = card.late_button
        QWidget.setTabOrder(previous, self.timeline_scroll)
        for card, lane in zip(self.cards, self.lanes, strict=True):
            card.show_lane(lane, now, tz, self.delay.value())
            card.late_button.setEnabled(on_day and lane.current is not None)

    # ---- running late
    def _late_clicked(self, card: LaneCard) -> None:
        self._asked_card = card
        if card.lane is not None and card.lane.current is not None:
            self.running_late(card.lane.current.id, self.delay.value())

    def running_late(self, item_id: int, minutes: int, *, updated: bool = False) -> None:
        """Ask for the repair of the rest of the day after ``item_id`` runs ``minutes`` over.

        ``updated``: asked again because the programme changed under the proposal on screen; a line
        above the proposal says so.
        """
        from planner.services.versions import running_late

        self._asked_at = time.perf_counter()
        self.late_item = next((r for r in self.rows if r.id == item_id), None)
        self.late_minutes = minutes
        self._asked_version = self.seen_version
        self.result = None
        self.apply_button.setEnabled(False)
        self.discard_button.setText(with_key(tr("Discard"), DISCARD_KEY))
        if updated:
            at = f"{self.now.astimezone(self.tz):%H:%M}"
            note = tr(
                "Updated at %1: the programme changed (version %2), so the proposal was worked out again.",
                at,
                self.seen_version,
            )
            self._note(note, UPDATED_STYLE)
        else:
            self.proposal_note.hide()
        visit_id, ops, language = self.visit_id, self.ops, current_language()
        shift = self.shift_pinned.isChecked()
        title = self.late_item.name if self.late_item else str(item_id)
        self.proposal_title.setText(tr("Running late by %1 min: “%2”", minutes, title))
        self.summary.setText(tr("Working…"))
        self.diff.setRowCount(0)
        self.affected.setRowCount(0)
        opening = self.stack.currentIndex() != 1
        self.stack.setCurrentIndex(1)
        if opening:
            # the card's button is hidden now (asked again from the check box, the keyboard stays put)
            self.discard_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._run += 1
        run = self._run

        def work(_progress: Any) -> Any:
            return running_late(
                ops.uow(),
                visit_id,
                item_id,
                minutes,
                lang=language,
                # the proposal speaks the interface language throughout: the moves, the sentences and who
                # is affected name items and people by their translation when they have one, else as typed
                names_lang=language,
                shift_pinned=shift,
            )

        def done(result: Any) -> None:
            if run == self._run:
                self.show_proposal(result)
                self._check_proposal()  # a change saved while the engine searched

        def failed(exc: BaseException) -> None:
            if run == self._run:
                self.summary.setText(str(exc))

        ops.run_in_background(work, tr("Planning"), done, self, on_failed=failed)

    def _ask_again(self) -> None:
        if self.late_item is not None and self.stack.currentIndex() == 1:
            self.running_late(self.late_item.id, self.late_minutes)

    def _proposal_open(self) -> bool:
        return self.stack.currentIndex() == 1 and self.late_item is not None

    def _note(self, text: str, style: str) -> None:
        self.proposal_note.setText(text)
        self.proposal_note.setStyleSheet(style)
        self.proposal_note.show()

    def _check_proposal(self) -> None:
        """The proposal on screen against the programme as last read: worked out again for the same item
        and minutes when the programme changed since it was made; withdrawn when its item was deleted
        or moved meanwhile (a second delay on top of someone else's would be wrong)."""
        if not self._proposal_open() or self._applying:
            return
        made_at = self.result.version_before if self.result is not None else self._asked_version
        if made_at == self.seen_version:
            return
        asked = self.late_item
        assert asked is not None
        row = next((r for r in self.rows if r.id == asked.id), None)
        if row is None:
            self.withdraw(
                tr(
                    "Proposal withdrawn: “%1” was deleted or moved off today's programme meanwhile.",
                    asked.name,
                )
            )
        elif (row.starts_at, row.ends_at) != (asked.starts_at, asked.ends_at):
            why = tr(
                "Proposal withdrawn: “%1” was changed meanwhile and now runs %2; ask again if still late.",
                row.name,
                _span(row, self.tz),
            )
            self.withdraw(why)
        else:
            self.running_late(row.id, self.late_minutes, updated=True)

    def withdraw(self, message: str) -> None:
        """Take the proposal off the screen, saying why; nothing is left to apply."""
        self._run += 1  # a search still running is no longer wanted
        self.result = None
        self.late_item = None
        self.apply_button.setEnabled(False)
        self.diff.setRowCount(0)
        self.affected.setRowCount(0)
        self.summary.setText("")
        self._note(message, WITHDRAWN_STYLE)
        self.discard_button.setText(with_key(tr("Back to the day"), DISCARD_KEY))
        self.timeline.select_items([])
        self._show_timeline()

    def show_proposal(self, result: Any) -> None:
        """The repair as a diff: each item was → now, who is affected and how; Apply or Discard."""
        self.result = result
        proposal = result.proposal
        tz = self.tz
        rows = {r.id: r for r in self.rows}
        moves, dropped = list(proposal.moves), list(proposal.dropped)
        self.diff.setRowCount(len(moves) + len(dropped))
        for n, move in enumerate(moves):
            shift = _minutes(move.new_end - move.old_end)
            if move.new_start == move.old_start:
                change = (
                    tr("ends %1 later", duration_text(shift))
                    if shift > 0
                    else tr("ends %1 earlier", duration_text(-shift))
                )
            elif move.shortened:
                change = tr("shortened")
            else:
                later = _minutes(move.new_start - move.old_start)
                change = (
                    tr("%1 later", duration_text(later))
                    if later > 0
                    else tr("%1 earlier", duration_text(-later))
                )
            _put(
                self.diff,
                n,
                (
                    move.title,
                    _times(move.old_start, move.old_end, tz),
                    f"{_times(move.new_start, move.new_end, tz)}\n{change}",
                ),
                move.why,
            )
        for n, gone in enumerate(dropped, start=len(moves)):
            row = rows.get(gone.item_id)
            was = _times(row.starts_at, row.ends_at, tz) if row else ""
            _put(self.diff, n, (gone.title, was, tr("back to the list")), gone.reason, "#b71c1c")
        recipients = list(result.affected.recipients)
        self.affected.setRowCount(len(recipients))
        for n, who in enumerate(recipients):
            kind = _KINDS[who.kind]() if who.kind in _KINDS else who.kind
            role = " · ".join(x for x in (kind, who.detail) if x)
            what = "\n".join(_change_text(c, tz) for c in who.changes)
            _put(self.affected, n, (f"{who.name}\n{role}", what), what)
        for table in (self.diff, self.affected):
            _fit(table)
        if proposal.is_empty:
            text = tr("The engine found nothing to change.")
        else:
            text = plural(tr("%1 item moves.|%1 items move."), len(moves))
            if dropped:
                text += " " + plural(
                    tr("%1 item goes back to the list.|%1 items go back to the list."), len(dropped)
                )
            text += " " + plural(tr("%1 person is affected.|%1 people are affected."), len(recipients))
        notes = [r.sentence for r in getattr(proposal, "remaining", ())] + list(proposal.notes)
        if notes:
            text += "".join(f"\n• {note[:1].upper()}{note[1:]}" for note in notes)
        self.summary.setText(text)
        self.apply_button.setEnabled(not proposal.is_empty)
        if self.apply_button.isEnabled() and self.focusWidget() is self.discard_button:
            self.apply_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Space applies what is read
        self._show_proposed_timeline()
        self.proposal_seconds = time.perf_counter() - self._asked_at

    def _show_proposed_timeline(self) -> None:
        """The proposed day on the timeline, the items it changes selected."""
        proposal = self.result.proposal
        after = {r.id: r for r in self.rows}
        for move in proposal.moves:
            if move.item_id in after:
                after[move.item_id] = dataclasses.replace(
                    after[move.item_id], starts_at=move.new_start, ends_at=move.new_end
                )
        for gone in proposal.dropped:
            after.pop(gone.item_id, None)
        self._show_timeline(after.values())
        self.timeline.select_items({m.item_id for m in proposal.moves})

    def apply_proposal(self) -> None:
        """Write the repair on screen: one undo step; a proposal made from an older programme than the
        one saved now is worked out again instead (the officer then applies what they read)."""
        if self.result is None or self.result.proposal.is_empty:
            return
        visit_id = self.visit_id
        version = self.ops.read(lambda uow: programme_version(uow, visit_id))
        if version != self.result.version_before:
            self.reload()  # reads the programme and works the proposal out again (or withdraws it)
            return
        title = self.late_item.name if self.late_item else ""
        command = ApplyRunningLateCommand(title, self.late_minutes, self.result.proposal, version)
        self._applying = True  # the write's own Changes are not someone else's
        try:
            pushed = self.ops.push(command, self)
        finally:
            self._applying = False
        if pushed:
            self.discard_proposal()
            done = step_name(self.ops.undo_stack.undoText())
            self.applied_note.setText(tr("Applied: %1. Ctrl+Z takes it back.", done))
            self.applied_note.show()
        else:
            self.reload()  # refused (an item changed at the last moment): the proposal as it now is

    def discard_proposal(self) -> None:
        """Back to the day as it stands."""
        self._run += 1  # a search still running is no longer wanted
        self.result = None
        self.late_item = None
        self.proposal_note.hide()
        self.discard_button.setText(with_key(tr("Discard"), DISCARD_KEY))
        back = self.stack.currentIndex() == 1
        self.stack.setCurrentIndex(0)
        self.timeline.select_items([])
        self._show_timeline()
        self._show_lanes()
        if back:
            self._focus_card()

    def _focus_card(self) -> None:
        """The keyboard back on the day: the card whose delay was asked for, else the first that can."""
        asked = self._asked_card
        buttons = [c.late_button for c in self.cards if c.late_button.isEnabled()]
        if asked is not None and asked in self.cards and asked.late_button.isEnabled():
            asked.late_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.delay.setFocus(Qt.FocusReason.OtherFocusReason)


_KINDS: dict[str, Callable[[], str]] = {
    "participant": lambda: tr("participant"),
    "driver": lambda: tr("driver"),
    "site": lambda: tr("host at the site"),
}


def _times(start: datetime, end: datetime, tz: tzinfo) -> str:
    return f"{start.astimezone(tz):%H:%M}–{end.astimezone(tz):%H:%M}"


def _change_text(change: Any, tz: tzinfo) -> str:
    """One line of what changes for someone: “title” was → now, or added, removed, cancelled (the title
    in the interface language's quotation marks)."""
    title = quoted(change.title)
    was = _times(change.old_start, change.old_end, tz) if change.old_start and change.old_end else ""
    now = _times(change.new_start, change.new_end, tz) if change.new_start and change.new_end else ""
    if change.what == "moved":
        return f"{title} {was} → {now}"
    if change.what == "added":
        return f"{title} {tr('added')} {now}"
    if change.what == "removed":
        return f"{title} {tr('no longer theirs')}"
    if change.what == "cancelled":
        return f"{title} {tr('cancelled')}"
    place = " → ".join(x for x in (change.old_place, change.new_place) if x)
    return f"{title} {place}".strip()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    return table


def _fit(table: QTableWidget) -> None:
    """Columns as wide as their text, but none wider than 40% of the table (the last one stretches)."""
    table.resizeColumnsToContents()
    widest = max(120, int(table.viewport().width() * 0.4))
    for col in range(table.columnCount() - 1):
        table.setColumnWidth(col, min(table.columnWidth(col), widest))
    # a few dozen rows at most (the people of one visit): wrapped text shows whole
    table.resizeRowsToContents()


def _put(table: QTableWidget, row: int, cells: tuple[str, ...], tip: str = "", colour: str = "") -> None:
    for col, text in enumerate(cells):
        cell = QTableWidgetItem(text)
        cell.setToolTip(tip or text)
        if colour:
            cell.setForeground(QColor(colour))
        table.setItem(row, col, cell)
