"""Cell values of an imported list: each parser turns what people type into the stored value.

A parser raises ``CellError`` with the reason shown to the user, next to the row and column.
The spellings accepted are documented in ``docs/import-columns.md``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from planner.domain.kinds import Language, Side, TravelMode
from planner.domain.opening_hours_text import normalise_opening_hours as normalise_opening_hours
from planner.interchange.input_limits import text_problem

# a delegation of any size fits; a larger rank overflowed the database and the solver
MAX_RANK = 100_000


class CellError(ValueError):
    """A cell value that cannot be used; the message is the reason shown to the user."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    # line breaks inside a quoted field are kept; runs of spaces are not meaningful
    text = "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in str(value).splitlines()).strip()
    problem = text_problem(text)
    if problem:
        raise CellError(f"the cell {problem}")
    return text


def text_cell(value: Any) -> str:
    """Text as written, spaces tidied."""
    return _text(value)


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"{value!r} is not a number")
    if isinstance(value, int | float):
        return float(value)
    cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("°")
    try:
        return float(cleaned)
    except ValueError:
        raise CellError(
            f"{str(value).strip()!r} is not a number (write decimal degrees like 47.1167)"
        ) from None


def latitude_cell(value: Any) -> float | None:
    """Decimal degrees between -90 and 90, dot or comma as the decimal separator."""
    number = _number(value)
    if number is not None and not -90 <= number <= 90:
        raise CellError(f"latitude {number:g} is outside -90…90 (is it swapped with the longitude?)")
    return number


def longitude_cell(value: Any) -> float | None:
    """Decimal degrees between -180 and 180, dot or comma as the decimal separator."""
    number = _number(value)
    if number is not None and not -180 <= number <= 180:
        raise CellError(f"longitude {number:g} is outside -180…180")
    return number


def coordinates_cell(value: Any) -> tuple[float, float] | None:
    """ "lat, lon" or "lat; lon" in one cell (as copied from a map)."""
    text = _text(value)
    if not text:
        return None
    parts = re.split(r"\s*[;/]\s*|\s*,\s+|\s+", text)
    if len(parts) != 2:
        raise CellError(f"{text!r} is not 'latitude, longitude' (for example 47.1167, 51.8833)")
    lat, lon = latitude_cell(parts[0]), longitude_cell(parts[1])
    if lat is None or lon is None:
        raise CellError(f"{text!r} is not 'latitude, longitude' (for example 47.1167, 51.8833)")
    return lat, lon


_HOURS_CACHE: dict[str, str | CellError] = {}


def opening_hours_cell(value: Any) -> str:
    """Opening hours in OSM syntax (Russian, Kazakh or English day names accepted); empty means not known.

    Read by the same reader as the site editor's (``read_opening_hours``).
    """
    from planner.scheduling.opening_hours import OpeningHoursError, read_opening_hours

    text = _text(value)
    if not text:
        return ""
    cached = _HOURS_CACHE.get(text)
    if cached is None:
        try:
            cached = read_opening_hours(text)
        except OpeningHoursError as exc:
            cached = CellError(exc.problems[0].reason)
        if len(_HOURS_CACHE) < 10_000:
            _HOURS_CACHE[text] = cached
    if isinstance(cached, CellError):
        raise cached
    return cached


