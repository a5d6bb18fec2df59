"""The shared office database on a real PostgreSQL server: migrations, passwords, several users."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from planner.cli import main as cli_main
from planner.domain.errors import DatabaseError
from planner.persistence.db import (
    current_revision,
    head_revision,
    open_database,
    upgrade,
    url_without_password,
)
from planner.persistence.uow import UnitOfWork
from planner.queries.change_log import visit_changes
from planner.services.visits import load_sample
from tests.conftest import postgres_schema, postgres_url_or_skip

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL (with its password) of an empty schema of its own on the test server."""
    with postgres_schema(postgres_url_or_skip()) as url:
        yield url


def test_migrations_run_step_by_step_and_reach_head(pg_url: str) -> None:
    from planner.persistence.db import make_engine

    engine = make_engine(pg_url)
    try:
        upgrade(engine, "0002")
        assert current_revision(engine) == "0002"
        assert "change_log" not in inspect(engine).get_table_names()
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert {"change_log", "database_info"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_password_comes_from_the_environment_and_is_never_shown(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = make_url(pg_url).password
    assert password
    bare = url_without_password(pg_url)
    assert make_url(bare).password is None and f":{password}@" not in bare
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("DP_DB_PASSWORD", password)
    db = open_database(bare)
    try:
        assert db.url == bare
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.dispose()


def test_the_password_is_asked_for_when_the_environment_has_none(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = make_url(pg_url).password or ""
    for name in ("PGPASSWORD", "DP_DB_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return password

    db = open_database(url_without_password(pg_url), ask_password=ask)
    db.dispose()
    assert len(prompts) == 1 and "planner" in prompts[0]
    with pytest.raises(DatabaseError) as refused:
        open_database(url_without_password(pg_url), ask_password=lambda _prompt: "wrong-password")
    assert "wrong-password" not in str(refused.value)


def test_the_sample_visit_loads_and_the_cli_works_against_the_server(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(pg_url, user="office-1")
    try:
        visit_id = load_sample(UnitOfWork(db.sessions)).id
        with UnitOfWork(db.sessions) as uow:
            assert [r.action for r in visit_changes(uow, visit_id)][-1:] == ["insert"]
    finally:
        db.dispose()
    capsys.readouterr()
    assert cli_main(["--db", pg_url, "list", "--json"]) == 0
    assert str(visit_id) in capsys.readouterr().out
