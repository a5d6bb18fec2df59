"""The Participants page: both sides in protocol order; drag a row or type a number to change rank."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from planner.queries.participants import visit_participants
from ui.commands.edit_commands import (
    AddParticipantCommand,
    DeleteParticipantCommand,
    EditParticipantCommand,
    ReorderParticipantsCommand,
)
from ui.i18n import tr
from ui.models.table_models import ParticipantTableModel
from ui.operations import PARTICIPANTS, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, toolbar
from ui.views.editors import participant_dialog


class ParticipantsPage(TablePage):
    KINDS = frozenset({PARTICIPANTS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = ParticipantTableModel(self)
        self.model.on_reorder = self.reorder
        # no sorting proxy: the order on screen IS the protocol order, so rows can be dragged
        self.table = make_table(self.model, sortable=False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a participant…"))
        self.search.textChanged.connect(self._filter)
        self.add_action = action(self, tr("Add participant"), self.add, "Ins")
        self.edit_action = action(self, tr("Edit participant"), self.edit_selected, "Return")
        self.delete_action = action(self, tr("Delete participant"), self.delete_selected, "Del")
        self.up_action = action(self, tr("Move up"), lambda: self.shift(-1), "Alt+Up")
        self.down_action = action(self, tr("Move down"), lambda: self.shift(1), "Alt+Down")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                self.add_action, self.edit_action, self.delete_action, None, self.up_action, self.down_action
            )  # type: ignore[arg-type]
        )
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        self.model.set_rows(self.ops.read(lambda uow: visit_participants(uow, visit_id)))
        fit_columns(self.table)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for n, row in enumerate(self.model.rows()):
            hay = f"{row.full_name} {row.title} {row.organisation} {row.role}".lower()
            self.table.setRowHidden(n, bool(needle) and needle not in hay)

    def _double_clicked(self, index: Any) -> None:
        if index.column() != ParticipantTableModel.RANK:
            self.edit_selected()

    def reorder(self, ranks: dict[int, int]) -> None:
        self.ops.push(ReorderParticipantsCommand(ranks), self)

    def shift(self, step: int) -> None:
        row = self.selected()
        if row is None:
            return
        same_side = [r for r in self.model.rows() if r.side == row.side]
        position = same_side.index(row) + 1 + step
        if 1 <= position <= len(same_side):
            ranks = self.model._ranks_with(row, position)
            if ranks:
                self.reorder(ranks)

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        participant_dialog(submit, row, self).exec()

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        assert self.visit_id is not None
        return AddParticipantCommand(self.visit_id, values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditParticipantCommand(row.id, row.full_name, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteParticipantCommand(row.id, row.full_name, row.version)
