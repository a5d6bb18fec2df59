"""A visit's programme as an iCalendar file (RFC 5545) that calendar programs import and update.

Events carry the host's time zone (a VTIMEZONE and TZID on every time), a location and a description.
UIDs are made from the item id and the database's own identity, so importing a re-exported file updates
the events already in a calendar instead of adding copies. SEQUENCE is the number of programme versions
in which the item changed (its times, place, people or car), so a calendar program moves a changed event
and keeps the others; an item deleted from the programme goes out as STATUS:CANCELLED under its UID, so
the calendar removes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Language, localized
from planner.domain.vocabulary import value_name
from planner.interchange.safe_write import write_file
from planner.persistence.tables import DatabaseInfo, Participant, group_members
from planner.persistence.tables import Group as GroupTable
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import ProgrammeLine, VisitReader
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.programme_versions import cancelled_items, item_sequences

PRODID = "-//Delegation Planner//Programme of the visit//EN"

# the labels of an event's description, in the language the calendar is written in
_LABELS: dict[str, dict[Language, str]] = {
    "where": {Language.RU: "Где", Language.KK: "Қайда", Language.EN: "Where"},
    "groups": {Language.RU: "Группы", Language.KK: "Топтар", Language.EN: "Groups"},
    "participants": {Language.RU: "Участники", Language.KK: "Қатысушылар", Language.EN: "Participants"},
    "host": {
        Language.RU: "Ответственный от принимающей стороны",
        Language.KK: "Қабылдаушы тараптан жауапты",
        Language.EN: "Responsible host",
    },
}


def _label(key: str, lang: Language) -> str:
    return _LABELS[key][lang]


@dataclass(frozen=True)
class _Place:
    name: str
    address: str
    latitude: float | None
    longitude: float | None


def database_identity(uow: UnitOfWork) -> str:
    """The database's UUID (made by migration 0003); the same after a backup is restored."""
    value = uow.session.scalar(select(DatabaseInfo.value).where(DatabaseInfo.key == "database_id"))
    if not value:
        raise NotFoundError("the database has no identity; run 'delegation-planner init' to upgrade it")
    return value


def item_uid(item_id: int, identity: str) -> str:
    """The stable UID of an item's event in every export from this database."""
    return f"item-{item_id}.{identity}@delegation-planner"


def _person_filter(uow: UnitOfWork, visit_id: int, participant_id: int) -> tuple[int, set[str]]:
    person = uow.session.get(Participant, participant_id)
    if person is None or person.visit_id != visit_id:
        raise NotFoundError(f"visit {visit_id} has no participant with id {participant_id}")
    groups = set(
        uow.session.scalars(
            select(GroupTable.name)
            .join(group_members, group_members.c.group_id == GroupTable.id)
            .where(group_members.c.participant_id == participant_id)
        )
    )
    return participant_id, groups


def items_for_participant(rows: Iterable[ItemRow], participant_id: int, groups: set[str]) -> list[ItemRow]:
    """The items one person is in: named as attendee, in an attending group, or open to everyone."""
    return [
        r
        for r in rows
        if participant_id in r.attendee_ids
        or groups.intersection(r.groups)
        or (not r.attendee_ids and not r.groups)
    ]


