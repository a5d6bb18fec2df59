"""A visit's details as the officer edits them after creation, and a visit copied as a template.

The details are the visit's title, dates, working day (its first and last hour), delegation (name, home
region, home zone), host region and organisation, host zone, arrival and departure (an instant and a
site, and how the delegation travels) and purpose. Changing the first day moves everything dated in the
visit by the same number of days, keeping the host-zone clock time: the items, the days with their own
working hours, and the arrivals and departures of the visit, its groups and its people. A change that
would leave an item outside the visit's days is refused, naming the items. Every write goes through the
ORM, so each changed column leaves its change-log row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import NotFoundError, Problem, ValidationError
from planner.domain.kinds import VisitStatus
from planner.domain.messages import problem
from planner.domain.timeutil import zone
from planner.persistence.tables import Delegation, Group, ItineraryItem, Participant, Site, Visit, VisitDay
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import WHOLE_VISIT, Changes, DataKind
from planner.services.editing import Created, Problems, check_fields
from planner.services.sites import remove_places, sites_for_places

# the visit's own columns among the details
VISIT_DETAIL_FIELDS = (
    "title",
    "start_date",
    "end_date",
    "day_start",
    "day_end",
    "host_region",
    "host_organisation",
    "host_timezone",
    "arrival_at",
    "arrival_site_id",
    "departure_at",
    "departure_site_id",
    "arrival_mode",
    "purpose",
)
# the sites a typed place may name (planner.services.sites.sites_for_places)
PLACE_FIELDS = ("arrival_site_id", "departure_site_id")
# the delegation's columns, by the name the details give them
DELEGATION_FIELDS = {
    "delegation_name": "name",
    "home_region": "home_region",
    "home_timezone": "home_timezone",
}
DETAIL_FIELDS = (*VISIT_DETAIL_FIELDS, *DELEGATION_FIELDS)
# the details by which the items are shown and checked: the days, the working day (it bounds the
# timeline and the hours the planner and the checks use), the zone, the arrival and departure
_SHAPING_ITEMS = frozenset(
    {"start_date", "end_date", "day_start", "day_end", "host_timezone", "arrival_at", "departure_at"}
)
# how many items a refusal names before it says "and N more"
_NAMED = 5


@dataclass(frozen=True)
class VisitDetails:
    """A visit's details as the details dialog shows them; ``version`` is the visit's row version."""

    id: int
    title: str
    start_date: date
    end_date: date
    day_start: time
    day_end: time
    delegation_name: str
    home_region: str
    home_timezone: str
    host_region: str
    host_organisation: str
    host_timezone: str
    arrival_at: datetime | None
    arrival_site_id: int | None
    departure_at: datetime | None
    departure_site_id: int | None
    arrival_mode: str
    purpose: str
    item_count: int
    version: int


@dataclass(frozen=True)
class ItemOutside:
    """An item that a change of dates would leave outside the visit's days (its host-zone start)."""

    id: int
    title: str
    starts: datetime


@dataclass(frozen=True)
class DetailsChanged:
    """What ``change_visit_details`` wrote: the old and new details, and every dated row it moved.

    ``moved`` holds (kind, id, old values) of the items, special days, groups and people it shifted,
    so ``restore_visit_details`` puts each back exactly where it was.
    """

    id: int
    old: dict[str, Any]
    new: dict[str, Any]
    version: int
    moved: tuple[tuple[str, int, dict[str, Any]], ...] = ()
    changes: Changes = field(default_factory=Changes)
    # the sites made for places typed for the arrival or departure (by field: arrival_site_id...), which
    # the undo removes; on the undo's result, the rows it removed, which the redo passes back as ``places``
    made_sites: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def moved_items(self) -> int:
        """How many itinerary items the change moved."""
        return sum(1 for kind, _, _ in self.moved if kind == "item")


_MOVABLE: dict[str, type[Any]] = {
    "item": ItineraryItem,
    "day": VisitDay,
    "group": Group,
    "participant": Participant,
}


def visit_details(uow: UnitOfWork, visit_id: int) -> VisitDetails:
    """The visit's details for the dialog, read in the caller's open unit of work."""
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    return _details(uow.session, visit)


