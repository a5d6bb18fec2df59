"""Turn a visit into a routing problem and the solution into a proposal of item moves.

Each group is a vehicle for each day of the visit (a "lane"); the fixed items a group attends (pinned
ones, and those the planner does not move) are mandatory stops at their own time; each site visit is a
stop that any allowed lane-day may serve, with start windows from the site's opening hours and the
day's window, and a drop penalty from required/priority. Nothing here touches the database: the
services load the slots, call ``plan_slots`` and apply the proposal in one transaction.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, TypeAlias, cast

from planner.domain.errors import Problem, ValidationError
from planner.scheduling.conflicts import ERROR, Conflict, check_slots
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import DEFAULT_LANGUAGE, Messages
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.reasons import explain_moves
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND, MealRule, Stay, Stays, check_grid
from planner.scheduling.solver import RoutingProblem, RoutingSolution, Stop, Vehicle, solve
from planner.scheduling.to_place import EntryLeft, EntryToPlace, PlacedEntry, slot_id

REQUIRED_PENALTY = 100_000_000
MEAL_PENALTY = 10_000_000  # above any optional site (10^5), below a required one
MOVABLE_KINDS = frozenset({"site_visit"})
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


class UnplacedError(ValidationError):
    """Required items could not be placed; ``problems`` names each with the reason."""


@dataclass(frozen=True)
class ItemMove:
    """A change of one item's time (and group), with the old values for undo."""

    item_id: int
    title: str
    old_start: datetime
    old_end: datetime
    new_start: datetime
    new_end: datetime
    old_groups: tuple[int, ...] = ()
    new_groups: tuple[int, ...] = ()
    # why (planner/scheduling/reasons.py): a code, what it names, the sentence in the proposal's language
    reason: str = ""
    details: dict[str, object] = field(default_factory=dict, compare=False)
    why: str = ""
    day_changed: bool = False  # to another day: only when the user allowed moves between days

    @property
    def shortened(self) -> bool:
        """True when the item is shorter than before."""
        return self.new_end - self.new_start < self.old_end - self.old_start

    def inverse(self) -> ItemMove:
        """The move that puts the item back."""
        return ItemMove(
            self.item_id,
            self.title,
            self.new_start,
            self.new_end,
            self.old_start,
            self.old_end,
            self.new_groups,
            self.old_groups,
        )


@dataclass(frozen=True)
class DroppedItem:
    """An item taken off the programme, and why."""

    item_id: int
    title: str
    required: bool
    priority: int
    reason: str


@dataclass(frozen=True)
class NewItem:
    """An item the proposal adds (a meal the visit's rules ask for): unpinned, so staff can move it."""

    title: str
    kind: str
    start: datetime
    end: datetime
    site_id: int | None
    groups: tuple[int, ...] = ()
    attendees: tuple[int, ...] = ()  # when the visit has no groups: the delegation


