"""Generic shapes of edit commands: create (undo deletes), update (undo writes old values), delete.

Each step returns the ``Changes`` of the service it called, so the screens hear what the service said.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from planner.persistence.uow import UnitOfWork
from planner.services.changes import Changes
from planner.services.editing import Created, Deleted, Replaced, Updated
from ui.operations import Operations, ServiceCommandBase

# The newest version of each record this window wrote, per undo stack (its Operations). A record's version
# only ever goes up, so after edit, edit, undo the first edit's own number is stale: its undo must expect
# the version the later command's undo left. Only a write from outside this window leaves a version
# higher than this, and that is the clash the version check is there to catch.
_WRITTEN: WeakKeyDictionary[Operations, dict[tuple[Hashable, int], int]] = WeakKeyDictionary()

VISIT = "visit"  # the record kind of every command that writes a visit's own row (details, names, title)


def expected_version(ops: Operations | None, kind: Hashable, row_id: int, own: int | None) -> int | None:
    """The version an undo or redo expects: the newest this window wrote of the row, or ``own``."""
    if own is None or ops is None:
        return own
    return max(own, _WRITTEN.get(ops, {}).get((kind, row_id), own))


def wrote_version(ops: Operations | None, kind: Hashable, row_id: int, version: int) -> None:
    """Note the version a command of this window left the row at."""
    if ops is not None:
        _WRITTEN.setdefault(ops, {})[(kind, row_id)] = version


class CreateCommand(ServiceCommandBase):
    """Create a row; undo deletes it; redo restores it with the same id."""

    def __init__(
        self,
        text: str,
        create: Callable[[UnitOfWork], Created],
        delete: Callable[[UnitOfWork, int], Deleted],
        restore: Callable[[UnitOfWork, Deleted], Created],
    ) -> None:
        super().__init__(text)
        self._create, self._delete, self._restore = create, delete, restore
        self.created: Created | None = None
        self._deleted: Deleted | None = None

    def do(self, uow: UnitOfWork) -> Changes:
        if self._deleted is None:
            self.created = self._create(uow)
        else:
            self.created = self._restore(uow, self._deleted)
        return self.created.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.created is not None
        self._deleted = self._delete(uow, self.created.id)
        return self._deleted.changes


class UpdateCommand(ServiceCommandBase):
    """Change fields of a row; undo writes the old values back, checking the version it left."""

    def __init__(
        self,
        text: str,
        row_id: int,
        changes: Mapping[str, Any],
        update: Callable[[UnitOfWork, int, Mapping[str, Any], int | None], Updated],
        expected_version: int | None = None,
        *,
        row_kind: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.row_id = row_id
        self._values = dict(changes)
        self._update = update
        self._version = expected_version
        # commands writing the same record share its version; by default each update service is a kind
        self._kind: Hashable = update if row_kind is None else row_kind
        self.result: Updated | None = None

    def _expected(self) -> int | None:
        if self.result is None:  # first run: the version the dialog read
            return self._version
        return expected_version(self.ops, self._kind, self.row_id, self._version)

    def _wrote(self, version: int) -> None:
        self._version = version
        wrote_version(self.ops, self._kind, self.row_id, version)

    def do(self, uow: UnitOfWork) -> Changes:
        self.result = self._update(uow, self.row_id, self._values, self._expected())
        self._wrote(self.result.version)
        return self.result.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.result is not None
        back = self._update(uow, self.row_id, self.result.old, self._expected())
        self._wrote(back.version)
        return back.changes

    merge_typing = False  # text fields saved while typing merge into one undo step

    def id(self) -> int:
        if not self.merge_typing:
            return -1
        return hash((type(self).__name__, self.row_id, tuple(sorted(self._values)))) & 0x7FFFFFFF

    def mergeWith(self, other: object) -> bool:
        if not isinstance(other, UpdateCommand) or other.id() != self.id() or self.result is None:
            return False
        if other.result is None:
            return False
        # keep the oldest values for undo, take the newest values and version for redo
        old = {**other.result.old, **self.result.old}
        newest = other.result
        changes = self.result.changes | newest.changes
        self.result = Updated(self.row_id, old, newest.new, newest.version, changes)
        self._values = dict(other._values)
        self._version = other._version
        return True


class DeleteCommand(ServiceCommandBase):
    """Delete a row and what hangs on it; undo restores it with the same id."""

    def __init__(
        self,
        text: str,
        row_id: int,
        delete: Callable[[UnitOfWork, int], Deleted],
        restore: Callable[[UnitOfWork, Deleted], Created],
    ) -> None:
        super().__init__(text)
        self.row_id = row_id
        self._delete, self._restore = delete, restore
        self._deleted: Deleted | None = None

    def do(self, uow: UnitOfWork) -> Changes:
        self._deleted = self._delete(uow, self.row_id)
        return self._deleted.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self._deleted is not None
        return self._restore(uow, self._deleted).changes


class ReplaceListCommand(ServiceCommandBase):
    """Replace a list (attendees, passengers, signatories, ranks); the service returns the old list."""

    def __init__(self, text: str, new: Any, replace: Callable[[UnitOfWork, Any], Replaced]) -> None:
        super().__init__(text)
        self._new, self._replace = new, replace
        self._old: Any = None

    def do(self, uow: UnitOfWork) -> Changes:
        replaced = self._replace(uow, self._new)
        self._old = replaced.old
        return replaced.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        return self._replace(uow, self._old).changes
