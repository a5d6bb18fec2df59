"""Writes made with SQLAlchemy Core (bulk inserts, link tables, undo) reach the change log and row versions.

The ORM flush logs what it writes by itself; these tests cover the paths that bypass it: undoing a delete,
changing who attends an item, removing items outright, a recurring block and importing a whole visit.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy import select

from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Group, ItineraryItem, Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.change_log import visit_changes
from planner.scheduling.recurrence import RecurringBlock
from planner.services.itinerary import delete_item, restore_item, set_item_attendees
from planner.services.planning import add_recurring_block, remove_items
from tests.support.synthetic import synthetic_visit


def _visit(db: Database, items: int = 4) -> int:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=2, participants=4, items=items))
        uow.commit()
    return visit_id


def _log(db: Database, table: str, record_id: int) -> list[Any]:
    """The change-log rows of one record, oldest first."""
    with UnitOfWork(db.sessions) as uow:
        stmt = (
            select(ChangeLog.__table__)
            .where(ChangeLog.table_name == table, ChangeLog.record_id == record_id)
            .order_by(ChangeLog.id)
        )
        return list(uow.session.execute(stmt))


def _items(db: Database, visit_id: int) -> list[Any]:
    """(id, title, version) of a visit's items, by id."""
    with UnitOfWork(db.sessions) as uow:
        stmt = (
            select(ItineraryItem.id, ItineraryItem.title, ItineraryItem.version)
            .where(ItineraryItem.visit_id == visit_id)
            .order_by(ItineraryItem.id)
        )
        return list(uow.session.execute(stmt))


def _people(db: Database, visit_id: int) -> dict[int, str]:
    with UnitOfWork(db.sessions) as uow:
        stmt = select(Participant.id, Participant.full_name).where(Participant.visit_id == visit_id)
        return {pid: name for pid, name in uow.session.execute(stmt)}


