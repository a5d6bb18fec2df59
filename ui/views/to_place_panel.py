"""The list of sites still to place, beside the timeline: drag a site onto a day to place it there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from planner.queries.to_place import ToPlaceRow
from ui.i18n import tr
from ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from ui.views.common import action
from ui.views.timeline import TO_PLACE_MIME
from ui.views.wrapping_bar import WrappingBar

Index = QModelIndex | QPersistentModelIndex


def _line(row: ToPlaceRow) -> str:
    wish = tr("required") if row.required else tr("priority %1", row.priority)
    groups = f" · {', '.join(row.groups)}" if row.groups else ""
    return f"{row.label} — {tr('%1 min', row.duration_min)} ({wish}){groups}"


def _tooltip(row: ToPlaceRow) -> str:
    lines = [row.label]
    if row.title and row.title != row.site_name:
        lines.append(row.site_name)
    if row.notes:
        lines.append(row.notes)
    lines.append(tr("Drag onto a day of the timeline to place it"))
    return "\n".join(lines)


class ToPlaceListModel(RowTableModel[ToPlaceRow]):
    """The entries, one per row; a row dragged out carries its entry id."""

    COLUMNS = (Column("Sites to place", _line, tooltip=_tooltip),)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [TO_PLACE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [self.row_at(i.row()) for i in indexes if i.isValid()]
        if rows and rows[0] is not None:
            data.setData(TO_PLACE_MIME, str(rows[0].id).encode())
            data.setText(rows[0].label)
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class ToPlacePanel(QWidget):
    """Title, a short toolbar (add, remove) and the draggable list."""

    addRequested = Signal()
    removeRequested = Signal(object)  # the ToPlaceRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.model = ToPlaceListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_action = action(
            self, tr("Add site to place"), lambda _checked=False: self.addRequested.emit()
        )
        self.remove_action = action(self, tr("Remove from the list"), lambda _checked=False: self._remove())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        # the panel is narrow: its two buttons wrap rather than hide "Remove from the list" behind "»"
        layout.addWidget(WrappingBar(self.add_action, self.remove_action))
        layout.addWidget(self.list, 1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[ToPlaceRow]) -> None:
        self.model.set_rows(rows)
        self.title.setText(tr("To place: %1", len(rows)))

    def selected(self) -> ToPlaceRow | None:
        index = self.list.currentIndex()
        row: Any = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def _remove(self) -> None:
        row = self.selected()
        if row is not None:
            self.removeRequested.emit(row)
