"""Opening hours in OpenStreetMap ``opening_hours`` syntax, evaluated in the host's time zone.

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

EXAMPLE = "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off"
ALWAYS = "24/7"

Span = tuple[int, int]  # [start, end) in epoch seconds


def _explain(text: str, exc: Exception) -> str:
    raw = str(exc)
    where = re.search(r"--> \d+:(\d+)", raw)
    expected = re.search(r"= (.+)", raw)
    detail = ""
    if where:
        hint = f": {expected.group(1).strip()}" if expected and "unknown" not in expected.group(1) else ""
        detail = f" (problem at character {where.group(1)}{hint})"
    return f"{text!r} is not valid opening hours{detail}; write them like {EXAMPLE!r}"


@lru_cache(maxsize=4096)
def _parse(text: str) -> Any:
    import opening_hours

    return opening_hours.OpeningHours(text)


def parse_opening_hours(text: str | None, where: str = "opening_hours") -> Any | None:
    """Parse an opening-hours string; None for an empty one (always open).

    Raises ValidationError with the position of the problem and an example of the expected form.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    try:
        return _parse(cleaned)
    except Exception as exc:  # the library raises its own ParserError (and SyntaxError in older versions)
        raise ValidationError(Problem(where, _explain(cleaned, exc))) from exc


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
