"""Arrivals and departures person by person: when, where, how (flight, train, car), and who meets them.

A person's time and place are their own (migration 0004), else their group's, else the visit's, else the
visit's ``arrival`` / ``departure`` item that concerns them (the same order the planner follows; hosts only
have their own). How they travel, the number and who meets them or sees them off are the person's own
(migration 0009); without a meeter the host responsible for that item is named. Guests are always listed;
hosts only when they have an arrival or departure of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from planner.domain.kinds import ItemKind, Side, localized
from planner.persistence.tables import Group, Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import (
    PersonLine,
    ProgrammeLine,
    VisitHeader,
    VisitReader,
    protocol_key,
)

ENDS = ("arrival", "departure")


@dataclass(frozen=True)
class TravelLine:
    """One person's arrival or departure as the list prints it (empty texts: not known)."""

    person: PersonLine
    at: datetime | None
    place: str
    mode: str  # a TravelMode value or ""
    number: str
    meeter: str


@dataclass(frozen=True)
class ArrivalsData:
    """Arrivals and departures of a visit, each in time order (unknown times last), then by precedence."""

    visit: VisitHeader
    arrivals: tuple[TravelLine, ...]
    departures: tuple[TravelLine, ...]


def _order(line: TravelLine) -> tuple[int, float, tuple[int, int, str, int]]:
    return (line.at is None, line.at.timestamp() if line.at else 0.0, protocol_key(line.person))


def arrivals_data(uow: UnitOfWork, visit_id: int, lang: str) -> ArrivalsData:
    """Every guest's (and any host's own) arrival and departure, in time order."""
    reader = VisitReader(uow, visit_id, lang)
    session = reader.session
    rows = {p.id: p for p in session.scalars(select(Participant).where(Participant.visit_id == visit_id))}
    groups = list(session.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.id)))
    members = reader.members()
    visit = reader.visit_row
    items = reader.items()
    end_items = {end: [i for i in items if i.kind == ItemKind(end)] for end in ENDS}
    site_ids = {
        getattr(owner, f"{end}_site_id") for owner in (visit, *groups, *rows.values()) for end in ENDS
    } - {None}
    site_names = {
        s.id: localized(s.name, s.name_i18n, lang)
        for s in session.scalars(select(Site).where(Site.id.in_(site_ids)))
    }

    def item_for(end: str, person_id: int) -> ProgrammeLine | None:
        found = [i for i in end_items[end] if i.for_everyone or person_id in reader.people_of(i)]
        if not found:
            return None
        return found[0] if end == "arrival" else found[-1]

    def line(end: str, person: PersonLine) -> TravelLine | None:
        row = rows[person.id]
        owners: list[Any] = [row]
        if person.side == Side.GUEST:
            owners += [g for g in groups if person.id in members.get(g.id, set())]
            owners.append(visit)
        at, place, item = None, "", None
        for owner in owners:
            if getattr(owner, f"{end}_at") is not None:
                at = getattr(owner, f"{end}_at")
                place = site_names.get(getattr(owner, f"{end}_site_id"), "")
                break
        if at is None and person.side == Side.GUEST:
            item = item_for(end, person.id)
            if item is not None:
                at, place = (item.starts_at if end == "arrival" else item.ends_at), item.place
        meeter_id = getattr(row, f"{end}_meeter_id")
        meeter = reader.people[meeter_id].name if meeter_id in reader.people else ""
        meeter = meeter or getattr(row, f"{end}_meeter")
        if not meeter and item is not None and item.responsible is not None:
            meeter = item.responsible.name
        mode, number = getattr(row, f"{end}_mode"), getattr(row, f"{end}_number")
        if person.side != Side.GUEST and at is None and not (mode or number or meeter):
            return None
        return TravelLine(person, at, place, mode, number, meeter)

    found: dict[str, list[TravelLine]] = {end: [] for end in ENDS}
    for person in sorted(reader.people.values(), key=protocol_key):
        for end in ENDS:
            travel = line(end, person)
            if travel is not None:
                found[end].append(travel)
    return ArrivalsData(
        reader.header,
        tuple(sorted(found["arrival"], key=_order)),
        tuple(sorted(found["departure"], key=_order)),
    )
