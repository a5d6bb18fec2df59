"""Editing services against a real SQLite database: validation, one transaction, inverse verbs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from planner.domain.errors import ConcurrencyError, ValidationError
from planner.persistence.tables import ActionItem, Participant, Seating, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.meetings import visit_meetings
from planner.queries.participants import visit_participants
from planner.queries.signed_documents import visit_documents
from planner.queries.sites import list_sites
from planner.queries.vehicles import visit_vehicles
from planner.services import (
    itinerary,
    meetings,
    participants,
    signed_documents,
    sites,
    vehicles,
    visit_admin,
)

T0 = datetime(2023, 5, 11, 5, 0, tzinfo=UTC)  # 10:00 in Atyrau


@pytest.fixture
def visit_id(uow: UnitOfWork) -> int:
    return visit_admin.create_visit(
        uow,
        {
            "title": "Test visit",
            "delegation_name": "Astrakhan delegation",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.where: p.reason for p in error.value.problems}


def test_create_visit_refuses_end_before_start_and_unknown_zone(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as error:
        visit_admin.create_visit(
            uow,
            {
                "title": "X",
                "delegation_name": "D",
                "start_date": date(2023, 5, 12),
                "end_date": date(2023, 5, 11),
                "host_timezone": "Asia/Nowhere",
                "home_timezone": "Europe/Astrakhan",
            },
        )
    found = _problems(error)
    assert "end is before the start" in found["end_date"]
    assert "unknown time zone" in found["host_timezone"]


def test_participant_invalid_email_saves_nothing_then_valid_one_is_saved(
    uow: UnitOfWork, visit_id: int
) -> None:
    with pytest.raises(ValidationError) as error:
        participants.add_participant(
            uow, visit_id, {"full_name": "Igor B", "side": "guest", "email": "igor@"}
        )
    assert "not a valid e-mail" in _problems(error)["email"]
    with uow:
        assert uow.session.scalar(select(func.count()).select_from(Participant)) == 0
    created = participants.add_participant(
        uow, visit_id, {"full_name": "Igor B", "side": "guest", "email": "igor@example.org"}
    )
    with uow:
        rows = visit_participants(uow, visit_id)
    assert [(r.id, r.email, r.protocol_rank) for r in rows] == [(created.id, "igor@example.org", 1)]


def test_a_namesake_is_a_second_person_not_a_refusal(uow: UnitOfWork, visit_id: int) -> None:
    first = participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"})
    second = participants.add_participant(uow, visit_id, {"full_name": "Anna ", "side": "guest"})
    with uow:
        rows = visit_participants(uow, visit_id)
    assert sorted((r.id, r.full_name, r.side) for r in rows) == [
        (first.id, "Anna", "host"),
        (second.id, "Anna", "guest"),
    ]


def test_ranks_reorder_and_undo(uow: UnitOfWork, visit_id: int) -> None:
    ids = [participants.add_participant(uow, visit_id, {"full_name": n, "side": "guest"}).id for n in "ABC"]
    old = participants.set_ranks(uow, participants.ranks_for_order([ids[2], ids[0], ids[1]])).old
    with uow:
        assert [r.full_name for r in visit_participants(uow, visit_id)] == ["C", "A", "B"]
    participants.set_ranks(uow, old)
    with uow:
        assert [r.full_name for r in visit_participants(uow, visit_id)] == ["A", "B", "C"]


def test_item_end_before_start_and_unknown_site_are_refused(uow: UnitOfWork, visit_id: int) -> None:
    with pytest.raises(ValidationError) as error:
        itinerary.add_item(
            uow,
            visit_id,
            {
                "kind": "site_visit",
                "title": "Port",
                "starts_at": T0,
                "ends_at": T0 - timedelta(hours=1),
                "site_id": 999,
            },
        )
    found = _problems(error)
    assert "end is not after the start" in found["ends_at"]
    assert "unknown site" in found["site_id"]


def test_move_item_with_version_check_and_undo(uow: UnitOfWork, visit_id: int) -> None:
    created = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "site_visit", "title": "Port", "starts_at": T0, "ends_at": T0 + timedelta(hours=1)},
    )
    moved = itinerary.move_item(uow, created.id, T0 + timedelta(hours=2), expected_version=created.version)
    assert moved.old == {"starts_at": T0, "ends_at": T0 + timedelta(hours=1)}
    with uow:
        row = visit_items(uow, visit_id)[0]
    assert (row.starts_at, row.minutes) == (T0 + timedelta(hours=2), 60)
    with pytest.raises(ConcurrencyError):
        itinerary.move_item(uow, created.id, T0, expected_version=created.version)
    itinerary.update_item(uow, created.id, moved.old, expected_version=moved.version)
    with uow:
        assert visit_items(uow, visit_id)[0].starts_at == T0


def test_delete_item_with_meeting_and_restore(uow: UnitOfWork, visit_id: int) -> None:
    person = participants.add_participant(uow, visit_id, {"full_name": "Akim", "side": "host"}).id
    item = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "meeting", "title": "Talks", "starts_at": T0, "ends_at": T0 + timedelta(hours=1)},
        attendee_ids=[person],
    ).id
    meeting = meetings.create_meeting(uow, item, {"agenda": ["Flights"]}).id
    outcome = meetings.add_outcome(uow, meeting, {"topic": "Transport", "text": "Restore flights"}).id
    meetings.add_action_item(
        uow, outcome, {"description": "Ask airlines", "owner_id": person, "due_date": date(2023, 9, 1)}
    )
    gone = itinerary.delete_item(uow, item)
    with uow:
        assert uow.session.scalar(select(func.count()).select_from(ActionItem)) == 0
    itinerary.restore_item(uow, gone)
    with uow:
        (row,) = visit_meetings(uow, visit_id)
    assert row.hosts == ("Akim",)
    assert row.outcomes[0].actions[0].owner == "Akim"
    assert row.outcomes[0].actions[0].due_date == date(2023, 9, 1)


def test_action_item_unknown_owner_and_bad_status(uow: UnitOfWork, visit_id: int) -> None:
    item = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "meeting", "title": "Talks", "starts_at": T0, "ends_at": T0 + timedelta(hours=1)},
    ).id
    meeting = meetings.create_meeting(uow, item).id
    outcome = meetings.add_outcome(uow, meeting, {"text": "Agreed"}).id
    with pytest.raises(ValidationError) as error:
        meetings.add_action_item(uow, outcome, {"description": "Do", "owner_id": 4242, "status": "someday"})
    found = _problems(error)
    assert "unknown participant" in found["owner_id"]
    assert "'someday' is not one of" in found["status"]


def test_site_validation_and_delete_refused_when_used(uow: UnitOfWork, visit_id: int) -> None:
    with pytest.raises(ValidationError) as error:
        sites.add_site(
            uow, {"name": "Port", "latitude": 120.0, "opening_hours": "whenever", "contact_email": "x"}
        )
    found = _problems(error)
    assert "between -90 and 90" in found["latitude"]
    assert "'whenever' is not valid opening hours" in found["opening_hours"]
    assert "expected" not in found["opening_hours"]  # the parser's grammar words are not shown
    assert "not a valid e-mail" in found["contact_email"]
    site = sites.add_site(
        uow, {"name": "Port", "latitude": 47.1, "longitude": 51.9, "opening_hours": "Mo-Fr 09:00-18:00"}
    ).id
    itinerary.add_item(
        uow,
        visit_id,
        {
            "kind": "site_visit",
            "title": "Port",
            "starts_at": T0,
            "ends_at": T0 + timedelta(hours=1),
            "site_id": site,
        },
    )
    with pytest.raises(ValidationError, match="used by 1 itinerary item"):
        sites.delete_site(uow, site)
    with uow:
        assert list_sites(uow, visit_id)[0].uses == 1


def test_documents_signatories_commitments_roundtrip(uow: UnitOfWork, visit_id: int) -> None:
    with pytest.raises(ValidationError) as error:
        signed_documents.add_document(
            uow,
            visit_id,
            {
                "title": "Plan",
                "doc_type": "plan",
                "term_start": date(2026, 1, 1),
                "term_end": date(2023, 1, 1),
            },
        )
    assert "end is before the start" in _problems(error)["term_end"]
    doc = signed_documents.add_document(
        uow, visit_id, {"title": "Plan 2023-2026", "doc_type": "plan", "parties": ["Astrakhan", "Atyrau"]}
    ).id
    old = signed_documents.set_signatories(uow, doc, [{"name": "I. Babushkin", "party": "Astrakhan"}]).old
    assert old == []
    signed_documents.add_commitment(uow, doc, {"text": "Trade fair", "area": "trade"})
    gone = signed_documents.delete_document(uow, doc)
    signed_documents.restore_document(uow, gone)
    with uow:
        (row,) = visit_documents(uow, visit_id)
    assert [s.name for s in row.signatories] == ["I. Babushkin"]
    assert [c.text for c in row.commitments] == ["Trade fair"]


def test_seating_refuses_more_passengers_than_seats(uow: UnitOfWork, visit_id: int) -> None:
    people = [
        participants.add_participant(uow, visit_id, {"full_name": n, "side": "guest"}).id for n in "ABC"
    ]
    car = vehicles.add_vehicle(uow, visit_id, {"label": "Car 1", "seats": 2}).id
    with pytest.raises(ValidationError, match="3 passengers but vehicle Car 1 has 2 seats"):
        vehicles.set_seating(uow, car, None, people)
    assert vehicles.set_seating(uow, car, None, people[:2]).old == []
    with uow:
        (row,) = visit_vehicles(uow, visit_id)
    assert row.passengers == ("A", "B")
    gone = participants.delete_participant(uow, people[0])
    with uow:
        assert uow.session.scalar(select(func.count()).select_from(Seating)) == 1
    participants.restore_participant(uow, gone)
    with uow:
        assert visit_vehicles(uow, visit_id)[0].passengers == ("A", "B")


def test_duplicate_and_archive_visit(uow: UnitOfWork, visit_id: int) -> None:
    participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"})
    copy = visit_admin.duplicate_visit(uow, visit_id).id
    with uow:
        assert [r.full_name for r in visit_participants(uow, copy)] == ["Anna"]
    change = visit_admin.archive_visit(uow, visit_id)
    assert change.old == {"status": "draft"}
    visit_admin.delete_visit(uow, copy)
    with uow:
        if uow.session.get_bind().dialect.name == "sqlite":
            assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert uow.session.scalar(select(func.count()).select_from(Site)) == 0
