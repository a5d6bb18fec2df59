"""Keeps a visit's conflicts current while the user drags items.

An ordinary visit (a few hundred items) is simply checked in full after every edit: milliseconds. On a
very large visit a full check takes seconds, so after a drag the tracker first re-checks only the items
near the old and new times, with the engine's own rules and sentences, and merges the result into the
last full check: the rules that a move can break are local in time (overlaps, the drive from the previous
item, opening hours, the visit's dates, the day's window). Rules about a whole day or the whole visit
(meal breaks, a site visited twice) are left as they were until the full check, which follows off the
GUI thread and replaces everything when it is done. Both checks of a large visit run off the GUI thread,
so the timeline repaints at once and the conflicts follow.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import ItemRow
from ui.engine import ConflictView, as_views

# minutes around a moved item whose conflicts are recomputed; longer than any drive across a city, so a
# "too little travel time" conflict can only involve items inside it
NEAR_MINUTES = 90
WHOLE_VISIT_RULES = frozenset({"no_meal_break", "site_visited_twice"})
# smaller visits are checked in full at once after every edit: it takes a few milliseconds
BACKGROUND_FROM_ITEMS = 800
# a large visit's checks start after the timeline's repaint (pure Python, they would share the GIL with it)
START_DELAY_MS = 40
# conflicts, slots by id, the engine's facts
FullCheck = tuple[list[ConflictView] | None, dict[int, Any], Any]


class ConflictTracker(QObject):
    """The current conflicts of one visit; ``changed`` is emitted whenever they are replaced."""

    changed = Signal()

    def __init__(
        self,
        make_uow: Callable[[], UnitOfWork],
        run_quietly: Callable[..., None],
        run_local: Callable[..., None] | None = None,
        background_from: int = BACKGROUND_FROM_ITEMS,
    ) -> None:
        super().__init__()
        self._make_uow = make_uow
        self._run_quietly = run_quietly
        self._run_local = run_local or run_quietly
        self.background_from = background_from
        self._defer: Callable[[Callable[[], None]], None] = lambda job: QTimer.singleShot(START_DELAY_MS, job)
        self.visit_id: int | None = None
        self.conflicts: list[ConflictView] | None = None
        self._slots: dict[int, Any] = {}
        self._facts: Any = None
        self._generation = 0
        self.pending = 0  # background checks still running (benchmarks and tests wait for 0)

    def available(self) -> bool:
        return self.conflicts is not None

    def check_all(self, visit_id: int, item_count: int = 0) -> None:
        """A full check: at once for ordinary visits, off the GUI thread for very large ones."""
        self.visit_id = visit_id
        self._generation += 1
        if item_count >= self.background_from:
            self._full_in_background()
            return
        self._apply_full(self._full(visit_id), self._generation)

    def _full(self, visit_id: int) -> tuple[list[ConflictView] | None, dict[int, Any], Any]:
        slots, facts, found = _load_input(self._make_uow, visit_id)
        return found, {s.id: s for s in slots}, facts

    def _apply_full(
        self, result: tuple[list[ConflictView] | None, dict[int, Any], Any], generation: int
    ) -> None:
        if generation != self._generation:
            return  # an edit happened while this check ran; a newer check follows
        self.conflicts, self._slots, self._facts = result
        self.changed.emit()

    def _full_in_background(self) -> None:
        visit_id, generation = self.visit_id, self._generation
        assert visit_id is not None
        self.pending += 1

        def done(result: FullCheck) -> None:
            self.pending -= 1
            self._apply_full(result, generation)

        self._run_quietly(lambda: self._full(visit_id), done)

    def items_moved(self, before: Iterable[ItemRow], after: Iterable[ItemRow]) -> None:
        """Items changed their times only: check again (near them first, on a very large visit)."""
        self._generation += 1
        old, new = list(before), list(after)
        if self.visit_id is None:
            return
        big = len(self._slots) >= self.background_from
        if (
            not big
            or self.conflicts is None
            or self._facts is None
            or any(r.id not in self._slots for r in new)
        ):
            self.check_all(self.visit_id, len(self._slots))
            return
        for row in new:
            slot = self._slots[row.id]
            self._slots[row.id] = dataclasses.replace(
                slot, start=int(row.starts_at.timestamp()), end=int(row.ends_at.timestamp())
            )
        margin = NEAR_MINUTES * 60
        spans = [(int(r.starts_at.timestamp()), int(r.ends_at.timestamp())) for r in (*old, *new)]
        low, high = min(s for s, _ in spans), max(e for _, e in spans)
        replaced = {s.id for s in self._slots.values() if s.end > low - margin and s.start < high + margin}
        wide_low, wide_high = low - 2 * margin, high + 2 * margin
        checked = [s for s in self._slots.values() if s.end > wide_low and s.start < wide_high]
        facts, generation = copy.copy(self._facts), self._generation

        def start() -> None:
            if generation != self._generation:
                return  # another edit came first; it starts its own checks
            self.pending += 1

            def merged(local: list[ConflictView]) -> None:
                self.pending -= 1
                self._merge(local, replaced, generation)

            self._run_local(lambda: _check_subset(self._make_uow, checked, facts), merged)
            self._full_in_background()

        # let the timeline repaint first: the checks are pure Python and would share the GIL with the paint
        self._defer(start)

    def _merge(self, local: list[ConflictView], replaced: set[int], generation: int) -> None:
        if generation != self._generation or self.conflicts is None:
            return
        kept = [c for c in self.conflicts if c.rule in WHOLE_VISIT_RULES or not replaced & set(c.item_ids)]
        fresh = [c for c in local if c.rule not in WHOLE_VISIT_RULES and replaced & set(c.item_ids)]
        self.conflicts = sorted(kept + fresh, key=lambda c: (c.severity != "error",))
        self.changed.emit()


def _load_input(
    make_uow: Callable[[], UnitOfWork], visit_id: int
) -> tuple[list[Any], Any, list[ConflictView]]:
    from planner.scheduling.conflicts import check_slots
    from planner.scheduling.loading import load_check_input

    with make_uow() as uow:
        slots, facts = load_check_input(uow, visit_id)
        found = as_views(check_slots(slots, facts))
    facts.title_loader = None  # bound to the closed session; each check binds a fresh one
    return slots, facts, found


def _check_subset(make_uow: Callable[[], UnitOfWork], slots: list[Any], facts: Any) -> list[ConflictView]:
    from planner.scheduling.conflicts import check_slots
    from planner.scheduling.loading import load_titles

    with make_uow() as uow:
        facts.title_loader = lambda ids: load_titles(uow.session, ids)
        try:
            return as_views(check_slots(slots, facts))
        finally:
            facts.title_loader = None
