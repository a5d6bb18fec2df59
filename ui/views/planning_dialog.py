"""Automatic planning and repair: the proposal beside the current itinerary; accept or reject as a whole.

The engine runs off the GUI thread (OR-Tools searches until its time limit) with a progress dialog and
Cancel. An accepted proposal is written by the planning service in one transaction and is one undo step;
undo applies the inverse proposal the service returns.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.persistence.uow import UnitOfWork
from planner.queries.groups import visit_groups
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.visits import VisitRow, get_visit
from planner.services.changes import Changes
from ui.engine import planning_function
from ui.i18n import current_language, plural, tr
from ui.operations import Operations, Progress, ServiceCommandBase
from ui.views.forms import fit_on_screen
from ui.views.timeline import TimelineWidget

_WANTED = QSize(1200, 760)  # the size the two timelines and the table are read well at
PLAN_SECONDS = 5.0  # guided local search always runs to its limit; enough for 40 sites, short to wait for


class AcceptProposalCommand(ServiceCommandBase):
    """An accepted plan or repair: one undo step; undo applies the inverse proposal."""

    def __init__(self, text: str, proposal: Any) -> None:
        super().__init__(text)
        self._proposal = proposal
        self._inverse: Any = None

    def do(self, uow: UnitOfWork) -> Changes:
        apply = planning_function("apply_proposal")
        applied = apply(uow, self._proposal)
        self._inverse = applied.inverse
        return applied.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        apply = planning_function("apply_proposal")
        # the inverse of the inverse is the proposal again, with fresh snapshots for the next redo
        applied = apply(uow, self._inverse)
        self._proposal = applied.inverse
        return applied.changes


class PlanningDialog(QDialog):
    """Runs ``propose_plan`` or ``propose_repair`` off the GUI thread and shows the result beside now."""

    def __init__(
        self,
        ops: Operations,
        visit_id: int,
        mode: str,
        parent: QWidget | None = None,
        item_id: int | None = None,
        new_end: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.visit_id, self.mode = ops, visit_id, mode
        self.item_id, self.new_end = item_id, new_end
        self.proposal: Any = None
        self._run = 0  # the number of the latest search
        self._fitted = False
        self.setWindowTitle(tr("Automatic planning") if mode == "plan" else tr("Repair the plan"))
        self.resize(_WANTED)  # made smaller on a smaller screen when shown
        self.summary = QLabel(tr("Working…"))
        self.summary.setWordWrap(True)
        # plan mode: when required sites do not fit, each group's time budget per day
        self.budget = QLabel()
        self.budget.setWordWrap(True)
        self.budget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.budget.hide()
        # off by default: an officer expects each item to stay on its day unless they say otherwise
        self.day_moves = QCheckBox(tr("Allow moves between days"))
        self.day_moves.setToolTip(tr("Let the planner move items to another day; such moves are marked"))
        self.day_moves.setVisible(mode == "plan")
        self.day_moves.toggled.connect(lambda _on: self.start())
        # off by default: a pinned item was agreed with others; the officer decides to move it
        self.shift_pinned = QCheckBox(tr("Shift a pinned item in the way when its attendees are free"))
        self.shift_pinned.setToolTip(
            tr("A pinned item the overrun runs into starts later, if none of its attendees is busy then")
        )
        self.shift_pinned.setVisible(mode == "repair")
        self.shift_pinned.toggled.connect(lambda _on: self.start())
        self.current = TimelineWidget()
        self.proposed = TimelineWidget()
        sides = QSplitter()
        for title, widget in ((tr("Now"), self.current), (tr("Proposed"), self.proposed)):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            scroll = QScrollArea()
            scroll.setWidget(widget)
            layout.addWidget(scroll)
            sides.addWidget(box)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Item"), tr("Now"), tr("Proposed"), tr("Change"), tr("Reason")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(sides)
        split.addWidget(self.table)
        split.setSizes([480, 200])
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(tr("Accept"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = self.buttons.addButton(tr("Reject"), QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_proposal)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.budget)
        layout.addWidget(self.day_moves)
        layout.addWidget(self.shift_pinned)
        layout.addWidget(split)
        layout.addWidget(self.buttons)
        self.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._fitted:  # on a 1366x768 screen 760 pixels put Accept and Reject on its bottom edge
            self._fitted = True
            fit_on_screen(self, _WANTED)

    def start(self) -> None:
        name = "propose_plan" if self.mode == "plan" else "propose_repair"
        propose = planning_function(name)
        visit_id, ops, item_id, new_end = self.visit_id, self.ops, self.item_id, self.new_end
        # the reasons, notes and conflict sentences come back in the interface's language
        language = current_language()
        allow_day_moves = self.day_moves.isChecked()
        shift_pinned = self.shift_pinned.isChecked()
        self.proposal = None
        self.accept_button.setEnabled(False)
        self.summary.setText(tr("Working…"))
        self.budget.hide()

        def work(progress: Progress) -> Any:
            progress.report(0, 0, tr("Searching for a better plan…"))
            if self.mode == "plan":
                return propose(
                    ops.uow(),
                    visit_id,
                    time_limit_s=PLAN_SECONDS,
                    language=language,
                    allow_day_moves=allow_day_moves,
                )
            return propose(
                ops.uow(),
                visit_id,
                item_id,
                new_end,
                time_limit_s=PLAN_SECONDS,
                language=language,
                shift_pinned=shift_pinned,
            )

        # toggling "allow moves between days" (or "shift a pinned item") starts a new search: only the
        # latest one is shown
        self._run += 1
        run = self._run

        def done(proposal: Any) -> None:
            if run == self._run:
                self.show_proposal(proposal)

        def failed(exc: BaseException) -> None:
            if run != self._run:
                return
            explanation = getattr(exc, "explanation", None)
            if self.mode == "plan" and explanation is not None:
                self.show_unplaced(explanation)
            else:
                self.summary.setText(str(exc))

        ops.run_in_background(work, tr("Planning"), done, self, on_failed=failed)

    def show_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        visit_id = self.visit_id
        lang = current_language()  # the timelines name the items as the proposal's sentences do
        visit, items = self.ops.read(lambda uow: (get_visit(uow, visit_id), visit_items(uow, visit_id, lang)))
        tz = ZoneInfo(visit.host_timezone)
        rows = {r.id: r for r in items}
        self._timelines(visit, rows, proposal, tz)
        moves, dropped = list(proposal.moves), list(proposal.dropped)
        placed, left = list(proposal.placed), list(proposal.left)
        # the meals the visit's rules ask for, which the plan adds (plan mode)
        added = list(getattr(proposal, "added", ())) if self.mode == "plan" else []
        self.table.setRowCount(len(moves) + len(dropped) + len(placed) + len(left) + len(added))

        def span(start: datetime, end: datetime) -> str:
            return f"{start.astimezone(tz):%d.%m %H:%M}–{end.astimezone(tz):%H:%M}"

        def put(n: int, cells: tuple[str, ...], colour: str | None = None) -> None:
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if colour is not None:
                    cell.setForeground(QBrush(QColor(colour)))
                cell.setToolTip(text)  # the reason is often longer than the column
                self.table.setItem(n, col, cell)

        for n, move in enumerate(moves):
            change = tr("shortened") if move.shortened else tr("moved")
            if move.day_changed:
                change = tr("moved to another day")
            cells = (
                move.title,
                span(move.old_start, move.old_end),
                span(move.new_start, move.new_end),
                change,
                move.why,
            )
            # a move to another day is what an officer must not miss
            put(n, cells, "#e65100" if move.day_changed else None)
        for n, gone in enumerate(dropped, start=len(moves)):
            row = rows.get(gone.item_id)
            now = span(row.starts_at, row.ends_at) if row else ""
            put(n, (gone.title, now, "—", tr("back to the list"), gone.reason), "#b71c1c")
        start = len(moves) + len(dropped)
        # the groups by name in the interface language, as the timelines and the reasons name things
        names = (
            self.ops.read(lambda uow: {g.id: g.shown_name for g in visit_groups(uow, visit_id, lang)})
            if added or placed
            else {}
        )
        for n, entry in enumerate(placed, start=start):
            # the group the plan sends: an entry that several groups may take goes to one of them
            who = ", ".join(names.get(g, str(g)) for g in entry.groups)
            put(
                n,
                (
                    entry.title,
                    "—",
                    span(entry.new_start, entry.new_end),
                    tr("placed from the list: %1", who) if who else tr("placed from the list"),
                    entry.why,
                ),
            )
        for n, entry in enumerate(left, start=start + len(placed)):
            put(n, (entry.title, "—", "—", tr("stays on the list"), entry.reason), "#b71c1c")
        for n, meal in enumerate(added, start=start + len(placed) + len(left)):
            who = ", ".join(names.get(g, str(g)) for g in meal.groups) or tr("the delegation")
            put(n, (meal.title, "—", span(meal.start, meal.end), tr("meal added"), tr("Meal rule: %1", who)))
        self.table.resizeColumnsToContents()
        if proposal.is_empty:
            text = tr("The engine found nothing to change.")
        else:
            text = plural(tr("%1 item moves.|%1 items move."), len(moves))
            text += " " + plural(
                tr("%1 item goes back to the list.|%1 items go back to the list."), len(dropped)
            )
            text += " " + tr(
                "Time on the road: %1 min now, %2 min proposed.",
                proposal.travel_before,
                proposal.travel_minutes,
            )
            if placed or left:
                text += " " + plural(
                    tr("%1 site placed from the list.|%1 sites placed from the list."), len(placed)
                )
                text += " " + plural(tr("%1 site stays on the list.|%1 sites stay on the list."), len(left))
            if added:
                # English says "1 meal"; "Добавлено приёмов пищи: 3" reads right for every number
                text += " " + plural(tr("%1 meal added.|%1 meals added."), len(added))
            days = sum(1 for m in moves if m.day_changed)
            if days:
                text += " " + plural(tr("%1 item moves to another day.|%1 items move to another day."), days)
        if proposal.notes:
            text += "\n" + "\n".join(_capital(note) for note in proposal.notes)
        text += self._what_remains(proposal)
        self.summary.setText(text)
        explanation = getattr(proposal, "infeasibility", None) if self.mode == "plan" else None
        if explanation is not None:
            self._show_budget(explanation)
        refused = self.mode == "plan" and bool(proposal.errors_after)
        self.accept_button.setEnabled(not proposal.is_empty and not refused)

    def _what_remains(self, proposal: Any) -> str:
        """The errors a proposal leaves, each named (a repair: with its items and minutes), and in a
        repair the shortest a visit may become."""
        # a repair names each error by its items and minutes; a plan by the check's own sentence
        named = [r.sentence for r in getattr(proposal, "remaining", ())] or [
            c.message for c in proposal.errors_after
        ]
        text = ""
        if named:
            text += "\n" + plural(tr("%1 error would remain:|%1 errors would remain:"), len(named))
            text += "".join(f"\n• {_capital(sentence)}" for sentence in named)
            if self.mode == "repair":
                # the overrun happened: it can be recorded even so
                text += "\n" + tr("Accept records the overrun with this left to resolve.")
            else:
                # as plan --apply: a plan is written only when it leaves no error
                text += "\n" + tr("A plan that leaves errors cannot be accepted.")
        minimum = getattr(proposal, "minimum_rule", "")
        if self.mode == "repair" and minimum:
            text += "\n" + _capital(minimum) + "."
        return text

    def show_unplaced(self, explanation: Any) -> None:
        """Required sites do not fit: no proposal; each site with what blocks it, and the budget."""
        self.proposal = None
        self.accept_button.setEnabled(False)
        # the programme as it is beside the reasons (nothing is proposed)
        visit_id = self.visit_id
        lang = current_language()
        visit, items = self.ops.read(lambda uow: (get_visit(uow, visit_id), visit_items(uow, visit_id, lang)))
        days = [
            visit.start_date + timedelta(days=n) for n in range((visit.end_date - visit.start_date).days + 1)
        ]
        self.current.set_items(items, days, ZoneInfo(visit.host_timezone))
        sites = list(explanation.sites)
        self.table.setRowCount(len(sites))
        for n, site in enumerate(sites):
            change = tr("cannot be placed") if site.required else tr("left out")
            for col, text in enumerate((site.title, "—", "—", change, site.why)):
                cell = QTableWidgetItem(text)
                cell.setForeground(QBrush(QColor("#b71c1c")))
                cell.setToolTip(text)
                self.table.setItem(n, col, cell)
        self.table.resizeColumnsToContents()
        required = sum(1 for s in sites if s.required)
        self.summary.setText(tr("%1 required sites do not fit; nothing was changed.", required))
        self._show_budget(explanation)

    def _show_budget(self, explanation: Any) -> None:
        """The total and each group's day: minutes of visits and drives needed against those free."""
        lines = explanation.lines()
        self.budget.setText(
            f"<b>{escape(tr('Why the required sites do not fit'))}</b><br>"
            + "<br>".join(escape(line) for line in lines)
        )
        self.budget.show()

    def _timelines(self, visit: VisitRow, rows: dict[int, ItemRow], proposal: Any, tz: ZoneInfo) -> None:
        days = [
            visit.start_date + timedelta(days=n) for n in range((visit.end_date - visit.start_date).days + 1)
        ]
        self.current.set_items(rows.values(), days, tz)
        after = dict(rows)
        for move in proposal.moves:
            if move.item_id in after:
                after[move.item_id] = dataclasses.replace(
                    after[move.item_id], starts_at=move.new_start, ends_at=move.new_end
                )
        for gone in proposal.dropped:
            after.pop(gone.item_id, None)
        for entry in proposal.placed:
            # a stand-in row (negative id) shows where a site from the list would go
            sample = next(iter(rows.values()), None)
            if sample is not None:
                after[-entry.entry_id] = dataclasses.replace(
                    sample,
                    id=-entry.entry_id,
                    kind="site_visit",
                    title=entry.title,
                    title_i18n={},
                    starts_at=entry.new_start,
                    ends_at=entry.new_end,
                    site_id=entry.site_id,
                    site_name="",
                    site_name_i18n={},
                    location="",
                    location_i18n={},
                    pinned=False,
                    groups=(),
                    attendee_ids=(),
                )
        meals: set[int] = set()
        if self.mode == "plan":
            sample = next(iter(rows.values()), None)
            below = min([0, *after])
            for n, meal in enumerate(getattr(proposal, "added", ()), start=1):
                # below every id in use: a meal the plan adds has no id yet
                if sample is not None:
                    after[below - n] = _stand_in(sample, below - n, "meal", meal.title, meal.start, meal.end)
                    meals.add(below - n)
        self.proposed.set_items(after.values(), days, tz)
        changed = {m.item_id for m in proposal.moves}
        self.current.select_items(changed | {d.item_id for d in proposal.dropped})
        self.proposed.select_items(changed | {-p.entry_id for p in proposal.placed} | meals)

    def accept_proposal(self) -> None:
        if self.proposal is None:
            return
        title = tr("Accept automatic plan") if self.mode == "plan" else tr("Accept repair")
        if self.ops.push(AcceptProposalCommand(title, self.proposal), self):
            self.accept()


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _stand_in(sample: ItemRow, ident: int, kind: str, title: str, start: datetime, end: datetime) -> ItemRow:
    """A row the proposed timeline shows for an item that does not exist yet."""
    return dataclasses.replace(
        sample,
        id=ident,
        kind=kind,
        title=title,
        title_i18n={},
        starts_at=start,
        ends_at=end,
        site_id=None,
        site_name="",
        site_name_i18n={},
        location="",
        location_i18n={},
        pinned=False,
        groups=(),
        attendee_ids=(),
    )