def _details(session: Session, visit: Visit) -> VisitDetails:
    count = len(session.scalars(select(ItineraryItem.id).where(ItineraryItem.visit_id == visit.id)).all())
    delegation = visit.delegation
    return VisitDetails(
        id=visit.id,
        title=visit.title,
        start_date=visit.start_date,
        end_date=visit.end_date,
        day_start=visit.day_start,
        day_end=visit.day_end,
        delegation_name=delegation.name,
        home_region=delegation.home_region,
        home_timezone=delegation.home_timezone,
        host_region=visit.host_region,
        host_organisation=visit.host_organisation,
        host_timezone=visit.host_timezone,
        arrival_at=visit.arrival_at,
        arrival_site_id=visit.arrival_site_id,
        departure_at=visit.departure_at,
        departure_site_id=visit.departure_site_id,
        arrival_mode=visit.arrival_mode,
        purpose=visit.purpose,
        item_count=count,
        version=visit.version,
    )


def _check_values(values: Mapping[str, Any], problems: Problems) -> None:
    """Checks of single fields that need no database."""
    problems.require_text(values, "title", "empty_title")
    problems.require_text(values, "delegation_name", "empty_delegation_name")
    for name in ("host_timezone", "home_timezone"):
        if name in values:
            try:
                zone(str(values[name] or ""))
            except ValidationError:
                problems.say(name, "unknown_zone_choose", zone=values[name])
    for name in ("start_date", "end_date"):
        if name in values and (not isinstance(values[name], date) or isinstance(values[name], datetime)):
            problems.say(name, "not_a_date")
    for name in ("day_start", "day_end"):
        if name in values and not isinstance(values[name], time):
            problems.say(name, "not_a_time")
    for name in ("arrival_at", "departure_at"):
        moment = values.get(name)
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
            problems.say(name, "moment_with_zone")
    for name in ("arrival_site_id", "departure_site_id"):
        site = values.get(name)
        if site is not None and not isinstance(site, int):
            problems.say(name, "not_a_site", value=site)


def _check_whole(session: Session, new: Mapping[str, Any], problems: Problems) -> None:
    """Checks of the details together: date order, a working day that ends after it starts, arrival
    before departure, sites that exist."""
    start, end = new["start_date"], new["end_date"]
    if isinstance(start, date) and isinstance(end, date) and end < start:
        problems.say("end_date", "last_day_before_first")
    opens, closes = new.get("day_start"), new.get("day_end")
    if isinstance(opens, time) and isinstance(closes, time) and closes <= opens:
        problems.say("day_end", "working_day")
    for name in ("arrival_site_id", "departure_site_id"):
        site = new.get(name)
        if isinstance(site, int) and session.get(Site, site) is None:
            problems.say(name, "no_site_id", id=site)
    arrives, leaves = new.get("arrival_at"), new.get("departure_at")
    if _leaves_first(arrives, leaves):
        problems.say("departure_at", "departure_after_arrival")
    if not (isinstance(start, date) and isinstance(end, date)):
        return
    try:
        host = zone(str(new["host_timezone"]))
    except ValidationError:
        return
    # the delegation may land the evening before the first day or leave the morning after the last
    for name, moment in (("arrival_at", arrives), ("departure_at", leaves)):
        if isinstance(moment, datetime) and moment.tzinfo is not None:
            day = moment.astimezone(host).date()
            if not start - timedelta(days=1) <= day <= end + timedelta(days=1):
                days = {"start": f"{start:%d.%m.%Y}", "end": f"{end:%d.%m.%Y}"}
                problems.say(name, "not_within_visit", day=f"{day:%d.%m.%Y}", **days)


def _leaves_first(arrives: Any, leaves: Any) -> bool:
    """Both are aware instants and the departure is not after the arrival."""
    if not (isinstance(arrives, datetime) and isinstance(leaves, datetime)):
        return False
    return arrives.tzinfo is not None and leaves.tzinfo is not None and leaves <= arrives


def _shift(moment: datetime | None, days: int, old_tz: ZoneInfo, new_tz: ZoneInfo) -> datetime | None:
    """``moment`` moved by ``days`` at the same clock time, read in ``old_tz`` and placed in ``new_tz``."""
    return None if moment is None else _moved(moment, days, old_tz, new_tz)


def _moved(moment: datetime, days: int, old_tz: ZoneInfo, new_tz: ZoneInfo) -> datetime:
    local = moment.astimezone(old_tz).replace(tzinfo=None) + timedelta(days=days)
    return local.replace(tzinfo=new_tz)


