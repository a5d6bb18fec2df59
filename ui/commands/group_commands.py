"""Undo commands for groups: make, rename, delete; members; items' groups; arrival and departure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services import groups, itinerary
from planner.services.changes import Changes
from planner.services.editing import Replaced
from planner.services.sites import split_places
from ui.commands.base import CreateCommand, DeleteCommand, ReplaceListCommand, UpdateCommand
from ui.i18n import quoted, tr
from ui.operations import ServiceCommandBase


class AddGroupCommand(CreateCommand):
    def __init__(self, visit_id: int, name: str) -> None:
        super().__init__(
            tr("Add group %1", quoted(name.strip())),
            lambda uow: groups.add_group(uow, visit_id, name),
            groups.delete_group,
            groups.restore_group,
        )


class RenameGroupCommand(UpdateCommand):
    """A group's name and its names in other languages (``changes``: ``name``, ``name_i18n``)."""

    def __init__(self, group_id: int, old_name: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Rename group %1", quoted(old_name)), group_id, changes, groups.update_group, version
        )


class DeleteGroupCommand(DeleteCommand):
    def __init__(self, group_id: int, name: str, version: int | None) -> None:
        super().__init__(
            tr("Delete group %1", quoted(name)),
            group_id,
            lambda uow, row_id: groups.delete_group(uow, row_id, version),
            groups.restore_group,
        )


class _ChangeMembersCommand(ServiceCommandBase):
    """Add people to a group or take them out; undo gives the group its members back."""

    def __init__(self, text: str, group_id: int, people: Sequence[int], adding: bool) -> None:
        super().__init__(text)
        self._group_id, self._people, self._adding = group_id, list(people), adding
        self._old: dict[int, list[int]] = {}

    def do(self, uow: UnitOfWork) -> Changes:
        verb = groups.add_members if self._adding else groups.remove_members
        replaced: Replaced = verb(uow, self._group_id, self._people)
        self._old = replaced.old
        return replaced.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        return groups.set_members(uow, self._old).changes


class AddToGroupCommand(_ChangeMembersCommand):
    def __init__(self, group_id: int, name: str, people: Sequence[int]) -> None:
        super().__init__(tr("Add to group %1", quoted(name)), group_id, people, True)


class RemoveFromGroupCommand(_ChangeMembersCommand):
    def __init__(self, group_id: int, name: str, people: Sequence[int]) -> None:
        super().__init__(tr("Remove from group %1", quoted(name)), group_id, people, False)


class SetItemGroupsCommand(ReplaceListCommand):
    """Give items their groups (item id → group ids); undo gives each its groups back."""

    def __init__(self, text: str, groups_of_items: Mapping[int, Sequence[int]]) -> None:
        super().__init__(text, {k: list(v) for k, v in groups_of_items.items()}, groups.set_item_groups)


class SetStayCommand(ServiceCommandBase):
    """Set a group's or a participant's arrival and departure; undo puts the old ones back.

    A place typed that is not a site yet (``arrival_place``, ``departure_place`` among the values) becomes
    a site in the same transaction; undo removes it with the stay, redo puts the same site back.
    """

    def __init__(self, owner: str, owner_id: int, name: str, values: Mapping[str, Any]) -> None:
        super().__init__(tr("Arrival and departure of %1", name))
        self._owner, self._owner_id = owner, owner_id
        self._new, typed = split_places(values)
        self._places: dict[str, Any] = dict(typed)
        self._old: dict[str, Any] = {}
        self._made: dict[str, Any] = {}

    def do(self, uow: UnitOfWork) -> Changes:
        done = groups.set_stay(uow, self._owner, self._owner_id, self._new, places=self._places)
        self._old, self._made = done.old, done.made_sites
        return done.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        back = groups.set_stay(uow, self._owner, self._owner_id, self._old, remove_sites=self._made)
        self._places |= back.made_sites  # the rows removed: the redo puts the same sites back
        return back.changes


class AddGroupedItemCommand(CreateCommand):
    """Add an item with its attendees and groups in one step (the item editor's Groups field)."""

    def __init__(
        self, visit_id: int, values: Mapping[str, Any], attendee_ids: Sequence[int], group_ids: Sequence[int]
    ) -> None:
        super().__init__(
            tr("Add %1", quoted(str(values.get("title", "")))),
            lambda uow: itinerary.add_item(uow, visit_id, values, attendee_ids, group_ids),
            itinerary.delete_item,
            itinerary.restore_item,
        )
