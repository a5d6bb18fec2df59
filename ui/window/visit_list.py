"""The visit list on the left of the main window: search, status filter and the table of visits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from planner.domain.kinds import VisitStatus
from planner.queries.visits import VisitRow
from ui.i18n import tr
from ui.models.row_table_model import ID_ROLE, ROW_ROLE, SORT_ROLE
from ui.models.visit_list_model import VisitListModel
from ui.views.common import make_table
from ui.views.overview_page import STATUS_NAMES


class VisitFilter(QSortFilterProxyModel):
    """Search text over title and delegation, plus a status filter (archived hidden unless asked)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status: str | None = "active"
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        row: VisitRow | None = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self.status == "active" and row.status in ("archived", "cancelled"):
            return False
        if self.status not in (None, "active") and row.status != self.status:
            return False
        # found by the names as typed and as shown (in the interface language)
        names = (row.title, row.delegation, row.name, row.delegation_name, row.home_region, row.host_region)
        hay = " ".join(names).lower()
        return all(word in hay for word in self.text.lower().split())

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # two visits may share a title (a return visit, a copy): the delegation under it tells them apart
        if role == Qt.ItemDataRole.DisplayRole and index.column() == VisitListModel.TITLE:
            row: VisitRow | None = super().data(index, ROW_ROLE)
            if row is not None:
                return visit_label(row)
        return super().data(index, role)


def visit_label(row: VisitRow) -> str:
    """The visit list's text of a visit: its title, and the delegation on a second line (each in the
    interface language the row was read in: its translation, else as typed)."""
    title, delegation = row.name, row.delegation_name
    return f"{title}\n{delegation}" if delegation and delegation != title else title


class VisitList(QWidget):
    """The searchable list of visits; ``chosen`` carries the id of the visit the user moved to (or None).

    Filtering the list is not choosing a visit: a search or status filter that hides the open visit leaves
    it open (no ``chosen``), and the open visit is the current row again as soon as the filter shows it.
    """

    chosen = Signal(object)
    # a visit double-clicked: its details are to be edited
    details_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VisitListModel(self)
        self.filter = VisitFilter(self)
        self.filter.setSourceModel(self.model)
        # the visit open in the window, as far as the list knows (chosen on it, or selected by the window)
        self.open_id: int | None = None
        self.table = table = QTableView()
        template = make_table(self.model)  # same look as every other table
        table.setModel(self.filter)
        table.setSelectionBehavior(template.selectionBehavior())
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(2 * table.fontMetrics().height() + 8)  # two lines
        table.horizontalHeader().setStretchLastSection(True)
        # the list is narrow: the title with the delegation under it, and the dates
        table.setColumnHidden(VisitListModel.DELEGATION, True)
        table.setColumnHidden(VisitListModel.STATUS, True)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(VisitListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        template.deleteLater()
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.doubleClicked.connect(self._double_clicked)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search visits…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Current visits"), "active")
        self.status_filter.addItem(tr("All visits"), None)
        for status in VisitStatus:
            self.status_filter.addItem(tr(STATUS_NAMES[status.value]), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.status_filter)
        layout.addWidget(table)

    def set_rows(self, rows: list[VisitRow], keep: int | None) -> int | None:
        """Show ``rows``; return the visit to open: ``keep`` if it is still there, else the first shown.

        A kept visit that the status filter hides makes the filter show all visits.
        """
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(VisitListModel.DATES)
        target = keep if keep in {r.id for r in rows} else None
        if target is not None and self._proxy_index(target).row() < 0:
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        if target is None and self.filter.rowCount():
            target = self.filter.index(0, 0).data(ID_ROLE)
        return target

    def select(self, visit_id: int | None) -> None:
        """Make ``visit_id`` the current row (the ``chosen`` signal follows only if the row changes)."""
        self.open_id = visit_id
        if visit_id is None:
            return
        index = self._proxy_index(visit_id)
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.setCurrentIndex(index)

    def row_of(self, visit_id: int | None) -> VisitRow | None:
        """The list's row of ``visit_id``, or None."""
        return self.model.row_at(self.model.row_of_id(visit_id) if visit_id is not None else -1)

    def _proxy_index(self, visit_id: int) -> Any:
        return self.filter.mapFromSource(self.model.index(self.model.row_of_id(visit_id), 0))

    def _row_changed(self, current: Any, _previous: Any) -> None:
        # no current row: the filter hid it or the rows were read again, which is no choice of the user's
        # (the window opens what it reads next through select)
        if current.isValid():
            self.open_id = current.data(ID_ROLE)
            self.chosen.emit(self.open_id)

    def _double_clicked(self, index: Any) -> None:
        visit_id = index.data(ID_ROLE)
        if visit_id is not None:
            self.details_requested.emit(visit_id)

    def _filter_changed(self) -> None:
        self.filter.text = self.search.text()
        self.filter.status = self.status_filter.currentData()
        self.filter.invalidateFilter()
        if self.open_id is not None and not self.table.currentIndex().isValid():
            self.select(self.open_id)  # shown again (the search cleared): selected again
