"""Editing sites (shared by all visits): add, change, delete and restore."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select

from planner.domain.errors import Problem, ValidationError
from planner.domain.messages import problem
from planner.domain.vocabulary import SITE_FIELDS
from planner.persistence.tables import ItineraryItem, Site, SiteToPlace, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.scheduling.opening_hours import OpeningHoursError, read_opening_hours
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)

SITES = Changes.of(DataKind.SITES)
# items show their site's name and are checked against its opening hours, so an edited site changes
# what the item screens show too
EDITED_SITE = Changes.of(DataKind.SITES, DataKind.ITEMS)


def opening_hours_problem(text: str) -> str | None:
    """Why ``text`` cannot be read as opening hours (in words, with an example), or None."""
    found = _hours_problem(text)
    return found.reason if found else None


def _hours_problem(text: str, where: str = "opening_hours") -> Problem | None:
    # the reader's own English sentence, with the catalogue's key for the interface languages
    try:
        read_opening_hours(text, where)
    except OpeningHoursError as exc:
        reason = exc.problems[0].reason
        if exc.fragment and exc.fragment != exc.text:
            return Problem(where, reason, "opening_hours_at", {"text": exc.text, "fragment": exc.fragment})
        return Problem(where, reason, "opening_hours", {"text": exc.text})
    return None


def _with_stored_hours(values: Mapping[str, Any]) -> Mapping[str, Any]:
    # hours typed in Russian, Kazakh or English day names are stored in the one syntax the engine reads
    hours = values.get("opening_hours")
    if not isinstance(hours, str) or opening_hours_problem(hours):
        return values  # _validate says what is wrong
    return {**values, "opening_hours": read_opening_hours(hours)}


def _validate(uow: UnitOfWork, values: Mapping[str, Any], current: Site | None = None) -> None:
    problems = Problems()
    problems.require_text(values, "name", "empty_site_name")
    problems.check_email(values, "contact_email")
    for name, low, high, label in (("latitude", -90, 90, "latitude"), ("longitude", -180, 180, "longitude")):
        value = values.get(name)
        if value is not None and (not isinstance(value, int | float) or not low <= value <= high):
            problems.say(name, f"{label}_range")  # "the latitude must be a number between -90 and 90"
    lat = values.get("latitude", getattr(current, "latitude", None))
    lon = values.get("longitude", getattr(current, "longitude", None))
    if (lat is None) != (lon is None):
        problems.say("longitude" if lon is None else "latitude", "both_coordinates")
    if "usual_duration_min" in values:
        minutes = values["usual_duration_min"]
        if not isinstance(minutes, int) or minutes <= 0:
            problems.say("usual_duration_min", "usual_duration")
    if "opening_hours" in values:
        hours = _hours_problem(str(values["opening_hours"] or ""))
        if hours:
            problems.items.append(hours)
    name = values.get("name", getattr(current, "name", ""))
    address = values.get("address", getattr(current, "address", ""))
    if name:
        clash = uow.session.scalar(select(Site.id).where(Site.name == name, Site.address == (address or "")))
        if clash is not None and (current is None or clash != current.id):
            problems.say("name", "site_exists", name=name)
    problems.raise_if_any()


def add_site(uow: UnitOfWork, values: Mapping[str, Any]) -> Created:
    """Add a site; ``name`` is required."""
    check_fields(values, SITE_FIELDS, "a site")
    values = _with_stored_hours(values)
    with uow:
        if not str(values.get("name") or "").strip():
            raise ValidationError(problem("name", "required"))
        _validate(uow, values)
        site = Site(**values)
        uow.session.add(site)
        uow.commit()
        return Created(site.id, site.version, SITES)


def update_site(
    uow: UnitOfWork, site_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a site's fields (opening hours, coordinates, contact...)."""
    check_fields(changes, SITE_FIELDS, "a site")
    changes = _with_stored_hours(changes)
    with uow:
        site = get_or_fail(uow.session, Site, site_id, "site")
        _validate(uow, changes, site)
        result = apply_update(
            site, changes, expected_version, f"Site '{site.name}'", uow.session, EDITED_SITE
        )
        uow.commit()
        return result


def delete_site(uow: UnitOfWork, site_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a site no item uses; refuse in words when items still go there."""
    with uow:
        site = get_or_fail(uow.session, Site, site_id, "site")
        check_version(site, expected_version, f"Site '{site.name}'")
        used = uow.session.scalar(select(func.count()).where(ItineraryItem.site_id == site_id)) or 0
        if used:
            raise ValidationError(problem("site", "site_in_use", name=site.name, count=used))
        listed = uow.session.scalar(select(func.count()).where(SiteToPlace.site_id == site_id)) or 0
        if listed:
            raise ValidationError(problem("site", "site_to_place", name=site.name, count=listed))
        snap = row_dict(site)
        uow.session.delete(site)
        uow.commit()
        return Deleted(site_id, {"row": snap}, SITES)


def restore_site(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_site``."""
    with uow:
        uow.session.execute(insert(Site), [deleted.snapshot["row"]])
        uow.commit()
        return Created(deleted.id, deleted.snapshot["row"]["version"], SITES)
