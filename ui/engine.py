"""Bridges to the scheduling engine: conflicts copied into GUI rows, planning verbs on first use.

The planning service pulls in OR-Tools, so it is imported inside the functions, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the GUI shows it (a plain copy of the engine's result)."""

    rule: str
    severity: str
    item_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    message: str


def check_conflicts(
    make_uow: Callable[[], UnitOfWork], visit_id: int, language: str | None = None
) -> list[ConflictView]:
    """The engine's conflicts of a visit, in ``language`` (by default the interface's)."""
    from planner.services.planning import check_visit

    return as_views(check_visit(make_uow(), visit_id, check_settings(language)).conflicts)


def check_settings(language: str | None = None) -> Any:
    """The check's settings with its sentences in ``language`` (by default the interface's)."""
    from planner.scheduling.facts import CheckSettings
    from ui.i18n import current_language

    return CheckSettings(language=language or current_language())


def as_views(found: Iterable[Any]) -> list[ConflictView]:
    """The engine's conflicts copied into GUI rows."""
    return [
        ConflictView(c.rule, c.severity, tuple(c.item_ids), tuple(c.participant_ids), c.message)
        for c in found
    ]


def planning_function(name: str) -> Callable[..., Any]:
    """``propose_plan``, ``propose_repair`` or ``apply_proposal`` from the planning service."""
    from planner.services import planning

    return getattr(planning, name)  # type: ignore[no-any-return]
