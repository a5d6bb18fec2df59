"""What every document of a visit is built from: its people, header and items, read once.

:class:`VisitReader` reads a visit's participants, groups and items inside the caller's unit of work and
turns them into frozen rows already in the chosen language (the fallback rule of
:func:`planner.domain.kinds.localized`): every name a document prints (the visit's title, the delegation and
its home region, the host region and organisation, the way the delegation arrives, people's names,
positions and organisations, group and site names, addresses, items' titles, places and notes, cars'
labels, drivers and notes) is its translation when there is one, else the typed value. The document
modules beside it pick what each document needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import Side, localized
from planner.domain.namesakes import Namesake, distinguished_names
from planner.domain.timeutil import zone
from planner.persistence.tables import (
    MOTORCADE_ORDER,
    Delegation,
    Group,
    ItineraryItem,
    Participant,
    Site,
    Vehicle,
    Visit,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class PersonLine:
    """A participant as documents print them."""

    id: int
    side: str
    name: str
    title: str
    organisation: str
    role: str
    rank: int
    phone: str
    email: str
    # a namesake's name alone and what its brackets hold (``name`` is ``plain_name (beside)``); empty for
    # everyone else
    plain_name: str = ""
    beside: str = ""

    def name_beside(self, *printed: str) -> str:
        """The name where ``printed`` texts (position, organisation) print beside it anyway: a namesake's
        distinction is then left out of brackets rather than read twice."""
        if not self.beside:
            return self.name
        shown = {text for text in printed if text}
        both = ", ".join(x for x in (self.title, self.organisation) if x)
        if self.beside in shown or (self.beside == both and {self.title, self.organisation} <= shown):
            return self.plain_name
        return self.name


@dataclass(frozen=True)
class VisitHeader:
    """What every document of a visit says about the visit itself."""

    id: int
    title: str
    delegation: str
    home_region: str
    home_country: str
    host_region: str
    host_organisation: str
    host_timezone: str
    guest_timezone: str
    start_date: date
    end_date: date
    arrival_mode: str
    purpose: str
    guest_head: PersonLine | None
    host_head: PersonLine | None

    @property
    def day_count(self) -> int:
        """Number of calendar days of the visit."""
        return (self.end_date - self.start_date).days + 1

    def day_date(self, number: int) -> date:
        """The date of day ``number`` (1 = first day); ValidationError when out of range."""
        if not 1 <= number <= self.day_count:
            raise ValidationError(
                f"day {number} is out of range: the visit has {self.day_count} day(s), "
                f"1 to {self.day_count} ({self.start_date:%d.%m.%Y}–{self.end_date:%d.%m.%Y})"
            )
        return self.start_date + timedelta(days=number - 1)


@dataclass(frozen=True)
class ProgrammeLine:
    """One item of the programme, with everything a printed row shows."""

    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    address: str
    notes: str
    groups: tuple[str, ...]
    group_ids: tuple[int, ...]
    attendees: tuple[PersonLine, ...]
    responsible: PersonLine | None
    site_contact: str
    site_phone: str

    @property
    def for_everyone(self) -> bool:
        """No group and no attendee named: the item concerns the whole visit."""
        return not self.groups and not self.attendees


@dataclass(frozen=True)
class DayBlock:
    """One day of a visit and its items in time order (``number`` 1 = first day)."""

    number: int
    day: date
    items: tuple[ProgrammeLine, ...]


def person_line(p: Participant, lang: str) -> PersonLine:
    return PersonLine(
        p.id,
        p.side,
        localized(p.full_name, p.name_i18n, lang),
        localized(p.title, p.title_i18n, lang),
        localized(p.organisation, p.organisation_i18n, lang),
        p.role,
        p.protocol_rank,
        p.phone,
        p.email,
    )


@dataclass(frozen=True)
class CarNames:
    """A car's label, driver's name and notes as a document in one language prints them."""

    label: str
    driver: str
    notes: str


def car_names(v: Vehicle, lang: str) -> CarNames:
    """The car's names in ``lang``: each its translation when there is one, else as typed."""
    return CarNames(
        localized(v.label, v.label_i18n, lang),
        localized(v.driver_name, v.driver_name_i18n, lang),
        localized(v.notes, v.notes_i18n, lang),
    )


