"""The table models of each screen, with their column constants."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from planner.queries.itinerary import ItemRow
from planner.queries.meetings import ActionItemRow, MeetingRow
from planner.queries.participants import ParticipantRow
from planner.queries.signed_documents import SignedDocumentRow
from planner.queries.sites import SiteRow
from planner.queries.vehicles import VehicleRow
from ui.i18n import N_, tr
from ui.models.row_table_model import Column, RowTableModel
from ui.models.value_labels import (
    hours_text,
    in_interface_language,
    minutes_text,
    site_category_text,
    value_label,
)
from ui.models.visit_list_model import VisitListModel as VisitListModel  # where it used to live
from ui.models.visit_list_model import short_date
from ui.palette import kind_colour

_d = short_date  # the short name every column here uses


class ItineraryTableModel(RowTableModel[ItemRow]):
    """Items of a visit; times shown in the host zone; conflicts add a warning colour and tooltip."""

    DAY, START, END, KIND, TITLE, PLACE, GROUPS, PINNED, CONFLICT = range(9)
    MIME = "application/x-delegation-planner-item-ids"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: tzinfo | None = None
        self.conflicts: dict[int, list[str]] = {}
        tz: Callable[[datetime], datetime] = lambda m: m.astimezone(self.tz) if self.tz else m  # noqa: E731
        self.COLUMNS = (
            Column("Day", lambda r: tz(r.starts_at).strftime("%d.%m"), sort=lambda r: r.starts_at),
            Column("Start", lambda r: tz(r.starts_at).strftime("%H:%M"), sort=lambda r: r.starts_at),
            Column("End", lambda r: tz(r.ends_at).strftime("%H:%M"), sort=lambda r: r.ends_at),
            Column("Kind", lambda r: value_label("item_kind", r.kind)),
            # in the language the rows were read in, as the timeline and the conflicts name them
            Column("Event", lambda r: r.name),
            Column("Place", lambda r: r.place_name),
            Column("Groups", lambda r: ", ".join(r.groups)),
            Column("Pinned", lambda r: "◆" if r.pinned else ""),
            Column(
                "Conflicts",
                lambda r: str(len(self.conflicts.get(r.id, []))) if r.id in self.conflicts else "",
                tooltip=lambda r: "\n".join(self.conflicts.get(r.id, [])),
            ),
        )

    def set_conflicts(self, conflicts: dict[int, list[str]]) -> None:
        self.conflicts = conflicts
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def extra_data(self, row: ItemRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return kind_colour(row.kind)
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.conflicts:
            return QBrush(QColor(255, 228, 225))
        if role == Qt.ItemDataRole.ToolTipRole and row.id in self.conflicts:
            return "\n".join(self.conflicts[row.id])
        return None


def _translated(
    title: str, typed: Callable[[Any], str], translations: Callable[[Any], Mapping[str, str]]
) -> Column[Any]:
    """A column of a value typed in one language, shown in the interface language where translated,
    with the value as typed on hover when that differs."""

    def shown(row: Any) -> str:
        return in_interface_language(typed(row), translations(row))

    def every_name(row: Any) -> str:
        return "\n".join([typed(row), *(translations(row) or {}).values()])

    return Column(title, shown, tooltip=lambda r: typed(r) if shown(r) != typed(r) else "", search=every_name)


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    """Participants in protocol order; rows can be dragged to a new rank, the rank column edited."""

    RANK, SIDE, NAME, TITLE, ORGANISATION, ROLE, GROUPS, EMAIL, PHONE = range(9)
    MIME = "application/x-delegation-planner-participant"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # the names of each person's groups, by participant id (set by the page with the rows)
        self.groups_of: dict[int, list[str]] = {}
        self.COLUMNS = (
            Column("Rank", lambda r: str(r.protocol_rank), sort=lambda r: r.protocol_rank, align_right=True),
            Column("Side", lambda r: value_label("side", r.side)),
            # in the interface language where translated; as typed on hover when that differs
            _translated("Name", lambda r: r.full_name, lambda r: r.name_i18n),
            _translated("Position", lambda r: r.title, lambda r: r.title_i18n),
            _translated("Organisation", lambda r: r.organisation, lambda r: r.organisation_i18n),
            Column("Role", lambda r: value_label("role", r.role)),
            Column("Groups", lambda r: self.groups_text(r.id)),
            Column("E-mail", lambda r: r.email),
            Column("Phone", lambda r: r.phone),
        )
        # set by the page: called with {participant id: new rank}; the page pushes an undo command
        self.on_reorder: Callable[[dict[int, int]], None] | None = None

    def groups_text(self, participant_id: int) -> str:
        """The person's groups, comma-separated, in the groups' order."""
        return ", ".join(self.groups_of.get(participant_id, ()))

    def set_rows_and_groups(self, rows: Sequence[ParticipantRow], groups_of: dict[int, list[str]]) -> None:
        """Show these people, each with the names of their groups."""
        self.groups_of = groups_of
        self.set_rows(list(rows))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.RANK:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.RANK or self.on_reorder is None:
            return False
        row = self.row_at(index.row())
        try:
            rank = int(str(value).strip())
        except ValueError:
            return False
        if row is None or rank < 1 or rank == row.protocol_rank:
            return False
        self.on_reorder(self._ranks_with(row, rank))
        return True

    def _ranks_with(self, moved: ParticipantRow, position: int) -> dict[int, int]:
        # renumber the moved person's side so ranks stay 1..n without gaps
        side = [r for r in self._rows if r.side == moved.side and r.id != moved.id]
        side.insert(max(0, min(position - 1, len(side))), moved)
        return {r.id: n for n, r in enumerate(side, start=1) if r.protocol_rank != n}

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            row = self._rows[rows[0]]
            data.setData(self.MIME, QByteArray(str(row.id).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(self.MIME) or self.on_reorder is None:
            return False
        moved = self.row_at(self.row_of_id(int(bytes(data.data(self.MIME).data()).decode())))
        target_row = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if moved is None:
            return False
        # the dropped-on row's place within the moved person's side becomes the new rank
        same_side_before = [r for r in self._rows[:target_row] if r.side == moved.side and r.id != moved.id]
        ranks = self._ranks_with(moved, len(same_side_before) + 1)
        if ranks:
            self.on_reorder(ranks)
        return False  # the model is refreshed from the database, Qt must not remove the source row


class SiteTableModel(RowTableModel[SiteRow]):
    NAME, CATEGORY, ADDRESS, HOURS, DURATION, CONTACT, USES = range(7)
    COLUMNS = (
        # in the interface language where translated; as typed on hover when that differs
        _translated("Site name", lambda r: r.name, lambda r: r.name_i18n),
        Column("Category", lambda r: site_category_text(r.category, r.category_i18n)),
        Column("Address", lambda r: in_interface_language(r.address, r.address_i18n)),
        Column("Opening hours", lambda r: hours_text(r.opening_hours), tooltip=lambda r: r.opening_hours),
        Column(
            "Usual length", lambda r: minutes_text(r.usual_duration_min), sort=lambda r: r.usual_duration_min
        ),
        Column("Contact", lambda r: " ".join(x for x in (r.contact_name, r.contact_phone) if x)),
        Column(
            "Items in visit", lambda r: str(r.uses) if r.uses else "", sort=lambda r: r.uses, align_right=True
        ),
    )


class MeetingTableModel(RowTableModel[MeetingRow]):
    WHEN, TITLE, FORMAT, OUTCOMES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: tzinfo | None = None
        self.COLUMNS = (
            Column(
                "When",
                lambda r: (r.starts_at.astimezone(self.tz) if self.tz else r.starts_at).strftime(
                    "%d.%m %H:%M"
                ),
                sort=lambda r: r.starts_at,
            ),
            # the list shows two lines of a long title; the whole of it on hover
            Column("Meeting", lambda r: r.name, tooltip=lambda r: r.name),
            Column("Format", lambda r: value_label("meeting_format", r.format)),
            # a talk of the programme not yet given a record: a dash, not a count, and why on hover
            Column(
                "Outcomes",
                lambda r: str(len(r.outcomes)) if r.recorded else "—",
                sort=lambda r: len(r.outcomes) if r.recorded else -1,
                tooltip=lambda r: "" if r.recorded else tr(UNRECORDED),
                align_right=True,
            ),
        )


UNRECORDED = N_("No record yet: the first format, agenda, minutes or outcome you enter starts it.")


class ActionItemTableModel(RowTableModel[ActionItemRow]):
    TASK, OWNER, DUE, STATUS = range(4)
    COLUMNS = (
        Column("Task", lambda r: r.task),
        Column("Owner", lambda r: r.owner_shown),
        Column("Due", lambda r: _d(r.due_date), sort=lambda r: r.due_date or date.max),
        Column("Status", lambda r: value_label("action_status", r.status)),
    )


class DocumentTableModel(RowTableModel[SignedDocumentRow]):
    TITLE, TYPE, SIGNED, PLACE, TERM, STATUS, SCAN = range(7)
    COLUMNS = (
        Column("Title", lambda r: r.title_shown),
        Column("Type", lambda r: value_label("document_type", r.doc_type)),
        Column("Signed", lambda r: _d(r.signed_on), sort=lambda r: r.signed_on or date.min),
        Column("Place", lambda r: r.place_shown),
        Column(
            "Term", lambda r: f"{_d(r.term_start)}–{_d(r.term_end)}" if r.term_start or r.term_end else ""
        ),
        Column("Status", lambda r: value_label("document_status", r.status)),
        Column("Scan", lambda r: "✓" if r.scan_path else ""),
    )


class VehicleTableModel(RowTableModel[VehicleRow]):
    """Vehicles in the motorcade's order; "#" is the car's number in the column, as its placard shows."""

    NUMBER, LABEL, KIND, PLATE, DRIVER, SEATS, PASSENGERS = range(7)
    COLUMNS = (
        Column("#", lambda r: str(r.number), sort=lambda r: r.number, align_right=True),
        Column("Vehicle", lambda r: r.label),
        Column("Kind", lambda r: value_label("vehicle_kind", r.kind)),
        Column("Plate", lambda r: r.plate),
        Column("Driver", lambda r: " ".join(x for x in (r.driver_name, r.driver_phone) if x)),
        Column("Seats", lambda r: f"{len(r.passengers)}/{r.seats}", sort=lambda r: r.seats, align_right=True),
        Column("Passengers (whole visit)", lambda r: ", ".join(r.passengers)),
    )
