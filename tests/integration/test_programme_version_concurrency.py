"""Two officers commit changes to one visit at the same moment, again and again: every change gets its own
programme version, numbered 1..N with no gap, no duplicate and no save refused (issue 14)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database, open_database
from planner.persistence.programme_versions import stored_states
from planner.persistence.tables import ItineraryItem, ProgrammeItemState, ProgrammeVersion
from planner.persistence.uow import UnitOfWork
from tests.conftest import postgres_schema, postgres_url_or_skip
from tests.support.synthetic import synthetic_visit

ROUNDS = 25


@pytest.fixture
def two_officers() -> Iterator[tuple[Database, Database, int, list[int]]]:
    """Two connections (alice, bob) to one PostgreSQL schema holding a small visit, and two of its items."""
    with postgres_schema(postgres_url_or_skip()) as url:
        alice = open_database(url, user="alice")
        bob = open_database(url, user="bob")
        with UnitOfWork(alice.sessions) as uow:
            visit_id = import_visit(uow, synthetic_visit(sites=2, participants=4, items=4))
            uow.commit()
        with UnitOfWork(alice.sessions) as uow:
            items = list(
                uow.session.scalars(
                    select(ItineraryItem.id)
                    .where(ItineraryItem.visit_id == visit_id)
                    .order_by(ItineraryItem.id)
                )
            )
        try:
            yield alice, bob, visit_id, items[:2]
        finally:
            alice.dispose()
            bob.dispose()


def _versions(db: Database, visit_id: int) -> list[int]:
    with UnitOfWork(db.sessions) as uow:
        return list(
            uow.session.scalars(
                select(ProgrammeVersion.version)
                .where(ProgrammeVersion.visit_id == visit_id)
                .order_by(ProgrammeVersion.version)
            )
        )


@pytest.mark.postgres
def test_simultaneous_changes_of_one_visit_get_versions_one_to_n(
    two_officers: tuple[Database, Database, int, list[int]],
) -> None:
    alice, bob, visit_id, (first, second) = two_officers
    start = len(_versions(alice, visit_id))
    assert _versions(alice, visit_id) == list(range(1, start + 1))
    failures: list[BaseException] = []

    def officer(db: Database, who: str, item_id: int, barrier: threading.Barrier, n: int) -> None:
        try:
            with UnitOfWork(db.sessions) as uow:
                item = uow.session.get(ItineraryItem, item_id)
                assert item is not None
                item.title = f"{who}: change {n}"
                uow.session.flush()  # the change and its log row are written; only the commit is left
                barrier.wait(timeout=30)  # both commit at the same moment
                uow.commit()
        except BaseException as exc:  # any failure: the test reports it
            failures.append(exc)

    for n in range(ROUNDS):
        barrier = threading.Barrier(2)
        threads = [
            threading.Thread(target=officer, args=(alice, "alice", first, barrier, n)),
            threading.Thread(target=officer, args=(bob, "bob", second, barrier, n)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not failures, f"round {n}: {failures[0]!r}"
    assert _versions(alice, visit_id) == list(range(1, start + 2 * ROUNDS + 1))
    # each version holds the one change that made it, and the newest state is what was saved last
    with UnitOfWork(alice.sessions) as uow:
        conn = uow.connection
        per_version = conn.execute(
            select(ProgrammeItemState.version, func.count())
            .where(ProgrammeItemState.visit_id == visit_id, ProgrammeItemState.version > start)
            .group_by(ProgrammeItemState.version)
        ).all()
        newest = stored_states(conn, visit_id, item_ids=[first, second])
    assert sorted(per_version) == [(v, 1) for v in range(start + 1, start + 2 * ROUNDS + 1)]
    last = ROUNDS - 1
    assert (newest[first] or {}).get("title") == f"alice: change {last}"
    assert (newest[second] or {}).get("title") == f"bob: change {last}"
