"""The unit of work reads through Core without the ORM, and Core and ORM work share one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from planner.persistence.db import Database
from planner.persistence.tables import Delegation, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.visits import get_visit, list_visits, visit_overview


def _add_visit(session: Session) -> Visit:
    now = datetime.now(UTC)
    delegation = Delegation(name="Astrakhan region", home_timezone="Europe/Astrakhan")
    visit = Visit(
        delegation=delegation,
        title="Talks",
        host_timezone="Asia/Atyrau",
        start_date=date(2024, 5, 14),
        end_date=date(2024, 5, 15),
        created_at=now,
        updated_at=now,
    )
    session.add(visit)
    return visit


def test_a_core_read_makes_no_session(db: Database) -> None:
    with UnitOfWork(db) as uow:
        assert list_visits(uow) == []
    assert not db.orm_loaded  # the session factory (and the mapping it needs) is made on first use


def test_core_then_orm_is_one_transaction_rolled_back_without_commit(db: Database) -> None:
    with UnitOfWork(db) as uow:
        assert list_visits(uow) == []
        visit = _add_visit(uow.session)
        # the Core read flushes the pending visit first, as an ORM query would
        assert [row.title for row in list_visits(uow)] == ["Talks"]
        assert get_visit(uow, visit.id).start_date == date(2024, 5, 14)
    with UnitOfWork(db) as uow:
        assert list_visits(uow) == []


def test_core_then_orm_commits_both(db: Database) -> None:
    with UnitOfWork(db) as uow:
        assert list_visits(uow) == []
        visit = _add_visit(uow.session)
        uow.flush()
        visit_id = visit.id
        uow.commit()
    with UnitOfWork(db) as uow:
        [row] = list_visits(uow)
        assert (row.id, row.delegation, row.item_count, row.participant_count) == (
            visit_id,
            "Astrakhan region",
            0,
            0,
        )
        facts = visit_overview(uow, visit_id)
        assert (facts.meetings, facts.documents, facts.vehicles) == (0, 0, 0)
        assert facts.travel_speed_kmh == 40.0
        assert uow.session.get(Visit, visit_id) is not None  # ORM after Core in one unit