def _version(db: Database, item_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.scalar(select(ItineraryItem.version).where(ItineraryItem.id == item_id)) or 0


def test_importing_a_visit_logs_every_record_it_adds(db: Database) -> None:
    db.user = "importer"
    visit_id = _visit(db)
    with UnitOfWork(db.sessions) as uow:
        rows = visit_changes(uow, visit_id)
        ids = {
            table: set(uow.session.scalars(select(model.id).where(model.visit_id == visit_id)))
            for table, model in (
                ("participants", Participant),
                ("groups", Group),
                ("itinerary_items", ItineraryItem),
            )
        }
        site_ids = set(uow.session.scalars(select(Site.id)))
    inserted: dict[str, set[int | None]] = {}
    for r in rows:
        if r.action == "insert":
            inserted.setdefault(r.table_name, set()).add(r.record_id)
    assert inserted["visits"] == {visit_id}
    for table, expected in ids.items():
        assert inserted[table] == expected, table
    assert all(r.changed_by == "importer" for r in rows)
    # sites are shared by all visits: logged, but under no visit
    site_rows = [r for r in _log(db, "sites", min(site_ids)) if r.action == "insert"]
    assert len(site_rows) == 1 and site_rows[0].new_value.startswith(f"Site {min(site_ids)} «")
    # an item's row reads as the item, like a row the ORM logs
    item_id = min(ids["itinerary_items"])
    item_insert = [r for r in _log(db, "itinerary_items", item_id) if r.action == "insert"]
    assert (
        len(item_insert) == 1
        and item_insert[0].new_value == f"Itinerary item {item_id} «Посещение объекта 1»"
    )
    assert item_insert[0].visit_id == visit_id and item_insert[0].record_version == 1
    # who attends and which groups came with the item are part of what was added
    fields = {r.field: r for r in _log(db, "itinerary_items", item_id) if r.action == "update"}
    assert set(fields) == {"attendees", "groups"}
    assert (
        fields["attendees"].new_value is not None and "Участник 1 Қайратұлы" in fields["attendees"].new_value
    )
    # a new record keeps version 1: what it was created with is not a later edit
    assert {i.version for i in _items(db, visit_id)} == {1}


def test_an_attendee_change_is_a_logged_change_of_the_item_and_bumps_its_version(db: Database) -> None:
    visit_id = _visit(db)
    item = _items(db, visit_id)[0]
    people = _people(db, visit_id)
    by_name = {name: pid for pid, name in people.items()}
    before = _version(db, item.id)
    db.user = "aigerim"
    old = set_item_attendees(
        UnitOfWork(db.sessions), item.id, [by_name["Участник 1 Қайратұлы"], by_name["Участник 2 Қайратұлы"]]
    ).old
    assert sorted(people[p] for p in old) == ["Участник 1 Қайратұлы", "Участник 3 Қайратұлы"]
    assert _version(db, item.id) == before + 1
    changes = [r for r in _log(db, "itinerary_items", item.id) if r.changed_by == "aigerim"]
    assert [(r.action, r.field, r.visit_id, r.record_version) for r in changes] == [
        ("update", "attendees", visit_id, before + 1)
    ]
    with UnitOfWork(db.sessions) as uow:
        newest = visit_changes(uow, visit_id)[0]
    assert newest.record_id == item.id and newest.field == "attendees"
    assert newest.summary == "attendees: added Участник 2 Қайратұлы; removed Участник 3 Қайратұлы"
    # the same attendees again change nothing: no log row, no new version
    set_item_attendees(
        UnitOfWork(db.sessions), item.id, [by_name["Участник 2 Қайратұлы"], by_name["Участник 1 Қайратұлы"]]
    )
    assert _version(db, item.id) == before + 1
    assert len([r for r in _log(db, "itinerary_items", item.id) if r.changed_by == "aigerim"]) == 1


def test_undoing_a_delete_logs_the_restored_item(db: Database) -> None:
    visit_id = _visit(db)
    item = _items(db, visit_id)[0]
    deleted = delete_item(UnitOfWork(db.sessions), item.id)
    db.user = "undo"
    restore_item(UnitOfWork(db.sessions), deleted)
    rows = _log(db, "itinerary_items", item.id)
    assert [r.action for r in rows if r.field == ""] == ["insert", "delete", "insert"]
    restored = [r for r in rows if r.changed_by == "undo"]
    assert restored[0].action == "insert" and restored[0].visit_id == visit_id
    assert restored[0].new_value == f"Itinerary item {item.id} «{item.title}»"
    assert {r.field for r in restored[1:]} == {"attendees", "groups"}
    with UnitOfWork(db.sessions) as uow:
        assert any(r.record_id == item.id and r.action == "insert" for r in visit_changes(uow, visit_id)[:3])


def test_removing_items_logs_each_deletion(db: Database) -> None:
    visit_id = _visit(db)
    first, second = _items(db, visit_id)[:2]
    db.user = "planner"
    remove_items(UnitOfWork(db.sessions), [first.id, second.id])
    with UnitOfWork(db.sessions) as uow:
        rows = [r for r in visit_changes(uow, visit_id) if r.changed_by == "planner"]
    assert sorted((r.action, r.table_name, r.record_id) for r in rows) == [
        ("delete", "itinerary_items", first.id),
        ("delete", "itinerary_items", second.id),
    ]
    assert {r.summary for r in rows} == {
        f"deleted Itinerary item {first.id} «{first.title}»",
        f"deleted Itinerary item {second.id} «{second.title}»",
    }


def test_a_recurring_block_logs_its_items_with_their_people_and_groups(db: Database) -> None:
    visit_id = _visit(db)
    people = _people(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        group = uow.session.scalars(
            select(Group).where(Group.visit_id == visit_id).order_by(Group.id)
        ).first()
        assert group is not None
        group_id, group_name = group.id, group.name
    person = min(people)
    block = RecurringBlock(
        "Завтрак", "meal", "FREQ=DAILY", time(7, 30), 45, group_ids=(group_id,), attendee_ids=(person,)
    )
    db.user = "planner"
    ids = add_recurring_block(UnitOfWork(db.sessions), visit_id, block).ids
    assert len(ids) == 2
    for item_id in ids:
        rows = _log(db, "itinerary_items", item_id)
        assert [(r.action, r.field) for r in rows if r.action == "insert"] == [("insert", "")]
        fields = {r.field: r for r in rows if r.action == "update"}
        assert set(fields) == {"attendees", "groups"}
        assert people[person] in (fields["attendees"].new_value or "")
        assert group_name in (fields["groups"].new_value or "")
        assert all(r.visit_id == visit_id and r.changed_by == "planner" for r in rows)


def test_restoring_a_participant_is_logged_on_the_items_they_attend(db: Database) -> None:
    from planner.services.participants import delete_participant, restore_participant

    visit_id = _visit(db)
    item = _items(db, visit_id)[0]
    people = _people(db, visit_id)
    person = next(pid for pid, name in people.items() if name == "Участник 1 Қайратұлы")
    deleted = delete_participant(UnitOfWork(db.sessions), person)
    before = _version(db, item.id)
    db.user = "undo"
    restore_participant(UnitOfWork(db.sessions), deleted)
    assert [r.action for r in _log(db, "participants", person) if r.changed_by == "undo"] == ["insert"]
    attendees = [r for r in _log(db, "itinerary_items", item.id) if r.changed_by == "undo"]
    assert [(r.field, r.record_version) for r in attendees] == [("attendees", before + 1)]
    assert "Участник 1 Қайратұлы" in (attendees[0].new_value or "")
    assert _version(db, item.id) == before + 1


def test_detaching_a_document_from_a_deleted_item_is_a_logged_versioned_update(db: Database) -> None:
    from planner.persistence.tables import SignedDocument
    from planner.services.signed_documents import add_document

    visit_id = _visit(db)
    item = _items(db, visit_id)[0]
    doc = add_document(
        UnitOfWork(db.sessions),
        visit_id,
        {"title": "Меморандум", "doc_type": "memorandum", "item_id": item.id},
    )
    db.user = "secretary"
    deleted = delete_item(UnitOfWork(db.sessions), item.id)
    rows = [r for r in _log(db, "signed_documents", doc.id) if r.changed_by == "secretary"]
    assert [(r.action, r.field, r.old_value, r.new_value, r.visit_id, r.record_version) for r in rows] == [
        ("update", "item_id", str(item.id), None, visit_id, doc.version + 1)
    ]
    restore_item(UnitOfWork(db.sessions), deleted)  # undo puts the document back on the item
    with UnitOfWork(db.sessions) as uow:
        saved = uow.session.get(SignedDocument, doc.id)
        assert saved is not None and saved.item_id == item.id and saved.version == doc.version + 2
    assert [r.new_value for r in _log(db, "signed_documents", doc.id) if r.field == "item_id"] == [
        None,
        str(item.id),
    ]