def items_outside(
    uow: UnitOfWork,
    visit_id: int,
    start_date: date,
    end_date: date,
    host_timezone: str | None = None,
    keep_clock_times: bool = True,
) -> list[ItemOutside]:
    """The items that would fall outside ``start_date``–``end_date`` if the visit's first day became
    ``start_date`` (items move with it), read in the caller's open unit of work; for a dialog that
    warns before it saves."""
    visit = uow.session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    old_tz = zone(visit.host_timezone)
    new_tz = zone(host_timezone or visit.host_timezone)
    days = (start_date - visit.start_date).days
    items = uow.session.scalars(
        select(ItineraryItem).where(ItineraryItem.visit_id == visit_id).order_by(ItineraryItem.starts_at)
    ).all()
    return _outside(items, days, old_tz, new_tz, start_date, end_date, keep_clock_times)


def _outside(
    items: Any,
    days: int,
    old_tz: ZoneInfo,
    new_tz: ZoneInfo,
    start: date,
    end: date,
    keep_clock_times: bool,
) -> list[ItemOutside]:
    found = []
    source = old_tz if keep_clock_times else new_tz
    for item in items:
        starts = _moved(item.starts_at, days, source, new_tz)
        ends = _moved(item.ends_at, days, source, new_tz)
        first = starts.astimezone(new_tz).date()
        # an item ending at midnight ends on its own day
        last = (ends.astimezone(new_tz) - timedelta(microseconds=1)).date()
        if first < start or last > end:
            found.append(ItemOutside(item.id, item.title, starts.astimezone(new_tz)))
    return found


def _refusal(outside: list[ItemOutside], start: date, end: date) -> Problem:
    named = ", ".join(f"«{o.title}» ({o.starts:%d.%m.%Y %H:%M})" for o in outside[:_NAMED])
    where = "start_date" if outside and outside[0].starts.date() < start else "end_date"
    days = {"count": len(outside), "start": f"{start:%d.%m.%Y}", "end": f"{end:%d.%m.%Y}", "named": named}
    if len(outside) > _NAMED:
        return problem(where, "items_outside_more", more=len(outside) - _NAMED, **days)
    return problem(where, "items_outside", **days)


def change_visit_details(
    uow: UnitOfWork,
    visit_id: int,
    values: Mapping[str, Any],
    expected_version: int | None = None,
    *,
    keep_clock_times: bool = True,
    places: Mapping[str, str | Mapping[str, Any]] | None = None,
) -> DetailsChanged:
    """Change a visit's details (any of ``DETAIL_FIELDS``) in one transaction.

    A new first day moves every dated row of the visit by the difference in days at the same host-zone
    clock time (without a new last day the visit keeps its length); a new host zone keeps the clock
    times of the programme (``keep_clock_times``) or its instants. An arrival or departure given in
    ``values`` is taken as given; one not given moves with the dates. Refused with every problem
    named, and nothing written, when a field is wrong or an item would fall outside the visit's days.
    ``places`` names the arrival's or departure's site by a typed name (``{"arrival_site_id": "Atyrau
    International Airport"}``): the site of that name, or a new one made in the same transaction
    (``sites.sites_for_places``). Undo: ``restore_visit_details`` with the result (it removes them).
    """
    check_fields(values, DETAIL_FIELDS, "a visit's details")
    _check_places(places)
    problems = Problems()
    _check_values(values, problems)
    problems.raise_if_any()
    with uow:
        session = uow.session
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"there is no visit with id {visit_id}; it may have been deleted")
        check_version(visit, expected_version, f"Visit '{visit.title}'")
        made: dict[str, dict[str, Any]] = {}
        if places:
            ids, made = sites_for_places(uow, places)
            values = {**values, **ids}
        before = _details(session, visit)
        old_all = {name: getattr(before, name) for name in DETAIL_FIELDS}
        days = (values["start_date"] - visit.start_date).days if "start_date" in values else 0
        old_tz = zone(visit.host_timezone)
        new_tz = zone(str(values.get("host_timezone", visit.host_timezone)))
        zone_changed = new_tz.key != old_tz.key
        # the clock times are read in the old zone (kept) or the new one (the instants stay)
        source = old_tz if keep_clock_times else new_tz
        new_all = {**old_all, **values}
        if "end_date" not in values:  # a new first day alone keeps the visit's length
            new_all["end_date"] = old_all["end_date"] + timedelta(days=days)
        for name in ("arrival_at", "departure_at"):
            if name not in values and (days or (zone_changed and keep_clock_times)):
                new_all[name] = _shift(old_all[name], days, source, new_tz)
        _check_whole(session, new_all, problems)
        problems.raise_if_any()
        items = session.scalars(
            select(ItineraryItem).where(ItineraryItem.visit_id == visit_id).order_by(ItineraryItem.starts_at)
        ).all()
        outside = _outside(
            items, days, old_tz, new_tz, new_all["start_date"], new_all["end_date"], keep_clock_times
        )
        if outside:
            raise ValidationError(_refusal(outside, new_all["start_date"], new_all["end_date"]))
        moved: list[tuple[str, int, dict[str, Any]]] = []
        if days or (zone_changed and keep_clock_times):
            _move_all(session, visit, items, days, source, new_tz, moved)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for name in DETAIL_FIELDS:
            if new_all[name] != old_all[name]:
                old[name], new[name] = old_all[name], new_all[name]
        _write(visit, new)
        if new or moved:
            visit.updated_at = datetime.now().astimezone()
        session.flush()
        uow.commit()
        changes = Changes.of(DataKind.VISITS)
        if moved or _SHAPING_ITEMS & set(new):
            changes = changes | Changes.of(DataKind.ITEMS, item_ids=[i for k, i, _ in moved if k == "item"])
        if {"arrival_site_id", "departure_site_id"} & set(new):
            changes = changes | Changes.of(DataKind.ITEMS)
        if made:
            changes = changes | Changes.of(DataKind.SITES)
        return DetailsChanged(visit_id, old, new, visit.version, tuple(moved), changes, made)


