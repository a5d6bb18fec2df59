"""Opening hours in OpenStreetMap ``opening_hours`` syntax: read, checked, and evaluated in the host's zone.

Hours typed in Russian, Kazakh or English day names are read by :func:`read_opening_hours`, the one reader
the site editor and the list import share.

An empty string means "no hours known": the site is treated as always open. The ``unknown`` state of
the syntax is treated as open too, because staff confirm such sites with the contact person.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain.errors import Problem, ValidationError
from planner.domain.opening_hours_text import EXAMPLE, normalise_opening_hours

ALWAYS = "24/7"

__all__ = [
    "ALWAYS",
    "EXAMPLE",
    "OpeningCalendar",
    "OpeningHoursError",
    "is_open_between",
    "parse_opening_hours",
    "read_opening_hours",
]

Span = tuple[int, int]  # [start, end) in epoch seconds


class OpeningHoursError(ValidationError):
    """Opening hours that cannot be read: the text, and the part of it where reading stopped."""

    def __init__(self, where: str, text: str, fragment: str) -> None:
        self.text = text
        self.fragment = fragment
        super().__init__(Problem(where, _plain_reason(text, fragment)))


def _plain_reason(text: str, fragment: str) -> str:
    near = f" (the problem starts at {fragment!r})" if fragment and fragment != text else ""
    return f"{text!r} is not valid opening hours{near}; write them like {EXAMPLE!r}"


def _fragment(text: str, exc: Exception) -> str:
    # the library names the character where it stopped ("--> 1:7") and a list of grammar rules it
    # expected ("expected EOI, any_rule_separator"), which no reader understands: keep only the place
    where = re.search(r"--> \d+:(\d+)", str(exc))
    if not where:
        return ""
    rest = text[int(where.group(1)) - 1 :]
    return rest if len(rest) <= 20 else rest[:19] + "…"


@lru_cache(maxsize=4096)
def _parse(text: str) -> Any:
    import opening_hours

    return opening_hours.OpeningHours(text)


def parse_opening_hours(text: str | None, where: str = "opening_hours") -> Any | None:
    """Parse an opening-hours string in the stored (OSM) syntax; None for an empty one (always open).

    Raises OpeningHoursError (a ValidationError) saying in words where the problem is, with an example.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        return _parse(cleaned)
    except Exception as exc:  # the library raises its own ParserError (and SyntaxError in older versions)
        raise OpeningHoursError(where, cleaned, _fragment(cleaned, exc)) from exc


def read_opening_hours(text: str | None, where: str = "opening_hours") -> str:
    """Opening hours as typed (Russian, Kazakh or English day names) in the stored syntax, checked.

    The one reader of typed hours, shared by the site editor and the list import. Raises
    OpeningHoursError for hours that cannot be read (the message quotes what was typed).
    """
    typed = (text or "").strip()
    normal = normalise_opening_hours(typed)
    try:
        parse_opening_hours(normal, where)
    except OpeningHoursError as exc:
        raise OpeningHoursError(where, typed, _typed_fragment(typed, normal, exc.fragment)) from None
    return normal


def _typed_fragment(typed: str, normal: str, fragment: str) -> str:
    # the problem's place in the stored spelling, shown in what was typed when the end lines up
    if not fragment or typed == normal:
        return fragment
    tail = fragment.rstrip("…")
    return typed[len(typed) - len(tail) :] if normal.endswith(tail) and len(typed) >= len(tail) else fragment


