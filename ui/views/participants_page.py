"""The Participants page: both sides in protocol order; drag a row or type a number to change rank."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLineEdit, QVBoxLayout, QWidget

from planner.domain.errors import Problem, ValidationError
from planner.queries.groups import GroupRow, StayRow, participant_stay, visit_groups
from planner.queries.participants import ParticipantRow, shown_names, visit_participants
from planner.queries.sites import list_sites
from planner.queries.visits import get_visit
from ui.commands.edit_commands import (
    AddParticipantCommand,
    DeleteParticipantCommand,
    EditParticipantCommand,
    ReorderParticipantsCommand,
)
from ui.commands.group_commands import (
    AddGroupCommand,
    AddToGroupCommand,
    RemoveFromGroupCommand,
    SetStayCommand,
)
from ui.i18n import current_language, quoted, tr
from ui.models.table_models import ParticipantTableModel
from ui.models.value_labels import in_interface_language
from ui.operations import PARTICIPANTS, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, select_ids, selected_rows, toolbar
from ui.views.editors import participant_dialog
from ui.views.forms import FieldForm
from ui.views.groups_page import open_groups
from ui.views.pickers import StayFields, TravelFields


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
        # several rows can be chosen (Ctrl, Shift) and put into a group or taken out of one at once
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.groups_action = action(self, tr("Groups…"), lambda: open_groups(self.ops, self.visit_id, self))
        self.to_group_action = action(self, tr("Add to group…"), self.add_selected_to_group)
        self.from_group_action = action(self, tr("Remove from group…"), self.remove_selected_from_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                self.add_action,
                self.edit_action,
                self.delete_action,
                None,  # type: ignore[arg-type]
                self.up_action,
                self.down_action,
                None,  # type: ignore[arg-type]
                self.groups_action,
                self.to_group_action,
                self.from_group_action,
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        # the people chosen stay chosen (after "Add to group…" the officer may go on with them)
        chosen = {r.id for r in self.selected_people()}
        lang = current_language()
        people, groups = self.ops.read(
            lambda uow: (visit_participants(uow, visit_id), visit_groups(uow, visit_id, lang))
        )
        groups_of: dict[int, list[str]] = {}
        for group in groups:  # in the groups' order, as the timeline's lanes
            for person_id in group.member_ids:
                groups_of.setdefault(person_id, []).append(group.shown_name)
        self.model.set_rows_and_groups(people, groups_of)
        if chosen:
            select_ids(self.table, chosen)
        fit_columns(self.table)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for n, row in enumerate(self.model.rows()):
            groups = self.model.groups_text(row.id)
            # found by what the row shows and by the values as typed
            shown = (
                in_interface_language(row.full_name, row.name_i18n),
                in_interface_language(row.title, row.title_i18n),
                in_interface_language(row.organisation, row.organisation_i18n),
            )
            hay = " ".join((*shown, row.full_name, row.title, row.organisation, row.role, groups)).lower()
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
        visit_id = self.visit_id
        assert visit_id is not None
        person_id = row.id if row is not None else None
        visit, sites, stay, people = self.ops.read(
            lambda uow: (
                get_visit(uow, visit_id),
                list_sites(uow, visit_id),
                participant_stay(uow, person_id) if person_id is not None else StayRow(),
                visit_participants(uow, visit_id),
            )
        )
        tz = ZoneInfo(visit.host_timezone)
        default = datetime.combine(visit.start_date, time(9, 0), tzinfo=tz)
        made: list[StayFields] = []
        travel: list[TravelFields] = []
        names = shown_names(people, current_language())
        others = [(names[p.id], p.id) for p in people if p.id != person_id]

        def add_stay(form: FieldForm) -> None:
            made.append(StayFields(form, stay, sites, tz, default))
            # how they travel and who meets them (issue 13): saved with the person's own fields
            travel.append(TravelFields(form, row, others))

        def submit_all(values: dict[str, Any]) -> None:
            values = {**values, **travel[0].changed()}
            # the person's own arrival and departure (issue 11): an undo step of its own, after the person's
            changed = made[0].changed()
            if not changed:
                submit(values)
                return
            _check_stay(made[0].values())
            name = str(values.get("full_name") or (row.full_name if row is not None else ""))
            target = person_id
            if row is None:
                command = self.add_command(values)
                self.ops.push(command, self, inline=True)
                target = command.created.id  # type: ignore[attr-defined]
            elif values:
                submit(values)
            assert target is not None
            self.ops.push(SetStayCommand("participant", target, name, changed), self, inline=True)

        participant_dialog(submit_all, row, self, add_stay).exec()

    # ---- groups
    def selected_people(self) -> list[ParticipantRow]:
        return [r for r in selected_rows(self.table) if r is not None]

    def _groups(self) -> list[GroupRow]:
        visit_id = self.visit_id
        assert visit_id is not None
        return self.ops.read(lambda uow: visit_groups(uow, visit_id))

    def add_selected_to_group(self) -> None:
        people = self.selected_people()
        if not people or self.visit_id is None:
            return
        groups = self._groups()
        names = [g.name for g in groups]
        # a name typed that is not in the list makes a new group (both steps undo together)
        chosen, ok = QInputDialog.getItem(
            self, tr("Add to group"), tr("Group (type a new name to make one):"), names, 0, True
        )
        chosen = chosen.strip()
        if not ok or not chosen:
            return
        ids = [p.id for p in people]
        found = next((g for g in groups if g.name == chosen), None)
        if found is not None:
            self.ops.push(AddToGroupCommand(found.id, found.name, ids), self)
            return
        stack = self.ops.undo_stack
        stack.beginMacro(tr("Add to group %1", quoted(chosen)))
        try:
            make = AddGroupCommand(self.visit_id, chosen)
            if self.ops.push(make, self) and make.created is not None:
                self.ops.push(AddToGroupCommand(make.created.id, chosen, ids), self)
        finally:
            stack.endMacro()

    def remove_selected_from_group(self) -> None:
        people = {p.id for p in self.selected_people()}
        if not people:
            return
        groups = [g for g in self._groups() if people & set(g.member_ids)]
        if not groups:
            return
        names = [g.name for g in groups]
        chosen, ok = QInputDialog.getItem(self, tr("Remove from group"), tr("Group:"), names, 0, False)
        if not ok or chosen not in names:
            return
        group = groups[names.index(chosen)]
        self.ops.push(
            RemoveFromGroupCommand(group.id, group.name, sorted(people & set(group.member_ids))), self
        )

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        assert self.visit_id is not None
        return AddParticipantCommand(self.visit_id, values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditParticipantCommand(row.id, row.full_name, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteParticipantCommand(row.id, row.full_name, row.version)


def _check_stay(values: dict[str, Any]) -> None:
    """Refuse a departure before the arrival before anything is saved (the service checks it too)."""
    arrives, leaves = values["arrival_at"], values["departure_at"]
    if arrives is not None and leaves is not None and leaves <= arrives:
        raise ValidationError(Problem("departure_at", tr("the departure must come after the arrival")))