def build_calendar(
    uow: UnitOfWork,
    visit_id: int,
    participant_id: int | None = None,
    now: datetime | None = None,
    lang: str = Language.RU,
) -> Calendar:
    """The calendar of a visit (or of one participant's items), in the host's time zone, written in
    ``lang``: the labels and kinds in it, and every name (the visit's title, items' titles, sites, rooms,
    addresses, groups, people, notes) its translation when there is one, else as typed."""
    language = Language(lang)
    reader = VisitReader(uow, visit_id, language)
    visit = reader.header
    rows = visit_items(uow, visit_id, language)
    title = visit.title
    if participant_id is not None:
        pid, groups = _person_filter(uow, visit_id, participant_id)
        rows = items_for_participant(rows, pid, groups)
        title = f"{visit.title} — {reader.people[pid].name}"
    identity = database_identity(uow)
    lines = {line.id: line for line in reader.items()}
    tz = ZoneInfo(visit.host_timezone)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", visit.host_timezone)
    sequences = item_sequences(uow, visit_id)
    for row in rows:
        site_id = reader.site_of.get(row.id)
        site = reader.sites.get(site_id) if site_id is not None else None
        place = (
            _Place(lines[row.id].place, lines[row.id].address, site.latitude, site.longitude)
            if site is not None
            else None
        )
        event = _event(row, lines[row.id], identity, tz, stamp, place, language)
        event.add("sequence", sequences.get(row.id, 0))
        cal.add_component(event)
    for item_id, state in sorted(cancelled_items(uow, visit_id).items()):
        people = state.get("people")
        if participant_id is not None and people is not None and participant_id not in people:
            continue
        cal.add_component(_cancelled(item_id, state, identity, tz, stamp, sequences.get(item_id, 0)))
    # the zone's rules around the visit only: a VTIMEZONE since 1970 is long and gains nothing
    cal.add_missing_timezones(
        first_date=visit.start_date - timedelta(days=366), last_date=visit.end_date + timedelta(days=366)
    )
    return cal


def names_people(calendar: Calendar) -> bool:
    """True when an event of the calendar lists participants by name (in any language it is written in)."""
    starts = tuple(f"{text}: " for text in _LABELS["participants"].values())
    return any(
        line.startswith(starts)
        for e in calendar.walk("VEVENT")
        for line in str(e.get("description", "")).splitlines()
    )


def write_calendar(calendar: Calendar, path: Path, *, personal: bool = False) -> int:
    """Write ``calendar`` to ``path`` safely; return the number of events.

    One person's calendar (``personal``) or one that names participants is private: created 0600.
    """
    private = personal or names_people(calendar)
    write_file(path, calendar.to_ical(), private=private)
    return len(calendar.walk("VEVENT"))


def _event(
    row: ItemRow,
    line: ProgrammeLine,
    identity: str,
    tz: ZoneInfo,
    stamp: datetime,
    place: _Place | None,
    lang: Language,
) -> Event:
    event = Event()
    kind = value_name("item_kind", row.kind, lang)
    # the room of an item at a site (the site is its place); an item without a site has it as its place
    room = localized(row.location, row.location_i18n, lang) if place else ""
    event.add("uid", item_uid(row.id, identity))
    event.add("dtstamp", stamp)
    event.add("summary", line.title)
    event.add("dtstart", row.starts_at.astimezone(tz))
    event.add("dtend", row.ends_at.astimezone(tz))
    event.add("categories", [kind])
    location = ", ".join(x for x in (place.name, place.address) if x) if place else line.place
    if location:
        event.add("location", location)
    if place and place.latitude is not None and place.longitude is not None:
        event.add("geo", (place.latitude, place.longitude))
    lines = [kind]
    if room:
        lines.append(f"{_label('where', lang)}: {room}")
    if line.groups:
        lines.append(f"{_label('groups', lang)}: " + ", ".join(line.groups))
    if line.attendees:
        lines.append(f"{_label('participants', lang)}: " + ", ".join(p.name for p in line.attendees))
    if line.responsible is not None:
        lines.append(f"{_label('host', lang)}: {line.responsible.name}")
    if line.notes:
        lines.append(line.notes)
    event.add("description", "\n".join(lines))
    return event


def _cancelled(
    item_id: int, state: dict[str, Any], identity: str, tz: ZoneInfo, stamp: datetime, sequence: int
) -> Event:
    """A deleted item's event, cancelled: same UID, a higher SEQUENCE, its last times and title."""
    event = Event()
    event.add("uid", item_uid(item_id, identity))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("status", "CANCELLED")
    event.add("summary", state.get("title", ""))
    event.add("dtstart", datetime.fromisoformat(state["start"]).astimezone(tz))
    event.add("dtend", datetime.fromisoformat(state["end"]).astimezone(tz))
    if state.get("location"):
        event.add("location", state["location"])
    return event
