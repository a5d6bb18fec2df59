"""Conflict rules over a visit's items, each result a sentence a person can act on.

All rules run in one pass over the items sorted by start (sort-and-sweep): a person, group or vehicle
can only be double-booked by an item that is still running when the next one starts, and the travel
rule only looks at each person's previous item. So the cost is O(n log n + overlaps), not O(n²).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, time, timedelta
from typing import Any

from planner.domain.errors import ValidationError
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.opening_hours import OpeningCalendar

ERROR, WARNING = "error", "warning"

# rule names, stable for scripts that read --json
DOUBLE_BOOKED = "double_booked"
VEHICLE_DOUBLE_BOOKED = "vehicle_double_booked"
TRAVEL_TIME = "travel_time"
SITE_CLOSED = "site_closed"
OPENING_HOURS_INVALID = "opening_hours_invalid"
OUTSIDE_VISIT = "outside_visit"
OUTSIDE_DAY_WINDOW = "outside_day_window"
NO_MEAL_BREAK = "no_meal_break"
SITE_VISITED_TWICE = "site_visited_twice"

# tokens put people, groups and vehicles in one id space for the "previous item of whom" bookkeeping
_PERSON, _GROUP, _VEHICLE = 0, 1, 2


@dataclass(frozen=True)
class Conflict:
    """One broken rule: its name, severity, the items and people involved, and what to do about it."""

    rule: str
    severity: str
    item_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    message: str

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return asdict(self)


def sort_slots(slots: Iterable[Slot]) -> list[Slot]:
    """Items in the order every rule reads them: start, then end, then id."""
    return sorted(slots, key=lambda s: (s.start, s.end, s.id))


class _Namer:
    """Turns ids into names and instants into host wall-clock text for messages."""

    def __init__(self, facts: VisitFacts) -> None:
        self.facts = facts
        self.rank = {pid: n for n, pid in enumerate(facts.people)}
        self.titles: dict[int, str] = {}

    def title(self, slot: Slot) -> str:
        return slot.title or self.titles.get(slot.id, "") or f"item {slot.id}"

    def people(self, ids: Iterable[int]) -> tuple[int, ...]:
        return tuple(sorted(ids, key=lambda p: (self.rank.get(p, math.inf), p)))

    def who(self, people: Iterable[int], groups: Iterable[int] = (), vehicles: Iterable[int] = ()) -> str:
        names = [self.facts.people.get(p, f"participant {p}") for p in self.people(people)]
        if not names:
            names = [f"group {self.facts.groups.get(g, g)}" for g in sorted(groups)]
        if not names:
            names = [f"vehicle {self.facts.vehicles.get(v, v)}" for v in sorted(vehicles)]
        if len(names) > 3:
            return f"{', '.join(names[:2])} and {len(names) - 2} others"
        if len(names) > 1:
            return f"{', '.join(names[:-1])} and {names[-1]}"
        return names[0] if names else "nobody"

    def clock(self, stamp: int) -> str:
        return self.facts.clock(stamp)

    def day(self, stamp: int) -> str:
        return f"{self.facts.local(stamp):%d %b}"

    def span(self, slot: Slot) -> str:
        return f"{self.clock(slot.start)}–{self.clock(slot.end)} on {self.day(slot.start)}"

    def what(self, slot: Slot) -> str:
        place = f" at {self.facts.site_name(slot.site_id)}" if slot.site_id is not None else ""
        return f"«{self.title(slot)}»{place} ({self.span(slot)})"


def _is_are(text: str) -> str:
    return "are" if " and " in text else "is"


def check_slots(
    slots: Sequence[Slot], facts: VisitFacts, settings: CheckSettings | None = None
) -> list[Conflict]:
    """Every conflict in a visit's items: errors first, then warnings, each in time order."""
    return _Checker(facts, settings or CheckSettings()).run(sort_slots(slots))


