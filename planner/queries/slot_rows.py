"""The engine's items read as rows on any database: Core selects into plain ``Slot``s, and titles.

ORM objects cost about 20 µs each to build, so instants come back as epoch seconds computed by the
database and the driver's plain tuples are used as they are. The SQLite fast path
(``planner.queries.slot_columns``) shares the helpers here.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import BigInteger, Integer, Text, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from planner.domain.kinds import Language, localized
from planner.persistence.tables import ItineraryItem, Seating, Vehicle, item_attendees, item_groups
from planner.queries.attending import people_attending
from planner.scheduling.facts import Interner, Slot, VisitFacts
from planner.scheduling.presence import settle, stays_of

I = ItineraryItem.__table__.c  # noqa: E741 - the conventional alias of the items table
_LANGUAGES = frozenset(x.value for x in Language)


def epoch_seconds(session: Session, column: Any) -> ColumnElement[int]:
    """An instant column as whole seconds since the epoch, computed by the database."""
    if session.get_bind().dialect.name == "sqlite":
        # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, which both functions read as UTC;
        # unixepoch() (SQLite 3.38+) is about 1.5x faster than strftime('%s')
        if sqlite3.sqlite_version_info >= (3, 38):
            return func.unixepoch(column)
        return cast(func.strftime("%s", column), Integer)
    return cast(func.extract("epoch", column), BigInteger)


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


def items_of(session: Session, visit_id: int) -> ColumnElement[bool]:
    """The condition "item of this visit", written so SQLite reads the table straight through when the
    visit holds most of it (going through the visit index then costs a random row lookup per item)."""
    if session.get_bind().dialect.name != "sqlite":
        return I.visit_id == visit_id
    if most_of_table(session, visit_id):
        return I.visit_id + 0 == visit_id  # "+ 0" keeps SQLite from using the index
    return I.visit_id == visit_id


def load_slots(
    session: Session, visit_id: int, facts: VisitFacts, titles: bool = False, lang: str | None = None
) -> list[Slot]:
    """Every item of the visit as a Slot, in no particular order.

    Titles are left empty unless ``titles``: the check asks for the few it names in its messages; with
    ``titles`` (the planner and the repair) each item's required, priority and planned length too, and
    its title in ``lang`` (its translation when it has one, else as typed; as typed without ``lang``).
    """
    starts, ends = epoch_seconds(session, I.starts_at), epoch_seconds(session, I.ends_at)
    columns = [I.id, I.kind, starts, ends, I.site_id, I.pinned]
    translating = titles and picks_translation(lang)
    if titles:
        columns += [I.required, I.priority, I.title, I.planned_minutes]
        if translating:
            columns.append(title_translation(session, lang or ""))
    # three flat queries beat one with correlated sub-selects by about 3x on SQLite; fetchall on the
    # Core connection is one driver call instead of a Python call per row
    by_item = items_of(session, visit_id)
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
    seated = item_vehicles(session, visit_id)
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
            shape = shapes[key] = groups_and_people(key, members, intern)
        if titles:
            append(
                Slot(
                    iid,
                    row[1],
                    in_language(row[8], row[10], lang or "") if translating else row[8],
                    row[2],
                    row[3],
                    row[4],
                    row[5] == 1,
                    shape[1],
                    shape[0],
                    seated_get(iid, empty),
                    row[6] == 1,
                    row[7] or 0,
                    row[9],
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
    return with_joiners_settled(out, facts, attendees_of)


def with_joiners_settled(
    slots: list[Slot], facts: VisitFacts, attendees_of: Mapping[int, int | tuple[int, ...]]
) -> list[Slot]:
    """The slots with a member who comes later (leaves earlier) than their group left out of the group's
    items they cannot be at (``presence.settle``); as they are when nobody has a stay of their own."""
    if not stays_of(slots, facts).people:
        return slots
    named = {item: frozenset(_ids(ids)) for item, ids in attendees_of.items()}
    return settle(slots, facts, named)


def groups_and_people(
    key: tuple[Any, Any], members: Mapping[int, frozenset[int]], intern: Interner
) -> tuple[frozenset[int], frozenset[int]]:
    """(groups, people) of an item from its group ids and attendee ids; people include the members."""
    groups = intern(set(_ids(key[0])))
    return groups, intern(people_attending(_ids(key[1]), groups, members))


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


def picks_translation(lang: str | None) -> bool:
    """Whether names are read in ``lang``: a known language (the JSON path of ``title_translation`` is
    built from it); None or "" keep names as typed."""
    return lang in _LANGUAGES


def title_translation(session: Session, lang: str) -> ColumnElement[Any]:
    """An item's title translation into ``lang`` (a known language) as the database extracts it from the
    title's map: NULL when it has none. Extracted there so 100,000 maps are not parsed in Python."""
    if session.get_bind().dialect.name == "sqlite":
        return func.json_extract(I.title_i18n, literal(f'$."{lang}"', Text))
    return I.title_i18n.op("->>", return_type=Text)(literal(lang, Text))


