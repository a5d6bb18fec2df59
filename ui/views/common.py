"""Pieces shared by the workspace pages: the page base, table views with fixed row heights."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolBar, QWidget

from ui.models.row_table_model import FILTER_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE, RowTableModel
from ui.operations import Changes, Operations, ServiceCommandBase

ROW_HEIGHT = 24
TEXT_COLUMN_WIDTH = 120  # a column this wide holds text (titles, places) rather than a time or a number


def make_table(model: RowTableModel[Any], parent: QWidget | None = None, sortable: bool = True) -> QTableView:
    """A table view with fixed row heights (resizeRowsToContents is far too slow on big visits); its
    column widths are remembered under the model's name once the officer sets them."""
    view = QTableView(parent)
    view.setObjectName(type(model).__name__)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        # a name is found as shown, as typed and in every language (a Russian name on a Kazakh screen)
        proxy.setFilterRole(FILTER_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, widest: int = 340) -> None:
    """Size columns to their contents (no wider than ``widest``) and give the spare width to the text
    columns, unless the officer has set the widths by hand: those are remembered per table and kept."""
    header = view.horizontalHeader()
    key = _widths_key(view)
    saved = QSettings().value(key) if key else None
    view.setProperty("fitting", True)
    try:
        if isinstance(saved, QByteArray) and header.restoreState(saved):
            return
        view.resizeColumnsToContents()
        # the stretched last column is as wide as the view leaves it, not as its contents: cutting it to
        # ``widest`` because it had stretched (before the dialog was laid out, into the default width)
        # fixed it at that width, wider than the view once shown, and a needless scroll bar appeared
        stretched = _last_shown(header) if header.stretchLastSection() else -1
        for column in range(header.count()):
            size = _contents_width(view, column) if column == stretched else header.sectionSize(column)
            if size > widest:
                header.resizeSection(column, widest)
        _share_spare_width(view)
    finally:
        view.setProperty("fitting", False)
    if key and not view.property("remembers"):
        view.setProperty("remembers", True)
        header.sectionResized.connect(lambda column, *_: _remember_widths(view, column))


def _widths_key(view: QTableView) -> str:
    return f"tables/{view.objectName()}/header" if view.objectName() else ""


def _remember_widths(view: QTableView, column: int) -> None:
    # only a width the officer dragged is remembered: not one the program set while fitting, nor the
    # last column stretching to the window (on first showing, or a resize), which once remembered kept
    # every other column at the width of an empty list, its names cut ("Busines…")
    header = view.horizontalHeader()
    if view.property("fitting") or (header.stretchLastSection() and column == _last_shown(header)):
        return
    QSettings().setValue(_widths_key(view), header.saveState())


def _contents_width(view: QTableView, column: int) -> int:
    """The width ``column``'s texts and heading want (what resizeColumnsToContents gives a column)."""
    return max(view.sizeHintForColumn(column), view.horizontalHeader().sectionSizeHint(column))


def _last_shown(header: QHeaderView) -> int:
    for visual in reversed(range(header.count())):
        column = header.logicalIndex(visual)
        if not header.isSectionHidden(column):
            return column
    return -1


def _share_spare_width(view: QTableView) -> None:
    """Spread the width the columns leave empty over the text columns that were cut (or all of them)."""
    header = view.horizontalHeader()
    spare = view.viewport().width() - header.length()
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    columns = getattr(model, "COLUMNS", ())
    texts = [
        column
        for column in range(header.count())
        if not header.isSectionHidden(column)
        and not (column < len(columns) and columns[column].align_right)
        and header.sectionSize(column) >= TEXT_COLUMN_WIDTH
    ]
    if spare <= 0 or not texts:
        return
    for column in texts:
        header.resizeSection(column, header.sectionSize(column) + spare // len(texts))


def selected_rows(view: QTableView) -> list[Any]:
    """The frozen rows selected in a view (through its proxy if any)."""
    model = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.data(model.index(r, 0), ROW_ROLE) for r in rows]


def select_ids(view: QTableView, ids: set[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    first = None
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if model.data(index, ID_ROLE) in ids:
            selection.select(
                index,
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
            first = first or index
    if first is not None:
        view.scrollTo(first)


def action(
    parent: QWidget, text: str, slot: Any, shortcut: str | QKeySequence | None = None, tip: str = ""
) -> QAction:
    act = QAction(text, parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tip:
        act.setToolTip(tip)
    act.triggered.connect(slot)
    parent.addAction(act)
    return act


def toolbar(*actions: QAction) -> QToolBar:
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for act in actions:
        if act is None:
            bar.addSeparator()
        else:
            bar.addAction(act)
    return bar


class Page(QWidget):
    """A workspace page: refreshes when data it shows changes, lazily when it is hidden."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.visit_id: int | None = None
        self._dirty = False
        ops.changed.connect(self._on_changed)

    def set_visit(self, visit_id: int | None) -> None:
        self.visit_id = visit_id
        self._dirty = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._dirty = False
        if self.visit_id is not None:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changed(self, change: Changes) -> None:
        if change.kinds & self.KINDS:
            self.apply_change(change)

    def apply_change(self, change: Changes) -> None:
        if self.isVisible():
            self.refresh_now()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh_now()


class TablePage(Page):
    """A page over one table of rows, with Add, Edit and Delete through one dialog and three commands.

    Subclasses say which dialog edits a row and which undo command each action pushes.
    """

    NEEDS_VISIT = True  # sites are shared by all visits; everything else belongs to the open one
    table: QTableView

    def selected(self) -> Any | None:
        """The row under the cursor, if any."""
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        raise NotImplementedError

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        raise NotImplementedError

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        raise NotImplementedError

    def delete_command(self, row: Any) -> ServiceCommandBase:
        raise NotImplementedError

    def add(self) -> None:
        if self.NEEDS_VISIT and self.visit_id is None:
            return
        self.open_dialog(lambda values: self.ops.push(self.add_command(values), self, inline=True))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return

        def submit(values: dict[str, Any]) -> None:
            if values:  # nothing changed: no undo step
                self.ops.push(self.edit_command(row, values), self, inline=True)

        self.open_dialog(submit, row)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.ops.push(self.delete_command(row), self)
