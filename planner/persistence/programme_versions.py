"""Programme versions: every committed change of a visit's programme raises its version, and the items
that changed are kept as they now are, so any earlier version can be read back.

What counts as the programme is what a person's sheet prints: an item's kind, title, times, place,
responsible host, the people it concerns (attendees and members of its groups; ``None``: everyone) and
who rides in which car to it; and, visit-wide (item id 0), who rides in which car for the whole visit,
each car's label, plate and driver, and the stay's bounds: when and where the visit, each group and each
person with their own arrive and leave (printed on every programme and itinerary since 7 Dec 2026).

Recording rides on the change log: when a transaction of an ``AuditedSession`` writes a change-log row
for an item, a seat, a car, a group or a participant of a visit, its commit compares the programme now
with the last stored state (of the items logged; of the whole visit when a car, a seat or a group changed
or a participant was deleted; of the items logged and the stays when a participant was added or
restored, or an arrival or departure changed: that is all those can alter, and comparing a 5,000-item
visit for them made adding a person take 390 ms instead of 12) and, when something differs, stores a new
version with the items that differ. A change that leaves the programme as it was (a note typed and typed
back) raises nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, event, func, insert, select, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from planner.persistence.audit import AuditedSession
from planner.persistence.db import default_user
from planner.persistence.tables import (
    ChangeLog,
    ItineraryItem,
    Participant,
    ProgrammeItemState,
    ProgrammeVersion,
    Seating,
    Vehicle,
    group_members,
    item_attendees,
    item_groups,
)

State = dict[str, Any]
VISIT_WIDE = 0  # the item id under which the visit-wide facts are kept

# change-log tables whose rows may change someone's programme; the items logged are compared, and any
# of the others makes the whole visit be compared
_ITEMS = "itinerary_items"
_WHOLE_VISIT = frozenset({"seatings", "vehicles", "groups"})
# a visit's or a person's arrival and departure: a change of one of these is a change of the programme
_STAY_FIELDS = frozenset({"arrival_at", "arrival_site_id", "departure_at", "departure_site_id"})
_STAY_KEY = "stays"
_CHUNK = 900
_MARK = "_programme_log_mark"
# the first key of the transaction-scoped advisory lock that numbers a visit's versions on PostgreSQL (the
# second is the visit's id); a constant of its own so no other advisory lock can collide with it
_LOCK_CLASS = 1_406_011
_LOCK = text("SELECT pg_advisory_xact_lock(CAST(:kind AS integer), CAST(:visit_id AS integer))")


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def current_states(
    connection: Connection,
    visit_id: int,
    item_ids: Collection[int] | None = None,
    visit_wide: bool | None = None,
) -> dict[int, State]:
    """The programme of a visit as it stands: of the given items only (all: ``None``), with the
    visit-wide facts when ``visit_wide`` (by default: with all the items only)."""
    if visit_wide is None:
        visit_wide = item_ids is None
    items = ItineraryItem.__table__
    query = select(
        items.c.id,
        items.c.kind,
        items.c.title,
        items.c.starts_at,
        items.c.ends_at,
        items.c.site_id,
        items.c.location,
        items.c.responsible_host_id,
    ).where(items.c.visit_id == visit_id)
    rows: list[Any] = []
    if item_ids is None:
        rows = list(connection.execute(query))
    else:
        for chunk in _chunks(sorted(item_ids)):
            rows.extend(connection.execute(query.where(items.c.id.in_(chunk))))
    ids = [r.id for r in rows]
    groups: dict[int, set[int]] = defaultdict(set)
    attendees: dict[int, set[int]] = defaultdict(set)
    seats: dict[int, list[list[int]]] = defaultdict(list)
    vehicles = Vehicle.__table__
    seat_table = Seating.__table__
    for chunk in _chunks(ids):
        for item_id, group_id in connection.execute(
            select(item_groups.c.item_id, item_groups.c.group_id).where(item_groups.c.item_id.in_(chunk))
        ):
            groups[item_id].add(group_id)
        for item_id, person in connection.execute(
            select(item_attendees.c.item_id, item_attendees.c.participant_id).where(
                item_attendees.c.item_id.in_(chunk)
            )
        ):
            attendees[item_id].add(person)
        for item_id, person, vehicle in connection.execute(
            select(seat_table.c.item_id, seat_table.c.participant_id, seat_table.c.vehicle_id).where(
                seat_table.c.item_id.in_(chunk)
            )
        ):
            seats[item_id].append([person, vehicle])
    members: dict[int, set[int]] = defaultdict(set)
    if groups:
        wanted = sorted(set().union(*groups.values()))
        for chunk in _chunks(wanted):
            for group_id, person in connection.execute(
                select(group_members.c.group_id, group_members.c.participant_id).where(
                    group_members.c.group_id.in_(chunk)
                )
            ):
                members[group_id].add(person)
    states: dict[int, State] = {}
    for r in rows:
        people: set[int] | None = None
        if groups[r.id] or attendees[r.id]:
            people = set(attendees[r.id])
            for g in groups[r.id]:
                people |= members[g]
        states[r.id] = {
            "kind": r.kind,
            "title": r.title,
            "start": _stamp(r.starts_at),
            "end": _stamp(r.ends_at),
            "site": r.site_id,
            "location": r.location or "",
            "host": r.responsible_host_id,
            "people": None if people is None else sorted(people),
            "seats": sorted(seats[r.id]),
        }
    if visit_wide:
        cars = connection.execute(
            select(seat_table.c.participant_id, seat_table.c.vehicle_id)
            .join(vehicles, vehicles.c.id == seat_table.c.vehicle_id)
            .where(vehicles.c.visit_id == visit_id, seat_table.c.item_id.is_(None))
        )
        fleet = connection.execute(
            select(
                vehicles.c.id,
                vehicles.c.label,
                vehicles.c.plate,
                vehicles.c.driver_name,
                vehicles.c.driver_phone,
            ).where(vehicles.c.visit_id == visit_id)
        )
        states[VISIT_WIDE] = {
            "cars": sorted([p, v] for p, v in cars),
            "vehicles": sorted(
                [v.id, v.label, v.plate or "", v.driver_name or "", v.driver_phone or ""] for v in fleet
            ),
            _STAY_KEY: _stays(connection, visit_id),
        }
    return states


def _stays(connection: Connection, visit_id: int) -> list[list[Any]]:
    """The arrival and departure (time and place) of the visit, of each group and of each person who
    has their own: what the covers and day tables of the programme and the itineraries print."""
    metadata = Participant.__table__.metadata
    found: list[list[Any]] = []
    for name, key in (("visits", "id"), ("groups", "visit_id"), ("participants", "visit_id")):
        table = metadata.tables[name]
        rows = connection.execute(
            select(
                table.c.id,
                table.c.arrival_at,
                table.c.arrival_site_id,
                table.c.departure_at,
                table.c.departure_site_id,
            ).where(table.c[key] == visit_id)
        )
        for r in rows:
            if all(v is None for v in (r.arrival_at, r.arrival_site_id, r.departure_at, r.departure_site_id)):
                continue
            found.append(
                [
                    name,
                    r.id,
                    None if r.arrival_at is None else _stamp(r.arrival_at),
                    r.arrival_site_id,
                    None if r.departure_at is None else _stamp(r.departure_at),
                    r.departure_site_id,
                ]
            )
    return sorted(found, key=lambda row: (row[0], row[1]))


def current_version(connection: Connection, visit_id: int) -> int:
    """The visit's programme version (0 before its programme was first written)."""
    table = ProgrammeVersion.__table__
    return (
        connection.execute(select(func.max(table.c.version)).where(table.c.visit_id == visit_id)).scalar()
        or 0
    )


