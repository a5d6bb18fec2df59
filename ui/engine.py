"""Bridges to the scheduling services: a visit's conflicts, planning verbs on first use.

The planning service pulls in OR-Tools, so it is imported inside the functions, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services import checking
from planner.services.checking import Conflict


def check_conflicts(
    make_uow: Callable[[], UnitOfWork], visit_id: int, language: str | None = None
) -> list[Conflict]:
    """The engine's conflicts of a visit, in ``language`` (by default the interface's)."""
    from ui.i18n import current_language

    return checking.check_conflicts(make_uow(), visit_id, language or current_language())


def planning_function(name: str) -> Callable[..., Any]:
    """``propose_plan``, ``propose_repair`` or ``apply_proposal`` from the planning service."""
    from planner.services import planning

    return getattr(planning, name)  # type: ignore[no-any-return]
