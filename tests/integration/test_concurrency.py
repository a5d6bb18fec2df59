"""Two staff edit the same item at once: the second save is refused, saying who changed what."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from planner.domain.errors import ConcurrencyError
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database, open_database
from planner.persistence.tables import ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from tests.support.synthetic import synthetic_visit


@pytest.fixture
def two_users(db_target: str) -> Iterator[tuple[Database, Database, int]]:
    """Two separately opened connections to one database (alice and bob), with a small visit in it."""
    alice = open_database(db_target, user="alice")
    bob = open_database(db_target, user="bob")
    with UnitOfWork(alice.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=2, participants=4, items=4))
        uow.commit()
    yield alice, bob, visit_id
    alice.dispose()
    bob.dispose()


def _first_item(uow: UnitOfWork, visit_id: int) -> ItineraryItem:
    stmt = select(ItineraryItem).where(ItineraryItem.visit_id == visit_id).order_by(ItineraryItem.id)
    return uow.session.scalars(stmt).first()  # type: ignore[return-value]


def test_second_save_is_refused_and_the_first_is_kept(two_users: tuple[Database, Database, int]) -> None:
    alice, bob, visit_id = two_users
    with UnitOfWork(alice.sessions) as a, UnitOfWork(bob.sessions) as b:
        mine = _first_item(a, visit_id)
        theirs = b.session.get(ItineraryItem, mine.id)
        assert theirs is not None and theirs.version == mine.version == 1
        mine.title = "Talks with the akim"
        mine.location = "Akimat, hall 2"
        a.commit()
        theirs.title = "Lunch"
        theirs.notes = "vegetarian"
        with pytest.raises(ConcurrencyError) as refused:
            b.commit()
    message = str(refused.value)
    assert "alice" in message
    assert "title" in message and "Talks with the akim" in message
    assert "location" in message
    assert "notes" in message and "not saved" in message
    with UnitOfWork(bob.sessions) as check:
        saved = check.session.get(ItineraryItem, mine.id)
        assert saved is not None
        assert (saved.title, saved.location, saved.notes, saved.version) == (
            "Talks with the akim",
            "Akimat, hall 2",
            "",
            2,
        )


def test_a_deleted_record_is_reported_as_deleted(two_users: tuple[Database, Database, int]) -> None:
    alice, bob, visit_id = two_users
    with UnitOfWork(alice.sessions) as a, UnitOfWork(bob.sessions) as b:
        person = a.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).first()
        assert person is not None
        theirs = b.session.get(Participant, person.id)
        assert theirs is not None
        a.session.delete(person)
        a.commit()
        theirs.title = "Minister"
        with pytest.raises(ConcurrencyError, match="deleted by someone else"):
            b.commit()


def test_after_reloading_the_second_user_can_save(two_users: tuple[Database, Database, int]) -> None:
    alice, bob, visit_id = two_users
    with UnitOfWork(alice.sessions) as a:
        item = _first_item(a, visit_id)
        seen_version = item.version
        item.title = "Arrival"
        a.commit()
    # the GUI path: the edit names the version the user saw; the service refuses before writing
    with UnitOfWork(bob.sessions) as b:
        item = _first_item(b, visit_id)
        with pytest.raises(ConcurrencyError):
            check_version(item, seen_version, "the item")
        check_version(item, item.version, "the item")
        item.notes = "after reload"
        b.commit()
    with UnitOfWork(alice.sessions) as check:
        item = _first_item(check, visit_id)
        assert (item.title, item.notes, item.version) == ("Arrival", "after reload", 3)


def test_a_service_refusal_can_say_who_changed_what(two_users: tuple[Database, Database, int]) -> None:
    from planner.persistence.audit import changes_since

    alice, bob, visit_id = two_users
    with UnitOfWork(bob.sessions) as b:
        seen = _first_item(b, visit_id).version
    with UnitOfWork(alice.sessions) as a:
        _first_item(a, visit_id).notes = "bring the gifts"
        a.commit()
    with UnitOfWork(bob.sessions) as b:
        item = _first_item(b, visit_id)
        text = changes_since(b.session, item, seen)
        assert "alice" in text and "notes" in text and "bring the gifts" in text
        assert changes_since(b.session, item, item.version) == ""


def test_service_refusal_names_who_changed_what(two_users: tuple[Database, Database, int]) -> None:
    """The path the GUI takes: the user edits a row read earlier; bob saved in between."""
    from planner.services.itinerary import update_item

    alice, bob, visit_id = two_users
    with UnitOfWork(alice.sessions) as uow:
        seen = _first_item(uow, visit_id)
        item_id, seen_version = seen.id, seen.version
    update_item(UnitOfWork(bob.sessions), item_id, {"title": "Посещение НПЗ"}, expected_version=seen_version)
    with pytest.raises(ConcurrencyError) as caught:
        update_item(
            UnitOfWork(alice.sessions), item_id, {"notes": "ждать у ворот"}, expected_version=seen_version
        )
    message = str(caught.value)
    assert "bob" in message and "Посещение НПЗ" in message and "Reload" in message
    with UnitOfWork(alice.sessions) as uow:
        item = uow.session.get(ItineraryItem, item_id)
        assert item is not None and item.title == "Посещение НПЗ" and item.notes == ""


def _attendees(uow: UnitOfWork, item_id: int) -> list[int]:
    from planner.persistence.tables import item_attendees

    stmt = select(item_attendees.c.participant_id).where(item_attendees.c.item_id == item_id)
    return sorted(uow.session.scalars(stmt))


def test_an_edit_based_on_the_item_before_its_attendees_changed_is_refused(
    two_users: tuple[Database, Database, int],
) -> None:
    """Alice changes who attends; bob, who opened the item before, then saves its title: refused."""
    from planner.services.itinerary import set_item_attendees

    alice, bob, visit_id = two_users
    with UnitOfWork(bob.sessions) as b:
        theirs = _first_item(b, visit_id)
        with UnitOfWork(alice.sessions) as a:
            item_id = _first_item(a, visit_id).id
            people = _attendees(a, item_id)
        set_item_attendees(UnitOfWork(alice.sessions), item_id, people[:1])
        theirs.title = "Lunch"
        with pytest.raises(ConcurrencyError) as refused:
            b.commit()
    message = str(refused.value)
    assert "alice" in message and "attendees" in message and "title" in message and "not saved" in message
    with UnitOfWork(bob.sessions) as check:
        saved = check.session.get(ItineraryItem, item_id)
        assert saved is not None and saved.title != "Lunch" and _attendees(check, item_id) == people[:1]


def test_a_stale_attendee_change_is_refused(two_users: tuple[Database, Database, int]) -> None:
    """Bob opened the item, alice renamed it; bob's attendee change is refused and names alice's edit."""
    from planner.services.itinerary import set_item_attendees

    alice, bob, visit_id = two_users
    with UnitOfWork(bob.sessions) as b:
        theirs = _first_item(b, visit_id)
        item_id = theirs.id
        people = _attendees(b, item_id)
        with UnitOfWork(alice.sessions) as a:
            _first_item(a, visit_id).title = "Talks with the akim"
            a.commit()
        # the same unit of work: the item bob holds is the one he read before alice's save
        with pytest.raises(ConcurrencyError) as refused:
            set_item_attendees(b, item_id, people[1:])
    message = str(refused.value)
    assert "alice" in message and "Talks with the akim" in message and "Reload" in message
    with UnitOfWork(alice.sessions) as check:
        assert _attendees(check, item_id) == people


def test_the_gui_path_refuses_an_edit_made_before_an_attendee_change(
    two_users: tuple[Database, Database, int],
) -> None:
    """The edit names the version the user saw; an attendee change since makes it stale, saying so."""
    from planner.services.itinerary import set_item_attendees, update_item

    alice, bob, visit_id = two_users
    with UnitOfWork(alice.sessions) as uow:
        seen = _first_item(uow, visit_id)
        item_id, seen_version = seen.id, seen.version
        people = _attendees(uow, item_id)
    set_item_attendees(UnitOfWork(bob.sessions), item_id, people[:1])
    with pytest.raises(ConcurrencyError) as caught:
        update_item(
            UnitOfWork(alice.sessions), item_id, {"notes": "ждать у ворот"}, expected_version=seen_version
        )
    message = str(caught.value)
    assert "bob" in message and "attendees" in message
    with pytest.raises(ConcurrencyError, match="bob"):
        set_item_attendees(UnitOfWork(alice.sessions), item_id, people, expected_version=seen_version)
    with UnitOfWork(alice.sessions) as uow:
        assert _attendees(uow, item_id) == people[:1]
