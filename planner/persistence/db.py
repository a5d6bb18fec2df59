"""Open a Delegation Planner database: engine, SQLite pragmas, automatic upgrade with a backup.

``open_database`` is the only way the application gets an engine; ``main.py`` calls it once.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from planner.domain.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


def default_user() -> str:
    """The operating-system user name, or "unknown" where there is none (some containers)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


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


PASSWORD_VARIABLES = ("DP_DB_PASSWORD", "PGPASSWORD")


def url_without_password(url: str | URL) -> str:
    """The URL as it may be shown or kept in settings: the password removed, never masked with ***."""
    sa_url = make_url(url) if isinstance(url, str) else url
    # URL.set(password=None) leaves the password in place ("not given"); the named tuple's _replace clears it
    return sa_url._replace(password=None).render_as_string(hide_password=False)


def resolve_password(url: URL, ask: Callable[[str], str] | None = None) -> URL:
    """Fill in a server database's password from DP_DB_PASSWORD or PGPASSWORD, else by asking.

    The password is never written to settings: the settings keep ``url_without_password``. ``ask``
    (default: ``getpass`` when there is a terminal) is called with a prompt; without either, libpq's own
    sources (~/.pgpass, a trusted local connection) still apply.
    """
    if url.get_backend_name() == "sqlite" or url.password:
        return url
    for name in PASSWORD_VARIABLES:
        if os.environ.get(name):
            return url.set(password=os.environ[name])
    if ask is None and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        ask = getpass.getpass
    if ask is not None:
        password = ask(f"Password for {url.username or 'the database user'} at {url.host or 'localhost'}: ")
        if password:
            return url.set(password=password)
    return url


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # foreign keys are off by default in SQLite; FULL sync makes each commit survive a kill or power cut
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str | URL) -> Engine:
    """Create an engine with the pragmas Delegation Planner relies on."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


# the back ends the program is built and tested for (``postgresql+psycopg`` and the like are these too)
BACKENDS = ("sqlite", "postgresql")


def checked_url(target: str | os.PathLike[str] | None) -> URL:
    """The URL of ``target``; DatabaseError (one sentence) for an empty target or a back end we lack."""
    from sqlalchemy.exc import ArgumentError

    if target is not None and not os.fspath(target).strip():
        raise DatabaseError(
            "no database given (--db is empty); name a database file or a postgresql:// URL,"
            " or leave --db out to use the default database"
        )
    try:
        sa_url = make_url(database_url(target))
    except ArgumentError as exc:
        raise DatabaseError(
            f"{os.fspath(target or '')!r} is neither a file name nor a database URL; name a database file"
            " or a URL like postgresql://user@host/planner"
        ) from exc
    if sa_url.get_backend_name() not in BACKENDS:
        raise DatabaseError(
            f"{sa_url.drivername}:// databases are not supported; use a database file (a path) or a"
            " PostgreSQL server (postgresql://user@host/planner)"
        )
    return sa_url


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not a database file; name a file in it, e.g. {path / 'planner.db'}"
        )
    if not path.exists():
        return
    if not path.is_file():
        raise DatabaseError(f"{path} is not a regular file; name a database file")
    # SQLite writes the database and, beside it, its -wal and -shm files (even to read)
    folder = path.parent
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        where = path if not os.access(path, os.R_OK | os.W_OK) else folder
        raise DatabaseError(
            f"the database {path} is read-only ({where} cannot be written); make it writable"
            f" (chmod u+w) or copy it to a folder you can write to and use that copy"
        )
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"cannot read the database {path}: {exc.strerror}") from exc
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


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:["']([^"']+)["']|None)""", re.M)