def _check_places(places: Mapping[str, Any] | None) -> None:
    """Only the arrival's and the departure's site are named by a typed place."""
    unknown = sorted(set(places or {}) - set(PLACE_FIELDS))
    if unknown:
        raise ValidationError(
            [Problem(name, f"a place is typed only for {', '.join(PLACE_FIELDS)}") for name in unknown]
        )


def _write(visit: Visit, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if name in DELEGATION_FIELDS:
            setattr(
                visit.delegation, DELEGATION_FIELDS[name], value.strip() if isinstance(value, str) else value
            )
        else:
            setattr(visit, name, value.strip() if name == "title" and isinstance(value, str) else value)


def _move_all(
    session: Session,
    visit: Visit,
    items: Any,
    days: int,
    source: ZoneInfo,
    target: ZoneInfo,
    moved: list[tuple[str, int, dict[str, Any]]],
) -> None:
    """Move every dated row of ``visit`` by ``days`` at its clock time in ``source``, placed in ``target``."""
    for item in items:
        moved.append(("item", item.id, {"starts_at": item.starts_at, "ends_at": item.ends_at}))
        item.starts_at = _moved(item.starts_at, days, source, target)
        item.ends_at = _moved(item.ends_at, days, source, target)
    for kind, rows in (("group", visit.groups), ("participant", visit.participants)):
        for row in rows:
            if row.arrival_at is None and row.departure_at is None:
                continue
            moved.append((kind, row.id, {"arrival_at": row.arrival_at, "departure_at": row.departure_at}))
            row.arrival_at = _shift(row.arrival_at, days, source, target)
            row.departure_at = _shift(row.departure_at, days, source, target)
    if days:
        # one day per statement, the farthest first, so that no two days share a date in between
        for day in sorted(visit.days, key=lambda d: d.day, reverse=days > 0):
            moved.append(("day", day.id, {"day": day.day}))
            day.day = day.day + timedelta(days=days)
            session.flush()


def restore_visit_details(
    uow: UnitOfWork, changed: DetailsChanged, expected_version: int | None = None
) -> DetailsChanged:
    """Undo ``change_visit_details``: write the old details and put every moved row back exactly."""
    with uow:
        session = uow.session
        visit = session.get(Visit, changed.id)
        if visit is None:
            raise NotFoundError(f"there is no visit with id {changed.id}; it may have been deleted")
        check_version(visit, expected_version, f"Visit '{visit.title}'")
        _write(visit, changed.old)
        days = [m for m in changed.moved if m[0] == "day"]
        # the days went the other way: move them back farthest first, one per statement
        for _kind, row_id, values in reversed(days):
            row = session.get(VisitDay, row_id)
            if row is not None:
                row.day = values["day"]
                session.flush()
        for kind, row_id, values in changed.moved:
            if kind == "day":
                continue
            row = session.get(_MOVABLE[kind], row_id)
            if row is None:  # deleted since (its own undo step brings it back with its own times)
                continue
            for name, value in values.items():
                setattr(row, name, value)
        visit.updated_at = datetime.now().astimezone()
        session.flush()
        removed = remove_places(uow, changed.made_sites)  # the sites made for typed places, if unused
        uow.commit()
        return DetailsChanged(
            changed.id, changed.new, changed.old, visit.version, (), changed.changes, removed
        )


@dataclass(frozen=True)
class VisitCreated(Created):
    """A new visit, and the sites made for the places typed for its arrival and departure (by field), which
    undoing the visit removes with it (``visit_admin.delete_visit``)."""

    made_sites: dict[str, dict[str, Any]] = field(default_factory=dict)


def create_visit_with_details(
    uow: UnitOfWork, values: Mapping[str, Any], places: Mapping[str, str | Mapping[str, Any]] | None = None
) -> VisitCreated:
    """Create a visit from its details (title, delegation name, dates and both zones required; the day's
    working hours may be given as ``day_start`` and ``day_end``). ``places`` names the arrival's or the
    departure's site by a typed name, as for ``change_visit_details``: made in the same transaction."""
    check_fields(values, DETAIL_FIELDS, "a new visit")
    _check_places(places)
    problems = Problems()
    for name in ("title", "delegation_name", "start_date", "end_date", "host_timezone", "home_timezone"):
        if values.get(name) in (None, ""):
            problems.say(name, "required")
    day_start, day_end = values.get("day_start", time(9, 0)), values.get("day_end", time(18, 0))
    _check_values(values, problems)
    problems.raise_if_any()
    new_all = {name: values.get(name) for name in DETAIL_FIELDS}
    new_all |= {"day_start": day_start, "day_end": day_end}
    with uow:
        session = uow.session
        made: dict[str, dict[str, Any]] = {}
        if places:
            ids, made = sites_for_places(uow, places)
            values, new_all = {**values, **ids}, {**new_all, **ids}
        _check_whole(session, new_all, problems)
        problems.raise_if_any()
        delegation = Delegation(
            name=str(values["delegation_name"]).strip(),
            home_region=str(values.get("home_region") or "").strip(),
            home_timezone=values["home_timezone"],
        )
        now = datetime.now().astimezone()
        visit = Visit(
            delegation=delegation,
            created_at=now,
            updated_at=now,
            day_start=day_start,
            day_end=day_end,
            **{
                k: (v.strip() if isinstance(v, str) else v)
                for k, v in values.items()
                if k in VISIT_DETAIL_FIELDS and k not in ("day_start", "day_end") and v is not None
            },
        )
        session.add(visit)
        uow.commit()
        changes = Changes.of(DataKind.VISITS, DataKind.SITES) if made else Changes.of(DataKind.VISITS)
        return VisitCreated(visit.id, visit.version, changes, made)


def duplicate_as_template(uow: UnitOfWork, visit_id: int, title: str, start_date: date) -> Created:
    """Copy a whole visit as a new draft that starts on ``start_date``, titled ``title`` as typed.

    Everything dated moves by the difference in days at the same host-zone clock time (the copy lasts
    as many days as the original). Nothing is added to the title; the original's titles in other
    languages are not carried over when the title changes, since they name the other visit.
    """
    from planner.interchange.visit_format import export_visit, import_visit

    title = (title or "").strip()
    problems = Problems()
    if not title:
        problems.say("title", "new_visit_title")
    if not isinstance(start_date, date) or isinstance(start_date, datetime):
        problems.say("start_date", "not_a_date")
    problems.raise_if_any()
    with uow:
        data = export_visit(uow, visit_id)
        original = data["visit"]
        if title != original["title"]:
            original["title_i18n"] = {}
        original["title"] = title
        original["status"] = VisitStatus.DRAFT.value
        new_id = import_visit(uow, data)
        uow.flush()
        session = uow.session
        visit = session.get(Visit, new_id)
        assert visit is not None
        days = (start_date - visit.start_date).days
        if days:
            tz = zone(visit.host_timezone)
            items = session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == new_id)).all()
            _move_all(session, visit, items, days, tz, tz, [])
            visit.arrival_at = _shift(visit.arrival_at, days, tz, tz)
            visit.departure_at = _shift(visit.departure_at, days, tz, tz)
            visit.end_date = visit.end_date + timedelta(days=days)
            visit.start_date = start_date
        session.flush()
        uow.commit()
        return Created(new_id, changes=WHOLE_VISIT)
