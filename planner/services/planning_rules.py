"""A visit's planning rules as staff edit them: the fields, their checks, and reading them for a dialog.

The visit's own columns (migration 0004); ``queries.scheduling_input`` turns them into the engine's
``PlanningRules``. ``visit_admin.update_visit`` writes them like the other visit fields (undo included).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time
from typing import Any

from planner.domain.errors import NotFoundError, Problem, ValidationError
from planner.persistence.tables import Group, Participant, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.scheduling.rules import GRIDS
from planner.services.editing import Problems, check_fields

PLANNING_FIELDS = (
    "plan_grid_min",
    "boarding_min",
    "boarding_extra_min",
    "boarding_above",
    "lunch_start",
    "lunch_end",
    "lunch_min",
    "lunch_site_id",
    "dinner_start",
    "dinner_end",
    "dinner_min",
    "dinner_site_id",
)


def check_planning(values: Mapping[str, Any], problems: Problems) -> None:
    """Add a problem for each planning field of ``values`` that is out of range."""
    grid = values.get("plan_grid_min")
    if "plan_grid_min" in values and grid not in GRIDS:
        problems.say("plan_grid_min", "time_grid", value=grid)
    for name, top in (("boarding_min", 120), ("boarding_extra_min", 120), ("boarding_above", 10_000)):
        value = values.get(name)
        if name in values and (not isinstance(value, int) or not 0 <= value <= top):
            problems.say(name, "whole_up_to", top=top, value=value)
    for meal in ("lunch", "dinner"):
        minutes = values.get(f"{meal}_min")
        if f"{meal}_min" in values and (not isinstance(minutes, int) or not 0 <= minutes <= 240):
            problems.say(f"{meal}_min", f"{meal}_minutes", value=minutes)
        start, end = values.get(f"{meal}_start"), values.get(f"{meal}_end")
        for name, value in ((f"{meal}_start", start), (f"{meal}_end", end)):
            if value is not None and not isinstance(value, time):
                problems.say(name, "not_a_time")
        if isinstance(start, time) and isinstance(end, time) and end <= start:
            problems.say(f"{meal}_end", f"{meal}_window")
        if isinstance(start, time) and isinstance(end, time) and isinstance(minutes, int) and minutes:
            span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            if minutes > span:
                problems.say(f"{meal}_min", f"{meal}_fit", minutes=minutes)


def planning_settings(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    """The visit's planning fields by name (for the settings dialog), read in the caller's open unit
    of work (``ui.operations.Operations.read`` opens one)."""
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return {name: getattr(visit, name) for name in PLANNING_FIELDS}


STAY_FIELDS = ("arrival_at", "arrival_site_id", "departure_at", "departure_site_id")
_STAY_OWNERS = {"visit": Visit, "group": Group, "participant": Participant}


def set_stay(uow: UnitOfWork, owner: str, owner_id: int, **values: Any) -> dict[str, Any]:
    """Set the arrival and/or departure (``arrival_at``, ``arrival_site_id``, ``departure_at``,
    ``departure_site_id``; None clears one) of a visit, a group or a participant (``owner``); returns
    the old values for undo. Instants must be aware; the departure must come after the arrival."""
    return set_stay_with_places(uow, owner, owner_id, values)[0]


def set_stay_with_places(
    uow: UnitOfWork,
    owner: str,
    owner_id: int,
    values: Mapping[str, Any],
    places: Mapping[str, str | Mapping[str, Any]] | None = None,
    remove_sites: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """``set_stay``, with the arrival's or departure's site named by a typed place (``places``, by site
    field: the site of that name, or one made in the same transaction, ``sites.sites_for_places``), and
    the undo of that (``remove_sites``: the sites it made, removed once the old stay is written back).
    Returns the old values and the sites made (or, undoing, those removed), by field."""
    from planner.services.sites import remove_places, sites_for_places

    unknown = sorted(set(places or {}) - {"arrival_site_id", "departure_site_id"})
    if unknown:
        raise ValidationError([Problem(n, "a place is typed only for a stay's site") for n in unknown])
    problems = Problems()
    model = _STAY_OWNERS.get(owner)
    if model is None:
        raise ValidationError(
            Problem("owner", f"a stay belongs to a visit, a group or a participant, not {owner!r}")
        )
    check_fields(values, STAY_FIELDS, "an arrival or departure")
    for name in ("arrival_at", "departure_at"):
        moment = values.get(name)
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
            problems.say(name, "stay_with_zone")
    problems.raise_if_any()
    with uow:
        s = uow.session
        row = s.get(model, owner_id)
        if row is None:
            raise NotFoundError(f"there is no {owner} with id {owner_id}")
        made: dict[str, dict[str, Any]] = {}
        if places:
            ids, made = sites_for_places(uow, places)
            values = {**values, **ids}
        for name in ("arrival_site_id", "departure_site_id"):
            site_id = values.get(name)
            if site_id is not None and s.get(Site, site_id) is None:
                problems.say(name, "no_site_id", id=site_id)
        old = {name: getattr(row, name) for name in STAY_FIELDS}
        new = {**old, **values}
        arrives, leaves = new["arrival_at"], new["departure_at"]
        if arrives is not None and leaves is not None and leaves <= arrives:
            problems.say("departure_at", "departure_after_arrival")
        problems.raise_if_any()
        for name, value in values.items():
            setattr(row, name, value)
        if remove_sites:
            made = remove_places(uow, remove_sites)
        uow.commit()
    return old, made
