"""Backups of the local SQLite database: on demand, daily at start-up, and restore with checks.

Copies use SQLite's online backup API in a single step, so a backup taken while the application (or
another process) writes is a consistent snapshot: in WAL mode the copy reads one snapshot while writers
carry on. A shared PostgreSQL database is backed up by its administrator with ``pg_dump`` (see
``docs/shared-database.md``); these functions refuse it with that advice.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from planner.persistence.db import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}


def check_backup(path: Path) -> BackupCheck:
    """Check that a file is a whole Delegation Planner database this program can open.

    SQLite header, ``PRAGMA integrity_check`` and an ``alembic_version`` that is one of ours; otherwise
    DatabaseError says which check failed.
    """
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a SQLite database (wrong file header)")
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DatabaseError(f"{path} is damaged: {'; '.join(result[:5])}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise DatabaseError(
                f"{path} is a SQLite database but not a Delegation Planner one (no schema version)"
            )
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged or not a database: {exc}") from exc
    finally:
        conn.close()
    if revision is None or revision[0] not in _known_revisions():
        found = revision[0] if revision else "none"
        raise DatabaseError(
            f"{path} has schema version {found}, which this program does not know (it knows up to"
            f" {head_revision()}); it may come from a newer Delegation Planner"
        )
    return BackupCheck(path, revision[0], len(tables))


def backup_database(db_path: Path, target: Path) -> BackupCheck:
    """Back up the database file to ``target`` while it may be in use, then check the copy."""
    if not db_path.is_file():
        raise DatabaseError(f"there is no database at {db_path} to back up")
    copy_sqlite(db_path, target)
    return check_backup(target)


def restore_database(db_path: Path, source: Path) -> Path | None:
    """Replace the database with a checked backup; the current database is first copied beside it.

    Returns the safety copy of the replaced database (None when there was none). The restored file is
    upgraded to the current schema the next time it is opened.
    """
    check_backup(source)
    if source.resolve() == db_path.resolve():
        raise DatabaseError("the backup to restore is the database itself")
    safety = backup_sqlite_file(db_path, reason="before-restore") if db_path.is_file() else None
    # write through SQLite, not a file copy, so an open WAL of the old database cannot be replayed on top
    copy_sqlite(source, db_path, in_place=True)
    return safety


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
