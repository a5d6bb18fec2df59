"""Undo commands for the gifts register: add, edit and delete a gift (each one undo step)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.services import gifts
from ui.commands.base import CreateCommand, DeleteCommand, UpdateCommand
from ui.i18n import quoted, tr


class AddGiftCommand(CreateCommand):
    def __init__(self, visit_id: int, values: Mapping[str, Any]) -> None:
        super().__init__(
            tr("Add gift %1", quoted(str(values.get("description", ""))[:40])),
            lambda uow: gifts.add_gift(uow, visit_id, values),
            gifts.delete_gift,
            gifts.restore_gift,
        )


class EditGiftCommand(UpdateCommand):
    def __init__(
        self, gift_id: int, description: str, changes: Mapping[str, Any], version: int | None
    ) -> None:
        super().__init__(
            tr("Edit gift %1", quoted(description[:40])), gift_id, changes, gifts.update_gift, version
        )


class DeleteGiftCommand(DeleteCommand):
    def __init__(self, gift_id: int, description: str, version: int | None) -> None:
        super().__init__(
            tr("Delete gift %1", quoted(description[:40])),
            gift_id,
            lambda uow, row_id: gifts.delete_gift(uow, row_id, version),
            gifts.restore_gift,
        )
