"""Backups of the local SQLite database: on demand, daily at start-up, and restore with checks.

Copies use SQLite's online backup API in a single step, so a backup taken while the application (or
another process) writes is a consistent snapshot: in WAL mode the copy reads one snapshot while writers
carry on. A shared PostgreSQL database is backed up by its administrator with ``pg_dump`` (see
``docs/shared-database.md``); these functions refuse it with that advice.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from planner.domain.errors import DatabaseError
from planner.persistence.db import SQLITE_MAGIC, backup_sqlite_file, copy_sqlite, head_revision

DEFAULT_KEEP_DAYS = 14
DAILY_PATTERN = re.compile(r"^(?P<stem>.+)\.daily-(?P<day>\d{8})\.db$")


@dataclass(frozen=True)
class BackupCheck:
    """What a checked backup file holds: its schema revision and whether this program can use it."""

    path: Path
    revision: str
    tables: int


# how long a restore waits for another program's write transaction to end before it refuses
RESTORE_LOCK_WAIT_SECONDS = 10.0


def _known_revisions() -> set[str]:
    from planner.persistence.db import known_revisions

    return set(known_revisions())


def _columns_of(conn: sqlite3.Connection, schema: str = "main") -> dict[str, frozenset[str]]:
    tables = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        table: frozenset(row[1] for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")'))
        for table in tables
    }


@cache
def expected_tables(revision: str) -> dict[str, frozenset[str]]:
    """The tables and their columns a database at schema ``revision`` has.

    For the current revision they are read from the table definitions (a test checks that running the
    migrations gives the same); for an older one the migrations run on a fresh file in a private
    temporary folder. The answer is kept for the process.
    """
    if revision != head_revision():
        return migrated_tables(revision)
    from planner.persistence.tables import Base

    found = {
        table.name: frozenset(column.name for column in table.columns)
        for table in Base.metadata.tables.values()
    }
    found["alembic_version"] = frozenset({"version_num"})
    return found


def migrated_tables(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns the migrations up to ``revision`` create in an empty database."""
    from sqlalchemy import create_engine

    from planner.persistence.db import upgrade

    with tempfile.TemporaryDirectory(prefix="delegation-planner-schema-") as folder:
        path = Path(folder) / "schema.db"
        engine = create_engine(f"sqlite:///{path}")
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return _columns_of(conn)
        finally:
            conn.close()


def _schema_mismatch(found: dict[str, frozenset[str]], revision: str) -> str | None:
    """A sentence naming how ``found`` differs from schema ``revision`` (None when it matches)."""
    expected = expected_tables(revision)
    parts = []
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    if missing:
        parts.append(f"missing table(s) {', '.join(missing[:5])}")
    if extra:
        parts.append(f"unexpected table(s) {', '.join(extra[:5])}")
    for table in sorted(set(expected) & set(found)):
        lacking = sorted(expected[table] - found[table])
        surplus = sorted(found[table] - expected[table])
        if lacking:
            parts.append(f"{table} lacks column(s) {', '.join(lacking[:5])}")
        if surplus:
            parts.append(f"{table} has unexpected column(s) {', '.join(surplus[:5])}")
    return "; ".join(parts[:6]) or None


def check_backup(path: Path) -> BackupCheck:
    """Check that a file is a whole Delegation Planner database this program can open.

    SQLite header, ``PRAGMA integrity_check``, no broken foreign key, an ``alembic_version`` that is one
    of ours, and tables and columns that are exactly those of that version; otherwise DatabaseError says
    which check failed.
    """
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror}") from exc
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a SQLite database (wrong file header)")
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DatabaseError(f"{path} is damaged: {'; '.join(result[:5])}")
        found = _columns_of(conn)
        if "alembic_version" not in found:
            raise DatabaseError(
                f"{path} is a SQLite database but not a Delegation Planner one (no schema version)"
            )
        versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()
    if len(versions) != 1 or versions[0] not in _known_revisions():
        shown = versions[0] if len(versions) == 1 else f"{len(versions)} entries"
        raise DatabaseError(
            f"{path} has schema version {shown}, which this program does not know (it knows up to"
            f" {head_revision()}); it may come from a newer Delegation Planner"
        )
    mismatch = _schema_mismatch(found, versions[0])
    if mismatch:
        raise DatabaseError(
            f"{path} says it is at schema version {versions[0]} but its tables do not match that version"
            f" ({mismatch}); it was changed outside Delegation Planner and cannot be restored"
        )
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(
            f"{path} is damaged: rows in {', '.join(tables)} point to records that do not exist"
        )
    return BackupCheck(path, versions[0], len(found))


