"""Read a few itinerary items by id (a screen refreshing the rows one edit touched)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select

from planner.persistence.tables import Group, ItineraryItem, Participant, Site, item_attendees, item_groups
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import ItemRow


def items_by_ids(uow: UnitOfWork, ids: Iterable[int], lang: str | None = None) -> list[ItemRow]:
    """The items with these ids that still exist, in time order (deleted ids are simply absent); each
    row equals the one ``visit_items`` reads in the same ``lang`` (a screen tells a drag from an edit by
    comparing them)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    s = uow.session
    found = s.execute(
        select(ItineraryItem, Site.name, Participant.full_name, Site.name_i18n)
        .outerjoin(Site, ItineraryItem.site_id == Site.id)
        .outerjoin(Participant, ItineraryItem.responsible_host_id == Participant.id)
        .where(ItineraryItem.id.in_(wanted))
        .order_by(ItineraryItem.starts_at, ItineraryItem.ends_at, ItineraryItem.id)
    ).all()
    attendees: dict[int, list[int]] = defaultdict(list)
    for item_id, person in s.execute(
        select(item_attendees.c.item_id, item_attendees.c.participant_id).where(
            item_attendees.c.item_id.in_(wanted)
        )
    ):
        attendees[item_id].append(person)
    groups: dict[int, list[str]] = defaultdict(list)
    for item_id, name in s.execute(
        select(item_groups.c.item_id, Group.name)
        .join(Group, Group.id == item_groups.c.group_id)
        .where(item_groups.c.item_id.in_(wanted))
        .order_by(Group.name)
    ):
        groups[item_id].append(name)
    return [
        ItemRow(
            i.id,
            i.visit_id,
            i.kind,
            i.title,
            dict(i.title_i18n),
            i.starts_at,
            i.ends_at,
            i.site_id,
            site or "",
            i.location,
            host or "",
            i.notes,
            i.pinned,
            i.required,
            i.priority,
            tuple(groups.get(i.id, ())),
            tuple(sorted(attendees.get(i.id, ()))),
            i.version,
            responsible_host_id=i.responsible_host_id,
            cue=i.cue,
            staging_notes=i.staging_notes,
            officer_name=i.officer_name,
            officer_phone=i.officer_phone,
            lang=lang,
            site_name_i18n=dict(site_i18n or {}),
            location_i18n=dict(i.location_i18n or {}),
        )
        for i, site, host, site_i18n in found
    ]
