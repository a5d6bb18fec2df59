"""After a drag the tracker shows exactly the conflicts of a full check, at once."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.item_lookup import items_by_ids
from planner.queries.itinerary import visit_items
from planner.services import itinerary
from planner.services.visits import import_data
from tests.support.synthetic import synthetic_visit
from ui.conflict_tracker import ConflictTracker
from ui.engine import check_conflicts


def test_moves_update_the_conflicts_to_what_a_full_check_finds(qtbot: QtBot, db: Database) -> None:
    def make_uow() -> UnitOfWork:
        return UnitOfWork(db.sessions)

    visit_id = import_data(
        make_uow(), synthetic_visit(sites=15, participants=12, items=160, days=2, groups=2)
    ).id
    later: list[Any] = []
    # a "very large" visit: its full check goes to the thread pool (here: a list run by hand)
    tracker = ConflictTracker(
        make_uow, run_quietly=lambda work, done: later.append((work, done)), background_from=0
    )
    changes: list[int] = []
    tracker.changed.connect(lambda: changes.append(1))
    tracker.check_all(visit_id, 160)
    assert tracker.conflicts is None and tracker.pending == 1
    work, done = later.pop()
    done(work())
    assert tracker.conflicts == check_conflicts(make_uow, visit_id) and tracker.pending == 0
    with make_uow() as uow:
        rows = visit_items(uow, visit_id)
    rng = random.Random(7)
    for n in range(12):
        row = rng.choice(rows)
        shift = timedelta(minutes=rng.choice([-95, -40, -15, 10, 35, 80, 24 * 60]))
        itinerary.move_item(make_uow(), row.id, row.starts_at + shift)
        with make_uow() as uow:
            (moved,) = items_by_ids(uow, [row.id])
        tracker.items_moved([row], [moved])
        # updated at once, on this thread, with no check left to run
        assert len(changes) == n + 2 and not later and tracker.pending == 0
        full = check_conflicts(make_uow, visit_id)
        assert tracker.conflicts == full
        by_item: dict[int, list[str]] = {}
        for c in full:
            for item_id in c.item_ids:
                by_item.setdefault(item_id, []).append(c.message)
        assert tracker.by_item == by_item
        assert tracker.travel_pairs == {c.item_ids for c in full if c.rule == "travel_time"}
        rows = [moved if r.id == moved.id else r for r in rows]


def test_a_move_while_the_first_check_runs_starts_it_again(qtbot: QtBot, db: Database) -> None:
    def make_uow() -> UnitOfWork:
        return UnitOfWork(db.sessions)

    visit_id = import_data(
        make_uow(), synthetic_visit(sites=5, participants=6, items=30, days=1, groups=1)
    ).id
    later: list[Any] = []
    tracker = ConflictTracker(
        make_uow, run_quietly=lambda work, done: later.append((work, done)), background_from=0
    )
    tracker.check_all(visit_id, 30)
    with make_uow() as uow:
        row = visit_items(uow, visit_id)[3]
    itinerary.move_item(make_uow(), row.id, row.starts_at + timedelta(minutes=20))
    with make_uow() as uow:
        (moved,) = items_by_ids(uow, [row.id])
    tracker.items_moved([row], [moved])
    assert len(later) == 2
    stale, fresh = later
    stale[1](stale[0]())  # the check started before the move is dropped...
    assert tracker.conflicts is None
    fresh[1](fresh[0]())  # ...the one after it is shown
    assert tracker.conflicts == check_conflicts(make_uow, visit_id)


def test_another_visit_shows_no_conflicts_of_the_last_one_while_it_is_checked(
    qtbot: QtBot, db: Database
) -> None:
    def make_uow() -> UnitOfWork:
        return UnitOfWork(db.sessions)

    first = import_data(make_uow(), synthetic_visit(sites=5, participants=6, items=30, days=1, groups=1)).id
    second = import_data(make_uow(), synthetic_visit(sites=5, participants=6, items=40, days=1, groups=1)).id
    later: list[Any] = []
    tracker = ConflictTracker(
        make_uow, run_quietly=lambda work, done: later.append((work, done)), background_from=35
    )
    tracker.check_all(first, 30)  # small: at once
    assert tracker.conflicts == check_conflicts(make_uow, first) and tracker.by_item
    tracker.check_all(second, 40)  # large: in the background
    assert tracker.conflicts is None and not tracker.by_item and not tracker.travel_pairs
    work, done = later.pop()
    done(work())
    assert tracker.conflicts == check_conflicts(make_uow, second)


def test_the_conflicts_are_written_in_the_interface_language(qtbot: QtBot, db: Database) -> None:
    from ui.i18n import current_language, install_language

    def make_uow() -> UnitOfWork:
        return UnitOfWork(db.sessions)

    visit_id = import_data(
        make_uow(), synthetic_visit(sites=8, participants=8, items=80, days=2, groups=2)
    ).id
    english = check_conflicts(make_uow, visit_id, "en")
    assert english
    try:
        assert install_language("ru") and current_language() == "ru"
        tracker = ConflictTracker(make_uow, run_quietly=lambda work, done: done(work()))
        tracker.check_all(visit_id, 80)
        russian = check_conflicts(make_uow, visit_id, "ru")
        assert tracker.conflicts == russian == check_conflicts(make_uow, visit_id)
        assert [(c.rule, c.item_ids) for c in russian] == [(c.rule, c.item_ids) for c in english]
        assert all(r.message != e.message for r, e in zip(russian, english, strict=True))
        # a drag writes its new sentences in the same language
        with make_uow() as uow:
            row = visit_items(uow, visit_id)[5]
        itinerary.move_item(make_uow(), row.id, row.starts_at + timedelta(minutes=35))
        with make_uow() as uow:
            (moved,) = items_by_ids(uow, [row.id])
        tracker.items_moved([row], [moved])
        assert tracker.conflicts == check_conflicts(make_uow, visit_id, "ru")
    finally:
        install_language("en")
    assert current_language() == "en"