def tell_namesakes_apart(people: Iterable[PersonLine]) -> dict[int, PersonLine]:
    """People by id, where two or more who print the same name carry what tells them apart beside it:
    ``Иванов Иван (Министр)``, else their organisation, else both; everyone else is left as they are.

    Every document prints names from these lines, so namesakes read apart on all of them alike.
    """
    lines = {p.id: p for p in people}
    shown = distinguished_names(Namesake(p.id, p.name, p.title, p.organisation) for p in lines.values())
    return {
        pid: p
        if shown[pid] == p.name
        else replace(p, name=shown[pid], plain_name=p.name, beside=shown[pid][len(p.name) + 2 : -1])
        for pid, p in lines.items()
    }


def protocol_key(person: PersonLine) -> tuple[int, int, str, int]:
    """Sort key of protocol order: guests before hosts, then rank, then name."""
    return (0 if person.side == Side.GUEST else 1, person.rank, person.name, person.id)


def visit_or_fail(uow: UnitOfWork, visit_id: int) -> Visit:
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return visit


class VisitReader:
    """Reads a visit's people, groups and items once; every document of the visit is built from it."""

    def __init__(self, uow: UnitOfWork, visit_id: int, lang: str) -> None:
        self.session = uow.session
        self.lang = lang
        visit = visit_or_fail(uow, visit_id)
        delegation = self.session.get(Delegation, visit.delegation_id)
        assert delegation is not None
        self.visit_row = visit
        people = self.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).all()
        # one place decides how namesakes print: every document reads its names from here
        self.people: dict[int, PersonLine] = tell_namesakes_apart(person_line(p, lang) for p in people)
        ordered = sorted(self.people.values(), key=protocol_key)
        guests = [p for p in ordered if p.side == Side.GUEST]
        hosts = [p for p in ordered if p.side != Side.GUEST]
        self.guests, self.hosts = tuple(guests), tuple(hosts)
        self.header = VisitHeader(
            visit.id,
            localized(visit.title, visit.title_i18n, lang),
            localized(delegation.name, delegation.name_i18n, lang),
            localized(delegation.home_region, delegation.home_region_i18n, lang),
            delegation.home_country,
            localized(visit.host_region, visit.host_region_i18n, lang),
            localized(visit.host_organisation, visit.host_organisation_i18n, lang),
            visit.host_timezone,
            delegation.home_timezone,
            visit.start_date,
            visit.end_date,
            localized(visit.arrival_mode, visit.arrival_mode_i18n, lang),
            visit.purpose,
            guests[0] if guests else None,
            hosts[0] if hosts else None,
        )
        self.tz = zone(visit.host_timezone)
        self._items: list[ProgrammeLine] | None = None
        self._members: dict[int, set[int]] | None = None
        # filled as the items are read: each item's site, and the sites the items use
        self.site_of: dict[int, int | None] = {}
        self.sites: dict[int, Site] = {}

    # items ---------------------------------------------------------------------------------------

    def items(self) -> list[ProgrammeLine]:
        """Every item of the visit in time order, read once."""
        if self._items is None:
            self._items = self._read_items()
        return self._items

    def _read_items(self) -> list[ProgrammeLine]:
        visit_id, lang = self.visit_row.id, self.lang
        found = self.session.execute(
            select(ItineraryItem, Site)
            .outerjoin(Site, ItineraryItem.site_id == Site.id)
            .where(ItineraryItem.visit_id == visit_id)
            .order_by(ItineraryItem.starts_at, ItineraryItem.ends_at, ItineraryItem.id)
        ).all()
        attendees: dict[int, list[int]] = defaultdict(list)
        for item_id, person_id in self.session.execute(
            select(item_attendees.c.item_id, item_attendees.c.participant_id)
            .join(ItineraryItem, ItineraryItem.id == item_attendees.c.item_id)
            .where(ItineraryItem.visit_id == visit_id)
        ):
            attendees[item_id].append(person_id)
        group_names = {
            g.id: localized(g.name, g.name_i18n, lang)
            for g in self.session.scalars(select(Group).where(Group.visit_id == visit_id))
        }
        item_group_ids: dict[int, list[int]] = defaultdict(list)
        for item_id, group_id in self.session.execute(
            select(item_groups.c.item_id, item_groups.c.group_id)
            .join(ItineraryItem, ItineraryItem.id == item_groups.c.item_id)
            .where(ItineraryItem.visit_id == visit_id)
        ):
            item_group_ids[item_id].append(group_id)
        rows = []
        for item, site in found:
            self.site_of[item.id] = item.site_id
            if site is not None:
                self.sites[site.id] = site
            gids = sorted(item_group_ids.get(item.id, ()), key=lambda g: group_names[g])
            people = sorted((self.people[p] for p in attendees.get(item.id, ())), key=protocol_key)
            place = localized(site.name, site.name_i18n, lang) if site is not None else ""
            rows.append(
                ProgrammeLine(
                    item.id,
                    item.kind,
                    localized(item.title, item.title_i18n, lang),
                    item.starts_at,
                    item.ends_at,
                    place or localized(item.location, item.location_i18n, lang),
                    localized(site.address, site.address_i18n, lang) if site is not None else "",
                    localized(item.notes, item.notes_i18n, lang),
                    tuple(group_names[g] for g in gids),
                    tuple(gids),
                    tuple(people),
                    self.people.get(item.responsible_host_id) if item.responsible_host_id else None,
                    site.contact_name if site is not None else "",
                    site.contact_phone if site is not None else "",
                )
            )
        return rows

    def members(self) -> dict[int, set[int]]:
        """Group id -> ids of its members."""
        if self._members is None:
            found: dict[int, set[int]] = defaultdict(set)
            for group_id, person_id in self.session.execute(
                select(group_members.c.group_id, group_members.c.participant_id)
                .join(Group, Group.id == group_members.c.group_id)
                .where(Group.visit_id == self.visit_row.id)
            ):
                found[group_id].add(person_id)
            self._members = dict(found)
        return self._members

    def people_of(self, item: ProgrammeLine) -> set[int]:
        """Everyone an item concerns: its attendees and the members of its groups."""
        members = self.members()
        ids = {p.id for p in item.attendees}
        for g in item.group_ids:
            ids |= members.get(g, set())
        return ids

    def days(self, items: Iterable[ProgrammeLine], only: int | None = None) -> tuple[DayBlock, ...]:
        """Items grouped by the visit's days (every day of the visit, even an empty one)."""
        header = self.header
        by_date: dict[date, list[ProgrammeLine]] = defaultdict(list)
        for item in items:
            by_date[item.starts_at.astimezone(self.tz).date()].append(item)
        numbers = [only] if only is not None else range(1, header.day_count + 1)
        blocks = [
            DayBlock(n, header.day_date(n), tuple(by_date.pop(header.day_date(n), ()))) for n in numbers
        ]
        if only is None:
            # items outside the visit's dates still print (a conflict check reports them), after the rest
            for extra_day in sorted(by_date):
                number = (extra_day - header.start_date).days + 1
                blocks.append(DayBlock(number, extra_day, tuple(by_date[extra_day])))
            blocks.sort(key=lambda b: b.day)
        return tuple(blocks)

    # vehicles ------------------------------------------------------------------------------------

    def vehicles(self) -> list[Vehicle]:
        """The visit's vehicles in the motorcade's order (as the manifest and placards), with their seats."""
        return list(
            self.session.scalars(
                select(Vehicle)
                .where(Vehicle.visit_id == self.visit_row.id)
                .options(selectinload(Vehicle.seatings))
                .order_by(*MOTORCADE_ORDER)
            )
        )
