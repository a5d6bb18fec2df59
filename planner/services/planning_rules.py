"""A visit's planning rules as staff edit them: the fields, their checks, and reading them for a dialog.

The visit's own columns (migration 0004); ``queries.scheduling_input`` turns them into the engine's
``PlanningRules``. ``visit_admin.update_visit`` writes them like the other visit fields (undo included).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.domain.errors import NotFoundError
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from planner.scheduling.rules import GRIDS
from planner.services.editing import Problems

PLANNING_FIELDS = ("plan_grid_min", "boarding_min", "boarding_extra_min", "boarding_above")


def check_planning(values: Mapping[str, Any], problems: Problems) -> None:
    """Add a problem for each planning field of ``values`` that is out of range."""
    grid = values.get("plan_grid_min")
    if "plan_grid_min" in values and grid not in GRIDS:
        problems.add("plan_grid_min", f"the time grid is 1, 5, 10 or 15 minutes, not {grid!r}")
    for name, top in (("boarding_min", 120), ("boarding_extra_min", 120), ("boarding_above", 10_000)):
        value = values.get(name)
        if name in values and (not isinstance(value, int) or not 0 <= value <= top):
            problems.add(name, f"this is a whole number from 0 to {top}, not {value!r}")


def planning_settings(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    """The visit's planning fields by name (for the settings dialog), read in the caller's open unit
    of work (``ui.operations.Operations.read`` opens one)."""
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return {name: getattr(visit, name) for name in PLANNING_FIELDS}
