"""A visit's planning rules as plain data: the time grid, meals, and the stay (arrival and departure).

The boarding allowance, which both the planner and the check add to every drive, is in ``travel``.
The engine's defaults are "no rule" (grid 1, no lunch); a visit's own defaults (grid 5, lunch 12:00–14:30
for 60 minutes, 5 minutes to board) come with it from the database (``queries.scheduling_input``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time

from planner.domain.errors import ValidationError

GRIDS = (1, 5, 10, 15)
ARRIVAL_KIND, DEPARTURE_KIND = "arrival", "departure"


def check_grid(grid: int) -> int:
    """The grid in minutes, or ValidationError naming the allowed ones."""
    if grid not in GRIDS:
        raise ValidationError(f"the time grid must be 1, 5, 10 or 15 minutes (got {grid})")
    return grid


@dataclass(frozen=True)
class MealRule:
    """A meal every group has each day: between ``start`` and ``end`` (host wall clock), ``minutes``
    long, at ``site_id`` when a restaurant is given (else wherever the group is: a "lunch break")."""

    start: time
    end: time
    minutes: int
    site_id: int | None = None
    name: str = "lunch"  # lunch or dinner: the title of the item the planner adds

    def __post_init__(self) -> None:
        if self.minutes <= 0:
            raise ValidationError(f"a meal lasts more than 0 minutes (got {self.minutes})")
        if self.end <= self.start:
            raise ValidationError(
                f"the meal window {self.start:%H:%M}–{self.end:%H:%M} ends before it starts"
            )


@dataclass(frozen=True)
class Bound:
    """An arrival or a departure: when (epoch seconds) and where (a site: airport, station, border)."""

    at: int
    site_id: int | None = None


@dataclass(frozen=True)
class Stay:
    """When someone is there: from the arrival to the departure (either may be unknown)."""

    arrival: Bound | None = None
    departure: Bound | None = None

    def over(self, fallback: Stay) -> Stay:
        """This stay, its unknown ends taken from ``fallback``."""
        return Stay(self.arrival or fallback.arrival, self.departure or fallback.departure)

    @property
    def empty(self) -> bool:
        """Neither end is known."""
        return self.arrival is None and self.departure is None


@dataclass(frozen=True)
class PlanningRules:
    """How the planner lays a visit out, and what the check holds it to (besides the hard rules)."""

    grid: int = 1
    lunch: MealRule | None = None
    dinner: MealRule | None = None
    meal_kinds: frozenset[str] = frozenset({"meal"})

    def __post_init__(self) -> None:
        check_grid(self.grid)

    def meals(self) -> list[MealRule]:
        """The meal rules that apply, lunch first."""
        return [m for m in (self.lunch, self.dinner) if m is not None]


@dataclass(frozen=True)
class Stays:
    """Arrival and departure of the visit, of each group and of each person who has their own."""

    visit: Stay = field(default_factory=Stay)
    groups: Mapping[int, Stay] = field(default_factory=dict)
    people: Mapping[int, Stay] = field(default_factory=dict)
    hosts: frozenset[int] = frozenset()  # host-side people: the delegation's stay does not bind them

    @property
    def empty(self) -> bool:
        """No arrival or departure is known at all."""
        return (
            self.visit.empty
            and all(s.empty for s in self.groups.values())
            and all(s.empty for s in self.people.values())
        )

    def with_items(
        self, items: Iterable[tuple[str, int, int | None, frozenset[int], frozenset[int]]]
    ) -> Stays:
        """These stays completed from ``arrival``/``departure`` items (kind, start, site, people, groups):
        such an item is the bound of its groups, of its attendees, or of the visit when it names nobody,
        wherever no explicit bound is set. The latest arrival and the earliest departure win."""
        visit, groups, people = self.visit, dict(self.groups), dict(self.people)
        for kind, start, site, who, its_groups in items:
            if kind not in (ARRIVAL_KIND, DEPARTURE_KIND):
                continue
            bound = Bound(start, site)
            if not who and not its_groups:
                visit = _merge(visit, kind, bound, self.visit)
                continue
            for g in its_groups:
                groups[g] = _merge(groups.get(g, Stay()), kind, bound, self.groups.get(g, Stay()))
            if not its_groups:
                for p in who:
                    people[p] = _merge(people.get(p, Stay()), kind, bound, self.people.get(p, Stay()))
        return Stays(visit, groups, people, self.hosts)

    def of_person(self, person: int, groups_of: Mapping[int, Iterable[int]]) -> Stay:
        """A person's stay: their own, else their group's (the latest arrival, the earliest departure),
        else the visit's; a host's own only."""
        own = self.people.get(person, Stay())
        if person in self.hosts:
            return own
        group = _tightest([self.groups[g] for g in groups_of.get(person, ()) if g in self.groups])
        return own.over(group).over(self.visit)

    def of_group(self, group: int) -> Stay:
        """A group's stay: its own, else the visit's."""
        return self.groups.get(group, Stay()).over(self.visit)


def groups_of_people(group_members: Mapping[int, Iterable[int]]) -> dict[int, list[int]]:
    """Each person's groups, by person id (what ``Stays.of_person`` asks), from each group's members."""
    found: dict[int, list[int]] = defaultdict(list)
    for group, members in group_members.items():
        for person in members:
            found[person].append(group)
    return found


def _merge(current: Stay, kind: str, bound: Bound, explicit: Stay) -> Stay:
    if kind == ARRIVAL_KIND:
        if explicit.arrival is not None:
            return current
        keep = current.arrival is not None and current.arrival.at >= bound.at
        return Stay(current.arrival if keep else bound, current.departure)
    if explicit.departure is not None:
        return current
    keep = current.departure is not None and current.departure.at <= bound.at
    return Stay(current.arrival, current.departure if keep else bound)


def _tightest(stays: list[Stay]) -> Stay:
    arrivals = [s.arrival for s in stays if s.arrival is not None]
    departures = [s.departure for s in stays if s.departure is not None]
    return Stay(
        max(arrivals, key=lambda b: b.at) if arrivals else None,
        min(departures, key=lambda b: b.at) if departures else None,
    )
