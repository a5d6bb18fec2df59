"""Keeps a visit's conflicts current while the user drags items.

The whole visit is checked once when it is opened, and again after an edit that changes more than an
item's times: at once on an ordinary visit (a few hundred items, milliseconds), off the GUI thread on a
very large one (a third of a second for 5,000 items). That check is kept as a ``LiveCheck``: after a drag
or a nudge it updates only the findings the moved items can change, on the GUI thread and before the
repaint (a few milliseconds on 5,000 items), and the result is exactly what a full check would say.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import ItemRow
from planner.services.checking import TRAVEL_TIME, Conflict, LiveConflicts, open_live_check
from ui.i18n import current_language

# smaller visits are checked in full at once after an edit: it takes a few milliseconds
BACKGROUND_FROM_ITEMS = 800


class ConflictIndex(dict[int, list[str]]):
    """The engine's sentences about each item, in the order of the conflicts list, kept up to date
    conflict by conflict (rebuilding it from thousands of conflicts after every drag costs more)."""

    def __init__(self) -> None:
        super().__init__()
        self._order: dict[int, list[tuple[Any, ...]]] = {}

    def add(self, order: tuple[Any, ...], conflict: Conflict) -> None:
        for item_id in dict.fromkeys(conflict.item_ids):
            keys = self._order.setdefault(item_id, [])
            at = bisect.bisect_left(keys, order)
            keys.insert(at, order)
            self.setdefault(item_id, []).insert(at, conflict.message)

    def remove(self, order: tuple[Any, ...], conflict: Conflict) -> None:
        for item_id in dict.fromkeys(conflict.item_ids):
            keys = self._order[item_id]
            at = bisect.bisect_left(keys, order)
            del keys[at], self[item_id][at]
            if not keys:
                del self._order[item_id], self[item_id]


class ConflictTracker(QObject):
    """The current conflicts of one visit; ``changed`` is emitted whenever they are replaced."""

    changed = Signal()

    def __init__(
        self,
        make_uow: Callable[[], UnitOfWork],
        run_quietly: Callable[..., None],
        background_from: int = BACKGROUND_FROM_ITEMS,
    ) -> None:
        super().__init__()
        self._make_uow = make_uow
        self._run_quietly = run_quietly
        self.background_from = background_from
        self.visit_id: int | None = None
        self.conflicts: list[Conflict] | None = None
        self.by_item = ConflictIndex()  # item id -> the sentences about it
        self.travel_pairs: set[tuple[int, int]] = set()  # legs too short to drive
        self._live: LiveConflicts | None = None
        self._count = 0
        self._generation = 0
        self.pending = 0  # background checks still running (benchmarks and tests wait for 0)

    def available(self) -> bool:
        return self.conflicts is not None

    def check_all(self, visit_id: int, item_count: int = 0) -> None:
        """A full check: at once for ordinary visits, off the GUI thread for very large ones."""
        if visit_id != self.visit_id and self._live is not None:
            # another visit: its items must not be coloured by the last one's conflicts meanwhile
            self._live, self.conflicts = None, None
            self.by_item, self.travel_pairs = ConflictIndex(), set()
            self.changed.emit()
        self.visit_id, self._count = visit_id, item_count
        self._generation += 1
        generation = self._generation
        language = current_language()  # the sentences in the interface language, read on this thread
        if item_count < self.background_from:
            self._apply_full(open_live_check(self._make_uow(), visit_id, language), generation)
            return
        self.pending += 1

        def done(live: LiveConflicts) -> None:
            self.pending -= 1
            self._apply_full(live, generation)

        self._run_quietly(lambda: open_live_check(self._make_uow(), visit_id, language), done)

    def _apply_full(self, live: LiveConflicts, generation: int) -> None:
        if generation != self._generation:
            return  # an edit happened while this check ran; a newer check follows
        self._live = live
        self.by_item, self.travel_pairs = ConflictIndex(), set()
        self._update(live.ordered(), [])

    def _update(self, added: list[tuple[Any, Conflict]], removed: list[tuple[Any, Conflict]]) -> None:
        for order, c in removed:
            self.by_item.remove(order, c)
            if c.rule == TRAVEL_TIME and len(c.item_ids) == 2:
                self.travel_pairs.discard((c.item_ids[0], c.item_ids[1]))
        for order, c in added:
            self.by_item.add(order, c)
            if c.rule == TRAVEL_TIME and len(c.item_ids) == 2:
                self.travel_pairs.add((c.item_ids[0], c.item_ids[1]))
        assert self._live is not None
        self.conflicts = self._live.conflicts()
        self.changed.emit()

    def items_moved(self, before: Iterable[ItemRow], after: Iterable[ItemRow]) -> None:
        """Items changed their times only: update their conflicts now (a full check if none is kept)."""
        del before  # the live check knows where the items were
        rows = list(after)
        if self.visit_id is None:
            return
        live = self._live
        if live is None or self.pending or any(r.id not in live for r in rows):
            self.check_all(self.visit_id, self._count)
            return
        self._generation += 1
        delta = live.move((r.id, r.starts_at, r.ends_at) for r in rows)
        self._update(delta.added, delta.removed)
