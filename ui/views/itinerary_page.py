"""The Itinerary page: the timeline and a table of the same items, with the conflicts panel."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.queries.groups import GroupRow, visit_groups
from planner.queries.item_lookup import items_by_ids
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.participants import ParticipantRow, visit_participants
from planner.queries.sites import list_sites
from planner.queries.to_place import ToPlaceRow, sites_to_place
from planner.queries.translations import item_names
from planner.queries.visits import VisitRow, get_visit
from planner.services.checking import Conflict
from ui.commands.group_commands import AddGroupedItemCommand, SetItemGroupsCommand
from ui.commands.itinerary_commands import (
    AddItemCommand,
    DeleteItemCommand,
    EditItemCommand,
    MoveItemCommand,
    ResizeItemCommand,
    SetAttendeesCommand,
)
from ui.commands.to_place_commands import (
    AddSiteToPlaceCommand,
    EditSiteToPlaceCommand,
    PlaceSiteCommand,
    RemoveSiteToPlaceCommand,
)
from ui.conflict_tracker import ConflictTracker
from ui.i18n import current_language, quoted, tr
from ui.models.row_table_model import ROW_ROLE, Column, RowTableModel
from ui.models.table_models import ItineraryTableModel
from ui.operations import ITEMS, MEETINGS, PARTICIPANTS, SITES, VISITS, Changes, Operations
from ui.views.common import Page, action, fit_columns, make_table, select_ids, selected_rows
from ui.views.groups_page import open_groups
from ui.views.item_dialog import ItemDialog
from ui.views.pickers import searchable_combo
from ui.views.timeline import TimelineLegend, TimelineScroll, TimelineWidget
from ui.views.to_place_panel import ToPlacePanel, add_site_dialog, edit_entry_dialog
from ui.views.wrapping_bar import WrappingBar

FIT_ROWS = 50  # the table's columns fit the text of this many rows and those on screen (a cell takes ~0.5 ms)


class ConflictListModel(RowTableModel[Conflict]):
    """The engine's conflicts, one per row: a list of thousands stays fast (no widget per line)."""

    COLUMNS = (
        Column(
            "Conflicts",
            lambda c: ("✖ " if c.severity == "error" else "⚠ ") + c.message,
            tooltip=lambda c: c.message,
        ),
    )


class ConflictsPanel(QWidget):
    """Lists every conflict the engine found; clicking one selects its items."""

    itemsChosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)  # sizes rows in batches, not all at once
        self.list.setBatchSize(50)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self._top_row: int | None = None  # the row to bring back to the top after a refresh
        self._tries = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.set_conflicts(None)

    def set_conflicts(self, conflicts: list[Conflict] | None) -> None:
        if conflicts is None:  # not checked yet: the check runs off the GUI thread
            self.model.set_rows([])
            self.title.setText(tr("Conflicts: checking…"))
            return
        errors = sum(1 for c in conflicts if c.severity == "error")
        self.title.setText(
            tr("Conflicts: %1 (%2 errors)", len(conflicts), errors) if conflicts else tr("No conflicts")
        )
        # a drag refreshes the list: the officer keeps their place in it and the conflict they picked
        top = self._key(self.list.indexAt(QPoint(0, 0)))
        current = self._key(self.list.currentIndex())
        self.model.set_rows(conflicts)
        rows = {(c.rule, c.item_ids): n for n, c in reversed(list(enumerate(conflicts)))}
        if current in rows:
            self.list.setCurrentIndex(self.model.index(rows[current], 0))
        self._top_row = rows.get(top) if top is not None else None
        self._tries = 0
        self._keep_place()

    def _keep_place(self) -> None:
        # the batched layout sizes 50 rows per pass of the event loop, so a row far down can be put at
        # the top only once the rows above it are laid out: try again on the next passes
        row = self._top_row
        if row is None:
            return
        index = self.model.index(row, 0)
        self.list.scrollTo(index, QListView.ScrollHint.PositionAtTop)
        self._tries += 1
        if self.list.indexAt(QPoint(0, 0)).row() == row or self._tries > 200:
            self._top_row = None
        else:
            QTimer.singleShot(0, self._keep_place)

    @staticmethod
    def _key(index: QModelIndex) -> tuple[str, tuple[int, ...]] | None:
        conflict = index.data(ROW_ROLE) if index.isValid() else None
        return None if conflict is None else (conflict.rule, conflict.item_ids)

    def _chosen(self, index: QModelIndex) -> None:
        conflict = index.data(ROW_ROLE)
        if conflict is not None:
            self.itemsChosen.emit(list(conflict.item_ids))


