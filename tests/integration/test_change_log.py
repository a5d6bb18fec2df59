"""The change log records every change with its author, and reads back per visit, newest first."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, ItineraryItem, Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.change_log import record_changes, visit_changes
from tests.support.synthetic import synthetic_visit


def _visit(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=2, participants=3, items=3))
        uow.commit()
    return visit_id


def test_updates_are_logged_field_by_field_with_the_user(db: Database) -> None:
    visit_id = _visit(db)
    db.user = "aigerim"
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).first()
        assert item is not None
        old_title, old_start = item.title, item.starts_at
        item.title = "Переговоры"
        item.starts_at = old_start + timedelta(minutes=30)
        uow.commit()
        item_id = item.id
    with UnitOfWork(db.sessions) as uow:
        rows = record_changes(uow, "itinerary_items", item_id)
    # the import logged the item's attendees and groups as it was created; the rest is aigerim's edit
    assert {r.field for r in rows if r.changed_by != "aigerim"} == {"", "attendees", "groups"}
    by_field = {r.field: r for r in rows if r.action == "update" and r.changed_by == "aigerim"}
    assert set(by_field) == {"title", "starts_at"}
    assert by_field["title"].old_value == old_title and by_field["title"].new_value == "Переговоры"
    assert datetime.fromisoformat(by_field["starts_at"].new_value or "") == old_start + timedelta(minutes=30)
    assert all(r.changed_by == "aigerim" for r in by_field.values())
    stamp = by_field["title"].changed_at
    assert stamp.tzinfo is not None and abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)


def test_visit_log_is_newest_first_and_holds_only_that_visit(db: Database) -> None:
    first, second = _visit(db), _visit(db)
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.scalars(select(Participant).where(Participant.visit_id == first)).first()
        assert person is not None
        person.title = "Губернатор"
        uow.commit()
        person.title = "Глава делегации"
        uow.commit()
        uow.session.add(Participant(visit_id=first, side="host", full_name="Новый участник"))
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        rows = visit_changes(uow, first)
        others = visit_changes(uow, second)
    assert [r.action for r in rows[:3]] == ["insert", "update", "update"]
    assert rows[1].new_value == "Глава делегации" and rows[1].old_value == "Губернатор"
    assert "Новый участник" in rows[0].summary
    # the visit file importer's bulk rows are logged too, each under its own visit
    assert ("insert", "visits", second) in [(r.action, r.table_name, r.record_id) for r in others]
    assert (person.id, "participants") not in {(r.record_id, r.table_name) for r in others}
    assert sum(r.table_name == "participants" and r.action == "insert" for r in others) == 3


def test_deletes_are_logged_and_rolled_back_edits_are_not(db: Database) -> None:
    with UnitOfWork(db.sessions) as uow:
        site = Site(name="Драмтеатр", address="ул. Азаттык, 1")
        uow.session.add(site)
        uow.commit()
        site_id = site.id
    with UnitOfWork(db.sessions) as uow:
        site = uow.session.get(Site, site_id)
        site.notes = "never saved"  # type: ignore[union-attr]
        uow.flush()  # logged inside the transaction, then rolled back with it
    with UnitOfWork(db.sessions) as uow:
        uow.session.delete(uow.session.get(Site, site_id))
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        actions = [r.action for r in record_changes(uow, "sites", site_id)]
        fields = uow.session.scalars(select(ChangeLog.field).where(ChangeLog.record_id == site_id)).all()
    assert actions == ["delete", "insert"]
    assert "notes" not in fields


def test_bulk_log_rows_are_stored_as_sqlalchemy_stores_them(db: Database) -> None:
    """The fast executemany path writes the same stored values (timestamp text included) as an insert."""
    from sqlalchemy import insert

    from planner.persistence.audit import write_log

    row = {
        "changed_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),  # no microseconds: the text must still match
        "changed_by": "aigerim",
        "action": "update",
        "table_name": "itinerary_items",
        "record_id": 7,
        "visit_id": 1,
        "field": "attendees",
        "old_value": None,
        "new_value": '["Айгерим"]',
        "record_version": 2,
    }
    with db.engine.begin() as conn:
        write_log(conn, [row])
        conn.execute(insert(ChangeLog.__table__), [row])
        first, second = conn.execute(select(ChangeLog.__table__).order_by(ChangeLog.id)).all()
        stored = (
            conn.exec_driver_sql("SELECT CAST(changed_at AS TEXT) FROM change_log ORDER BY id")
            .scalars()
            .all()
        )
    assert first[1:] == second[1:]
    assert stored[0] == stored[1]


PRIVATE = {"phone": "+7 701 555 0101", "email": "akim@example.invalid", "dietary_needs": "halal, no nuts"}


def _private_edit(db: Database) -> tuple[int, int]:
    """A visit whose first participant got a phone, an e-mail, dietary needs and a new title."""
    visit_id = _visit(db)
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).first()
        assert person is not None
        for field, value in PRIVATE.items():
            setattr(person, field, value)
        person.title = "Deputy akim"
        uow.commit()
        return visit_id, person.id


def test_private_participant_fields_read_private_unless_asked(db: Database) -> None:
    visit_id, person_id = _private_edit(db)
    with UnitOfWork(db.sessions) as uow:
        hidden = {r.field: r for r in visit_changes(uow, visit_id) if r.action == "update"}
        history = {r.field: r for r in record_changes(uow, "participants", person_id) if r.action == "update"}
        shown = {
            r.field: r for r in visit_changes(uow, visit_id, include_private=True) if r.action == "update"
        }
    for rows in (hidden, history):
        for field in PRIVATE:
            assert rows[field].new_value == "(private)"
            assert rows[field].old_value in (None, "(private)")
            assert PRIVATE[field] not in rows[field].summary
        assert rows["title"].new_value == "Deputy akim"
    assert {field: shown[field].new_value for field in PRIVATE} == PRIVATE


def test_cli_change_log_hides_private_fields_without_include_private(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id, _ = _private_edit(sqlite_db)
    base = ["--db", str(sqlite_db.path), "change-log", str(visit_id)]
    for extra in ([], ["--json"]):
        out = io.StringIO()
        assert cli_main([*base, *extra], out=out) == 0
        text = out.getvalue()
        assert not [v for v in PRIVATE.values() if v in text], text
        assert "(private)" in text and "Deputy akim" in text
    out = io.StringIO()
    assert cli_main([*base, "--include-private"], out=out) == 0
    assert all(v in out.getvalue() for v in PRIVATE.values())
    assert "Traceback" not in capsys.readouterr().err
