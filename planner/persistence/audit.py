"""The change log, written automatically on every write, and the conflict message of a refused save.

Every session made by ``open_database`` is an ``AuditedSession``: after each flush, one ``change_log`` row
per changed column (and one per inserted or deleted record) is written in the same transaction, so the
log and the data can never disagree. Writes that bypass the flush (Core ``insert``/``update``/``delete``
run through the session) are logged the same way by ``audit_core``, which also logs link-table changes
(who attends an item) as changes of the parent record and bumps its version. The user name comes from
``session.info["user"]`` (the ``Database.user``, by default the operating-system user).

When a save loses an optimistic-concurrency race (SQLAlchemy's ``StaleDataError``), the session raises a
``ConcurrencyError`` whose message says who changed the record, which fields, and what was not saved.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.errors import ConcurrencyError
from planner.persistence.db import default_user
from planner.persistence.tables import Base, ChangeLog

# Columns whose change is bookkeeping, not an edit a person made.
_SKIPPED = {"version", "updated_at"}
# Attributes that name a record in a message, best first.
_LABELS = ("title", "full_name", "name", "label", "description", "text", "topic")
# How to find the visit of a record that has no visit_id column: (foreign-key attribute, SQL).
_VISIT_VIA: dict[str, tuple[str, str]] = {
    "meetings": ("item_id", "SELECT visit_id FROM itinerary_items WHERE id = :fk"),
    "outcomes": (
        "meeting_id",
        "SELECT i.visit_id FROM meetings m JOIN itinerary_items i ON i.id = m.item_id WHERE m.id = :fk",
    ),
    "action_items": (
        "outcome_id",
        "SELECT i.visit_id FROM outcomes o JOIN meetings m ON m.id = o.meeting_id"
        " JOIN itinerary_items i ON i.id = m.item_id WHERE o.id = :fk",
    ),
    "signatories": ("document_id", "SELECT visit_id FROM signed_documents WHERE id = :fk"),
    "commitments": ("document_id", "SELECT visit_id FROM signed_documents WHERE id = :fk"),
    "seatings": ("vehicle_id", "SELECT visit_id FROM vehicles WHERE id = :fk"),
    "table_seats": ("item_id", "SELECT visit_id FROM itinerary_items WHERE id = :fk"),
    # each visit has a delegation of its own (its name and home zone are edited in the visit's details)
    "delegations": ("id", "SELECT min(id) FROM visits WHERE delegation_id = :fk"),
}
# Tables with a visit_id column of their own.
_WITH_VISIT = frozenset(t.name for t in Base.metadata.tables.values() if "visit_id" in t.c)


@dataclass(frozen=True)
class Link:
    """A link table seen as a field of its parent record: ``item_attendees`` is an item's "attendees"."""

    parent_table: str
    parent_column: str
    field: str
    member_column: str
    member_table: str
    member_name: str


LINKS: dict[str, Link] = {
    "item_attendees": Link(
        "itinerary_items", "item_id", "attendees", "participant_id", "participants", "full_name"
    ),
    "item_groups": Link("itinerary_items", "item_id", "groups", "group_id", "groups", "name"),
    "group_members": Link("groups", "group_id", "members", "participant_id", "participants", "full_name"),
    # which groups may go to a site still to place
    "to_place_groups": Link("sites_to_place", "entry_id", "groups", "group_id", "groups", "name"),
}
# (parent table, field) of every link field, for readers of the log.
LINK_FIELDS = frozenset((link.parent_table, link.field) for link in LINKS.values())


def link_change_text(old: str | None, new: str | None) -> str:
    """ "added A, B; removed C" from the logged name lists of a link field (JSON lists)."""
    before = Counter(_names(old))
    after = Counter(_names(new))
    added = sorted((after - before).elements())
    removed = sorted((before - after).elements())
    parts = ([f"added {', '.join(added)}"] if added else []) + (
        [f"removed {', '.join(removed)}"] if removed else []
    )
    return "; ".join(parts) or "unchanged"


