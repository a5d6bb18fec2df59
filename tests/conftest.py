"""Shared fixtures: a fresh database per test, and a copy of a database that holds the sample visit."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from planner.persistence.db import Database, open_database
from planner.persistence.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_ENV = "DP_TEST_POSTGRES_URL"


def postgres_url_or_skip() -> str:
    """The test server's URL; skip without one locally, but fail in CI (CI=true) where it must exist."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{POSTGRES_ENV} is not set in CI; .ci/run starts the server and must export it")
    pytest.skip(f"{POSTGRES_ENV} is not set (run scripts/start-test-postgres.sh to test on PostgreSQL)")


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A fresh schema on the test server, dropped afterwards; yields a URL whose search_path is it.

    A schema per test keeps tests independent without dropping tables one by one, and lets several test
    runs share the server.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def database_for(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database target (file path or URL) for ``backend``: "sqlite" or "postgres"."""
    if backend == "sqlite":
        yield str(tmp_path / "planner.db")
    else:
        with postgres_schema(postgres_url_or_skip()) as url:
            yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """The database server a test runs against; tests using ``db`` run once per backend."""
    return str(request.param)


@pytest.fixture
def db_target(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database target (SQLite path or PostgreSQL URL) that nothing has opened yet."""
    with database_for(backend, tmp_path) as target:
        yield target


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    """An empty database at the newest schema: a SQLite file of its own, or a PostgreSQL schema of its own."""
    database = open_database(db_target)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """An empty SQLite database file (for what only SQLite has: file backups, file permissions)."""
    database = open_database(tmp_path / "planner.db")
    yield database
    database.dispose()


@pytest.fixture
def uow(db: Database) -> UnitOfWork:
    """A unit of work on the test database (use it in a ``with`` block)."""
    return UnitOfWork(db.sessions)


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A database file with the sample visit loaded once per test run, and the visit's id."""
    from planner.services.visits import load_sample

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    database = open_database(path)
    visit_id = load_sample(UnitOfWork(database.sessions)).id
    database.dispose()
    return path, visit_id


@pytest.fixture
def sample_db(tmp_path: Path, sample_template: tuple[Path, int]) -> Iterator[tuple[Database, int]]:
    """A private copy of the sample database and the sample visit's id."""
    source, visit_id = sample_template
    target = tmp_path / "sample.db"
    shutil.copyfile(source, target)
    database = open_database(target)
    yield database, visit_id
    database.dispose()
