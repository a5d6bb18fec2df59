"""Shared fixtures: a fresh database per test, and a copy of a database that holds the sample visit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.persistence.db import Database, open_database
from planner.persistence.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty database at the newest schema, in a file of its own."""
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
    visit_id = load_sample(UnitOfWork(database.sessions))
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
