"""Groups of a visit: create, rename, delete and restore them; who is in them; which items are theirs.

A group is a part of the delegation with its own programme for a while (officials at talks, business
people at plants). Every verb is one unit of work and returns the ``Changes`` it made; the change log
rows are written by the audited session (a link change is logged as a change of its parent record:
a group's "members", an item's "groups"). Arrival and departure of a group are
``planning_rules.set_stay``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select

from planner.persistence.tables import (
    Group,
    ItineraryItem,
    Participant,
    SiteToPlace,
    Visit,
    group_members,
    item_groups,
    row_dict,
    to_place_groups,
)
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services import planning_rules
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
from planner.services.translations import clean_translations

# a group shows on the participants page (its members) and on the timeline (its lane and items)
GROUPS = Changes.of(DataKind.PARTICIPANTS)


def _check_name(uow: UnitOfWork, visit_id: int, name: str, self_id: int | None = None) -> str:
    problems = Problems()
    name = name.strip()
    if not name:
        problems.say("name", "empty_group_name")
    elif len(name) > 300:
        problems.say("name", "group_name_long")
    else:
        clash = uow.session.scalar(select(Group.id).where(Group.visit_id == visit_id, Group.name == name))
        if clash is not None and clash != self_id:
            problems.say("name", "group_exists", name=name)
    problems.raise_if_any()
    return name


def add_group(uow: UnitOfWork, visit_id: int, name: str) -> Created:
    """Add an empty group named ``name`` (unique in the visit) to a visit."""
    with uow:
        get_or_fail(uow.session, Visit, visit_id, "visit")
        group = Group(visit_id=visit_id, name=_check_name(uow, visit_id, name))
        uow.session.add(group)
        uow.commit()
        return Created(group.id, group.version, GROUPS)


def rename_group(uow: UnitOfWork, group_id: int, name: str, expected_version: int | None = None) -> Updated:
    """Give a group another name (unique in its visit); ``Updated.old`` holds the old name."""
    with uow:
        group = get_or_fail(uow.session, Group, group_id, "group")
        new = _check_name(uow, group.visit_id, name, group.id)
        result = apply_update(
            group,
            {"name": new},
            expected_version,
            f"Group {group.name}",
            uow.session,
            _touching(uow, [group_id]),
        )
        uow.commit()
        return result


def update_group(
    uow: UnitOfWork, group_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a group's ``name`` (unique in its visit) and its ``name_i18n`` (language -> text, as the kk
    and en documents print it); ``Updated.old`` holds the old values, so undo is this verb again."""
    check_fields(changes, ("name", "name_i18n"), "a group")
    problems = Problems()
    values: dict[str, Any] = {}
    if "name_i18n" in changes:
        values["name_i18n"] = clean_translations(changes["name_i18n"], "name_i18n", problems)
    problems.raise_if_any()
    with uow:
        group = get_or_fail(uow.session, Group, group_id, "group")
        if "name" in changes:
            values["name"] = _check_name(uow, group.visit_id, str(changes["name"]), group.id)
        result = apply_update(
            group, values, expected_version, f"Group {group.name}", uow.session, _touching(uow, [group_id])
        )
        uow.commit()
        return result


