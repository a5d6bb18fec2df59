"""Read queries over a visit's itinerary: rows per day in the host's time zone."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from planner.domain.kinds import localized
from planner.domain.timeutil import day_bounds, zone
from planner.persistence.tables import (
    Group,
    ItineraryItem,
    Participant,
    Site,
    Visit,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class ItemRow:
    """One itinerary item as lists, timelines and documents show it (times are aware, UTC)."""

    id: int
    visit_id: int
    kind: str
    title: str
    title_i18n: dict[str, str]
    starts_at: datetime
    ends_at: datetime
    site_id: int | None
    site_name: str
    location: str
    responsible_host: str
    notes: str
    pinned: bool
    required: bool
    priority: int
    groups: tuple[str, ...]
    attendee_ids: tuple[int, ...]
    version: int
    # the host by id: two hosts may share a name (namesakes)
    responsible_host_id: int | None = None
    # the run of show (the office's own notes; see planner.documents.run_of_show)
    cue: str = ""
    staging_notes: str = ""
    officer_name: str = ""
    officer_phone: str = ""
    # the language the row was read for (``lang`` of the queries below; None: as typed), and the texts
    # its names are picked from: a screen calls the item by ``name`` and its place by ``place_name``
    lang: str | None = None
    site_name_i18n: dict[str, str] = field(default_factory=dict)
    location_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def place(self) -> str:
        """Where it happens: the site's name, else the free-text location (as typed)."""
        return self.site_name or self.location

    @property
    def name(self) -> str:
        """The title in the row's language: its translation when it has one, else as typed (the rule of
        :func:`planner.domain.kinds.localized`, by which the engine's sentences name the item too)."""
        return localized(self.title, self.title_i18n, self.lang)

    @property
    def place_name(self) -> str:
        """Where it happens in the row's language: the site's name, else the location, each its
        translation when it has one, else as typed."""
        if self.site_name:
            return localized(self.site_name, self.site_name_i18n, self.lang)
        return localized(self.location, self.location_i18n, self.lang)

    @property
    def minutes(self) -> int:
        """Length in whole minutes."""
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def _rows(
    uow: UnitOfWork, visit_id: int, start: datetime | None, end: datetime | None, lang: str | None
) -> list[ItemRow]:
    session = uow.session
    t = ItineraryItem
    # plain columns, not ORM entities: rows are copied into frozen dataclasses anyway (3x faster)
    stmt = (
        select(
            t.id, t.visit_id, t.kind, t.title, t.title_i18n, t.starts_at, t.ends_at, t.site_id,
            Site.name, t.location, Participant.full_name, t.notes, t.pinned, t.required, t.priority,
            t.version, t.responsible_host_id,
            t.cue, t.staging_notes, t.officer_name, t.officer_phone, Site.name_i18n, t.location_i18n,
        )
        .outerjoin(Site, t.site_id == Site.id)
        .outerjoin(Participant, t.responsible_host_id == Participant.id)
        .where(t.visit_id == visit_id)
        .order_by(t.starts_at, t.ends_at, t.id)
    )  # fmt: skip
    if start is not None and end is not None:
        stmt = stmt.where(t.starts_at < end, t.ends_at > start)
    found = session.execute(stmt).all()  # rows unpack as typed tuples (SQLAlchemy 2.1)
    ids = [row[0] for row in found]
    attendees: dict[int, list[int]] = defaultdict(list)
    groups: dict[int, list[str]] = defaultdict(list)
    if ids:
        # a whole visit is read by its visit id; one day by the ids just found (far fewer rows)
        item_filter = ItineraryItem.visit_id == visit_id if start is None else ItineraryItem.id.in_(ids)
        for item_id, person_id in session.execute(
            select(item_attendees.c.item_id, item_attendees.c.participant_id)
            .join(ItineraryItem, ItineraryItem.id == item_attendees.c.item_id)
            .where(item_filter)
        ):
            attendees[item_id].append(person_id)
        for item_id, name in session.execute(
            select(item_groups.c.item_id, Group.name)
            .join(Group, Group.id == item_groups.c.group_id)
            .join(ItineraryItem, ItineraryItem.id == item_groups.c.item_id)
            .where(item_filter)
            .order_by(Group.name)
        ):
            groups[item_id].append(name)
    return [
        ItemRow(
            item_id, visit, kind, title, title_i18n, starts_at, ends_at, site_id,
            site_name or "", location, host or "", notes, pinned, required, priority,
            tuple(groups.get(item_id, ())), tuple(sorted(attendees.get(item_id, ()))), version,
            responsible_host_id=host_id,
            cue=cue, staging_notes=staging, officer_name=officer, officer_phone=officer_phone,
            lang=lang, site_name_i18n=dict(site_i18n or {}), location_i18n=dict(location_i18n or {}),
        )
        for (
            item_id, visit, kind, title, title_i18n, starts_at, ends_at, site_id,
            site_name, location, host, notes, pinned, required, priority, version, host_id,
            cue, staging, officer, officer_phone, site_i18n, location_i18n,
        ) in found
    ]  # fmt: skip


def visit_items(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[ItemRow]:
    """Every item of a visit in time order; each row's ``name`` and ``place_name`` in ``lang`` (the
    interface's language on a screen; None: as typed)."""
    return _rows(uow, visit_id, None, None, lang)


def day_items(uow: UnitOfWork, visit_id: int, day: date, lang: str | None = None) -> list[ItemRow]:
    """Items that overlap one local calendar day of the host's zone, in time order (names in ``lang``)."""
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        from planner.domain.errors import NotFoundError

        raise NotFoundError(f"there is no visit with id {visit_id}")
    start, end = day_bounds(day, visit.host_timezone)
    return _rows(uow, visit_id, start, end, lang)


def items_by_day(rows: list[ItemRow], tz_name: str) -> dict[date, list[ItemRow]]:
    """Group rows by the local date (in ``tz_name``) on which each starts."""
    tz = zone(tz_name)
    days: dict[date, list[ItemRow]] = defaultdict(list)
    for row in rows:
        days[row.starts_at.astimezone(tz).date()].append(row)
    return dict(sorted(days.items()))