def backup_database(db_path: Path, target: Path) -> BackupCheck:
    """Back up the database file to ``target`` while it may be in use, then check the copy."""
    if not db_path.is_file():
        raise DatabaseError(f"there is no database at {db_path} to back up")
    copy_sqlite(db_path, target)
    return check_backup(target)


def _prepare(db_path: Path, source: Path, checked: BackupCheck) -> Path:
    """A checked copy of ``source`` beside the database, upgraded to the current schema (never in place)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    prepared = copy_sqlite(source, db_path.with_name(f"{db_path.name}.restoring-{stamp}"))
    if checked.revision == head_revision():
        return prepared
    try:
        _upgrade_copy(prepared, source, checked.revision)
    except BaseException:
        prepared.unlink(missing_ok=True)
        raise
    return prepared


def _upgrade_copy(prepared: Path, source: Path, revision: str) -> None:
    from planner.persistence.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{prepared}")
    try:
        upgrade(engine)
    except Exception as exc:  # any failure of a migration: the copy is dropped, the database untouched
        raise DatabaseError(
            f"{source} is at schema version {revision} and could not be upgraded to"
            f" {head_revision()} ({exc.__class__.__name__}); nothing was restored"
        ) from exc
    finally:
        engine.dispose()
    conn = sqlite3.connect(prepared)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # fold the upgrade's -wal into the file
        mismatch = _schema_mismatch(_columns_of(conn), head_revision())
    finally:
        conn.close()
    if mismatch:
        raise DatabaseError(
            f"{source} did not upgrade to the current schema ({mismatch}); nothing was restored"
        )


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _swap_under_lock(db_path: Path, prepared: Path, wait_seconds: float) -> Path:
    """Copy the database aside and replace its contents with ``prepared``, both under one write lock.

    One connection takes SQLite's write lock (``BEGIN IMMEDIATE``), waiting at most ``wait_seconds`` for
    another program's write transaction to end, else refusing. While it holds the lock no one can commit,
    so the safety copy (read by a second connection) holds every commit made before; then the tables are
    replaced in the same transaction and committed at once: a kill at any moment leaves either the old
    database or the restored one, never a mix. Returns the safety copy.
    """
    conn = sqlite3.connect(db_path, timeout=wait_seconds, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA foreign_keys=OFF")  # tables are dropped and refilled in any order
            conn.execute("ATTACH DATABASE ? AS restored", (str(prepared),))
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise DatabaseError(
                    f"cannot open {db_path} to restore into it: {exc}; nothing was restored"
                ) from exc
            raise DatabaseError(
                f"another program is still writing to {db_path} (waited {wait_seconds:g} s); nothing was"
                " restored: close the other Delegation Planner windows or commands and try again"
            ) from exc
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"cannot open {db_path} to restore into it: {exc}; nothing was restored"
            ) from exc
        safety: Path | None = None
        try:
            safety = backup_sqlite_file(db_path, reason="before-restore")
            _replace_contents(conn)
            conn.execute("COMMIT")
        except (sqlite3.Error, DatabaseError, OSError) as exc:
            conn.execute("ROLLBACK")
            kept = f"; a copy of it was saved as {safety}" if safety else ""
            raise DatabaseError(
                f"the restore failed ({exc}); the database {db_path} was left as it was{kept}"
            ) from exc
        return safety
    finally:
        conn.close()


def _replace_contents(conn: sqlite3.Connection) -> None:
    """Inside the open transaction: drop every object of ``main``, rebuild it from ``restored``."""
    old = conn.execute(
        "SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN"
        " ('table', 'view', 'trigger')"
    ).fetchall()
    for kind, name in sorted(old, key=lambda row: row[0] == "table"):  # views and triggers first
        conn.execute(f"DROP {kind.upper()} IF EXISTS main.{_quoted(name)}")
    new = conn.execute(
        "SELECT type, name, sql FROM restored.sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        " AND sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    tables = [(name, sql) for kind, name, sql in new if kind == "table"]
    for name, sql in tables:
        conn.execute(sql)  # CREATE TABLE name ... : an unqualified name lands in main
        conn.execute(f"INSERT INTO main.{_quoted(name)} SELECT * FROM restored.{_quoted(name)}")
    for kind, _name, sql in new:
        if kind != "table":  # indexes, views and triggers once the rows are in
            conn.execute(sql)
    sequence = conn.execute("SELECT 1 FROM restored.sqlite_master WHERE name = 'sqlite_sequence'").fetchone()
    if sequence:
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")


def _is_damaged(db_path: Path) -> bool:
    """True when the database cannot be read whole (the usual reason to restore)."""
    try:
        conn = sqlite3.connect(db_path)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def _replace_damaged(db_path: Path, prepared: Path) -> Path:
    """Keep the damaged file's bytes (and its -wal) aside, then put the prepared copy in its place.

    SQLite cannot read a damaged database, so neither the online copy nor the swap in one transaction can
    be used; the damaged bytes are kept as they are for whoever wants to rescue something from them. Its
    -wal and -shm are moved away before the rename: a stale -wal must never be replayed onto the copy.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = db_path.with_name(f"{db_path.stem}.before-restore-damaged-{stamp}{db_path.suffix}")
    shutil.copyfile(db_path, safety)
    os.chmod(safety, 0o600)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            if suffix == "-wal":
                shutil.copyfile(side, safety.with_name(safety.name + suffix))
            side.unlink()
    os.replace(prepared, db_path)
    os.chmod(db_path, 0o600)
    return safety


