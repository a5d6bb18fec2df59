"""What the scheduling rules look at: items as plain slots and the facts of their visit (no database).

Times are whole epoch seconds (UTC): comparing ints keeps the sweep over 100,000 items fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from planner.domain.kinds import ItemKind
from planner.domain.timeutil import zone
from planner.domain.vocabulary import FALLBACK_LANGUAGE
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.rules import PlanningRules, Stays
from planner.scheduling.travel import TravelTimes


@dataclass(slots=True, eq=False)
class Slot:
    """One itinerary item as the rules see it.

    ``people`` are everyone who attends: the listed attendees plus the members of the item's groups.
    Equal sets should be the same frozenset object (``Interner``) to save memory on large visits.
    Slots compare and hash by identity: the sweep keeps them in sets, and hashing every field of
    100,000 slots cost more than the whole sweep. Treat them as read-only (``dataclasses.replace`` makes
    a changed copy); they are not frozen because a frozen dataclass is built about 3x slower.
    """

    id: int
    kind: str
    title: str
    start: int
    end: int
    site_id: int | None = None
    pinned: bool = False
    people: frozenset[int] = frozenset()
    groups: frozenset[int] = frozenset()
    vehicles: frozenset[int] = frozenset()
    required: bool = True
    priority: int = 0
    # the length in minutes before a repair first shortened it (None: never shortened); a repair's
    # minimum counts from it (``repair_report.minimum_seconds``)
    planned_minutes: int | None = None
    # the attendees named on the item besides its groups, kept once ``presence.settle`` has left out of
    # ``people`` a member not yet (no longer) with the group, so a moved item's people can be settled again
    listed: frozenset[int] | None = None


class Interner:
    """Hands out one shared frozenset per distinct set of ids."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[int], frozenset[int]] = {frozenset(): frozenset()}

    def __call__(self, ids: frozenset[int] | set[int]) -> frozenset[int]:
        key = frozenset(ids)
        return self._sets.setdefault(key, key)


@dataclass(frozen=True)
class SiteFacts:
    """A site's name, hours and usual visit length."""

    id: int
    name: str
    opening_hours: str = ""
    usual_minutes: int = 45
    coords: tuple[float, float] | None = None


@dataclass(frozen=True)
class CheckSettings:
    """Thresholds of the softer rules (meal breaks), and the language the sentences are written in."""

    long_day_minutes: int = 6 * 60
    meal_kinds: frozenset[str] = frozenset({ItemKind.MEAL.value})
    meal_window: tuple[time, time] = (time(11, 30), time(15, 30))
    min_break_minutes: int = 40
    language: str = FALLBACK_LANGUAGE.value  # of the sentences: one of vocabulary.LANGUAGES


@dataclass
class VisitFacts:
    """The visit around the items: zone, dates, day windows, sites, names, travel times (plain data)."""

    tz_name: str
    start_date: date
    end_date: date
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    day_windows: Mapping[date, tuple[time, time]] = field(default_factory=dict)
    sites: Mapping[int, SiteFacts] = field(default_factory=dict)
    travel: TravelTimes = field(default_factory=lambda: TravelTimes({}))
    people: Mapping[int, str] = field(default_factory=dict)
    groups: Mapping[int, str] = field(default_factory=dict)
    group_members: Mapping[int, frozenset[int]] = field(default_factory=dict)
    vehicles: Mapping[int, str] = field(default_factory=dict)
    guest_tz_name: str | None = None
    visit_id: int | None = None
    # titles of items whose slots carry none (a SlotTable's): the messages name items by them; an item
    # missing here is called by its number (``check_pending`` says which titles its messages need)
    titles: Mapping[int, str] = field(default_factory=dict)
    # the time grid and meals the planner keeps and the check holds the meal rule to
    rules: PlanningRules = field(default_factory=PlanningRules)
    # arrival and departure of the visit, its groups and its latecomers (``rules.Stays``)
    stays: Stays = field(default_factory=Stays)

    @cached_property
    def tz(self) -> ZoneInfo:
        """The host zone."""
        return zone(self.tz_name)

    def window(self, day: date) -> tuple[time, time]:
        """The planned working window of a local day (its own if set, else the visit's)."""
        return self.day_windows.get(day, (self.day_start, self.day_end))

    def days(self) -> list[date]:
        """Every local date of the visit."""
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + timedelta(days=n) for n in range(max(count, 0))]

    def stamp(self, day: date, at: time) -> int:
        """Epoch seconds of a host wall-clock time."""
        return int(datetime.combine(day, at, tzinfo=self.tz).timestamp())

    def window_stamps(self, day: date) -> tuple[int, int]:
        """A day's window in epoch seconds (an end at or before the start means past midnight)."""
        start, end = self.window(day)
        end_day = day if end > start else day + timedelta(days=1)
        return self.stamp(day, start), self.stamp(end_day, end)

    def visit_stamps(self) -> tuple[int, int]:
        """The visit's first and last instant: local midnight to midnight."""
        return self.stamp(self.start_date, time(0, 0)), self.stamp(
            self.end_date + timedelta(days=1), time(0, 0)
        )

    def local(self, stamp: int) -> datetime:
        """An epoch-second instant in the host zone."""
        # messages name the same few instants again and again; converting with a zone costs ~10 µs
        found = self._local.get(stamp)
        if found is None:
            found = self._local[stamp] = datetime.fromtimestamp(stamp, self.tz)
        return found

    @cached_property
    def _local(self) -> dict[int, datetime]:
        return {}

    def clock(self, stamp: int) -> str:
        """HH:MM in the host zone."""
        # thousands of messages name the same few times of day
        found = self._clocks.get(stamp)
        if found is None:
            found = self._clocks[stamp] = f"{self.local(stamp):%H:%M}"
        return found

    @cached_property
    def _clocks(self) -> dict[int, str]:
        return {}

    def site_name(self, site_id: int | None) -> str:
        """A site's name, or a neutral word when it has none."""
        if site_id is None:
            return "an unspecified place"
        site = self.sites.get(site_id)
        return site.name if site else f"site {site_id}"

    @cached_property
    def calendars(self) -> dict[int, OpeningCalendar]:
        """Opening calendars of the sites with hours (parsing errors raise ValidationError)."""
        return {
            s.id: OpeningCalendar(s.opening_hours, self.tz, where=f"site {s.name!r}")
            for s in self.sites.values()
            if s.opening_hours.strip()
        }
