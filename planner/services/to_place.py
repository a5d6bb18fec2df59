"""Editing a visit's sites still to place: add, change, remove and restore entries; place an entry on the
timeline as a site visit (and take it back). One unit of work each; the change log records every row.

An entry is a site the visit wants to see with no time yet. The planner places entries, and returns
the site visits it cannot place to the list (``return_item_to_list``): a wanted site is never lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import ItemKind
from planner.persistence.tables import Group, ItineraryItem, Site, SiteToPlace, Visit, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Replaced,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)

# the list is shown with the itinerary (a panel beside the timeline), so a change of it is one of items
LIST_CHANGED = Changes.of(DataKind.ITEMS)

ENTRY_FIELDS = ("site_id", "title", "duration_min", "required", "priority", "notes", "position")


def _validate(session: Session, visit_id: int, values: Mapping[str, Any], group_ids: Iterable[int]) -> None:
    problems = Problems()
    if "site_id" in values and session.get(Site, values["site_id"]) is None:
        problems.add("site_id", f"unknown site (id {values['site_id']})")
    if "duration_min" in values:
        minutes = values["duration_min"]
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
            problems.add("duration_min", "the visit length must be a positive number of minutes")
    if "priority" in values and not isinstance(values["priority"], int):
        problems.add("priority", "the priority must be a whole number")
    wanted = set(group_ids)
    if wanted:
        found = set(session.scalars(select(Group.id).where(Group.id.in_(wanted), Group.visit_id == visit_id)))
        missing = sorted(wanted - found)
        if missing:
            problems.add("groups", f"unknown group ids for this visit: {', '.join(map(str, missing))}")
    problems.raise_if_any()


def _groups(session: Session, ids: Iterable[int]) -> list[Group]:
    ids = sorted(set(ids))
    return list(session.scalars(select(Group).where(Group.id.in_(ids)))) if ids else []


def _next_position(session: Session, visit_id: int) -> int:
    last = session.scalar(select(func.max(SiteToPlace.position)).where(SiteToPlace.visit_id == visit_id))
    return (last or 0) + 1


def new_entry(
    session: Session, visit_id: int, values: Mapping[str, Any], group_ids: Iterable[int] = ()
) -> SiteToPlace:
    """Add an entry in the caller's transaction (flushed, so its id is known); no validation."""
    values = dict(values)
    if "duration_min" not in values:
        site = session.get(Site, values["site_id"])
        values["duration_min"] = site.usual_duration_min if site is not None else 45
    values.setdefault("position", _next_position(session, visit_id))
    entry = SiteToPlace(visit_id=visit_id, **values)
    entry.groups = _groups(session, group_ids)
    session.add(entry)
    session.flush()
    return entry


def add_entry(
    uow: UnitOfWork, visit_id: int, values: Mapping[str, Any], group_ids: Sequence[int] = ()
) -> Created:
    """Add a site to the visit's list; ``site_id`` is required, the length defaults to the site's usual
    one, ``group_ids`` are the groups that may go (none: any group)."""
    check_fields(values, ENTRY_FIELDS, "a site to place")
    with uow:
        s = uow.session
        get_or_fail(s, Visit, visit_id, "visit")
        if values.get("site_id") is None:
            problems = Problems()
            problems.add("site_id", "this field is required")
            problems.raise_if_any()
        _validate(s, visit_id, values, group_ids)
        entry = new_entry(s, visit_id, values, group_ids)
        uow.commit()
        return Created(entry.id, entry.version, LIST_CHANGED)