def _names(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        found = json.loads(value)
    except ValueError:
        return [value]
    return [str(x) for x in found] if isinstance(found, list) else [str(found)]


def value_text(value: Any) -> str | None:
    """A stored value as text for the log: ISO dates and times, JSON for lists and mappings."""
    if value is None:
        return None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def columns_naming_the_visit(table: str) -> tuple[str, ...]:
    """The columns of ``table`` that ``_VisitFinder.of`` needs to find a row's visit."""
    if table == "visits":
        return ("id",)
    if table in _WITH_VISIT:
        return ("visit_id",)
    via = _VISIT_VIA.get(table)
    return (via[0],) if via else ()


def row_label(table: str, record_id: int | None, values: Mapping[str, Any]) -> str:
    """``record_label`` for a row known by its column values (a Core write): "Itinerary item 12 «Talks»"."""
    name = table.replace("_", " ").rstrip("s").capitalize()
    prefix = f"{name} {record_id if record_id is not None else '(new)'}"
    for attr in _LABELS:
        value = values.get(attr)
        if isinstance(value, str) and value:
            short = value if len(value) <= 60 else value[:57] + "..."
            return f"{prefix} «{short}»"
    return prefix


def label_columns(table: str) -> tuple[str, ...]:
    """The columns ``row_label`` may use for a row of ``table``."""
    columns = Base.metadata.tables[table].c
    return tuple(a for a in _LABELS if a in columns)


def _record_id(obj: Any) -> int | None:
    key = obj.__mapper__.primary_key_from_instance(obj)
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def record_label(obj: Any) -> str:
    """A short human name of a record ("Itinerary item 12 «Talks»"), by its saved name if it was renamed."""
    table = obj.__table__.name.replace("_", " ").rstrip("s")
    ident = _record_id(obj)
    prefix = f"{table.capitalize()} {ident if ident is not None else '(new)'}"
    state = inspect(obj)
    for attr in _LABELS:
        if attr not in state.mapper.column_attrs:
            continue
        history = state.attrs[attr].history
        value = history.deleted[0] if history.deleted else obj.__dict__.get(attr)
        if isinstance(value, str) and value:
            short = value if len(value) <= 60 else value[:57] + "..."
            return f"{prefix} «{short}»"
    return prefix


class _VisitFinder:
    """Find the visit a record belongs to, with at most one small query per parent per flush."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.cache: dict[tuple[str, int], int | None] = {}

    def __call__(self, obj: Any) -> int | None:
        return self.of(obj.__table__.name, obj.__dict__)

    def of(self, table: str, values: Mapping[str, Any]) -> int | None:
        """The visit of a row of ``table`` whose column values are ``values``."""
        if table == "visits":
            return values.get("id")
        if table in _WITH_VISIT:
            return values.get("visit_id")
        via = _VISIT_VIA.get(table)
        if via is None:
            return None
        fk = values.get(via[0])
        if fk is None:
            return None
        key = (table, fk)
        if key not in self.cache:
            self.cache[key] = self.connection.execute(text(via[1]), {"fk": fk}).scalar()
        return self.cache[key]


def _changes(obj: Any) -> list[tuple[str, Any, Any]]:
    """(field, old, new) of every changed column of a persistent object, before its flush completes."""
    state = inspect(obj)
    found = []
    for attr in obj.__mapper__.column_attrs:
        if attr.key in _SKIPPED:
            continue
        history = state.attrs[attr.key].history
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            found.append((attr.key, old, new))
    return found


def _log_rows(session: Session, connection: Connection) -> list[dict[str, Any]]:
    user = str(session.info.get("user") or default_user())
    now = datetime.now(UTC)
    visit_of = _VisitFinder(connection)
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: str, field: str, old: Any, new: Any) -> None:
        rows.append(
            {
                "changed_at": now,
                "changed_by": user,
                "action": action,
                "table_name": obj.__table__.name,
                "record_id": _record_id(obj),
                "visit_id": visit_of(obj),
                "field": field,
                "old_value": value_text(old),
                "new_value": value_text(new),
                "record_version": obj.__dict__.get("version"),
            }
        )

    for obj in session.new:
        if not isinstance(obj, ChangeLog):
            add(obj, "insert", "", None, record_label(obj))
    for obj in session.dirty:
        if isinstance(obj, ChangeLog) or obj in session.deleted:
            continue
        for field, old, new in _changes(obj):
            add(obj, "update", field, old, new)
    for obj in session.deleted:
        if not isinstance(obj, ChangeLog):
            add(obj, "delete", "", record_label(obj), None)
    return rows


class AuditedSession(Session):
    """A session that writes the change log on flush and explains a lost concurrency race."""

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        # remember what this user was about to save, because a failed flush discards the history
        pending = [
            _Pending(obj, obj.__dict__.get("version"), record_label(obj), [f for f, _, _ in _changes(obj)])
            for obj in list(self.dirty) + list(self.deleted)
            if "version" in obj.__dict__ and inspect(obj).persistent
        ]
        try:
            super().flush(objects)
        except StaleDataError as exc:
            raise ConcurrencyError(conflict_message(self, pending)) from exc


@dataclass
class _Pending:
    obj: Any
    version: int | None
    label: str
    fields: list[str]


def conflict_message(session: Session, pending: Iterable[_Pending]) -> str:
    """Say who saved which records since this session read them, what they changed, and what was lost."""
    bind = session.get_bind()
    lines: list[str] = []
    # a fresh connection: the failed session's transaction cannot be used any more
    with bind.engine.connect() as conn:
        for p in pending:
            table = p.obj.__table__
            ident = inspect(p.obj).identity
            if not ident:
                continue
            current = conn.execute(select(table.c.version).where(table.c.id == ident[0])).scalar()
            if current is not None and current == p.version:
                continue
            mine = f" Your change ({', '.join(p.fields)}) was not saved." if p.fields else ""
            if current is None:
                lines.append(f"{p.label} was deleted by someone else after you opened it.{mine}")
                continue
            log = ChangeLog.__table__
            entries = conn.execute(
                select(log)
                .where(
                    log.c.table_name == table.name,
                    log.c.record_id == ident[0],
                    log.c.record_version > (p.version or 0),
                )
                .order_by(log.c.id)
            ).all()
            lines.append(_describe(p, current, entries) + mine)
    if not lines:
        return "someone else changed these records after you opened them; reload and edit again"
    return " ".join(lines) + " Reload to see the saved version, then make your change again."


def _describe(p: _Pending, current: int, entries: Sequence[Any]) -> str:
    if not entries:
        return f"{p.label} was changed by someone else (version {p.version} → {current}) after you opened it."
    by_user: dict[str, list[str]] = {}
    last: dict[str, datetime] = {}
    for e in entries:
        if e.action != "update":
            continue
        if (e.table_name, e.field) in LINK_FIELDS:
            what = f"{e.field}: {link_change_text(e.old_value, e.new_value)}"
        else:
            what = f"{e.field} {e.old_value!s} → {e.new_value!s}"
        by_user.setdefault(e.changed_by, []).append(what)
        last[e.changed_by] = e.changed_at
    parts = [f"{who} at {last[who]:%Y-%m-%d %H:%M} UTC ({'; '.join(what)})" for who, what in by_user.items()]
    return f"{p.label} was changed after you opened it by {', '.join(parts)}."


@event.listens_for(AuditedSession, "after_flush")
def _write_change_log(session: Session, _context: UOWTransaction) -> None:
    connection = session.connection()
    write_log(connection, _log_rows(session, connection))


_LOG_COLUMNS = ("changed_at", "changed_by", "action", "table_name", "record_id", "visit_id", "field",
                "old_value", "new_value", "record_version")  # fmt: skip
_LOG_SQL: dict[str, tuple[str, tuple[str, ...] | None]] = {}


def write_log(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert change-log rows in one executemany straight through the driver.

    An import logs thousands of rows; SQLAlchemy's per-row parameter processing would cost more than the
    database's work, so the statement is compiled once per dialect and each column's bind processor (the
    stored form of ``changed_at``) is applied here. ``changed_at`` is usually one instant for all rows.
    """
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name not in _LOG_SQL:
        compiled = insert(ChangeLog.__table__).compile(dialect=dialect, column_keys=list(_LOG_COLUMNS))
        order = tuple(compiled.positiontup or ()) if compiled.positional else None
        _LOG_SQL[dialect.name] = (compiled.string, order)
    sql, order = _LOG_SQL[dialect.name]
    table = ChangeLog.__table__
    # the dialect's own processors (the stored text of changed_at), as SQLAlchemy's execute would apply
    active = [
        (c, p) for c in _LOG_COLUMNS if (p := table.c[c].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    stored: dict[tuple[str, Any], Any] = {}  # the same instant in every row: processed once
    bound: list[dict[str, Any]] = []
    for row in rows:
        out = dict(row)
        for column, process in active:
            key = (column, row[column])
            if key not in stored:
                stored[key] = process(row[column])
            out[column] = stored[key]
        bound.append(out)
    params: list[Any] = [tuple(b[c] for c in order) for b in bound] if order is not None else bound
    connection.exec_driver_sql(sql, params)


def changes_since(session: Session, record: Any, version: int) -> str:
    """Who changed ``record`` after ``version`` and what ("by alice at ... (title A → B)"), from the log.

    For services that compare the version a user edited with the stored one (``check_version``): append
    this to their refusal so it says who changed what. Empty when the log has nothing newer.
    """
    log = ChangeLog.__table__
    record_id = _record_id(record)
    if record_id is None:
        return ""
    entries = session.execute(
        select(log)
        .where(
            log.c.table_name == record.__table__.name,
            log.c.record_id == record_id,
            log.c.record_version > version,
        )
        .order_by(log.c.id)
    ).all()
    if not any(e.action == "update" for e in entries):
        return ""
    pending = _Pending(record, version, record_label(record), [])
    return _describe(pending, record.__dict__.get("version") or 0, entries)


# Core writes (bulk inserts, link tables, undo) are logged by hooks of their own on AuditedSession;
# programme versions are recorded at commit from the rows logged (after audit_core's own, so imported after).
from planner.persistence import audit_core, programme_versions, text_lengths  # noqa: E402, F401
