"""Base of every table model: a list of frozen rows, column constants, custom roles, ``set_rows``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import CONTEXT

R = TypeVar("R")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row object itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's database id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a value that sorts correctly (dates, numbers)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4  # what a page's search looks in: the text and its other names

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (translated by the model) and how to show a row in it."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False
    # more text the page's search finds the row by (a name as typed and in every language)
    search: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows replaced as a whole by ``set_rows`` (begin/endResetModel) or one by one by ``replace_row``."""

    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._index_of: dict[int, int] = {}

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index_of = {getattr(r, "id", n): n for n, r in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: int) -> int:
        """The model row of a database id, or -1."""
        return self._index_of.get(row_id, -1)

    def replace_row(self, new: R) -> bool:
        """Swap in a changed row with the same id (a cheap refresh after one edit)."""
        n = self.row_of_id(getattr(new, "id", -1))
        if n < 0:
            return False
        self._rows[n] = new
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))
        return True

    def header_text(self, column: Column[Any]) -> str:
        return QCoreApplication.translate(CONTEXT, column.header)

    # Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == FILTER_ROLE:
            more = column.search(row) if column.search is not None else ""
            return f"{column.text(row)}\n{more}" if more else column.text(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.header_text(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
