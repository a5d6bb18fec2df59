"""Editing the itinerary: add, change, move, resize, delete and restore items, and who attends them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update

from planner.domain.kinds import ItemKind
from planner.domain.vocabulary import ITEM_FIELDS
from planner.persistence.tables import (
    ActionItem,
    Gift,
    Group,
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    Seating,
    SignedDocument,
    Site,
    TableSeat,
    Visit,
    item_attendees,
    item_groups,
    row_dict,
)
from planner.persistence.uow import UnitOfWork
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
from planner.services.gifts import check_run_of_show


def _validate(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any], current: Any = None) -> None:
    problems = Problems()
    problems.require_text(values, "title", "empty_title")
    problems.check_choice(values, "kind", [k.value for k in ItemKind])
    starts = values.get("starts_at", getattr(current, "starts_at", None))
    ends = values.get("ends_at", getattr(current, "ends_at", None))
    for name in ("starts_at", "ends_at"):
        moment = values.get(name)
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
            problems.say(name, "no_time_zone")
    aware = isinstance(starts, datetime) and isinstance(ends, datetime) and starts.tzinfo and ends.tzinfo
    if aware and ends <= starts:
        problems.say("ends_at", "end_not_after_start")
    session = uow.session
    site_id = values.get("site_id")
    if site_id is not None and session.get(Site, site_id) is None:
        problems.say("site_id", "unknown_site", id=site_id)
    host_id = values.get("responsible_host_id")
    if host_id is not None:
        host = session.get(Participant, host_id)
        if host is None or host.visit_id != visit_id:
            problems.say("responsible_host_id", "unknown_participant_of_visit", id=host_id)
    if "priority" in values and not isinstance(values["priority"], int):
        problems.say("priority", "priority_whole")
    check_run_of_show(values, problems)
    problems.raise_if_any()


def _check_people(uow: UnitOfWork, visit_id: int, ids: Iterable[int], where: str) -> None:
    ids = set(ids)
    if not ids:
        return
    found = set(
        uow.session.scalars(
            select(Participant.id).where(Participant.id.in_(ids), Participant.visit_id == visit_id)
        )
    )
    missing = sorted(ids - found)
    if missing:
        problems = Problems()
        problems.say(where, "unknown_participants_of_visit", ids=", ".join(map(str, missing)))
        problems.raise_if_any()


def add_item(
    uow: UnitOfWork,
    visit_id: int,
    values: Mapping[str, Any],
    attendee_ids: Sequence[int] = (),
    group_ids: Sequence[int] = (),
) -> Created:
    """Add one item to a visit's programme; ``values`` holds item fields (kind, title, times are required)."""
    check_fields(values, ITEM_FIELDS, "an itinerary item")
    with uow:
        get_or_fail(uow.session, Visit, visit_id, "visit")
        problems = Problems()
        for name in ("kind", "title", "starts_at", "ends_at"):
            if values.get(name) in (None, ""):
                problems.say(name, "required")
        problems.raise_if_any()
        _validate(uow, visit_id, values)
        _check_people(uow, visit_id, attendee_ids, "attendees")
        item = ItineraryItem(visit_id=visit_id, **values)
        uow.session.add(item)
        uow.flush()
        _link(uow, item.id, attendee_ids, group_ids)
        uow.commit()
        return Created(item.id, item.version, _items(item.id))


def _link(uow: UnitOfWork, item_id: int, attendee_ids: Iterable[int], group_ids: Iterable[int]) -> None:
    people = [{"item_id": item_id, "participant_id": p} for p in sorted(set(attendee_ids))]
    if people:
        uow.session.execute(insert(item_attendees), people)
    groups = [{"item_id": item_id, "group_id": g} for g in sorted(set(group_ids))]
    if groups:
        uow.session.execute(insert(item_groups), groups)


