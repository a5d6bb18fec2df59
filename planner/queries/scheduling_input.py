"""The scheduling engine's input: a visit read with SQLAlchemy Core selects into plain slots and facts.

The engine (planner.scheduling) reads nothing itself; the check, the live check and the planner are
fed from here. ORM objects cost about 20 µs each to build; a 100,000-item visit must load in well
under 0.3 s, so instants come back as epoch seconds computed by the database and each item's attendees
and groups as one comma-separated text (equal texts map to one shared frozenset).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Side, localized
from planner.persistence.tables import (
    Delegation,
    Group,
    ItineraryItem,
    Participant,
    Site,
    SiteToPlace,
    TravelTimeOverride,
    Vehicle,
    Visit,
    VisitDay,
    group_members,
)
from planner.persistence.uow import UnitOfWork
from planner.queries.slot_columns import load_columns_sqlite
from planner.queries.slot_rows import (
    epoch_seconds,
    fetch_tuples,
    items_of,
    load_slots,
    load_titles,
    picks_translation,
    title_translation,
    titles_in,
)
from planner.scheduling.columns import SlotTable
from planner.scheduling.facts import SiteFacts, Slot, VisitFacts
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays
from planner.scheduling.travel import Boarding, TravelSettings, TravelTimes

V = Visit.__table__.c
I = ItineraryItem.__table__.c  # noqa: E741 - the conventional alias of the items table


def load_facts(session: Session, visit_id: int, lang: str | None = None) -> VisitFacts:
    """The visit's zone, dates, windows, people, groups, vehicles and the sites its items use.

    People's, groups', sites' and vehicles' names are in ``lang`` (each its translation when it has one,
    else as typed, as the printed documents pick them); as typed without ``lang``.
    """
    row = session.execute(
        select(
            V.host_timezone,
            V.start_date,
            V.end_date,
            V.day_start,
            V.day_end,
            V.travel_speed_kmh,
            V.road_factor,
            Delegation.__table__.c.home_timezone,
            V.plan_grid_min,
            V.boarding_min,
            V.boarding_extra_min,
            V.boarding_above,
            *_stay_columns(session, V),
            V.lunch_start,
            V.lunch_end,
            V.lunch_min,
            V.lunch_site_id,
            V.dinner_start,
            V.dinner_end,
            V.dinner_min,
            V.dinner_site_id,
        )
        .join(Delegation.__table__, Delegation.__table__.c.id == V.delegation_id)
        .where(V.id == visit_id)
    ).first()
    if row is None:
        raise NotFoundError(f"there is no visit with id {visit_id}")
    tz_name, start_date, end_date, day_start, day_end, speed, factor, guest_tz, grid, *rest = row
    boarding, visit_stay, meals = rest[:3], _stay(rest[3:7]), rest[7:]
    lunch, dinner = _meal(meals[:4], "lunch"), _meal(meals[4:], "dinner")
    days: dict[date, tuple[time, time]] = {
        d: (a, b)
        for d, a, b in session.execute(
            select(VisitDay.day, VisitDay.window_start, VisitDay.window_end).where(
                VisitDay.visit_id == visit_id
            )
        )
    }
    # a visit has hundreds of people and groups at most: their translation maps are read whole
    people = {
        pid: localized(name, i18n, lang)
        for pid, name, i18n in session.execute(
            select(Participant.id, Participant.full_name, Participant.name_i18n)
            .where(Participant.visit_id == visit_id)
            .order_by(Participant.side != Side.GUEST.value, Participant.protocol_rank, Participant.full_name)
        )
    }
    groups = {
        gid: localized(name, i18n, lang)
        for gid, name, i18n in session.execute(
            select(Group.id, Group.name, Group.name_i18n).where(Group.visit_id == visit_id)
        )
    }
    members: dict[int, set[int]] = defaultdict(set)
    if groups:
        for gid, pid in session.execute(
            select(group_members.c.group_id, group_members.c.participant_id).where(
                group_members.c.group_id.in_(list(groups))
            )
        ):
            members[gid].add(pid)
    vehicles = {
        vid: localized(label, i18n, lang)
        for vid, label, i18n in session.execute(
            select(Vehicle.id, Vehicle.label, Vehicle.label_i18n).where(Vehicle.visit_id == visit_id)
        )
    }
    stays = _stays(session, visit_id, visit_stay)
    # EXISTS probes the site index once per site; "IN (SELECT DISTINCT ...)" read every item (70 ms
    # on a 100,000-item visit); the arrival and departure places come too (their drives count)
    used: ColumnElement[bool] = select(I.id).where(I.site_id == Site.id, I.visit_id == visit_id).exists()
    # and the sites still to place: the planner places them, so it needs their hours and their drives
    # (without them a museum closed on Mondays was placed on a Monday with no drive to or from it)
    listed = select(SiteToPlace.id).where(SiteToPlace.site_id == Site.id, SiteToPlace.visit_id == visit_id)
    used = or_(used, listed.exists())
    stay_sites = sorted(set(_stay_sites(stays)) | {m.site_id for m in (lunch, dinner) if m and m.site_id})
    if stay_sites:
        used = or_(used, Site.id.in_(stay_sites))
    sites = {
        sid: SiteFacts(
            sid,
            localized(name, i18n, lang),
            hours or "",
            minutes or 45,
            None if lat is None or lon is None else (lat, lon),
        )
        for sid, name, i18n, hours, minutes, lat, lon in session.execute(
            select(
                Site.id,
                Site.name,
                Site.name_i18n,
                Site.opening_hours,
                Site.usual_duration_min,
                Site.latitude,
                Site.longitude,
            ).where(used)
        )
    }
    return VisitFacts(
        tz_name=tz_name,
        start_date=start_date,
        end_date=end_date,
        day_start=day_start,
        day_end=day_end,
        day_windows=days,
        sites=sites,
        travel=travel_times(session, sites, TravelSettings(speed, factor), Boarding(*boarding)),
        people=people,
        groups=groups,
        group_members={g: frozenset(m) for g, m in members.items()},
        vehicles=vehicles,
        guest_tz_name=guest_tz,
        visit_id=visit_id,
        rules=PlanningRules(grid=grid, lunch=lunch, dinner=dinner),
        stays=stays,
    )


def _meal(values: Sequence[Any], name: str) -> MealRule | None:
    """A meal rule of the visit from its start, end, minutes and site, or None when it has none (no
    length, or no window)."""
    start, end, minutes, site = values
    if not minutes or start is None or end is None or end <= start:
        return None
    return MealRule(start, end, minutes, site, name)


def _stay_columns(session: Session, c: Any) -> list[Any]:
    """Arrival and departure of a visit, group or participant (``c``: its table's columns): instants
    as epoch seconds, and sites."""
    return [
        epoch_seconds(session, c.arrival_at),
        c.arrival_site_id,
        epoch_seconds(session, c.departure_at),
        c.departure_site_id,
    ]


def _stay(values: Sequence[Any]) -> Stay:
    arrival_at, arrival_site, departure_at, departure_site = values
    return Stay(
        None if arrival_at is None else Bound(int(arrival_at), arrival_site),
        None if departure_at is None else Bound(int(departure_at), departure_site),
    )


def _stays(session: Session, visit_id: int, visit_stay: Stay) -> Stays:
    """The visit's stay, and those groups and people have of their own (most have none)."""
    found: list[dict[int, Stay]] = []
    for table in (Group.__table__, Participant.__table__):
        c = table.c
        rows = session.execute(
            select(c.id, *_stay_columns(session, c)).where(
                c.visit_id == visit_id, or_(c.arrival_at.is_not(None), c.departure_at.is_not(None))
            )
        )
        found.append({row[0]: _stay(row[1:]) for row in rows})
    hosts = frozenset(
        session.scalars(
            select(Participant.id).where(Participant.visit_id == visit_id, Participant.side == "host")
        )
    )
    return Stays(visit_stay, found[0], found[1], hosts)


def _stay_sites(stays: Stays) -> list[int]:
    every = [stays.visit, *stays.groups.values(), *stays.people.values()]
    return sorted(
        {
            b.site_id
            for s in every
            for b in (s.arrival, s.departure)
            if b is not None and b.site_id is not None
        }
    )


def travel_times(
    session: Session, sites: dict[int, SiteFacts], settings: TravelSettings, boarding: Boarding | None = None
) -> TravelTimes:
    """Travel times among ``sites`` with the staff overrides that concern them (and the visit's
    boarding allowance, which transfers add to the drives)."""
    overrides: dict[tuple[int, int], int] = {}
    if sites:
        ids = list(sites)
        for a, b, minutes in session.execute(
            select(
                TravelTimeOverride.from_site_id, TravelTimeOverride.to_site_id, TravelTimeOverride.minutes
            ).where(TravelTimeOverride.from_site_id.in_(ids), TravelTimeOverride.to_site_id.in_(ids))
        ):
            overrides[(a, b)] = minutes
    return TravelTimes({s.id: s.coords for s in sites.values()}, overrides, settings, boarding)


def load_check_input(
    uow: UnitOfWork, visit_id: int, titles: bool = False, lang: str | None = None
) -> tuple[Sequence[Slot], VisitFacts]:
    """Slots and facts of a visit, read in the unit of work's open transaction; the names the messages
    use (people, groups, sites, titles) in ``lang`` (see ``load_facts``).

    With ``titles`` the facts hold every item's title (a live check names any item later, with no
    transaction open); without, none: a full check reads only those its messages name
    (``conflicts.check_pending``, then ``load_titles``). On SQLite the slots are a ``SlotTable`` read
    as columns (the check then builds no Slot objects except for the items it reports); elsewhere a
    list of Slots.
    """
    session = uow.session
    facts = load_facts(session, visit_id, lang)
    if titles:
        read: list[ColumnElement[Any]] = [I.id, I.title]
        if lang and picks_translation(lang):
            # the database picks each translation out of its map: parsing 100,000 maps here costs more
            read.append(title_translation(session, lang))
        rows = fetch_tuples(session, select(*read).where(items_of(session, visit_id)))
        facts.titles = titles_in(rows, lang)
    if session.get_bind().dialect.name == "sqlite":
        columns = load_columns_sqlite(session, visit_id, facts)
        if columns is not None:
            return SlotTable(columns), facts
    return load_slots(session, visit_id, facts), facts


__all__ = [
    "fetch_tuples",
    "load_check_input",
    "load_columns_sqlite",
    "load_facts",
    "load_slots",
    "load_titles",
    "travel_times",
]
