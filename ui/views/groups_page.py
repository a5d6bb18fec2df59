"""The groups of a visit in one dialog: make, rename and delete them, and set each one's arrival and
departure. Members are chosen on the Participants page, items on the Itinerary page and in the item
editor; this list shows how many each group has."""

from __future__ import annotations

import contextlib
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.queries.groups import GroupRow, visit_groups
from planner.queries.sites import list_sites
from planner.queries.visits import get_visit
from ui.commands.group_commands import AddGroupCommand, DeleteGroupCommand, RenameGroupCommand, SetStayCommand
from ui.i18n import current_language, tr
from ui.models.row_table_model import Column, RowTableModel
from ui.operations import PARTICIPANTS, Changes, Operations
from ui.views.common import fit_columns, make_table, selected_rows
from ui.views.forms import FormDialog, line
from ui.views.pickers import StayFields
from ui.views.translations_field import TranslationsSection


class GroupTableModel(RowTableModel[GroupRow]):
    """Groups with their counts and stays; ``tz`` is the host's zone for the times."""

    NAME, MEMBERS, ITEMS, ARRIVAL, DEPARTURE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: ZoneInfo | None = None
        self.COLUMNS = (
            Column("Group", lambda r: r.shown_name),
            Column(
                "People", lambda r: str(len(r.member_ids)), sort=lambda r: len(r.member_ids), align_right=True
            ),
            Column("Items", lambda r: str(len(r.item_ids)), sort=lambda r: len(r.item_ids), align_right=True),
            Column("Arrival", lambda r: self._when(r.stay.arrival_at)),
            Column("Departure", lambda r: self._when(r.stay.departure_at)),
        )

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        return f"{moment.astimezone(self.tz) if self.tz else moment:%d.%m %H:%M}"


class GroupsDialog(QDialog):
    """Lists the groups of the open visit; every button is one undo step."""

    def __init__(self, ops: Operations, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Groups"))
        self.ops = ops
        self.visit_id = visit_id
        self.model = GroupTableModel(self)
        self.table = make_table(self.model)
        self.table.setObjectName("groups_table")
        self.add_button = QPushButton(tr("New group…"))
        self.rename_button = QPushButton(tr("Rename…"))
        self.stay_button = QPushButton(tr("Arrival and departure…"))
        self.delete_button = QPushButton(tr("Delete group"))
        self.add_button.clicked.connect(self.add_group)
        self.rename_button.clicked.connect(self.rename_selected)
        self.stay_button.clicked.connect(self.edit_stay)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _: self.rename_selected())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.stay_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(640, 320)
        ops.changed.connect(self._on_changed)
        self.finished.connect(lambda _: self._disconnect())
        self.refresh()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ops.changed.disconnect(self._on_changed)

    def _on_changed(self, change: Changes) -> None:
        if change.kinds & {PARTICIPANTS}:
            self.refresh()

    def refresh(self) -> None:
        visit_id = self.visit_id
        lang = current_language()  # each group called by its name in the interface language
        visit, rows = self.ops.read(lambda uow: (get_visit(uow, visit_id), visit_groups(uow, visit_id, lang)))
        self.model.tz = ZoneInfo(visit.host_timezone)
        self.visit = visit
        self.model.set_rows(rows)
        fit_columns(self.table)

    def selected(self) -> GroupRow | None:
        rows = [r for r in selected_rows(self.table) if r is not None]
        return rows[0] if rows else None

    def add_group(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New group"), tr("Name of the group:"))
        if ok and name.strip():
            self.ops.push(AddGroupCommand(self.visit_id, name), self)

    def rename_selected(self) -> None:
        """The selected group's name, and its names in other languages (group names print in the
        programme: a Kazakh programme needs the Kazakh name)."""
        row = self.selected()
        if row is None:
            return
        dialog = FormDialog(tr("Rename group"), self)
        name = dialog.form.add("name", tr("Name of the group:"), line(row.name))
        assert isinstance(name, QLineEdit)
        section = dialog.form.add("translations", "", TranslationsSection())
        assert isinstance(section, TranslationsSection)
        section.add("name_i18n", tr("Group name"), row.name_i18n, name)
        section.open()

        def collect() -> dict[str, Any]:
            values: dict[str, Any] = {"name": name.text().strip(), **section.values()}
            return {k: v for k, v in values.items() if v != getattr(row, k)}

        def submit(values: dict[str, Any]) -> None:
            if values:  # nothing changed: no undo step
                command = RenameGroupCommand(row.id, row.shown_name, values, row.version)
                self.ops.push(command, self, inline=True)

        dialog.collect, dialog.submit = collect, submit
        dialog.name_edit, dialog.translations = name, section  # type: ignore[attr-defined]
        dialog.exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.member_ids or row.item_ids:
            # the people and items stay; they only leave the group (undo puts them back)
            answer = QMessageBox.question(
                self,
                tr("Delete group"),
                tr(
                    "Group '%1' has members: %2; items: %3.",
                    row.shown_name,
                    len(row.member_ids),
                    len(row.item_ids),
                )
                + "\n"
                + tr("Delete the group? The people and items stay in the visit; only their link to it goes."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ops.push(DeleteGroupCommand(row.id, row.shown_name, row.version), self)

    def edit_stay(self) -> None:
        row = self.selected()
        if row is None:
            return
        visit_id = self.visit_id
        sites = self.ops.read(lambda uow: list_sites(uow, visit_id))
        tz = ZoneInfo(self.visit.host_timezone)
        start = self.visit.start_date
        dialog = FormDialog(tr("Arrival and departure of %1", row.shown_name), self)
        fields = StayFields(dialog.form, row.stay, sites, tz, datetime.combine(start, time(9, 0), tzinfo=tz))

        def submit(_: dict[str, Any]) -> None:
            changed = fields.changed()
            if changed:
                self.ops.push(SetStayCommand("group", row.id, row.shown_name, changed), self, inline=True)

        dialog.submit = submit
        dialog.exec()


def open_groups(ops: Operations, visit_id: int | None, parent: QWidget | None = None) -> None:
    """Show the groups dialog of a visit (nothing without an open visit)."""
    if visit_id is None:
        return
    try:
        GroupsDialog(ops, visit_id, parent).exec()
    except PlannerError as exc:
        ops.report(exc, parent)
