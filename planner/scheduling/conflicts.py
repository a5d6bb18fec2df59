"""Conflict rules over a visit's items, each result a sentence a person can act on.

All rules run in one pass over the items sorted by start (sort-and-sweep): a person, group or vehicle
can only be double-booked by an item that is still running when the next one starts, and the travel
rule only looks at each person's previous item. So the cost is O(n log n + overlaps), not O(n²).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, time, timedelta
from itertools import chain

import numpy as np

from planner.domain.errors import ValidationError
from planner.domain.kinds import ItemKind
from planner.scheduling.columns import NO_SITE, Shape, SlotColumns, SlotTable, columns_of
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import Messages
from planner.scheduling.naming import Namer
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.presence import settle
from planner.scheduling.results import (  # noqa: F401 - the rule names are read from here too
    DOUBLE_BOOKED,
    ERROR,
    NO_MEAL_BREAK,
    OPENING_HOURS_INVALID,
    OUTSIDE_DAY_WINDOW,
    OUTSIDE_STAY,
    OUTSIDE_VISIT,
    SITE_CLOSED,
    SITE_VISITED_TWICE,
    TRAVEL_TIME,
    TRAVEL_UNKNOWN,
    VEHICLE_DOUBLE_BOOKED,
    WARNING,
    Conflict,
    Finding,
    errors,
    order_key,
)
from planner.scheduling.rule_findings import PERSON, Pending, RuleFindings
from planner.scheduling.rules import Bound, Stays
from planner.scheduling.stay_rule import StayRule
from planner.scheduling.sweep import _longest_free, _running_max, _SlotCache, token_classes
from planner.scheduling.sweep import day_of as day_of  # importable from here as before


def check_slots(
    slots: Sequence[Slot], facts: VisitFacts, settings: CheckSettings | None = None
) -> list[Conflict]:
    """Every conflict in a visit's items: errors first, then warnings, each in time order.

    Messages name items by their slots' titles, else by ``facts.titles``, else by number.
    """
    return check_pending(slots, facts, settings).conflicts()


def check_pending(
    slots: Sequence[Slot], facts: VisitFacts, settings: CheckSettings | None = None
) -> PendingCheck:
    """The rules run over the items, with the messages not written yet: a caller that has no titles
    at hand reads just ``title_ids`` (a few thousand of 100,000 items) and passes them to ``conflicts``."""
    checker = Checker(facts, settings or CheckSettings())
    # a member who joins their group late is at its items from the first they can reach: a proposal's
    # moved items are counted again at their new times. Columns read from SQLite need not be: that
    # reader hands a visit where anyone has their own arrival to the row reader, which settles them
    # (and going through 100,000 rows here as Slots would double the check's time)
    if not isinstance(slots, SlotTable):
        slots = settle(slots, facts)
    return PendingCheck(checker, checker.found(columns_of(slots)))


class PendingCheck:
    """A finished check whose messages are still to be written (plain data, nothing open)."""

    def __init__(self, checker: Checker, out: list[Pending]) -> None:
        self._checker, self._out = checker, out
        known = checker.namer.titles
        # the items the messages name whose titles the facts lack (a slot's own title, when it has
        # one, comes first anyway)
        self.title_ids: list[int] = sorted({i for _, ids, _, _ in out for i in ids if i not in known})

    def conflicts(self, titles: Mapping[int, str] | None = None) -> list[Conflict]:
        """The conflicts in output order, their messages naming items by ``titles`` where given."""
        found = self._checker.explain(self._out, titles)
        found.sort(key=lambda f: f[0])
        return [c for _, _, c in found]


class Checker(StayRule, RuleFindings):
    """The rules over columns; ``findings`` checks a whole visit, ``live.LiveCheck`` reuses the parts."""

    def __init__(self, facts: VisitFacts, settings: CheckSettings) -> None:
        self.facts = facts
        lunch = facts.rules.lunch
        if lunch is not None:
            # the visit's lunch rule is what the planner keeps: the meal rule asks for the same
            settings = replace(
                settings,
                meal_window=(lunch.start, lunch.end),
                min_break_minutes=lunch.minutes,
                meal_kinds=facts.rules.meal_kinds,
            )
        self.settings = settings
        self.say = Messages(settings.language)
        self.namer = Namer(facts, self.say)
        self.out: list[Pending] = []
        # the meal rule's findings before they become messages: (day, first, last, items) -> people
        self.meals_found: dict[tuple[int, int, int, tuple[int, ...]], list[int]] = {}
        self._travellers: dict[frozenset[int], tuple[frozenset[int], tuple[str, bool]]] = {}
        self.calendars: dict[int, OpeningCalendar] = {}
        self.meal_windows: dict[int, tuple[int, int]] = {}
        self.bad_hours: dict[int, str] = {}
        self.closed_days: dict[tuple[int, date], str] = {}
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
        # arrivals and departures (``rules.Stays``), completed from arrival/departure items on the first
        # sweep (a whole visit's; a live check's later sweeps see only some items); None: there are none
        self._stays: Stays | None = None
        self._stays_known = False
        self._stay_of_shape: dict[Shape, list[tuple[bool, Bound, frozenset[int]]]] = {}
        self._person_groups: dict[int, list[int]] | None = None

    def findings(self, cols: SlotColumns) -> list[Finding]:
        """Every conflict of the items in ``cols``, in output order, each with its order and identity."""
        found = self.explain(self.found(cols))
        found.sort(key=lambda f: f[0])
        return found

    def found(self, cols: SlotColumns) -> list[Pending]:
        """Every conflict of the items in ``cols``, its message not yet written."""
        if len(cols):
            self.sweep(cols)
        for site_id, reason in self.bad_hours.items():
            message = self.say("opening_hours_invalid", site=self.namer.site(site_id), reason=reason)
            self.add(
                -(2**62),
                (),
                lambda m=message: Conflict(OPENING_HOURS_INVALID, ERROR, (), (), m),  # type: ignore[misc]
                key=(OPENING_HOURS_INVALID, site_id),
            )
        self._unknown_stay_drives(cols)
        out, self.out = self.out, []
        return out

    def _unknown_stay_drives(self, cols: SlotColumns) -> None:
        """An arrival or departure place from which (to which) the drive to one of the items' sites is not
        known: the stay rule takes such a drive as none, so say that it is not checked."""
        stays = self._stays if self._stays_known else self.facts.stays
        if stays is None:
            return
        bounds = {
            (arrival, bound)
            for stay in (stays.visit, *stays.groups.values(), *stays.people.values())
            for arrival, bound in ((True, stay.arrival), (False, stay.departure))
            if bound is not None and bound.site_id is not None
        }
        if not bounds:  # a visit with no arrival or departure place: the items' sites are not needed
            return
        sites = {int(s) for s in np.unique(cols.site).tolist()} - {NO_SITE}
        minutes = self.facts.travel.minutes
        for arrival, bound in sorted(bounds, key=lambda b: (b[1].at, not b[0])):
            place = bound.site_id
            assert place is not None
            others = sorted(sites - {place})
            if any((minutes(place, s) if arrival else minutes(s, place)) is None for s in others):
                self._unknown_stay_drive(arrival, bound)

    def explain(self, out: Iterable[Pending], titles: Mapping[int, str] | None = None) -> list[Finding]:
        """Messages for findings, unsorted; ``titles`` adds to the titles the messages name items by."""
        if titles:
            self.namer.titles.update(titles)
        found = []
        for at, _, explain, key in out:
            conflict = explain()
            found.append((order_key(at, conflict), key, conflict))
        return found

    # ---------------------------------------------------------------- the sweep, on columns
    def sweep(self, cols: SlotColumns, meals: bool = True, others: bool = True) -> None:
        """Run the rules over ``cols`` into ``out``: the meal rule, the others, or both (the default)."""
        # Whole-array passes find the few items each rule is about; Slots and messages are built for
        # those only. The items are put in sweep order (start, end, id) once; "who" is expanded into
        # one row per (item, class of tokens) and ordered by class, so each class's items form one run
        # in time order: double bookings are overlaps inside a run, travel legs are neighbours in a run.
        order = np.lexsort((cols.id, cols.end, cols.start))
        start, end, site = cols.start[order], cols.end[order], cols.site[order]
        shape = cols.shape[order]
        slot_at = _SlotCache(cols, order)
        day = np.searchsorted(np.asarray(self.day_bounds, dtype=np.int64), start, side="right") - 1
        # an item before the first day gets index -1, which names the last day (as the per-item
        # bisect did with a list index)
        day[day < 0] = len(self.days) - 1
        class_of, item_of, members = self._token_rows(cols.shapes, shape)
        if others:
            self._double_bookings(class_of, item_of, start, end, slot_at)
            held = self._held_in_place(cols, order, site)
            self._travel(class_of, item_of, members, start, end, site, held, slot_at, cols, shape)
            self._per_item(start, end, site, day, slot_at)
            self._stay(cols, order, start, end, site, shape, slot_at)
        if meals:
            self._meals(class_of, item_of, members, start, end, day, cols, order)
        if others:
            self._repeats(cols, order, site, slot_at)

    def _token_rows(
        self, shapes: list[Shape], shape: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
        """(class, item position) rows ordered by class, then position (so by time within a class),
        and the tokens of each class.

        Tokens found in exactly the same shapes (a group and its members, usually) have the same
        items in the same order, so the rules look at one run per such class of tokens instead of
        one per token (five times fewer rows on a typical visit) and name every token of the class.
        """
        classes, of_shape = token_classes(shapes)
        members = [sorted(tokens) for tokens in classes.values()]
        sizes = np.array([len(c) for c in of_shape], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        flat = np.array([c for codes in of_shape for c in codes], dtype=np.int64)
        counts = sizes[shape] if len(shape) else np.zeros(0, dtype=np.int64)
        item = np.repeat(np.arange(len(shape), dtype=np.int64), counts)
        within = np.arange(len(item), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        code = flat[offsets[shape[item]] + within] if len(item) else np.zeros(0, dtype=np.int64)
        # stable, so positions stay in time order within a class; 16-bit codes let numpy radix-sort
        by_class = np.argsort(code.astype(np.uint16) if len(members) < 2**16 else code, kind="stable")
        return code[by_class], item[by_class], members

    def _double_bookings(
        self, token: np.ndarray, item: np.ndarray, start: np.ndarray, end: np.ndarray, slot_at: _SlotCache
    ) -> None:
        if len(token) < 2:
            return
        s, e = start[item], end[item]
        run_start = np.flatnonzero(np.concatenate([[True], token[1:] != token[:-1]]))
        run_of = np.repeat(np.arange(len(run_start)), np.diff(np.append(run_start, len(token))))
        latest = _running_max(e, run_of, run_start)  # latest end so far within the token's run
        clash = np.flatnonzero((run_of[1:] == run_of[:-1]) & (latest[:-1] > s[1:])) + 1
        pairs: set[tuple[int, int]] = set()
        first_of = run_start[run_of]
        for k in clash.tolist():
            here, floor = int(s[k]), int(first_of[k])
            j = k - 1
            while True:
                if e[j] > here:
                    pairs.add((int(item[j]), int(item[k])))
                # an earlier item can still be running only if the latest end before it is later
                if j == floor or latest[j - 1] <= here:
                    break
                j -= 1
        for a, b in sorted(pairs):
            self._overlap(slot_at(a), slot_at(b))

    @staticmethod
    def _held_in_place(cols: SlotColumns, order: np.ndarray, site: np.ndarray) -> np.ndarray:
        """Per item in sweep order: has it no site, so it is held where the party is (a lunch break, a
        press point "in the hotel" whose place is free text)? A transfer with no site is the drive
        itself, not a stop on the way, so its time is there to drive in."""
        held = site == NO_SITE
        if ItemKind.TRANSFER in cols.kinds:
            held &= cols.kind[order] != cols.kinds.index(ItemKind.TRANSFER)
        return held

    def _travel(
        self,
        token: np.ndarray,
        item: np.ndarray,
        members: list[list[int]],
        start: np.ndarray,
        end: np.ndarray,
        site: np.ndarray,
        held: np.ndarray,
        slot_at: _SlotCache,
        cols: SlotColumns,
        shape: np.ndarray,
    ) -> None:
        # a leg joins two neighbours with a site in a token's run; the items between them with no site
        # (``held``) happen where the party is, so the drive must fit in the time around them, not
        # only in the gap between the two sites
        placed = np.flatnonzero(site[item] != NO_SITE)
        if len(placed) < 2:
            return
        p, q = placed[:-1], placed[1:]
        prev, nxt = item[p], item[q]
        gap = start[nxt] - end[prev]
        a, b = site[prev], site[nxt]
        leg = np.flatnonzero((token[q] == token[p]) & (a != b) & (gap >= 0))
        if not len(leg):
            return
        # the time the items in between take at most (less when they overlap): the free time is at
        # least the gap less that, and only legs that may be too short are worked out exactly
        length = np.where(held[item], end[item] - start[item], 0)
        taken = np.concatenate([[0], np.cumsum(length)])
        least = gap[leg] - (taken[q[leg]] - taken[p[leg] + 1])
        sites, dense = np.unique(site, return_inverse=True)
        times = self.facts.travel
        # the drive plus the time to board (travel.Boarding), as the planner leaves it
        bound = times.upper_bounds(sites, dense[prev[leg]], dense[nxt[leg]]) + times.boarding.most
        short = leg[least < bound * 60]
        whose: dict[tuple[int, int, tuple[int, ...]], list[int]] = defaultdict(list)
        need_of: dict[tuple[int, int, tuple[int, ...]], tuple[int, int, int]] = {}
        unknown: dict[tuple[int, int], list[int]] = defaultdict(list)
        for k in short.tolist():
            first, last = int(p[k]), int(q[k])
            between = tuple(int(n) for n in item[first + 1 : last].tolist() if held[n])
            leaves, due = int(end[prev[k]]), int(start[nxt[k]])
            free = _free_around(leaves, between, start, end, due) if between else due - leaves
            here, there = int(a[k]), int(b[k])
            # the party is the people of the item they drive to; the planner holds transfers to the same
            need = times.transfer(here, there, len(cols.shapes[int(shape[nxt[k]])][0]))
            if need is None:
                # no coordinates and no staff figure: nothing can tell whether the drive fits
                unknown[(int(prev[k]), int(nxt[k]))].extend(members[int(token[last])])
            elif free < need * 60:
                found = (int(prev[k]), int(nxt[k]), between)
                whose[found].extend(members[int(token[last])])
                drive = times.minutes(here, there) or 0
                need_of[found] = (drive, need - drive, free)
        for (before, after, between), tokens in whose.items():
            drive, board, free = need_of[(before, after, between)]
            if between:
                self._too_little_travel_around(
                    slot_at(before), [slot_at(n) for n in between], slot_at(after), drive, tokens, board, free
                )
            else:
                self._too_little_travel(slot_at(before), slot_at(after), drive, tokens, board)
        for (before, after), tokens in unknown.items():
            self._unknown_drive(slot_at(before), slot_at(after), tokens)

    def _per_item(
        self, start: np.ndarray, end: np.ndarray, site: np.ndarray, day: np.ndarray, slot_at: _SlotCache
    ) -> None:
        outside = (start < self.visit_start) | (end > self.visit_end)
        for n in np.flatnonzero(outside).tolist():
            self._outside_visit(slot_at(n))
        windows = np.asarray(self.windows, dtype=np.int64).reshape(-1, 2)
        early, late = windows[day, 0], windows[day, 1]
        for n in np.flatnonzero(~outside & ((start < early) | (end > late))).tolist():
            self._outside_window(slot_at(n), (int(early[n]), int(late[n])))
        if not self.calendars:
            return
        calendars = list({id(c): c for c in self.calendars.values()}.values())
        number = {id(c): n for n, c in enumerate(calendars)}
        sites = np.array(sorted(self.calendars), dtype=np.int64)
        which = np.array([number[id(self.calendars[s])] for s in sites.tolist()], dtype=np.int64)
        at = np.minimum(np.searchsorted(sites, site), len(sites) - 1)
        mine = np.flatnonzero(sites[at] == site)
        if not len(mine):
            return
        calendar_of = which[at[mine]]
        key = calendar_of * len(self.days) + day[mine]
        # the open spans of each (calendar, day) in one sorted table: an item is open when the last span
        # that starts at or before it also covers its end
        keys = np.unique(key)
        if len(keys) > 2 * len(calendars):
            # items on many days: each calendar's days in one pass, not one library call per day
            for calendar in calendars:
                calendar.prefetch(self.days[0], self.days[-1] + timedelta(days=1))
        starts_, ends_, keys_ = [], [], []
        for k in keys.tolist():
            spans = calendars[k // len(self.days)].two_day_spans(self.days[k % len(self.days)])
            starts_ += [s for s, _ in spans]
            ends_ += [e for _, e in spans]
            keys_ += [k] * len(spans)
        span_key = np.array(keys_, dtype=np.int64)
        span_start = np.array(starts_, dtype=np.int64)
        span_end = np.array(ends_, dtype=np.int64)
        base = min(int(start[mine].min()), int(span_start.min()) if len(span_start) else 0)
        width = max(int(start[mine].max()), int(span_start.max()) if len(span_start) else 0) - base + 1
        item_start = start[mine]
        maybe_closed = np.ones(len(mine), dtype=bool)
        sure = np.zeros(len(mine), dtype=bool)
        if len(span_key) and width * (int(keys.max()) + 1) < 2**62:
            table = span_key * width + (span_start - base)
            found = np.searchsorted(table, key * width + (item_start - base), side="right") - 1
            hit = np.maximum(found, 0)
            maybe_closed = ~((found >= 0) & (span_key[hit] == key) & (end[mine] <= span_end[hit]))
            # the answer is final unless the item ends after its two days' last span (is_open then
            # looks further ahead): a day without spans, or an end before that span's end
            last = np.searchsorted(span_key, key, side="right") - 1
            at = np.maximum(last, 0)
            sure = (last < 0) | (span_key[at] != key) | (end[mine] <= span_end[at])
        for m in np.flatnonzero(maybe_closed).tolist():
            n = int(mine[m])
            calendar = calendars[int(calendar_of[m])]
            if sure[m] or not calendar.is_open(int(start[n]), int(end[n]), self.days[int(day[n])]):
                self._closed(slot_at(n), calendar)

    def _meals(
        self,
        token: np.ndarray,
        item: np.ndarray,
        members: list[list[int]],
        start: np.ndarray,
        end: np.ndarray,
        day: np.ndarray,
        cols: SlotColumns,
        order: np.ndarray,
    ) -> None:
        s = self.settings
        # the meal rule is about people: runs of classes with at least one person token
        people_of = [[t // 3 for t in tokens if t % 3 == PERSON] for tokens in members]
        person = np.array([bool(p) for p in people_of], dtype=bool)[token] if len(token) else token > 0
        who, where = token[person], item[person]
        if not len(who):
            return
        on = day[where]
        meal_codes = [n for n, kind in enumerate(cols.kinds) if kind in s.meal_kinds]
        meal = np.isin(cols.kind[order][where], meal_codes)
        # one run per (person, day), in time order inside: the rows already run by person in time
        # order, so the days rise within a person unless an item before the first day got the last
        # day's index
        if (np.diff(on)[who[1:] == who[:-1]] < 0).any():
            by = np.lexsort((where, on, who))
            who, where, on, meal = who[by], where[by], on[by], meal[by]
        first = np.flatnonzero(np.concatenate([[True], (who[1:] != who[:-1]) | (on[1:] != on[:-1])]))
        earliest = np.minimum.reduceat(start[where], first)
        latest = np.maximum.reduceat(end[where], first)
        fed = np.logical_or.reduceat(meal, first)
        long_day = np.flatnonzero(~fed & (latest - earliest >= s.long_day_minutes * 60))
        if not len(long_day):
            return
        bounds = np.append(first, len(who))
        found: dict[tuple[int, int, int, tuple[int, ...]], list[int]] = defaultdict(list)
        for r in long_day.tolist():
            d = int(on[first[r]])
            window = self.meal_windows.get(d)
            if window is None:
                window = self.meal_windows[d] = self._meal_window(d)
            rows = where[bounds[r] : bounds[r + 1]]
            busy_rows = rows[(start[rows] < window[1]) & (end[rows] > window[0])]
            busy = list(zip(start[busy_rows].tolist(), end[busy_rows].tolist(), strict=True))
            if _longest_free(window, busy) >= s.min_break_minutes * 60:
                continue
            ids = tuple(sorted({int(cols.id[order[n]]) for n in busy_rows.tolist()}))
            found[(d, int(earliest[r]), int(latest[r]), ids)].extend(people_of[int(who[first[r]])])
        self.meals_found = found
        for (d, first_at, last_end, ids), people in found.items():
            self._no_meal(d, first_at, last_end, ids, people)

    def _repeats(self, cols: SlotColumns, order: np.ndarray, site: np.ndarray, slot_at: _SlotCache) -> None:
        if ItemKind.SITE_VISIT not in cols.kinds:
            return
        visit = cols.kind[order] == cols.kinds.index(ItemKind.SITE_VISIT)
        rows = np.flatnonzero(visit & (site != NO_SITE))
        if len(rows) < 2:
            return
        # by site, in time order inside (a stable sort; on 16-bit keys numpy's is a radix sort, 10x faster)
        keys = site[rows]
        if int(keys.max()) < 2**16:
            keys = keys.astype(np.uint16)
        rows = rows[np.argsort(keys, kind="stable")]
        sites = site[rows]
        first = np.flatnonzero(np.concatenate([[True], sites[1:] != sites[:-1]]))
        bounds = np.append(first, len(rows))
        # who attends each site's visits: the distinct (site run, shape) pairs, found in one pass
        run = np.repeat(np.arange(len(first)), np.diff(bounds))
        pairs = run * len(cols.shapes) + cols.shape[order][rows]
        span = len(first) * len(cols.shapes)
        # counting beats sorting while the table of all pairs is not much longer than the rows
        if span <= 4 * len(rows):
            pairs = np.flatnonzero(np.bincount(pairs, minlength=span))
        else:
            pairs = np.unique(pairs)
        shapes_of: dict[int, list[int]] = defaultdict(list)
        for r, k in zip(*np.divmod(pairs, len(cols.shapes)), strict=True):
            shapes_of[int(r)].append(int(k))
        all_ids = cols.id[order[rows]].tolist()
        shape_people = [people for people, _, _ in cols.shapes]
        for r in np.flatnonzero(np.diff(bounds) >= 2).tolist():
            a, b = int(bounds[r]), int(bounds[r + 1])
            people = frozenset(chain.from_iterable([shape_people[k] for k in shapes_of[r]]))
            shown = [slot_at(int(n)) for n in rows[a : min(b, a + 4)].tolist()]
            self._twice(int(sites[a]), tuple(all_ids[a:b]), people, shown, b - a)


def _free_around(leaves: int, between: tuple[int, ...], start: np.ndarray, end: np.ndarray, due: int) -> int:
    """Seconds free for a drive from ``leaves`` to ``due`` around the items at positions ``between``
    (in start order; where they overlap each other or the ends, that time is busy once)."""
    free, busy_until = 0, leaves
    for n in between:
        free += max(0, min(int(start[n]), due) - busy_until)
        busy_until = max(busy_until, int(end[n]))
    return free + max(0, due - busy_until)
