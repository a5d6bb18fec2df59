"""Automatic planning and repair: the proposal beside the current itinerary; accept or reject as a whole.

The engine runs off the GUI thread (OR-Tools searches until its time limit) with a progress dialog and
Cancel. An accepted proposal is written by the planning service in one transaction and is one undo step;
undo applies the inverse proposal the service returns.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.visits import VisitRow, get_visit
from planner.services.changes import Changes
from ui.engine import planning_function
from ui.i18n import current_language, tr
from ui.operations import Operations, Progress, ServiceCommandBase
from ui.views.timeline import TimelineWidget

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
        self.setWindowTitle(tr("Automatic planning") if mode == "plan" else tr("Repair the plan"))
        self.resize(1200, 760)
        self.summary = QLabel(tr("Working…"))
        self.summary.setWordWrap(True)
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
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("Now"), tr("Proposed"), tr("Change")])
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
        layout.addWidget(split)
        layout.addWidget(self.buttons)
        self.start()

    def start(self) -> None:
        name = "propose_plan" if self.mode == "plan" else "propose_repair"
        propose = planning_function(name)
        visit_id, ops, item_id, new_end = self.visit_id, self.ops, self.item_id, self.new_end
        # the reasons, notes and conflict sentences come back in the interface's language
        language = current_language()

        def work(progress: Progress) -> Any:
            progress.report(0, 0, tr("Searching for a better plan…"))
            if self.mode == "plan":
                return propose(ops.uow(), visit_id, time_limit_s=PLAN_SECONDS, language=language)
            return propose(
                ops.uow(), visit_id, item_id, new_end, time_limit_s=PLAN_SECONDS, language=language
            )

        ops.run_in_background(
            work,
            tr("Planning"),
            self.show_proposal,
            self,
            on_failed=lambda exc: self.summary.setText(str(exc)),
        )

    def show_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        visit_id = self.visit_id
        visit, items = self.ops.read(lambda uow: (get_visit(uow, visit_id), visit_items(uow, visit_id)))
        tz = ZoneInfo(visit.host_timezone)
        rows = {r.id: r for r in items}
        self._timelines(visit, rows, proposal, tz)
        moves, dropped = list(proposal.moves), list(proposal.dropped)
        self.table.setRowCount(len(moves) + len(dropped))

        def span(start: datetime, end: datetime) -> str:
            return f"{start.astimezone(tz):%d.%m %H:%M}–{end.astimezone(tz):%H:%M}"

        for n, move in enumerate(moves):
            change = tr("shortened") if move.shortened else tr("moved")
            cells = (
                move.title,
                span(move.old_start, move.old_end),
                span(move.new_start, move.new_end),
                change,
            )
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
        for n, gone in enumerate(dropped, start=len(moves)):
            row = rows.get(gone.item_id)
            now = span(row.starts_at, row.ends_at) if row else ""
            for col, text in enumerate((gone.title, now, "—", f"{tr('dropped')}: {gone.reason}")):
                cell = QTableWidgetItem(text)
                cell.setForeground(QBrush(QColor("#b71c1c")))
                cell.setToolTip(text)  # the reason is often longer than the column
                self.table.setItem(n, col, cell)
        self.table.resizeColumnsToContents()
        if proposal.is_empty:
            text = tr("The engine found nothing to change.")
        else:
            text = tr("%1 items move, %2 are dropped.", len(moves), len(dropped))
            text += " " + tr(
                "Time on the road: %1 min now, %2 min proposed.",
                proposal.travel_before,
                proposal.travel_minutes,
            )
            if proposal.errors_after:
                text += " " + tr("%1 errors would remain.", len(proposal.errors_after))
        if proposal.notes:
            text += "\n" + "\n".join(note[:1].upper() + note[1:] for note in proposal.notes)
        self.summary.setText(text)
        self.accept_button.setEnabled(not proposal.is_empty)

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
        self.proposed.set_items(after.values(), days, tz)
        changed = {m.item_id for m in proposal.moves}
        self.current.select_items(changed | {d.item_id for d in proposal.dropped})
        self.proposed.select_items(changed)

    def accept_proposal(self) -> None:
        if self.proposal is None:
            return
        title = tr("Accept automatic plan") if self.mode == "plan" else tr("Accept repair")
        if self.ops.push(AcceptProposalCommand(title, self.proposal), self):
            self.accept()
