"""Small builders for scheduling tests: a visit's facts and its items in host wall-clock time."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from planner.scheduling.facts import SiteFacts, Slot, VisitFacts
from planner.scheduling.travel import TravelSettings, TravelTimes

ATYRAU = "Asia/Atyrau"
DAY1 = date(2023, 5, 11)  # a Thursday
DAY2 = date(2023, 5, 12)


def at(day: date, clock: str, tz: str = ATYRAU) -> int:
    """Epoch seconds of a host wall-clock time."""
    hours, minutes = map(int, clock.split(":"))
    return int(datetime.combine(day, time(hours, minutes), tzinfo=ZoneInfo(tz)).timestamp())


def make_facts(
    sites: dict[int, SiteFacts] | None = None,
    *,
    tz: str = ATYRAU,
    start: date = DAY1,
    end: date = DAY2,
    overrides: dict[tuple[int, int], int] | None = None,
    people: dict[int, str] | None = None,
    groups: dict[int, frozenset[int]] | None = None,
    day_windows: dict[date, tuple[time, time]] | None = None,
) -> VisitFacts:
    """Facts of a two-day visit with the given sites (all with coordinates in Atyrau)."""
    sites = sites or {}
    people = people or {1: "Ерлан Сатыбалдиев", 2: "Игорь Бабушкин", 3: "Анна Петрова"}
    groups = groups or {}
    return VisitFacts(
        tz_name=tz,
        start_date=start,
        end_date=end,
        day_start=time(9, 0),
        day_end=time(18, 0),
        day_windows=day_windows or {},
        sites=sites,
        travel=TravelTimes({s.id: s.coords for s in sites.values()}, overrides, TravelSettings()),
        people=people,
        groups={g: f"Группа {g}" for g in groups},
        group_members=groups,
        vehicles={1: "Микроавтобус №1"},
    )


def site(site_id: int, name: str, lat: float, lon: float, hours: str = "") -> SiteFacts:
    """A site with coordinates and opening hours."""
    return SiteFacts(site_id, name, hours, 45, (lat, lon))


def slot(
    item_id: int,
    start: int,
    end: int,
    *,
    site_id: int | None = None,
    people: set[int] | frozenset[int] = frozenset(),
    groups: set[int] | frozenset[int] = frozenset(),
    vehicles: set[int] | frozenset[int] = frozenset(),
    kind: str = "site_visit",
    pinned: bool = False,
    required: bool = True,
    priority: int = 0,
    title: str | None = None,
) -> Slot:
    """An item as the rules see it."""
    return Slot(
        item_id,
        kind,
        title or f"Item {item_id}",
        start,
        end,
        site_id,
        pinned,
        frozenset(people),
        frozenset(groups),
        frozenset(vehicles),
        required,
        priority,
    )
