"""Whole-visit administration: create, change, duplicate, archive and delete visits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import VisitStatus
from planner.domain.timeutil import zone
from planner.persistence.tables import Delegation, Visit
from planner.persistence.uow import UnitOfWork
from planner.services.changes import WHOLE_VISIT, Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)
from planner.services.planning_rules import PLANNING_FIELDS, check_planning

VISIT_FIELDS = (
    "title",
    "title_i18n",
    "status",
    "host_region",
    "host_region_i18n",
    "host_organisation",
    "host_organisation_i18n",
    "host_timezone",
    "start_date",
    "end_date",
    "arrival_mode",
    "arrival_mode_i18n",
    "purpose",
    "purpose_i18n",
    "day_start",
    "day_end",
    "travel_speed_kmh",
    "road_factor",
    *PLANNING_FIELDS,
)
NEW_VISIT_FIELDS = (*VISIT_FIELDS, "delegation_name", "home_region", "home_country", "home_timezone")
# the visit's fields that decide how its items are shown (zone, days, working day) and checked (travel)
# and the planning rules (grid, boarding, meals, stay) by which they are planned and checked
_FIELDS_SHAPING_ITEMS = frozenset(
    {"host_timezone", "start_date", "end_date", "day_start", "day_end", "travel_speed_kmh", "road_factor"}
) | frozenset(PLANNING_FIELDS)
VISITS = Changes.of(DataKind.VISITS)


def _validate(values: Mapping[str, Any], current: Visit | None = None) -> None:
    problems = Problems()
    problems.require_text(values, "title", "empty_title")
    problems.check_choice(values, "status", [s.value for s in VisitStatus])
    for name in ("host_timezone", "home_timezone"):
        if name in values:
            try:
                zone(str(values[name]))
            except ValidationError:
                problems.say(name, "unknown_zone_example", zone=values[name])
    for name in ("start_date", "end_date"):
        if name in values and not isinstance(values[name], date):
            problems.say(name, "not_a_date")
    start = values.get("start_date", getattr(current, "start_date", None))
    end = values.get("end_date", getattr(current, "end_date", None))
    if isinstance(start, date) and isinstance(end, date):
        problems.check_not_before(start, end, "end_date")
    day_start = values.get("day_start", getattr(current, "day_start", None))
    day_end = values.get("day_end", getattr(current, "day_end", None))
    if day_start is not None and day_end is not None and day_end <= day_start:
        problems.say("day_end", "working_day")
    for name, key in (("travel_speed_kmh", "positive_travel_speed"), ("road_factor", "positive_road_factor")):
        if name in values and (not isinstance(values[name], int | float) or values[name] <= 0):
            problems.say(name, key)
    factor = values.get("road_factor")
    if isinstance(factor, int | float) and factor < 1:
        problems.say("road_factor", "road_factor_min")
    check_planning(values, problems)
    problems.raise_if_any()


def create_visit(uow: UnitOfWork, values: Mapping[str, Any]) -> Created:
    """Create a visit and its delegation; title, delegation name, dates and both time zones are required."""
    check_fields(values, NEW_VISIT_FIELDS, "a visit")
    problems = Problems()
    for name in ("title", "delegation_name", "start_date", "end_date", "host_timezone", "home_timezone"):
        if values.get(name) in (None, ""):
            problems.say(name, "required")
    problems.raise_if_any()
    _validate(values)
    visit_values = {k: v for k, v in values.items() if k in VISIT_FIELDS}
    with uow:
        delegation = Delegation(
            name=str(values["delegation_name"]).strip(),
            home_region=values.get("home_region", ""),
            home_country=values.get("home_country", ""),
            home_timezone=values["home_timezone"],
        )
        now = datetime.now().astimezone()
        visit = Visit(delegation=delegation, created_at=now, updated_at=now, **visit_values)
        uow.session.add(visit)
        uow.commit()
        return Created(visit.id, visit.version, VISITS)


def update_visit(
    uow: UnitOfWork, visit_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a visit's header fields (title, dates, status, planning settings)."""
    check_fields(changes, VISIT_FIELDS, "a visit")
    with uow:
        visit = get_or_fail(uow.session, Visit, visit_id, "visit")
        _validate(changes, visit)
        changes = dict(changes)
        result = apply_update(visit, changes, expected_version, f"Visit '{visit.title}'", uow.session)
        if result.old:
            visit.updated_at = datetime.now().astimezone()
        uow.commit()
        changed = VISITS | (Changes.of(DataKind.ITEMS) if _FIELDS_SHAPING_ITEMS & set(changes) else VISITS)
        return Updated(result.id, result.old, result.new, visit.version, changed)


def archive_visit(uow: UnitOfWork, visit_id: int, expected_version: int | None = None) -> Updated:
    """Move a visit to the archive (undo: ``update_visit`` with the old status)."""
    return update_visit(uow, visit_id, {"status": VisitStatus.ARCHIVED.value}, expected_version)


def duplicate_visit(uow: UnitOfWork, visit_id: int, title: str | None = None) -> Created:
    """Copy a whole visit (people, items, meetings, documents, vehicles) as a new draft on the same dates.

    The copy keeps the original's title unless ``title`` is given: nothing English is added to a title
    that prints in Russian. ``visit_details.duplicate_as_template`` copies onto new dates.
    """
    from planner.interchange.visit_format import export_visit, import_visit

    with uow:
        data = export_visit(uow, visit_id)
        original = data["visit"]["title"]
        data["visit"]["title"] = (original if title is None else title).strip()
        data["visit"]["status"] = VisitStatus.DRAFT.value
        if not data["visit"]["title"]:
            raise ValidationError(Problem("title", "the title must not be empty", "empty_title"))
        new_id = import_visit(uow, data)
        uow.commit()
        return Created(new_id, changes=WHOLE_VISIT)


@dataclass(frozen=True)
class VisitDeleted(Deleted):
    """A deleted visit (``snapshot``: its visit-file data) and the rows of the sites made with it that went
    with it, by field (``arrival_site_id``...): the redo puts them back with their ids
    (``visits.import_data``'s ``places``)."""

    removed_sites: dict[str, dict[str, Any]] = field(default_factory=dict)


def delete_visit(
    uow: UnitOfWork, visit_id: int, made_sites: Mapping[str, Mapping[str, Any]] | None = None
) -> VisitDeleted:
    """Delete a visit and everything in it; the snapshot is its visit-file data, to import it again.

    ``made_sites``: the sites made with the visit for the places typed for its arrival and departure
    (``VisitCreated.made_sites``); undoing the new visit removes them too, in the same transaction, unless
    something else refers to them by now.
    """
    from planner.interchange.visit_format import export_visit
    from planner.services.sites import remove_places

    with uow:
        visit = get_or_fail(uow.session, Visit, visit_id, "visit")
        data = export_visit(uow, visit_id)
        delegation = visit.delegation
        for document in list(visit.documents):
            uow.session.delete(document)
        uow.session.delete(visit)
        uow.flush()
        if not delegation.visits:
            uow.session.delete(delegation)
        removed = remove_places(uow, made_sites) if made_sites else {}
        uow.commit()
        return VisitDeleted(visit_id, data, WHOLE_VISIT, removed)
