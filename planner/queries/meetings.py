"""Read rows of a visit's meetings with their outcomes and action items."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import selectinload

from planner.domain.kinds import ItemKind, MeetingFormat, Side, localized, localized_list
from planner.persistence.tables import (
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork
from planner.queries.attending import people_attending
from planner.queries.presence import absent_joiners


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
    # the task's translations and the language the row was read for (None: as typed): a screen shows
    # ``task``; ``description`` is the text as typed, the one an editor changes
    description_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    # the owner typed as text (no participant chosen) in other languages: a screen shows ``owner_shown``;
    # ``owner`` is the participant's name or the text as typed, the one an editor changes
    owner_text_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def task(self) -> str:
        """The task in the row's language: its translation when it has one, else as typed."""
        return localized(self.description, self.description_i18n, self.lang)

    @property
    def owner_shown(self) -> str:
        """Who does it in the row's language: a participant's name, or the owner typed as text in its
        translation when it has one, else as typed."""
        if self.owner_id is not None:
            return self.owner
        return localized(self.owner, self.owner_text_i18n, self.lang)


@dataclass(frozen=True)
class OutcomeRow:
    """A decision of a meeting with its tasks."""

    id: int
    meeting_id: int
    topic: str
    text: str
    actions: tuple[ActionItemRow, ...]
    version: int
    # the topic's and the text's translations and the language the row was read for (None: as typed): a
    # screen shows ``topic_name`` and ``text_shown``; ``topic`` and ``text`` are as typed, as edited
    topic_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    text_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def topic_name(self) -> str:
        """The topic in the row's language: its translation when it has one, else as typed."""
        return localized(self.topic, self.topic_i18n, self.lang)

    @property
    def text_shown(self) -> str:
        """The decision in the row's language: its translation when it has one, else as typed."""
        return localized(self.text, self.text_i18n, self.lang)


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
    # the item's title in other languages and the language the row was read for (None: as typed): a
    # screen calls the meeting by ``name``; ``guests`` and ``hosts`` are named in that language too
    title_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    # the agenda (language -> one text per point) and the minutes in other languages: a screen shows
    # ``agenda_shown`` and ``minutes_shown``; ``agenda`` and ``minutes`` are as typed, as edited
    agenda_i18n: dict[str, list[str]] = field(default_factory=dict)
    minutes_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The item's title in the row's language: its translation when it has one, else as typed."""
        return localized(self.title, self.title_i18n, self.lang)

    @property
    def agenda_shown(self) -> tuple[str, ...]:
        """The agenda in the row's language, point by point (as typed where there is no translation)."""
        return localized_list(self.agenda, self.agenda_i18n, self.lang)

    @property
    def minutes_shown(self) -> str:
        """The minutes in the row's language: their translation when they have one, else as typed."""
        return localized(self.minutes, self.minutes_i18n, self.lang)

    @property
    def recorded(self) -> bool:
        """Whether the meeting has its record (format, agenda, minutes, outcomes) in the database."""
        return self.id is not None


def visit_meetings(
    uow: UnitOfWork, visit_id: int, *, with_unrecorded: bool = False, lang: str | None = None
) -> list[MeetingRow]:
    """The meetings of a visit in time order; each row's ``name``, guests and hosts in ``lang`` (the
    interface's language on a screen; None: as typed), each their translation, else as typed.

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
    attendee_ids: dict[int, set[int]] = defaultdict(set)
    groups_of: dict[int, set[int]] = defaultdict(set)
    members: dict[int, set[int]] = defaultdict(set)
    ids = [item.id for _, item in found]
    if ids:
        for item_id, person_id in s.execute(
            select(item_attendees.c.item_id, item_attendees.c.participant_id).where(
                item_attendees.c.item_id.in_(ids)
            )
        ):
            attendee_ids[item_id].add(person_id)
        for item_id, group_id in s.execute(
            select(item_groups.c.item_id, item_groups.c.group_id).where(item_groups.c.item_id.in_(ids))
        ):
            groups_of[item_id].add(group_id)
        wanted_groups = set().union(*groups_of.values())
        if wanted_groups:
            for group_id, person_id in s.execute(
                select(group_members.c.group_id, group_members.c.participant_id).where(
                    group_members.c.group_id.in_(sorted(wanted_groups))
                )
            ):
                members[group_id].add(person_id)
    # everyone of the visit, each by side, rank and name in ``lang``: the guests and hosts of a meeting
    # (its attendees and the people of its groups) and the owners of action items (an owner typed as
    # text has no translations: as typed)
    participants = {
        pid: (side, rank, name, localized(name, dict(name_i18n or {}), lang))
        for pid, side, rank, name, name_i18n in s.execute(
            select(
                Participant.id,
                Participant.side,
                Participant.protocol_rank,
                Participant.full_name,
                Participant.name_i18n,
            ).where(Participant.visit_id == visit_id)
        )
    }
    names = {pid: person[3] for pid, person in participants.items()}
    rows = []
    absent = absent_joiners(uow.session, visit_id)
    for meeting, item in found:
        # as the check and the printed documents count them: the attendees and the groups' people who
        # are there at its time
        everyone = people_attending(attendee_ids[item.id], groups_of[item.id], members)
        everyone -= absent.get(item.id, frozenset())
        # ordered by the name as typed, as everywhere the protocol order is read
        attending = sorted(
            (participants[p] for p in everyone if p in participants), key=lambda x: (x[1], x[2])
        )
        guests = tuple(n for side, _, _, n in attending if side == Side.GUEST)
        hosts = tuple(n for side, _, _, n in attending if side == Side.HOST)
        title_i18n = dict(item.title_i18n or {})
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
                    guests,
                    hosts,
                    (),
                    0,
                    attendee_ids=frozenset(attendee_ids.get(item.id, ())),
                    title_i18n=title_i18n,
                    lang=lang,
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
                guests,
                hosts,
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
                                dict(a.description_i18n or {}),
                                lang,
                                dict(a.owner_text_i18n or {}),
                            )
                            for a in o.action_items
                        ),
                        o.version,
                        dict(o.topic_i18n or {}),
                        lang,
                        dict(o.text_i18n or {}),
                    )
                    for o in meeting.outcomes
                ),
                meeting.version,
                attendee_ids=frozenset(attendee_ids.get(item.id, ())),
                title_i18n=title_i18n,
                lang=lang,
                agenda_i18n={k: list(v) for k, v in (meeting.agenda_i18n or {}).items()},
                minutes_i18n=dict(meeting.minutes_i18n or {}),
            )
        )
    return rows


@dataclass(frozen=True)
class ItemChoice:
    """A programme item that can become a meeting: its id and title."""

    id: int
    title: str


def items_without_meeting(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[ItemChoice]:
    """The visit's items of another kind than meeting that have no meeting yet, by start time: talks held
    during a lunch or a visit to a site. (An item of kind meeting is on the Meetings page already.) Titles
    in ``lang`` (their translation, else as typed; None: as typed)."""
    stmt = (
        select(ItineraryItem.id, ItineraryItem.title, ItineraryItem.title_i18n)
        .outerjoin(Meeting, Meeting.item_id == ItineraryItem.id)
        .where(
            ItineraryItem.visit_id == visit_id,
            Meeting.id.is_(None),
            ItineraryItem.kind != ItemKind.MEETING.value,
        )
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    return [
        ItemChoice(item_id, localized(title, dict(i18n or {}), lang))
        for item_id, title, i18n in uow.session.execute(stmt)
    ]
