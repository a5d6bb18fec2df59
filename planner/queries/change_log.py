"""Read query over the change log: who changed what in a visit, newest first.

The old and new values of a participant's private fields (e-mail, phone, dietary and access needs) are
shown as "(private)" unless the caller asks for them, so neither the command line nor the GUI shows
personal data to whoever opens the log.

For the officer's window the log also names each record (``record_names``), tells which logged values are
stored enumeration values (``VALUE_FIELDS``) and filters rows by kind, day and person (``filter_changes``);
the command line prints the log as before.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import select

from planner.domain.vocabulary import PRIVATE_PARTICIPANT_FIELDS
from planner.persistence.audit import LINK_FIELDS, label_columns, link_change_text
from planner.persistence.tables import Base, ChangeLog, Participant, Seating, Vehicle
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


# ---- the officer's view of the log: records by kind and name, fields by label, filters

# fields whose logged value is a stored enumeration value: (table or "", field) → vocabulary enumeration
VALUE_FIELDS: dict[tuple[str, str], str] = {
    ("itinerary_items", "kind"): "item_kind",
    ("participants", "side"): "side",
    ("participants", "role"): "role",
    ("sites", "category"): "site_category",
    ("visits", "status"): "visit_status",
    ("action_items", "status"): "action_status",
    ("commitments", "status"): "action_status",
    ("signed_documents", "status"): "document_status",
    ("signed_documents", "doc_type"): "document_type",
    ("meetings", "format"): "meeting_format",
    ("vehicles", "kind"): "vehicle_kind",
    ("participants", "arrival_mode"): "travel_mode",
    ("participants", "departure_mode"): "travel_mode",
}


def changed_names(old: str | None, new: str | None) -> tuple[list[str], list[str]]:
    """The names a link field's change added and removed (who attends an item, a group's members)."""
    before, after = Counter(_names(old)), Counter(_names(new))
    return sorted((after - before).elements()), sorted((before - after).elements())


def _names(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        found = json.loads(value)
    except ValueError:
        return [value]
    return [str(x) for x in found] if isinstance(found, list) else [str(found)]


_LOGGED_NAME = re.compile(r"«(.*)»\s*$", re.DOTALL)


def record_names(uow: UnitOfWork, rows: Sequence[ChangeRow]) -> dict[tuple[str, int], str]:
    """A name a person recognises for each record of ``rows``: its name now, else the one logged.

    A seat in a vehicle is named by its passenger and vehicle ("Aigerim — Minivan 1").
    """
    s = uow.session
    wanted: dict[str, set[int]] = {}
    names: dict[tuple[str, int], str] = {}
    for r in rows:
        if r.record_id is None:
            continue
        wanted.setdefault(r.table_name, set()).add(r.record_id)
        logged = r.new_value if r.action == "insert" else r.old_value if r.action == "delete" else None
        found = _LOGGED_NAME.search(logged or "")
        if found:
            names.setdefault((r.table_name, r.record_id), found.group(1))
    for table_name, ids in wanted.items():
        if table_name == "seatings":
            names.update(_seat_names(uow, ids))
            continue
        table = Base.metadata.tables.get(table_name)
        columns = label_columns(table_name) if table is not None else ()
        if table is None or not columns or "id" not in table.c:
            continue
        for chunk in _chunks(sorted(ids)):
            for row in s.execute(
                select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(chunk))
            ):
                text = next((str(v) for v in row[1:] if isinstance(v, str) and v.strip()), "")
                if text:
                    names[(table_name, row[0])] = text if len(text) <= 60 else text[:59] + "…"
    return names


def _seat_names(uow: UnitOfWork, ids: set[int]) -> dict[tuple[str, int], str]:
    found: dict[tuple[str, int], str] = {}
    for chunk in _chunks(sorted(ids)):
        stmt = (
            select(Seating.id, Participant.full_name, Vehicle.label)
            .join(Participant, Participant.id == Seating.participant_id)
            .join(Vehicle, Vehicle.id == Seating.vehicle_id)
            .where(Seating.id.in_(chunk))
        )
        for seat_id, person, vehicle in uow.session.execute(stmt):
            found[("seatings", seat_id)] = f"{person} — {vehicle}"
    return found


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for n in range(0, len(ids), size):
        yield ids[n : n + size]


def filter_changes(
    rows: Sequence[ChangeRow],
    *,
    tables: Collection[str] | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
    tz: tzinfo = UTC,
    person: str | None = None,
) -> list[ChangeRow]:
    """The rows of some kinds of record (``tables``), made between two local days in ``tz``, by one person."""
    return [
        r
        for r in rows
        if (tables is None or r.table_name in tables)
        and (person is None or r.changed_by == person)
        and (first_day is None or r.changed_at.astimezone(tz).date() >= first_day)
        and (last_day is None or r.changed_at.astimezone(tz).date() <= last_day)
    ]
