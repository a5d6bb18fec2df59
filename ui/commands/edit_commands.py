"""Undo commands for participants, sites, meetings, signed documents, vehicles and the visit header."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from planner.domain.kinds import VisitStatus
from planner.persistence.uow import UnitOfWork
from planner.services import meetings, participants, signed_documents, sites, vehicles, visit_admin
from planner.services.changes import Changes
from planner.services.editing import Created
from ui.commands.base import VISIT, CreateCommand, DeleteCommand, ReplaceListCommand, UpdateCommand
from ui.i18n import quoted, tr
from ui.operations import ServiceCommandBase


class AddParticipantCommand(CreateCommand):
    def __init__(self, visit_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add participant %1", str(values.get("full_name", ""))),
            lambda uow: participants.add_participant(uow, visit_id, values),
            participants.delete_participant,
            participants.restore_participant,
        )


class EditParticipantCommand(UpdateCommand):
    def __init__(self, person_id: int, name: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit participant %1", name),
            person_id,
            changes,
            participants.update_participant,
            version,
        )


class DeleteParticipantCommand(DeleteCommand):
    def __init__(self, person_id: int, name: str, version: int | None) -> None:
        super().__init__(
            tr("Delete participant %1", name),
            person_id,
            lambda uow, row_id: participants.delete_participant(uow, row_id, version),
            participants.restore_participant,
        )


class ReorderParticipantsCommand(ReplaceListCommand):
    def __init__(self, ranks: Mapping[int, int]) -> None:
        super().__init__(tr("Change protocol order"), dict(ranks), participants.set_ranks)


class AddSiteCommand(CreateCommand):
    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add site %1", quoted(str(values.get("name", "")))),
            lambda uow: sites.add_site(uow, values),
            sites.delete_site,
            sites.restore_site,
        )


class EditSiteCommand(UpdateCommand):
    def __init__(self, site_id: int, name: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(tr("Edit site %1", quoted(name)), site_id, changes, sites.update_site, version)


class DeleteSiteCommand(DeleteCommand):
    def __init__(self, site_id: int, name: str, version: int | None) -> None:
        super().__init__(
            tr("Delete site %1", quoted(name)),
            site_id,
            lambda uow, row_id: sites.delete_site(uow, row_id, version),
            sites.restore_site,
        )


class CreateMeetingCommand(CreateCommand):
    """Start the record of a meeting: from "New meeting…", or by the first edit of an item of kind
    meeting listed without one (its format, agenda, minutes or first outcome); undo removes the record."""

    def __init__(
        self,
        item_id: int,
        title: str,
        values: Mapping[str, Any] | None = None,
        outcome: Mapping[str, Any] | None = None,
    ) -> None:
        if outcome is not None:
            text = tr("Add outcome %1", quoted(str(outcome.get("topic") or outcome.get("text", ""))[:40]))
        elif values:
            text = tr("Edit meeting %1", quoted(title))
        else:
            text = tr("Create meeting for %1", quoted(title))
        values, outcome = dict(values or {}), dict(outcome) if outcome is not None else None
        super().__init__(
            text,
            lambda uow: meetings.create_meeting(uow, item_id, values, outcome),
            meetings.delete_meeting,
            meetings.restore_meeting,
        )
        self._typed = tuple(sorted(values))

    merge_typing = False  # the first save of typed agenda or minutes: the saves that follow merge into it

    def id(self) -> int:
        if not self.merge_typing or self.created is None:
            return -1
        return typing_id(self.created.id, self._typed)

    def mergeWith(self, other: object) -> bool:
        # undo deletes the record as it then is, so the later typing needs nothing of its own to undo
        return isinstance(other, EditMeetingCommand) and other.id() == self.id() and other.result is not None


def typing_id(meeting_id: int, fields: tuple[str, ...]) -> int:
    """The merge id of typing saved into one meeting's fields (agenda, minutes)."""
    return hash(("EditMeetingCommand", meeting_id, fields)) & 0x7FFFFFFF


class EditMeetingCommand(UpdateCommand):
    def __init__(self, meeting_id: int, title: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit meeting %1", quoted(title)), meeting_id, changes, meetings.update_meeting, version
        )

    def id(self) -> int:
        return typing_id(self.row_id, tuple(sorted(self._values))) if self.merge_typing else -1


class AddOutcomeCommand(CreateCommand):
    def __init__(self, meeting_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add outcome %1", quoted(str(values.get("topic") or values.get("text", ""))[:40])),
            lambda uow: meetings.add_outcome(uow, meeting_id, values),
            meetings.delete_outcome,
            meetings.restore_outcome,
        )


