"""Open a Delegation Planner database: engine, SQLite pragmas, automatic upgrade with a backup.

``open_database`` is the only way the application gets an engine; ``main.py`` calls it once.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from planner.domain.errors import DatabaseError

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def default_database_path() -> Path:
    """The database in the user's data folder (created on first use)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("DelegationPlanner", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "planner.db"


def database_url(target: str | os.PathLike[str] | None) -> str:
    """Turn a path or a SQLAlchemy URL (or nothing: the default file) into a URL."""
    if target is None:
        return f"sqlite:///{default_database_path()}"
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # foreign keys are off by default in SQLite; FULL sync makes each commit survive a kill or power cut
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine with the pragmas Delegation Planner relies on."""
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _check_sqlite_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a database file (it does not start with the SQLite header)")


def _create_private_file(path: Path) -> None:
    # the file holds personal data of participants: readable by its owner only
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest migration revision this code knows."""
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision``."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def backup_sqlite_file(path: Path, reason: str = "backup") -> Path:
    """Copy a SQLite database to a timestamped file beside it, safely even while it is open."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
        counter += 1
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, 0o600)
    return target


@dataclass
class Database:
    """An opened database: its engine, session factory and, if an upgrade ran, the backup made first."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str
    backup: Path | None = None

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(target: str | os.PathLike[str] | None = None, *, upgrade_schema: bool = True) -> Database:
    """Open (creating if needed) and upgrade a database; refuse a file that is not one of ours.

    An existing database at an older revision is first copied to a timestamped backup beside it.
    """
    url = database_url(target)
    sa_url = make_url(url)
    path: Path | None = None
    if sa_url.get_backend_name() == "sqlite" and sa_url.database not in (None, "", ":memory:"):
        path = Path(sa_url.database)  # type: ignore[arg-type]
        _check_sqlite_file(path)
        if not path.exists():
            _create_private_file(path)
    engine = make_engine(url)
    backup = None
    try:
        if upgrade_schema:
            backup = _upgrade_if_needed(engine, path)
    except (SADatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {url}: {exc.__class__.__name__}: {exc}") from exc
    return Database(engine, sessionmaker(engine, expire_on_commit=False), url, backup)


def _upgrade_if_needed(engine: Engine, path: Path | None) -> Path | None:
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    tables = set(inspect(engine).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            "the database has tables but no Delegation Planner schema version; it is not a Delegation"
            f" Planner database (tables: {', '.join(sorted(tables)[:8])})"
        )
    backup = None
    if current is not None and path is not None:
        backup = backup_sqlite_file(path, reason=f"before-upgrade-{current}")
    upgrade(engine)
    return backup
