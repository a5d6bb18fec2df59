"""What changed in a visit's programme since a version, and for whom.

The programme of each version is read back from the states :mod:`planner.persistence.programme_versions`
stores; comparing two versions gives, for every person whose own programme differs, the items that moved,
changed place or car, were added for them, taken from them or cancelled, and their arrival or departure
when it changed (their own, their group's or the visit's, as :mod:`planner.queries.stay` decides whose
applies to whom). Drivers of the cars concerned
and the contacts of the sites concerned are told too: a driver whose car carries someone to a changed
item, a site's contact when an item at the site changed (and an item's responsible host).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import Side, localized
from planner.persistence.programme_versions import VISIT_WIDE, State, current_version, stored_states
from planner.persistence.tables import (
    Group,
    ItineraryItem,
    Participant,
    ProgrammeItemState,
    Site,
    Vehicle,
    group_members,
)
from planner.persistence.uow import UnitOfWork

# the number alone, cheap to read; re-exported for the readers of versions
from planner.queries.programme_version import programme_version as programme_version
from planner.queries.stay import ARRIVAL, BY_ITEM, ENDS, StayEnd, pick, tightest

# what a change of an item is, for one person
MOVED, CHANGED, ADDED, REMOVED, CANCELLED = "moved", "changed", "added", "removed", "cancelled"
PARTICIPANT, DRIVER, SITE = "participant", "driver", "site"


def item_sequences(uow: UnitOfWork, visit_id: int) -> dict[int, int]:
    """For each item ever in the programme: in how many versions it changed after it first appeared."""
    table = ProgrammeItemState.__table__
    counts: dict[int, int] = defaultdict(int)
    for (item_id,) in uow.connection.execute(
        select(table.c.item_id).where(table.c.visit_id == visit_id, table.c.item_id != VISIT_WIDE)
    ):
        counts[item_id] += 1
    return {item_id: n - 1 for item_id, n in counts.items()}


def cancelled_items(uow: UnitOfWork, visit_id: int) -> dict[int, State]:
    """Items deleted from the programme, each with its last state before it was deleted."""
    latest = stored_states(uow.connection, visit_id)
    gone = [item_id for item_id, state in latest.items() if state is None]
    if not gone:
        return {}
    table = ProgrammeItemState.__table__
    found: dict[int, tuple[int, State]] = {}
    for item_id, version, state in uow.connection.execute(
        select(table.c.item_id, table.c.version, table.c.state).where(
            table.c.visit_id == visit_id, table.c.item_id.in_(gone)
        )
    ):
        # a deletion is stored as JSON null (not SQL NULL), so it is skipped here rather than in SQL
        if state is not None and (item_id not in found or version > found[item_id][0]):
            found[item_id] = (version, state)
    return {item_id: state for item_id, (_, state) in found.items()}


@dataclass(frozen=True)
class ItemChange:
    """One item of someone's programme as it was at the earlier version and as it is now.

    ``what``: moved (its times changed), changed (its place or car), added (new for this person),
    removed (no longer theirs), cancelled (deleted). Times are aware UTC instants (None: not in that
    version); ``vehicle_id`` is the car that now takes the person there (for a driver: their car).
    """

    item_id: int
    what: str
    title: str
    old_start: datetime | None
    old_end: datetime | None
    new_start: datetime | None
    new_end: datetime | None
    old_place: str
    new_place: str
    old_vehicle: str
    new_vehicle: str
    vehicle_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "item_id": self.item_id,
            "what": self.what,
            "title": self.title,
            "old_start": self.old_start,
            "old_end": self.old_end,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "old_place": self.old_place,
            "new_place": self.new_place,
            "old_vehicle": self.old_vehicle,
            "new_vehicle": self.new_vehicle,
        }


@dataclass(frozen=True)
class StayChange:
    """A person's arrival or departure (``end``) as it was at the earlier version and as it is now: the
    instant (aware UTC; None: none known) and the place, in the reader's language."""

    end: str
    old_at: datetime | None
    old_place: str
    new_at: datetime | None
    new_place: str

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "end": self.end,
            "old_at": self.old_at,
            "old_place": self.old_place,
            "new_at": self.new_at,
            "new_place": self.new_place,
        }


