"""Read rows for the printed documents: frozen, already in the chosen language, in protocol order.

The PDF builders never see ORM objects: each ``*_data`` function reads what one document needs inside
the caller's unit of work and returns plain frozen rows, so rendering can happen after the session closed.
Texts are localized with the fallback rule of :func:`planner.domain.kinds.localized`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import Side, localized
from planner.domain.timeutil import zone
from planner.persistence.tables import (
    Delegation,
    Group,
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    SignedDocument,
    Site,
    TravelTimeOverride,
    Vehicle,
    Visit,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork
from planner.scheduling.travel import TravelSettings, TravelTimes

# ------------------------------------------------------------------------------------------------ rows


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


@dataclass(frozen=True)
class ProgrammeData:
    """The programme (or one day's agenda) of a visit."""

    visit: VisitHeader
    days: tuple[DayBlock, ...]


@dataclass(frozen=True)
class VehicleRef:
    """The car someone rides in, as a pocket itinerary names it."""

    id: int
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str


@dataclass(frozen=True)
class Contact:
    """A person to call: ``kind`` is driver, host or site; ``detail`` the car, title or place."""

    kind: str
    name: str
    detail: str
    phone: str


@dataclass(frozen=True)
class ItineraryLine:
    """One item of a personal itinerary and the car that takes the person there."""

    item: ProgrammeLine
    vehicle: VehicleRef | None


@dataclass(frozen=True)
class ItineraryData:
    """A participant's personal itinerary."""

    visit: VisitHeader
    person: PersonLine
    vehicle: VehicleRef | None
    days: tuple[tuple[int, date, tuple[ItineraryLine, ...]], ...]
    contacts: tuple[Contact, ...]


@dataclass(frozen=True)
class Leg:
    """One drive of a vehicle: when it leaves, from where, to which item, and who is aboard."""

    day: date
    departs_at: datetime
    from_place: str
    to_place: str
    arrives_by: datetime
    item_title: str
    passengers: tuple[str, ...]
    estimated_minutes: int | None


@dataclass(frozen=True)
class VehicleBlock:
    """A vehicle of the motorcade, its crew, passengers and legs."""

    id: int
    label: str
    kind: str
    plate: str
    driver: str
    driver_phone: str
    seats: int
    notes: str
    passengers: tuple[PersonLine, ...]
    legs: tuple[Leg, ...]


@dataclass(frozen=True)
class TransportData:
    """The transport plan of a visit."""

    visit: VisitHeader
    vehicles: tuple[VehicleBlock, ...]


@dataclass(frozen=True)
class DelegationListData:
    """Both sides of a visit in protocol order."""

    visit: VisitHeader
    guests: tuple[PersonLine, ...]
    hosts: tuple[PersonLine, ...]


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


@dataclass(frozen=True)
class SignatoryLine:
    """Who signed a document, for which party."""

    name: str
    title: str
    party: str


@dataclass(frozen=True)
class CommitmentLine:
    """What a document commits a party to, and how far it is."""

    area: str
    text: str
    responsible: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class DocumentBlock:
    """A signed document with its signatories and commitments."""

    id: int
    title: str
    doc_type: str
    partner_region: str
    parties: tuple[str, ...]
    signatories: tuple[SignatoryLine, ...]
    signed_on: date | None
    place: str
    term_start: date | None
    term_end: date | None
    copies: int
    status: str
    notes: str
    commitments: tuple[CommitmentLine, ...]
    visit_title: str


@dataclass(frozen=True)
class DocumentsData:
    """Signed documents of one visit, or of every visit with one partner region."""

    visit: VisitHeader | None
    partner_region: str
    documents: tuple[DocumentBlock, ...]


# --------------------------------------------------------------------------------------------- helpers


def _person(p: Participant, lang: str) -> PersonLine:
    return PersonLine(
        p.id,
        p.side,
        localized(p.full_name, p.name_i18n, lang),
        localized(p.title, p.title_i18n, lang),
        p.organisation,
        p.role,
        p.protocol_rank,
        p.phone,
        p.email,
    )


def protocol_key(person: PersonLine) -> tuple[int, int, str, int]:
    """Sort key of protocol order: guests before hosts, then rank, then name."""
    return (0 if person.side == Side.GUEST else 1, person.rank, person.name, person.id)


def _visit_or_fail(uow: UnitOfWork, visit_id: int) -> Visit:
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return visit


class _VisitReader:
    """Reads a visit's people, groups and items once; every document of the visit is built from it."""

    def __init__(self, uow: UnitOfWork, visit_id: int, lang: str) -> None:
        self.session = uow.session
        self.lang = lang
        visit = _visit_or_fail(uow, visit_id)
        delegation = self.session.get(Delegation, visit.delegation_id)
        assert delegation is not None
        self.visit_row = visit
        people = self.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).all()
        self.people: dict[int, PersonLine] = {p.id: _person(p, lang) for p in people}
        ordered = sorted(self.people.values(), key=protocol_key)
        guests = [p for p in ordered if p.side == Side.GUEST]
        hosts = [p for p in ordered if p.side != Side.GUEST]
        self.guests, self.hosts = tuple(guests), tuple(hosts)
        self.header = VisitHeader(
            visit.id,
            localized(visit.title, visit.title_i18n, lang),
            localized(delegation.name, delegation.name_i18n, lang),
            delegation.home_region,
            delegation.home_country,
            visit.host_region,
            visit.host_organisation,
            visit.host_timezone,
            delegation.home_timezone,
            visit.start_date,
            visit.end_date,
            visit.arrival_mode,
            visit.purpose,
            guests[0] if guests else None,
            hosts[0] if hosts else None,
        )
        self.tz = zone(visit.host_timezone)
        self._items: list[ProgrammeLine] | None = None
        self._members: dict[int, set[int]] | None = None
        self._coords: dict[int, tuple[float | None, float | None]] = {}
        self._site_of: dict[int, int | None] = {}
        self._travel: TravelTimes | None = None

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
            self._site_of[item.id] = item.site_id
            if site is not None:
                self._coords[site.id] = (site.latitude, site.longitude)
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
                    place or item.location,
                    site.address if site is not None else "",
                    item.notes,
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
        return list(
            self.session.scalars(
                select(Vehicle)
                .where(Vehicle.visit_id == self.visit_row.id)
                .options(selectinload(Vehicle.seatings))
                .order_by(Vehicle.label)
            )
        )

    def travel_minutes(self, from_item: int, to_item: int) -> int | None:
        """Driving time between two items' sites from the scheduling engine (override, else estimate)."""
        a, b = self._site_of.get(from_item), self._site_of.get(to_item)
        if a is None or b is None:
            return None
        if self._travel is None:
            self._travel = self._travel_times()
        return self._travel.minutes(a, b)

    def _travel_times(self) -> TravelTimes:
        ids = {site for site in self._site_of.values() if site is not None}
        overrides = {
            (a, b): minutes
            for a, b, minutes in self.session.execute(
                select(
                    TravelTimeOverride.from_site_id, TravelTimeOverride.to_site_id, TravelTimeOverride.minutes
                ).where(TravelTimeOverride.from_site_id.in_(ids), TravelTimeOverride.to_site_id.in_(ids))
            )
        }
        coords = {
            site: None if lat is None or lon is None else (lat, lon)
            for site, (lat, lon) in self._coords.items()
        }
        visit = self.visit_row
        return TravelTimes(coords, overrides, TravelSettings(visit.travel_speed_kmh, visit.road_factor))