def stored_states(
    connection: Connection,
    visit_id: int,
    version: int | None = None,
    item_ids: Collection[int] | None = None,
) -> dict[int, State | None]:
    """Each item's state at ``version`` (the latest when ``None``); ``None`` for an item deleted by then.

    Items not yet written at that version are absent.
    """
    table = ProgrammeItemState.__table__
    newest = select(table.c.item_id, func.max(table.c.version).label("version")).where(
        table.c.visit_id == visit_id
    )
    if version is not None:
        newest = newest.where(table.c.version <= version)
    found: dict[int, State | None] = {}

    def read(query: Any) -> None:
        latest = query.group_by(table.c.item_id).subquery()
        for item_id, state in connection.execute(
            select(table.c.item_id, table.c.state).join(
                latest,
                and_(
                    table.c.visit_id == visit_id,
                    table.c.item_id == latest.c.item_id,
                    table.c.version == latest.c.version,
                ),
            )
        ):
            found[item_id] = state

    if item_ids is None:
        read(newest)
    else:
        for chunk in _chunks(sorted(item_ids)):
            read(newest.where(table.c.item_id.in_(chunk)))
    return found


def lock_numbering(connection: Connection, visit_id: int) -> None:
    """Hold the visit's version numbering until the transaction ends, so that what is read next is final.

    On PostgreSQL two transactions committing changes to one visit at once would otherwise both read the
    same highest version and store the same next number (one save then fails on the unique constraint):
    a transaction-scoped advisory lock per visit makes the second wait until the first has committed,
    and, at READ COMMITTED, its reads then see the first one's version. The lock touches no row, so edits
    of the visit's own record never wait on it. SQLite needs nothing: a writing transaction already holds
    the database's single write lock.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK, {"kind": _LOCK_CLASS, "visit_id": visit_id})


def _same(a: State | None, b: State | None) -> bool:
    # JSON read back from the database: compare in the stored form
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def record(
    connection: Connection,
    visit_id: int,
    item_ids: Collection[int] | None = None,
    user: str = "",
    now: datetime | None = None,
    visit_wide: bool = False,
) -> int | None:
    """Store a new programme version of the visit if the given items (all: ``None``), and with
    ``visit_wide`` the visit-wide facts (cars, vehicles, stays), differ from their stored state; returns
    the new version, or ``None`` when nothing differs.

    Holds the visit's numbering lock (:func:`lock_numbering`) from here to the end of the transaction.
    """
    lock_numbering(connection, visit_id)
    if item_ids is not None and current_version(connection, visit_id) == 0:
        item_ids = None  # the first version holds the whole programme
    with_wide = item_ids is None or visit_wide
    now_states = current_states(connection, visit_id, item_ids, with_wide)
    asked_ids = None if item_ids is None else {*item_ids, *((VISIT_WIDE,) if with_wide else ())}
    before = stored_states(connection, visit_id, item_ids=asked_ids)
    changed: dict[int, State | None] = {}
    wide, kept = now_states.get(VISIT_WIDE), before.get(VISIT_WIDE)
    if wide is not None and kept is not None and _STAY_KEY not in kept:
        # stored before the stay was part of the programme: taken as unchanged since, rather than have
        # the next edit of a car or a group raise a version for nothing
        before[VISIT_WIDE] = {**kept, _STAY_KEY: wide[_STAY_KEY]}
    for item_id, state in now_states.items():
        if item_id not in before or not _same(before[item_id], state):
            changed[item_id] = state
    asked = set(before) if item_ids is None else set(item_ids)
    for item_id in asked - set(now_states):
        if item_id != VISIT_WIDE and before.get(item_id) is not None:
            changed[item_id] = None  # deleted
    if not changed:
        return None
    version = current_version(connection, visit_id) + 1
    connection.execute(
        insert(ProgrammeVersion.__table__),
        [
            {
                "visit_id": visit_id,
                "version": version,
                "created_at": now or datetime.now(UTC),
                "created_by": user,
            }
        ],
    )
    connection.execute(
        insert(ProgrammeItemState.__table__),
        [
            {"visit_id": visit_id, "version": version, "item_id": i, "state": s}
            for i, s in sorted(changed.items())
        ],
    )
    return version


def record_baseline(connection: Connection) -> None:
    """Version 1 of every visit that has none: its programme as it stands (for the upgrade of a database)."""
    visits = connection.execute(select(ItineraryItem.__table__.c.visit_id).distinct()).scalars().all()
    for visit_id in visits:
        if current_version(connection, visit_id) == 0:
            record(connection, visit_id, None, user="upgrade")


# -- recording on commit --------------------------------------------------------------------------


def _mark(session: Session) -> None:
    """Remember the newest change-log row before this transaction's first write."""
    if _MARK in session.info:
        return
    log = ChangeLog.__table__
    session.info[_MARK] = session.connection().execute(select(func.max(log.c.id))).scalar() or 0


