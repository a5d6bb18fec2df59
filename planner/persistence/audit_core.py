"""The change log and row versions for writes that bypass the ORM flush (SQLAlchemy Core DML).

Services write many rows at once with Core statements run through the session (``session.execute(insert(
Participant), rows)``, ``delete(ItineraryItem).where(...)``): undo of a delete, bulk imports, link tables.
The flush never sees those, so ``AuditedSession`` intercepts them here (its ``do_orm_execute`` event) and
logs them the way the flush logs its own writes:

- an insert is one ``insert`` row per record, a delete one ``delete`` row per record, with the record's
  name as the value; an update is one ``update`` row per changed field, and bumps the row version;
- a change of a link table (who attends an item, its groups, a group's members) is a change of the
  parent record: one ``update`` row per parent and field ("attendees") with the names before and after,
  written once at commit with the net change, and the parent's version goes up (unless the parent was
  added in the same transaction). When the session holds the parent, the bump requires the version it
  read, so an attendee change over someone else's newer save is refused like any stale edit.

Log rows go to the database in one executemany per statement (an import writes thousands). A write made
on a bare ``Connection`` is not seen: services write through the session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, event, inspect, select, update
from sqlalchemy.engine import Result
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import set_committed_value

from planner.domain.errors import ConcurrencyError
from planner.persistence.audit import (
    LINKS,
    AuditedSession,
    Link,
    _Pending,
    _VisitFinder,
    columns_naming_the_visit,
    conflict_message,
    label_columns,
    record_label,
    row_label,
    value_text,
    write_log,
)
from planner.persistence.db import default_user
from planner.persistence.tables import Base

# Bookkeeping tables: never logged.
_UNLOGGED = frozenset({"change_log", "database_info", "alembic_version"})
# Ids per IN (...) list: well under SQLite's limit of bound parameters.
_CHUNK = 1000
_NONE: frozenset[int] = frozenset()


@dataclass
class _Transaction:
    """What the audit remembers while one transaction of a session is open."""

    transaction: Any
    # records added in it, by (table, id): their id, version and the columns that name their visit
    new: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    # members of each touched (link table, parent id) when the transaction first changed them
    links: dict[tuple[str, int], frozenset[int]] = field(default_factory=dict)
    # members of links of records added in it, known without asking the database (inserts only)
    known: dict[tuple[str, int], set[int]] = field(default_factory=dict)

    def forget(self, table: str, record_id: int) -> None:
        """A record deleted in the transaction: its deletion is logged, not its links."""
        self.new.pop((table, record_id), None)
        for link_table, link in LINKS.items():
            if link.parent_table == table:
                self.links.pop((link_table, record_id), None)
                self.known.pop((link_table, record_id), None)


def _facts(table: str, record_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """What the log needs of a record added in the transaction: id, version, the columns naming its visit."""
    versioned = "version" in Base.metadata.tables[table].c
    facts = {"id": record_id, "version": values.get("version", 1) if versioned else None}
    facts.update({c: values.get(c) for c in columns_naming_the_visit(table)})
    return facts


def _state(session: Session) -> _Transaction:
    root = session.get_transaction()
    state = session.info.get("_audit_transaction")
    if state is None or state.transaction is not root:
        state = _Transaction(root)
        session.info["_audit_transaction"] = state
    return state


class _Log:
    """Collects change-log rows of one statement and writes them in one executemany."""

    def __init__(self, session: Session, connection: Connection) -> None:
        self.connection = connection
        self.user = str(session.info.get("user") or default_user())
        self.now = datetime.now(UTC)
        self.visit_of = _VisitFinder(connection)
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        action: str,
        table: str,
        record_id: int | None,
        visit_id: int | None,
        field_name: str,
        old: Any,
        new: Any,
        version: int | None,
    ) -> None:
        self.rows.append(
            {
                "changed_at": self.now,
                "changed_by": self.user,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "visit_id": visit_id,
                "field": field_name,
                "old_value": value_text(old),
                "new_value": value_text(new),
                "record_version": version,
            }
        )

    def write(self) -> None:
        write_log(self.connection, self.rows)
        self.rows = []


def _rows_of(orm_state: ORMExecuteState) -> list[Mapping[str, Any]]:
    params = orm_state.parameters
    if not params:
        if orm_state.statement._values:  # type: ignore[attr-defined]
            raise NotImplementedError("audited inserts pass their rows as parameters, not with .values()")
        return []
    return list(params) if isinstance(params, Sequence) else [params]


def _table(orm_state: ORMExecuteState) -> Table:
    return Base.metadata.tables[orm_state.statement.table.name]  # type: ignore[attr-defined]


@event.listens_for(AuditedSession, "do_orm_execute")
def _audit_core_write(orm_state: ORMExecuteState) -> Result[Any] | None:
    """Log (and version) an INSERT, UPDATE or DELETE run through the session with Core."""
    if not (orm_state.is_insert or orm_state.is_update or orm_state.is_delete):
        return None
    name = orm_state.statement.table.name  # type: ignore[attr-defined]
    if name in _UNLOGGED:
        return None
    session = orm_state.session
    if session.autoflush:
        session.flush()  # what the statement finds (and what is read before it) includes pending changes
    if name in LINKS:
        return _link_write(orm_state, LINKS[name])
    if orm_state.is_insert:
        return _insert(orm_state)
    if orm_state.is_update:
        return _update(orm_state)
    return _delete(orm_state)


def _insert(orm_state: ORMExecuteState) -> Result[Any]:
    session, table = orm_state.session, _table(orm_state)
    stmt: Any = orm_state.statement
    rows = _rows_of(orm_state)
    if "id" not in table.c or all("id" in r for r in rows):
        result = orm_state.invoke_statement()
        ids = [r.get("id") for r in rows]
    else:
        # the generated ids come back with the rows (RETURNING), in the order of the rows
        position = next((i for i, c in enumerate(stmt._returning) if getattr(c, "key", None) == "id"), None)
        if position is None or not stmt._sort_by_parameter_order:
            position = len(stmt._returning)
            stmt = stmt.returning(table.c.id, sort_by_parameter_order=True)
        frozen = orm_state.invoke_statement(statement=stmt).freeze()
        ids = [row[position] for row in frozen.data]
        result = frozen()
    log = _Log(session, session.connection())
    name, versioned = table.name, "version" in table.c
    visit_columns = columns_naming_the_visit(name)
    new = _state(session).new
    for row, record_id in zip(rows, ids, strict=True):
        version = row.get("version", 1) if versioned else None
        label = row_label(name, record_id, row)
        log.add("insert", name, record_id, log.visit_of.of(name, row), "", None, label, version)
        if record_id is not None:
            facts = {"id": record_id, "version": version}
            for column in visit_columns:
                facts[column] = row.get(column)
            new[(name, record_id)] = facts
    log.write()
    return result


def _where_rows(connection: Connection, table: Table, whereclause: Any, columns: Iterable[str]) -> list[Any]:
    wanted = list(dict.fromkeys(["id", *columns]))
    stmt = select(*(table.c[c] for c in wanted))
    if whereclause is not None:
        stmt = stmt.where(whereclause)
    return [row._mapping for row in connection.execute(stmt)]


def _update(orm_state: ORMExecuteState) -> Result[Any]:
    session, table = orm_state.session, _table(orm_state)
    stmt: Any = orm_state.statement
    if isinstance(orm_state.parameters, Sequence) and len(orm_state.parameters) > 1:
        raise NotImplementedError("audited updates change rows by a WHERE clause, not by primary key in bulk")
    fields = [k if isinstance(k, str) else k.key for k in stmt._values]
    fields = [f for f in fields if f not in ("version", "updated_at")]
    connection = session.connection()
    extra = (*label_columns(table.name), *columns_naming_the_visit(table.name))
    before = _where_rows(connection, table, stmt.whereclause, (*fields, *extra))
    versioned = "version" in table.c
    if versioned and "version" not in fields:
        stmt = stmt.values(version=table.c.version + 1)
    result = orm_state.invoke_statement(statement=stmt)
    if not before:
        return result
    ids = [row["id"] for row in before]
    after = {
        row["id"]: row
        for chunk in _chunks(ids)
        for row in _where_rows(
            connection, table, table.c.id.in_(chunk), (*fields, "version") if versioned else fields
        )
    }
    log = _Log(session, connection)
    for old in before:
        now = after.get(old["id"])
        if now is None:
            continue
        version = now["version"] if versioned else None
        visit_id = log.visit_of.of(table.name, old)
        for f in (f for f in fields if old[f] != now[f]):
            log.add("update", table.name, old["id"], visit_id, f, old[f], now[f], version)
        if versioned:
            _sync_version(session, table, old["id"], version)
    log.write()
    return result


def _delete(orm_state: ORMExecuteState) -> Result[Any]:
    session, table = orm_state.session, _table(orm_state)
    stmt: Any = orm_state.statement
    connection = session.connection()
    extra = (*label_columns(table.name), *columns_naming_the_visit(table.name))
    versioned = "version" in table.c
    gone = _where_rows(connection, table, stmt.whereclause, (*extra, "version") if versioned else extra)
    result = orm_state.invoke_statement()
    log = _Log(session, connection)
    state = _state(session)
    for row in gone:
        state.forget(table.name, row["id"])
        label, version = row_label(table.name, row["id"], row), row["version"] if versioned else None
        log.add("delete", table.name, row["id"], log.visit_of.of(table.name, row), "", label, None, version)
    log.write()
    return result


def _sync_version(session: Session, table: Table, record_id: int, version: int | None) -> None:
    """Tell an object the session holds that its row has a new version (so its next save is not refused)."""
    obj = _held(session, table, record_id)
    if obj is not None and version is not None:
        set_committed_value(obj, "version", version)


def _held(session: Session, table: Table, record_id: int) -> Any:
    mapper = _MAPPERS.get(table.name)
    if mapper is None:
        return None
    return session.identity_map.get(session.identity_key(mapper.class_, record_id))


# every mapped class maps one Table (Base declares __table__ so), hence .name
_MAPPERS = {m.class_.__table__.name: m for m in Base.registry.mappers}


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _members(connection: Connection, link_table: str, parents: Sequence[int]) -> dict[int, set[int]]:
    """Members of each parent through one link table, now."""
    link = LINKS[link_table]
    table = Base.metadata.tables[link_table]
    found: dict[int, set[int]] = {p: set() for p in parents}
    parent, member = table.c[link.parent_column], table.c[link.member_column]
    for chunk in _chunks(parents):
        for p, m in connection.execute(select(parent, member).where(parent.in_(chunk))):
            found[p].add(m)
    return found


def _touch(
    session: Session, link_table: str, parents: Iterable[int], added: Iterable[tuple[int, int]] = ()
) -> None:
    """Remember the members of parents whose links change for the first time in this transaction.

    ``added`` are the (parent, member) pairs an insert adds: for parents added in this transaction they
    say what the links are at commit without asking the database. Any other change (``added`` not given)
    makes the database the one to ask.
    """
    state = _state(session)
    parent_table = LINKS[link_table].parent_table
    links, known, new = state.links, state.known, state.new
    fresh: list[int] = []
    parents = set(parents)
    for p in parents:
        key = (link_table, p)
        if key not in links:
            if (parent_table, p) in new:
                links[key] = _NONE  # added in this transaction: it had no links before
                known[key] = set()
            else:
                fresh.append(p)
    if added:
        for p, m in added:
            members = known.get((link_table, p))
            if members is not None:
                members.add(m)
    else:
        for p in parents:
            state.known.pop((link_table, p), None)
    if fresh:
        for p, members in _members(session.connection(), link_table, fresh).items():
            state.links[(link_table, p)] = frozenset(members)


def _link_write(orm_state: ORMExecuteState, link: Link) -> Result[Any]:
    session = orm_state.session
    stmt: Any = orm_state.statement
    if orm_state.is_insert:
        pairs = [(r[link.parent_column], r[link.member_column]) for r in _rows_of(orm_state)]
        _touch(session, stmt.table.name, {p for p, _ in pairs}, pairs)
        return orm_state.invoke_statement()
    else:
        table = Base.metadata.tables[stmt.table.name]
        column = table.c[link.parent_column]
        query = select(column).distinct()
        if stmt.whereclause is not None:
            query = query.where(stmt.whereclause)
        parents = list(session.connection().scalars(query))
    _touch(session, stmt.table.name, parents)
    return orm_state.invoke_statement()


@event.listens_for(AuditedSession, "before_flush")
def _touch_collections(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    """A link changed through an ORM collection (``item.groups = [...]``) is remembered like a Core one."""
    for obj in session.dirty:
        table = getattr(obj, "__table__", None)
        if table is None or getattr(obj, "id", None) is None:
            continue
        state = inspect(obj)
        for link_table, link in LINKS.items():
            if link.parent_table == table.name and state.attrs[link.field].history.has_changes():
                _touch(session, link_table, [obj.id])


@event.listens_for(AuditedSession, "after_flush")
def _remember_new(session: Session, _context: UOWTransaction) -> None:
    state = _state(session)
    for obj in session.new:
        table = getattr(obj, "__table__", None)
        ident = getattr(obj, "id", None)
        if table is not None and isinstance(ident, int):
            state.new[(table.name, ident)] = _facts(table.name, ident, obj.__dict__)
    for obj in session.deleted:
        table = getattr(obj, "__table__", None)
        ident = getattr(obj, "id", None)
        if table is not None and isinstance(ident, int):
            state.forget(table.name, ident)


@event.listens_for(AuditedSession, "before_commit")
def _log_link_changes(session: Session) -> None:
    """Write the net link changes of the transaction as changes of their parents, and bump their versions."""
    session.flush()  # commit would flush next: do it first, so ORM collection changes are counted too
    state = session.info.get("_audit_transaction")
    if state is None or state.transaction is not session.get_transaction() or not state.links:
        return
    connection = session.connection()
    changed: list[tuple[Link, int, frozenset[int], frozenset[int]]] = []
    by_table: dict[str, list[int]] = {}
    for link_table, parent in state.links:
        by_table.setdefault(link_table, []).append(parent)
    for link_table, parents in by_table.items():
        asked = [p for p in parents if (link_table, p) not in state.known]
        now = _members(connection, link_table, asked) if asked else {}
        link, links, known = LINKS[link_table], state.links, state.known
        for parent in parents:
            members = now[parent] if parent in now else known[(link_table, parent)]
            old = links[(link_table, parent)]
            if members != old:  # a set equals a frozenset of the same members
                changed.append((link, parent, old, frozenset(members)))
    state.links, state.known = {}, {}
    if not changed:
        return
    versions = _bump(session, state, {(link.parent_table, parent) for link, parent, _, _ in changed})
    names = _member_names(connection, changed)
    log = _Log(session, connection)
    texts: dict[tuple[str, frozenset[int]], str] = {}  # people come in the same sets again and again

    def names_text(table: str, members: frozenset[int]) -> str:
        key = (table, members)
        if key not in texts:
            label = names[table]
            texts[key] = value_text(sorted(label.get(m, f"#{m}") for m in members)) or "[]"
        return texts[key]

    for link, parent, old, new in sorted(changed, key=lambda c: (c[0].parent_table, c[1], c[0].field)):
        row = versions.get((link.parent_table, parent))
        if row is None:  # the parent itself was deleted in this transaction: its deletion is logged
            continue
        log.rows.append(
            {
                "changed_at": log.now,
                "changed_by": log.user,
                "action": "update",
                "table_name": link.parent_table,
                "record_id": parent,
                "visit_id": log.visit_of.of(link.parent_table, row),
                "field": link.field,
                "old_value": names_text(link.member_table, old),
                "new_value": names_text(link.member_table, new),
                "record_version": row.get("version"),
            }
        )
    log.write()


def _bump(session: Session, state: _Transaction, parents: set[tuple[str, int]]) -> dict[tuple[str, int], Any]:
    """Raise the version of parents changed through their links; return their (id, version, visit) rows.

    A parent added in this transaction keeps its version. One the session holds must still have the
    version the session read, or the change was made over someone else's save: ConcurrencyError.
    """
    connection = session.connection()
    found: dict[tuple[str, int], Any] = {}
    for table_name in sorted({t for t, _ in parents}):
        table = Base.metadata.tables[table_name]
        ids = sorted(p for t, p in parents if t == table_name and (t, p) not in state.new)
        found.update(
            {(t, p): state.new[(t, p)] for t, p in parents if t == table_name and (t, p) in state.new}
        )
        plain: list[int] = []
        for record_id in ids:
            obj = _held(session, table, record_id)
            seen = obj.__dict__.get("version") if obj is not None else None
            if seen is None:
                plain.append(record_id)
                continue
            stmt = update(table).where(table.c.id == record_id, table.c.version == seen)
            if connection.execute(stmt.values(version=table.c.version + 1)).rowcount != 1:
                what = [link.field for link in LINKS.values() if link.parent_table == table_name]
                raise ConcurrencyError(
                    conflict_message(session, [_Pending(obj, seen, record_label(obj), what)])
                )
        for chunk in _chunks(plain):
            connection.execute(update(table).where(table.c.id.in_(chunk)).values(version=table.c.version + 1))
        columns = ("version", *columns_naming_the_visit(table_name))
        for chunk in _chunks(ids):
            for row in _where_rows(connection, table, table.c.id.in_(chunk), columns):
                found[(table_name, row["id"])] = row
                _sync_version(session, table, row["id"], row["version"])
    return found


def _member_names(
    connection: Connection, changed: Sequence[tuple[Link, int, frozenset[int], frozenset[int]]]
) -> dict[str, dict[int, str]]:
    wanted: dict[str, set[int]] = {}
    columns: dict[str, str] = {}
    for link, _, old, new in changed:
        wanted.setdefault(link.member_table, set()).update(old | new)
        columns[link.member_table] = link.member_name
    names: dict[str, dict[int, str]] = {}
    for table_name, ids in wanted.items():
        table = Base.metadata.tables[table_name]
        found = names.setdefault(table_name, {})
        ordered = sorted(ids)
        for chunk in _chunks(ordered):
            stmt = select(table.c.id, table.c[columns[table_name]]).where(table.c.id.in_(chunk))
            found.update({i: n for i, n in connection.execute(stmt)})
    return names
