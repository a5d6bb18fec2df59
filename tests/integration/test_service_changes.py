"""Every writing service says what it changed: the kinds of data and the items it touched.

The GUI refreshes its screens from exactly these values, so a wrong kind here is a screen that shows
stale data (or redraws for nothing).
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.scheduling.recurrence import RecurringBlock
from planner.services import (
    data_exchange,
    itinerary,
    meetings,
    participants,
    planning,
    signed_documents,
    sites,
    vehicles,
    visit_admin,
    visits,
)
from planner.services.changes import WHOLE_VISIT, Changes, DataKind

T0 = datetime(2023, 5, 11, 5, 0, tzinfo=UTC)  # 10:00 in Atyrau
V, I, P, S, M, D, C = (  # noqa: E741 - one letter per kind keeps the expectations readable
    DataKind.VISITS,
    DataKind.ITEMS,
    DataKind.PARTICIPANTS,
    DataKind.SITES,
    DataKind.MEETINGS,
    DataKind.DOCUMENTS,
    DataKind.VEHICLES,
)


def kinds(changes: Changes) -> set[DataKind]:
    return set(changes.kinds)


def _visit(uow: UnitOfWork) -> int:
    created = visit_admin.create_visit(
        uow,
        {
            "title": "Test visit",
            "delegation_name": "Astrakhan delegation",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    )
    assert kinds(created.changes) == {V} and created.changes.item_ids == ()
    return created.id


def _item(uow: UnitOfWork, visit_id: int, title: str = "Talks", attendees: list[int] | None = None) -> int:
    values = {"kind": "meeting", "title": title, "starts_at": T0, "ends_at": T0 + timedelta(hours=1)}
    created = itinerary.add_item(uow, visit_id, values, attendees or [])
    assert created.changes == Changes.of(I, item_ids=[created.id])
    return created.id


def test_item_edits_name_items_and_the_item(uow: UnitOfWork) -> None:
    visit_id = _visit(uow)
    item = _item(uow, visit_id)
    moved = itinerary.move_item(uow, item, T0 + timedelta(hours=2))
    assert moved.changes == Changes.of(I, item_ids=[item])
    edited = itinerary.update_item(uow, item, {"title": "Talks with the akim"})
    assert edited.changes == Changes.of(I, item_ids=[item])
    person = participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"}).id
    attendees = itinerary.set_item_attendees(uow, item, [person])
    assert attendees.old == [] and attendees.changes == Changes.of(I, item_ids=[item])


def test_deleting_an_item_names_what_went_with_it(uow: UnitOfWork) -> None:
    visit_id = _visit(uow)
    plain = _item(uow, visit_id, "Lunch")
    gone = itinerary.delete_item(uow, plain)
    assert gone.changes == Changes.of(I, item_ids=[plain])
    assert itinerary.restore_item(uow, gone).changes == Changes.of(I, item_ids=[plain])

    talks = _item(uow, visit_id)
    meetings.create_meeting(uow, talks)
    car = vehicles.add_vehicle(uow, visit_id, {"label": "Car 1", "seats": 4}).id
    person = participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"}).id
    vehicles.set_seating(uow, car, talks, [person])
    memo = {"title": "Memo", "doc_type": "memorandum", "item_id": talks}
    signed_documents.add_document(uow, visit_id, memo)
    gone = itinerary.delete_item(uow, talks)
    assert kinds(gone.changes) == {I, M, C, D} and gone.changes.item_ids == (talks,)
    assert itinerary.restore_item(uow, gone).changes == gone.changes


def test_participant_edits_name_participants_and_a_deletion_what_referred_to_them(uow: UnitOfWork) -> None:
    visit_id = _visit(uow)
    anna = participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"})
    assert anna.changes == Changes.of(P)
    assert participants.update_participant(uow, anna.id, {"role": "Host"}).changes == Changes.of(P)
    bob = participants.add_participant(uow, visit_id, {"full_name": "Bob", "side": "host"}).id
    ranks = participants.set_ranks(uow, participants.ranks_for_order([bob, anna.id]))
    assert ranks.changes == Changes.of(P) and ranks.old == {bob: 2, anna.id: 1}

    alone = participants.delete_participant(uow, bob)
    assert alone.changes == Changes.of(P)  # Bob attended nothing, drove nowhere, signed nothing
    talks = _item(uow, visit_id, attendees=[anna.id])
    gone = participants.delete_participant(uow, anna.id)
    assert kinds(gone.changes) == {P, I} and gone.changes.item_ids == (talks,)
    assert participants.restore_participant(uow, gone).changes == gone.changes


def test_site_meeting_document_and_vehicle_edits_name_their_kind(uow: UnitOfWork) -> None:
    visit_id = _visit(uow)
    site = sites.add_site(uow, {"name": "Port of Atyrau", "address": "Port road 3"})
    assert site.changes == Changes.of(S)
    # items show their site's name and are checked against its opening hours
    assert sites.update_site(uow, site.id, {"opening_hours": "24/7"}).changes == Changes.of(S, I)
    assert sites.delete_site(uow, site.id).changes == Changes.of(S)

    item = _item(uow, visit_id)
    meeting = meetings.create_meeting(uow, item)
    assert meeting.changes == Changes.of(M)  # no item id: the item itself did not change
    outcome = meetings.add_outcome(uow, meeting.id, {"text": "Agreed"})
    assert meetings.update_outcome(uow, outcome.id, {"text": "Agreed twice"}).changes == Changes.of(M)

    document = signed_documents.add_document(uow, visit_id, {"title": "Memo", "doc_type": "memorandum"})
    assert document.changes == Changes.of(D)
    signatories = signed_documents.set_signatories(uow, document.id, [{"name": "I. Babushkin"}])
    assert signatories.changes == Changes.of(D)

    car = vehicles.add_vehicle(uow, visit_id, {"label": "Car 1", "seats": 4})
    assert car.changes == Changes.of(C)
    assert vehicles.set_seating(uow, car.id, None, []).changes == Changes.of(C)


def test_visit_header_edits_name_items_only_when_they_shape_the_items(uow: UnitOfWork) -> None:
    visit_id = _visit(uow)
    assert visit_admin.update_visit(uow, visit_id, {"title": "Renamed"}).changes == Changes.of(V)
    assert visit_admin.archive_visit(uow, visit_id).changes == Changes.of(V)
    zone = visit_admin.update_visit(uow, visit_id, {"host_timezone": "Asia/Almaty"})
    assert zone.changes == Changes.of(V, I)


def test_a_whole_visit_added_or_removed_changes_every_kind_it_holds(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    copy = visit_admin.duplicate_visit(UnitOfWork(db.sessions), visit_id)
    assert copy.changes == WHOLE_VISIT
    assert kinds(WHOLE_VISIT) == {V, I, P, S, M, D, C, DataKind.GIFTS}  # a visit holds its gifts too
    gone = visit_admin.delete_visit(UnitOfWork(db.sessions), copy.id)
    assert gone.changes == WHOLE_VISIT
    back = visits.import_data(UnitOfWork(db.sessions), gone.snapshot, validated=True)
    assert back.changes == WHOLE_VISIT and back.id != visit_id


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def test_list_imports_name_what_they_wrote_and_a_dry_run_nothing(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    new_site = _csv(tmp_path / "sites.csv", [["name", "address"], ["Fish market", "Quay 1"]])
    dry = data_exchange.import_sites(UnitOfWork(db.sessions), new_site, dry_run=True)
    assert not dry.written and dry.changes == Changes()
    assert data_exchange.import_sites(UnitOfWork(db.sessions), new_site).changes == Changes.of(S)
    # the same site again: matched and updated, and the items going there show it
    again = data_exchange.import_sites(UnitOfWork(db.sessions), new_site)
    assert again.matched == 1 and again.changes == Changes.of(S, I)

    people = _csv(tmp_path / "people.csv", [["full name", "side"], ["Dana Serikova", "host"]])
    imported = data_exchange.import_participants(UnitOfWork(db.sessions), visit_id, people)
    assert imported.written and imported.changes == Changes.of(P)


def test_planning_writes_name_the_items_they_touched(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    block = RecurringBlock("Breakfast", "meal", "FREQ=DAILY", time(7, 30), 45)
    added = planning.add_recurring_block(UnitOfWork(db.sessions), visit_id, block)
    assert added.changes == Changes.of(I, item_ids=added.ids) and len(added.ids) == 2
    assert planning.remove_items(UnitOfWork(db.sessions), added.ids) == Changes.of(I, item_ids=added.ids)
    hours = planning.set_opening_hours(UnitOfWork(db.sessions), 1, "24/7")
    assert hours.changes == Changes.of(S, I)

    proposal = planning.propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.2)
    applied = planning.apply_proposal(UnitOfWork(db.sessions), proposal)
    assert I in applied.changes.kinds
    assert set(applied.changes.item_ids) == set(applied.moved) | set(applied.dropped)
    undone = planning.apply_proposal(UnitOfWork(db.sessions), applied.inverse)
    assert set(undone.changes.item_ids) == set(applied.changes.item_ids)
