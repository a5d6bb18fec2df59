"""Planning services on real SQLite: recurring blocks, overrides, opening hours, stale proposals."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import select

from planner.domain.errors import ConcurrencyError, NotFoundError, ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import Group, ItineraryItem, Site, TravelTimeOverride, item_groups
from planner.persistence.uow import UnitOfWork
from planner.scheduling.recurrence import RecurringBlock
from planner.services.planning import (
    add_recurring_block,
    apply_proposal,
    check_visit,
    propose_plan,
    remove_items,
    set_opening_hours,
    set_travel_override,
)


def test_recurring_breakfast_becomes_one_pinned_item_per_day(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with db.sessions() as s:
        group_ids = tuple(s.scalars(select(Group.id).where(Group.visit_id == visit_id)))
        hotel = s.scalar(select(Site.id).order_by(Site.id))
    block = RecurringBlock(
        "Завтрак", "meal", "FREQ=DAILY", time(7, 30), 45, site_id=hotel, group_ids=group_ids
    )
    ids = add_recurring_block(UnitOfWork(db.sessions), visit_id, block).ids
    assert len(ids) == 2  # the sample visit lasts two days
    with db.sessions() as s:
        items = s.scalars(select(ItineraryItem).where(ItineraryItem.id.in_(ids))).all()
        assert all(i.pinned and i.kind == "meal" for i in items)
        # 07:30 in Atyrau (UTC+5) is 02:30 UTC
        assert sorted((i.starts_at.hour, i.starts_at.minute) for i in items) == [(2, 30), (2, 30)]
        assert all(i.ends_at - i.starts_at == timedelta(minutes=45) for i in items)
    report = check_visit(UnitOfWork(db.sessions), visit_id)
    assert {c.rule for c in report.conflicts if set(c.item_ids) & set(ids)} == {
        "outside_day_window",
        "outside_stay",
    }
    # the first morning's breakfast is before the delegation arrives (the arrival item at 08:30)
    first = min(ids, key=lambda i: next(x.starts_at for x in items if x.id == i))
    assert [
        c.item_ids for c in report.conflicts if c.rule == "outside_stay" and set(c.item_ids) & set(ids)
    ] == [(first,)]
    remove_items(UnitOfWork(db.sessions), ids)
    with pytest.raises(ValidationError, match="not a recurrence rule"):
        add_recurring_block(
            UnitOfWork(db.sessions), visit_id, RecurringBlock("x", "meal", "FREQ=NEVER", time(8, 0), 30)
        )
    with pytest.raises(NotFoundError):
        add_recurring_block(UnitOfWork(db.sessions), 999, block)


def test_override_changes_the_check_and_is_undone_by_setting_the_old_value(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with db.sessions() as s:
        rows = s.execute(
            select(ItineraryItem.site_id, item_groups.c.group_id)
            .join(item_groups, item_groups.c.item_id == ItineraryItem.id)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "site_visit")
            .order_by(ItineraryItem.starts_at)
        ).all()
    # the first two site visits of the group that starts the day: consecutive for all its members
    first = rows[0]
    second = next(r for r in rows[1:] if r[1] == first[1])
    # a two-hour drive between the two first sites of the morning cannot fit
    change = set_travel_override(UnitOfWork(db.sessions), first[0], second[0], 120)
    with db.sessions() as s:
        assert (
            s.scalar(select(TravelTimeOverride.minutes).where(TravelTimeOverride.from_site_id == first[0]))
            == 120
        )
    errors = check_visit(UnitOfWork(db.sessions), visit_id).errors
    assert any(c.rule == "travel_time" and "the drive takes 120 min" in c.message for c in errors)
    undo = set_travel_override(UnitOfWork(db.sessions), first[0], second[0], change.old_minutes)
    assert undo.old_minutes == 120
    assert check_visit(UnitOfWork(db.sessions), visit_id).errors == []
    with pytest.raises(ValidationError, match="0 to 1440"):
        set_travel_override(UnitOfWork(db.sessions), first[0], second[0], -5)


def test_opening_hours_that_parse_are_saved_and_reported_back(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    change = set_opening_hours(UnitOfWork(db.sessions), 1, " Mo-Fr 09:00-13:00,14:00-18:00 ")
    old, new = change.old["opening_hours"], change.new["opening_hours"]
    assert new == "Mo-Fr 09:00-13:00,14:00-18:00"
    with db.sessions() as s:
        assert s.get(Site, 1).opening_hours == new
    set_opening_hours(UnitOfWork(db.sessions), 1, old)
    with pytest.raises(NotFoundError):
        set_opening_hours(UnitOfWork(db.sessions), 99_999, "24/7")


def test_a_stale_proposal_is_refused_whole(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.2)
    moved = proposal.moves[-1].item_id
    with db.sessions.begin() as s:
        item = s.get(ItineraryItem, moved)
        item.starts_at += timedelta(minutes=5)
        item.ends_at += timedelta(minutes=5)
    with db.sessions() as s:
        before = s.execute(select(ItineraryItem.id, ItineraryItem.starts_at).order_by(ItineraryItem.id)).all()
    with pytest.raises(ConcurrencyError, match="plan again"):
        apply_proposal(UnitOfWork(db.sessions), proposal)
    with db.sessions() as s:
        assert (
            s.execute(select(ItineraryItem.id, ItineraryItem.starts_at).order_by(ItineraryItem.id)).all()
            == before
        )
