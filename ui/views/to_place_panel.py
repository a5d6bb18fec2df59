"""The list of sites still to place, beside the timeline: drag a site onto a day to place it there."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem, ValidationError
from planner.queries.groups import GroupRow
from planner.queries.sites import SiteRow
from planner.queries.to_place import ToPlaceRow
from ui.i18n import tr
from ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from ui.views.common import action
from ui.views.forms import FieldForm, FormDialog, combo, spin
from ui.views.pickers import searchable_combo, site_label, sites_by_name
from ui.views.timeline import TO_PLACE_MIME
from ui.views.wrapping_bar import WrappingBar

Index = QModelIndex | QPersistentModelIndex


def _line(row: ToPlaceRow) -> str:
    wish = tr("required") if row.required else tr("priority %1", row.priority)
    # several groups may take it, but the plan sends one: the line must not read as all of them going
    names = ", ".join(row.groups)
    groups = f" · {tr('one of: %1', names) if len(row.groups) > 1 else names}" if row.groups else ""
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
    """Title, a short toolbar (add, edit, remove) and the draggable list (double-click: edit)."""

    addRequested = Signal()
    editRequested = Signal(object)  # the ToPlaceRow
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
        self.edit_action = action(self, tr("Edit…"), lambda _checked=False: self._edit())
        self.edit_action.setToolTip(tr("Change the length, required or optional, priority and groups"))
        self.remove_action = action(self, tr("Remove from the list"), lambda _checked=False: self._remove())
        self.list.doubleClicked.connect(lambda _index: self._edit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        # the panel is narrow: its buttons wrap rather than hide "Remove from the list" behind "»"
        layout.addWidget(WrappingBar(self.add_action, self.edit_action, self.remove_action))
        layout.addWidget(self.list, 1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[ToPlaceRow]) -> None:
        self.model.set_rows(rows)
        self.title.setText(tr("To place: %1", len(rows)))

    def selected(self) -> ToPlaceRow | None:
        index = self.list.currentIndex()
        row: Any = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.editRequested.emit(row)

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
    Enter saves, as OK does (in the list of matches it takes the site highlighted, or the first).
    """
    dialog = FormDialog(tr("Add site to place"), parent, submit)
    f = dialog.form
    usual = {s.id: s.usual_duration_min for s in sites}

    def unknown(typed: str) -> None:
        # Enter on a word that names no site: said beside the field, the dialog stays open
        reason = tr("No site matches “%1”; choose one from the list", typed)
        f.show_error(ValidationError(Problem("site_id", reason)))

    picker = searchable_combo([(site_label(s), s.id) for s in sites_by_name(sites)], unknown=unknown)
    site = f.add("site_id", tr("Site"), picker)
    site.setObjectName("to_place_site")
    # long names and addresses: the field keeps a dialog's width, the open list shows them whole
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(48)
    picker.view().setMinimumWidth(640)
    picker.lineEdit().setCursorPosition(0)  # the start of a long name, not the end of its address
    wish = _WishFields(f, groups, usual.get(picker.currentData(), 45))
    # the length follows the site chosen, until the officer types one of their own
    shown_length = [wish.length.value()]

    def site_changed() -> None:
        picker.lineEdit().setCursorPosition(0)
        if wish.length.value() == shown_length[0]:
            wish.length.setValue(usual.get(picker.currentData(), wish.length.value()))
            shown_length[0] = wish.length.value()

    picker.currentIndexChanged.connect(lambda _n: site_changed())
    dialog.collect = lambda: {"site_id": picker.currentData(), **wish.values()}
    _enter_saves(dialog, picker)
    return dialog


def edit_entry_dialog(
    row: ToPlaceRow,
    groups: Sequence[GroupRow],
    submit: Callable[[dict[str, Any]], None],
    parent: QWidget | None = None,
) -> FormDialog:
    """An entry of the list: its length, whether it must be placed, its priority and its groups.

    ``submit`` receives only what changed (``group_ids`` as a sorted list of ids; none: any group), so
    nothing changed is no undo step. Enter saves, as OK does.
    """
    dialog = FormDialog(tr("Edit site to place"), parent, submit)
    f = dialog.form
    site = QLabel(row.label if row.label == row.site_name else f"{row.label} — {row.site_name}")
    site.setObjectName("to_place_site_name")
    site.setWordWrap(True)
    f.add("site_id", tr("Site"), site)
    wish = _WishFields(f, groups, row.duration_min, row.required, row.priority, row.group_ids)
    stored = {
        "duration_min": row.duration_min,
        "required": row.required,
        "priority": 0 if row.required else row.priority,
        "group_ids": sorted(row.group_ids),
    }

    def collect() -> dict[str, Any]:
        return {k: v for k, v in wish.values().items() if v != stored[k]}

    dialog.collect = collect
    _enter_saves(dialog, wish.length)
    return dialog


class _WishFields:
    """The entry's length, required or optional, priority (only for an optional one) and groups."""

    def __init__(
        self,
        f: FieldForm,
        groups: Sequence[GroupRow],
        minutes: int,
        required: bool = True,
        priority: int = 0,
        group_ids: Sequence[int] = (),
    ) -> None:
        self.length = spin(minutes, 5, 600)
        self.length.setObjectName("to_place_length")
        f.add("duration_min", tr("Length (minutes)"), self.length)
        self.required = combo([(tr("required"), True), (tr("optional"), False)], required)
        self.required.setObjectName("to_place_required")
        f.add("required", tr("Required"), self.required)
        self.priority = spin(priority, 0, 100)
        self.priority.setObjectName("to_place_priority")
        self.priority.setToolTip(tr("An optional site of higher priority is placed first"))
        f.add("priority", tr("Priority"), self.priority)
        self.groups = QListWidget()
        self.groups.setObjectName("to_place_groups")
        self.groups.setToolTip(tr("The plan sends one of the ticked groups; none ticked: any group may go"))
        for g in groups:
            item = QListWidgetItem(g.shown_name)  # in the interface language
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            ticked = g.id in group_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.setFixedHeight(min(6, max(1, len(groups))) * 22 + 6)
        if groups:
            f.add("group_ids", tr("Groups that may go"), self.groups)
        self.required.currentIndexChanged.connect(lambda _n: self._optional_changed())
        self._optional_changed()

    def _optional_changed(self) -> None:
        self.priority.setEnabled(not self.required.currentData())

    def values(self) -> dict[str, Any]:
        """``duration_min``, ``required``, ``priority`` (0 for a required site) and sorted ``group_ids``."""
        is_required = bool(self.required.currentData())
        return {
            "duration_min": self.length.value(),
            "required": is_required,
            "priority": 0 if is_required else self.priority.value(),
            "group_ids": sorted(
                self.groups.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.groups.count())
                if self.groups.item(n).checkState() == Qt.CheckState.Checked
            ),
        }


def _enter_saves(dialog: FormDialog, first: QWidget) -> None:
    """OK is the button Enter presses from any field, and the keyboard starts in the first field (it
    started in the form's scrolling area, where typed letters went nowhere)."""
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    dialog.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    first.setFocus()