def titles_in(rows: Any, lang: str | None) -> dict[int, str]:
    """(id, title[, translation]) rows as titles by item: each title in ``lang`` by the fallback rule of
    :func:`planner.domain.kinds.localized` (its translation when it has one, else as typed)."""
    if not lang or not picks_translation(lang):
        return {row[0]: row[1] for row in rows}
    return {iid: in_language(title, tr, lang) for iid, title, tr in rows}


def in_language(title: str, translation: str | None, lang: str) -> str:
    """A title in ``lang`` from its typed text and its translation as ``title_translation`` read it."""
    return localized(title, {lang: translation} if translation else None, lang)


def load_titles(session: Session, item_ids: Any, lang: str | None = None) -> dict[int, str]:
    """Titles of the given items (for messages) in ``lang`` (each its translation when it has one, else
    as typed; as typed without ``lang``), read in chunks the driver accepts."""
    ids = list(item_ids)
    translating = picks_translation(lang)
    raw = session.connection().connection.driver_connection
    if isinstance(raw, sqlite3.Connection) and sqlite3.sqlite_version_info >= (3, 38):
        # one query for any number of ids (json_each is built in from SQLite 3.38)
        wanted = json.dumps([int(i) for i in ids])
        if translating:
            rows = raw.execute(
                "SELECT id, title, json_extract(title_i18n, ?) FROM itinerary_items"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (f'$."{lang}"', wanted),
            ).fetchall()
        else:
            rows = raw.execute(
                "SELECT id, title FROM itinerary_items WHERE id IN (SELECT value FROM json_each(?))",
                (wanted,),
            ).fetchall()
        return titles_in(rows, lang)
    columns: list[ColumnElement[Any]] = [I.id, I.title]
    if translating:
        columns.append(title_translation(session, lang or ""))
    found: list[Any] = []
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        found += session.connection().execute(select(*columns).where(I.id.in_(chunk))).all()
    return titles_in(found, lang)


def item_vehicles(session: Session, visit_id: int) -> dict[int, frozenset[int]]:
    """The vehicles seated for each item that has its own seatings."""
    # only seatings for one item place a vehicle at that item; whole-visit seatings say who usually rides
    # where and do not tie the vehicle to every item of its passengers
    found: dict[int, set[int]] = defaultdict(set)
    for item_id, vehicle_id in session.execute(
        select(Seating.item_id, Seating.vehicle_id)
        .join(Vehicle, Vehicle.id == Seating.vehicle_id)
        .where(Vehicle.visit_id == visit_id, Seating.item_id.is_not(None))
    ):
        if item_id is not None:  # the query keeps none, but the column allows it
            found[item_id].add(vehicle_id)
    intern = Interner()
    return {item: intern(v) for item, v in found.items()}


def most_of_table(session: Session, visit_id: int) -> bool:
    """Whether the visit holds most of the items table (then a straight scan beats the visit index)."""
    # asked by each query of one load; the answer only picks a query plan, so a stale one is harmless
    key = ("planner.queries.most_of_table", visit_id)
    found = session.info.get(key)
    if found is None:
        mine = session.execute(select(func.count()).where(I.visit_id == visit_id)).scalar() or 0
        everything = session.execute(select(func.max(I.id))).scalar() or 0
        found = session.info[key] = mine * 2 > everything
    return bool(found)