def _five_minutes_before(moment: datetime, minutes: int) -> datetime:
    """``minutes`` before ``moment``, rounded down to five minutes: drivers leave at 16:00, not 16:02."""
    leave = moment - timedelta(minutes=minutes)
    return leave - timedelta(minutes=leave.minute % 5, seconds=leave.second, microseconds=leave.microsecond)


# ------------------------------------------------------------------------------------------- documents


def visit_header(uow: UnitOfWork, visit_id: int, lang: str) -> VisitHeader:
    """The header every document of a visit prints."""
    return _VisitReader(uow, visit_id, lang).header


def programme_data(uow: UnitOfWork, visit_id: int, lang: str, day: int | None = None) -> ProgrammeData:
    """The programme of the whole visit, or of day ``day`` (1 = first day) for an agenda."""
    reader = _VisitReader(uow, visit_id, lang)
    if day is not None:
        reader.header.day_date(day)  # a day out of range is the user's error, said before reading items
    return ProgrammeData(reader.header, reader.days(reader.items(), day))


def delegation_list_data(uow: UnitOfWork, visit_id: int, lang: str) -> DelegationListData:
    """Both sides of the visit in protocol order."""
    reader = _VisitReader(uow, visit_id, lang)
    return DelegationListData(reader.header, reader.guests, reader.hosts)


def _vehicle_ref(v: Vehicle) -> VehicleRef:
    return VehicleRef(v.id, v.label, v.kind, v.plate, v.driver_name, v.driver_phone)