@dataclass(frozen=True)
class Recipient:
    """Someone whose programme changed: a participant, the driver of a car, or a site's contact."""

    kind: str
    id: int  # the participant's, the vehicle's or the site's id
    name: str
    detail: str  # title, car or site
    email: str
    phone: str
    changes: tuple[ItemChange, ...]
    stays: tuple[StayChange, ...] = ()  # their arrival or departure, when it changed

    @property
    def key(self) -> str:
        """A name for files and lists: participant-12, driver-3, site-7."""
        return f"{self.kind}-{self.id}"

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name,
            "detail": self.detail,
            "email": self.email,
            "changes": [c.as_dict() for c in self.changes],
            "stays": [c.as_dict() for c in self.stays],
        }


@dataclass(frozen=True)
class ProgrammeChanges:
    """Who is affected by the changes of a visit's programme between two versions."""

    visit_id: int
    since: int
    version: int
    recipients: tuple[Recipient, ...] = field(default=())

    def of_kind(self, kind: str) -> list[Recipient]:
        """The recipients of one kind (participant, driver, site)."""
        return [r for r in self.recipients if r.kind == kind]


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class _Names:
    """Places, cars and people by id, in the chosen language."""

    def __init__(self, uow: UnitOfWork, visit_id: int, lang: str, site_ids: Iterable[int]) -> None:
        s = uow.session
        self.sites = {
            site.id: site for site in s.scalars(select(Site).where(Site.id.in_(sorted(set(site_ids)))))
        }
        self.people = {
            p.id: p for p in s.scalars(select(Participant).where(Participant.visit_id == visit_id))
        }
        self.lang = lang
        self._session, self._visit_id = s, visit_id
        self._items: dict[int, Any] | None = None
        self._cars: dict[int, Any] | None = None

    def _item(self, item_id: int) -> Any:
        """The item as stored now (its names and their translations); None for an item that is gone."""
        if self._items is None:
            self._items = {
                row.id: row
                for row in self._session.execute(
                    select(
                        ItineraryItem.id,
                        ItineraryItem.title,
                        ItineraryItem.title_i18n,
                        ItineraryItem.location,
                        ItineraryItem.location_i18n,
                    ).where(ItineraryItem.visit_id == self._visit_id)
                )
            }
        return self._items.get(item_id)

    def car(self, vehicle_id: int, label: str, driver: str) -> tuple[str, str]:
        """A car's label and driver's name (as a version stored them) in the language: each its translation
        while the car exists and is still so named, else as stored."""
        if self._cars is None:
            self._cars = {
                row.id: row
                for row in self._session.execute(
                    select(
                        Vehicle.id,
                        Vehicle.label,
                        Vehicle.label_i18n,
                        Vehicle.driver_name,
                        Vehicle.driver_name_i18n,
                    ).where(Vehicle.visit_id == self._visit_id)
                )
            }
        known = self._cars.get(vehicle_id)
        if known is None:
            return label, driver
        if label and known.label == label:
            label = localized(known.label, known.label_i18n, self.lang)
        if driver and known.driver_name == driver:
            driver = localized(known.driver_name, known.driver_name_i18n, self.lang)
        return label, driver

    def title(self, item_id: int, state: State | None) -> str:
        """The item's title in the language (its translation while the item exists and is so named)."""
        typed = (state or {}).get("title", "")
        known = self._item(item_id)
        if known is None or known.title != typed:
            return str(typed)
        return localized(known.title, known.title_i18n, self.lang)

    def place(self, item_id: int, state: State | None) -> str:
        """Where the item is, in the language: its site's name there, then the place typed on the item
        (a room) in its translation while the item keeps that text. With no site: the place as typed (or the
        translation given for the language, as the itinerary prints it)."""
        if state is None:
            return ""
        location = state.get("location") or ""
        known = self._item(item_id)
        if location and known is not None and known.location == location:
            location = localized(known.location, known.location_i18n, self.lang)
        site = self.sites.get(state.get("site") or -1)
        if site is None:
            return str(location)
        name = localized(site.name, site.name_i18n, self.lang)
        typed = state.get("location") or ""
        return name if not typed or typed == site.name else f"{name}, {location}"


def _cars(visit_wide: State | None) -> tuple[dict[int, int], dict[int, list[Any]]]:
    if not visit_wide:
        return {}, {}
    return (
        {p: v for p, v in visit_wide.get("cars", [])},
        {row[0]: row for row in visit_wide.get("vehicles", [])},
    )


