"""When and where the delegation, a group or a person arrives and leaves: one rule for every reader.

A person's arrival (departure) is their own (migration 0004), else their group's (of several groups, the
latest arrival and the earliest departure, which bind them all, as the planner's ``Stays.of_person``),
else the visit's, else the first ``arrival`` (last ``departure``) item that concerns them; a host has
only their own. The visit's is its own, else the first arrival (last departure) item of the visit. The
arrivals document, the programme, the agendas, the personal itineraries and the Overview page all take
it from here, so they cannot disagree.

Read through Core with plain SQL, never the ORM: the Overview page asks before the ORM is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, bindparam, text

from planner.domain.kinds import localized
from planner.persistence.types import UtcDateTime

ARRIVAL, DEPARTURE = "arrival", "departure"
ENDS = (ARRIVAL, DEPARTURE)
# whose arrival or departure a StayEnd is: set on the person, their group, the visit, or an item's
BY_PERSON, BY_GROUP, BY_VISIT, BY_ITEM = "person", "group", "visit", "item"


@dataclass(frozen=True)
class StayEnd:
    """An arrival or a departure: the instant, the site (its name and address in the reader's language;
    an item without a site gives its place as typed) and whose it is (``by``: BY_PERSON ... BY_ITEM;
    ``item_id`` the item's when BY_ITEM)."""

    end: str
    at: datetime
    site_id: int | None
    place: str
    address: str
    by: str
    item_id: int | None = None


def pick(end: str, known: Iterable[StayEnd | None], items: Sequence[StayEnd]) -> StayEnd | None:
    """The rule: the first set bound of ``known`` (the most particular first: the person's, their
    group's, the visit's), else the first of ``items`` for an arrival, the last for a departure (the
    arrival or departure items that concern them, in time order), else None."""
    for bound in known:
        if bound is not None:
            return bound
    if not items:
        return None
    return items[0] if end == ARRIVAL else items[-1]


def tightest(end: str, bounds: Iterable[StayEnd | None]) -> StayEnd | None:
    """Of several groups' bounds, the one that binds them all: the latest arrival, the earliest
    departure (the first such one on a tie)."""
    found = [b for b in bounds if b is not None]
    if not found:
        return None
    if end == ARRIVAL:
        return max(found, key=lambda b: b.at)
    return min(found, key=lambda b: b.at)


_OWN = text(
    """
SELECT 'visit' AS owner, v.id, v.arrival_at, v.arrival_site_id, v.departure_at, v.departure_site_id
FROM visits v WHERE v.id = :visit_id
UNION ALL
SELECT 'group' AS owner, g.id, g.arrival_at, g.arrival_site_id, g.departure_at, g.departure_site_id
FROM groups g WHERE g.visit_id = :visit_id AND (g.arrival_at IS NOT NULL OR g.departure_at IS NOT NULL)
UNION ALL
SELECT 'person' AS owner, p.id, p.arrival_at, p.arrival_site_id, p.departure_at, p.departure_site_id
FROM participants p
WHERE p.visit_id = :visit_id AND (p.arrival_at IS NOT NULL OR p.departure_at IS NOT NULL)
"""
).columns(arrival_at=UtcDateTime(), departure_at=UtcDateTime())

_END_ITEMS = text(
    """
SELECT i.id, i.kind, i.starts_at, i.ends_at, i.site_id, i.location, i.location_i18n
FROM itinerary_items i
WHERE i.visit_id = :visit_id AND i.kind IN ('arrival', 'departure')
ORDER BY i.starts_at, i.ends_at, i.id
"""
).columns(starts_at=UtcDateTime(), ends_at=UtcDateTime(), location_i18n=JSON())

_SITES = (
    text("SELECT s.id, s.name, s.name_i18n, s.address, s.address_i18n FROM sites s WHERE s.id IN :ids")
    .bindparams(bindparam("ids", expanding=True))
    .columns(name_i18n=JSON(), address_i18n=JSON())
)


@dataclass(frozen=True)
class Stays:
    """A visit's arrivals and departures as stored: the visit's own, each group's and each person's own
    (those who have one), and the arrival and departure items (id, bound) in time order."""

    visit: Mapping[str, StayEnd]
    groups: Mapping[int, Mapping[str, StayEnd]]
    people: Mapping[int, Mapping[str, StayEnd]]
    items: Mapping[str, tuple[tuple[int, StayEnd], ...]]

    def of_visit(self, end: str) -> StayEnd | None:
        """The visit's arrival or departure: its own, else its first arrival (last departure) item."""
        return pick(end, [self.visit.get(end)], [bound for _, bound in self.items[end]])

    def own_of_group(self, end: str, group_id: int) -> StayEnd | None:
        """A group's own arrival or departure (None when it has none of its own)."""
        return self.groups.get(group_id, {}).get(end)

    def own_of_person(self, end: str, person_id: int) -> StayEnd | None:
        """A person's own arrival or departure (None when they have none of their own)."""
        return self.people.get(person_id, {}).get(end)

    def of_person(
        self,
        end: str,
        person_id: int,
        *,
        host: bool,
        group_ids: Iterable[int],
        concerns: Callable[[int], bool],
    ) -> StayEnd | None:
        """A person's arrival or departure by the rule of this module; ``concerns(item_id)`` says whether
        an arrival or departure item is theirs (they attend it, their group does, or it names nobody)."""
        own = self.own_of_person(end, person_id)
        if host:
            return own  # the delegation's arrival is not a host's
        group = tightest(end, (self.own_of_group(end, g) for g in group_ids))
        items = [bound for item_id, bound in self.items[end] if concerns(item_id)]
        return pick(end, [own, group, self.visit.get(end)], items)


def read_stays(connection: Connection, visit_id: int, lang: str | None) -> Stays:
    """The arrivals and departures of a visit with their places in ``lang`` (None: as typed)."""
    own_rows = connection.execute(_OWN, {"visit_id": visit_id}).all()
    item_rows = connection.execute(_END_ITEMS, {"visit_id": visit_id}).all()
    site_ids = {r[3] for r in own_rows} | {r[5] for r in own_rows} | {r[4] for r in item_rows}
    site_ids.discard(None)
    sites: dict[int, tuple[str, str]] = {}
    if site_ids:
        for sid, name, name_i18n, address, address_i18n in connection.execute(
            _SITES, {"ids": sorted(site_ids)}
        ):
            sites[sid] = (localized(name, name_i18n, lang), localized(address or "", address_i18n, lang))
    owners: dict[str, dict[int, dict[str, StayEnd]]] = {"visit": {}, "group": {}, "person": {}}
    by = {"visit": BY_VISIT, "group": BY_GROUP, "person": BY_PERSON}
    for owner, oid, arrival_at, arrival_site, departure_at, departure_site in own_rows:
        ends: dict[str, StayEnd] = {}
        for end, at, site in ((ARRIVAL, arrival_at, arrival_site), (DEPARTURE, departure_at, departure_site)):
            if at is not None:
                place, address = sites.get(site, ("", ""))
                ends[end] = StayEnd(end, at, site, place, address, by[owner])
        owners[owner][oid] = ends
    items: dict[str, list[tuple[int, StayEnd]]] = {ARRIVAL: [], DEPARTURE: []}
    for item_id, kind, starts_at, ends_at, site, location, location_i18n in item_rows:
        place, address = sites.get(site, ("", "")) if site is not None else ("", "")
        at = starts_at if kind == ARRIVAL else ends_at
        place = place or localized(location or "", _map(location_i18n), lang)
        items[kind].append((item_id, StayEnd(kind, at, site, place, address, BY_ITEM, item_id)))
    return Stays(
        owners["visit"].get(visit_id, {}),
        owners["group"],
        owners["person"],
        {end: tuple(found) for end, found in items.items()},
    )


def _map(value: Any) -> dict[str, str] | None:
    return value if isinstance(value, dict) else None


def visit_ends(
    connection: Connection, visit_id: int, lang: str | None
) -> tuple[StayEnd | None, StayEnd | None]:
    """The visit's arrival and departure (see :meth:`Stays.of_visit`)."""
    stays = read_stays(connection, visit_id, lang)
    return stays.of_visit(ARRIVAL), stays.of_visit(DEPARTURE)