@dataclass
class Proposal:
    """What the planner or the repair suggests; applied (or rejected) as a whole."""

    visit_id: int | None
    kind: str
    moves: list[ItemMove] = field(default_factory=list)
    dropped: list[DroppedItem] = field(default_factory=list)
    kept: list[tuple[int, str]] = field(default_factory=list)
    travel_minutes: int = 0
    travel_before: int = 0
    conflicts_after: list[Conflict] = field(default_factory=list)
    seconds: float = 0.0
    first_solution_seconds: float | None = None
    notes: list[str] = field(default_factory=list)
    restore: list[dict[str, Any]] = field(default_factory=list)
    # sites still to place: placed by this proposal, left on the list, and (undo only) site visits made
    # from entries that go back to the list: (item id, the entry as it was)
    placed: list[PlacedEntry] = field(default_factory=list)
    left: list[EntryLeft] = field(default_factory=list)
    unplace: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    added: list[NewItem] = field(default_factory=list)

    @property
    def errors_after(self) -> list[Conflict]:
        """Errors that would remain after applying the proposal."""
        return [c for c in self.conflicts_after if c.severity == ERROR]

    @property
    def is_empty(self) -> bool:
        """Nothing would change."""
        return not (
            self.moves or self.dropped or self.restore or self.placed or self.unplace or self.added
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            "visit_id": self.visit_id,
            "kind": self.kind,
            "moves": [
                {
                    "item_id": m.item_id,
                    "title": m.title,
                    "old_start": m.old_start,
                    "old_end": m.old_end,
                    "new_start": m.new_start,
                    "new_end": m.new_end,
                    "shortened": m.shortened,
                    **({"reason": m.reason, "why": m.why, "day_changed": m.day_changed} if m.reason else {}),
                    **(
                        {"old_groups": m.old_groups, "new_groups": m.new_groups}
                        if m.old_groups != m.new_groups
                        else {}
                    ),
                }
                for m in self.moves
            ],
            "dropped": [d.__dict__ for d in self.dropped],
            "added": [a.__dict__ for a in self.added],
            "kept": [{"item_id": i, "reason": r} for i, r in self.kept],
            "travel_minutes": self.travel_minutes,
            "travel_minutes_before": self.travel_before,
            "conflicts_after": [c.as_dict() for c in self.conflicts_after],
            "seconds": round(self.seconds, 3),
            "notes": self.notes,
            **(
                {
                    "placed": [p.__dict__ for p in self.placed],
                    "left_on_list": [e.__dict__ for e in self.left],
                }
                if self.placed or self.left
                else {}
            ),
        }


@dataclass(frozen=True)
class Lane:
    """A part of the delegation that moves together: a group, or everyone when there are no groups."""

    key: int | None
    name: str
    members: frozenset[int]


def lanes_of(facts: VisitFacts, slots: Sequence[Slot]) -> list[Lane]:
    """The groups as lanes; refuses groups that share members (they could not go separate ways)."""
    groups = sorted({g for s in slots for g in s.groups} | set(facts.group_members))
    if not groups:
        return [Lane(None, "the delegation", frozenset(facts.people))]
    lanes = [
        Lane(g, facts.groups.get(g, f"group {g}"), facts.group_members.get(g, frozenset())) for g in groups
    ]
    problems = []
    for n, a in enumerate(lanes):
        for b in lanes[n + 1 :]:
            shared = a.members & b.members
            if shared:
                who = ", ".join(facts.people.get(p, str(p)) for p in sorted(shared)[:3])
                problems.append(
                    Problem(
                        "groups",
                        f"groups «{a.name}» and «{b.name}» share members ({who}); the planner needs groups "
                        f"that split the delegation",
                    )
                )
    if problems:
        raise ValidationError(problems)
    return lanes


def blocks(slot: Slot, lane: Lane) -> bool:
    """Whether a fixed item takes the lane's time (the lane's group, or any member, attends it)."""
    if lane.key is None:
        return True
    return lane.key in slot.groups or not slot.people.isdisjoint(lane.members)


def _allowed_lanes(slot: Slot, lanes: Sequence[Lane]) -> list[int]:
    if lanes[0].key is None:
        return [0]
    return [
        n
        for n, lane in enumerate(lanes)
        if slot.people <= lane.members and (not slot.groups or slot.groups == {lane.key})
    ]


def _stamp_dt(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp, UTC)


@dataclass
class _Scope:
    """Which days the plan covers, from when items may move, and which items may move."""

    days: list[date]
    not_before: int | None = None
    movable: frozenset[int] | None = None
    fixed_reason: dict[int, str] = field(default_factory=dict)