def changes_since(uow: UnitOfWork, visit_id: int, since: int, lang: str = "ru") -> ProgrammeChanges:
    """Everyone whose own programme differs between version ``since`` and now, with what changed.

    Refuses a version the visit never had (a clear message with the versions it has).
    """
    conn = uow.connection
    version = current_version(conn, visit_id)
    if version == 0:
        raise NotFoundError(f"visit {visit_id} has no programme yet (or does not exist)")
    if not 1 <= since <= version:
        raise ValidationError(
            f"--since {since}: visit {visit_id} has programme versions 1 to {version}; give one of them"
        )
    old = stored_states(conn, visit_id, since)
    new = stored_states(conn, visit_id)
    return programme_diff(uow, visit_id, old, new, lang, since=since, version=version)


def programme_diff(
    uow: UnitOfWork,
    visit_id: int,
    old: dict[int, State | None],
    new: dict[int, State | None],
    lang: str = "ru",
    *,
    since: int = 0,
    version: int = 0,
) -> ProgrammeChanges:
    """Everyone whose programme differs between two programme states (as :func:`stored_states` reads
    them; a proposal not yet applied compares the stored programme with the one it would make)."""
    old_cars, old_fleet = _cars(old.get(VISIT_WIDE))
    new_cars, new_fleet = _cars(new.get(VISIT_WIDE))
    sites = {s.get("site") for s in [*old.values(), *new.values()] if s and s.get("site")}
    old_stays, new_stays = _stay_rows(old.get(VISIT_WIDE)), _stay_rows(new.get(VISIT_WIDE))
    if old_stays is None or new_stays is None:  # a version stored before the stays were: unchanged
        old_stays = new_stays = []
    sites |= {row[n] for row in [*old_stays, *new_stays] for n in (3, 5)}
    names = _Names(uow, visit_id, lang, (i for i in sites if isinstance(i, int)))
    everyone = set(names.people)
    cars_moved = {p for p in set(old_cars) | set(new_cars) if old_cars.get(p) != new_cars.get(p)}
    fleet_changed = {v for v in set(old_fleet) | set(new_fleet) if old_fleet.get(v) != new_fleet.get(v)}

    def people(state: State | None) -> set[int]:
        if state is None:
            return set()
        listed = state.get("people")
        return set(everyone) if listed is None else set(listed) & everyone

    def car(state: State | None, cars: dict[int, int], person: int) -> int | None:
        if state is None:
            return None
        for p, v in state.get("seats", []):
            if p == person:
                return int(v)
        return cars.get(person)

    def car_name(fleet: dict[int, list[Any]], vehicle: int | None) -> str:
        if vehicle is None or vehicle not in fleet:
            return ""
        _, label, plate, driver, phone = fleet[vehicle]
        label, driver = names.car(vehicle, label, driver)
        return ", ".join(x for x in (" ".join(p for p in (label, plate) if p), driver, phone) if x)

    per_person: dict[int, list[ItemChange]] = defaultdict(list)
    per_vehicle: dict[int, dict[int, ItemChange]] = defaultdict(dict)
    per_site: dict[int, dict[int, ItemChange]] = defaultdict(dict)
    hosts: dict[int, dict[int, ItemChange]] = defaultdict(dict)
    item_ids = sorted((set(old) | set(new)) - {VISIT_WIDE})
    for item_id in item_ids:
        before, after = old.get(item_id), new.get(item_id)
        same_item = before == after
        if same_item and not cars_moved and not fleet_changed:
            continue
        title = names.title(item_id, after or before)
        deleted = item_id in new and after is None
        were, are = people(before), people(after)
        for person in sorted(were | are):
            was, now = person in were, person in are
            old_car, new_car = car(before, old_cars, person), car(after, new_cars, person)
            old_car_text = car_name(old_fleet, old_car) if was else ""
            new_car_text = car_name(new_fleet, new_car) if now else ""
            if was and now:
                assert before is not None and after is not None
                times = (before["start"], before["end"]) != (after["start"], after["end"])
                place = names.place(item_id, before) != names.place(item_id, after)
                if not (times or place or old_car_text != new_car_text or before["title"] != after["title"]):
                    continue
                what = MOVED if times else CHANGED
            elif now:
                what = ADDED
            else:
                what = CANCELLED if deleted else REMOVED
            change = ItemChange(
                item_id,
                what,
                title,
                _instant(before["start"]) if was and before else None,
                _instant(before["end"]) if was and before else None,
                _instant(after["start"]) if now and after else None,
                _instant(after["end"]) if now and after else None,
                names.place(item_id, before) if was else "",
                names.place(item_id, after) if now else "",
                old_car_text,
                new_car_text,
                new_car if now else old_car,
            )
            per_person[person].append(change)
            level = _item_level(item_id, before, after, names, deleted)
            for vehicle in (old_car, new_car):
                if vehicle is not None and item_id not in per_vehicle[vehicle]:
                    per_vehicle[vehicle][item_id] = replace(
                        level,
                        old_vehicle=car_name(old_fleet, vehicle),
                        new_vehicle=car_name(new_fleet, vehicle),
                        vehicle_id=vehicle,
                    )
        if same_item:
            continue  # only cars changed: the sites have nothing new
        level = _item_level(item_id, before, after, names, deleted)
        for state in (before, after):
            if state and state.get("site"):
                per_site[state["site"]].setdefault(item_id, level)
            if state and state.get("host") in everyone:
                hosts[state["host"]].setdefault(item_id, level)
    for host, changes in hosts.items():
        mine = {c.item_id for c in per_person[host]}
        per_person[host].extend(c for i, c in changes.items() if i not in mine)

    stay_changes = (
        _stay_changes(uow, visit_id, names, (old, old_stays), (new, new_stays))
        if old_stays != new_stays
        else {}
    )
    recipients: list[Recipient] = []
    for pid in sorted(set(per_person) | set(stay_changes), key=lambda p: (names.people[p].protocol_rank, p)):
        if not per_person[pid] and not stay_changes.get(pid):
            continue
        row = names.people[pid]
        recipients.append(
            Recipient(
                PARTICIPANT,
                pid,
                localized(row.full_name, row.name_i18n, lang),
                localized(row.title, row.title_i18n, lang),
                row.email or "",
                row.phone or "",
                tuple(sorted(per_person[pid], key=_order)),
                tuple(stay_changes.get(pid, ())),
            )
        )
    for vid in sorted(per_vehicle):
        fleet_row = new_fleet.get(vid) or old_fleet.get(vid)
        if fleet_row is None:
            continue
        _, label, plate, driver, phone = fleet_row
        label, driver = names.car(vid, label, driver)
        recipients.append(
            Recipient(
                DRIVER,
                vid,
                driver or label,
                " ".join(p for p in (label, plate) if p),
                "",
                phone,
                tuple(sorted(per_vehicle[vid].values(), key=_order)),
            )
        )
    for sid in sorted(per_site):
        site = names.sites.get(sid)
        if site is None or not (site.contact_name or site.contact_email):
            continue
        recipients.append(
            Recipient(
                SITE,
                sid,
                site.contact_name or localized(site.name, site.name_i18n, lang),
                localized(site.name, site.name_i18n, lang),
                site.contact_email or "",
                site.contact_phone or "",
                tuple(sorted(per_site[sid].values(), key=_order)),
            )
        )
    return ProgrammeChanges(visit_id, since, version, tuple(recipients))


