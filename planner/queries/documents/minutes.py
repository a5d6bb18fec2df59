"""The minutes of a meeting: who attended on each side, the agenda, the outcomes and their tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Side, localized, localized_list
from planner.persistence.tables import ItineraryItem, Meeting, Outcome
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import (
    PersonLine,
    ProgrammeLine,
    VisitHeader,
    VisitReader,
    protocol_key,
    visit_or_fail,
)


@dataclass(frozen=True)
class ActionLine:
    """A task decided in a meeting."""

    description: str
    owner: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class OutcomeLine:
    """A decision of a meeting and the tasks that follow from it."""

    topic: str
    text: str
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class MinutesData:
    """The minutes of one meeting."""

    visit: VisitHeader
    meeting_id: int
    item: ProgrammeLine
    format: str
    agenda: tuple[str, ...]
    minutes: str
    guests: tuple[PersonLine, ...]
    hosts: tuple[PersonLine, ...]
    outcomes: tuple[OutcomeLine, ...]


def meeting_ids(uow: UnitOfWork, visit_id: int) -> list[int]:
    """Ids of a visit's meetings in time order."""
    visit_or_fail(uow, visit_id)
    return list(
        uow.session.scalars(
            select(Meeting.id)
            .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
            .where(ItineraryItem.visit_id == visit_id)
            .order_by(ItineraryItem.starts_at, Meeting.id)
        )
    )


def minutes_data(uow: UnitOfWork, visit_id: int, meeting_id: int, lang: str) -> MinutesData:
    """The minutes of one meeting of the visit: attendees by side, agenda, minutes, outcomes, action items
    (their texts in ``lang``, as typed where there is no translation)."""
    meeting = uow.session.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(selectinload(Meeting.outcomes).selectinload(Outcome.action_items))
    )
    item_visit = (
        uow.session.scalar(select(ItineraryItem.visit_id).where(ItineraryItem.id == meeting.item_id))
        if meeting is not None
        else None
    )
    if meeting is None or item_visit != visit_id:
        known = meeting_ids(uow, visit_id)
        hint = f"its meetings are {', '.join(map(str, known))}" if known else "it has no meetings"
        raise NotFoundError(f"visit {visit_id} has no meeting with id {meeting_id} ({hint})")
    reader = VisitReader(uow, visit_id, lang)
    item = next(i for i in reader.items() if i.id == meeting.item_id)
    attending = sorted((reader.people[p] for p in reader.people_of(item)), key=protocol_key)
    outcomes = tuple(
        OutcomeLine(
            localized(o.topic, o.topic_i18n, lang),
            localized(o.text, o.text_i18n, lang),
            tuple(
                ActionLine(
                    localized(a.description, a.description_i18n, lang),
                    reader.people[a.owner_id].name
                    if a.owner_id in reader.people
                    else localized(a.owner_text, a.owner_text_i18n, lang),
                    a.due_date,
                    a.status,
                )
                for a in o.action_items
            ),
        )
        for o in meeting.outcomes
    )
    return MinutesData(
        reader.header,
        meeting.id,
        item,
        meeting.format,
        localized_list(meeting.agenda or [], meeting.agenda_i18n, lang),
        localized(meeting.minutes, meeting.minutes_i18n, lang),
        tuple(p for p in attending if p.side == Side.GUEST),
        tuple(p for p in attending if p.side != Side.GUEST),
        outcomes,
    )
