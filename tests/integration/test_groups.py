"""Groups of a visit: made, renamed, filled, given items and a stay, deleted and restored, each with its
change-log rows; bad input refused in words with nothing changed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.queries.groups import participant_stay, visit_groups
from planner.services import groups


def _people_and_item(db: Database, visit_id: int) -> tuple[list[int], int]:
    with db.sessions() as s:
        people = list(s.scalars(select(Participant.id).where(Participant.visit_id == visit_id).limit(3)))
        item = s.scalar(select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id).limit(1))
    assert item is not None
    return people, item


def _log(db: Database, table: str, record: int) -> list[tuple[str, str]]:
    with db.sessions() as s:
        return [
            (row.action, row.field)
            for row in s.scalars(
                select(ChangeLog).where(ChangeLog.table_name == table, ChangeLog.record_id == record)
            )
        ]


def test_a_group_is_made_filled_given_an_item_deleted_and_restored(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    people, item = _people_and_item(db, visit_id)
    made = groups.add_group(uow, visit_id, "  Пресса & «гости» Әңгіме ")
    renamed = groups.rename_group(uow, made.id, "Пресса & «гости» Қоғам")
    assert renamed.old == {"name": "Пресса & «гости» Әңгіме"}
    groups.add_members(uow, made.id, people[:2])
    old_groups = groups.set_item_groups(uow, {item: [made.id]}).old
    with uow:
        row = next(g for g in visit_groups(uow, visit_id) if g.id == made.id)
    assert row.name == "Пресса & «гости» Қоғам"
    assert row.member_ids == tuple(sorted(people[:2])) and row.item_ids == (item,)
    assert ("insert", "") in _log(db, "groups", made.id)
    assert ("update", "name") in _log(db, "groups", made.id)
    assert ("update", "members") in _log(db, "groups", made.id)
    assert ("update", "groups") in _log(db, "itinerary_items", item)

    removed = groups.remove_members(uow, made.id, people[:1])
    assert removed.old == {made.id: sorted(people[:2])}
    deleted = groups.delete_group(uow, made.id)
    with uow:
        assert made.id not in {g.id for g in visit_groups(uow, visit_id)}
    groups.restore_group(uow, deleted)
    with uow:
        row = next(g for g in visit_groups(uow, visit_id) if g.id == made.id)
    assert row.member_ids == (people[1],) and row.item_ids == (item,)
    groups.set_item_groups(uow, old_groups)
    with uow:
        row = next(g for g in visit_groups(uow, visit_id) if g.id == made.id)
    assert row.item_ids == ()


def test_bad_names_and_foreign_people_are_refused_in_words(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    with uow:
        existing = visit_groups(uow, visit_id)[0]
    with pytest.raises(ValidationError, match="must not be empty"):
        groups.add_group(uow, visit_id, "   ")
    with pytest.raises(ValidationError, match="already has a group named"):
        groups.add_group(uow, visit_id, existing.name)
    with pytest.raises(ValidationError, match="not in the group's visit"):
        groups.add_members(uow, existing.id, [999_999])
    with uow:
        assert visit_groups(uow, visit_id)[0] == existing


def test_a_participant_and_a_group_get_an_arrival_and_departure(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    people, _ = _people_and_item(db, visit_id)
    zone = ZoneInfo("Asia/Atyrau")
    arrives = datetime(2023, 5, 11, 14, 0, tzinfo=zone)
    leaves = datetime(2023, 5, 12, 12, 0, tzinfo=zone)
    old = groups.set_stay(uow, "participant", people[0], {"arrival_at": arrives, "departure_at": leaves}).old
    with uow:
        stay = participant_stay(uow, people[0])
    assert stay.arrival_at == arrives and stay.departure_at == leaves
    assert ("update", "arrival_at") in _log(db, "participants", people[0])
    with pytest.raises(ValidationError, match="after the arrival"):
        groups.set_stay(uow, "participant", people[0], {"departure_at": arrives})
    groups.set_stay(uow, "participant", people[0], old)
    with uow:
        assert participant_stay(uow, people[0]).arrival_at is None