def _item_level(
    item_id: int, before: State | None, after: State | None, names: _Names, deleted: bool
) -> ItemChange:
    """The change of the item itself (not of one person's place in it), for drivers and sites."""
    if after is None:
        what = CANCELLED if deleted else REMOVED
    elif before is None:
        what = ADDED
    else:
        what = MOVED if (before["start"], before["end"]) != (after["start"], after["end"]) else CHANGED
    return ItemChange(
        item_id,
        what,
        names.title(item_id, after or before),
        _instant(before["start"]) if before else None,
        _instant(before["end"]) if before else None,
        _instant(after["start"]) if after else None,
        _instant(after["end"]) if after else None,
        names.place(item_id, before),
        names.place(item_id, after),
        "",
        "",
    )


def _order(change: ItemChange) -> tuple[datetime, int]:
    moment = change.new_start or change.old_start
    assert moment is not None
    return moment, change.item_id


def _stay_rows(visit_wide: State | None) -> list[list[Any]] | None:
    """The stays a version stored (None: stored before versions counted them)."""
    if not visit_wide or "stays" not in visit_wide:
        return None
    return list(visit_wide["stays"])


# a stored stay row: [table, id, arrival at, arrival site, departure at, departure site]
_OWNER_OF_TABLE = {"visits": "visit", "groups": "group", "participants": "person"}


