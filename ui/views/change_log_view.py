"""The change log of a visit: who changed what and when, newest first (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from planner.queries.change_log import ChangeRow, visit_changes
from ui.i18n import tr
from ui.models.row_table_model import Column, RowTableModel
from ui.operations import Changes, Operations
from ui.views.common import make_table


def _when(row: ChangeRow) -> str:
    # shown in the workstation's local time; the log itself is kept in UTC
    return row.changed_at.astimezone().strftime("%d.%m.%Y %H:%M")


class ChangeLogModel(RowTableModel[ChangeRow]):
    """Rows of ``visit_changes``."""

    COLUMNS = (
        Column("When", _when, sort=lambda r: r.changed_at),
        Column("Who", lambda r: r.changed_by),
        Column("Record", lambda r: f"{r.table_name.replace('_', ' ')} {r.record_id or ''}".strip()),
        Column("Change", lambda r: r.summary.replace("\n", " "), tooltip=lambda r: r.summary),
    )


class ChangeLogView(QWidget):
    """Lists a visit's changes; refreshes itself whenever the operations report a change."""

    def __init__(self, ops: Operations, visit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.visit_id = visit_id
        self.model = ChangeLogModel(self)
        self.table: QTableView = make_table(self.model, self)
        self.empty = QLabel(tr("No changes recorded for this visit yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        ops.changed.connect(self._on_changed)
        self.refresh()

    def set_visit(self, visit_id: int | None) -> None:
        """Show another visit's log."""
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        """Read the log again."""
        visit_id = self.visit_id
        # anyone at the workstation may open the log: personal contact data reads "(private)"
        rows: list[ChangeRow] = (
            []
            if visit_id is None
            else self.ops.read(lambda uow: visit_changes(uow, visit_id, include_private=False))
        )
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def _on_changed(self, _change: Changes | Any) -> None:
        # every saved edit adds log rows, whatever kind of record it touched
        self.refresh()