@cache
def head_revision() -> str:
    """The newest migration revision this code knows, read from the migration files.

    Importing Alembic and loading its scripts costs about half a second, a third of the application's
    start-up; the common case (the database is already current) needs none of it. A test checks that
    this agrees with Alembic's own answer.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            if value:
                (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


@cache
def known_revisions() -> frozenset[str]:
    """Every migration revision this code knows (the same files :func:`head_revision` reads)."""
    found: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found.update(
            v for k, v in _REVISION_LINE.findall(path.read_text(encoding="utf-8")) if k == "revision"
        )
    return frozenset(found)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision``."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def copy_sqlite(source: Path, target: Path, *, in_place: bool = False) -> Path:
    """Copy a SQLite database with the online backup API, then check the copy; the one copy routine.

    The copy is one backup step, so it is a consistent snapshot even while others write to ``source``,
    and ``PRAGMA quick_check`` must pass on it, else DatabaseError. A new copy is written beside the
    target first and renamed, readable by its owner only and with no -wal file needed beside it, so a
    failed copy never leaves half a file where a good one is expected. ``in_place`` writes through
    SQLite into the existing ``target`` instead (a restore): a -wal file of the database it replaces
    then cannot be replayed on top of the copy.
    """
    written = target if in_place else target.with_name(target.name + ".partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    if not in_place:
        written.unlink(missing_ok=True)
    if not written.exists():
        _create_private_file(written)
    try:
        src = sqlite3.connect(source)
        try:
            dest = sqlite3.connect(written)
            try:
                src.backup(dest)  # pages=-1: everything in one step, under one read snapshot
                if not in_place:
                    dest.execute("PRAGMA journal_mode=DELETE")
                result = [row[0] for row in dest.execute("PRAGMA quick_check")]
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        if not in_place:
            written.unlink(missing_ok=True)
        raise DatabaseError(f"cannot copy {source} to {target}: {exc}") from exc
    if result != ["ok"]:
        if not in_place:
            written.unlink(missing_ok=True)
        raise DatabaseError(f"the copy of {source} in {target} is damaged: {'; '.join(result[:5])}")
    if not in_place:
        os.replace(written, target)
        os.chmod(target, 0o600)
    return target


def backup_sqlite_file(path: Path, reason: str = "backup") -> Path:
    """Copy a SQLite database to a timestamped file beside it, safely even while it is open; checked."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
        counter += 1
    return copy_sqlite(path, target)


@dataclass
class Database:
    """An opened database: its engine, session factory and, if an upgrade ran, the backup made first.

    ``url`` never holds the password. ``user`` is the name the change log records for every edit.
    """

    engine: Engine
    url: str
    backup: Path | None = None
    path: Path | None = None
    # shared with the session factory, so a new ``user`` applies to every later session
    info: dict[str, Any] = field(default_factory=lambda: {"user": default_user()})
    _sessions: sessionmaker[Session] | None = field(default=None, init=False, repr=False)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The factory of audited ORM sessions.

        Made on first use: it imports the ORM and maps every table (a fifth of a second), which the
        desktop app's first screen does without (it reads through Core, see ``UnitOfWork.connection``).
        """
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from planner.persistence.audit import AuditedSession

            self._sessions = sessionmaker(
                self.engine, class_=AuditedSession, expire_on_commit=False, info=self.info
            )
        return self._sessions

    @property
    def orm_loaded(self) -> bool:
        """True once the session factory (and with it the ORM mapping) exists."""
        return self._sessions is not None

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    @property
    def user(self) -> str:
        """Who the change log names as the editor of changes made through these sessions."""
        return str(self.info["user"])

    @user.setter
    def user(self, name: str) -> None:
        self.info["user"] = name

    @property
    def is_sqlite(self) -> bool:
        """True for a local SQLite database (file or memory), False for a server."""
        return self.engine.dialect.name == "sqlite"


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    upgrade_schema: bool = True,
    user: str | None = None,
    ask_password: Callable[[str], str] | None = None,
) -> Database:
    """Open (creating if needed) and upgrade a database; refuse a file that is not one of ours.

    An existing database at an older revision is first copied to a timestamped backup beside it.
    A server URL without a password gets one from the environment or ``ask_password`` (see
    ``resolve_password``). ``user`` names the editor in the change log (default: the OS user).
    """
    sa_url = resolve_password(checked_url(target), ask_password)
    url = sa_url.render_as_string(hide_password=False)
    path: Path | None = None
    if sa_url.get_backend_name() == "sqlite" and sa_url.database not in (None, "", ":memory:"):
        path = Path(sa_url.database)
        _check_sqlite_file(path)
        if not path.exists():
            try:
                _create_private_file(path)
            except OSError as exc:
                raise DatabaseError(
                    f"cannot create the database {path}: {exc.strerror}; choose a folder you can write to"
                ) from exc
    engine = make_engine(url)
    backup = None
    try:
        if upgrade_schema:
            backup = _upgrade_if_needed(engine, path)
    except (SADatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        shown = url_without_password(sa_url)
        raise DatabaseError(f"cannot open database {shown}: {exc.__class__.__name__}: {exc}") from exc
    return Database(engine, url_without_password(sa_url), backup, path, {"user": user or default_user()})


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
    if current is not None and current not in known_revisions():
        # checked before any backup: a program that cannot upgrade must not leave copies behind
        raise DatabaseError(
            f"the database is at schema version {current}, which this program does not know (its newest is"
            f" {head}); it was written by a newer Delegation Planner: open it with that version, or update"
            " this one"
        )
    backup = None
    if current is not None and path is not None:
        backup = backup_sqlite_file(path, reason=f"before-upgrade-{current}")
    upgrade(engine)
    return backup
