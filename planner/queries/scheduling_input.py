"""The scheduling engine's input: a visit read with SQLAlchemy Core selects into plain slots and facts.

The engine (planner.scheduling) reads nothing itself; the check, the live check and the planner are
fed from here. ORM objects cost about 20 µs each to build; a 100,000-item visit must load in well
under 0.3 s, so instants come back as epoch seconds computed by the database and each item's attendees
and groups as one comma-separated text (equal texts map to one shared frozenset).
"""

from __future__ import annotations

import json
import sqlite3
import warnings
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, Integer, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from planner.domain.errors import NotFoundError
from planner.domain.kinds import ItemKind
from planner.persistence.tables import (
    Delegation,
    Group,
    ItineraryItem,
    Participant,
    Seating,
    Site,
    TravelTimeOverride,
    Vehicle,
    Visit,
    VisitDay,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.types import (
    SQLITE_STAMP_FIELDS,
    SQLITE_STAMP_LENGTH,
    SQLITE_STAMP_SEPARATORS,
)
from planner.persistence.uow import UnitOfWork
from planner.scheduling.columns import Shape, SlotColumns, SlotTable
from planner.scheduling.facts import Interner, SiteFacts, Slot, VisitFacts
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays
from planner.scheduling.travel import Boarding, TravelSettings, TravelTimes

V = Visit.__table__.c
I = ItineraryItem.__table__.c  # noqa: E741 - the conventional alias of the items table


def _epoch(session: Session, column: Any) -> ColumnElement[int]:
    if session.get_bind().dialect.name == "sqlite":
        # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, which both functions read as UTC;
        # unixepoch() (SQLite 3.38+) is about 1.5x faster than strftime('%s')
        if sqlite3.sqlite_version_info >= (3, 38):
            return func.unixepoch(column)
        return cast(func.strftime("%s", column), Integer)
    return cast(func.extract("epoch", column), BigInteger)


def load_facts(session: Session, visit_id: int) -> VisitFacts:
    """The visit's zone, dates, windows, people, groups, vehicles and the sites its items use."""
    row = session.execute(
        select(
            V.host_timezone,
            V.start_date,
            V.end_date,
            V.day_start,
            V.day_end,
            V.travel_speed_kmh,
            V.road_factor,
            Delegation.__table__.c.home_timezone,
            V.plan_grid_min,
            V.boarding_min,
            V.boarding_extra_min,
            V.boarding_above,
            *_stay_columns(session, V),
            V.lunch_start,
            V.lunch_end,
            V.lunch_min,
            V.lunch_site_id,
            V.dinner_start,
            V.dinner_end,
            V.dinner_min,
            V.dinner_site_id,
        )
        .join(Delegation.__table__, Delegation.__table__.c.id == V.delegation_id)
        .where(V.id == visit_id)
    ).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    tz_name, start_date, end_date, day_start, day_end, speed, factor, guest_tz, grid, *rest = row
    boarding, visit_stay, meals = rest[:3], _stay(rest[3:7]), rest[7:]
    lunch, dinner = _meal(*meals[:4], "lunch"), _meal(*meals[4:], "dinner")
    days: dict[date, tuple[time, time]] = {
        d: (a, b)
        for d, a, b in session.execute(
            select(VisitDay.day, VisitDay.window_start, VisitDay.window_end).where(
                VisitDay.visit_id == visit_id
            )
        )
    }
    people = {
        pid: name
        for pid, name in session.execute(
            select(Participant.id, Participant.full_name)
            .where(Participant.visit_id == visit_id)
            .order_by(Participant.side != "guest", Participant.protocol_rank, Participant.full_name)
        )
    }
    groups = dict(session.execute(select(Group.id, Group.name).where(Group.visit_id == visit_id)).all())
    members: dict[int, set[int]] = defaultdict(set)
    if groups:
        for gid, pid in session.execute(
            select(group_members.c.group_id, group_members.c.participant_id).where(
                group_members.c.group_id.in_(list(groups))
            )
        ):
            members[gid].add(pid)
    vehicles = dict(
        session.execute(select(Vehicle.id, Vehicle.label).where(Vehicle.visit_id == visit_id)).all()
    )
    stays = _stays(session, visit_id, visit_stay)
    # EXISTS probes the site index once per site; "IN (SELECT DISTINCT ...)" read every item (70 ms
    # on a 100,000-item visit); the arrival and departure places come too (their drives count)
    used = select(I.id).where(I.site_id == Site.id, I.visit_id == visit_id).exists()
    stay_sites = sorted(set(_stay_sites(stays)) | {m.site_id for m in (lunch, dinner) if m and m.site_id})
    if stay_sites:
        used = or_(used, Site.id.in_(stay_sites))
    sites = {
        sid: SiteFacts(
            sid, name, hours or "", minutes or 45, None if lat is None or lon is None else (lat, lon)
        )
        for sid, name, hours, minutes, lat, lon in session.execute(
            select(
                Site.id, Site.name, Site.opening_hours, Site.usual_duration_min, Site.latitude, Site.longitude
            ).where(used)
        )
    }
    return VisitFacts(
        tz_name=tz_name,
        start_date=start_date,
        end_date=end_date,
        day_start=day_start,
        day_end=day_end,
        day_windows=days,
        sites=sites,
        travel=travel_times(session, sites, TravelSettings(speed, factor), Boarding(*boarding)),
        people=people,
        groups=groups,
        group_members={g: frozenset(m) for g, m in members.items()},
        vehicles=vehicles,
        guest_tz_name=guest_tz,
        visit_id=visit_id,
        rules=PlanningRules(grid=grid, lunch=lunch, dinner=dinner),
        stays=stays,
    )


def _meal(start: time | None, end: time | None, minutes: int, site: int | None, name: str) -> MealRule | None:
    """A meal rule of the visit, or None when it has none (no length, or no window)."""
    if not minutes or start is None or end is None or end <= start:
        return None
    return MealRule(start, end, minutes, site, name)


def _stay_columns(session: Session, c: Any) -> list[Any]:
    """Arrival and departure of a visit, group or participant (``c``: its table's columns): instants
    as epoch seconds, and sites."""
    return [
        _epoch(session, c.arrival_at),
        c.arrival_site_id,
        _epoch(session, c.departure_at),
        c.departure_site_id,
    ]


def _stay(values: Sequence[Any]) -> Stay:
    arrival_at, arrival_site, departure_at, departure_site = values
    return Stay(
        None if arrival_at is None else Bound(int(arrival_at), arrival_site),
        None if departure_at is None else Bound(int(departure_at), departure_site),
    )


def _stays(session: Session, visit_id: int, visit_stay: Stay) -> Stays:
    """The visit's stay, and those groups and people have of their own (most have none)."""
    found: list[dict[int, Stay]] = []
    for table in (Group.__table__, Participant.__table__):
        c = table.c
        rows = session.execute(
            select(c.id, *_stay_columns(session, c)).where(
                c.visit_id == visit_id, or_(c.arrival_at.is_not(None), c.departure_at.is_not(None))
            )
        )
        found.append({row[0]: _stay(row[1:]) for row in rows})
    hosts = frozenset(
        session.scalars(
            select(Participant.id).where(Participant.visit_id == visit_id, Participant.side == "host")
        )
    )
    return Stays(visit_stay, found[0], found[1], hosts)


def _stay_sites(stays: Stays) -> list[int]:
    every = [stays.visit, *stays.groups.values(), *stays.people.values()]
    return sorted(
        {
            b.site_id
            for s in every
            for b in (s.arrival, s.departure)
            if b is not None and b.site_id is not None
        }
    )


def travel_times(
    session: Session, sites: dict[int, SiteFacts], settings: TravelSettings, boarding: Boarding | None = None
) -> TravelTimes:
    """Travel times among ``sites`` with the staff overrides that concern them (and the visit's
    boarding allowance, which transfers add to the drives)."""
    overrides: dict[tuple[int, int], int] = {}
    if sites:
        ids = list(sites)
        for a, b, minutes in session.execute(
            select(
                TravelTimeOverride.from_site_id, TravelTimeOverride.to_site_id, TravelTimeOverride.minutes
            ).where(TravelTimeOverride.from_site_id.in_(ids), TravelTimeOverride.to_site_id.in_(ids))
        ):
            overrides[(a, b)] = minutes
    return TravelTimes({s.id: s.coords for s in sites.values()}, overrides, settings, boarding)


def fetch_tuples(session: Session, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Run a Core select on the session's own driver connection and return the driver's plain tuples.

    Only for selects whose columns need no result processing (ints, texts, epoch seconds): building
    SQLAlchemy Row objects doubles the cost of reading 100,000 rows.
    """
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    if compiled.positional:
        args: Any = tuple(params[name] for name in compiled.positiontup or ())
    else:
        args = params
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), args)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _items_of(session: Session, visit_id: int) -> ColumnElement[bool]:
    """The condition "item of this visit", written so SQLite reads the table straight through when the
    visit holds most of it (going through the visit index then costs a random row lookup per item)."""
    if session.get_bind().dialect.name != "sqlite":
        return I.visit_id == visit_id
    if _most_of_table(session, visit_id):
        return I.visit_id + 0 == visit_id  # "+ 0" keeps SQLite from using the index
    return I.visit_id == visit_id


def load_slots(session: Session, visit_id: int, facts: VisitFacts, titles: bool = False) -> list[Slot]:
    """Every item of the visit as a Slot, in no particular order.

    Titles are left empty unless ``titles``: the check asks for the few it names in its messages.
    """
    columns = [I.id, I.kind, _epoch(session, I.starts_at), _epoch(session, I.ends_at), I.site_id, I.pinned]
    if titles:
        columns += [I.required, I.priority, I.title]
    # three flat queries beat one with correlated sub-selects by about 3x on SQLite; fetchall on the
    # Core connection is one driver call instead of a Python call per row
    by_item = _items_of(session, visit_id)
    rows = fetch_tuples(session, select(*columns).where(by_item))
    group_rows = fetch_tuples(
        session,
        select(item_groups.c.item_id, item_groups.c.group_id).join(ItineraryItem.__table__).where(by_item),
    )
    attendee_rows = fetch_tuples(
        session,
        select(item_attendees.c.item_id, item_attendees.c.participant_id)
        .join(ItineraryItem.__table__)
        .where(by_item),
    )
    groups_of = _lists(group_rows)
    attendees_of = _lists(attendee_rows)
    seated = _item_vehicles(session, visit_id)
    intern = Interner()
    empty: frozenset[int] = frozenset()
    members = facts.group_members
    out: list[Slot] = []
    append = out.append
    shapes: dict[tuple[Any, Any], tuple[frozenset[int], frozenset[int]]] = {}
    groups_get, attendees_get, seated_get = groups_of.get, attendees_of.get, seated.get
    for row in rows:
        iid = row[0]
        key = (groups_get(iid), attendees_get(iid))
        shape = shapes.get(key)
        if shape is None:
            shape = shapes[key] = _shape(key, members, intern)
        if titles:
            append(
                Slot(
                    iid,
                    row[1],
                    row[8],
                    row[2],
                    row[3],
                    row[4],
                    row[5] == 1,
                    shape[1],
                    shape[0],
                    seated_get(iid, empty),
                    row[6] == 1,
                    row[7] or 0,
                )
            )
        else:
            append(
                Slot(
                    iid,
                    row[1],
                    "",
                    row[2],
                    row[3],
                    row[4],
                    row[5] == 1,
                    shape[1],
                    shape[0],
                    seated_get(iid, empty),
                )
            )
    return out


def _shape(
    key: tuple[Any, Any], members: Mapping[int, frozenset[int]], intern: Interner
) -> tuple[frozenset[int], frozenset[int]]:
    """(groups, people) of an item from its group ids and attendee ids; people include the members."""
    groups = intern(set(_ids(key[0])))
    people = set(_ids(key[1]))
    for g in groups:
        people |= members.get(g, frozenset())
    return groups, intern(people)


def _lists(rows: Any) -> dict[int, int | tuple[int, ...]]:
    """Map each key to its value, or to a tuple of its values when it has several."""
    # most items have one group and few attendees: when no key repeats, dict() builds the map in C
    single: dict[int, Any] = dict(rows)
    if len(single) == len(rows):
        return single
    found: dict[int, list[int]] = {}
    for key, value in rows:
        bucket = found.get(key)
        if bucket is None:
            found[key] = [value]
        else:
            bucket.append(value)
    return {key: values[0] if len(values) == 1 else tuple(values) for key, values in found.items()}


def _ids(key: int | tuple[int, ...] | None) -> tuple[int, ...]:
    if key is None:
        return ()
    return (key,) if isinstance(key, int) else key


def load_titles(session: Session, item_ids: Any) -> dict[int, str]:
    """Titles of the given items (for messages), read in chunks the driver accepts."""
    ids = list(item_ids)
    found: dict[int, str] = {}
    raw = session.connection().connection.driver_connection
    if isinstance(raw, sqlite3.Connection) and sqlite3.sqlite_version_info >= (3, 38):
        # one query for any number of ids (json_each is built in from SQLite 3.38)
        found.update(
            raw.execute(
                "SELECT id, title FROM itinerary_items WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([int(i) for i in ids]),),
            ).fetchall()
        )
        return found
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        found.update(session.connection().execute(select(I.id, I.title).where(I.id.in_(chunk))).all())
    return found


def _item_vehicles(session: Session, visit_id: int) -> dict[int, frozenset[int]]:
    # only seatings for one item place a vehicle at that item; whole-visit seatings say who usually rides
    # where and do not tie the vehicle to every item of its passengers
    found: dict[int, set[int]] = defaultdict(set)
    for item_id, vehicle_id in session.execute(
        select(Seating.item_id, Seating.vehicle_id)
        .join(Vehicle, Vehicle.id == Seating.vehicle_id)
        .where(Vehicle.visit_id == visit_id, Seating.item_id.is_not(None))
    ):
        found[item_id].add(vehicle_id)
    intern = Interner()
    return {item: intern(v) for item, v in found.items()}


def load_check_input(
    uow: UnitOfWork, visit_id: int, titles: bool = False
) -> tuple[Sequence[Slot], VisitFacts]:
    """Slots and facts of a visit, read in the unit of work's open transaction.

    With ``titles`` the facts hold every item's title (a live check names any item later, with no
    transaction open); without, none: a full check reads only those its messages name
    (``conflicts.check_pending``, then ``load_titles``). On SQLite the slots are a ``SlotTable`` read
    as columns (the check then builds no Slot objects except for the items it reports); elsewhere a
    list of Slots.
    """
    session = uow.session
    facts = load_facts(session, visit_id)
    if titles:
        facts.titles = dict(fetch_tuples(session, select(I.id, I.title).where(_items_of(session, visit_id))))
    if session.get_bind().dialect.name == "sqlite":
        columns = load_columns_sqlite(session, visit_id, facts)
        if columns is not None:
            return SlotTable(columns), facts
    return load_slots(session, visit_id, facts), facts


# ------------------------------------------------------------------ SQLite: columns in a few strings
# The sqlite3 module builds a Python tuple and objects per row and column (about 1 µs per row here);
# group_concat hands each column over as one string, which numpy reads in a few milliseconds.
# UtcDateTime's text on SQLite (planner.persistence.types owns its form)
_STAMP = SQLITE_STAMP_LENGTH
_FIELDS = SQLITE_STAMP_FIELDS  # year .. second
_SEPARATORS = tuple((at, ord(char)) for at, char in SQLITE_STAMP_SEPARATORS)
_KINDS = tuple(kind.value for kind in ItemKind)
_KIND_CODES = 32  # room for every kind and the code of an unknown one
assert len(_KINDS) < _KIND_CODES
# the enum's own values, not user text, go into the SQL
_KIND_CASE = (
    "CASE kind " + " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(_KINDS)) + f" ELSE {len(_KINDS)} END"
)
_PACKED = f"((ifnull(site_id, -1) + 1) * 2 + pinned) * {_KIND_CODES} + {_KIND_CASE}"


def load_columns_sqlite(session: Session, visit_id: int, facts: VisitFacts) -> SlotColumns | None:
    """The visit's items as columns, read from SQLite in three queries; None when a stored time is not
    in the fixed form this reader expects (the caller then uses ``load_slots``)."""
    raw = session.connection().connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        return None
    # "+ 0" keeps SQLite from going through the visit index when the visit holds most of the table
    mine = "visit_id + 0 = ?" if _most_of_table(session, visit_id) else "visit_id = ?"
    # site, pinned and kind travel packed in one integer per item: each group_concat column costs
    # about as much as reading the table, and the kinds become codes without a string per item
    row = raw.execute(
        f"SELECT count(*), group_concat(id), group_concat({_PACKED}),"
        " group_concat(starts_at, ''), group_concat(ends_at, '')"
        f" FROM itinerary_items WHERE {mine}",
        (visit_id,),
    ).fetchone()
    count = row[0]
    if not count:
        return SlotColumns.from_slots([])
    ids, packed = _ints(row[1], count), _ints(row[2], count)
    start, end = _stamps(row[3], count), _stamps(row[4], count)
    if ids is None or packed is None or start is None or end is None:
        return None
    kind = packed % _KIND_CODES
    if (kind == len(_KINDS)).any():
        return None  # a kind this version does not know: the general reader keeps its text
    sites, pinned = np.divmod(packed // _KIND_CODES, 2)
    sites -= 1
    index = _RowIndex(ids)
    links = {}
    whole = _most_of_table(session, visit_id)
    for table, column in (("item_groups", "group_id"), ("item_attendees", "participant_id")):
        if whole:
            # the visit holds most items: reading the whole link table and keeping this visit's rows
            # here is about twice as fast as the join
            got = raw.execute(
                f"SELECT count(*), group_concat(item_id), group_concat({column}) FROM {table}"
            ).fetchone()
        else:
            got = raw.execute(
                f"SELECT count(*), group_concat(l.item_id), group_concat(l.{column}) FROM {table} l"
                f" JOIN itinerary_items i ON i.id = l.item_id WHERE i.{mine}",
                (visit_id,),
            ).fetchone()
        pair_ids, values = _ints(got[1], got[0]), _ints(got[2], got[0])
        if pair_ids is None or values is None:
            return None
        if whole and len(pair_ids):
            keep = index.holds(pair_ids)
            pair_ids, values = pair_ids[keep], values[keep]
        links[table] = (pair_ids, values)
    shape, shapes = _shapes(index, links["item_groups"], links["item_attendees"], session, visit_id, facts)
    return SlotColumns(ids, start, end, sites, pinned.astype(bool), kind, list(_KINDS), shape, shapes)


def _most_of_table(session: Session, visit_id: int) -> bool:
    """Whether the visit holds most of the items table (then a straight scan beats the visit index)."""
    # asked by each query of one load; the answer only picks a query plan, so a stale one is harmless
    key = ("planner.queries.most_of_table", visit_id)
    found = session.info.get(key)
    if found is None:
        mine = session.execute(select(func.count()).where(I.visit_id == visit_id)).scalar() or 0
        everything = session.execute(select(func.max(I.id))).scalar() or 0
        found = session.info[key] = mine * 2 > everything
    return bool(found)


def _ints(text: str | None, count: int) -> np.ndarray | None:
    """Comma-separated integers as an array; None unless there are exactly ``count``."""
    if not count:
        return np.zeros(0, dtype=np.int64)
    if text is None:
        return None
    with warnings.catch_warnings():
        # text that stops being numbers ends the array early (and warns); the count check catches it
        warnings.simplefilter("ignore", DeprecationWarning)
        values = np.fromstring(text, dtype=np.int64, sep=",")
    return values if len(values) == count else None


def _stamps(text: str | None, count: int) -> np.ndarray | None:
    """Epoch seconds of ``count`` concatenated UTC times as UtcDateTime stores them on SQLite
    ('YYYY-MM-DD HH:MM:SS.ffffff'; microseconds dropped, as SQLite's unixepoch() does); None when the
    text is not exactly in that form."""
    if text is None or len(text) != count * _STAMP or not text.isascii():
        return None
    chars = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(count, _STAMP)
    if not all((chars[:, at] == char).all() for at, char in _SEPARATORS):
        return None
    # digit by digit on one byte column at a time in 32-bit ints: ten times faster than a product of
    # the digits with their place values in 64-bit ints
    fields = []
    for first, stop in _FIELDS:
        value = chars[:, first].astype(np.int32) - ord("0")
        for n in range(first + 1, stop):
            value = value * 10 + (chars[:, n].astype(np.int32) - ord("0"))
        fields.append(value.astype(np.int64))
    year, month, day, hour, minute, second = fields
    # days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil)
    y = year - (month <= 2)
    era = y // 400
    of_era = y - era * 400
    of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    days = era * 146097 + of_era * 365 + of_era // 4 - of_era // 100 + of_year - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second


class _RowIndex:
    """Where each item id sits in ``ids``. A visit's items were mostly created together, so their ids
    usually fill most of a range: then a table indexed by id answers with one gather (binary search
    over 100,000 ids costs about ten times more); otherwise binary search."""

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = ids
        self.low = int(ids.min()) if len(ids) else 0
        span = int(ids.max()) - self.low + 1 if len(ids) else 0
        self.table: np.ndarray | None = None
        if span <= 4 * len(ids) + 1024:
            self.table = np.full(span, -1, dtype=np.int64)
            self.table[ids - self.low] = np.arange(len(ids), dtype=np.int64)
        else:
            self.by_id = np.argsort(ids)
            self.sorted = ids[self.by_id]

    def rows(self, item_ids: np.ndarray) -> np.ndarray:
        """The row of each of ``item_ids`` (all of which are in ``ids``)."""
        if self.table is not None:
            return self.table[item_ids - self.low]
        return self.by_id[np.searchsorted(self.sorted, item_ids)]

    def holds(self, item_ids: np.ndarray) -> np.ndarray:
        """Which of ``item_ids`` are in ``ids``."""
        if self.table is None:
            at = np.minimum(np.searchsorted(self.sorted, item_ids), len(self.sorted) - 1)
            return self.sorted[at] == item_ids
        offset = item_ids - self.low
        inside = (offset >= 0) & (offset < len(self.table))
        found = np.zeros(len(item_ids), dtype=bool)
        found[inside] = self.table[offset[inside]] >= 0
        return found


def _distinct(group: np.ndarray, person: np.ndarray, special: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (group, person) pairs of the items (both >= 0) as sorted codes ``group * 2**32 +
    person`` (-1 for the special rows), and each item's position among them: ``np.unique(...,
    return_inverse=True)`` of those codes. Ids span a short range in practice, so the pairs are
    counted in a table instead of sorted (sorting 100,000 codes took most of this function)."""
    g_span, p_span = int(group.max()) + 1, int(person.max()) + 1
    if g_span * p_span > 4 * len(group) + 4096:
        packed = group * (2**32) + person
        packed[special] = -1
        return np.unique(packed, return_inverse=True)
    key = group * p_span + person + 1
    key[special] = 0
    present = np.flatnonzero(np.bincount(key, minlength=g_span * p_span + 1))
    position = np.zeros(g_span * p_span + 1, dtype=np.int64)
    position[present] = np.arange(len(present), dtype=np.int64)
    g, p = np.divmod(present - 1, p_span)
    return np.where(present == 0, -1, g * (2**32) + p), position[key]


def _shapes(
    index: _RowIndex,
    groups: tuple[np.ndarray, np.ndarray],
    attendees: tuple[np.ndarray, np.ndarray],
    session: Session,
    visit_id: int,
    facts: VisitFacts,
) -> tuple[np.ndarray, list[Shape]]:
    """Each item's (people, groups, vehicles) as an index into a short list of distinct ones."""
    ids = index.ids
    count = len(ids)
    rows_of = index.rows
    g_rows, a_rows = rows_of(groups[0]), rows_of(attendees[0])
    seated = _item_vehicles(session, visit_id)
    # most items have at most one group and one attendee and no own vehicle: those are told apart
    # by one packed number; the rest are worked out one by one
    special = (np.bincount(g_rows, minlength=count) > 1) | (np.bincount(a_rows, minlength=count) > 1)
    if seated:
        known = set(ids.tolist())
        special[rows_of(np.array([i for i in seated if i in known], dtype=np.int64))] = True
    group = np.full(count, -1, dtype=np.int64)
    group[g_rows] = groups[1]
    person = np.full(count, -1, dtype=np.int64)
    person[a_rows] = attendees[1]
    codes, shape = _distinct(group + 1, person + 1, special)
    intern = Interner()
    members = facts.group_members
    empty: frozenset[int] = frozenset()
    shapes: list[Shape] = []
    for code in codes.tolist():
        if code < 0:  # the items worked out one by one below
            shapes.append((empty, empty, empty))
            continue
        g, p = divmod(code, 2**32)
        key = (g - 1 if g else None, p - 1 if p else None)
        found_groups, people = _shape(key, members, intern)
        shapes.append((people, found_groups, empty))
    rows = np.flatnonzero(special)
    if len(rows):
        group_lists: dict[int, list[int]] = defaultdict(list)
        person_lists: dict[int, list[int]] = defaultdict(list)
        wanted = set(rows.tolist())
        for r, g in zip(g_rows.tolist(), groups[1].tolist(), strict=True):
            if r in wanted:
                group_lists[r].append(g)
        for r, p in zip(a_rows.tolist(), attendees[1].tolist(), strict=True):
            if r in wanted:
                person_lists[r].append(p)
        number: dict[Shape, int] = {}
        for r in rows.tolist():
            key = (tuple(group_lists.get(r, ())), tuple(person_lists.get(r, ())))
            found_groups, people = _shape(key, members, intern)
            whole = (people, found_groups, seated.get(int(ids[r]), empty))
            at = number.get(whole)
            if at is None:
                at = number[whole] = len(shapes)
                shapes.append(whole)
            shape[r] = at
    return shape.astype(np.int64), shapes
