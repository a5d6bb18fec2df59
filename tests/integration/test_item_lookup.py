"""A few items read by id equal the same items read with the whole visit (a screen compares them)."""

from __future__ import annotations

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.item_lookup import items_by_ids
from planner.queries.itinerary import visit_items


def test_items_read_by_id_equal_those_read_with_the_visit(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        whole = {row.id: row for row in visit_items(uow, visit_id)}
        by_id = items_by_ids(uow, list(whole))
    assert len(by_id) == len(whole)
    assert [row for row in by_id if row != whole[row.id]] == []
