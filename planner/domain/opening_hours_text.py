"""Opening hours as people write and read them, in Russian, Kazakh and English, and the stored form.

Hours are stored in OpenStreetMap ``opening_hours`` syntax (``Mo-Fr 09:00-18:00; Su off``); the engine reads
that form (:mod:`planner.scheduling.opening_hours`). People type ``Пн-Пт 9:00-18:00``, ``Дс-Жм 9:00-18:00`` or
``Mon-Fri 9.00-18.00``: :func:`normalise_opening_hours` turns each into the stored form, and
:func:`describe_opening_hours` writes the stored form back in words of one language, hours in two digits
like every time the planner shows ("9:00" stored is shown "09:00"), in a form that normalises to the same
hours again (so an editor can show it and take it back).
This module only rewrites text; whether the hours make sense is the parser's business.
"""

from __future__ import annotations

import re

from planner.domain.kinds import Language
from planner.domain.vocabulary import language_or_fallback

OSM_DAYS: tuple[str, ...] = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
# each language's short day names, Monday first, as shown
DAY_NAMES: dict[Language, tuple[str, ...]] = {
    Language.RU: ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    Language.KK: ("Дс", "Сс", "Ср", "Бс", "Жм", "Сб", "Жс"),
    Language.EN: ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
# other spellings typed for each day (the whole word, any case), Monday first
_MORE_DAY_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("понедельник", "дүйсенбі", "monday", "mo"),
    ("вторник", "сейсенбі", "tuesday", "tu"),
    ("среда", "сәрсенбі", "сә", "wednesday", "we"),
    ("четверг", "бейсенбі", "thursday", "th"),
    ("пятница", "жұма", "friday", "fr"),
    ("суббота", "сенбі", "saturday", "sa"),
    ("воскресенье", "жексенбі", "sunday", "su"),
)
# words for "closed", "every day", "always" and "public holidays", as shown
CLOSED: dict[Language, str] = {Language.RU: "выходной", Language.KK: "демалыс", Language.EN: "closed"}
ALWAYS: dict[Language, str] = {Language.RU: "круглосуточно", Language.KK: "тәулік бойы", Language.EN: "24/7"}
HOLIDAYS: dict[Language, str] = {Language.RU: "праздники", Language.KK: "мерекелер", Language.EN: "holidays"}
_WORDS: dict[str, str] = {
    "круглосуточно": "24/7",
    "тәулік бойы": "24/7",
    "ежедневно": "Mo-Su",
    "күн сайын": "Mo-Su",
    "every day": "Mo-Su",
    "daily": "Mo-Su",
    "выходные": "off",
    "выходной": "off",
    "закрыто": "off",
    "демалыс": "off",
    "жабық": "off",
    "closed": "off",
    "праздники": "PH",
    "мерекелер": "PH",
    "holidays": "PH",
}

_DAY_OF: dict[str, str] = {}
for _n, _osm in enumerate(OSM_DAYS):
    for _names in DAY_NAMES.values():
        _DAY_OF[_names[_n].lower()] = _osm
    for _spelling in _MORE_DAY_SPELLINGS[_n]:
        _DAY_OF[_spelling] = _osm
# longest first, so "сәрсенбі" is not read as "сә" followed by letters
_DAY_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _DAY_OF), key=len, reverse=True)) + r")\.?(?!\w)",
    re.IGNORECASE,
)
_WORD_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)

EXAMPLE = "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off"


def normalise_opening_hours(text: str) -> str:
    """Opening hours typed in Russian, Kazakh or English day names, in the stored (OSM) spelling.

    "Пн-Пт 9:00–18:00, Сб выходной", "Дс-Жм 9.00-18.00" and "Mon-Fri 09:00-18:00" become
    "Mo-Fr 9:00-18:00; Sa off" and the like; text already in the stored spelling stays as it is.
    """
    result = text.strip().replace("–", "-").replace("—", "-")
    result = _WORD_PATTERN.sub(lambda m: _WORDS[m.group(1).lower()], result)
    result = _DAY_PATTERN.sub(lambda m: _DAY_OF[m.group(1).lower()], result)
    # "9:00" is accepted by the syntax, but "9.00" is a common spelling of it
    result = re.sub(r"\b(\d{1,2})\.(\d{2})\b", r"\1:\2", result)
    # "Mo-Fr 09:00-18:00, Sa off": a comma before a new day range starts a new rule
    result = re.sub(r",\s*(?=(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b)", "; ", result)
    return result


_ONE_DIGIT_HOUR = re.compile(r"(?<![\d:.])(\d:\d\d)\b")
_OSM_TOKEN = re.compile(r"\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|off|closed)\b|24/7")


def describe_opening_hours(text: str, lang: str | None) -> str:
    """Stored opening hours in words of ``lang``: "Пн–Пт 09:00–18:00; Вс выходной", "круглосуточно".

    An empty text stays empty; a part the words do not cover (week numbers, months) is kept as stored.
    """
    language = language_or_fallback(lang)
    cleaned = (text or "").strip()
    if not cleaned:
        return ""

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "24/7":
            return ALWAYS[language]
        if token in ("off", "closed"):
            return CLOSED[language]
        if token == "PH":
            return HOLIDAYS[language]
        return DAY_NAMES[language][OSM_DAYS.index(token)]

    # "9:00" is stored as typed; shown as "09:00", like every other time the planner prints
    padded = _ONE_DIGIT_HOUR.sub(r"0\1", _OSM_TOKEN.sub(word, cleaned))
    return padded.replace("-", "–")
