"""Recurring blocks (a daily 08:00 breakfast, an evening briefing) defined once by an iCalendar RRULE
and expanded into concrete instants over the days of a visit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from planner.domain.errors import Problem, ValidationError
from planner.domain.timeutil import zone


@dataclass(frozen=True)
class RecurringBlock:
    """A block that repeats: what it is, when it starts each time (host wall clock) and how long it is."""

    title: str
    kind: str
    rule: str
    starts: time
    minutes: int
    site_id: int | None = None
    location: str = ""
    group_ids: tuple[int, ...] = field(default_factory=tuple)
    attendee_ids: tuple[int, ...] = field(default_factory=tuple)
    pinned: bool = True


def expand(
    block: RecurringBlock, first_day: date, last_day: date, tz_name: str
) -> list[tuple[datetime, datetime]]:
    """UTC (start, end) of each occurrence of ``block`` from ``first_day`` to ``last_day`` inclusive.

    The rule is read with python-dateutil (``FREQ=DAILY``, ``FREQ=WEEKLY;BYDAY=MO,WE``, ``RRULE:`` prefix
    optional); a rule that does not parse, or a non-positive length, is a ValidationError.
    """
    from dateutil.rrule import rrulestr

    if block.minutes <= 0:
        raise ValidationError(
            Problem("minutes", f"a recurring block must last at least 1 minute ({block.title})")
        )
    tz = zone(tz_name)
    dtstart = datetime.combine(first_day, block.starts)
    text = block.rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        rule = rrulestr(text, dtstart=dtstart)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            Problem("rule", f"{block.rule!r} is not a recurrence rule ({exc}); write e.g. 'FREQ=DAILY'")
        ) from exc
    until = datetime.combine(last_day, time(23, 59, 59))
    out = []
    for local in rule.between(dtstart, until, inc=True):
        start = local.replace(tzinfo=tz).astimezone(UTC)
        out.append((start, start + timedelta(minutes=block.minutes)))
    return out
