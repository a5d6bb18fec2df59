"""Generic shapes of edit commands: create (undo deletes), update (undo writes old values), delete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services.editing import Created, Deleted, Updated
from ui.operations import ServiceCommandBase


class CreateCommand(ServiceCommandBase):
    """Create a row; undo deletes it; redo restores it with the same id."""

    def __init__(
        self,
        text: str,
        kinds: Iterable[str],
        create: Callable[[UnitOfWork], Created],
        delete: Callable[[UnitOfWork, int], Deleted],
        restore: Callable[[UnitOfWork, Deleted], Created],
    ) -> None:
        super().__init__(text, kinds)
        self._create, self._delete, self._restore = create, delete, restore
        self.created: Created | None = None
        self._deleted: Deleted | None = None

    def do(self, uow: UnitOfWork) -> None:
        if self._deleted is None:
            self.created = self._create(uow)
        else:
            self.created = self._restore(uow, self._deleted)
        self.touched = (self.created.id,)

    def undo_it(self, uow: UnitOfWork) -> None:
        assert self.created is not None
        self._deleted = self._delete(uow, self.created.id)


class UpdateCommand(ServiceCommandBase):
    """Change fields of a row; undo writes the old values back, checking the version it left."""

    def __init__(
        self,
        text: str,
        kinds: Iterable[str],
        row_id: int,
        changes: Mapping[str, Any],
        update: Callable[[UnitOfWork, int, Mapping[str, Any], int | None], Updated],
        expected_version: int | None = None,
    ) -> None:
        super().__init__(text, kinds)
        self.row_id = row_id
        self._changes = dict(changes)
        self._update = update
        self._version = expected_version
        self.result: Updated | None = None
        self.touched = (row_id,)

    def do(self, uow: UnitOfWork) -> None:
        self.result = self._update(uow, self.row_id, self._changes, self._version)
        self._version = self.result.version

    def undo_it(self, uow: UnitOfWork) -> None:
        assert self.result is not None
        back = self._update(uow, self.row_id, self.result.old, self._version)
        self._version = back.version

    merge_typing = False  # text fields saved while typing merge into one undo step

    def id(self) -> int:
        if not self.merge_typing:
            return -1
        return hash((type(self).__name__, self.row_id, tuple(sorted(self._changes)))) & 0x7FFFFFFF

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, UpdateCommand) or other.id() != self.id() or self.result is None:
            return False
        if other.result is None:
            return False
        # keep the oldest values for undo, take the newest values and version for redo
        old = {**other.result.old, **self.result.old}
        self.result = Updated(self.row_id, old, other.result.new, other.result.version)
        self._changes = dict(other._changes)
        self._version = other._version
        return True


class DeleteCommand(ServiceCommandBase):
    """Delete a row and what hangs on it; undo restores it with the same id."""

    def __init__(
        self,
        text: str,
        kinds: Iterable[str],
        row_id: int,
        delete: Callable[[UnitOfWork, int], Deleted],
        restore: Callable[[UnitOfWork, Deleted], Created],
    ) -> None:
        super().__init__(text, kinds)
        self.row_id = row_id
        self._delete, self._restore = delete, restore
        self._deleted: Deleted | None = None
        self.touched = (row_id,)

    def do(self, uow: UnitOfWork) -> None:
        self._deleted = self._delete(uow, self.row_id)

    def undo_it(self, uow: UnitOfWork) -> None:
        assert self._deleted is not None
        self._restore(uow, self._deleted)


class ReplaceListCommand(ServiceCommandBase):
    """Replace a list (attendees, passengers, signatories, ranks); the service returns the old list."""

    def __init__(
        self, text: str, kinds: Iterable[str], new: Any, replace: Callable[[UnitOfWork, Any], Any]
    ) -> None:
        super().__init__(text, kinds)
        self._new, self._replace = new, replace
        self._old: Any = None

    def do(self, uow: UnitOfWork) -> None:
        self._old = self._replace(uow, self._new)

    def undo_it(self, uow: UnitOfWork) -> None:
        self._replace(uow, self._old)
