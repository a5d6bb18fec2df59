"""Why the required sites do not fit: the time budget of each group and day, and what blocks each site.

When a plan leaves a required site out, an officer needs two answers: is there simply too little time
(the budget: minutes of visits and drives needed against the free minutes of each group's day, free
being the day's window less the fixed items, the meals the plan keeps, and the time before the arrival
and after the departure), and what keeps each site out (its opening hours fall before the arrival or after the
departure, on fixed items or on a meal, or its open hours are free but taken by other sites and the
drives between them). Plain data in (the items, the visit's facts, what was left out, the plan's items),
plain data out, with every sentence in English, Russian or Kazakh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.kinds import Language
from planner.domain.quotes import format_quoting
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.lanes import (
    Lane,
    _allowed_lanes,
    _entry_lanes,
    _Scope,
    blocks,
    classify,
    lane_stay,
    lanes_of,
    party_size,
    stays_of,
)
from planner.scheduling.messages import DEFAULT_LANGUAGE, Clock, Messages
from planner.scheduling.rules import Stay
from planner.scheduling.to_place import EntryToPlace

# how far a site got before something blocked it, least to most: the reason is that of the candidate
# group-day where it got furthest (on that day only "no time left" stood in its way, say)
NEVER_OPEN, ARRIVAL, DEPARTURE, FIXED, MEAL, NO_TIME = (
    "never_open",
    "arrival",
    "departure",
    "fixed",
    "meal",
    "no_time",
)
_STAGES = (NEVER_OPEN, ARRIVAL, DEPARTURE, FIXED, MEAL, NO_TIME)

_TEXTS: dict[str, dict[str, str]] = {
    Language.EN: {
        "budget": "{group}, {day}: {needed} min needed ({visits} min of visits, {drives} min of drives) "
        "against {free} min free",
        "short": "; short by {short} min",
        "free_parts": " (the day {w0}–{w1}, {window} min, less {parts})",
        "part_fixed": "{n} min of fixed items",
        "part_meals": "{n} min of meals",
        "part_before": "{n} min before the arrival",
        "part_after": "{n} min after the departure",
        "meal_left": "; {meal} left out of the plan",
        "and": ", ",
        "total_short": "In all {needed} min of visits and drives are needed and {free} min are free: "
        "{short} min too many",
        "total_split": "In all {needed} min of visits and drives are needed and {free} min are free, but the "
        "free time is cut into pieces too short for the sites or falls when they are closed",
        "floating": "; {minutes} min of it are sites that may go on any of several days",
        "hours": " (hours: {hours})",
        "item": "“{title}” {start}–{end} on {day}",
        "item_time": "“{title}” {start}–{end}",
        "never_open": "{site} is never open for {minutes} min within the days' windows{hours}",
        "arrival": "{site} is open{hours} only before the arrival ({group}: arrival at {at} on {day}, "
        "at the site from {earliest})",
        "departure": "{site} is open{hours} only after the departure ({group}: departure at {at} on "
        "{day}, at the site until {latest})",
        "fixed": "while {site} is open{hours}, {group} is at fixed items: {items}",
        "meal": "the only time {site} is open for {minutes} min{hours} is needed for {meal} of {group} "
        "({w0}–{w1}, {length} min) on {day}",
        "no_time": "no time left for its {minutes} min: when {site} is open, the free time of {group} on "
        "{day} goes to {items} and the drives between them",
        "no_time_drives": "no time left for its {minutes} min: when {site} is open, the free time of "
        "{group} on {day} goes to the drives",
    },
    Language.RU: {
        "budget": "{group}, {day}: нужно {needed} мин ({visits} мин на объекты, {drives} мин в пути), "
        "свободно {free} мин",
        "short": "; не хватает {short} мин",
        "free_parts": " (день {w0}–{w1}, {window} мин, минус {parts})",
        "part_fixed": "{n} мин фиксированных пунктов",
        "part_meals": "{n} мин на питание",
        "part_before": "{n} мин до прибытия",
        "part_after": "{n} мин после отъезда",
        "meal_left": "; «{meal}» не включён в план",
        "and": ", ",
        "total_short": "Всего нужно {needed} мин на объекты и переезды, свободно {free} мин: "
        "не хватает {short} мин",
        "total_split": "Всего нужно {needed} мин на объекты и переезды, свободно {free} мин, но свободное "
        "время разбито на слишком короткие промежутки или приходится на часы, когда объекты закрыты",
        "floating": "; из них {minutes} мин — объекты, которые можно поставить в любой из нескольких дней",
        "hours": " (часы работы: {hours})",
        "item": "«{title}» {start}–{end} ({day})",
        "item_time": "«{title}» {start}–{end}",
        "never_open": "объект {site} ни разу не открыт на {minutes} мин в рабочие часы дней визита{hours}",
        "arrival": "объект {site} открыт{hours} только до прибытия ({group}: прибытие в {at}, {day}; "
        "на объекте не раньше {earliest})",
        "departure": "объект {site} открыт{hours} только после отъезда ({group}: отъезд в {at}, {day}; "
        "на объекте не позже {latest})",
        "fixed": "пока объект {site} открыт{hours}, время занято фиксированными пунктами ({group}): {items}",
        "meal": "единственное время, когда объект {site} открыт на {minutes} мин{hours}, нужно для "
        "питания «{meal}» ({group}, {w0}–{w1}, {length} мин, {day})",
        "no_time": "не осталось времени на {minutes} мин: пока объект {site} открыт, свободное время "
        "({group}, {day}) занято пунктами {items} и переездами между ними",
        "no_time_drives": "не осталось времени на {minutes} мин: пока объект {site} открыт, свободное "
        "время ({group}, {day}) уходит на переезды",
    },
    Language.KK: {
        "budget": "{group}, {day}: {needed} мин қажет (нысандарға {visits} мин, жолға {drives} мин), "
        "бос уақыт {free} мин",
        "short": "; {short} мин жетпейді",
        "free_parts": " (күн {w0}–{w1}, {window} мин, одан {parts} шегерілді)",
        "part_fixed": "бекітілген тармақтардың {n} мин",
        "part_meals": "тамаққа {n} мин",
        "part_before": "келуге дейінгі {n} мин",
        "part_after": "кетуден кейінгі {n} мин",
        "meal_left": "; «{meal}» жоспарға енгізілмеді",
        "and": ", ",
        "total_short": "Барлығы нысандар мен жолға {needed} мин қажет, бос уақыт {free} мин: "
        "{short} мин артық",
        "total_split": "Барлығы нысандар мен жолға {needed} мин қажет, бос уақыт {free} мин, бірақ бос "
        "уақыт нысандарға тым қысқа аралықтарға бөлінген немесе олар жабық сағаттарға түседі",
        "floating": "; оның {minutes} мин — бірнеше күннің кез келгеніне қоюға болатын нысандар",
        "hours": " (жұмыс уақыты: {hours})",
        "item": "«{title}» {start}–{end} ({day})",
        "item_time": "«{title}» {start}–{end}",
        "never_open": "{site} нысаны сапар күндерінің жұмыс уақытында {minutes} минутқа бірде-бір рет "
        "ашық емес{hours}",
        "arrival": "{site} нысаны{hours} тек келуге дейін ашық ({group}: келу {at}, {day}; нысанда ең ерте "
        "{earliest})",
        "departure": "{site} нысаны{hours} тек кетуден кейін ашық ({group}: кету {at}, {day}; нысанда ең "
        "кеш {latest})",
        "fixed": "{site} нысаны ашық кезде{hours} уақыт бекітілген тармақтарға бөлінген ({group}): {items}",
        "meal": "{site} нысаны {minutes} минутқа ашық болатын жалғыз уақыт «{meal}» тамағына қажет "
        "({group}, {w0}–{w1}, {length} мин, {day})",
        "no_time": "{minutes} минутқа уақыт қалмады: {site} нысаны ашық кездегі бос уақыт ({group}, {day}) "
        "{items} тармақтарына және олардың арасындағы жолға кетеді",
        "no_time_drives": "{minutes} минутқа уақыт қалмады: {site} нысаны ашық кездегі бос уақыт "
        "({group}, {day}) жолға кетеді",
    },
}


@dataclass(frozen=True)
class DayBudget:
    """One group's day: its free minutes and the minutes of visits and drives it needs.

    ``free`` is the window less the fixed items, the meals, and the time before the arrival and after
    the departure; ``visits`` and ``drives`` are those the plan puts on the day plus the sites left out
    that could only go on it (their drive estimated as the shortest transfer from a site of the day).
    With a plan, ``meals`` counts only the meals it keeps; ``meals_left`` names those it left out (no
    room for them), which take no time.
    """

    group_id: int | None
    group: str
    day: date
    window: int
    before_arrival: int
    after_departure: int
    fixed: int
    meals: int
    free: int
    visits: int
    drives: int
    sentence: str = ""
    meals_left: tuple[str, ...] = ()

    @property
    def needed(self) -> int:
        """Minutes of visits and drives."""
        return self.visits + self.drives

    @property
    def short(self) -> int:
        """Minutes the day lacks (0 when the free time is enough)."""
        return max(0, self.needed - self.free)

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            "group_id": self.group_id,
            "group": self.group,
            "day": self.day,
            "window_minutes": self.window,
            "before_arrival_minutes": self.before_arrival,
            "after_departure_minutes": self.after_departure,
            "fixed_minutes": self.fixed,
            "meal_minutes": self.meals,
            "meals_left_out": list(self.meals_left),
            "free_minutes": self.free,
            "visit_minutes": self.visits,
            "drive_minutes": self.drives,
            "needed_minutes": self.needed,
            "short_minutes": self.short,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class SiteBlocked:
    """A site the plan leaves out and what blocks it (``reason``: never_open, arrival, departure,
    fixed, meal or no_time), with what it names and the sentence in the chosen language."""

    title: str
    item_id: int | None
    entry_id: int | None
    required: bool
    minutes: int
    reason: str
    why: str
    details: dict[str, object] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            "title": self.title,
            "item_id": self.item_id,
            "entry_id": self.entry_id,
            "required": self.required,
            "minutes": self.minutes,
            "reason": self.reason,
            "why": self.why,
        }


@dataclass(frozen=True)
class Infeasibility:
    """The budget of every group and day, the total, and what blocks each site left out."""

    days: tuple[DayBudget, ...]
    sites: tuple[SiteBlocked, ...]
    needed: int
    free: int
    floating: int  # minutes of left-out sites that could go on several group-days (in ``needed``)
    summary: str

    @property
    def short(self) -> int:
        """Minutes the visit lacks in all (0 when the free time would be enough if it were one piece)."""
        return max(0, self.needed - self.free)

    def lines(self) -> list[str]:
        """The summary, then each day's budget: what a report prints before the sites."""
        return [self.summary, *(d.sentence for d in self.days)]

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            "needed_minutes": self.needed,
            "free_minutes": self.free,
            "short_minutes": self.short,
            "floating_minutes": self.floating,
            "summary": self.summary,
            "days": [d.as_dict() for d in self.days],
            "sites": [s.as_dict() for s in self.sites],
        }