def _stay_changes(
    uow: UnitOfWork,
    visit_id: int,
    names: _Names,
    before: tuple[dict[int, State | None], list[list[Any]]],
    after: tuple[dict[int, State | None], list[list[Any]]],
) -> dict[int, list[StayChange]]:
    """Per person, their arrival and departure that differ between two versions, each resolved by the
    rule of :mod:`planner.queries.stay` (their own, their groups' tightest, the visit's, else the arrival
    or departure item that concerns them). Group membership and sides are read as they are now (versions
    do not keep them). A bound that comes from an item on both sides is left out: the item's own change
    says it."""
    session = uow.session
    groups_of: dict[int, list[int]] = defaultdict(list)
    for group_id, person in session.execute(
        select(group_members.c.group_id, group_members.c.participant_id)
        .join(Group, Group.id == group_members.c.group_id)
        .where(Group.visit_id == visit_id)
        .order_by(group_members.c.group_id)
    ):
        groups_of[person].append(group_id)

    def place(site: int | None) -> str:
        row = names.sites.get(site) if site is not None else None
        return localized(row.name, row.name_i18n, names.lang) if row is not None else ""

    def owners(rows: list[list[Any]]) -> dict[tuple[str, int], dict[str, StayEnd]]:
        found: dict[tuple[str, int], dict[str, StayEnd]] = {}
        for table, oid, arrival_at, arrival_site, departure_at, departure_site in rows:
            owner = _OWNER_OF_TABLE.get(table)
            if owner is None:
                continue
            ends: dict[str, StayEnd] = {}
            for end, at, site in (
                (ARRIVAL, arrival_at, arrival_site),
                ("departure", departure_at, departure_site),
            ):
                moment = _instant(at)
                if moment is not None:  # as the documents: a place without its time is no bound yet
                    ends[end] = StayEnd(end, moment, site, place(site), "", owner)
            found[(owner, oid)] = ends
        return found

    def item_ends(states: dict[int, State | None]) -> dict[str, list[tuple[int, State]]]:
        found: dict[str, list[tuple[int, State]]] = {end: [] for end in ENDS}
        for item_id, state in states.items():
            if item_id != VISIT_WIDE and state is not None and state.get("kind") in found:
                found[state["kind"]].append((item_id, state))
        for rows in found.values():
            rows.sort(key=lambda pair: (pair[1]["start"], pair[1]["end"], pair[0]))
        return found

    def resolve(
        person: Participant,
        end: str,
        bounds: dict[tuple[str, int], dict[str, StayEnd]],
        items: dict[str, list[tuple[int, State]]],
    ) -> StayEnd | None:
        own = bounds.get(("person", person.id), {}).get(end)
        if person.side != Side.GUEST:
            return own  # the delegation's arrival is not a host's
        group = tightest(end, (bounds.get(("group", g), {}).get(end) for g in groups_of[person.id]))
        visit = bounds.get(("visit", visit_id), {}).get(end)
        mine = [
            StayEnd(
                end,
                _instant(state["start"] if end == ARRIVAL else state["end"]) or datetime.min,
                state.get("site"),
                names.place(item_id, state),
                "",
                BY_ITEM,
                item_id,
            )
            for item_id, state in items[end]
            if state.get("people") is None or person.id in state["people"]
        ]
        return pick(end, [own, group, visit], mine)

    old_bounds, new_bounds = owners(before[1]), owners(after[1])
    old_items, new_items = item_ends(before[0]), item_ends(after[0])
    found: dict[int, list[StayChange]] = {}
    for person in names.people.values():
        for end in ENDS:
            was = resolve(person, end, old_bounds, old_items)
            now = resolve(person, end, new_bounds, new_items)
            if (was is None or was.by == BY_ITEM) and (now is None or now.by == BY_ITEM):
                continue
            old_key = None if was is None else (was.at, was.site_id, was.place)
            new_key = None if now is None else (now.at, now.site_id, now.place)
            if old_key == new_key:
                continue
            found.setdefault(person.id, []).append(
                StayChange(
                    end,
                    None if was is None else was.at,
                    "" if was is None else was.place,
                    None if now is None else now.at,
                    "" if now is None else now.place,
                )
            )
    return found