@event.listens_for(AuditedSession, "before_flush")
def _mark_before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        _mark(session)


def _mark_before_core_write(orm_state: ORMExecuteState) -> None:
    if orm_state.is_insert or orm_state.is_update or orm_state.is_delete:
        _mark(orm_state.session)


# first in line: the audit's own hook runs the statement and writes its log rows
event.listen(AuditedSession, "do_orm_execute", _mark_before_core_write, insert=True)


@event.listens_for(AuditedSession, "before_commit")
def _record_versions(session: Session) -> None:
    """After the audit's last rows of the transaction: one new version per visit whose programme changed."""
    mark = session.info.pop(_MARK, None)
    if mark is None:
        return
    session.flush()
    connection = session.connection()
    log = ChangeLog.__table__
    rows = connection.execute(
        select(log.c.visit_id, log.c.table_name, log.c.record_id, log.c.action, log.c.field).where(
            log.c.id > mark,
            log.c.visit_id.is_not(None),
            log.c.table_name.in_([_ITEMS, *_WHOLE_VISIT, "participants", "visits"]),
        )
    ).all()
    touched: dict[int, set[int] | None] = {}
    wide: set[int] = set()  # visits whose visit-wide facts (the stays) are compared as well
    for visit_id, table, record_id, action, field in rows:
        if table == _ITEMS and record_id is not None:
            ids = touched.setdefault(visit_id, set())
            if ids is not None:
                ids.add(record_id)
        elif table in _WHOLE_VISIT or (table == "participants" and action == "delete"):
            # a person deleted leaves the items they attended with no log row of their own
            touched[visit_id] = None
        elif (table == "participants" and action == "insert") or (
            table in ("participants", "visits") and field in _STAY_FIELDS
        ):
            # a person added (or restored) or a stay changed alters only the stays: the items a restored
            # person attends again, and the groups they rejoin, come with log rows of their own
            touched.setdefault(visit_id, set())
            wide.add(visit_id)
    if not touched:
        return
    user = str(session.info.get("user") or default_user())
    now = datetime.now(UTC)
    visits = Participant.__table__.metadata.tables["visits"]
    existing = set(connection.execute(select(visits.c.id).where(visits.c.id.in_(list(touched)))).scalars())
    for visit_id, item_ids in sorted(touched.items(), key=lambda kv: kv[0]):
        if visit_id in existing:  # a visit deleted in the transaction has no programme left
            record(connection, visit_id, item_ids, user, now, visit_wide=visit_id in wide)


def _forget_mark(session: Session, *_args: Any) -> None:
    session.info.pop(_MARK, None)


event.listen(AuditedSession, "after_rollback", _forget_mark)
event.listen(AuditedSession, "after_commit", _forget_mark)