class _Checker:
    def __init__(self, facts: VisitFacts, settings: CheckSettings) -> None:
        self.facts = facts
        self.settings = settings
        self.namer = _Namer(facts)
        self.out: list[tuple[int, tuple[int, ...], Callable[[], Conflict]]] = []
        self.calendars: dict[int, OpeningCalendar] = {}
        self.meal_days: dict[tuple[int, frozenset[int]], list[Any]] = {}
        self.meal_windows: dict[int, tuple[int, int]] = {}
        self.bad_hours: dict[int, str] = {}
        first, last = facts.start_date - timedelta(days=1), facts.end_date + timedelta(days=1)
        by_text: dict[str, OpeningCalendar] = {}
        for site in facts.sites.values():
            text = site.opening_hours.strip()
            if not text:
                continue
            try:
                # sites with the same hours share one calendar, so each day is worked out once per text
                calendar = by_text.get(text) or OpeningCalendar(text, facts.tz, where=f"site {site.name!r}")
            except ValidationError as exc:
                self.bad_hours[site.id] = str(exc)
                continue
            by_text[text] = calendar
            self.calendars[site.id] = calendar
        days = [first + timedelta(days=n) for n in range((last - first).days + 2)]
        self.days = days
        self.day_bounds = [facts.stamp(d, time(0, 0)) for d in days]
        self.windows = [facts.window_stamps(d) for d in days]
        self.visit_start, self.visit_end = facts.visit_stamps()

    def add(self, at: int, item_ids: tuple[int, ...], explain: Callable[[], Conflict]) -> None:
        # messages are written once every finding is known, so the titles they name are read in one go
        self.out.append((at, item_ids, explain))

    def day_index(self, stamp: int) -> int:
        return bisect_right(self.day_bounds, stamp) - 1

    def run(self, ordered: list[Slot]) -> list[Conflict]:
        self._sweep(ordered)
        self._meal_breaks()
        self._visited_twice(ordered)
        for site_id, reason in self.bad_hours.items():
            message = f"{self.facts.site_name(site_id)}: {reason}"
            self.add(-(2**62), (), lambda m=message: Conflict(OPENING_HOURS_INVALID, ERROR, (), (), m))  # type: ignore[misc]
        loader = self.facts.title_loader
        if loader is not None and self.out:
            self.namer.titles = loader(sorted({i for _, ids, _ in self.out for i in ids}))
        found = [(at, explain()) for at, _, explain in self.out]
        found.sort(key=lambda pair: (pair[1].severity != ERROR, pair[0], pair[1].rule, pair[1].item_ids))
        return [conflict for _, conflict in found]

    # ---------------------------------------------------------------- the single pass
    def _sweep(self, ordered: list[Slot]) -> None:
        # Items still running, filed under their (shared, interned) set of tokens. An item can only
        # clash with items whose token set meets its own, and there are few distinct sets, so each
        # item looks at a handful of short lists instead of at everything running at that time.
        active: dict[frozenset[int], list[Slot]] = {}
        meets: dict[frozenset[int], list[frozenset[int]]] = {}
        sets_with: dict[int, list[frozenset[int]]] = defaultdict(list)
        last: dict[int, Slot] = {}
        token_cache: dict[tuple[frozenset[int], frozenset[int], frozenset[int]], frozenset[int]] = {}
        travel = self.facts.travel.minutes
        calendars = self.calendars
        windows, day_index, days = self.windows, self.day_index, self.days
        visit_start, visit_end = self.visit_start, self.visit_end
        meal_days, meal_windows = self.meal_days, self.meal_windows
        meal_kinds = self.settings.meal_kinds
        known: dict[tuple[int, int], int | None] = {}
        for slot in ordered:
            start = slot.start
            key = (slot.people, slot.groups, slot.vehicles)
            tokens = token_cache.get(key)
            if tokens is None:
                tokens = token_cache[key] = _tokens(*key)
            if tokens:
                near = meets.get(tokens)
                if near is None:
                    near = meets[tokens] = _meeting_sets(tokens, meets, sets_with)
                for other_set in near:
                    running = active.get(other_set)
                    if running:
                        if len(running) == 1:
                            if running[0].end <= start:
                                running.clear()
                                continue
                        else:
                            running[:] = [a for a in running if a.end > start]
                        for other in running:
                            self._overlap(other, slot)
                bucket = active.get(tokens)
                if bucket is None:
                    active[tokens] = [slot]
                else:
                    bucket.append(slot)

            if slot.site_id is not None:
                previous = set(map(last.get, tokens))
                previous.discard(None)
                for prev in previous:
                    if prev.end <= start and prev.site_id is not None and prev.site_id != slot.site_id:
                        pair = (prev.site_id, slot.site_id)
                        need = known.get(pair, -1)
                        if need == -1:
                            need = known[pair] = travel(*pair)
                        if need is not None and start - prev.end < need * 60:
                            whose = [t for t in tokens if last.get(t) is prev]
                            self._too_little_travel(prev, slot, need, whose)
            if tokens:
                last.update(dict.fromkeys(tokens, slot))

            day = day_index(start)
            if slot.site_id is not None:
                calendar = calendars.get(slot.site_id)
                if calendar is not None and not calendar.is_open(start, slot.end, days[day]):
                    self._closed(slot, calendar)
            if start < visit_start or slot.end > visit_end:
                self._outside_visit(slot)
            else:
                window = windows[day]
                if start < window[0] or slot.end > window[1]:
                    self._outside_window(slot, window)
            if slot.people:
                # sum up each (day, set of people) for the meal rule; sets repeat, so people are
                # visited once per distinct (day, set) later, not once per item
                entry = meal_days.get((day, slot.people))
                if entry is None:
                    entry = meal_days[(day, slot.people)] = [start, slot.end, False, []]
                elif slot.end > entry[1]:
                    entry[1] = slot.end
                if slot.kind in meal_kinds:
                    entry[2] = True
                window = meal_windows.get(day)
                if window is None:
                    window = meal_windows[day] = self._meal_window(day)
                if start < window[1] and slot.end > window[0]:
                    entry[3].append(slot)

    def _overlap(self, a: Slot, b: Slot) -> None:
        people = a.people & b.people
        groups = a.groups & b.groups
        if people or groups:
            who = self.namer.who(people, groups)
            self.add(
                b.start,
                (a.id, b.id),
                lambda: Conflict(
                    DOUBLE_BOOKED,
                    ERROR,
                    (a.id, b.id),
                    self.namer.people(people),
                    f"{who} {_is_are(who)} due at {self.namer.what(a)} and at {self.namer.what(b)} at the "
                    f"same time; move one of them or split the attendees",
                ),
            )
        vehicles = a.vehicles & b.vehicles
        if vehicles and a.site_id != b.site_id:
            names = ", ".join(self.facts.vehicles.get(v, str(v)) for v in sorted(vehicles))
            self.add(
                b.start,
                (a.id, b.id),
                lambda: Conflict(
                    VEHICLE_DOUBLE_BOOKED,
                    ERROR,
                    (a.id, b.id),
                    self.namer.people(a.people | b.people),
                    f"vehicle {names} is needed for {self.namer.what(a)} and for {self.namer.what(b)} at "
                    f"the same time; assign another vehicle to one of them",
                ),
            )

    def _too_little_travel(self, prev: Slot, slot: Slot, need: int, tokens: list[int]) -> None:
        people = [t // 3 for t in tokens if t % 3 == _PERSON]
        groups = [t // 3 for t in tokens if t % 3 == _GROUP]
        vehicles = [t // 3 for t in tokens if t % 3 == _VEHICLE]
        who = self.namer.who(people, groups, vehicles)
        gap = (slot.start - prev.end) // 60
        self.add(
            slot.start,
            (prev.id, slot.id),
            lambda: Conflict(
                TRAVEL_TIME,
                ERROR,
                (prev.id, slot.id),
                self.namer.people(people),
                f"{who} {_is_are(who)} at {self.facts.site_name(prev.site_id)} until "
                f"{self.namer.clock(prev.end)} but due at {self.facts.site_name(slot.site_id)} at "
                f"{self.namer.clock(slot.start)}; the drive takes {need} min"
                + (f" (only {gap} min between them)" if gap > 0 else ""),
            ),
        )

    def _closed(self, slot: Slot, calendar: OpeningCalendar) -> None:
        day = self.facts.local(slot.start).date()
        spans = calendar.day_spans(day)
        hours = ", ".join(f"{self.namer.clock(a)}–{self.namer.clock(b)}" for a, b in spans)
        when = f"open {hours} that day" if spans else "closed all that day"
        self.add(
            slot.start,
            (slot.id,),
            lambda: Conflict(
                SITE_CLOSED,
                ERROR,
                (slot.id,),
                self.namer.people(slot.people),
                f"{self.facts.site_name(slot.site_id)} is not open for the whole of "
                f"«{self.namer.title(slot)}» ({self.namer.span(slot)}); it is {when} ({calendar.text})",
            ),
        )

    def _outside_visit(self, slot: Slot) -> None:
        f = self.facts
        self.add(
            slot.start,
            (slot.id,),
            lambda: Conflict(
                OUTSIDE_VISIT,
                ERROR,
                (slot.id,),
                self.namer.people(slot.people),
                f"«{self.namer.title(slot)}» ({f.local(slot.start):%d %b %H:%M}–"
                f"{f.local(slot.end):%d %b %H:%M}) is outside the visit, which runs from "
                f"{f.start_date:%d %b %Y} to {f.end_date:%d %b %Y}",
            ),
        )

    def _outside_window(self, slot: Slot, window: tuple[int, int]) -> None:
        if slot.start < window[0]:
            detail = f"starts before the day's planned start at {self.namer.clock(window[0])}"
        else:
            detail = f"ends after the day's planned end at {self.namer.clock(window[1])}"
        self.add(
            slot.start,
            (slot.id,),
            lambda: Conflict(
                OUTSIDE_DAY_WINDOW,
                WARNING,
                (slot.id,),
                self.namer.people(slot.people),
                f"«{self.namer.title(slot)}» ({self.namer.span(slot)}) {detail}; move it or widen the day",
            ),
        )

    # ---------------------------------------------------------------- meals
    def _meal_window(self, day: int) -> tuple[int, int]:
        d, (w0, w1) = self.days[day], self.settings.meal_window
        return self.facts.stamp(d, w0), self.facts.stamp(d, w1)

    def _meal_breaks(self) -> None:
        s = self.settings
        aggregate, meal_windows = self.meal_days, self.meal_windows
        # people who had a meal that day need no more work; set unions run in C
        fed: dict[int, set[int]] = defaultdict(set)
        for (day, people), entry in aggregate.items():
            if entry[2]:
                fed[day] |= people
        per_person: dict[tuple[int, int], list[Any]] = {}
        for (day, people), (first, end, meal, busy) in aggregate.items():
            if meal:
                continue
            eaten = fed.get(day)
            for person in people - eaten if eaten else people:
                got = per_person.get((day, person))
                if got is None:
                    per_person[(day, person)] = [first, end, False, list(busy)]
                else:
                    got[0], got[1] = min(got[0], first), max(got[1], end)
                    got[3].extend(busy)
        found: dict[tuple[int, int, int, tuple[int, ...]], list[int]] = defaultdict(list)
        for (day, person), (first, end, meal, busy) in per_person.items():
            if meal or end - first < s.long_day_minutes * 60:
                continue
            window = meal_windows[day]
            if _longest_free(window, busy) >= s.min_break_minutes * 60:
                continue
            ids = tuple(sorted({b.id for b in busy}))
            found[(day, first, end, ids)].append(person)
        for (day, first, end, ids), people in found.items():
            self._no_meal(day, first, end, ids, people)

    def _no_meal(self, day: int, first: int, end: int, ids: tuple[int, ...], people: list[int]) -> None:
        s = self.settings
        who = self.namer.who(people)
        hours, minutes = divmod((end - first) // 60, 60)
        w0, w1 = self.settings.meal_window
        self.add(
            first,
            ids,
            lambda: Conflict(
                NO_MEAL_BREAK,
                WARNING,
                ids,
                self.namer.people(people),
                f"{who} {'have' if ' and ' in who else 'has'} a {hours} h {minutes:02d} min day on "
                f"{self.days[day]:%d %b} ({self.namer.clock(first)}–{self.namer.clock(end)}) with no "
                f"meal and no break of {s.min_break_minutes} min between {w0:%H:%M} and {w1:%H:%M}",
            ),
        )

    # ---------------------------------------------------------------- repeats
    def _visited_twice(self, ordered: list[Slot]) -> None:
        by_site: dict[int, list[Slot]] = defaultdict(list)
        for slot in ordered:
            if slot.kind == "site_visit" and slot.site_id is not None:
                by_site[slot.site_id].append(slot)
        for site_id, visits in by_site.items():
            if len(visits) >= 2:
                self._twice(site_id, visits)

    def _twice(self, site_id: int, visits: list[Slot]) -> None:
        when = "; ".join(self.namer.span(v) for v in visits[:4])
        self.add(
            visits[1].start,
            tuple(v.id for v in visits),
            lambda: Conflict(
                SITE_VISITED_TWICE,
                WARNING,
                tuple(v.id for v in visits),
                self.namer.people(frozenset().union(*(v.people for v in visits))),
                f"{self.facts.site_name(site_id)} is visited {len(visits)} times ({when}); "
                f"drop one visit unless the repeat is intended",
            ),
        )


def _tokens(people: frozenset[int], groups: frozenset[int], vehicles: frozenset[int]) -> frozenset[int]:
    return frozenset(
        [p * 3 + _PERSON for p in people]
        + [g * 3 + _GROUP for g in groups]
        + [v * 3 + _VEHICLE for v in vehicles]
    )


def _meeting_sets(
    tokens: frozenset[int],
    meets: dict[frozenset[int], list[frozenset[int]]],
    sets_with: dict[int, list[frozenset[int]]],
) -> list[frozenset[int]]:
    """Register a new token set; return the known sets that share a token with it (itself included)."""
    found: dict[int, frozenset[int]] = {id(tokens): tokens}
    for token in tokens:
        for other in sets_with[token]:
            found[id(other)] = other
    for other in found.values():
        if other is not tokens:
            meets[other].append(tokens)
    for token in tokens:
        sets_with[token].append(tokens)
    return list(found.values())


def _longest_free(window: tuple[int, int], busy: list[Slot]) -> int:
    cursor, best = window[0], 0
    for slot in sorted(busy, key=lambda b: b.start):
        if slot.start > cursor:
            best = max(best, min(slot.start, window[1]) - cursor)
        cursor = max(cursor, slot.end)
    return max(best, window[1] - cursor)


def errors(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Only the conflicts of severity error."""
    return [c for c in conflicts if c.severity == ERROR]


def day_of(stamp: int, facts: VisitFacts) -> date:
    """The host-zone date of an instant."""
    return facts.local(stamp).date()
