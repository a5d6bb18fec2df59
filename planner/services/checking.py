"""The conflict check as the window uses it: a visit checked once and kept current while items move.

The engine's ``Conflict`` rows are returned as they are (frozen, plain): the GUI shows them directly.
numpy and the engine load on the first check, not when this module is imported, so the window's
first paint does not wait for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.domain.kinds import Language
from planner.persistence.uow import UnitOfWork
from planner.scheduling.results import TRAVEL_TIME, Conflict

if TYPE_CHECKING:
    from planner.scheduling.live import Delta, LiveCheck

__all__ = ["TRAVEL_TIME", "Conflict", "LiveConflicts", "check_conflicts", "open_live_check"]


def check_conflicts(uow: UnitOfWork, visit_id: int, language: str = Language.EN) -> list[Conflict]:
    """Every conflict of a visit, its sentences and the names in them in ``language`` (en, ru, kk)."""
    from planner.scheduling.facts import CheckSettings
    from planner.services.planning import check_visit

    return check_visit(uow, visit_id, CheckSettings(language=language)).conflicts


class LiveConflicts:
    """A visit's conflicts, updated in place as items move; always equal to a full check.

    Holds plain data only (every title was read when it was opened), so no transaction stays open
    and it may be opened on one thread and used on another.
    """

    def __init__(self, live: LiveCheck) -> None:
        self._live = live

    def conflicts(self) -> list[Conflict]:
        """Every conflict, in the order of a full check."""
        return self._live.conflicts()

    def ordered(self) -> list[tuple[tuple[Any, ...], Conflict]]:
        """Every conflict with its place in the output (a sort key)."""
        return self._live.ordered()

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._live

    def move(self, items: Iterable[tuple[int, datetime, datetime]]) -> Delta:
        """Items (id, new start, new end; aware instants) changed their times only: the conflicts that
        went away and those that came, each with its place in the output."""
        return self._live.move((i, int(start.timestamp()), int(end.timestamp())) for i, start, end in items)


def open_live_check(uow: UnitOfWork, visit_id: int, language: str = Language.EN) -> LiveConflicts:
    """The visit's items checked in full and kept for live updates (sentences, and the names in them, in
    ``language``)."""
    from planner.queries.scheduling_input import load_check_input
    from planner.scheduling.facts import CheckSettings
    from planner.scheduling.live import LiveCheck

    with uow:
        # every title now: the messages of later moves then need no read
        slots, facts = load_check_input(uow, visit_id, titles=True, lang=language)
    return LiveConflicts(LiveCheck(slots, facts, CheckSettings(language=language)))
