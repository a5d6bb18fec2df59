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
from collections.abc import Callable, Iterable, Sequence
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
from planner.queries.attending import people_attending
from planner.queries.presence import absent_joiners
from planner.queries.stay import ARRIVAL, BY_ITEM, BY_VISIT, DEPARTURE, StayEnd, Stays, read_stays


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
    # when and where the delegation arrives and leaves (planner.queries.stay): its own, else its first
    # arrival (last departure) item; None when neither is known
    arrival: StayEnd | None = None
    departure: StayEnd | None = None

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
class BoundLine:
    """An arrival or departure that a day's table prints as a line of its own because no arrival
    (departure) item stands for it: a bound of the stay (the visit's, a group's or a person's, as set in
    the visit's details), not an item of the programme."""

    bound: StayEnd
    # the groups and people whose arrival or departure it is; empty: the whole delegation's (or, in a
    # personal itinerary, the person's own)
    who: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayBlock:
    """One day of a visit and its items in time order (``number`` 1 = first day), with the arrivals and
    departures printed as lines of their own that day (``bounds``, see :class:`BoundLine`)."""

    number: int
    day: date
    items: tuple[ProgrammeLine, ...]
    bounds: tuple[BoundLine, ...] = ()


def _any(item: ProgrammeLine) -> bool:
    return True


def _not_for_everyone(item: ProgrammeLine) -> bool:
    return not item.for_everyone


