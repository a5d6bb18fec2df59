"""Time zones as a person reads them: the zone's city in a language, with its offset from UTC.

The IANA name (``Asia/Atyrau``) is what is stored and what the zone picker searches; a screen or a printed
page names the zone by its city in the language it is in (``Атырау (UTC+05:00)``), the city from CLDR
(through Babel; read from a table made from it, ``resources/zones/zone_cities.json``, so that start-up
need not load Babel), the same source the zone picker names cities from. A zone whose city CLDR does not name
in that language (it would answer the English or the IANA spelling) is shown by its offset alone
(``UTC+02:00``), so a Kazakh or Russian page carries no English word.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.kinds import Language
from planner.domain.vocabulary import LANGUAGES

# the cities of every zone tzdata knows, worked out from CLDR (through Babel) by
# ``scripts/make_zone_cities.py``: read at start-up instead of loading Babel and three locales' data for
# the status bar's one zone (a test holds the table to Babel's answers)
ZONE_CITIES = Path(__file__).resolve().parents[2] / "resources" / "zones" / "zone_cities.json"


@cache
def _stored_cities() -> dict[str, dict[str, str]]:
    try:
        found = json.loads(ZONE_CITIES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


@cache
def zone_cities(name: str) -> dict[str, str]:
    """The zone's city in Russian, Kazakh and English where CLDR names it in that language (none for UTC
    and the like): from the stored table, or from CLDR for a zone the table does not hold."""
    stored = _stored_cities().get(name)
    return dict(stored) if stored is not None else cldr_zone_cities(name)


def cldr_zone_cities(name: str) -> dict[str, str]:
    """The zone's city in Russian, Kazakh and English as CLDR names it (through Babel), where it names it
    in that language. A Russian or Kazakh city spelled as in English (Babel's answer for a city it has no
    name for, ``Kyiv``) is left out."""
    from babel.dates import get_timezone_location

    cities: dict[str, str] = {}
    for language in LANGUAGES:
        try:
            city = get_timezone_location(name, locale=language.value, return_city=True)
        except (LookupError, ValueError):  # a zone CLDR does not know: searched by its IANA name only
            continue
        if city and city != name and "/" not in city:
            cities[language.value] = city
    english = cities.get(Language.EN.value)
    for code in (Language.RU.value, Language.KK.value):
        if english and cities.get(code) == english and english.isascii():
            del cities[code]
    return cities


def zone_city(name: str, lang: str) -> str:
    """The zone's city in ``lang`` (``Атырау``), or "" when CLDR names none in it."""
    return zone_cities(name).get(lang, "")


def zone_offset(name: str, on: date | None = None) -> str:
    """The zone's offset from UTC at noon on ``on`` (today if not given): ``UTC+05:00``, ``UTC−03:30``."""
    moment = datetime.combine(on or date.today(), time(12, 0), ZoneInfo(name))
    minutes = int((moment.utcoffset() or timedelta(0)).total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_text(name: str, lang: str, on: date | None = None) -> str:
    """The zone as a person reads it in ``lang``: ``Атырау (UTC+05:00)``; its offset alone where the
    language names no city (``UTC+02:00``); ``UTC`` for UTC. A name no longer known is shown as stored."""
    try:
        offset = zone_offset(name, on)
    except (ZoneInfoNotFoundError, ValueError):
        return name
    city = zone_city(name, lang)
    if city:
        return f"{city} ({offset})"
    return "UTC" if offset == "UTC+00:00" and name in ("UTC", "Etc/UTC") else offset