def itinerary_data(
    uow: UnitOfWork, visit_id: int, lang: str, participant_ids: Sequence[int] | None = None
) -> list[ItineraryData]:
    """Personal itineraries of the given participants (all, in protocol order, when ``None``).

    A person's items are those they attend or whose group they belong to; an item that names no group
    and no attendee concerns the whole visit and is in everyone's itinerary.
    """
    reader = _VisitReader(uow, visit_id, lang)
    if participant_ids is None:
        people = [*reader.guests, *reader.hosts]
    else:
        missing = [pid for pid in participant_ids if pid not in reader.people]
        if missing:
            raise NotFoundError(
                f"visit {visit_id} has no participant with id {', '.join(map(str, missing))} "
                "(see the delegation list for the ids)"
            )
        people = [reader.people[pid] for pid in participant_ids]
    items = reader.items()
    concerned = [(item, reader.people_of(item)) for item in items]
    whole_visit: dict[int, VehicleRef] = {}
    per_item: dict[tuple[int, int], VehicleRef] = {}
    for vehicle in reader.vehicles():
        ref = _vehicle_ref(vehicle)
        for seat in vehicle.seatings:
            if seat.item_id is None:
                whole_visit.setdefault(seat.participant_id, ref)
            else:
                per_item[(seat.participant_id, seat.item_id)] = ref
    result = []
    for person in people:
        mine = [item for item, ids in concerned if item.for_everyone or person.id in ids]
        default_car = whole_visit.get(person.id)
        lines = [ItineraryLine(i, per_item.get((person.id, i.id), default_car)) for i in mine]
        by_day: dict[date, list[ItineraryLine]] = defaultdict(list)
        for line in lines:
            by_day[line.item.starts_at.astimezone(reader.tz).date()].append(line)
        days = tuple(
            ((d - reader.header.start_date).days + 1, d, tuple(rows)) for d, rows in sorted(by_day.items())
        )
        result.append(
            ItineraryData(reader.header, person, default_car, days, _contacts(reader, person, lines))
        )
    return result


def _contacts(reader: _VisitReader, person: PersonLine, lines: list[ItineraryLine]) -> tuple[Contact, ...]:
    """Who the person may need to call: drivers, responsible hosts and site contacts, each once."""
    seen: set[tuple[str, str]] = set()
    found: list[Contact] = []

    def add(kind: str, name: str, detail: str, phone: str) -> None:
        if not phone or (name, phone) in seen:
            return
        seen.add((name, phone))
        found.append(Contact(kind, name, detail, phone))

    for line in lines:
        if line.vehicle is not None:
            add("driver", line.vehicle.driver, line.vehicle.label, line.vehicle.driver_phone)
    for line in lines:
        host = line.item.responsible
        if host is not None and host.id != person.id:
            add("host", host.name, host.title, host.phone)
    for line in lines:
        add("site", line.item.site_contact, line.item.place, line.item.site_phone)
    return tuple(found)


def transport_data(uow: UnitOfWork, visit_id: int, lang: str) -> TransportData:
    """Vehicles with crew, passengers and legs.

    A vehicle serves an item when someone rides in it to that item: a seat for that item, or a seat for
    the whole visit of a person the item concerns (unless that person has a seat in another car for that
    item). A leg is printed where the place changes; it leaves after the previous item it served ends,
    as late as the estimated driving time allows.
    """
    reader = _VisitReader(uow, visit_id, lang)
    items = reader.items()
    concerned = {item.id: reader.people_of(item) for item in items}
    all_people = set(reader.people)
    vehicles = reader.vehicles()
    # item id -> {participant id: vehicle id} for seats given for one item only
    item_seat: dict[int, dict[int, int]] = defaultdict(dict)
    for v in vehicles:
        for s in v.seatings:
            if s.item_id is not None:
                item_seat[s.item_id][s.participant_id] = v.id
    blocks = []
    for v in vehicles:
        whole = {s.participant_id for s in v.seatings if s.item_id is None}
        legs: list[Leg] = []
        prev: ProgrammeLine | None = None
        for item in items:
            seats = item_seat.get(item.id, {})
            aboard = {pid for pid, vid in seats.items() if vid == v.id}
            people = all_people if item.for_everyone else concerned[item.id]
            aboard |= {pid for pid in whole & people if seats.get(pid, v.id) == v.id}
            if not aboard:
                continue
            same_day = prev is not None and (
                prev.ends_at.astimezone(reader.tz).date() == item.starts_at.astimezone(reader.tz).date()
            )
            if same_day and prev is not None and prev.place == item.place and item.place:
                prev = item  # the car waits at the same place; no drive
                continue
            minutes = reader.travel_minutes(prev.id, item.id) if same_day and prev is not None else None
            if same_day and prev is not None:
                departs = prev.ends_at
                if minutes is not None:
                    departs = max(prev.ends_at, _five_minutes_before(item.starts_at, minutes))
            else:
                departs = item.starts_at
            names = tuple(p.name for p in sorted((reader.people[pid] for pid in aboard), key=protocol_key))
            legs.append(
                Leg(
                    item.starts_at.astimezone(reader.tz).date(),
                    departs,
                    prev.place if same_day and prev is not None else "",
                    item.place,
                    item.starts_at,
                    item.title,
                    names,
                    minutes,
                )
            )
            prev = item
        passengers = tuple(
            sorted((reader.people[pid] for pid in whole if pid in reader.people), key=protocol_key)
        )
        blocks.append(
            VehicleBlock(
                v.id,
                v.label,
                v.kind,
                v.plate,
                v.driver_name,
                v.driver_phone,
                v.seats,
                v.notes,
                passengers,
                tuple(legs),
            )
        )
    return TransportData(reader.header, tuple(blocks))


