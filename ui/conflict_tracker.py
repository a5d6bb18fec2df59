"""Keeps a visit's conflicts current while the user drags items.

The whole visit is checked once when it is opened, and again after an edit that changes more than an
item's times: at once on an ordinary visit (a few hundred items, milliseconds), off the GUI thread on a
very large one (a third of a second for 5,000 items). That check is kept as a ``LiveCheck``: after a drag
or a nudge it updates only the findings the moved items can change, on the GUI thread and before the
repaint (a few milliseconds on 5,000 items), and the result is exactly what a full check would say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import ItemRow
from ui.engine import ConflictView

# smaller visits are checked in full at once after an edit: it takes a few milliseconds
BACKGROUND_FROM_ITEMS = 800


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
        self.conflicts: list[ConflictView] | None = None
        self._live: Any = None  # planner.scheduling.live.LiveCheck (numpy is imported on first use)
        self._views: dict[int, tuple[Any, ConflictView]] = {}  # id(engine conflict) -> it, its copy
        self._count = 0
        self._generation = 0
        self.pending = 0  # background checks still running (benchmarks and tests wait for 0)

    def available(self) -> bool:
        return self.conflicts is not None

    def check_all(self, visit_id: int, item_count: int = 0) -> None:
        """A full check: at once for ordinary visits, off the GUI thread for very large ones."""
        self.visit_id, self._count = visit_id, item_count
        self._generation += 1
        generation = self._generation
        if item_count < self.background_from:
            self._apply_full(_build(self._make_uow, visit_id), generation)
            return
        self.pending += 1

        def done(live: Any) -> None:
            self.pending -= 1
            self._apply_full(live, generation)

        self._run_quietly(lambda: _build(self._make_uow, visit_id), done)

    def _apply_full(self, live: Any, generation: int) -> None:
        if generation != self._generation:
            return  # an edit happened while this check ran; a newer check follows
        self._live = live
        live.checker.facts.title_loader = self._titles  # the messages of later moves name new items
        self._views = {}
        self._publish()

    def _titles(self, ids: Sequence[int]) -> dict[int, str]:
        from planner.scheduling.loading import load_titles

        with self._make_uow() as uow:
            return load_titles(uow.session, ids)

    def _publish(self) -> None:
        # thousands of conflicts survive a move unchanged: their GUI copies are made once
        views, made = self._views, {}
        out = []
        for c in self._live.conflicts():
            found = views.get(id(c))
            if found is None or found[0] is not c:
                found = (c, ConflictView(c.rule, c.severity, c.item_ids, c.participant_ids, c.message))
            made[id(c)] = found
            out.append(found[1])
        self._views = made
        self.conflicts = out
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
        live.move((r.id, int(r.starts_at.timestamp()), int(r.ends_at.timestamp())) for r in rows)
        self._publish()


def _build(make_uow: Callable[[], UnitOfWork], visit_id: int) -> Any:
    """The visit's items checked in full, kept for live updates."""
    from planner.scheduling.live import LiveCheck
    from planner.scheduling.loading import load_check_input

    with make_uow() as uow:
        slots, facts = load_check_input(uow, visit_id)
        live = LiveCheck(slots, facts)
    facts.title_loader = None  # bound to the closed session; the tracker binds its own
    return live
