"""Lazy bridges to the scheduling engine and the document printer.

Both live in ``planner`` and may import heavy libraries (OR-Tools, ReportLab); they are imported on first
use only, so start-up stays fast. When a module is not installed yet, the screens show "not available".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the GUI shows it (copied from the engine's result, whatever its class)."""

    rule: str
    severity: str
    item_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    message: str


def _function(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(found, name, None)


def conflicts_available() -> bool:
    return _function("planner.services.planning", "check_visit") is not None


def check_conflicts(make_uow: Callable[[], UnitOfWork], visit_id: int) -> list[ConflictView] | None:
    """The engine's conflicts of a visit, or None when no conflict checker is installed.

    Prefers the planning service's ``check_visit``; until it exists, runs the scheduling package's rules
    directly (same rules, same sentences).
    """
    check = _function("planner.services.planning", "check_visit")
    if check is not None:
        try:
            found = check(make_uow(), visit_id)
        except RuntimeError:  # the service expects an open unit of work
            with make_uow() as uow:
                found = check(uow, visit_id)
    else:
        load = _function("planner.scheduling.loading", "load_check_input")
        check_slots = _function("planner.scheduling.conflicts", "check_slots")
        if load is None or check_slots is None:
            return None
        with make_uow() as uow:
            slots, facts = load(uow, visit_id)
            found = check_slots(slots, facts)
    return as_views(getattr(found, "conflicts", found))


def as_views(found: Any) -> list[ConflictView]:
    """The engine's conflicts copied into GUI rows."""
    return [
        ConflictView(
            str(getattr(c, "rule", "")),
            str(getattr(c, "severity", "warning")),
            tuple(getattr(c, "item_ids", ()) or ()),
            tuple(getattr(c, "participant_ids", ()) or ()),
            str(getattr(c, "message", c)),
        )
        for c in found
    ]


def planning_function(name: str) -> Callable[..., Any] | None:
    """``propose_plan``, ``propose_repair`` or ``apply_proposal`` from the planning service, if present."""
    return _function("planner.services.planning", name)
