"""Time-zone helpers: every instant is aware; storage is UTC, display is in a named zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ValidationError


def zone(name: str) -> ZoneInfo:
    """Return the IANA zone ``name`` or raise a ValidationError naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"unknown time zone {name!r} (use an IANA name such as Asia/Atyrau)") from exc


def to_utc(moment: datetime) -> datetime:
    """Convert an aware datetime to UTC; refuse naive ones because their zone is unknown."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(f"time {moment.isoformat()} has no time zone")
    return moment.astimezone(UTC)


def local_instant(day: date, at: time, tz_name: str) -> datetime:
    """The aware instant of wall-clock ``at`` on ``day`` in zone ``tz_name``."""
    return datetime.combine(day, at, tzinfo=zone(tz_name))


def day_bounds(day: date, tz_name: str) -> tuple[datetime, datetime]:
    """UTC start and end of a local calendar day in ``tz_name``."""
    start = local_instant(day, time(0, 0), tz_name)
    end = local_instant(day + timedelta(days=1), time(0, 0), tz_name)
    return start.astimezone(UTC), end.astimezone(UTC)


def parse_hhmm(text: str) -> time:
    """Parse a 24-hour ``HH:MM`` wall-clock time with a clear error."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError, OverflowError) as exc:
        raise ValidationError(f"{text!r} is not a time of day in HH:MM form") from exc
