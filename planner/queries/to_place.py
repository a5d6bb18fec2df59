"""Read query of a visit's sites still to place (the list without times), in the list's order."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from planner.domain.kinds import localized
from planner.persistence.tables import Group, Site, SiteToPlace, to_place_groups
from planner.persistence.uow import UnitOfWork
from planner.scheduling.to_place import EntryToPlace


@dataclass(frozen=True)
class ToPlaceRow:
    """One site still to place, as the list, ``show`` and the planner see it."""

    id: int
    visit_id: int
    site_id: int
    site_name: str
    title: str
    duration_min: int
    required: bool
    priority: int
    notes: str
    position: int
    group_ids: tuple[int, ...]
    groups: tuple[str, ...]  # the groups' names in ``lang`` (their translation, else as typed)
    version: int
    # the language the row was read for (None: as typed) and the site's name in other languages
    lang: str | None = None
    site_name_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def site_label(self) -> str:
        """The site's name in the row's language: its translation when it has one, else as typed."""
        return localized(self.site_name, self.site_name_i18n, self.lang)

    @property
    def label(self) -> str:
        """What the entry is called: its own title (as typed: it has no translations), else the site's
        name in the row's language; the planner names the item it places from it the same way."""
        return self.title or self.site_label


def sites_to_place(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[ToPlaceRow]:
    """The visit's sites still to place, in list order (the open unit of work reads them); each entry's
    ``label`` in ``lang`` (None: as typed)."""
    t = SiteToPlace
    found = uow.session.execute(
        select(
            t.id, t.visit_id, t.site_id, Site.name, t.title, t.duration_min, t.required, t.priority,
            t.notes, t.position, t.version, Site.name_i18n,
        )
        .join(Site, t.site_id == Site.id)
        .where(t.visit_id == visit_id)
        .order_by(t.position, t.id)
    ).all()  # fmt: skip
    ids = [row[0] for row in found]
    groups: dict[int, list[tuple[str, int]]] = defaultdict(list)
    if ids:
        links = uow.session.execute(
            select(to_place_groups.c.entry_id, Group.id, Group.name, Group.name_i18n)
            .join(Group, Group.id == to_place_groups.c.group_id)
            .where(to_place_groups.c.entry_id.in_(ids))
        )
        for entry_id, group_id, name, name_i18n in links:
            # in the row's language, as the timeline's lanes call the groups (an English list said
            # "· Деловая делегация")
            groups[entry_id].append((localized(name, dict(name_i18n or {}), lang), group_id))
    rows = []
    for r in found:
        mine = sorted(groups.get(r[0], []))
        rows.append(
            ToPlaceRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                tuple(g for _, g in mine), tuple(n for n, _ in mine), r[10], lang, dict(r[11] or {}),
            )
        )  # fmt: skip
    return rows


def entry_by_id(uow: UnitOfWork, entry_id: int) -> ToPlaceRow | None:
    """One entry of any visit, or None when it is gone."""
    visit_id = uow.session.scalar(select(SiteToPlace.visit_id).where(SiteToPlace.id == entry_id))
    if visit_id is None:
        return None
    return next((r for r in sites_to_place(uow, visit_id) if r.id == entry_id), None)


def entries_for_planning(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[EntryToPlace]:
    """The list as the planner takes it: plain entries named by their label, an entry without a title of
    its own by its site's name in ``lang`` (its translation when it has one, else as typed)."""
    return [
        EntryToPlace(
            r.id,
            r.site_id,
            r.label,
            r.duration_min,
            r.required,
            r.priority,
            frozenset(r.group_ids),
        )
        for r in sites_to_place(uow, visit_id, lang)
    ]
