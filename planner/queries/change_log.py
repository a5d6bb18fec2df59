"""Read query over the change log: who changed what in a visit, newest first.

The old and new values of a participant's private fields (e-mail, phone, dietary and access needs) are
shown as "(private)" unless the caller asks for them, so neither the command line nor the GUI shows
personal data to whoever opens the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from planner.domain.vocabulary import PRIVATE_PARTICIPANT_FIELDS
from planner.persistence.audit import LINK_FIELDS, link_change_text
from planner.persistence.tables import ChangeLog, Participant
from planner.persistence.uow import UnitOfWork

PRIVATE_VALUE = "(private)"


@dataclass(frozen=True)
class ChangeRow:
    """One logged change as the change-log view shows it (``changed_at`` is aware, UTC)."""

    id: int
    changed_at: datetime
    changed_by: str
    action: str
    table_name: str
    record_id: int | None
    field: str
    old_value: str | None
    new_value: str | None

    @property
    def summary(self) -> str:
        """One line a person reads: "title: Talks → Talks with the akim", "attendees: added Aigerim"."""
        if self.action == "insert":
            return f"added {self.new_value or self.table_name}"
        if self.action == "delete":
            return f"deleted {self.old_value or self.table_name}"
        if (self.table_name, self.field) in LINK_FIELDS:  # who attends an item, a group's members
            return f"{self.field}: {link_change_text(self.old_value, self.new_value)}"
        return f"{self.field}: {self.old_value if self.old_value is not None else '—'} → {self.new_value}"


def is_private(table_name: str, field: str) -> bool:
    """True for a logged field whose values are personal data (a participant's e-mail, phone, needs)."""
    return table_name == Participant.__tablename__ and field in PRIVATE_PARTICIPANT_FIELDS


def _row(c: ChangeLog, include_private: bool) -> ChangeRow:
    old, new = c.old_value, c.new_value
    if not include_private and is_private(c.table_name, c.field):
        # None stays None: "— → (private)" still says a value was added, not what it is
        old = PRIVATE_VALUE if old is not None else None
        new = PRIVATE_VALUE if new is not None else None
    return ChangeRow(c.id, c.changed_at, c.changed_by, c.action, c.table_name, c.record_id, c.field, old, new)


def visit_changes(
    uow: UnitOfWork, visit_id: int, limit: int | None = 1000, *, include_private: bool = False
) -> list[ChangeRow]:
    """The changes of one visit's records, newest first (ties by the order they were written).

    Private participant fields read "(private)" unless ``include_private``.
    """
    stmt = (
        select(ChangeLog)
        .where(ChangeLog.visit_id == visit_id)
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_row(c, include_private) for c in uow.session.scalars(stmt)]


def record_changes(
    uow: UnitOfWork, table_name: str, record_id: int, *, include_private: bool = False
) -> list[ChangeRow]:
    """The history of one record, newest first; private fields as in :func:`visit_changes`."""
    stmt = (
        select(ChangeLog)
        .where(ChangeLog.table_name == table_name, ChangeLog.record_id == record_id)
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
    )
    return [_row(c, include_private) for c in uow.session.scalars(stmt)]
