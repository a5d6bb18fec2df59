"""Undoing a delete puts back everything the delete took: a person's table seat, whom they meet, their
gifts; an item's seating plan and the gifts handed over at it."""

from __future__ import annotations

from sqlalchemy import func, select

from planner.persistence.db import Database
from planner.persistence.tables import Gift, ItineraryItem, Participant, TableSeat
from planner.persistence.uow import UnitOfWork
from planner.services import gifts, participants, seating
from planner.services.itinerary import delete_item, restore_item


def _state(db: Database) -> tuple[object, ...]:
    with UnitOfWork(db.sessions) as uow:
        s = uow.session
        seats = sorted(
            s.execute(
                select(TableSeat.item_id, TableSeat.table_no, TableSeat.seat_no, TableSeat.participant_id)
            ).all()
        )
        meets = sorted(s.execute(select(Participant.id, Participant.arrival_meeter_id)).all())
        given = sorted(s.execute(select(Gift.id, Gift.giver_id, Gift.recipient_id, Gift.item_id)).all())
        return tuple(seats), tuple(meets), tuple(given), s.scalar(select(func.count(ItineraryItem.id)))


def test_undo_of_a_deleted_person_or_item_restores_their_seats_meetings_and_gifts(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        talks = uow.session.scalar(
            select(ItineraryItem.id).where(
                ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "meeting"
            )
        )
        people = list(uow.session.scalars(select(Participant.id).where(Participant.visit_id == visit_id)))
    seating.propose_seating(UnitOfWork(db.sessions), talks, "rect")
    with UnitOfWork(db.sessions) as uow:
        seated = uow.session.scalar(select(TableSeat.participant_id).where(TableSeat.item_id == talks))
    other = next(p for p in people if p != seated)
    participants.update_participant(UnitOfWork(db.sessions), other, {"arrival_meeter_id": seated})
    gifts.add_gift(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "direction": "given",
            "giver_id": seated,
            "recipient_text": 'Tom & "Jerry" <Ltd>',
            "description": "Домбыра & «ою»",
            "item_id": talks,
        },
    )
    before = _state(db)

    gone = participants.delete_participant(UnitOfWork(db.sessions), seated)
    assert _state(db) != before
    participants.restore_participant(UnitOfWork(db.sessions), gone)
    assert _state(db) == before

    gone_item = delete_item(UnitOfWork(db.sessions), talks)
    assert _state(db) != before
    restore_item(UnitOfWork(db.sessions), gone_item)
    assert _state(db) == before