def classify(
    slots: Sequence[Slot],
    lanes: Sequence[Lane],
    facts: VisitFacts,
    scope: _Scope,
    say: Messages | None = None,
) -> tuple[list[tuple[Slot, list[int]]], list[Slot], list[tuple[int, str]]]:
    """Split items into movable (with the lanes that may take them), fixed, and the reasons some
    unpinned site visits stay where they are (in the language of ``say``, English by default)."""
    say = say or Messages()
    movable: list[tuple[Slot, list[int]]] = []
    fixed: list[Slot] = []
    kept: list[tuple[int, str]] = []
    for slot in slots:
        reason = None
        if slot.pinned or slot.kind not in MOVABLE_KINDS:
            reason = ""
        elif scope.movable is not None and slot.id not in scope.movable:
            reason = scope.fixed_reason.get(slot.id, "")
        elif slot.site_id is None:
            reason = say("keep_no_site")
        elif len(slot.groups) > 1:
            reason = say("keep_several_groups")
        elif slot.vehicles:
            reason = say("keep_own_vehicle")
        if reason is None:
            allowed = _allowed_lanes(slot, lanes)
            if allowed:
                movable.append((slot, allowed))
                continue
            reason = say("keep_not_one_group")
        fixed.append(slot)
        if reason:
            kept.append((slot.id, reason))
    return movable, fixed, kept


