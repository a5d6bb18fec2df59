"""The tracker's quick re-check after a drag gives the same conflicts as checking the whole visit."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from planner.interchange.synthetic import synthetic_visit
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.item_lookup import items_by_ids
from planner.queries.itinerary import visit_items
from planner.services import itinerary
from planner.services.visits import import_data
from ui.conflict_tracker import WHOLE_VISIT_RULES, ConflictTracker
from ui.engine import check_conflicts


def _key(conflicts: Any) -> set[tuple[str, tuple[int, ...], str]]:
    return {
        (c.rule, tuple(sorted(c.item_ids)), c.message) for c in conflicts if c.rule not in WHOLE_VISIT_RULES
    }


def test_quick_recheck_matches_the_full_check(qtbot: QtBot, db: Database) -> None:
    def make_uow() -> UnitOfWork:
        return UnitOfWork(db.sessions)

    visit_id = import_data(
        make_uow(), synthetic_visit(sites=15, participants=12, items=160, days=2, groups=2)
    )
    later: list[Any] = []
    # the quick check runs at once here (in the application: on the thread pool); the full one waits
    tracker = ConflictTracker(
        make_uow,
        run_quietly=lambda work, done: later.append((work, done)),
        run_local=lambda work, done: done(work()),
        background_from=0,
    )
    tracker._defer = lambda job: job()
    tracker.visit_id = visit_id
    tracker._apply_full(tracker._full(visit_id), tracker._generation)
    assert tracker.conflicts is not None
    with make_uow() as uow:
        rows = visit_items(uow, visit_id)
    rng = random.Random(7)
    for _ in range(12):
        row = rng.choice(rows)
        shift = timedelta(minutes=rng.choice([-95, -40, -15, 10, 35, 80]))
        itinerary.move_item(make_uow(), row.id, row.starts_at + shift)
        with make_uow() as uow:
            (moved,) = items_by_ids(uow, [row.id])
        tracker.items_moved([row], [moved])
        full = check_conflicts(make_uow, visit_id)
        assert _key(tracker.conflicts) == _key(full)
        rows = [moved if r.id == moved.id else r for r in rows]
    # the background full check was asked for after every quick one, and replaces everything when run
    assert len(later) == 12
    work, done = later[-1]
    done(work())
    assert {(c.rule, c.message) for c in tracker.conflicts or []} == {
        (c.rule, c.message) for c in check_conflicts(make_uow, visit_id) or []
    }