@dataclass(frozen=True)
class _LeftOut:
    title: str
    site_id: int | None
    minutes: int
    required: bool
    lanes: tuple[int, ...]
    days: tuple[date, ...]
    item_id: int | None = None
    entry_id: int | None = None


Span = tuple[int, int]


def _cut(spans: Iterable[Span], busy: Iterable[Span]) -> list[Span]:
    """``spans`` less the ``busy`` intervals."""
    out = list(spans)
    for b0, b1 in busy:
        nxt: list[Span] = []
        for a0, a1 in out:
            if b1 <= a0 or b0 >= a1:
                nxt.append((a0, a1))
                continue
            if a0 < b0:
                nxt.append((a0, b0))
            if b1 < a1:
                nxt.append((b1, a1))
        out = nxt
    return out


def _union_minutes(spans: Iterable[Span], lo: int, hi: int) -> int:
    """Minutes of the union of ``spans`` within [lo, hi)."""
    total, reach = 0, lo
    for a, b in sorted((max(a, lo), min(b, hi)) for a, b in spans):
        if b <= reach:
            continue
        total += b - max(a, reach)
        reach = b
    return total // 60


class _Analysis:
    def __init__(
        self,
        slots: Sequence[Slot],
        facts: VisitFacts,
        planned: Sequence[Slot] | None,
        grid: int,
        language: str,
    ) -> None:
        self.facts, self.grid = facts, grid
        self.say = Messages(language)
        self.texts = _TEXTS[self.say.language]
        self.lanes = lanes_of(facts, slots)
        self.days = facts.days()
        movable, self.fixed, _ = classify(slots, self.lanes, facts, _Scope(self.days))
        self.movable = {s.id: allowed for s, allowed in movable}
        self.stays = stays_of(slots, facts)
        self.party = party_size(slots, self.lanes)
        # the plan's items (the fixed ones alone when there is no plan yet)
        self.planned = list(self.fixed) if planned is None else list(planned)
        self.has_plan = planned is not None
        self.lane_stays = [lane_stay(self.stays, lane, facts) for lane in self.lanes]

    # words ------------------------------------------------------------------------------------------
    def text(self, key: str, **values: object) -> str:
        return format_quoting(self.texts[key], self.say.language, values)

    def clock(self, stamp: int) -> str:
        text = self.facts.clock(stamp)
        return Clock(text) if self.say.cases_times else text

    def group(self, lane: Lane) -> str:
        if lane.key is None:
            return self.say("delegation")
        return self.say("group", name=self.facts.groups.get(lane.key, lane.name))

    def hours(self, site_id: int | None) -> str:
        site = self.facts.sites.get(site_id) if site_id is not None else None
        if not site or not site.opening_hours.strip():
            return ""
        return self.text("hours", hours=self.say.hours(site.opening_hours))

    def item(self, slot: Slot, with_day: bool = True) -> str:
        return self.text(
            "item" if with_day else "item_time",
            title=slot.title or self.facts.titles.get(slot.id, str(slot.id)),
            start=self.clock(slot.start),
            end=self.clock(slot.end),
            day=self.say.day(self.facts.local(slot.start).date()),
        )

    # the day of a lane ------------------------------------------------------------------------------
    def open_part(self, n: int, day: date) -> tuple[int, int, int, int]:
        """The window of lane ``n`` on ``day`` and the part of it the lane is there: (ws, we, lo, hi)."""
        ws, we = self.facts.window_stamps(day)
        stay = self.lane_stays[n]
        lo, hi = ws, we
        if stay.arrival is not None:
            lo = min(max(lo, stay.arrival.at), we)
        if stay.departure is not None:
            hi = max(min(hi, stay.departure.at), lo)
        return ws, we, lo, hi

    def mine(self, slots: Iterable[Slot], lane: Lane, day: date) -> list[Slot]:
        found = [
            s
            for s in slots
            if (blocks(s, lane) or lane.key in s.groups) and self.facts.local(s.start).date() == day
        ]
        return sorted(found, key=lambda s: (s.start, s.end))

    def is_visit(self, slot: Slot) -> bool:
        """A site visit the plan placed (a movable item, or a site from the list), not a fixed item."""
        return slot.id in self.movable or (slot.id < 0 and slot.kind == "site_visit")

    def transfer(self, a: int | None, b: int | None) -> int:
        return self.facts.travel.transfer(a, b, self.party) or 0

    def points(self, n: int, day: date) -> list[int | None]:
        """The places of lane ``n``'s day in the plan's order, from the arrival place to the departure's."""
        stay = self.lane_stays[n]
        places: list[int | None] = []
        if stay.arrival is not None and self.facts.local(stay.arrival.at).date() == day:
            places.append(stay.arrival.site_id)
        places += [s.site_id for s in self.mine(self.planned, self.lanes[n], day)]
        if stay.departure is not None and self.facts.local(stay.departure.at).date() == day:
            places.append(stay.departure.site_id)
        return places

    def drives(self, n: int, day: date) -> int:
        total, previous = 0, None
        for place in self.points(n, day):
            if place is None:
                continue
            if previous is not None:
                total += self.transfer(previous, place)
            previous = place
        return total

    def meal_needs(
        self, n: int, day: date, lo: int, hi: int, left: bool = False
    ) -> list[tuple[Any, int, int]]:
        """The meal rules lane ``n`` still needs room for on ``day`` (none of its fixed items is a meal
        in the window), with their window clipped to when the lane is there. With a plan, only those it
        keeps (a meal item of the lane in the window); with ``left``, only those it left out."""
        rules = self.facts.rules
        fixed = self.mine(self.fixed, self.lanes[n], day)
        planned = self.mine(self.planned, self.lanes[n], day) if self.has_plan else []
        out = []
        for rule in rules.meals():
            w0, w1 = self.facts.stamp(day, rule.start), self.facts.stamp(day, rule.end)
            if any(s.kind in rules.meal_kinds and s.start < w1 and s.end > w0 for s in fixed):
                continue
            a, b = max(w0, lo), min(w1, hi)
            if b - a < rule.minutes * 60:
                continue
            # a meal the plan left out (no room for it) takes no time of the day
            kept = not self.has_plan or any(
                s.kind in rules.meal_kinds and s.start < w1 and s.end > w0 for s in planned
            )
            if kept != left:
                out.append((rule, a, b))
        return out

    def budget(self, n: int, day: date, extra_visits: int, extra_drives: int) -> DayBudget:
        lane = self.lanes[n]
        ws, we, lo, hi = self.open_part(n, day)
        fixed = _union_minutes(((s.start, s.end) for s in self.mine(self.fixed, lane, day)), lo, hi)
        meals = sum(rule.minutes for rule, _, _ in self.meal_needs(n, day, lo, hi))
        left = tuple(
            self.say(f"meal_{rule.name}") for rule, _, _ in self.meal_needs(n, day, lo, hi, left=True)
        )
        before, after = (lo - ws) // 60, (we - hi) // 60
        free = max(0, (hi - lo) // 60 - fixed - meals)
        visits = sum((s.end - s.start) // 60 for s in self.mine(self.planned, lane, day) if self.is_visit(s))
        return DayBudget(
            lane.key,
            self.group(lane),
            day,
            (we - ws) // 60,
            before,
            after,
            fixed,
            meals,
            free,
            visits + extra_visits,
            self.drives(n, day) + extra_drives,
            meals_left=left,
        )

    def sentence(self, b: DayBudget) -> str:
        ws, we = self.facts.window_stamps(b.day)
        text = self.text(
            "budget",
            group=b.group,
            day=self.say.day(b.day),
            needed=b.needed,
            visits=b.visits,
            drives=b.drives,
            free=b.free,
        )
        parts = [
            self.text(key, n=value)
            for key, value in (
                ("part_fixed", b.fixed),
                ("part_meals", b.meals),
                ("part_before", b.before_arrival),
                ("part_after", b.after_departure),
            )
            if value
        ]
        if parts:
            text += self.text(
                "free_parts",
                w0=self.clock(ws),
                w1=self.clock(we),
                window=b.window,
                parts=self.texts["and"].join(parts),
            )
        text += "".join(self.text("meal_left", meal=meal) for meal in b.meals_left)
        if b.short:
            text += self.text("short", short=b.short)
        return text

    # one site ---------------------------------------------------------------------------------------
    def estimate_drive(self, site_id: int | None, n: int, day: date) -> int:
        """The shortest transfer to the site from a place of the lane's day (what it adds at least)."""
        if site_id is None:
            return 0
        found = [self.transfer(p, site_id) for p in self.points(n, day) if p is not None]
        return min(found, default=0)

    def fits(self, spans: Iterable[Span], minutes: int) -> list[Span]:
        """The spans that hold ``minutes`` starting on the grid (the length rounded up to it)."""
        unit = self.grid * 60
        need = -(-minutes // self.grid) * unit
        out = []
        for a, b in spans:
            # the first start on the grid, counted from the host's midnight as the planner does
            midnight = self.facts.stamp(self.facts.local(a).date(), time(0, 0))
            start = midnight + -(-(a - midnight) // unit) * unit
            if start + need <= b:
                out.append((a, b))
        return out

    def block(self, left: _LeftOut) -> SiteBlocked:
        """How far the site gets on each of its candidate group-days, and the sentence of the furthest."""
        best: tuple[int, str, dict[str, object]] = (-1, NEVER_OPEN, {})
        fixed_seen: list[Slot] = []
        calendar = None
        if left.site_id is not None:
            try:
                calendar = self.facts.calendars.get(left.site_id)
            except ValidationError:
                calendar = None
        for n in left.lanes:
            lane = self.lanes[n]
            stay: Stay = self.lane_stays[n]
            for day in left.days:
                stage, details = self.stage(left, n, lane, stay, day, calendar, fixed_seen)
                rank = _STAGES.index(stage)
                if rank > best[0]:
                    best = (rank, stage, details)
        _, stage, details = best
        site = self.say("site", name=self.facts.site_name(left.site_id))
        values: dict[str, object] = {
            "site": site,
            "minutes": left.minutes,
            "hours": self.hours(left.site_id),
            **details,
        }
        if stage == FIXED:
            values["items"] = self.texts["and"].join(self.item(s) for s in fixed_seen[:3])
        key = stage
        if stage == NO_TIME and not values.get("items"):
            key = "no_time_drives"
        why = self.text(key, **values)
        return SiteBlocked(
            left.title,
            left.item_id,
            left.entry_id,
            left.required,
            left.minutes,
            stage,
            why,
            {k: v for k, v in values.items() if k != "site"},
        )

    def stage(
        self,
        left: _LeftOut,
        n: int,
        lane: Lane,
        stay: Stay,
        day: date,
        calendar: Any,
        fixed_seen: list[Slot],
    ) -> tuple[str, dict[str, object]]:
        ws, we = self.facts.window_stamps(day)
        spans = [(ws, we)] if calendar is None else calendar.open_spans_within(ws, we)
        spans = self.fits(spans, left.minutes)
        if not spans:
            return NEVER_OPEN, {}
        group, on = self.group(lane), self.say.day(day)
        lo, hi = ws, we
        arrival, departure = stay.arrival, stay.departure
        if arrival is not None:
            lo = max(lo, arrival.at + self.transfer(arrival.site_id, left.site_id) * 60)
        if departure is not None:
            hi = min(hi, departure.at - self.transfer(left.site_id, departure.site_id) * 60)
        if not self.fits(_cut(spans, [(ws - 1, lo)]), left.minutes):
            assert arrival is not None  # the window alone held the site
            return ARRIVAL, {
                "group": group,
                "at": self.clock(arrival.at),
                "day": self.say.day(self.facts.local(arrival.at).date()),
                "earliest": self.clock(lo) if lo < we else self.say.day(self.facts.local(lo).date()),
            }
        spans = _cut(spans, [(ws - 1, lo), (hi, we + 1)])
        if not self.fits(spans, left.minutes):
            assert departure is not None  # the arrival alone left room
            return DEPARTURE, {
                "group": group,
                "at": self.clock(departure.at),
                "day": self.say.day(self.facts.local(departure.at).date()),
                "latest": self.clock(hi) if hi > ws else self.say.day(self.facts.local(hi).date()),
            }
        fixed = self.mine(self.fixed, lane, day)
        busy = [
            (
                s.start - self.transfer(left.site_id, s.site_id) * 60,
                s.end + self.transfer(s.site_id, left.site_id) * 60,
            )
            for s in fixed
        ]
        gaps = self.fits(_cut(spans, busy), left.minutes)
        if not gaps:
            for s, (b0, b1) in zip(fixed, busy, strict=True):
                if any(b0 < a1 and a0 < b1 for a0, a1 in spans) and s not in fixed_seen:
                    fixed_seen.append(s)
            return FIXED, {"group": group}
        # a meal of the lane that only these gaps can hold takes its length out of them
        _, _, lane_lo, lane_hi = self.open_part(n, day)
        lane_gaps = _cut([(lane_lo, lane_hi)], [(s.start, s.end) for s in fixed])
        meal_block: dict[str, object] = {}
        room = []
        for a, b in gaps:
            length = (b - a) // 60
            for rule, w0, w1 in self.meal_needs(n, day, lane_lo, lane_hi):
                elsewhere = _cut(
                    [(max(g0, w0), min(g1, w1)) for g0, g1 in lane_gaps if g0 < w1 and w0 < g1], [(a, b)]
                )
                if any(g1 - g0 >= rule.minutes * 60 for g0, g1 in elsewhere):
                    continue
                if max(a, w0) < min(b, w1):
                    length -= rule.minutes
                    meal_block = {
                        "group": group,
                        "day": on,
                        "meal": self.say(f"meal_{rule.name}"),
                        "w0": f"{rule.start:%H:%M}",
                        "w1": f"{rule.end:%H:%M}",
                        "length": rule.minutes,
                    }
            if length >= -(-left.minutes // self.grid) * self.grid:
                room.append((a, b))
        if not room:
            return MEAL, meal_block
        takers = [
            s
            for s in self.mine(self.planned, lane, day)
            if self.is_visit(s) and any(s.start < b and a < s.end for a, b in room)
        ]
        items = self.texts["and"].join(self.item(s, with_day=False) for s in takers[:3])
        return NO_TIME, {"group": group, "day": on, "items": items}


def _left_out(
    analysis: _Analysis,
    slots: Sequence[Slot],
    items: Iterable[int],
    entries: Iterable[int],
    to_place: Sequence[EntryToPlace],
    allow_day_moves: bool,
) -> list[_LeftOut]:
    by_id = {s.id: s for s in slots}
    by_entry = {e.id: e for e in to_place}
    days = tuple(analysis.days)
    out = []
    for item_id in items:
        slot = by_id[item_id]
        own = analysis.facts.local(slot.start).date()
        keep = not allow_day_moves and own in days
        lanes = analysis.movable.get(item_id) or _allowed_lanes(slot, analysis.lanes)
        out.append(
            _LeftOut(
                slot.title,
                slot.site_id,
                (slot.end - slot.start + 59) // 60,
                slot.required,
                tuple(lanes),
                (own,) if keep else days,
                item_id=item_id,
            )
        )
    for entry_id in entries:
        entry = by_entry[entry_id]
        out.append(
            _LeftOut(
                entry.title,
                entry.site_id,
                entry.minutes,
                entry.required,
                tuple(_entry_lanes(entry, analysis.lanes)),
                days,
                entry_id=entry_id,
            )
        )
    return out


def explain_infeasibility(
    slots: Sequence[Slot],
    facts: VisitFacts,
    *,
    left_items: Iterable[int] = (),
    left_entries: Iterable[int] = (),
    planned: Sequence[Slot] | None = None,
    to_place: Sequence[EntryToPlace] = (),
    allow_day_moves: bool = False,
    grid: int | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Infeasibility:
    """Why the sites left out do not fit: each group's budget per day and what blocks each site.

    ``slots`` are the visit's items as they are, ``left_items`` the ids of the site visits the plan
    leaves out and ``left_entries`` those of the sites from the list (``to_place``) it cannot place;
    ``planned`` the items as the plan would leave them (``proposal.apply_to_slots``; without it, the
    fixed items alone). Items keep their day unless ``allow_day_moves``, as in the plan. Sentences are
    in ``language`` (en, ru, kk).
    """
    left_items = list(left_items)
    if planned is not None:
        # an item left out is not where it was: only what the plan keeps takes time
        gone = set(left_items)
        planned = [s for s in planned if s.id not in gone]
    analysis = _Analysis(slots, facts, planned, facts.rules.grid if grid is None else grid, language)
    left = _left_out(analysis, slots, left_items, left_entries, to_place, allow_day_moves)
    extra: dict[tuple[int, date], list[int]] = {}
    floating = floating_drives = 0
    for site in left:
        candidates = [(n, day) for n in site.lanes for day in site.days if _there(analysis, n, day)]
        if len(candidates) == 1:
            n, day = candidates[0]
            found = extra.setdefault((n, day), [0, 0])
            found[0] += site.minutes
            found[1] += analysis.estimate_drive(site.site_id, n, day)
        else:
            floating += site.minutes
            floating_drives += min(
                (analysis.estimate_drive(site.site_id, n, day) for n, day in candidates), default=0
            )
    days = []
    for n in range(len(analysis.lanes)):
        for day in analysis.days:
            visits, drives = extra.get((n, day), (0, 0))
            b = analysis.budget(n, day, visits, drives)
            days.append(_with_sentence(b, analysis.sentence(b)))
    needed = sum(b.needed for b in days) + floating + floating_drives
    free = sum(b.free for b in days)
    key = "total_short" if needed > free else "total_split"
    summary = analysis.text(key, needed=needed, free=free, short=needed - free)
    if floating:
        summary += analysis.text("floating", minutes=floating + floating_drives)
    sites = tuple(analysis.block(site) for site in left)
    return Infeasibility(tuple(days), sites, needed, free, floating + floating_drives, summary)


def _there(analysis: _Analysis, n: int, day: date) -> bool:
    _, _, lo, hi = analysis.open_part(n, day)
    return hi > lo


def _with_sentence(b: DayBudget, sentence: str) -> DayBudget:
    return replace(b, sentence=sentence)


__all__ = ["DayBudget", "Infeasibility", "SiteBlocked", "explain_infeasibility"]