class _Builder:
    """Builds the routing problem of a visit (or of the rest of one day)."""

    def __init__(
        self, facts: VisitFacts, lanes: Sequence[Lane], scope: _Scope, grid: int = 1, party: int = 0
    ) -> None:
        # the solver counts time in grid units: with 5, every proposed start is on a 5-minute mark as in
        # printed programmes (drives rounded up to the grid only make the plan safer, but the coarser
        # grid leaves less room: on the sample it costs about 15% more road time than whole minutes)
        self.grid = grid
        self.unit = grid * 60
        self.party = party  # people per transfer, for the boarding allowance
        self.facts = facts
        self.lanes = lanes
        self.scope = scope
        self.origin = facts.stamp(scope.days[0], datetime.min.time())
        self.places: list[int | None] = [None]  # place 0: "anywhere"
        self.place_of: dict[int, int] = {}
        self.vehicles: list[Vehicle] = []
        self.vehicle_lane: list[tuple[int, date]] = []
        self.stops: list[Stop] = []
        self.calendars: dict[int, OpeningCalendar | None] = {}
        self.closed: set[int] = set()  # lane-days before the lane arrives or after it leaves
        self.lane_stays: dict[int, Stay] = {}
        self.meal_rules: dict[Hashable, tuple[MealRule, int, date]] = {}

    def minute(self, stamp: int, up: bool = False) -> int:
        """An instant in grid units from the origin (rounded down, or up)."""
        delta = stamp - self.origin
        return -(-delta // self.unit) if up else delta // self.unit

    def stamp(self, units: int) -> int:
        """The instant of a number of grid units from the origin."""
        return self.origin + units * self.unit

    def on_grid(self, seconds: int) -> int:
        """A length rounded up to whole grid steps (an item planned on the grid also ends on it)."""
        return -(-seconds // self.unit) * self.unit

    def units(self, minutes: int) -> int:
        """A length in minutes as whole grid units, rounded up (never shorter than it is)."""
        return -(-minutes // self.grid)

    def place(self, site_id: int | None) -> int:
        if site_id is None:
            return ANYWHERE
        found = self.place_of.get(site_id)
        if found is None:
            found = self.place_of[site_id] = len(self.places)
            self.places.append(site_id)
        return found

    def minutes_matrix(self) -> list[list[int]]:
        """Driving minutes between the places (what the plan minimises)."""
        travel = self.facts.travel.minutes
        return [
            [(travel(a, b) or 0) if a is not None and b is not None else 0 for b in self.places]
            for a in self.places
        ]

    def matrix(self) -> list[list[int]]:
        """Transfer times in grid units, rounded up (what the schedule must leave room for): the drive
        and, between two sites, the time to board (``TravelTimes.transfer``, which the check uses too)."""
        transfer = self.facts.travel.transfer
        return [
            [
                self.units((transfer(a, b, self.party) or 0) if a is not None and b is not None else 0)
                for b in self.places
            ]
            for a in self.places
        ]

    def day_of(self, stamp: int) -> date:
        return self.facts.local(stamp).date()

    def add_lanes(self, fixed: Sequence[Slot], stays: Stays | None = None) -> None:
        """A vehicle per lane and day, its fixed items as stops at their time; with ``stays``, a lane's
        day opens at its arrival and closes at its departure, which are stops at their places (so the
        drive and the boarding from and to them are kept), and its days before and after are closed."""
        by_lane_day: dict[tuple[int, date], list[Slot]] = defaultdict(list)
        days = set(self.scope.days)
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
                            self.place(block[-1].site_id),
                            self.minute(max(b.end for b in block), up=True) - self.minute(block[0].start),
                            ((self.minute(block[0].start), self.minute(block[0].start)),),
                            None,
                            (k,),
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
                            self.place(arrival.site_id),
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
        when nothing else fits."""
        for rule in self.facts.rules.meals():
            w0, w1 = self.facts.stamp(day, rule.start), self.facts.stamp(day, rule.end)
            if any(s.kind in self.facts.rules.meal_kinds and s.start < w1 and s.end > w0 for s in fixed):
                continue
            earliest = max(w0, open_[0], self.scope.not_before or w0)
            lo = self.minute(earliest, up=True)
            hi = self.minute(min(w1, open_[1])) - self.units(rule.minutes)
            if hi < lo:
                continue  # the lane is not there for the meal (arrives after it, or leaves)
            self.stops.append(
                Stop(
                    ("meal", k, rule.name),
                    self.place(rule.site_id),
                    self.units(rule.minutes),
                    ((lo, hi),),
                    MEAL_PENALTY,
                    (k,),
                )
            )
            self.meal_rules[("meal", k, rule.name)] = (rule, n, day)

    def calendar(self, site_id: int) -> OpeningCalendar | None:
        if site_id not in self.calendars:
            site = self.facts.sites.get(site_id)
            text = site.opening_hours if site else ""
            where = f"site {site.name!r}" if site else f"site {site_id}"
            self.calendars[site_id] = OpeningCalendar(text, self.facts.tz, where) if text.strip() else None
        return self.calendars[site_id]

    def stay_limits(self, slot: Slot, lanes: Sequence[int]) -> tuple[int | None, int | None]:
        """From when to when ``slot`` may be on the programme of any of ``lanes``: after the arrival and
        the transfer from its place, until the departure less the transfer to it (the loosest of the
        lanes; each lane-day's own window keeps the rest)."""
        transfer = self.facts.travel.transfer
        starts: list[int | None] = []
        ends: list[int | None] = []
        for n in lanes:
            stay = self.lane_stays.get(n, Stay())
            a, d = stay.arrival, stay.departure
            starts.append(
                None if a is None else a.at + (transfer(a.site_id, slot.site_id, self.party) or 0) * 60
            )
            ends.append(
                None if d is None else d.at - (transfer(slot.site_id, d.site_id, self.party) or 0) * 60
            )
        first = None if not starts or None in starts else min(x for x in starts if x is not None)
        last = None if not ends or None in ends else max(x for x in ends if x is not None)
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
                lo, hi = self.minute(a, up=True), self.minute(b) - self.units(minutes)
                if hi >= lo:
                    found.append((lo, hi))
        found.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in found:
            if merged and lo <= merged[-1][1] + 1:
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
                self.place(slot.site_id),
                self.units(minutes),
                tuple(windows),
                drop_penalty(slot.required, slot.priority),
                vehicles,
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


def stays_of(slots: Iterable[Slot], facts: VisitFacts) -> Stays:
    """The visit's arrivals and departures, completed from its arrival and departure items."""
    return facts.stays.with_items(
        (s.kind, s.start, s.site_id, s.people, s.groups)
        for s in slots
        if s.kind in (ARRIVAL_KIND, DEPARTURE_KIND)
    )


def lane_stay(stays: Stays, lane: Lane, facts: VisitFacts) -> Stay:
    """When a lane is there: from the latest arrival of its members (their own, their group's, the
    visit's) to the earliest departure. The planner keeps each lane inside it; the check is exact per
    person (and about the drive from each one's own arrival place)."""
    groups_of: dict[int, list[int]] = defaultdict(list)
    for g, members in facts.group_members.items():
        for p in members:
            groups_of[p].append(g)
    found = [stays.of_person(p, groups_of) for p in lane.members]
    found.append(stays.of_group(lane.key) if lane.key is not None else stays.visit)
    arrivals = [s.arrival for s in found if s.arrival is not None]
    departures = [s.departure for s in found if s.departure is not None]
    return Stay(
        max(arrivals, key=lambda b: b.at) if arrivals else None,
        min(departures, key=lambda b: b.at) if departures else None,
    )


def party_size(slots: Iterable[Slot], lanes: Sequence[Lane]) -> int:
    """The largest party that drives anywhere in the plan (a lane, or the people of an item): the
    boarding allowance of every transfer is planned for it, so the check never finds one too short."""
    return max([len(lane.members) for lane in lanes] + [len(s.people) for s in slots] + [0])


def _merge_blocks(slots: list[Slot]) -> list[list[Slot]]:
    # fixed items of one lane that overlap (members split between them) become one block
    out: list[list[Slot]] = []
    for slot in slots:
        if out and slot.start < max(s.end for s in out[-1]):
            out[-1].append(slot)
        else:
            out.append([slot])
    return out


def apply_to_slots(slots: Sequence[Slot], proposal: Proposal, facts: VisitFacts) -> list[Slot]:
    """The slots as they would be after the proposal (for checking it before anything is written)."""
    moves = {m.item_id: m for m in proposal.moves}
    gone = {d.item_id for d in proposal.dropped}
    out = []
    for slot in slots:
        if slot.id in gone:
            continue
        move = moves.get(slot.id)
        if move is not None:
            groups = frozenset(move.new_groups)
            people = slot.people
            if groups != slot.groups:
                people = frozenset().union(*(facts.group_members.get(g, frozenset()) for g in groups))
            slot = replace(
                slot,
                start=int(move.new_start.timestamp()),
                end=int(move.new_end.timestamp()),
                groups=groups,
                people=people,
            )
        out.append(slot)
    for placed in proposal.placed:
        groups = frozenset(placed.groups)
        out.append(
            Slot(
                slot_id(placed.entry_id),
                "site_visit",
                placed.title,
                int(placed.new_start.timestamp()),
                int(placed.new_end.timestamp()),
                site_id=placed.site_id,
                people=frozenset().union(*(facts.group_members.get(g, frozenset()) for g in groups)),
                groups=groups,
            )
        )
    # added items are not yet in the database either: numbered below every id in use, so the check can
    # name them without taking a placed entry's stand-in id
    below = min((s.id for s in out), default=0)
    below = min(below, 0)
    for n, new in enumerate(proposal.added, start=1):
        people = frozenset(new.attendees).union(
            *(facts.group_members.get(g, frozenset()) for g in new.groups)
        )
        out.append(
            Slot(
                below - n,
                new.kind,
                new.title,
                int(new.start.timestamp()),
                int(new.end.timestamp()),
                new.site_id,
                people=people,
                groups=frozenset(new.groups),
            )
        )
    return out


def _entry_lanes(entry: EntryToPlace, lanes: Sequence[Lane]) -> list[int]:
    if lanes[0].key is None:
        return [0]
    return [n for n, lane in enumerate(lanes) if not entry.groups or lane.key in entry.groups]


def lane_travel(slots: Iterable[Slot], lanes: Sequence[Lane], facts: VisitFacts) -> int:
    """Minutes on the road of every lane, day by day, in the items' current order."""
    total = 0
    travel = facts.travel.minutes
    for lane in lanes:
        mine = sorted((s for s in slots if blocks(s, lane) or lane.key in s.groups), key=lambda s: s.start)
        previous: Slot | None = None
        for slot in mine:
            same_day = (
                previous is not None and facts.local(previous.start).date() == facts.local(slot.start).date()
            )
            if (
                same_day
                and slot.site_id is not None
                and previous is not None
                and previous.site_id is not None
            ):
                total += travel(previous.site_id, slot.site_id) or 0
            if slot.site_id is not None:
                previous = slot
    return total


def _validate_fixed(fixed: Iterable[Slot], facts: VisitFacts) -> None:
    first, last = facts.visit_stamps()
    problems = []
    for slot in fixed:
        if slot.pinned and (slot.start < first or slot.end > last):
            problems.append(
                Problem(
                    f"item {slot.id}",
                    f"pinned item «{slot.title}» ({facts.local(slot.start):%d %b %Y %H:%M}–"
                    f"{facts.local(slot.end):%d %b %H:%M}) is outside the visit "
                    f"({facts.start_date:%d %b %Y} – {facts.end_date:%d %b %Y}); correct its date first",
                )
            )
    if problems:
        raise ValidationError(problems)


def plan_slots(
    slots: Sequence[Slot],
    facts: VisitFacts,
    *,
    time_limit_s: float = 1.0,
    local_search: bool = True,
    scope: _Scope | None = None,
    kind: str = "plan",
    grid: int | None = None,
    start_from: Sequence[Slot] | None = None,
    language: str = DEFAULT_LANGUAGE,
    to_place: Sequence[EntryToPlace] = (),
    allow_day_moves: bool = True,
) -> Proposal:
    """Plan the visit's movable site visits around its fixed items; return the proposal.

    ``grid`` is the step of proposed times in minutes (1, 5, 10 or 15; the visit's own by default):
    every start and end the plan proposes lies on it, counted from the host's midnight.
    ``start_from``, a known schedule of the same items (e.g. a quick greedy one), is where the local
    search starts when it is feasible, so the plan is never worse than it by the solver's measure.
    ``language`` (en, ru, kk) is that of the reasons and of the conflicts after the plan.
    ``to_place`` are sites still to place: the plan places those it can and says why the others stay on
    the list. Without ``allow_day_moves`` every item keeps its day (the services' default; the engine's
    own default moves freely, as benchmarks pile items on the first day); each move carries its reason.
    Raises ValidationError for a pinned item outside the visit or groups that share members, and
    UnplacedError naming every required site that cannot be placed (with the reason).
    """
    started = time.perf_counter()
    grid = facts.rules.grid if grid is None else check_grid(grid)
    scope = scope or _Scope(facts.days())
    lanes = lanes_of(facts, slots)
    say = Messages(language)
    movable, fixed, kept = classify(slots, lanes, facts, scope, say)
    _validate_fixed(fixed, facts)
    builder = _Builder(facts, lanes, scope, grid, party_size(slots, lanes))
    builder.add_lanes(fixed, stays_of(slots, facts))
    by_id = {s.id: s for s in slots}
    unplaceable: list[Problem] = []
    dropped: list[DroppedItem] = []
    for slot, allowed in movable:
        minutes = (slot.end - slot.start + 59) // 60
        own_day = builder.day_of(slot.start)
        keep_day = not allow_day_moves and own_day in scope.days
        limits = builder.stay_limits(slot, allowed)
        windows = builder.windows(slot, minutes, limits, [own_day] if keep_day else None)
        if not windows:
            site_facts = facts.sites.get(slot.site_id) if slot.site_id is not None else None
            hours = site_facts.opening_hours if site_facts is not None else ""
            site = say("site", name=facts.site_name(slot.site_id))
            reason = say("drop_never_open", site=site, minutes=minutes) + (
                say("drop_hours", hours=hours) if hours else ""
            )
            if slot.required:
                unplaceable.append(Problem(f"item {slot.id}", f"«{slot.title}»: {reason}"))
            else:
                dropped.append(DroppedItem(slot.id, slot.title, False, slot.priority, reason))
            continue
        builder.add_item(slot, allowed, windows, minutes)
    if unplaceable:
        raise UnplacedError(unplaceable)
    entries = {e.id: e for e in to_place}
    left: list[EntryLeft] = []
    for entry in to_place:
        allowed = _entry_lanes(entry, lanes)
        stand_in = Slot(slot_id(entry.id), "site_visit", entry.title, 0, 0, site_id=entry.site_id)
        stand_in.required, stand_in.priority = entry.required, entry.priority
        windows = builder.windows(stand_in, entry.minutes) if allowed else []
        if not windows:
            site = say("site", name=facts.site_name(entry.site_id))
            reason = say("drop_never_open", site=site, minutes=entry.minutes)
            left.append(EntryLeft(entry.id, entry.title, entry.required, entry.priority, reason))
            continue
        builder.add_item(stand_in, allowed, windows, entry.minutes, tag="entry")
    problem = RoutingProblem(
        builder.stops,
        builder.vehicles,
        matrix=builder.matrix(),
        cost_matrix=builder.minutes_matrix(),
        nearest_neighbour_start=True,
        # on the sample visit this start led to 259 road minutes where cheapest insertion found no
        # first solution with the windows in one node (the nearest-neighbour start then gave 286)
        first_solution="GLOBAL_CHEAPEST_ARC",
        time_limit_s=time_limit_s,
        local_search=local_search,
        initial_routes=None if start_from is None else builder.routes_of(start_from),
    )
    solution = solve(problem)
    if solution.feasible and _drops_required(solution, by_id):
        # both models are heuristics: on a tight visit one node per window has placed a required site
        # that one node per stop left out (and the other way round), so the better of the two is kept
        before = time.perf_counter() - started
        other = solve(replace(problem, split_windows=True))
        if other.feasible and other.objective < solution.objective:
            if other.first_solution_seconds is not None:
                other.first_solution_seconds += before
            solution = other
    if not solution.feasible:
        raise ValidationError(_why_infeasible(fixed, facts))
    proposal = _proposal(solution, builder, by_id, lanes, facts, kind, say, entries)
    proposal.left = left + proposal.left
    proposal.dropped = dropped + proposal.dropped
    required_dropped = [d for d in proposal.dropped if d.required]
    if required_dropped:
        raise UnplacedError(
            [
                Problem(f"item {d.item_id}", f"«{d.title}» could not be placed: {d.reason}")
                for d in required_dropped
            ]
        )
    proposal.kept = kept
    proposal.moves, proposal.placed = explain_moves(slots, proposal.moves, proposal.placed, facts, say, kind)
    proposal.travel_before = lane_travel(slots, lanes, facts)
    after = apply_to_slots(slots, proposal, facts)
    proposal.travel_minutes = lane_travel(after, lanes, facts)
    proposal.conflicts_after = check_slots(after, facts, CheckSettings(language=language))
    proposal.seconds = time.perf_counter() - started
    proposal.first_solution_seconds = solution.first_solution_seconds
    proposal.visit_id = facts.visit_id
    return proposal


def _drops_required(solution: RoutingSolution, by_id: dict[int, Slot]) -> bool:
    return any(key[0] == "item" and by_id[key[1]].required for key in map(_stop_key, solution.dropped))


def _why_infeasible(fixed: Iterable[Slot], facts: VisitFacts) -> list[Problem]:
    errors = [c for c in check_slots(list(fixed), facts) if c.severity == ERROR]
    if errors:
        return [Problem("fixed items", c.message) for c in errors[:20]]
    return [Problem("fixed items", "the fixed items leave no feasible day for some group; run check")]


def _proposal(
    solution: RoutingSolution,
    builder: _Builder,
    by_id: dict[int, Slot],
    lanes: Sequence[Lane],
    facts: VisitFacts,
    kind: str,
    say: Messages,
    entries: dict[int, EntryToPlace] | None = None,
) -> Proposal:
    entries = entries or {}
    moves: list[ItemMove] = []
    placed: list[PlacedEntry] = []
    for k, route in enumerate(solution.routes):
        lane = lanes[builder.vehicle_lane[k][0]]
        for visit in route:
            key = _stop_key(visit.key)
            tag, item_id = key[0], key[1]
            if tag == "entry":
                entry = entries[-item_id]
                start = builder.stamp(visit.start)
                groups = () if lane.key is None else (lane.key,)
                placed.append(
                    PlacedEntry(
                        entry.id,
                        entry.title,
                        entry.site_id,
                        _stamp_dt(start),
                        _stamp_dt(start + entry.minutes * 60),
                        groups,
                    )
                )
                continue
            if tag != "item":
                continue
            slot = by_id[item_id]
            start = builder.stamp(visit.start)
            end = start + builder.on_grid(slot.end - slot.start)
            new_groups = tuple(sorted(slot.groups)) if lane.key is None else (lane.key,)
            old_groups = tuple(sorted(slot.groups))
            if start != slot.start or end != slot.end or new_groups != old_groups:
                moves.append(
                    ItemMove(
                        item_id,
                        slot.title,
                        _stamp_dt(slot.start),
                        _stamp_dt(slot.end),
                        _stamp_dt(start),
                        _stamp_dt(end),
                        old_groups,
                        new_groups,
                    )
                )
    added = _meals_added(solution, builder, lanes, facts, say)
    dropped = []
    left = []
    for key in map(_stop_key, solution.dropped):
        if key[0] == "entry":
            entry = entries[-key[1]]
            reason = say("drop_no_room") + (
                "" if entry.required else say("drop_priority", priority=max(entry.priority, 1))
            )
            left.append(EntryLeft(entry.id, entry.title, entry.required, entry.priority, reason))
            continue
        if key[0] == "meal":
            rule, n, day = builder.meal_rules[key]
            added.notes.append(
                say(
                    "meal_no_room",
                    meal=say(f"meal_{rule.name}"),
                    lane=lanes[n].name,
                    day=say.day(day),
                    w0=f"{rule.start:%H:%M}",
                    w1=f"{rule.end:%H:%M}",
                )
            )
        if key[0] != "item":
            continue
        slot = by_id[key[1]]
        reason = say("drop_no_room") + (
            "" if slot.required else say("drop_priority", priority=max(slot.priority, 1))
        )
        dropped.append(DroppedItem(slot.id, slot.title, slot.required, slot.priority, reason))
    moves.sort(key=lambda m: (m.new_start, m.item_id))
    placed.sort(key=lambda p: (p.new_start, p.entry_id))
    return Proposal(
        facts.visit_id,
        kind,
        moves,
        dropped,
        travel_minutes=solution.travel,
        notes=added.notes,
        added=added.items,
        placed=placed,
        left=left,
    )


@dataclass
class _Added:
    items: list[NewItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _meals_added(
    solution: RoutingSolution, builder: _Builder, lanes: Sequence[Lane], facts: VisitFacts, say: Messages
) -> _Added:
    """The meal items the plan adds (a meal stop the solver placed), in time order."""
    found = _Added()
    for route in solution.routes:
        for visit in route:
            if visit.key not in builder.meal_rules:
                continue
            rule, n, _ = builder.meal_rules[visit.key]
            start = builder.stamp(visit.start)
            lane = lanes[n]
            found.items.append(
                NewItem(
                    say(f"meal_{rule.name}"),
                    "meal",
                    _stamp_dt(start),
                    _stamp_dt(start + builder.on_grid(rule.minutes * 60)),
                    rule.site_id,
                    () if lane.key is None else (lane.key,),
                    tuple(sorted(lane.members)) if lane.key is None else (),
                )
            )
    found.items.sort(key=lambda a: (a.start, a.groups))
    return found


__all__ = [
    "DroppedItem",
    "ItemMove",
    "Lane",
    "NewItem",
    "Proposal",
    "UnplacedError",
    "apply_to_slots",
    "classify",
    "drop_penalty",
    "lane_stay",
    "lane_travel",
    "party_size",
    "plan_slots",
    "stays_of",
]
