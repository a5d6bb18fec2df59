"""The check's findings written as conflicts: one method per rule, each a sentence a person can act on.

``conflicts.Checker`` finds what is wrong with whole-array passes and calls these for the few items
involved; each records a finding (``add``) whose message is written only once every finding is known.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date

from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import Messages
from planner.scheduling.naming import Namer
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.results import (
    DOUBLE_BOOKED,
    ERROR,
    NO_MEAL_BREAK,
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
)
from planner.scheduling.rules import Bound

# a finding before its message is written: its time, the items the message names, the message maker
# and the finding's identity
Pending = tuple[int, tuple[int, ...], Callable[[], Conflict], Hashable]

# tokens put people, groups and vehicles in one id space for the "previous item of whom" bookkeeping
PERSON, GROUP, VEHICLE = 0, 1, 2


class RuleFindings:
    """The rules' findings as conflicts (mixed into ``conflicts.Checker``, which sets these up)."""

    facts: VisitFacts
    settings: CheckSettings
    say: Messages
    namer: Namer
    out: list[Pending]
    days: list[date]
    closed_days: dict[tuple[int, date], str]
    _travellers: dict[frozenset[int], tuple[frozenset[int], tuple[str, bool]]]

    def add(
        self,
        at: int,
        item_ids: tuple[int, ...],
        explain: Callable[[], Conflict],
        titled: tuple[int, ...] | None = None,
        *,
        key: Hashable,
    ) -> None:
        # messages are written once every finding is known, so the titles they name are read in one go
        # ``titled``: the items whose titles the message names (all of them unless said otherwise)
        self.out.append((at, item_ids if titled is None else titled, explain, key))

    def _overlap(self, a: Slot, b: Slot) -> None:
        people = a.people & b.people
        groups = a.groups & b.groups
        if people or groups:
            who, many = self.namer.who(people, groups)
            self.add(
                b.start,
                (a.id, b.id),
                key=(DOUBLE_BOOKED, a.id, b.id),
                explain=lambda: Conflict(
                    DOUBLE_BOOKED,
                    ERROR,
                    (a.id, b.id),
                    self.namer.people(people),
                    self.say(DOUBLE_BOOKED, many, who=who, a=self.namer.what(a), b=self.namer.what(b)),
                ),
            )
        vehicles = a.vehicles & b.vehicles
        if vehicles and a.site_id != b.site_id:
            names = ", ".join(self.facts.vehicles.get(v, str(v)) for v in sorted(vehicles))
            self.add(
                b.start,
                (a.id, b.id),
                key=(VEHICLE_DOUBLE_BOOKED, a.id, b.id),
                explain=lambda: Conflict(
                    VEHICLE_DOUBLE_BOOKED,
                    ERROR,
                    (a.id, b.id),
                    self.namer.people(a.people | b.people),
                    self.say(
                        VEHICLE_DOUBLE_BOOKED,
                        len(vehicles) > 1,
                        names=names,
                        a=self.namer.what(a),
                        b=self.namer.what(b),
                    ),
                ),
            )

    def _travellers_of(self, tokens: list[int]) -> tuple[frozenset[int], tuple[str, bool]]:
        """The people of a leg's tokens and how to name who travels (split and named once per set:
        thousands of legs of one group name the same tokens)."""
        key = frozenset(tokens)
        split = self._travellers.get(key)
        if split is None:
            people = frozenset(t // 3 for t in tokens if t % 3 == PERSON)
            groups = [t // 3 for t in tokens if t % 3 == GROUP]
            vehicles = [t // 3 for t in tokens if t % 3 == VEHICLE]
            split = self._travellers[key] = (people, self.namer.who(people, groups, vehicles))
        return split

    def _too_little_travel(
        self, prev: Slot, slot: Slot, need: int, tokens: list[int], board: int = 0
    ) -> None:
        people, (who, many) = self._travellers_of(tokens)
        gap = (slot.start - prev.end) // 60
        self.add(
            slot.start,
            (prev.id, slot.id),
            key=(TRAVEL_TIME, prev.id, slot.id),
            explain=lambda: Conflict(
                TRAVEL_TIME,
                ERROR,
                (prev.id, slot.id),
                self.namer.people(people),
                self.say(
                    TRAVEL_TIME,
                    many,
                    who=who,
                    here=self.namer.site(prev.site_id),
                    until=self.namer.clock(prev.end),
                    there=self.namer.site(slot.site_id),
                    at=self.namer.clock(slot.start),
                    need=need,
                )
                + (self.say("travel_boarding", board=board) if board else "")
                + (self.say("travel_gap", gap=gap) if gap > 0 else ""),
            ),
            titled=(),
        )

    def _no_coordinates(self, *sites: int | None) -> tuple[str, bool]:
        """The named sites that have no coordinates (the reason a drive is not known), and whether there
        are several."""
        coords = self.facts.travel.coords
        missing = [s for s in dict.fromkeys(sites) if s is not None and coords.get(s) is None]
        named = missing or [s for s in sites if s is not None]
        names = [self.namer.site(s) for s in named]
        if len(names) > 1:
            return self.say("and_last", names=", ".join(names[:-1]), last=names[-1]), True
        return names[0] if names else "", False

    def _unknown_drive(self, prev: Slot, slot: Slot, tokens: list[int]) -> None:
        """Nobody can tell whether the drive from ``prev`` to ``slot`` fits: no coordinates and no travel
        time between their sites (a warning: the plan may be right, but it is not checked)."""
        people, (who, _) = self._travellers_of(tokens)
        self.add(
            slot.start,
            (prev.id, slot.id),
            key=(TRAVEL_UNKNOWN, prev.id, slot.id),
            explain=lambda: Conflict(
                TRAVEL_UNKNOWN,
                WARNING,
                (prev.id, slot.id),
                self.namer.people(people),
                self._unknown_drive_sentence(prev, slot, who),
            ),
            titled=(),
        )

    def _unknown_drive_sentence(self, prev: Slot, slot: Slot, who: str) -> str:
        missing, several = self._no_coordinates(prev.site_id, slot.site_id)
        return self.say(
            TRAVEL_UNKNOWN,
            several,
            who=who,
            here=self.namer.site(prev.site_id),
            until=self.namer.clock(prev.end),
            there=self.namer.site(slot.site_id),
            at=self.namer.clock(slot.start),
            missing=missing,
        )

    def _unknown_stay_drive(self, arrival: bool, bound: Bound) -> None:
        """The arrival (or departure) place has no coordinates and no travel time to some site of the
        visit: the stay rule cannot tell whether the first (last) stop leaves time for the drive."""
        self.add(
            bound.at,
            (),
            key=(TRAVEL_UNKNOWN, arrival, bound.at, bound.site_id),
            explain=lambda: Conflict(
                TRAVEL_UNKNOWN,
                WARNING,
                (),
                (),
                self.say(
                    "travel_unknown_arrival" if arrival else "travel_unknown_departure",
                    place=self.namer.site(bound.site_id),
                    at=self.say.moment(self.facts.local(bound.at)),
                ),
            ),
        )

    def _too_little_travel_around(
        self,
        prev: Slot,
        between: list[Slot],
        slot: Slot,
        need: int,
        tokens: list[int],
        board: int,
        free: int,
    ) -> None:
        """The drive from ``prev`` to ``slot`` does not fit in the ``free`` seconds around the items
        ``between`` them, which have no site (so they happen where the party is)."""
        people, (who, _) = self._travellers_of(tokens)
        ids = (prev.id, *(s.id for s in between), slot.id)
        free_minutes = free // 60
        short = need + board - free_minutes

        def explain() -> Conflict:
            names = [self.namer.what(s) for s in between]
            middle = (
                names[0]
                if len(names) == 1
                else self.say("and_last", names=", ".join(names[:-1]), last=names[-1])
            )
            return Conflict(
                TRAVEL_TIME,
                ERROR,
                ids,
                self.namer.people(people),
                self.say(
                    "travel_around",
                    len(between) > 1,
                    who=who,
                    a=self.namer.what(prev),
                    b=self.namer.what(slot),
                    between=middle,
                    need=need,
                    board=self.say("travel_boarding", board=board) if board else "",
                    free=free_minutes,
                    short=short,
                ),
            )

        self.add(slot.start, ids, explain, key=(TRAVEL_TIME, prev.id, slot.id, ids[1:-1]))

    def _closed(self, slot: Slot, calendar: OpeningCalendar) -> None:
        day = self.facts.local(slot.start).date()
        # thousands of items may hit the same closure: say each (site hours, day) once
        when = self.closed_days.get((id(calendar), day))
        if when is None:
            spans = calendar.day_spans(day)
            hours = ", ".join(f"{self.namer.clock(a)}–{self.namer.clock(b)}" for a, b in spans)
            when = self.say("site_open_at", hours=hours) if spans else self.say("site_closed_all_day")
            self.closed_days[(id(calendar), day)] = when
        self.add(
            slot.start,
            (slot.id,),
            key=(SITE_CLOSED, slot.id),
            explain=lambda: Conflict(
                SITE_CLOSED,
                ERROR,
                (slot.id,),
                self.namer.people(slot.people),
                self.say(
                    SITE_CLOSED,
                    site=self.namer.site(slot.site_id),
                    title=self.namer.title(slot),
                    span=self.namer.span(slot),
                    when=when,
                    hours=calendar.text,
                ),
            ),
        )

    def _outside_visit(self, slot: Slot) -> None:
        f = self.facts
        self.add(
            slot.start,
            (slot.id,),
            key=(OUTSIDE_VISIT, slot.id),
            explain=lambda: Conflict(
                OUTSIDE_VISIT,
                ERROR,
                (slot.id,),
                self.namer.people(slot.people),
                self.say(
                    OUTSIDE_VISIT,
                    title=self.namer.title(slot),
                    start=self.say.moment(f.local(slot.start)),
                    end=self.say.moment(f.local(slot.end)),
                    first=self.say.full_date(f.start_date),
                    last=self.say.full_date(f.end_date),
                ),
            ),
        )

    def _outside_stay(
        self, slot: Slot, arrival: bool, bound: Bound, people: frozenset[int], limit: int
    ) -> None:
        """``slot`` starts before ``limit`` (the arrival plus the transfer) or ends after it (the departure
        less the transfer) of ``people`` (none: the delegation, by the visit's stay)."""
        self.add(
            slot.start,
            (slot.id,),
            key=(OUTSIDE_STAY, slot.id),
            explain=lambda: Conflict(
                OUTSIDE_STAY,
                ERROR,
                (slot.id,),
                self.namer.people(people or slot.people),
                self.say(
                    "outside_stay_arrival" if arrival else "outside_stay_departure",
                    title=self.namer.title(slot),
                    span=self.namer.span(slot),
                    who=self.namer.who(people)[0] if people else self.say("delegation"),
                    place=self.namer.site(bound.site_id),
                    at=self.say.moment(self.facts.local(bound.at)),
                    site=self.namer.site(slot.site_id),
                    earliest=self.namer.clock(limit),
                    latest=self.namer.clock(limit),
                ),
            ),
        )

    def _outside_window(self, slot: Slot, window: tuple[int, int]) -> None:
        early = slot.start < window[0]
        self.add(
            slot.start,
            (slot.id,),
            key=(OUTSIDE_DAY_WINDOW, slot.id),
            explain=lambda: Conflict(
                OUTSIDE_DAY_WINDOW,
                WARNING,
                (slot.id,),
                self.namer.people(slot.people),
                self.say(
                    "starts_early" if early else "ends_late",
                    title=self.namer.title(slot),
                    span=self.namer.span(slot),
                    at=self.namer.clock(window[0] if early else window[1]),
                ),
            ),
        )

    # ---------------------------------------------------------------- meals
    def _meal_window(self, day: int) -> tuple[int, int]:
        d, (w0, w1) = self.days[day], self.settings.meal_window
        return self.facts.stamp(d, w0), self.facts.stamp(d, w1)

    def _no_meal(self, day: int, first: int, end: int, ids: tuple[int, ...], people: list[int]) -> None:
        s = self.settings
        who, many = self.namer.who(people)
        hours, minutes = divmod((end - first) // 60, 60)
        w0, w1 = self.settings.meal_window
        self.add(
            first,
            ids,
            key=(NO_MEAL_BREAK, day, first, end, ids),
            explain=lambda: Conflict(
                NO_MEAL_BREAK,
                WARNING,
                ids,
                self.namer.people(people),
                self.say(
                    NO_MEAL_BREAK,
                    many,
                    who=who,
                    hours=hours,
                    minutes=minutes,
                    day=self.say.day(self.days[day]),
                    first=self.namer.clock(first),
                    last=self.namer.clock(end),
                    pause=s.min_break_minutes,
                    w0=f"{w0:%H:%M}",
                    w1=f"{w1:%H:%M}",
                ),
            ),
            titled=(),
        )

    # ---------------------------------------------------------------- repeats
    def _twice(
        self, site_id: int, ids: tuple[int, ...], people: frozenset[int], shown: list[Slot], count: int
    ) -> None:
        when = "; ".join(self.namer.span(v) for v in shown)
        self.add(
            shown[1].start,
            ids,
            key=(SITE_VISITED_TWICE, site_id),
            explain=lambda: Conflict(
                SITE_VISITED_TWICE,
                WARNING,
                ids,
                self.namer.people(people),
                self.say(
                    SITE_VISITED_TWICE,
                    site=self.namer.site(site_id),
                    count=count,
                    times=self.say.times(count),
                    when=when,
                ),
            ),
            titled=(),
        )
