"""Read rows of a visit's meetings with their outcomes and action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import selectinload

from planner.domain.kinds import ItemKind, MeetingFormat, Side
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
    """A meeting: its item's title and time, format, agenda, attendees by side, minutes, outcomes.

    ``id`` is None for an item of kind meeting that has no meeting record yet: it is listed all the same,
    with the format a new record gets and nothing else; its first edit makes the record.
    """

    id: int | None
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

    @property
    def recorded(self) -> bool:
        """Whether the meeting has its record (format, agenda, minutes, outcomes) in the database."""
        return self.id is not None


def visit_meetings(uow: UnitOfWork, visit_id: int, *, with_unrecorded: bool = False) -> list[MeetingRow]:
    """The meetings of a visit in time order.

    With ``with_unrecorded`` also the items of kind meeting that have no meeting record yet (``id`` None):
    the Meetings page lists every talk of the programme, not only those someone started a record for.
    """
    s = uow.session
    # every item with a record, whatever its kind (talks held during a lunch), and, if asked, every item
    # of kind meeting without one; the record is made on the first edit, not when the item is made, so
    # an item's kind stays a plain field of the itinerary and an empty record is never stored
    wanted: ColumnElement[bool] = Meeting.id.is_not(None)
    if with_unrecorded:
        wanted = or_(wanted, ItineraryItem.kind == ItemKind.MEETING.value)
    stmt = (
        select(Meeting, ItineraryItem)
        .select_from(ItineraryItem)
        .outerjoin(Meeting, Meeting.item_id == ItineraryItem.id)
        .where(ItineraryItem.visit_id == visit_id, wanted)
        .options(selectinload(Meeting.outcomes).selectinload(Outcome.action_items))
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    found: list[tuple[Meeting | None, ItineraryItem]] = [(m, i) for m, i in s.execute(stmt).all()]
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
        if meeting is None:
            rows.append(
                MeetingRow(
                    None,
                    item.id,
                    item.title,
                    item.starts_at,
                    item.ends_at,
                    MeetingFormat.EXTENDED.value,  # what the record gets unless the first edit says
                    (),
                    "",
                    tuple(n for side, _, n in attending if side == Side.GUEST),
                    tuple(n for side, _, n in attending if side == Side.HOST),
                    (),
                    0,
                    attendee_ids=frozenset(attendee_ids.get(item.id, ())),
                )
            )
            continue
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
    """The visit's items of another kind than meeting that have no meeting yet, by start time: talks held
    during a lunch or a visit to a site. (An item of kind meeting is on the Meetings page already.)"""
    stmt = (
        select(ItineraryItem.id, ItineraryItem.title)
        .outerjoin(Meeting, Meeting.item_id == ItineraryItem.id)
        .where(
            ItineraryItem.visit_id == visit_id,
            Meeting.id.is_(None),
            ItineraryItem.kind != ItemKind.MEETING.value,
        )
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    return [ItemChoice(item_id, title) for item_id, title in uow.session.execute(stmt)]