def _of_group(group_id: int) -> Callable[[ProgrammeLine], bool]:
    """Whether an item names the group."""
    return lambda item: group_id in item.group_ids


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
        self.rows: dict[int, Participant] = {p.id: p for p in people}
        # one place decides how namesakes print: every document reads its names from here
        self.people: dict[int, PersonLine] = tell_namesakes_apart(person_line(p, lang) for p in people)
        ordered = sorted(self.people.values(), key=protocol_key)
        guests = [p for p in ordered if p.side == Side.GUEST]
        hosts = [p for p in ordered if p.side != Side.GUEST]
        self.guests, self.hosts = tuple(guests), tuple(hosts)
        self.stays: Stays = read_stays(uow.connection, visit_id, lang)
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
            localized(visit.purpose, visit.purpose_i18n, lang),
            guests[0] if guests else None,
            hosts[0] if hosts else None,
            self.stays.of_visit(ARRIVAL),
            self.stays.of_visit(DEPARTURE),
        )
        self.tz = zone(visit.host_timezone)
        self._items: list[ProgrammeLine] | None = None
        self._members: dict[int, set[int]] | None = None
        self._absent: dict[int, frozenset[int]] | None = None
        self._group_names: dict[int, str] | None = None
        self._item_index: dict[int, ProgrammeLine] | None = None
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
        group_names = self.group_names()
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

    def group_names(self) -> dict[int, str]:
        """Group id -> its name in the reader's language, read once."""
        if self._group_names is None:
            self._group_names = {
                g.id: localized(g.name, g.name_i18n, self.lang)
                for g in self.session.scalars(select(Group).where(Group.visit_id == self.visit_row.id))
            }
        return self._group_names

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
        """Everyone an item concerns: its attendees and the members of its groups who are there at its
        time (a member who comes later than the group joins it at the first item they can reach)."""
        people = people_attending((p.id for p in item.attendees), item.group_ids, self.members())
        return people - self.absent_from(item)

    def absent_from(self, item: ProgrammeLine) -> frozenset[int]:
        """The members the item's groups (for an item for everyone: the delegation) would bring who are
        not there yet, or no longer (``planner.queries.presence``)."""
        if self._absent is None:
            self._absent = absent_joiners(self.session, self.visit_row.id)
        return self._absent.get(item.id, frozenset())

    def attends(self, person_id: int, item: ProgrammeLine) -> bool:
        """Whether the person is at the item: for everyone or theirs, and they are there at its time."""
        if item.for_everyone:
            return person_id not in self.absent_from(item)
        return person_id in self.people_of(item)

    def days(
        self, items: Iterable[ProgrammeLine], only: int | None = None, bounds: Iterable[BoundLine] = ()
    ) -> tuple[DayBlock, ...]:
        """Items (and ``bounds``) grouped by the visit's days (every day of the visit, even an empty
        one)."""
        header = self.header
        by_date: dict[date, list[ProgrammeLine]] = defaultdict(list)
        for item in items:
            by_date[item.starts_at.astimezone(self.tz).date()].append(item)
        bounds_by_date: dict[date, list[BoundLine]] = defaultdict(list)
        for line in bounds:
            bounds_by_date[line.bound.at.astimezone(self.tz).date()].append(line)

        def block(number: int, day: date) -> DayBlock:
            return DayBlock(number, day, tuple(by_date.pop(day, ())), tuple(bounds_by_date.pop(day, ())))

        numbers = [only] if only is not None else range(1, header.day_count + 1)
        blocks = [block(n, header.day_date(n)) for n in numbers]
        if only is None:
            # items outside the visit's dates still print (a conflict check reports them), after the rest;
            # so does an arrival the evening before the first day or a departure the morning after
            for extra_day in sorted(set(by_date) | set(bounds_by_date)):
                blocks.append(block((extra_day - header.start_date).days + 1, extra_day))
            blocks.sort(key=lambda b: b.day)
        return tuple(blocks)

    # arrivals and departures ---------------------------------------------------------------------

    def groups_of(self, person_id: int) -> list[int]:
        """The ids of the groups a person belongs to."""
        return sorted(g for g, people in self.members().items() if person_id in people)

    def stay_of(self, person: PersonLine, end: str) -> StayEnd | None:
        """A person's arrival or departure by the one rule of :mod:`planner.queries.stay` (their own,
        their group's, the visit's, else the arrival or departure item that concerns them)."""
        if self._item_index is None:
            self._item_index = {i.id: i for i in self.items()}
        index = self._item_index

        def concerns(item_id: int) -> bool:
            item = index.get(item_id)
            return item is not None and self.attends(person.id, item)

        return self.stays.of_person(
            end,
            person.id,
            host=person.side != Side.GUEST,
            group_ids=self.groups_of(person.id),
            concerns=concerns,
        )

    def _stands_for(
        self, bound: StayEnd, items: Iterable[ProgrammeLine], counts: Callable[[ProgrammeLine], bool]
    ) -> bool:
        """Whether an arrival (departure) item on the bound's day that ``counts`` stands for it."""
        day = bound.at.astimezone(self.tz).date()
        return any(
            i.kind == bound.end and i.starts_at.astimezone(self.tz).date() == day and counts(i) for i in items
        )

    def programme_bounds(self) -> list[BoundLine]:
        """The arrivals and departures the programme prints as lines of their own: the visit's, each
        group's and each guest's own, where no arrival (departure) item of theirs on that day stands for
        it; one line for those at the same time and place, naming them (none: the whole delegation)."""
        items = self.items()
        # (end, instant, site, place) -> the bound and whose it is (None: the whole delegation's)
        lines: dict[tuple[str, datetime, int | None, str], tuple[StayEnd, list[str] | None]] = {}

        def add(bound: StayEnd, who: str | None) -> None:
            key = (bound.end, bound.at, bound.site_id, bound.place)
            if key not in lines:
                lines[key] = (bound, None if who is None else [who])
            elif who is not None:
                names = lines[key][1]
                if names is not None:  # a line of the whole delegation names nobody
                    names.append(who)

        names = self.group_names()
        for end in (ARRIVAL, DEPARTURE):
            visit = self.header.arrival if end == ARRIVAL else self.header.departure
            if visit is not None and visit.by != BY_ITEM and not self._stands_for(visit, items, _any):
                add(visit, None)
            for group_id in sorted(self.stays.groups, key=lambda g: (names.get(g, ""), g)):
                bound = self.stays.own_of_group(end, group_id)
                if bound is not None and not self._stands_for(bound, items, _of_group(group_id)):
                    add(bound, names.get(group_id, ""))
            for person in self.guests:
                bound = self.stays.own_of_person(end, person.id)
                if bound is not None and not self._stands_for(bound, items, self._of_person(person.id)):
                    add(bound, person.name)
        return [BoundLine(bound, tuple(who or ())) for bound, who in lines.values()]

    def _of_person(self, person_id: int) -> Callable[[ProgrammeLine], bool]:
        """Whether an item names the person (as an attendee or through a group)."""
        return lambda item: person_id in self.people_of(item)

    def person_bounds(self, person: PersonLine, mine: Sequence[ProgrammeLine]) -> list[BoundLine]:
        """A person's arrival and departure as lines of their itinerary, unless an arrival (departure)
        item of theirs on that day stands for it (a whole-visit item only for the visit's own)."""
        found = []
        for end in (ARRIVAL, DEPARTURE):
            bound = self.stay_of(person, end)
            if bound is None or bound.by == BY_ITEM:
                continue  # the item is in the itinerary already
            counts = _any if bound.by == BY_VISIT else _not_for_everyone
            if not self._stands_for(bound, mine, counts):
                found.append(BoundLine(bound))
        return found

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