def update_entry(
    uow: UnitOfWork, entry_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change an entry's fields (length, required, priority...); returns old and new values for undo."""
    check_fields(changes, ENTRY_FIELDS, "a site to place")
    with uow:
        entry = get_or_fail(uow.session, SiteToPlace, entry_id, "site to place")
        _validate(uow.session, entry.visit_id, changes, ())
        result = apply_update(entry, changes, expected_version, f"Site to place {entry_id}", uow.session)
        uow.commit()
        return replace(result, changes=LIST_CHANGED)


def change_entry(
    uow: UnitOfWork, entry_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change an entry's fields and which groups may go (``group_ids``) in one transaction.

    ``changes`` holds any of ``ENTRY_FIELDS`` and ``group_ids`` (a list; empty: any group). The result
    names what differed, the groups as sorted id lists, so the same call with ``old`` undoes it.
    """
    check_fields(changes, (*ENTRY_FIELDS, "group_ids"), "a site to place")
    fields = {k: v for k, v in changes.items() if k != "group_ids"}
    with uow:
        s = uow.session
        entry = get_or_fail(s, SiteToPlace, entry_id, "site to place")
        wanted = changes.get("group_ids")
        if wanted is not None and (isinstance(wanted, str | bytes) or not isinstance(wanted, Iterable)):
            raise ValidationError(Problem("groups", "the groups must be a list of group ids"))
        _validate(s, entry.visit_id, fields, wanted or ())
        result = apply_update(entry, fields, expected_version, f"Site to place {entry_id}", s)
        old, new = dict(result.old), dict(result.new)
        if wanted is not None:
            before, after = sorted(g.id for g in entry.groups), sorted(set(wanted))
            if before != after:
                entry.groups = _groups(s, after)
                old["group_ids"], new["group_ids"] = before, after
        uow.commit()  # a change of groups raises the entry's version as the commit logs it
        return Updated(entry_id, old, new, entry.version, LIST_CHANGED)


def set_entry_groups(uow: UnitOfWork, entry_id: int, group_ids: Sequence[int]) -> Replaced:
    """Replace which groups may go to an entry's site; returns the previous group ids (for undo)."""
    with uow:
        entry = get_or_fail(uow.session, SiteToPlace, entry_id, "site to place")
        _validate(uow.session, entry.visit_id, {}, group_ids)
        old = sorted(g.id for g in entry.groups)
        entry.groups = _groups(uow.session, group_ids)
        uow.commit()
        return Replaced(old, LIST_CHANGED)


def snapshot_entry(entry: SiteToPlace) -> dict[str, Any]:
    """What removing an entry takes away: its row and its groups."""
    return {"row": row_dict(entry), "groups": sorted(g.id for g in entry.groups)}


def restore_entry_snapshot(session: Session, snap: Mapping[str, Any]) -> SiteToPlace:
    """Put an entry back with the same id in the caller's transaction (groups deleted since are left out)."""
    row = dict(snap["row"])
    row.pop("version", None)  # a restored row starts a new version history
    entry = SiteToPlace(**row)
    entry.groups = _groups(session, snap.get("groups", ()))
    session.add(entry)
    session.flush()
    return entry


def remove_entry(uow: UnitOfWork, entry_id: int, expected_version: int | None = None) -> Deleted:
    """Take a site off the list; ``restore_entry`` undoes it."""
    with uow:
        entry = get_or_fail(uow.session, SiteToPlace, entry_id, "site to place")
        check_version(entry, expected_version, f"Site to place {entry_id}")
        snap = snapshot_entry(entry)
        uow.session.delete(entry)
        uow.commit()
        return Deleted(entry_id, snap, LIST_CHANGED)


def restore_entry(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``remove_entry``: the entry comes back with the same id and groups."""
    with uow:
        entry = restore_entry_snapshot(uow.session, deleted.snapshot)
        uow.commit()
        return Created(entry.id, entry.version, LIST_CHANGED)


def item_from_entry(
    session: Session,
    entry: SiteToPlace,
    starts_at: datetime,
    ends_at: datetime | None = None,
    group_ids: Iterable[int] | None = None,
) -> ItineraryItem:
    """A site visit made from an entry (its site, length, wish and groups) in the caller's transaction."""
    item = ItineraryItem(
        visit_id=entry.visit_id,
        kind=ItemKind.SITE_VISIT.value,
        title=entry.title or entry.site.name,
        # named after its site, the visit prints the site's name in every language the site has one
        title_i18n={} if entry.title else dict(entry.site.name_i18n or {}),
        starts_at=starts_at,
        ends_at=ends_at if ends_at is not None else starts_at + timedelta(minutes=entry.duration_min),
        site_id=entry.site_id,
        notes=entry.notes,
        required=entry.required,
        priority=entry.priority,
    )
    item.groups = list(entry.groups) if group_ids is None else _groups(session, group_ids)
    session.add(item)
    session.flush()
    return item


def entry_from_item(session: Session, item: ItineraryItem) -> SiteToPlace:
    """Put a site visit's site back on its visit's list (its title, length, wish, groups and notes)."""
    site = item.site
    minutes = max(1, int((item.ends_at - item.starts_at).total_seconds() // 60))
    values = {
        "site_id": item.site_id,
        # the site's own name is the entry's label anyway; keep a title only when it says more
        "title": "" if site is not None and item.title == site.name else item.title,
        "duration_min": minutes,
        "required": item.required,
        "priority": item.priority,
        "notes": item.notes,
    }
    return new_entry(session, item.visit_id, values, [g.id for g in item.groups])


@dataclass(frozen=True)
class Placed:
    """An entry placed on the timeline: the new item and the entry as it was (undo puts it back)."""

    item_id: int
    entry: Deleted
    changes: Changes = LIST_CHANGED


def place_entry(
    uow: UnitOfWork,
    entry_id: int,
    starts_at: datetime,
    group_ids: Sequence[int] | None = None,
    expected_version: int | None = None,
) -> Placed:
    """Make a site visit from an entry at ``starts_at`` (with the entry's length and groups, unless
    ``group_ids`` are given) and take the entry off the list, in one transaction."""
    problems = Problems()
    if not isinstance(starts_at, datetime) or starts_at.tzinfo is None:
        problems.add("starts_at", "the time has no time zone")
    problems.raise_if_any()
    with uow:
        s = uow.session
        entry = get_or_fail(s, SiteToPlace, entry_id, "site to place")
        check_version(entry, expected_version, f"Site to place {entry_id}")
        if group_ids is not None:
            _validate(s, entry.visit_id, {}, group_ids)
        snap = snapshot_entry(entry)
        item = item_from_entry(s, entry, starts_at, group_ids=group_ids)
        s.delete(entry)
        s.flush()
        uow.commit()
        return Placed(item.id, Deleted(entry_id, snap), Changes.of(DataKind.ITEMS, item_ids=[item.id]))


def unplace_entry(uow: UnitOfWork, placed: Placed) -> Created:
    """Undo ``place_entry``: delete the site visit it made and put the entry back on the list."""
    with uow:
        s = uow.session
        item = get_or_fail(s, ItineraryItem, placed.item_id, "itinerary item")
        s.delete(item)
        s.flush()
        entry = restore_entry_snapshot(s, placed.entry.snapshot)
        uow.commit()
        return Created(entry.id, entry.version, LIST_CHANGED)
