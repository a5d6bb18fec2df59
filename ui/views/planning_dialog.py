"""Automatic planning and repair: the proposal beside the current itinerary; accept or reject as a whole.

The engine runs off the GUI thread (OR-Tools may search for many seconds) with a progress dialog and
Cancel. An accepted proposal is applied by one service call in one transaction, and is one undo step.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.visits import get_visit
from ui.commands.itinerary_commands import ApplyProposalCommand
from ui.engine import planning_function
from ui.i18n import tr
from ui.operations import Operations, Progress


def _field(obj: Any, *names: str) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return None


def read_proposal(proposal: Any) -> tuple[list[tuple[int, datetime, datetime]], list[int], list[str]]:
    """Moves (item id, new start, new end), dropped item ids and notes, from the engine's proposal."""
    moves = []
    for move in _field(proposal, "moves", "moved", "changes") or []:
        item_id = _field(move, "item_id", "id")
        start = _field(move, "starts_at", "new_start", "start")
        end = _field(move, "ends_at", "new_end", "end")
        if item_id is not None and isinstance(start, datetime) and isinstance(end, datetime):
            moves.append((int(item_id), start, end))
    dropped = []
    for drop in _field(proposal, "drops", "dropped", "unplanned") or []:
        item_id = drop if isinstance(drop, int) else _field(drop, "item_id", "id")
        if item_id is not None:
            dropped.append(int(item_id))
    notes = [str(n) for n in (_field(proposal, "notes", "messages", "explanations") or [])]
    return moves, dropped, notes


class PlanningDialog(QDialog):
    """Runs ``propose_plan`` or ``propose_repair`` and shows what would move and what would be dropped."""

    def __init__(self, ops: Operations, visit_id: int, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.visit_id, self.mode = ops, visit_id, mode
        self.setWindowTitle(tr("Automatic planning") if mode == "plan" else tr("Repair the plan"))
        self.resize(900, 560)
        self.summary = QLabel(tr("Working…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("Now"), tr("Proposed"), tr("Change")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(tr("Accept"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = self.buttons.addButton(tr("Reject"), QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_proposal)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.moves: list[tuple[int, datetime, datetime]] = []
        self.dropped: list[int] = []
        self.rows: dict[int, ItemRow] = {}
        self.tz: ZoneInfo | None = None
        self.start()

    def start(self) -> None:
        name = "propose_plan" if self.mode == "plan" else "propose_repair"
        propose = planning_function(name)
        if propose is None:
            self.summary.setText(tr("Automatic planning is not available yet in this build."))
            return
        visit_id, ops = self.visit_id, self.ops

        def work(progress: Progress) -> Any:
            progress.report(0, 0, tr("Searching for a better plan…"))
            return propose(ops.uow(), visit_id)

        ops.run_in_background(
            work,
            tr("Planning"),
            self.show_proposal,
            self,
            on_failed=lambda exc: self.summary.setText(str(exc)),
        )

    def show_proposal(self, proposal: Any) -> None:
        visit_id = self.visit_id
        visit, items = self.ops.read(lambda uow: (get_visit(uow, visit_id), visit_items(uow, visit_id)))
        self.tz = ZoneInfo(visit.host_timezone)
        self.rows = {r.id: r for r in items}
        moves, dropped, notes = read_proposal(proposal)
        self.moves = [
            m
            for m in moves
            if m[0] in self.rows and (self.rows[m[0]].starts_at, self.rows[m[0]].ends_at) != (m[1], m[2])
        ]
        self.dropped = [d for d in dropped if d in self.rows]
        self.table.setRowCount(len(self.moves) + len(self.dropped))
        tz = self.tz

        def span(start: datetime, end: datetime) -> str:
            return f"{start.astimezone(tz):%d.%m %H:%M}–{end.astimezone(tz):%H:%M}"

        n = 0
        for item_id, start, end in self.moves:
            row = self.rows[item_id]
            for col, text in enumerate(
                (row.title, span(row.starts_at, row.ends_at), span(start, end), tr("moved"))
            ):
                self.table.setItem(n, col, QTableWidgetItem(text))
            n += 1
        for item_id in self.dropped:
            row = self.rows[item_id]
            for col, text in enumerate((row.title, span(row.starts_at, row.ends_at), "—", tr("dropped"))):
                cell = QTableWidgetItem(text)
                cell.setForeground(QBrush(QColor("#b71c1c")))
                self.table.setItem(n, col, cell)
            n += 1
        self.table.resizeColumnsToContents()
        text = tr("%1 items move, %2 are dropped.", len(self.moves), len(self.dropped))
        if notes:
            text += "\n" + "\n".join(notes)
        if not self.moves and not self.dropped:
            text = tr("The engine found nothing to change.")
        self.summary.setText(text)
        self.accept_button.setEnabled(bool(self.moves or self.dropped))

    def accept_proposal(self) -> None:
        title = tr("Accept automatic plan") if self.mode == "plan" else tr("Accept repair")
        if self.ops.push(ApplyProposalCommand(title, self.moves, self.dropped), self):
            self.accept()
