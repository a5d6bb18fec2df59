"""Read rows of a visit's groups (members, items, arrival and departure), their names by id, and one
person's stay."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from planner.domain.kinds import localized
from planner.persistence.tables import Group, Participant, group_members, item_groups
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class StayRow:
    """When and where someone arrives and leaves (None: as the visit, or their group)."""

    arrival_at: datetime | None = None
    arrival_site_id: int | None = None
    departure_at: datetime | None = None
    departure_site_id: int | None = None


@dataclass(frozen=True)
class GroupRow:
    """One group as the groups dialog, the participants page and the timeline show it."""

    id: int
    visit_id: int
    name: str
    member_ids: tuple[int, ...]
    item_ids: tuple[int, ...]
    stay: StayRow
    version: int
    # the name as the kk and en documents print it (language -> text)
    name_i18n: dict[str, str] = field(default_factory=dict)
    # the language the row was read for (None: as typed): a screen calls the group by ``shown_name``;
    # ``name`` stays as typed, the key items' ``groups`` are matched by
    lang: str | None = None

    @property
    def shown_name(self) -> str:
        """The name in the row's language: its translation when it has one, else as typed."""
        return localized(self.name, self.name_i18n, self.lang)


def visit_groups(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[GroupRow]:
    """The groups of a visit in the order they were made (the timeline's lanes keep that order); each
    row's ``shown_name`` in ``lang`` (the interface's language on a screen; None: as typed)."""
    s = uow.session
    members: dict[int, list[int]] = defaultdict(list)
    items: dict[int, list[int]] = defaultdict(list)
    for group_id, person_id in s.execute(
        select(group_members.c.group_id, group_members.c.participant_id)
        .join(Group, Group.id == group_members.c.group_id)
        .where(Group.visit_id == visit_id)
    ):
        members[group_id].append(person_id)
    for group_id, item_id in s.execute(
        select(item_groups.c.group_id, item_groups.c.item_id)
        .join(Group, Group.id == item_groups.c.group_id)
        .where(Group.visit_id == visit_id)
    ):
        items[group_id].append(item_id)
    return [
        GroupRow(
            g.id,
            g.visit_id,
            g.name,
            tuple(sorted(members.get(g.id, ()))),
            tuple(sorted(items.get(g.id, ()))),
            StayRow(g.arrival_at, g.arrival_site_id, g.departure_at, g.departure_site_id),
            g.version,
            dict(g.name_i18n or {}),
            lang,
        )
        for g in s.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.id))
    ]


def participant_stay(uow: UnitOfWork, participant_id: int) -> StayRow:
    """A participant's own arrival and departure (empty when there is no such participant)."""
    p = uow.session.get(Participant, participant_id)
    if p is None:
        return StayRow()
    return StayRow(p.arrival_at, p.arrival_site_id, p.departure_at, p.departure_site_id)


def group_names(uow: UnitOfWork, visit_id: int) -> dict[int, str]:
    """Each group of the visit: its id and name (the open unit of work reads them)."""
    found = uow.session.execute(select(Group.id, Group.name).where(Group.visit_id == visit_id))
    return {group_id: name for group_id, name in found}