class ItineraryPage(Page):
    """Timeline + table + conflicts. Edits go through undo commands; the page redraws what changed."""

    KINDS = frozenset({ITEMS, SITES, PARTICIPANTS, VISITS, MEETINGS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.visit: VisitRow | None = None
        self.tz: ZoneInfo | None = None
        self.tracker = ConflictTracker(ops.uow, ops.run_quietly)
        self.tracker.changed.connect(self._show_conflicts)
        self.timeline = TimelineWidget()
        self.scroll = TimelineScroll(self.timeline)
        self.model = ItineraryTableModel(self)
        self.table = make_table(self.model)
        self.views = QTabWidget()
        # the timeline with the legend of its colours below it
        self.legend = TimelineLegend()
        timeline_tab = QWidget()
        column = QVBoxLayout(timeline_tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.scroll, 1)
        column.addWidget(self.legend)
        self.views.addTab(timeline_tab, tr("Timeline"))
        self.views.addTab(self.table, tr("Table"))
        # sized to the text of the first rows only: measuring thousands of rows takes seconds
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.table.verticalHeader().setResizeContentsPrecision(FIT_ROWS)  # what a column's width reads
        self._fitted_visit: int | None = None  # the visit whose table the columns were fitted to
        self.views.currentChanged.connect(lambda _: self._fit_table())
        self.panel = ConflictsPanel()
        # sites with no time yet, beside the timeline: dragged from here onto a day
        self.to_place = ToPlacePanel()
        splitter = QSplitter()
        splitter.addWidget(self.to_place)
        splitter.addWidget(self.views)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([220, 900, 300])
        self.add_action = action(
            self, tr("Add item"), self.add_item, "Ins", tr("Add an item to the programme")
        )
        self.edit_action = action(self, tr("Edit item"), self.edit_selected, "Return")
        self.delete_action = action(self, tr("Delete item"), self.delete_selected, "Del")
        self.earlier_action = action(self, tr("5 min earlier"), lambda: self.nudge(-5), "Alt+Up")
        self.later_action = action(self, tr("5 min later"), lambda: self.nudge(5), "Alt+Down")
        self.zoom_in_action = action(self, tr("Zoom in"), lambda: self.zoom(1.25), "Ctrl++")
        self.zoom_out_action = action(self, tr("Zoom out"), lambda: self.zoom(0.8), "Ctrl+-")
        self.guest_action = action(self, tr("Guest time"), self.toggle_guest_time, "Ctrl+G")
        self.guest_action.setCheckable(True)
        self.groups_action = action(self, tr("Groups…"), lambda: open_groups(self.ops, self.visit_id, self))
        self.assign_action = action(
            self, tr("Assign to group…"), self.assign_selected, tip=tr("Give the selected items to one group")
        )
        # show one group's items, or one person's programme (their items and their groups' items)
        self.groups: list[GroupRow] = []
        self.people: list[ParticipantRow] = []
        self.all_rows: list[ItemRow] = []
        self.show_filter = searchable_combo([(tr("Everyone"), None)])
        self.show_filter.setObjectName("timeline_filter")
        # as wide as a short name: the toolbar keeps its room; the list opens as wide as it needs
        self.show_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_filter.setMinimumContentsLength(16)
        self.show_filter.view().setMinimumWidth(320)
        self.show_filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        # wraps onto a second row rather than hide "Assign to group…" behind "»" (Russian, Kazakh at 1280 px)
        self.bar = WrappingBar(
            self.add_action,
            self.edit_action,
            self.delete_action,
            None,
            self.earlier_action,
            self.later_action,
            None,
            self.zoom_in_action,
            self.zoom_out_action,
            self.guest_action,
            None,
            self.groups_action,
            self.assign_action,
        )
        # the filter sits above the timeline, beside its tabs (the toolbar keeps its width)
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(QLabel(tr("Show:")))
        row.addWidget(self.show_filter)
        self.views.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)  # the bar keeps only the rows it needs
        self.timeline.itemMoved.connect(self.move_item)
        self.timeline.itemResized.connect(self.resize_item)
        self.timeline.itemActivated.connect(self.edit_item)
        self.timeline.deleteRequested.connect(self.delete_selected)
        self.timeline.selectionChanged.connect(self._timeline_selected)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._table_selected)
        self.panel.itemsChosen.connect(self.select_items)
        self.timeline.entryDropped.connect(self.place_entry)
        self.to_place.addRequested.connect(self.add_site_to_place)
        self.to_place.editRequested.connect(self.edit_site_to_place)
        self.to_place.removeRequested.connect(self.remove_site_to_place)

    # ---- loading
    def refresh(self) -> None:
        assert self.visit_id is not None
        visit_id = self.visit_id
        # items and sites named in the interface language (each its translation, else as typed), as the
        # conflict check names them
        lang = current_language()

        def read(
            uow: Any,
        ) -> tuple[VisitRow, list[ItemRow], list[ToPlaceRow], list[GroupRow], list[ParticipantRow]]:
            return (
                get_visit(uow, visit_id),
                visit_items(uow, visit_id, lang),
                sites_to_place(uow, visit_id, lang),
                visit_groups(uow, visit_id, lang),
                visit_participants(uow, visit_id),
            )

        self.visit, rows, entries, self.groups, self.people = self.ops.read(read)
        self.to_place.set_rows(entries)
        self.tz = ZoneInfo(self.visit.host_timezone)
        self.model.tz = self.tz
        self.all_rows = rows
        self._fill_filter()
        self._show_rows()
        # the items paint first; the conflict check (and, at start-up, the engine's import) follows at once
        QTimer.singleShot(0, lambda: self._check_after_load(visit_id, len(rows)))

    # ---- which items are shown
    def _fill_filter(self) -> None:
        box = self.show_filter
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(tr("Everyone"), None)
        for g in self.groups:
            box.addItem(tr("Group: %1", g.shown_name), f"group:{g.id}")
        for p in self.people:
            box.addItem(p.full_name, f"person:{p.id}")
        n = box.findData(current)
        box.setCurrentIndex(n if n >= 0 else 0)
        box.blockSignals(False)

    def filter_items(self, kind: str | None = None, key: int | None = None) -> None:
        """Show only one group's items (``"group"``, its id), or one person's (``"person"``, their id);
        everyone's with no arguments."""
        n = self.show_filter.findData(f"{kind}:{key}") if kind else 0
        self.show_filter.setCurrentIndex(n if n >= 0 else 0)

    def _shown(self) -> list[ItemRow]:
        choice = self.show_filter.currentData()
        if not choice:
            return self.all_rows
        kind, _, number = str(choice).partition(":")
        key = int(number)
        if kind == "group":
            group = next((g for g in self.groups if g.id == key), None)
            return [r for r in self.all_rows if group is not None and group.name in r.groups]
        theirs = {g.name for g in self.groups if key in g.member_ids}
        return [r for r in self.all_rows if key in r.attendee_ids or theirs.intersection(r.groups)]

    def _show_rows(self) -> None:
        assert self.visit is not None and self.tz is not None
        rows = self._shown()
        self.model.set_rows(rows)
        self._fit_table()
        days = [
            self.visit.start_date + timedelta(days=n)
            for n in range((self.visit.end_date - self.visit.start_date).days + 1)
        ]
        self.timeline.set_items(
            rows,
            days,
            self.tz,
            ZoneInfo(self.visit.guest_timezone),
            lanes=[g.name for g in self.groups],
            lane_labels=[g.shown_name for g in self.groups],
        )

    def _fit_table(self) -> None:
        """Event, Place and Groups as wide as their text, Day and Start narrow, widths the officer drags
        kept: once per visit, when its table is first shown (the timeline opens first, and measuring
        text takes ~0.5 ms a cell: edits keep the widths)."""
        if self._fitted_visit != self.visit_id and self.views.currentWidget() is self.table:
            fit_columns(self.table)
            self._fitted_visit = self.visit_id

    def _apply_filter(self) -> None:
        if self.visit is not None:
            self._show_rows()

    def _check_after_load(self, visit_id: int, count: int) -> None:
        if visit_id == self.visit_id:
            self.tracker.check_all(visit_id, count)

    def apply_change(self, change: Changes) -> None:
        # a few touched items: re-read only those rows, then the conflicts (fast on a 5,000-item visit)
        if not self.isVisible() or self.visit_id is None or self.visit is None:
            return super().apply_change(change)
        filtered = self.show_filter.currentData() is not None
        if (
            change.kinds <= {ITEMS, MEETINGS}
            and change.item_ids
            and len(change.item_ids) <= 50
            and not filtered
        ):
            visit_id = self.visit_id
            lang = current_language()
            rows = self.ops.read(lambda uow: items_by_ids(uow, change.item_ids, lang))
            found = {r.id for r in rows}
            gone = [i for i in change.item_ids if i not in found]
            new_rows = [r for r in rows if self.model.row_of_id(r.id) < 0]
            if new_rows or gone:
                self.refresh_now()
                return
            before = [self.timeline.rows[r.id] for r in rows]
            fresh = {r.id: r for r in rows}
            self.all_rows = [fresh.get(r.id, r) for r in self.all_rows]
            for row in rows:
                self.model.replace_row(row)
            self.timeline.update_items(rows)
            if all(_times_only(old, new) for old, new in zip(before, rows, strict=True)):
                self.tracker.items_moved(before, rows)
            else:
                self.tracker.check_all(visit_id, len(self.timeline.rows))
            return
        super().apply_change(change)

    @property
    def conflicts(self) -> list[Conflict] | None:
        return self.tracker.conflicts

    def _show_conflicts(self) -> None:
        # the tracker keeps the sentences per item and the short legs up to date, move by move
        self.timeline.set_conflicts(self.tracker.by_item, self.tracker.travel_pairs)
        self.model.set_conflicts(self.tracker.by_item)
        self.panel.set_conflicts(self.conflicts)

    def conflict_count(self) -> int | None:
        return None if self.conflicts is None else len(self.conflicts)

    # ---- selection
    def selected_ids(self) -> list[int]:
        if self.views.currentWidget() is self.table:
            return [r.id for r in selected_rows(self.table) if r is not None]
        return sorted(self.timeline.selected)

    def select_items(self, ids: list[int]) -> None:
        self.timeline.select_items(ids)
        select_ids(self.table, set(ids))
        if ids and ids[0] in self.timeline.rows:
            rect = self.timeline.item_rect(ids[0])
            self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 200, 200)

    def _timeline_selected(self, ids: list[int]) -> None:
        select_ids(self.table, set(ids))

    def _table_selected(self, *_: Any) -> None:
        if self.views.currentWidget() is self.table:
            self.timeline.select_items([r.id for r in selected_rows(self.table) if r is not None])

    # ---- edits
    def move_item(self, item_id: int, starts_at: datetime, ends_at: datetime) -> None:
        row = self.timeline.rows[item_id]
        self.ops.push(MoveItemCommand(item_id, row.name, starts_at, ends_at, row.version), self)

    def resize_item(self, item_id: int, ends_at: datetime) -> None:
        row = self.timeline.rows[item_id]
        self.ops.push(ResizeItemCommand(item_id, row.name, ends_at, row.version), self)

    def nudge(self, minutes: int) -> None:
        for item_id in self.selected_ids():
            row = self.timeline.rows.get(item_id)
            if row is not None:
                delta = timedelta(minutes=minutes)
                self.ops.push(
                    MoveItemCommand(
                        item_id, row.name, row.starts_at + delta, row.ends_at + delta, row.version
                    ),
                    self,
                )

    # ---- sites still to place
    def place_entry(self, entry_id: int, starts_at: datetime) -> None:
        n = self.to_place.model.row_of_id(entry_id)
        row = self.to_place.model.row_at(n) if n >= 0 else None
        if row is None:
            return
        self.ops.push(PlaceSiteCommand(entry_id, row.label, starts_at, row.version), self)

    def add_site_to_place(self) -> None:
        if self.visit_id is None:
            return
        visit_id = self.visit_id
        lang = current_language()  # the groups as the lanes and the list call them
        sites, groups = self.ops.read(
            lambda uow: (list_sites(uow, visit_id), visit_groups(uow, visit_id, lang))
        )
        if not sites:
            return
        names = {s.id: s.name for s in sites}

        def submit(values: dict[str, Any]) -> None:
            group_ids = values.pop("group_ids")
            command = AddSiteToPlaceCommand(visit_id, names[values["site_id"]], values, group_ids)
            self.ops.push(command, dialog, inline=True)  # a refusal shows beside the field

        dialog = add_site_dialog(sites, groups, submit, self)
        dialog.exec()

    def edit_site_to_place(self, row: ToPlaceRow) -> None:
        """The entry's length, requirement, priority and groups in a dialog; saved as one undo step."""
        visit_id = self.visit_id
        if visit_id is None:
            return
        lang = current_language()
        groups = self.ops.read(lambda uow: visit_groups(uow, visit_id, lang))

        def submit(values: dict[str, Any]) -> None:
            if values:  # nothing changed: no undo step
                command = EditSiteToPlaceCommand(row.id, row.label, values, row.version)
                self.ops.push(command, dialog, inline=True)  # a refusal shows beside the field

        dialog = edit_entry_dialog(row, groups, submit, self)
        dialog.exec()

    def remove_site_to_place(self, row: ToPlaceRow) -> None:
        self.ops.push(RemoveSiteToPlaceCommand(row.id, row.label, row.version), self)

    def zoom(self, factor: float) -> None:
        self.timeline.set_zoom(self.timeline.pixels_per_minute * factor)

    def toggle_guest_time(self) -> None:
        self.timeline.set_show_guest_time(self.guest_action.isChecked())

    def _dialog(self, row: ItemRow | None, default_start: datetime | None = None) -> ItemDialog:
        assert self.visit_id is not None and self.tz is not None
        visit_id = self.visit_id
        sites = self.ops.read(lambda uow: list_sites(uow, visit_id))
        people = self.ops.read(lambda uow: visit_participants(uow, visit_id))
        lang = current_language()  # the groups listed by their names in the interface language
        groups = self.ops.read(lambda uow: visit_groups(uow, visit_id, lang))
        names = self.ops.read(lambda uow: item_names(uow, row.id)) if row is not None else None
        return ItemDialog(self.tz, sites, people, row, default_start, parent=self, groups=groups, names=names)

    def add_item(self) -> None:
        if self.visit is None or self.tz is None:
            return
        assert self.visit_id is not None
        visit_id = self.visit_id
        day: date = self.visit.start_date
        default_start = datetime(day.year, day.month, day.day, 10, 0, tzinfo=self.tz)
        dialog = self._dialog(None, default_start)

        def submit(values: dict[str, Any]) -> None:
            command = (
                AddGroupedItemCommand(visit_id, values, dialog.attendee_ids(), dialog.group_ids())
                if dialog.group_ids()
                else AddItemCommand(visit_id, values, dialog.attendee_ids())
            )
            self.ops.push(command, self, inline=True)

        dialog.submit = submit
        dialog.exec()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_item(ids[0])

    def edit_item(self, item_id: int) -> None:
        row = self.timeline.rows.get(item_id)
        if row is None:
            return
        dialog = self._dialog(row)

        def submit(_: dict[str, Any]) -> None:
            changes = dialog.changed_values()
            current = row
            if changes:
                self.ops.push(EditItemCommand(item_id, row.name, changes, current.version), self, inline=True)
            attendees = dialog.attendee_ids()
            if sorted(attendees) != sorted(row.attendee_ids):
                self.ops.push(SetAttendeesCommand(item_id, row.name, attendees), self, inline=True)
            if dialog.groups_changed():
                self.ops.push(
                    SetItemGroupsCommand(tr("Groups of %1", quoted(row.name)), {item_id: dialog.group_ids()}),
                    self,
                    inline=True,
                )

        dialog.submit = submit
        dialog.exec()

    def assign_selected(self) -> None:
        """Give the selected items to one group (or to none: the whole delegation), one undo step."""
        ids = [i for i in self.selected_ids() if i in self.timeline.rows]
        if not ids:
            return
        names = [g.shown_name for g in self.groups]  # in the interface language, as the lanes say
        everyone = tr("(no group: the whole delegation)")
        chosen, ok = QInputDialog.getItem(
            self, tr("Assign to group"), tr("Group of the selected items:"), [*names, everyone], 0, False
        )
        if not ok or chosen not in [*names, everyone]:
            return
        group_ids = [] if chosen == everyone else [self.groups[names.index(chosen)].id]
        self.ops.push(
            SetItemGroupsCommand(tr("Assign items to %1", quoted(chosen)), {i: group_ids for i in ids}), self
        )

    def delete_selected(self) -> None:
        ids = [i for i in self.selected_ids() if i in self.timeline.rows]
        if not ids or not self._confirm_pinned([self.timeline.rows[i] for i in ids]):
            return
        stack = self.ops.undo_stack
        if len(ids) > 1:
            stack.beginMacro(tr("Delete %1 items", len(ids)))
        for item_id in ids:
            row = self.timeline.rows.get(item_id)
            if row is not None:
                self.ops.push(DeleteItemCommand(item_id, row.name, row.version), self)
        if len(ids) > 1:
            stack.endMacro()

    def _confirm_pinned(self, rows: list[ItemRow]) -> bool:
        """Ask before deleting pinned items (a fixed time someone agreed to), naming them; True to go on."""
        pinned = [r for r in rows if r.pinned]
        if not pinned:
            return True
        assert self.tz is not None
        tz = self.tz
        named = "\n".join(f"• {r.starts_at.astimezone(tz):%d.%m %H:%M} {r.name}" for r in pinned[:10])
        if len(pinned) > 10:
            named += "\n" + tr("and %1 more", len(pinned) - 10)
        answer = QMessageBox.question(
            self,
            tr("Delete pinned items"),
            tr("These items are pinned to a fixed time:\n%1\n\nDelete them anyway?", named),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _times_only(old: ItemRow, new: ItemRow) -> bool:
    """True when an edit changed only an item's times (a drag or a resize)."""
    return dataclasses.replace(new, starts_at=old.starts_at, ends_at=old.ends_at, version=old.version) == old
