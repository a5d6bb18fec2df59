"""Build the routing problem of a visit: each lane-day a vehicle, fixed items mandatory stops, site
visits optional stops with time windows and drop penalties.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import combinations, permutations
from typing import Any, NamedTuple, TypeAlias, cast

from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.lanes import Lane, _Scope, blocks, lane_stay
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.presence import named_alone
from planner.scheduling.rules import MealRule, Stay, Stays
from planner.scheduling.solver import Stop, Vehicle

REQUIRED_PENALTY = 100_000_000
MEAL_PENALTY = 10_000_000  # above any optional site (10^5), below a required one
ANYWHERE = 0  # place index of items without a site: no travel to or from them

StopKey: TypeAlias = tuple[str, Any] | tuple[str, Any, Any]
"""The key of a stop this module gives the solver, led by its kind: ("item", item id), ("entry", the
stand-in's id), ("fixed", first item id or ("arrival"/"departure", lane), k) or ("meal", k, meal name)."""


def _stop_key(key: Hashable) -> StopKey:
    # the solver keeps keys opaque (Hashable); every key it hands back is one _Builder made
    return cast(StopKey, key)


def drop_penalty(required: bool, priority: int) -> int:
    """What dropping a site costs the solver, in travel minutes.

    Priority 1 is the most wanted optional site (as in the sample); each step down is worth ten times
    less, so the solver drops the lowest-priority sites first and never trades a site for road time
    (no leg in a city is worth 1,000 minutes).
    """
    if required:
        return REQUIRED_PENALTY
    return 1_000 * 10 ** max(0, 3 - max(priority, 1))


class MealPause(NamedTuple):
    """A meal of a lane-day as the solver gets it: its key, the range of its start and its length
    (minutes from the origin, on the grid), and whether it is a pause (no restaurant: taken where the
    group is)."""

    key: StopKey
    lo: int
    hi: int
    length: int
    pause: bool = True


@dataclass
class _Leg:
    """Free time between two fixed stops at places: from ``start`` to ``end`` (minutes from the
    origin), with the transfer ``drive`` to make in it and the pauses (fixed items with no site, meals)
    that lie in it; a meal placed in it starts on a multiple of ``step`` (the grid)."""

    start: int
    end: int
    drive: int
    busy: list[tuple[int, int]] = field(default_factory=list)
    step: int = 1

    def earliest(self, after: int, lo: int, hi: int, length: int) -> int | None:
        """The first start from ``max(after, lo)`` up to ``hi`` of a pause of ``length`` clear of the
        leg's pauses, with the leg still holding the drive; None when there is none."""
        if self.end - self.start - sum(e - s for s, e in self.busy) - self.drive < length:
            return None
        begin = max(after, lo, self.start)
        step = self.step
        for at in sorted({-(-t // step) * step for t in (begin, *(e for _, e in self.busy if e > begin))}):
            if at > hi or at + length > self.end:
                return None
            if all(at + length <= s or e <= at for s, e in self.busy):
                return at
        return None


def _place_in_order(legs: Sequence[_Leg], meals: Sequence[MealPause]) -> bool:
    """Whether ``meals`` fit the legs one after another in this order, each as early as it can (which
    leaves the most room to the ones after it)."""
    legs = [_Leg(leg.start, leg.end, leg.drive, list(leg.busy), leg.step) for leg in legs]
    after = legs[0].start if legs else 0
    for meal in meals:
        for leg in legs:
            at = leg.earliest(after, meal.lo, meal.hi, meal.length)
            if at is not None:
                leg.busy.append((at, at + meal.length))
                after = at + meal.length
                break
        else:
            return False
    return True


class _Builder:
    """Builds the routing problem of a visit (or of the rest of one day)."""

    def __init__(
        self, facts: VisitFacts, lanes: Sequence[Lane], scope: _Scope, grid: int = 1, party: int = 0
    ) -> None:
        # the solver counts minutes, and a movable stop starts only on a grid mark (with 5, every
        # proposed start is on a 5-minute mark as in printed programmes) and lasts whole grid steps;
        # fixed items and drives keep their own minutes. Counting in grid units instead made a pinned
        # 09:15-09:35 a 09:10-09:40 to a 10-minute grid, and left no plan where the check passed one
        self.grid = grid
        # the largest party that drives anywhere: the boarding allowance where the destination's party is
        # not known (the departure, the check's bounds); each stop's own party everywhere else
        self.party = party
        self.facts = facts
        self.lanes = lanes
        self.scope = scope
        self.origin = facts.stamp(scope.days[0], datetime.min.time())
        self.places: list[int | None] = [None]  # place 0: "anywhere"
        # the minutes to board on arriving at each place: a place is a site and the allowance of the party
        # that drives to it (5 min for a group of 13, 15 for all 39 when more is set above 20, as the check
        # counts it: the people of the item driven to); planning every drive for the largest party left
        # no plan at all where the check passed one
        self.boarding: list[int] = [0]
        self.place_of: dict[tuple[int, int], int] = {}
        self.vehicles: list[Vehicle] = []
        self.vehicle_lane: list[tuple[int, date]] = []
        self.stops: list[Stop] = []
        self.calendars: dict[int, OpeningCalendar | None] = {}
        self.closed: set[int] = set()  # lane-days before the lane arrives or after it leaves
        self.lane_stays: dict[int, Stay] = {}
        self.stays = Stays()  # the visit's, its groups' and its people's (add_lanes)
        self.meal_rules: dict[Hashable, tuple[MealRule, int, date]] = {}
        # the fixed items in each meal's window (what a note names when the meal cannot be had), and
        # the meals left out before the search: no gap in the window holds them with the drives
        self.meal_blockers: dict[Hashable, tuple[Slot, ...]] = {}
        self.meals_left: list[StopKey] = []
        # a meal left out because the others kept took its gap: those meals (its note names them)
        self.meal_rivals: dict[Hashable, tuple[StopKey, ...]] = {}

    def minute(self, stamp: int, up: bool = False) -> int:
        """An instant in minutes from the origin (rounded down, or up)."""
        delta = stamp - self.origin
        return -(-delta // 60) if up else delta // 60

    def mark(self, minute: int, up: bool = False) -> int:
        """A minute from the origin rounded to a grid mark (down, or up); the origin is the host's
        midnight, so the marks are the clock's (09:05, 09:10 with 5)."""
        return -(-minute // self.grid) * self.grid if up else minute // self.grid * self.grid

    def stamp(self, minutes: int) -> int:
        """The instant of a number of minutes from the origin."""
        return self.origin + minutes * 60

    def on_grid(self, seconds: int) -> int:
        """A length rounded up to whole grid steps (an item planned on the grid also ends on it)."""
        return -(-seconds // (self.grid * 60)) * self.grid * 60

    def length(self, minutes: int) -> int:
        """A movable stop's length: its minutes rounded up to whole grid steps (never shorter)."""
        return self.mark(minutes, up=True)

    def place(self, site_id: int | None, people: int | None = None) -> int:
        """The place of a stop at ``site_id`` that ``people`` drive to (the largest party if not said)."""
        if site_id is None:
            return ANYWHERE
        board = self.facts.travel.boarding.allowance(self.party if people is None else people)
        found = self.place_of.get((site_id, board))
        if found is None:
            found = self.place_of[(site_id, board)] = len(self.places)
            self.places.append(site_id)
            self.boarding.append(board)
        return found

    def transfer(self, a: int, b: int) -> int:
        """Minutes from place ``a`` to place ``b``: the drive and, between two sites, the time to board
        of ``b``'s party (``TravelTimes.transfer``'s rule, which the check uses too)."""
        at, to = self.places[a], self.places[b]
        if at is None or to is None or at == to:
            return 0
        drive = self.facts.travel.minutes(at, to)
        return 0 if drive is None else drive + self.boarding[b]

    def minutes_matrix(self) -> list[list[int]]:
        """Driving minutes between the places (what the plan minimises)."""
        travel = self.facts.travel.minutes
        return [
            [(travel(a, b) or 0) if a is not None and b is not None else 0 for b in self.places]
            for a in self.places
        ]

    def matrix(self) -> list[list[int]]:
        """Transfer minutes between the places (what the schedule must leave room for)."""
        count = len(self.places)
        return [[self.transfer(a, b) for b in range(count)] for a in range(count)]

    def day_of(self, stamp: int) -> date:
        return self.facts.local(stamp).date()

    def add_lanes(self, fixed: Sequence[Slot], stays: Stays | None = None) -> None:
        """A vehicle per lane and day, its fixed items as stops at their time; with ``stays``, a lane's
        day opens at its arrival and closes at its departure, which are stops at their places (so the
        drive and the boarding from and to them are kept), and its days before and after are closed."""
        by_lane_day: dict[tuple[int, date], list[Slot]] = defaultdict(list)
        days = set(self.scope.days)
        self.stays = stays if stays is not None else Stays()
        for slot in fixed:
            day = self.day_of(slot.start)
            if day not in days:
                continue
            for n, lane in enumerate(self.lanes):
                if blocks(slot, lane):
                    by_lane_day[(n, day)].append(slot)
        for n, lane in enumerate(self.lanes):
            stay = lane_stay(stays, lane, self.facts) if stays is not None else Stay()
            self.lane_stays[n] = stay
            arrival, departure = stay.arrival, stay.departure
            for day in self.scope.days:
                ws, we = self.facts.window_stamps(day)
                arrives = arrival is not None and self.day_of(arrival.at) == day
                leaves = departure is not None and self.day_of(departure.at) == day
                if arrival is not None and arrives:
                    ws = max(ws, arrival.at)
                if departure is not None and leaves:
                    we = min(we, departure.at)
                closed = (
                    (arrival is not None and day < self.day_of(arrival.at))
                    or (departure is not None and day > self.day_of(departure.at))
                    or we <= ws
                )
                mine = sorted(by_lane_day.get((n, day), []), key=lambda s: (s.start, s.end))
                start = min([ws, *(s.start for s in mine)])
                end = max([max(we, ws), *(s.end for s in mine)])
                k = len(self.vehicles)
                self.vehicles.append(
                    Vehicle((lane.key, day), (self.minute(start), self.minute(end, up=True)))
                )
                self.vehicle_lane.append((n, day))
                if closed:
                    self.closed.add(k)
                for block in _merge_blocks(mine):
                    self.stops.append(
                        Stop(
                            ("fixed", block[0].id, k),
                            # those who drive to it: the lane, or more where the item has more people
                            self.place(
                                block[-1].site_id, max(len(lane.members), *(len(b.people) for b in block))
                            ),
                            self.minute(max(b.end for b in block), up=True) - self.minute(block[0].start),
                            ((self.minute(block[0].start), self.minute(block[0].start)),),
                            None,
                            (k,),
                            # an item with no site (a press point "in the hotel") is held where the
                            # group is, as the check says: the drive across it must fit around it
                            pause=all(b.site_id is None for b in block),
                        )
                    )
                if closed:
                    continue
                # the arrival and departure places as stops, unless a fixed item is there already
                # (the arrival item itself, say)
                if arrival is not None and arrives and not any(s.start <= arrival.at for s in mine):
                    at = self.minute(arrival.at, up=True)
                    self.stops.append(
                        Stop(
                            ("fixed", ("arrival", n), k),
                            self.place(arrival.site_id, len(lane.members)),
                            0,
                            ((at, at),),
                            None,
                            (k,),
                        )
                    )
                if departure is not None and leaves and not any(s.end >= departure.at for s in mine):
                    at = self.minute(departure.at)
                    self.stops.append(
                        Stop(
                            ("fixed", ("departure", n), k),
                            self.place(departure.site_id),
                            0,
                            ((at, at),),
                            None,
                            (k,),
                        )
                    )
                self.add_meals(k, n, day, mine, (ws, we))

    def add_meals(self, k: int, n: int, day: date, fixed: Sequence[Slot], open_: tuple[int, int]) -> None:
        """A meal stop on lane-day ``k`` for each meal rule its fixed items do not satisfy (a meal item
        in the rule's window): inside the window and the lane's open time, at the restaurant if given.
        Its penalty is above any optional site and below a required one, so a meal is left out only
        when nothing else fits. The lane-day's meals with no restaurant are checked together first
        (``meals_that_fit``): those with no room are left out and named in the notes."""
        meals: list[MealPause] = []
        for rule in self.facts.rules.meals():
            w0, w1 = self.facts.stamp(day, rule.start), self.facts.stamp(day, rule.end)
            if any(s.kind in self.facts.rules.meal_kinds and s.start < w1 and s.end > w0 for s in fixed):
                continue
            earliest = max(w0, open_[0], self.scope.not_before or w0)
            length = self.length(rule.minutes)
            lo = self.mark(self.minute(earliest, up=True), up=True)
            hi = self.mark(self.minute(min(w1, open_[1])) - length)
            if hi < lo:
                continue  # the lane is not there for the meal (arrives after it, or leaves)
            key: StopKey = ("meal", k, rule.name)
            self.meal_rules[key] = (rule, n, day)
            self.meal_blockers[key] = tuple(s for s in fixed if s.start < w1 and s.end > w0)
            meals.append(MealPause(key, lo, hi, length, rule.site_id is None))
        pauses = [m for m in meals if m.pause]
        # a pause is a break the solver must keep: one with no room would leave no plan at all, and
        # planning it as a stop "anywhere" hid the drives around it; it is left out and named instead.
        # The day's pauses are checked together: a lunch and a dinner may each fit the one free gap
        # and not both, and then only one of them is left out
        kept = {m.key for m in self.meals_that_fit(k, pauses)}
        for meal in meals:
            if meal.pause and meal.key not in kept:
                self.leave_out(meal, [m for m in pauses if m.key in kept], fixed)
                continue
            rule = self.meal_rules[meal.key][0]
            self.stops.append(
                Stop(
                    meal.key,
                    self.place(rule.site_id, len(self.lanes[n].members)),
                    meal.length,
                    ((meal.lo, meal.hi),),
                    MEAL_PENALTY,
                    (k,),
                    # a "lunch break" with no restaurant is taken where the group is: the drive from
                    # the site before it to the one after still counts (as a stop with no place, it
                    # hid that drive: the plan drove up to 26 minutes "during" lunch)
                    pause=meal.pause,
                    step=self.grid,
                )
            )

    def leave_out(self, meal: MealPause, kept: Sequence[MealPause], fixed: Sequence[Slot]) -> None:
        """Record a meal left out before the search; when it would fit the day alone, the meals kept
        took its room, and its note names them and the fixed items around all of their windows."""
        self.meals_left.append(meal.key)
        k = _stop_key(meal.key)[1]
        if not kept or not self.meals_that_fit(k, [meal]):
            return
        self.meal_rivals[meal.key] = tuple(m.key for m in kept)
        spans = [self.meal_rules[m.key][0] for m in (meal, *kept)]
        day = self.meal_rules[meal.key][2]
        w0 = self.facts.stamp(day, min(r.start for r in spans))
        w1 = self.facts.stamp(day, max(r.end for r in spans))
        self.meal_blockers[meal.key] = tuple(s for s in fixed if s.start < w1 and s.end > w0)

    def meals_that_fit(self, k: int, meals: Sequence[MealPause]) -> list[MealPause]:
        """The most of ``meals`` (pauses of lane-day ``k``) that fit around its fixed stops together:
        each clear of them and of the others, and every gap still holding the transfer across it (the
        solver's break holds the pauses and the drive). Of equally many, the earlier meals are kept."""
        legs = self.legs(k)
        for size in range(len(meals), 0, -1):
            for chosen in combinations(meals, size):
                if any(_place_in_order(legs, order) for order in permutations(chosen)):
                    return list(chosen)
        return []

    def legs(self, k: int) -> list[_Leg]:
        """The free time of lane-day ``k`` between its fixed stops at places (and the day's ends): from,
        until, the transfer to make in it, and the fixed pauses (items with no site) inside it."""
        fixed = sorted(
            (s for s in self.stops if s.vehicles == (k,) and _stop_key(s.key)[0] == "fixed"),
            key=lambda s: s.windows[0][0],
        )

        def drive(a: int | None, b: int | None) -> int:
            return 0 if a is None or b is None else self.transfer(a, b)

        first, last = self.vehicles[k].window
        legs: list[_Leg] = []
        end, place, inside = first, None, []
        for stop in fixed:
            start = stop.windows[0][0]
            if stop.pause:
                inside.append((start, start + stop.service))
                continue
            legs.append(_Leg(end, start, drive(place, stop.place), inside, self.grid))
            end, place, inside = start + stop.service, stop.place, []
        legs.append(_Leg(end, last, 0, inside, self.grid))
        return legs

    def calendar(self, site_id: int) -> OpeningCalendar | None:
        if site_id not in self.calendars:
            site = self.facts.sites.get(site_id)
            text = site.opening_hours if site else ""
            where = f"site {site.name!r}" if site else f"site {site_id}"
            self.calendars[site_id] = OpeningCalendar(text, self.facts.tz, where) if text.strip() else None
        return self.calendars[site_id]

    def party_of(self, slot: Slot, lanes: Sequence[int]) -> int:
        """Who drives to ``slot``: its people, or the largest of the lanes that may take it (the check
        counts the item's people; a lane's members are at least that once it is planned)."""
        return max([len(slot.people), *(len(self.lanes[n].members) for n in lanes)])

    def stay_limits(self, slot: Slot, lanes: Sequence[int]) -> tuple[int | None, int | None]:
        """From when to when ``slot`` may be on the programme of any of ``lanes``: after the arrival and
        the transfer from its place, until the departure less the transfer to it (the loosest of the
        lanes; each lane-day's own window keeps the rest)."""
        transfer = self.facts.travel.transfer
        party = self.party_of(slot, lanes)
        starts: list[int | None] = []
        ends: list[int | None] = []
        for n in lanes:
            stay = self.lane_stays.get(n, Stay())
            a, d = stay.arrival, stay.departure
            starts.append(None if a is None else a.at + (transfer(a.site_id, slot.site_id, party) or 0) * 60)
            ends.append(None if d is None else d.at - (transfer(slot.site_id, d.site_id, party) or 0) * 60)
        first = None if not starts or None in starts else min(x for x in starts if x is not None)
        last = None if not ends or None in ends else max(x for x in ends if x is not None)
        # a member who joins the group late but is named on the item on their own holds it to their stay
        named = named_alone(slot.listed or frozenset(), slot.groups, self.facts.group_members)
        for person in named:
            own = self.stays.people.get(person)
            if own is None:
                continue
            a, d = own.arrival, own.departure
            if a is not None:
                reach = a.at + (transfer(a.site_id, slot.site_id, party) or 0) * 60
                first = reach if first is None else max(first, reach)
            if d is not None:
                leave = d.at - (transfer(slot.site_id, d.site_id, party) or 0) * 60
                last = leave if last is None else min(last, leave)
        return first, last

    def windows(
        self,
        slot: Slot,
        minutes: int,
        limits: tuple[int | None, int | None] = (None, None),
        days: Sequence[date] | None = None,
    ) -> list[tuple[int, int]]:
        """Start-time windows (minutes) in which the whole visit fits the day window, the hours and
        ``limits`` (the stay: see ``stay_limits``), on ``days`` only when given."""
        assert slot.site_id is not None
        calendar = self.calendar(slot.site_id)
        found = []
        for day in self.scope.days if days is None else days:
            ws, we = self.facts.window_stamps(day)
            if self.scope.not_before is not None:
                ws = max(ws, self.scope.not_before)
            if limits[0] is not None:
                ws = max(ws, limits[0])
            if limits[1] is not None:
                we = min(we, limits[1])
            if we <= ws:
                continue
            spans = [(ws, we)] if calendar is None else calendar.open_spans_within(ws, we)
            for a, b in spans:
                lo = self.mark(self.minute(a, up=True), up=True)
                hi = self.mark(self.minute(b) - self.length(minutes))
                if hi >= lo:
                    found.append((lo, hi))
        found.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in found:
            if merged and lo <= merged[-1][1] + self.grid:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged

    def add_item(
        self,
        slot: Slot,
        lanes: Sequence[int],
        windows: list[tuple[int, int]],
        minutes: int,
        tag: str = "item",
    ) -> None:
        vehicles = tuple(
            k for k, (n, _) in enumerate(self.vehicle_lane) if n in lanes and k not in self.closed
        )
        self.stops.append(
            Stop(
                (tag, slot.id),
                self.place(slot.site_id, self.party_of(slot, lanes)),
                self.length(minutes),
                tuple(windows),
                drop_penalty(slot.required, slot.priority),
                vehicles,
                step=self.grid,
            )
        )

    def routes_of(self, schedule: Sequence[Slot]) -> list[list[tuple[Hashable, int]]]:
        """A known schedule as (stop key, start) per vehicle: the fixed blocks where they are, and each
        planned item on the lane-day of its group and date."""
        routes: list[list[tuple[Hashable, int]]] = [[] for _ in self.vehicles]
        keys = {stop.key for stop in self.stops}
        for stop in self.stops:
            if _stop_key(stop.key)[0] == "fixed" and stop.vehicles:
                routes[stop.vehicles[0]].append((stop.key, stop.windows[0][0]))
        vehicle_of = {(self.lanes[n].key, day): k for k, (n, day) in enumerate(self.vehicle_lane)}
        for slot in schedule:
            if ("item", slot.id) not in keys:
                continue
            lane = next(iter(slot.groups)) if len(slot.groups) == 1 else None
            k = vehicle_of.get((lane, self.day_of(slot.start)))
            if k is not None:
                routes[k].append((("item", slot.id), self.minute(slot.start, up=True)))
        return [sorted(route, key=lambda visit: visit[1]) for route in routes]


def _merge_blocks(slots: list[Slot]) -> list[list[Slot]]:
    # fixed items of one lane that overlap (members split between them) become one block
    out: list[list[Slot]] = []
    for slot in slots:
        if out and slot.start < max(s.end for s in out[-1]):
            out[-1].append(slot)
        else:
            out.append([slot])
    return out
