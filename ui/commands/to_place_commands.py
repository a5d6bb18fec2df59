"""Undo commands for the list of sites still to place: add, edit, remove, and place a site on the
timeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from planner.services import to_place
from planner.services.changes import Changes
from planner.services.to_place import Placed
from ui.commands.base import CreateCommand, DeleteCommand, UpdateCommand
from ui.i18n import quoted, tr
from ui.operations import ServiceCommandBase


class AddSiteToPlaceCommand(CreateCommand):
    def __init__(
        self, visit_id: int, label: str, values: Mapping[str, Any], group_ids: Sequence[int] = ()
    ) -> None:
        super().__init__(
            tr("Add %1 to the sites to place", quoted(label)),
            lambda uow: to_place.add_entry(uow, visit_id, values, group_ids),
            to_place.remove_entry,
            to_place.restore_entry,
        )


class EditSiteToPlaceCommand(UpdateCommand):
    """An entry's length, requirement, priority and groups changed as one undo step (one transaction);
    undo writes the old values and groups back."""

    def __init__(self, entry_id: int, label: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Edit %1 in the sites to place", quoted(label)),
            entry_id,
            changes,
            to_place.change_entry,
            version,
        )


class RemoveSiteToPlaceCommand(DeleteCommand):
    def __init__(self, entry_id: int, label: str, version: int | None) -> None:
        super().__init__(
            tr("Remove %1 from the sites to place", quoted(label)),
            entry_id,
            lambda uow, row_id: to_place.remove_entry(uow, row_id, version),
            to_place.restore_entry,
        )


class PlaceSiteCommand(ServiceCommandBase):
    """A site dragged from the list onto a day: one site visit made, the entry taken off the list.

    Undo deletes the site visit and puts the entry back (same id), so redo places it again.
    """

    def __init__(self, entry_id: int, label: str, starts_at: datetime, version: int | None = None) -> None:
        super().__init__(tr("Place %1", quoted(label)))
        self.entry_id, self.starts_at = entry_id, starts_at
        self._version = version
        self.placed: Placed | None = None

    def do(self, uow: Any) -> Changes:
        self.placed = to_place.place_entry(uow, self.entry_id, self.starts_at, expected_version=self._version)
        self._version = None  # the entry comes back from undo with a fresh version
        return self.placed.changes

    def undo_it(self, uow: Any) -> Changes:
        assert self.placed is not None
        return to_place.unplace_entry(uow, self.placed).changes