def restore_database(
    db_path: Path, source: Path, *, wait_seconds: float = RESTORE_LOCK_WAIT_SECONDS
) -> Path | None:
    """Replace the database with a checked backup; the current database is first copied beside it.

    The backup is checked (see :func:`check_backup`), copied beside the database and, when older,
    upgraded there (never in place); then the safety copy is taken and the contents replaced under one
    write lock (see ``docs/reliability.md``). Refuses when another program keeps writing longer than
    ``wait_seconds``. On any failure the database is left as it was. Returns the safety copy of the
    replaced database (None when there was none).
    """
    if source.resolve() == db_path.resolve():
        raise DatabaseError("the backup to restore is the database itself")
    checked = check_backup(source)
    prepared = _prepare(db_path, source, checked)
    try:
        if not db_path.is_file() or db_path.stat().st_size == 0:
            os.replace(prepared, db_path)
            os.chmod(db_path, 0o600)
            return None
        if _is_damaged(db_path):
            return _replace_damaged(db_path, prepared)
        return _swap_under_lock(db_path, prepared, wait_seconds)
    finally:
        prepared.unlink(missing_ok=True)


def daily_backup(
    db_path: Path, folder: Path | None = None, keep_days: int = DEFAULT_KEEP_DAYS, today: date | None = None
) -> Path | None:
    """Once a day (the application calls this at start-up): back up, then delete backups past ``keep_days``.

    Backups go to ``folder`` (default: ``backups`` beside the database) as ``<name>.daily-YYYYMMDD.db``.
    Returns the new backup, or None when today's already exists or there is no database yet.
    """
    if not db_path.is_file():
        return None
    day = today or datetime.now().date()
    folder = folder or db_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}.daily-{day:%Y%m%d}.db"
    made = None
    if not target.exists():
        made = copy_sqlite(db_path, target)
    prune_daily_backups(folder, db_path.stem, keep_days, day)
    return made


def prune_daily_backups(folder: Path, stem: str, keep_days: int, today: date) -> list[Path]:
    """Delete the daily backups of ``stem`` older than ``keep_days`` days; return what was deleted."""
    oldest = today - timedelta(days=max(keep_days, 1) - 1)
    removed = []
    for path in folder.iterdir():
        found = DAILY_PATTERN.match(path.name)
        if not found or found.group("stem") != stem:
            continue
        taken = datetime.strptime(found.group("day"), "%Y%m%d").date()
        if taken < oldest:
            path.unlink()
            removed.append(path)
    return sorted(removed)
