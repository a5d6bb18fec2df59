"""Every talk of the programme is a meeting: an item of kind meeting is listed before it has a record, and
its first edit (an outcome included) makes the record in one transaction, undone as a whole."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import Meeting, Outcome
from planner.persistence.uow import UnitOfWork
from planner.queries.meetings import items_without_meeting, visit_meetings
from planner.services import itinerary, meetings, visit_admin

T0 = datetime(2026, 9, 15, 5, 0, tzinfo=UTC)  # 10:00 in Atyrau


@pytest.fixture
def visit_id(uow: UnitOfWork) -> int:
    return visit_admin.create_visit(
        uow,
        {
            "title": "Visit of the Astrakhan region delegation",
            "delegation_name": "Astrakhan region delegation",
            "start_date": date(2026, 9, 15),
            "end_date": date(2026, 9, 16),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def _item(uow: UnitOfWork, visit_id: int, kind: str, title: str, hours: int = 0) -> int:
    start = T0 + timedelta(hours=hours)
    return itinerary.add_item(
        uow,
        visit_id,
        {"kind": kind, "title": title, "starts_at": start, "ends_at": start + timedelta(hours=1)},
    ).id


def _meeting_records(uow: UnitOfWork) -> int:
    with uow:
        return int(uow.session.scalar(select(func.count()).select_from(Meeting)) or 0)


def test_a_new_item_of_kind_meeting_is_listed_without_a_record(uow: UnitOfWork, visit_id: int) -> None:
    talks = _item(uow, visit_id, "meeting", "Talks between the delegations", hours=2)
    lunch = _item(uow, visit_id, "meal", "Lunch", hours=4)
    with uow:
        listed = visit_meetings(uow, visit_id, with_unrecorded=True)
        plain = visit_meetings(uow, visit_id)
        offered = items_without_meeting(uow, visit_id)
    (row,) = listed
    assert (row.item_id, row.id, row.recorded, row.title) == (
        talks,
        None,
        False,
        "Talks between the delegations",
    )
    assert row.format == "extended" and row.agenda == () and row.outcomes == ()
    assert plain == []  # the documents' and the print page's list: records only, as before
    # "New meeting…" offers the other items only: the talks are on the list already
    assert [choice.id for choice in offered] == [lunch]
    assert _meeting_records(uow) == 0  # listing stores nothing


def test_an_item_changed_to_meeting_is_listed_and_changed_back_is_not(uow: UnitOfWork, visit_id: int) -> None:
    item = _item(uow, visit_id, "ceremony", "Signing and talks")
    with uow:
        assert visit_meetings(uow, visit_id, with_unrecorded=True) == []
    changed = itinerary.update_item(uow, item, {"kind": "meeting"})
    with uow:
        assert [r.item_id for r in visit_meetings(uow, visit_id, with_unrecorded=True)] == [item]
    itinerary.update_item(uow, item, changed.old)  # undo
    with uow:
        assert visit_meetings(uow, visit_id, with_unrecorded=True) == []
    assert _meeting_records(uow) == 0


def test_a_first_outcome_makes_the_record_with_it_and_undo_takes_both(uow: UnitOfWork, visit_id: int) -> None:
    item = _item(uow, visit_id, "meeting", "Talks")
    created = meetings.create_meeting(uow, item, outcome={"topic": "Transport", "text": "Restore flights"})
    with uow:
        (row,) = visit_meetings(uow, visit_id, with_unrecorded=True)
    assert row.id == created.id and row.recorded
    assert [(o.topic, o.text) for o in row.outcomes] == [("Transport", "Restore flights")]
    gone = meetings.delete_meeting(uow, created.id)
    with uow:
        (row,) = visit_meetings(uow, visit_id, with_unrecorded=True)
        assert uow.session.scalar(select(func.count()).select_from(Outcome)) == 0
    assert row.id is None and row.outcomes == ()
    meetings.restore_meeting(uow, gone)  # redo: the same record, with its outcome
    with uow:
        (row,) = visit_meetings(uow, visit_id, with_unrecorded=True)
    assert row.id == created.id and [o.text for o in row.outcomes] == ["Restore flights"]


def test_an_empty_first_outcome_is_refused_and_no_record_is_left(uow: UnitOfWork, visit_id: int) -> None:
    item = _item(uow, visit_id, "meeting", "Talks")
    with pytest.raises(ValidationError) as error:
        meetings.create_meeting(uow, item, {"format": "narrow"}, outcome={"topic": "Transport", "text": " "})
    assert [p.where for p in error.value.problems] == ["text"]
    assert _meeting_records(uow) == 0


def test_the_sample_lists_its_four_meetings_once_each(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db)
    with uow:
        listed = visit_meetings(uow, visit_id, with_unrecorded=True)
        recorded = visit_meetings(uow, visit_id)
    assert len(listed) == 4 and all(r.recorded for r in listed)
    assert [r.id for r in listed] == [r.id for r in recorded]
