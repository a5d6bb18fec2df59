"""The guests' time on paper: whether a visit needs it.

A delegation lives by its home clock; where that clock differs from the host's, the programme, the
agendas and the personal itineraries give each item's time in both zones. Two zones "differ" when their
UTC offsets differ on some day of the visit: Europe/Samara and Europe/Astrakhan have different names and
the same clock, and a programme that gave the same time twice would only be noise.

This module imports neither ReportLab nor Babel, so the Print page and the command line may ask
:func:`zones_differ` cheaply; the words and the time cell are in :mod:`planner.documents.common`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# a visit longer than this is compared on its first days only: offsets change twice a year at most
_DAYS_COMPARED = 400


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zones_differ(host_timezone: str, guest_timezone: str, start: date, end: date) -> bool:
    """True when the guests' clock differs from the host's on some day from ``start`` to ``end``
    (compared by UTC offset at noon, not by name); False when either zone is unknown or empty."""
    host, guest = _zone(host_timezone), _zone(guest_timezone)
    if host is None or guest is None:
        return False
    days = min((end - start).days, _DAYS_COMPARED) + 1
    for n in range(max(days, 1)):
        noon = datetime.combine(start + timedelta(days=n), time(12), tzinfo=host)
        if noon.utcoffset() != noon.astimezone(guest).utcoffset():
            return True
    return False


def guest_zone(
    host_timezone: str, guest_timezone: str, start: date, end: date, *, wanted: bool = True
) -> ZoneInfo | None:
    """The guests' zone when their time is to be printed (``wanted`` and the zones differ), else None."""
    if not wanted or not zones_differ(host_timezone, guest_timezone, start, end):
        return None
    return _zone(guest_timezone)
