"""Which database the application works on: open or create one, switch to another, back it up.

The desktop app reaches the database only through this module and the other services: it never opens
an engine or copies a file itself. ``Database`` is re-exported so the GUI can name the handle it holds.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from planner.persistence.db import Database, backup_sqlite_file, open_database

__all__ = [
    "Database",
    "backup_now",
    "daily_backup",
    "open_demo_database",
    "open_work_database",
    "switch_database",
]


def open_work_database(
    target: str | os.PathLike[str] | None, ask_password: Callable[[str], str] | None = None
) -> Database:
    """Open (creating and upgrading if needed) the database at ``target``: a file, a URL or the default.

    Raises a PlannerError (DatabaseError) naming the database when it cannot be opened.
    """
    return open_database(target, ask_password=ask_password)


def open_demo_database() -> tuple[Database, int]:
    """A fresh database in a private temporary folder holding the sample visit, and that visit's id."""
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import load_sample  # the visit file reader: only the demo needs it

    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    db = open_database(folder / "demo.db")
    return db, load_sample(UnitOfWork(db.sessions)).id


DEMO_PREFIX = "delegation-planner-demo-"


def discard_demo_database(db: Database) -> None:
    """Close a demo database and delete its temporary folder (nothing else is ever deleted)."""
    db.dispose()
    folder = db.path.parent if db.path is not None else None
    if (
        folder is not None
        and folder.name.startswith(DEMO_PREFIX)
        and folder.parent == Path(tempfile.gettempdir())
    ):
        shutil.rmtree(folder, ignore_errors=True)


def switch_database(current: Database, target: str | os.PathLike[str]) -> Database:
    """Open the database at ``target`` and close ``current``; on failure ``current`` stays open.

    Raises a PlannerError (DatabaseError) when ``target`` cannot be opened.
    """
    new = open_database(target, user=current.user)  # the change log keeps naming the same person
    current.dispose()
    return new


def backup_now(db: Database) -> Path:
    """Copy a local database to a timestamped file beside it and check the copy; return the copy's path.

    Raises DatabaseError when the database is on a server (its administrator backs it up) or when the
    copy is not a whole database this program can open; OSError when the file cannot be written.
    """
    from planner.domain.errors import DatabaseError
    from planner.interchange.backup import check_backup

    if db.path is None:
        raise DatabaseError("server databases are backed up by their administrator")
    target = backup_sqlite_file(db.path)
    check_backup(target)
    return target


def daily_backup(db: Database, keep_days: int) -> Path | None:
    """Once a day, copy a local database to ``backups/`` beside it and keep ``keep_days`` days of copies.

    Returns the new copy, or None when today's exists already or the database is on a server.
    """
    if db.path is None:  # a server database: the office backs it up with pg_dump
        return None
    from planner.interchange.backup import daily_backup as daily

    return daily(db.path, keep_days=keep_days)
