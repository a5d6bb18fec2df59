"""Dates and times written the way readers of each language write them (Babel month names).

Babel's CLDR patterns for Kazakh put the year first ("2023 ж. 12 мамыр") and US English puts the month
first; official paper in Kazakhstan and Russia writes "12 мамыр 2023 ж." and "12 мая 2023 г.", and our
English follows British usage ("12 May 2023"). So the patterns are ours; Babel supplies the month and
weekday names in the right grammatical form.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_date

from planner.domain.kinds import Language

_LOCALE: dict[str, str] = {Language.RU: "ru", Language.KK: "kk", Language.EN: "en_GB"}
_YEAR_MARK: dict[str, str] = {Language.RU: " 'г'.", Language.KK: " 'ж'.", Language.EN: ""}


def _locale(lang: str) -> str:
    return _LOCALE.get(lang, _LOCALE[Language.RU])


@cache
def _pattern(lang: str, with_year: bool) -> str:
    return "d MMMM" + (" y" + _YEAR_MARK.get(lang, "") if with_year else "")


def long_date(day: date, lang: str) -> str:
    """'12 мая 2023 г.', '12 мамыр 2023 ж.', '12 May 2023'."""
    return _babel_date(day, _pattern(lang, True), locale=_locale(lang))


def day_month(day: date, lang: str) -> str:
    """The day and month without the year: '12 мая', '12 мамыр', '12 May'."""
    return _babel_date(day, _pattern(lang, False), locale=_locale(lang))


def day_heading(day: date, lang: str) -> str:
    """The date with its weekday, as a day's heading: 'пятница, 12 мая 2023 г.'."""
    weekday = _babel_date(day, "EEEE", locale=_locale(lang))
    return f"{weekday}, {long_date(day, lang)}"


def date_range(start: date, end: date, lang: str) -> str:
    """'11–12 мая 2023 г.', '30 мая – 2 июня 2023 г.', '30 Dec 2023 – 2 Jan 2024' written in full."""
    if start == end:
        return long_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end, lang)}"
    if start.year == end.year:
        return f"{day_month(start, lang)} – {long_date(end, lang)}"
    return f"{long_date(start, lang)} – {long_date(end, lang)}"


def short_date(day: date | None) -> str:
    """'12.05.2023' (the numeric form all three languages use on official paper); '' for no date."""
    return f"{day:%d.%m.%Y}" if day else ""


def clock(moment: datetime, tz: tzinfo) -> str:
    """24-hour wall-clock time in ``tz``: '09:05'."""
    return f"{moment.astimezone(tz):%H:%M}"


def time_span(start: datetime, end: datetime, tz: tzinfo) -> str:
    """'09:00–10:30' in ``tz``; an end on a later day is marked '(+1)'."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    extra = (local_end.date() - local_start.date()).days
    suffix = f" (+{extra})" if extra > 0 else ""
    return f"{local_start:%H:%M}–{local_end:%H:%M}{suffix}"


def utc_offset(day: date, tz: tzinfo) -> str:
    """The zone's offset on ``day`` as '+05:00'."""
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=tz).strftime("%z")
    return f"{offset[:3]}:{offset[3:]}"


def plural_form(n: int, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` ('one', 'few', 'many', 'other'): Russian says
    1 пункт, 2 пункта, 5 пунктов, 21 пункт; Kazakh keeps the noun singular after a number."""
    return str(Locale.parse(_locale(lang)).plural_form(n))
