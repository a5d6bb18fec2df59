"""The engine's items read from SQLite as columns: a whole visit in a few strings, parsed by numpy.

The sqlite3 module builds a Python tuple and objects per row and column (about 1 µs per row here);
group_concat hands each column over as one string, which numpy reads in a few milliseconds. The
result is a ``SlotColumns``; when a stored value is not in the form expected the caller falls back to
the row reader (``planner.queries.slot_rows``).
"""

from __future__ import annotations

import sqlite3
import warnings
from collections import defaultdict

import numpy as np
from sqlalchemy.orm import Session

from planner.domain.kinds import ItemKind
from planner.queries.slot_rows import groups_and_people, item_vehicles, most_of_table
from planner.queries.stored_stamps import stamp_seconds
from planner.scheduling.columns import Shape, SlotColumns
from planner.scheduling.facts import Interner, VisitFacts
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND

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
    mine = "visit_id + 0 = ?" if most_of_table(session, visit_id) else "visit_id = ?"
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
    start, end = stamp_seconds(row[3], count), stamp_seconds(row[4], count)
    if ids is None or packed is None or start is None or end is None:
        return None
    kind = packed % _KIND_CODES
    if (kind == len(_KINDS)).any():
        return None  # a kind this version does not know: the general reader keeps its text
    sites, pinned = np.divmod(packed // _KIND_CODES, 2)
    sites -= 1
    index = _RowIndex(ids)
    links = {}
    whole = most_of_table(session, visit_id)
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
    if _may_have_joiners(facts, kind, index, links["item_attendees"][0], links["item_groups"][0]):
        return None  # who of a group is there depends on each item's time (``presence``): read as rows
    shape, shapes = _shapes(index, links["item_groups"], links["item_attendees"], session, visit_id, facts)
    return SlotColumns(ids, start, end, sites, pinned.astype(bool), kind, list(_KINDS), shape, shapes)


def _may_have_joiners(
    facts: VisitFacts, kind: np.ndarray, index: _RowIndex, named: np.ndarray, grouped: np.ndarray
) -> bool:
    """Whether a group member may come later or leave earlier than the group: someone has their own
    arrival or departure, set or as an arrival or departure item naming them and no group
    (``rules.Stays.with_items``)."""
    if not facts.group_members:
        return False
    if facts.stays.people:
        return True
    if not len(named):
        return False
    own = np.isin(kind, [_KINDS.index(k) for k in (ARRIVAL_KIND, DEPARTURE_KIND)])
    if len(grouped):
        own[index.rows(grouped)] = False
    return bool(own[index.rows(named)].any())


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
    seated = item_vehicles(session, visit_id)
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
        found_groups, people = groups_and_people(key, members, intern)
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
            found_groups, people = groups_and_people(key, members, intern)
            whole = (people, found_groups, seated.get(int(ids[r]), empty))
            at = number.get(whole)
            if at is None:
                at = number[whole] = len(shapes)
                shapes.append(whole)
            shape[r] = at
    return shape.astype(np.int64), shapes