class EditOutcomeCommand(UpdateCommand):
    def __init__(self, outcome_id: int, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(tr("Edit outcome"), outcome_id, changes, meetings.update_outcome, version)


class DeleteOutcomeCommand(DeleteCommand):
    def __init__(self, outcome_id: int, version: int | None) -> None:
        super().__init__(
            tr("Delete outcome"),
            outcome_id,
            lambda uow, row_id: meetings.delete_outcome(uow, row_id, version),
            meetings.restore_outcome,
        )


class AddActionItemCommand(CreateCommand):
    def __init__(self, outcome_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add action item %1", quoted(str(values.get("description", ""))[:40])),
            lambda uow: meetings.add_action_item(uow, outcome_id, values),
            meetings.delete_action_item,
            meetings.restore_action_item,
        )


class EditActionItemCommand(UpdateCommand):
    def __init__(self, action_id: int, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(tr("Edit action item"), action_id, changes, meetings.update_action_item, version)


class DeleteActionItemCommand(DeleteCommand):
    def __init__(self, action_id: int, version: int | None) -> None:
        super().__init__(
            tr("Delete action item"),
            action_id,
            lambda uow, row_id: meetings.delete_action_item(uow, row_id, version),
            meetings.restore_action_item,
        )


class AddDocumentCommand(CreateCommand):
    def __init__(self, visit_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add document %1", quoted(str(values.get("title", ""))[:40])),
            lambda uow: signed_documents.add_document(uow, visit_id, values),
            signed_documents.delete_document,
            signed_documents.restore_document,
        )


class EditDocumentCommand(UpdateCommand):
    def __init__(self, document_id: int, title: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit document %1", quoted(title[:40])),
            document_id,
            changes,
            signed_documents.update_document,
            version,
        )


class DeleteDocumentCommand(DeleteCommand):
    def __init__(self, document_id: int, title: str, version: int | None) -> None:
        super().__init__(
            tr("Delete document %1", quoted(title[:40])),
            document_id,
            lambda uow, row_id: signed_documents.delete_document(uow, row_id, version),
            signed_documents.restore_document,
        )


class SetSignatoriesCommand(ReplaceListCommand):
    def __init__(self, document_id: int, title: str, signatories: Sequence[Mapping[str, Any]]) -> None:
        super().__init__(
            tr("Change signatories of %1", quoted(title[:40])),
            [dict(s) for s in signatories],
            lambda uow, rows: signed_documents.set_signatories(uow, document_id, rows),
        )


class AddCommitmentCommand(CreateCommand):
    def __init__(self, document_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add commitment %1", quoted(str(values.get("text", ""))[:40])),
            lambda uow: signed_documents.add_commitment(uow, document_id, values),
            signed_documents.delete_commitment,
            signed_documents.restore_commitment,
        )


class EditCommitmentCommand(UpdateCommand):
    def __init__(self, commitment_id: int, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit commitment"),
            commitment_id,
            changes,
            signed_documents.update_commitment,
            version,
        )


class AddVehicleCommand(CreateCommand):
    def __init__(self, visit_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add vehicle %1", str(values.get("label", ""))),
            lambda uow: vehicles.add_vehicle(uow, visit_id, values),
            vehicles.delete_vehicle,
            vehicles.restore_vehicle,
        )


class EditVehicleCommand(UpdateCommand):
    def __init__(self, vehicle_id: int, label: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(tr("Edit vehicle %1", label), vehicle_id, changes, vehicles.update_vehicle, version)


class DeleteVehicleCommand(DeleteCommand):
    def __init__(self, vehicle_id: int, label: str, version: int | None) -> None:
        super().__init__(
            tr("Delete vehicle %1", label),
            vehicle_id,
            lambda uow, row_id: vehicles.delete_vehicle(uow, row_id, version),
            vehicles.restore_vehicle,
        )


class MoveVehicleCommand(ReplaceListCommand):
    """A car moved up or down the motorcade's column: new places for the cars; undo puts back the old."""

    def __init__(self, label: str, positions: Mapping[int, int], step: int) -> None:
        text = (
            tr("Move %1 up in the motorcade", label)
            if step < 0
            else tr("Move %1 down in the motorcade", label)
        )
        super().__init__(text, dict(positions), vehicles.set_motorcade_positions)


class SetSeatingCommand(ReplaceListCommand):
    def __init__(
        self, vehicle_id: int, label: str, item_id: int | None, participant_ids: Sequence[int]
    ) -> None:
        super().__init__(
            tr("Change passengers of %1", label),
            list(participant_ids),
            lambda uow, ids: vehicles.set_seating(uow, vehicle_id, item_id, ids),
        )


class EditVisitCommand(UpdateCommand):
    def __init__(
        self, visit_id: int, title: str, changes: Mapping[str, Any], version: int | None = None
    ) -> None:
        super().__init__(
            tr("Edit visit %1", quoted(title[:40])),
            visit_id,
            changes,
            visit_admin.update_visit,
            version,
            row_kind=VISIT,
        )


class ArchiveVisitCommand(UpdateCommand):
    def __init__(self, visit_id: int, title: str) -> None:
        super().__init__(
            tr("Archive visit %1", quoted(title[:40])),
            visit_id,
            {"status": VisitStatus.ARCHIVED.value},
            visit_admin.update_visit,
            None,
            row_kind=VISIT,
        )


class AddVisitCommand(ServiceCommandBase):
    """A new visit (created, duplicated or imported); undo deletes it with everything in it, redo brings
    it back from the visit-file data taken at the undo.

    The visit comes back with new row ids, so the edits made in it afterwards (on the redo side of
    the stack when this is undone) could not be redone: they are marked obsolete, and Qt drops them.
    """

    def __init__(self, text: str, add: Callable[[UnitOfWork], Created]) -> None:
        super().__init__(text)
        self._add = add
        self._data: dict[str, Any] | None = None
        self.visit_id: int | None = None
        self._made_sites: dict[str, Any] = {}
        self._removed_sites: dict[str, Any] = {}  # the rows the undo removed, put back by the redo

    def do(self, uow: UnitOfWork) -> Changes:
        if self._data is None:
            added = self._add(uow)
        else:
            from planner.services.visits import import_data

            added = import_data(uow, self._data, validated=True, places=self._removed_sites)
        self.visit_id = added.id
        # sites made for the places typed for the new visit's arrival and departure: undone with it
        self._made_sites = dict(getattr(added, "made_sites", {}))
        return added.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.visit_id is not None
        deleted = visit_admin.delete_visit(uow, self.visit_id, self._made_sites)
        self._data = deleted.snapshot
        self._removed_sites = deleted.removed_sites
        return deleted.changes

    def after_undo(self) -> None:
        assert self.ops is not None
        stack = self.ops.undo_stack
        later = [stack.command(n) for n in range(stack.count())]
        for command in later[later.index(self) + 1 :] if self in later else []:
            command.setObsolete(True)
