"""The Transport page: vehicles of the motorcade in the column's order (moved up and down here), and who
rides where, for the whole visit or per leg."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.queries.itinerary import visit_items
from planner.queries.participants import shown_names, visit_participants
from planner.queries.vehicles import visit_vehicles
from planner.queries.visits import get_visit
from planner.services.vehicles import moved_in_order
from ui.commands.edit_commands import (
    AddVehicleCommand,
    DeleteVehicleCommand,
    EditVehicleCommand,
    MoveVehicleCommand,
    SetSeatingCommand,
)
from ui.i18n import current_language, tr
from ui.models.table_models import VehicleTableModel
from ui.operations import ITEMS, PARTICIPANTS, VEHICLES, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, select_ids, toolbar
from ui.views.editors import vehicle_dialog


class TransportPage(TablePage):
    KINDS = frozenset({VEHICLES, PARTICIPANTS, ITEMS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = VehicleTableModel(self)
        # no sorting proxy: the order on screen IS the motorcade's column, moved with Move up / Move down
        self.table = make_table(self.model, sortable=False)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_legs())
        self.legs = QLabel()
        self.legs.setWordWrap(True)
        self.legs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.legs)
        tip = tr("The car's place in the motorcade: its number on the manifest and its placard")
        self.up_action = action(self, tr("Move up"), lambda: self.shift(-1), "Alt+Up", tip)
        self.down_action = action(self, tr("Move down"), lambda: self.shift(1), "Alt+Down", tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                action(self, tr("Add vehicle"), self.add, "Ins"),
                action(self, tr("Edit vehicle"), self.edit_selected, "Return"),
                action(self, tr("Delete vehicle"), self.delete_selected, "Del"),
                None,  # type: ignore[arg-type]
                self.up_action,
                self.down_action,
                None,  # type: ignore[arg-type]
                action(self, tr("Passengers…"), self.seating),
            )
        )
        layout.addWidget(splitter)
        self._item_titles: dict[int, str] = {}
        self._names: dict[int, str] = {}

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        lang = current_language()  # items and people by their names in the interface language

        def read(uow: Any) -> Any:
            visit = get_visit(uow, visit_id)
            tz = ZoneInfo(visit.host_timezone)
            items = {
                i.id: f"{i.starts_at.astimezone(tz):%d.%m %H:%M} {i.title}"
                for i in visit_items(uow, visit_id, lang)
            }
            names = shown_names(visit_participants(uow, visit_id), lang)
            return visit_vehicles(uow, visit_id), items, names

        chosen = self.selected()
        rows, self._item_titles, self._names = self.ops.read(read)
        self.model.set_rows(rows)
        fit_columns(self.table)
        if chosen is not None:  # the car just moved (or edited) stays chosen, wherever it now stands
            select_ids(self.table, {chosen.id})
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_legs()

    def shift(self, step: int) -> None:
        """Move the chosen car ``step`` places along the column (-1 towards the lead car)."""
        row = self.selected()
        if row is None:
            return
        positions = moved_in_order([r.id for r in self.model.rows()], row.id, step)
        if positions:
            self.ops.push(MoveVehicleCommand(row.label, positions, step), self)

    def _show_legs(self) -> None:
        row = self.selected()
        if row is None:
            self.legs.setText(tr("Select a vehicle to see its passengers per leg."))
            return
        lines = [tr("%1 — passengers per leg", row.label)]
        for item_id, people in row.legs:
            names = ", ".join(self._names.get(p, "?") for p in people)
            lines.append(f"{self._item_titles.get(item_id, item_id)}: {names}")
        if len(lines) == 1:
            lines.append(tr("The same passengers for the whole visit."))
        self.legs.setText("\n".join(lines))

    def seating(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Passengers of %1", row.label))
        leg = QComboBox()
        leg.addItem(tr("Whole visit"), None)
        for item_id, title in self._item_titles.items():
            leg.addItem(title, item_id)
        people = QListWidget()

        def fill() -> None:
            chosen = (
                set(row.passenger_ids)
                if leg.currentData() is None
                else set(dict(row.legs).get(leg.currentData(), ()))
            )
            people.clear()
            for pid, name in self._names.items():
                entry = QListWidgetItem(name)
                entry.setData(Qt.ItemDataRole.UserRole, pid)
                entry.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
                people.addItem(entry)

        leg.currentIndexChanged.connect(fill)
        fill()
        error = QLabel()
        error.setStyleSheet("color: #b71c1c;")
        error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        def accept() -> None:
            from planner.domain.errors import PlannerError
            from ui.operations import said

            ids = [
                people.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(people.count())
                if people.item(n).checkState() == Qt.CheckState.Checked
            ]
            try:
                self.ops.push(SetSeatingCommand(row.id, row.label, leg.currentData(), ids), self, inline=True)
            except PlannerError as exc:
                error.setText(said(exc))  # in the interface language
                return
            dialog.accept()

        buttons.accepted.connect(accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("Leg")))
        layout.addWidget(leg)
        layout.addWidget(people)
        layout.addWidget(error)
        layout.addWidget(buttons)
        dialog.exec()

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        vehicle_dialog(submit, row, self).exec()

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        assert self.visit_id is not None
        return AddVehicleCommand(self.visit_id, values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditVehicleCommand(row.id, row.label, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteVehicleCommand(row.id, row.label, row.version)
