"""Undo commands of the live mode: a repair of the rest of the day after an item ran late."""

from __future__ import annotations

from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services.changes import Changes
from ui.engine import planning_function
from ui.i18n import tr
from ui.operations import ServiceCommandBase


class ApplyRunningLateCommand(ServiceCommandBase):
    """The repair shown for "running late by N min", written as one undo step.

    The proposal on screen is written as it is (not searched again), so what is applied is what the
    officer read; undo applies the inverse proposal the planning service returns.
    """

    def __init__(self, title: str, minutes: int, proposal: Any, made_at_version: int | None = None) -> None:
        super().__init__(tr("Running late by %1 min: “%2”", minutes, title))
        self._proposal = proposal
        self._inverse: Any = None
        # the first write is refused when the programme changed since the proposal was worked out;
        # a redo follows this command's own undo, which changed the version itself
        self._made_at_version = made_at_version

    def do(self, uow: UnitOfWork) -> Changes:
        made_at, self._made_at_version = self._made_at_version, None
        applied = planning_function("apply_proposal")(uow, self._proposal, made_at_version=made_at)
        self._inverse = applied.inverse
        return applied.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        applied = planning_function("apply_proposal")(uow, self._inverse)
        # the inverse of the inverse is the repair again, with fresh snapshots for the next redo
        self._proposal = applied.inverse
        return applied.changes