def delete_group(uow: UnitOfWork, group_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a group; its members and items stay (they lose only the link). The snapshot lets
    ``restore_group`` put back the group, its members, its items and its sites to place."""
    with uow:
        s = uow.session
        group = get_or_fail(s, Group, group_id, "group")
        check_version(group, expected_version, f"Group {group.name}")
        snap = {
            "row": row_dict(group),
            "members": list(
                s.scalars(select(group_members.c.participant_id).where(group_members.c.group_id == group_id))
            ),
            "items": list(s.scalars(select(item_groups.c.item_id).where(item_groups.c.group_id == group_id))),
            "to_place": list(
                s.scalars(select(to_place_groups.c.entry_id).where(to_place_groups.c.group_id == group_id))
            ),
        }
        s.delete(group)
        uow.commit()
        return Deleted(
            group_id, snap, Changes.of(DataKind.PARTICIPANTS, DataKind.ITEMS, item_ids=snap["items"])
        )


def restore_group(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_group``: the same id, name, stay, members, items and sites to place."""
    snap = deleted.snapshot
    with uow:
        s = uow.session
        s.execute(insert(Group), [snap["row"]])
        gid = deleted.id
        people = set(s.scalars(select(Participant.id).where(Participant.id.in_(snap["members"]))))
        items = set(s.scalars(select(ItineraryItem.id).where(ItineraryItem.id.in_(snap["items"]))))
        entries = set(s.scalars(select(SiteToPlace.id).where(SiteToPlace.id.in_(snap["to_place"]))))
        if people:
            s.execute(insert(group_members), [{"group_id": gid, "participant_id": p} for p in sorted(people)])
        if items:
            s.execute(insert(item_groups), [{"group_id": gid, "item_id": i} for i in sorted(items)])
        if entries:
            s.execute(insert(to_place_groups), [{"group_id": gid, "entry_id": e} for e in sorted(entries)])
        uow.commit()
        return Created(
            gid, snap["row"]["version"], Changes.of(DataKind.PARTICIPANTS, DataKind.ITEMS, item_ids=items)
        )


def _touching(uow: UnitOfWork, group_ids: Iterable[int]) -> Changes:
    """A change of these groups as the screens see it: people, and the items the groups hold."""
    ids = list(group_ids)
    items = uow.session.scalars(select(item_groups.c.item_id).where(item_groups.c.group_id.in_(ids))).all()
    return Changes.of(DataKind.PARTICIPANTS, DataKind.ITEMS, item_ids=items) if items else GROUPS


def _people_of_visit(uow: UnitOfWork, visit_id: int, ids: Iterable[int]) -> list[int]:
    wanted = set(ids)
    found = set(
        uow.session.scalars(
            select(Participant.id).where(Participant.id.in_(wanted), Participant.visit_id == visit_id)
        )
    )
    missing = sorted(wanted - found)
    if missing:
        problems = Problems()
        problems.say("members", "members_not_in_visit", ids=", ".join(map(str, missing)))
        problems.raise_if_any()
    return sorted(found)


def _members(uow: UnitOfWork, group_id: int) -> list[int]:
    return sorted(
        uow.session.scalars(
            select(group_members.c.participant_id).where(group_members.c.group_id == group_id)
        )
    )


def set_members(uow: UnitOfWork, members: Mapping[int, Sequence[int]]) -> Replaced:
    """Make each group (by id) hold exactly the participants listed for it; ``Replaced.old`` maps each
    group to its members before (pass it back to undo)."""
    with uow:
        old: dict[int, list[int]] = {}
        for group_id, people in members.items():
            group = get_or_fail(uow.session, Group, group_id, "group")
            wanted = _people_of_visit(uow, group.visit_id, people)
            before = _members(uow, group_id)
            old[group_id] = before
            gone, new = set(before) - set(wanted), set(wanted) - set(before)
            if gone:
                uow.session.execute(
                    delete(group_members).where(
                        group_members.c.group_id == group_id, group_members.c.participant_id.in_(gone)
                    )
                )
            if new:
                uow.session.execute(
                    insert(group_members), [{"group_id": group_id, "participant_id": p} for p in sorted(new)]
                )
        changes = _touching(uow, members)
        uow.commit()
        return Replaced(old, changes)


def add_members(uow: UnitOfWork, group_id: int, participant_ids: Sequence[int]) -> Replaced:
    """Put these participants into a group (those already in it stay); ``Replaced.old`` is
    ``{group_id: members before}``."""
    with uow:
        before = _members(uow, group_id)
    return set_members(uow, {group_id: sorted(set(before) | set(participant_ids))})


def remove_members(uow: UnitOfWork, group_id: int, participant_ids: Sequence[int]) -> Replaced:
    """Take these participants out of a group; ``Replaced.old`` is ``{group_id: members before}``."""
    with uow:
        before = _members(uow, group_id)
    return set_members(uow, {group_id: [p for p in before if p not in set(participant_ids)]})


def set_item_groups(uow: UnitOfWork, groups: Mapping[int, Sequence[int]]) -> Replaced:
    """Give each item (by id) exactly the groups listed for it (none: the whole delegation's item);
    ``Replaced.old`` maps each item to its groups before (pass it back to undo)."""
    with uow:
        s = uow.session
        old: dict[int, list[int]] = {}
        problems = Problems()
        for item_id, group_ids in groups.items():
            item = get_or_fail(s, ItineraryItem, item_id, "itinerary item")
            wanted = set(group_ids)
            found = set(
                s.scalars(select(Group.id).where(Group.id.in_(wanted), Group.visit_id == item.visit_id))
            )
            if wanted - found:
                problems.say(
                    "groups",
                    "groups_not_in_visit",
                    title=item.title,
                    ids=", ".join(map(str, sorted(wanted - found))),
                )
                continue
            before = sorted(s.scalars(select(item_groups.c.group_id).where(item_groups.c.item_id == item_id)))
            old[item_id] = before
            if set(before) == wanted:
                continue
            s.execute(delete(item_groups).where(item_groups.c.item_id == item_id))
            if wanted:
                s.execute(insert(item_groups), [{"item_id": item_id, "group_id": g} for g in sorted(wanted)])
        problems.raise_if_any()
        uow.commit()
        return Replaced(old, Changes.of(DataKind.ITEMS, item_ids=groups))


@dataclass(frozen=True)
class StayReplaced(Replaced):
    """A stay written: the old values (for undo), and the sites made for typed places, by field (undoing:
    the sites removed, which the redo passes back as ``places`` to put the same sites back)."""

    made_sites: dict[str, dict[str, Any]] = field(default_factory=dict)


def set_stay(
    uow: UnitOfWork,
    owner: str,
    owner_id: int,
    values: Mapping[str, Any],
    *,
    places: Mapping[str, str | Mapping[str, Any]] | None = None,
    remove_sites: Mapping[str, Mapping[str, Any]] | None = None,
) -> StayReplaced:
    """Set the arrival and departure of a group or a participant (``planning_rules.set_stay``, checked
    there); ``Replaced.old`` holds the previous four values (pass them back to undo). ``places`` names a
    site by a typed place (made in the same transaction if there is none of that name); the undo passes
    the result's ``made_sites`` as ``remove_sites``."""
    old, made = planning_rules.set_stay_with_places(uow, owner, owner_id, values, places, remove_sites)
    # the stay bounds the programme: the check runs again over the items
    changes = Changes.of(DataKind.PARTICIPANTS, DataKind.ITEMS)
    if made:
        changes = changes | Changes.of(DataKind.SITES)
    return StayReplaced(old, changes, made)
