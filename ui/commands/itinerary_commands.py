"""Undo commands for itinerary items: add, edit, move, resize, delete, accept a proposal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from planner.services import itinerary
from ui.commands.base import CreateCommand, DeleteCommand, ReplaceListCommand, UpdateCommand
from ui.i18n import quoted, tr


class AddItemCommand(CreateCommand):
    def __init__(self, visit_id: int, values: Mapping[str, Any], attendee_ids: Sequence[int] = ()) -> None:
        super().__init__(
            tr("Add %1", quoted(str(values.get("title", "")))),
            lambda uow: itinerary.add_item(uow, visit_id, values, attendee_ids),
            itinerary.delete_item,
            itinerary.restore_item,
        )


class EditItemCommand(UpdateCommand):
    def __init__(self, item_id: int, title: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit %1", quoted(title)),
            item_id,
            changes,
            itinerary.update_item,
            version,
        )


class MoveItemCommand(UpdateCommand):
    def __init__(
        self, item_id: int, title: str, starts_at: datetime, ends_at: datetime, version: int | None
    ) -> None:
        super().__init__(
            tr("Move %1", quoted(title)),
            item_id,
            {"starts_at": starts_at, "ends_at": ends_at},
            itinerary.update_item,
            version,
        )


class ResizeItemCommand(UpdateCommand):
    def __init__(self, item_id: int, title: str, ends_at: datetime, version: int | None) -> None:
        super().__init__(
            tr("Resize %1", quoted(title)),
            item_id,
            {"ends_at": ends_at},
            itinerary.update_item,
            version,
        )


class DeleteItemCommand(DeleteCommand):
    def __init__(self, item_id: int, title: str, version: int | None) -> None:
        super().__init__(
            tr("Delete %1", quoted(title)),
            item_id,
            lambda uow, row_id: itinerary.delete_item(uow, row_id, version),
            itinerary.restore_item,
        )


class SetAttendeesCommand(ReplaceListCommand):
    def __init__(self, item_id: int, title: str, participant_ids: Sequence[int]) -> None:
        super().__init__(
            tr("Change attendees of %1", quoted(title)),
            list(participant_ids),
            lambda uow, ids: itinerary.set_item_attendees(uow, item_id, ids),
        )