def update_item(
    uow: UnitOfWork, item_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change fields of one item; returns old and new values (undo passes ``old`` back)."""
    check_fields(changes, ITEM_FIELDS, "an itinerary item")
    with uow:
        item = get_or_fail(uow.session, ItineraryItem, item_id, "itinerary item")
        _validate(uow, item.visit_id, changes, item)
        what = f"Item '{item.title}'"
        result = apply_update(item, changes, expected_version, what, uow.session, _items(item_id))
        uow.commit()
        return result


def move_item(
    uow: UnitOfWork,
    item_id: int,
    starts_at: datetime,
    ends_at: datetime | None = None,
    expected_version: int | None = None,
) -> Updated:
    """Move an item to start at ``starts_at``; it keeps its length unless ``ends_at`` is given (resize)."""
    with uow:
        item = get_or_fail(uow.session, ItineraryItem, item_id, "itinerary item")
        length: timedelta = item.ends_at - item.starts_at
    return update_item(
        uow,
        item_id,
        {"starts_at": starts_at, "ends_at": ends_at if ends_at is not None else starts_at + length},
        expected_version,
    )


def set_item_attendees(
    uow: UnitOfWork, item_id: int, participant_ids: Sequence[int], expected_version: int | None = None
) -> Replaced:
    """Replace who attends an item; returns the previous attendee ids (for undo).

    A change of attendees is a change of the item: it is logged as its "attendees" and raises its version.
    """
    from planner.persistence.versioning import check_version

    with uow:
        item = get_or_fail(uow.session, ItineraryItem, item_id, "itinerary item")
        check_version(item, expected_version, f"Item '{item.title}'")
        _check_people(uow, item.visit_id, participant_ids, "attendees")
        old = sorted(
            uow.session.scalars(
                select(item_attendees.c.participant_id).where(item_attendees.c.item_id == item_id)
            )
        )
        uow.session.execute(delete(item_attendees).where(item_attendees.c.item_id == item_id))
        _link(uow, item_id, participant_ids, ())
        uow.commit()
        return Replaced(old, _items(item_id))


def snapshot_item(uow: UnitOfWork, item: ItineraryItem) -> dict[str, Any]:
    """What deleting ``item`` removes (its row, links, meeting, seats), for ``restore_snapshot``."""
    s = uow.session
    snap: dict[str, Any] = {"item": row_dict(item)}
    snap["attendees"] = list(
        s.scalars(select(item_attendees.c.participant_id).where(item_attendees.c.item_id == item.id))
    )
    snap["groups"] = list(s.scalars(select(item_groups.c.group_id).where(item_groups.c.item_id == item.id)))
    snap["seatings"] = [row_dict(x) for x in s.scalars(select(Seating).where(Seating.item_id == item.id))]
    # the item's seating plan and the gifts handed over at it: put back on undo
    seats = s.scalars(select(TableSeat).where(TableSeat.item_id == item.id))
    snap["table_seats"] = [row_dict(x) for x in seats]
    snap["gifts"] = list(s.scalars(select(Gift.id).where(Gift.item_id == item.id)))
    snap["documents"] = list(s.scalars(select(SignedDocument.id).where(SignedDocument.item_id == item.id)))
    meeting = s.scalar(select(Meeting).where(Meeting.item_id == item.id))
    if meeting is not None:
        snap["meeting"] = row_dict(meeting)
        snap["outcomes"] = [
            {"row": row_dict(o), "actions": [row_dict(a) for a in o.action_items]} for o in meeting.outcomes
        ]
    return snap


def delete_item(uow: UnitOfWork, item_id: int, expected_version: int | None = None) -> Deleted:
    """Delete an item with its meeting, seatings and links; the snapshot lets ``restore_item`` undo it."""
    from planner.persistence.versioning import check_version

    with uow:
        item = get_or_fail(uow.session, ItineraryItem, item_id, "itinerary item")
        check_version(item, expected_version, f"Item '{item.title}'")
        snap = snapshot_item(uow, item)
        uow.session.execute(
            update(SignedDocument).where(SignedDocument.item_id == item_id).values(item_id=None)
        )
        uow.session.delete(item)
        uow.commit()
        return Deleted(item_id, snap, snapshot_changes(snap))


def restore_item(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Put back an item deleted by ``delete_item``, with the same id and everything attached to it."""
    with uow:
        restore_snapshot(uow, deleted.snapshot)
        uow.commit()
        return Created(deleted.id, deleted.snapshot["item"]["version"], snapshot_changes(deleted.snapshot))


def _items(*item_ids: int) -> Changes:
    return Changes.of(DataKind.ITEMS, item_ids=item_ids)


def snapshot_changes(snap: dict[str, Any]) -> Changes:
    """What deleting or restoring the item of ``snap`` (from ``snapshot_item``) changes."""
    kinds = [DataKind.ITEMS]
    if "meeting" in snap:
        kinds.append(DataKind.MEETINGS)
    if snap["seatings"]:
        kinds.append(DataKind.VEHICLES)
    if snap["documents"]:
        kinds.append(DataKind.DOCUMENTS)  # they lose (or get back) the link to the item
    if snap.get("gifts"):
        kinds.append(DataKind.GIFTS)
    return Changes.of(*kinds, item_ids=[snap["item"]["id"]])


def restore_snapshot(uow: UnitOfWork, snap: dict[str, Any]) -> None:
    """Put back an item exactly as ``snapshot_item`` saw it, with the same id (the caller commits)."""
    s = uow.session
    s.execute(insert(ItineraryItem), [snap["item"]])
    item_id = snap["item"]["id"]
    existing_people = set(s.scalars(select(Participant.id).where(Participant.id.in_(snap["attendees"]))))
    existing_groups = set(s.scalars(select(Group.id).where(Group.id.in_(snap["groups"]))))
    _link(uow, item_id, [p for p in snap["attendees"] if p in existing_people], existing_groups)
    if snap["seatings"]:
        s.execute(insert(Seating), snap["seatings"])
    if snap.get("table_seats"):
        s.execute(insert(TableSeat), snap["table_seats"])
    if snap.get("gifts"):
        s.execute(update(Gift).where(Gift.id.in_(snap["gifts"])).values(item_id=item_id))
    if snap["documents"]:
        s.execute(
            update(SignedDocument).where(SignedDocument.id.in_(snap["documents"])).values(item_id=item_id)
        )
    if "meeting" in snap:
        s.execute(insert(Meeting), [snap["meeting"]])
        for outcome in snap["outcomes"]:
            s.execute(insert(Outcome), [outcome["row"]])
            if outcome["actions"]:
                s.execute(insert(ActionItem), outcome["actions"])
