"""Read rows of a visit's meetings with their outcomes and action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.kinds import Side
from planner.persistence.tables import ItineraryItem, Meeting, Outcome, Participant, item_attendees
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class ActionItemRow:
    """A task: who does what by when, and its status."""

    id: int
    outcome_id: int
    description: str
    owner_id: int | None
    owner: str
    due_date: date | None
    status: str
    version: int


@dataclass(frozen=True)
class OutcomeRow:
    """A decision of a meeting with its tasks."""

    id: int
    meeting_id: int
    topic: str
    text: str
    actions: tuple[ActionItemRow, ...]
    version: int


@dataclass(frozen=True)
class MeetingRow:
    """A meeting: its item's title and time, format, agenda, attendees by side, minutes, outcomes."""

    id: int
    item_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    format: str
    agenda: tuple[str, ...]
    minutes: str
    guests: tuple[str, ...]
    hosts: tuple[str, ...]
    outcomes: tuple[OutcomeRow, ...]
    version: int
    # who attends, by id: two people may share a name (namesakes)
    attendee_ids: frozenset[int] = frozenset()


def visit_meetings(uow: UnitOfWork, visit_id: int) -> list[MeetingRow]:
    """The meetings of a visit in time order."""
    s = uow.session
    stmt = (
        select(Meeting, ItineraryItem)
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .where(ItineraryItem.visit_id == visit_id)
        .options(selectinload(Meeting.outcomes).selectinload(Outcome.action_items))
        .order_by(ItineraryItem.starts_at, Meeting.id)
    )
    found = s.execute(stmt).all()
    people: dict[int, list[tuple[str, int, str]]] = {}
    attendee_ids: dict[int, set[int]] = {}
    ids = [item.id for _, item in found]
    if ids:
        for item_id, side, rank, name, person_id in s.execute(
            select(
                item_attendees.c.item_id,
                Participant.side,
                Participant.protocol_rank,
                Participant.full_name,
                Participant.id,
            )
            .join(Participant, Participant.id == item_attendees.c.participant_id)
            .where(item_attendees.c.item_id.in_(ids))
        ):
            people.setdefault(item_id, []).append((side, rank, name))
            attendee_ids.setdefault(item_id, set()).add(person_id)
    names = {
        pid: name
        for pid, name in s.execute(
            select(Participant.id, Participant.full_name).where(Participant.visit_id == visit_id)
        )
    }
    rows = []
    for meeting, item in found:
        attending = sorted(people.get(item.id, []), key=lambda x: (x[1], x[2]))
        rows.append(
            MeetingRow(
                meeting.id,
                item.id,
                item.title,
                item.starts_at,
                item.ends_at,
                meeting.format,
                tuple(meeting.agenda or ()),
                meeting.minutes,
                tuple(n for side, _, n in attending if side == Side.GUEST),
                tuple(n for side, _, n in attending if side == Side.HOST),
                tuple(
                    OutcomeRow(
                        o.id,
                        o.meeting_id,
                        o.topic,
                        o.text,
                        tuple(
                            ActionItemRow(
                                a.id,
                                a.outcome_id,
                                a.description,
                                a.owner_id,
                                names.get(a.owner_id, "") if a.owner_id else a.owner_text,
                                a.due_date,
                                a.status,
                                a.version,
                            )
                            for a in o.action_items
                        ),
                        o.version,
                    )
                    for o in meeting.outcomes
                ),
                meeting.version,
                attendee_ids=frozenset(attendee_ids.get(item.id, ())),
            )
        )
    return rows


@dataclass(frozen=True)
class ItemChoice:
    """A programme item that can become a meeting: its id and title."""

    id: int
    title: str


def items_without_meeting(uow: UnitOfWork, visit_id: int) -> list[ItemChoice]:
    """The visit's items that have no meeting yet: items of kind meeting first, then by start time."""
    stmt = (
        select(ItineraryItem.id, ItineraryItem.title)
        .outerjoin(Meeting, Meeting.item_id == ItineraryItem.id)
        .where(ItineraryItem.visit_id == visit_id, Meeting.id.is_(None))
        .order_by(ItineraryItem.kind != "meeting", ItineraryItem.starts_at)
    )
    return [ItemChoice(item_id, title) for item_id, title in uow.session.execute(stmt)]
