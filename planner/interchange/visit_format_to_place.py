"""The visit file's ``to_place`` list: the sites a visit still wants to see, with no time yet.

Written only when the list is not empty, so files of visits without one keep their bytes; read when
present, so older files import unchanged. Entries name their site and groups by the file's keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.interchange.visit_validation import json_path
from planner.persistence.tables import Group, Site, SiteToPlace

KEY = "to_place"


def _entries(session: Session, visit_id: int) -> list[SiteToPlace]:
    return list(
        session.scalars(
            select(SiteToPlace)
            .where(SiteToPlace.visit_id == visit_id)
            .order_by(SiteToPlace.position, SiteToPlace.id)
            .options(selectinload(SiteToPlace.groups))
        )
    )


def to_place_site_ids(session: Session, visit_id: int) -> set[int]:
    """The sites the list names (the file carries them with the itinerary's sites)."""
    return set(session.scalars(select(SiteToPlace.site_id).where(SiteToPlace.visit_id == visit_id)))


def export_to_place(
    session: Session, visit_id: int, site_key: Mapping[int, str], group_key: Mapping[int, str]
) -> dict[str, Any]:
    """``{"to_place": [...]}`` in list order, or nothing when the list is empty."""
    rows = [
        {
            "site": site_key[e.site_id],
            "title": e.title,
            "duration_min": e.duration_min,
            "required": e.required,
            "priority": e.priority,
            "groups": sorted(group_key[g.id] for g in e.groups),
            "notes": e.notes,
        }
        for e in _entries(session, visit_id)
    ]
    return {KEY: rows} if rows else {}


def import_to_place(
    session: Session,
    visit_id: int,
    data: Mapping[str, Any],
    site_id: Mapping[str, int],
    group_id: Mapping[str, int],
) -> None:
    """Write the file's list (if any) for a new visit, in the caller's transaction."""
    rows = data.get(KEY, [])
    if not rows:
        return
    groups = {g.id: g for g in session.scalars(select(Group).where(Group.visit_id == visit_id))}
    wanted = {site_id[r["site"]] for r in rows}
    usual = {
        row.id: row.usual_duration_min
        for row in session.execute(select(Site.id, Site.usual_duration_min).where(Site.id.in_(wanted)))
    }
    for position, row in enumerate(rows, start=1):
        site = site_id[row["site"]]
        entry = SiteToPlace(
            visit_id=visit_id,
            site_id=site,
            title=row.get("title", ""),
            duration_min=row.get("duration_min", usual.get(site, 45)),
            required=row.get("required", False),
            priority=row.get("priority", 0),
            notes=row.get("notes", ""),
            position=position,
        )
        entry.groups = [groups[group_id[g]] for g in row.get("groups", [])]
        session.add(entry)


def check_to_place(
    data: Mapping[str, Any],
    keys: Mapping[str, set[str]],
    add: Callable[[str, str], None],
) -> None:
    """Report entries that name a site or group the file does not have."""
    for index, row in enumerate(data.get(KEY, [])):
        if row["site"] not in keys["sites"]:
            add(
                json_path([KEY, index, "site"]),
                f"unknown site {row['site']!r} (no entry with that key in sites)",
            )
        for n, group in enumerate(row.get("groups", [])):
            if group not in keys["groups"]:
                add(
                    json_path([KEY, index, "groups", n]),
                    f"unknown group {group!r} (no entry with that key in groups)",
                )