def minutes_cell(value: Any) -> int | None:
    """A duration in minutes: 45, "45", "1:30", "1 ч 30 мин", or an Excel time cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    # always a float: int.is_integer exists only from Python 3.12, and the check below needs it
    minutes: float
    if isinstance(value, int | float) and not isinstance(value, bool):
        minutes = float(value)
    else:
        text = str(value).strip().lower()
        hm = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
        words = re.fullmatch(r"(?:(\d+)\s*(?:ч|час|часа|часов|h)\.?)?\s*(?:(\d+)\s*(?:мин|min|m)\.?)?", text)
        if hm:
            minutes = float(int(hm.group(1)) * 60 + int(hm.group(2)))
        elif words and (words.group(1) or words.group(2)):
            minutes = float(int(words.group(1) or 0) * 60 + int(words.group(2) or 0))
        else:
            try:
                minutes = float(text.replace(",", "."))
            except ValueError:
                raise CellError(
                    f"{str(value).strip()!r} is not a duration (write minutes, e.g. 45)"
                ) from None
    if not minutes.is_integer() or not 1 <= minutes <= 24 * 60:
        raise CellError(f"{value!r} is not a duration between 1 and 1440 whole minutes")
    return int(minutes)


def rank_cell(value: Any) -> int | None:
    """A protocol rank: a whole number from 1 (the head)."""
    number = _number(value) if not isinstance(value, str) else None
    if isinstance(value, str) and value.strip():
        try:
            number = float(value.strip().rstrip("."))
        except ValueError:
            raise CellError(f"{value.strip()!r} is not a rank (a whole number, 1 = head)") from None
    if number is None:
        return None
    if not number.is_integer() or number < 1:
        raise CellError(f"{value!r} is not a rank (a whole number, 1 = head)")
    if number > MAX_RANK:
        raise CellError(f"rank {str(value).strip()[:20]!r} is too large (at most {MAX_RANK:,})")
    return int(number)


def id_cell(value: Any) -> int | None:
    """A record's id as the exported list gives it: a whole number from 1; empty means a new record."""
    text = _text(value)
    if not text:
        return None
    number = _number(value) if not isinstance(value, str) else None
    if isinstance(value, str):
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is None or not number.is_integer() or number < 1:
        raise CellError(f"{text!r} is not an id (the number from the exported list; empty for someone new)")
    return int(number)


_SIDES = {
    "guest": Side.GUEST,
    "guests": Side.GUEST,
    "гость": Side.GUEST,
    "гости": Side.GUEST,
    "делегация": Side.GUEST,
    "гостевая": Side.GUEST,
    "host": Side.HOST,
    "hosts": Side.HOST,
    "принимающая": Side.HOST,
    "принимающая сторона": Side.HOST,
    "хозяин": Side.HOST,
    "хозяева": Side.HOST,
    "host side": Side.HOST,
    "guest side": Side.GUEST,
}


_TRAVEL_MODES = {
    **{m.value: m for m in TravelMode},
    "plane": TravelMode.FLIGHT,
    "air": TravelMode.FLIGHT,
    "самолет": TravelMode.FLIGHT,
    "авиа": TravelMode.FLIGHT,
    "рейс": TravelMode.FLIGHT,
    "ұшақ": TravelMode.FLIGHT,
    "поезд": TravelMode.TRAIN,
    "пойыз": TravelMode.TRAIN,
    "жд": TravelMode.TRAIN,
    "автомобиль": TravelMode.CAR,
    "авто": TravelMode.CAR,
    "машина": TravelMode.CAR,
    "автокөлік": TravelMode.CAR,
    "другое": TravelMode.OTHER,
    "басқа": TravelMode.OTHER,
}


def travel_mode_cell(value: Any) -> str | None:
    """flight, train, car or other (Russian and Kazakh words accepted)."""
    text = _text(value).lower().replace("ё", "е")
    if not text:
        return None
    mode = _TRAVEL_MODES.get(text)
    if mode is None:
        raise CellError(f"{_text(value)!r} is not a way to travel; write flight, train, car or other")
    return mode.value


def side_cell(value: Any) -> str | None:
    """guest or host (Russian words accepted)."""
    text = _text(value).lower()
    if not text:
        return None
    side = _SIDES.get(text)
    if side is None:
        raise CellError(f"{_text(value)!r} is not a side; write guest or host (гость / принимающая)")
    return side.value


def languages_cell(value: Any) -> list[str]:
    """Language codes separated by commas or spaces ("ru, kk"); Russian names accepted."""
    names = {
        "русский": Language.RU,
        "казахский": Language.KK,
        "английский": Language.EN,
        "рус": Language.RU,
        "каз": Language.KK,
        "англ": Language.EN,
    }
    found = []
    for part in re.split(r"[,;/\s]+", _text(value).lower()):
        if not part:
            continue
        code = names.get(part, part)
        if not re.fullmatch(r"[a-z]{2,3}", code):
            raise CellError(f"{part!r} is not a language code (write ru, kk, en)")
        found.append(str(code))  # the stored code, not the enumeration member
    return found


def email_cell(value: Any) -> str:
    """An e-mail address, checked only for the shape name@domain."""
    text = _text(value)
    if text and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise CellError(f"{text!r} is not an e-mail address")
    return text
