"""The list of sites still to place, beside the timeline: drag a site onto a day to place it there."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.queries.groups import GroupRow
from planner.queries.sites import SiteRow
from planner.queries.to_place import ToPlaceRow
from ui.i18n import tr
from ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from ui.views.common import action
from ui.views.forms import FormDialog, combo, spin
from ui.views.pickers import searchable_combo, site_label
from ui.views.timeline import TO_PLACE_MIME
from ui.views.wrapping_bar import WrappingBar

Index = QModelIndex | QPersistentModelIndex


def _line(row: ToPlaceRow) -> str:
    wish = tr("required") if row.required else tr("priority %1", row.priority)
    groups = f" · {', '.join(row.groups)}" if row.groups else ""
    return f"{row.label} — {tr('%1 min', row.duration_min)} ({wish}){groups}"


def _tooltip(row: ToPlaceRow) -> str:
    lines = [row.label]
    if row.title and row.title != row.site_label:
        lines.append(row.site_label)
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


def add_site_dialog(
    sites: Sequence[SiteRow],
    groups: Sequence[GroupRow],
    submit: Callable[[dict[str, Any]], None],
    parent: QWidget | None = None,
) -> FormDialog:
    """Which site to put on the list, for how long, whether it must be placed, and for which groups.

    The site is found by any word of its name or address (60+ sites); the length starts at the site's
    usual visit and follows the site chosen until the officer changes it. ``submit`` receives
    ``site_id``, ``duration_min``, ``required``, ``priority`` and ``group_ids`` (none: any group).
    """
    dialog = FormDialog(tr("Add site to place"), parent, submit)
    f = dialog.form
    usual = {s.id: s.usual_duration_min for s in sites}
    site = f.add("site_id", tr("Site"), searchable_combo([(site_label(s), s.id) for s in sites]))
    site.setObjectName("to_place_site")
    # long names and addresses: the field keeps a dialog's width, the open list shows them whole
    site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    site.setMinimumContentsLength(48)
    site.view().setMinimumWidth(640)
    site.lineEdit().setCursorPosition(0)  # the start of a long name, not the end of its address
    length = f.add("duration_min", tr("Length (minutes)"), spin(usual.get(site.currentData(), 45), 5, 600))
    length.setObjectName("to_place_length")
    required = f.add(
        "required", tr("Required"), combo([(tr("required"), True), (tr("optional"), False)], True)
    )
    required.setObjectName("to_place_required")
    priority = f.add("priority", tr("Priority"), spin(0, 0, 100))
    priority.setObjectName("to_place_priority")
    priority.setToolTip(tr("An optional site of higher priority is placed first"))
    group_list = QListWidget()
    group_list.setObjectName("to_place_groups")
    group_list.setToolTip(tr("None ticked: any group may go"))
    for g in groups:
        item = QListWidgetItem(g.name)
        item.setData(Qt.ItemDataRole.UserRole, g.id)
        item.setCheckState(Qt.CheckState.Unchecked)
        group_list.addItem(item)
    group_list.setFixedHeight(min(6, max(1, len(groups))) * 22 + 6)
    if groups:
        f.add("group_ids", tr("Groups"), group_list)
    # the length follows the site chosen, until the officer types one of their own
    shown_length = [length.value()]

    def site_changed() -> None:
        site.lineEdit().setCursorPosition(0)
        if length.value() == shown_length[0]:
            length.setValue(usual.get(site.currentData(), length.value()))
            shown_length[0] = length.value()

    site.currentIndexChanged.connect(lambda _n: site_changed())

    def optional_changed() -> None:
        priority.setEnabled(not required.currentData())

    required.currentIndexChanged.connect(lambda _n: optional_changed())
    optional_changed()

    def collect() -> dict[str, Any]:
        is_required = bool(required.currentData())
        return {
            "site_id": site.currentData(),
            "duration_min": length.value(),
            "required": is_required,
            "priority": 0 if is_required else priority.value(),
            "group_ids": [
                group_list.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(group_list.count())
                if group_list.item(n).checkState() == Qt.CheckState.Checked
            ],
        }

    dialog.collect = collect
    return dialog