class OpeningCalendar:
    """When one site is open, as epoch-second spans, computed once per local day and cached."""

    def __init__(self, text: str | None, tz: ZoneInfo, where: str = "opening_hours") -> None:
        self.text = (text or "").strip()
        self.tz = tz
        self._hours = parse_opening_hours(self.text, where)
        self._days: dict[date, list[Span]] = {}
        self._two_days: dict[date, list[Span]] = {}

    @property
    def always_open(self) -> bool:
        """True when no hours are known (an empty string)."""
        return self._hours is None

    def _stamp(self, local: datetime) -> int:
        return int(local.replace(tzinfo=self.tz).timestamp())

    def day_spans(self, day: date) -> list[Span]:
        """Open spans that fall within one local calendar day."""
        found = self._days.get(day)
        if found is not None:
            return found
        start = datetime.combine(day, time(0, 0))
        end = start + timedelta(days=1)
        if self._hours is None:
            spans = [(self._stamp(start), self._stamp(end))]
        else:
            import opening_hours

            closed = opening_hours.State.CLOSED
            spans = [
                (self._stamp(a), self._stamp(b))
                for a, b, state, _ in self._hours.intervals(start, end)
                if state != closed and b > a
            ]
        self._days[day] = spans
        return spans

    def prefetch(self, first: date, last: date) -> None:
        """Work out the open spans of local days ``first`` to ``last`` in one pass (what ``day_spans``
        gives, day by day): a check over a long visit asks for every day, and one call of the library
        over the range is about seven times faster than one per day."""
        if self._hours is None or last < first:
            return
        import opening_hours

        closed = opening_hours.State.CLOSED
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        found: dict[date, list[Span]] = {day: [] for day in days}
        start = datetime.combine(first, time(0, 0))
        end = datetime.combine(last + timedelta(days=1), time(0, 0))
        for a, b, state, _ in self._hours.intervals(start, end):
            # an open stretch past midnight belongs to both days, as day_spans would cut it
            while state != closed and a < b:
                cut = min(b, datetime.combine(a.date() + timedelta(days=1), time(0, 0)))
                found[a.date()].append((self._stamp(a), self._stamp(cut)))
                a = cut
        for day, spans in found.items():
            self._days.setdefault(day, spans)

    def spans(self, first: date, last: date) -> list[Span]:
        """Open spans from local day ``first`` to ``last`` inclusive; spans touching at midnight merge."""
        merged: list[Span] = []
        day = first
        while day <= last:
            for a, b in self.day_spans(day):
                if merged and merged[-1][1] >= a:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], b))
                else:
                    merged.append((a, b))
            day += timedelta(days=1)
        return merged

    def local_day(self, stamp: int) -> date:
        """The local date of an epoch-second instant."""
        return datetime.fromtimestamp(stamp, self.tz).date()

    def two_day_spans(self, day: date) -> list[Span]:
        """Open spans of local day ``day`` and the next (what ``is_open`` looks at first), cached."""
        spans = self._two_days.get(day)
        if spans is None:
            spans = self._two_days[day] = self.spans(day, day + timedelta(days=1))
        return spans

    def is_open(self, start: int, end: int, day: date | None = None) -> bool:
        """Whether the site is open for the whole interval [start, end) (epoch seconds).

        ``day`` is the local date of ``start`` when the caller already knows it (saves a conversion).
        """
        if self._hours is None:
            return True
        first = day or self.local_day(start)
        spans = self.two_day_spans(first)
        if spans and end > spans[-1][1]:
            # longer than the two days cached: work it out in full
            spans = self.spans(first, self.local_day(end - 1))
        for a, b in spans:
            if a <= start:
                if end <= b:
                    return True
            else:
                break
        return False

    def open_spans_within(self, start: int, end: int) -> list[Span]:
        """The open spans clipped to [start, end)."""
        first = self.local_day(start)
        last = self.local_day(max(start, end - 1))
        return [(max(a, start), min(b, end)) for a, b in self.spans(first, last) if b > start and a < end]


def is_open_between(text: str | None, start: datetime, end: datetime, tz_name: str) -> bool:
    """Whether a site with these hours is open for the whole of [start, end) in zone ``tz_name``."""
    calendar = OpeningCalendar(text, ZoneInfo(tz_name))
    return calendar.is_open(int(start.timestamp()), int(end.timestamp()))