def meeting_ids(uow: UnitOfWork, visit_id: int) -> list[int]:
    """Ids of a visit's meetings in time order."""
    _visit_or_fail(uow, visit_id)
    return list(
        uow.session.scalars(
            select(Meeting.id)
            .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
            .where(ItineraryItem.visit_id == visit_id)
            .order_by(ItineraryItem.starts_at, Meeting.id)
        )
    )


def minutes_data(uow: UnitOfWork, visit_id: int, meeting_id: int, lang: str) -> MinutesData:
    """The minutes of one meeting of the visit: attendees by side, agenda, outcomes, action items."""
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
    reader = _VisitReader(uow, visit_id, lang)
    item = next(i for i in reader.items() if i.id == meeting.item_id)
    attending = sorted((reader.people[p] for p in reader.people_of(item)), key=protocol_key)
    outcomes = tuple(
        OutcomeLine(
            o.topic,
            localized(o.text, o.text_i18n, lang),
            tuple(
                ActionLine(
                    a.description,
                    reader.people[a.owner_id].name if a.owner_id in reader.people else a.owner_text,
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
        tuple(meeting.agenda or ()),
        meeting.minutes,
        tuple(p for p in attending if p.side == Side.GUEST),
        tuple(p for p in attending if p.side != Side.GUEST),
        outcomes,
    )


def documents_data(
    uow: UnitOfWork, lang: str, visit_id: int | None = None, partner_region: str | None = None
) -> DocumentsData:
    """Signed documents of one visit, or of every visit whose documents name ``partner_region``."""
    if (visit_id is None) == (partner_region is None):
        raise ValidationError("give either a visit or a partner region for the documents summary")
    stmt = select(SignedDocument, Visit).outerjoin(Visit, Visit.id == SignedDocument.visit_id)
    header = None
    if visit_id is not None:
        header = _VisitReader(uow, visit_id, lang).header
        stmt = stmt.where(SignedDocument.visit_id == visit_id)
    else:
        assert partner_region is not None
        stmt = stmt.where(SignedDocument.partner_region == partner_region)
    stmt = stmt.order_by(SignedDocument.signed_on, SignedDocument.title, SignedDocument.id).options(
        selectinload(SignedDocument.signatories), selectinload(SignedDocument.commitments)
    )
    found = uow.session.execute(stmt).all()
    if partner_region is not None and not found:
        regions = sorted(
            r for r in uow.session.scalars(select(SignedDocument.partner_region).distinct()) if r
        )
        known = f"regions with documents: {', '.join(regions)}" if regions else "no document names a region"
        raise NotFoundError(f"no signed document with partner region {partner_region!r} ({known})")
    docs = tuple(
        DocumentBlock(
            d.id,
            localized(d.title, d.title_i18n, lang),
            d.doc_type,
            d.partner_region,
            tuple(d.parties or ()),
            tuple(SignatoryLine(s.name, s.title, s.party) for s in d.signatories),
            d.signed_on,
            d.place,
            d.term_start,
            d.term_end,
            d.copies,
            d.status,
            d.notes,
            tuple(
                CommitmentLine(
                    c.area, localized(c.text, c.text_i18n, lang), c.responsible, c.due_date, c.status
                )
                for c in d.commitments
            ),
            localized(v.title, v.title_i18n, lang) if v is not None else "",
        )
        for d, v in found
    )
    return DocumentsData(header, partner_region or (docs[0].partner_region if docs else ""), docs)


__all__ = [
    "ActionLine",
    "CommitmentLine",
    "Contact",
    "DayBlock",
    "DelegationListData",
    "DocumentBlock",
    "DocumentsData",
    "ItineraryData",
    "ItineraryLine",
    "Leg",
    "MinutesData",
    "OutcomeLine",
    "PersonLine",
    "ProgrammeData",
    "ProgrammeLine",
    "SignatoryLine",
    "TransportData",
    "VehicleBlock",
    "VehicleRef",
    "VisitHeader",
    "delegation_list_data",
    "documents_data",
    "itinerary_data",
    "meeting_ids",
    "minutes_data",
    "programme_data",
    "protocol_key",
    "transport_data",
    "visit_header",
]
