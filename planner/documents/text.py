"""User text made safe for ReportLab's paragraph markup.

``Paragraph`` parses its text as markup: ``A<B`` raises, ``&copy`` becomes ©, a newline collapses into a
space. Every piece of user text passes through :func:`markup` before it reaches a paragraph, so names
like ``Tom & "Jerry" <Ltd>`` print exactly as typed and line breaks are kept.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls other than tab and newline, DEL and C1 controls: invisible, and some break the PDF text
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


NBSP = "\xa0"
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LETTER = r"[^\W\d_]"
_INITIAL = f"[{_UPPER}]\\."
# short abbreviations that belong to the word or number after them (г. Атырау, ул. Абая, д. 5, № 3)
_BEFORE = (
    "г|ул|д|пр|просп|пер|пл|обл|р|пос|с|мкр|ст|им|тел|каб|корп|стр|кв|оф|км|"  # Russian
    "к|көш|даң|ауд|ауыл|"  # Kazakh (к. = көшесі, ahead of the name, as Russian writes it)
    "No|St|Mt|Dr|Mr|Mrs|Ms|tel|Tel|Rm|Bldg"  # English
)
# abbreviations written after the name they belong to (Атырау қ., Абай даңғ., 2023 ж.)
_AFTER = "қ|даңғ|көш|ауд|обл|St|Ave|Rd|Sq"
_TIES = [
    # initials and the surname: "И. Ю. Бабушкиным", "Бабушкин И. Ю."
    (re.compile(f"(?<![\\w.])({_INITIAL}) +(?=[{_UPPER}])"), "\\1" + NBSP),
    (re.compile(f"(?<={_LETTER}) +(?=(?:{_INITIAL}{NBSP})*{_INITIAL}(?![\\w{NBSP}]))"), NBSP),
    # an abbreviation and what it names
    (re.compile(f'(?<![\\w.])((?:{_BEFORE})\\.) +(?=[\\w«"])'), "\\1" + NBSP),
    (re.compile(f'(?<=[\\w»"]) +(?=(?:{_AFTER})\\.(?!\\w)|к-сі(?!\\w))'), NBSP),
    # "№ 3", a number and its unit or a short word after it ("12 км", "2023 г.", "11 мая", "450 000 ₸")
    (re.compile("(?<=№) +(?=\\d)"), NBSP),
    (re.compile(f"(?<=\\d) +(?=\\d|[%‰°₸₽$€£]|{_LETTER}{{1,3}}(?![\\w-]))"), NBSP),
    (re.compile(f"(?<=\\d-{_LETTER}) +(?={_LETTER}{{1,3}}(?![\\w-]))"), NBSP),
    (re.compile(f"(?<=\\d-{_LETTER}{_LETTER}) +(?={_LETTER}{{1,3}}(?![\\w-]))"), NBSP),
    # a house number stays with its street: "ул. Махамбета, 118"
    (re.compile("(?<=[\\w.»],) +(?=\\d{1,4}(?:[/-]?\\w{1,2})?(?:[,;)]|$))"), NBSP),
]


def tie(text: str) -> str:
    """``text`` with no-break spaces where a line must not break: after an initial ("И. Ю. Бабушкиным"),
    after a short abbreviation ("г. Атырау", "ул. Махамбета", "№ 3") or before one written after its
    word ("Атырау қ."), between a number and its unit or the short word after it ("12 км", "2023 г.",
    "450 000 ₸"), between the groups of a number, and between a street and its house number."""
    for pattern, replacement in _TIES:
        text = pattern.sub(replacement, text)
    return text


def clean(value: object) -> str:
    """Plain text without control characters; CR LF and CR become LF, tabs become spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def markup(value: object) -> str:
    """User text as paragraph markup: escaped (``& < >`` and quotes) with newlines as ``<br/>``, and
    no-break spaces where a line must not break (see :func:`tie`)."""
    text = escape(tie(clean(value)), {'"': "&quot;"})
    return text.strip().replace("\n", "<br/>")


def unbreakable(value: str | None) -> str:
    """Text printed on one line whatever the column (a car's plate, "А 777 АС 30"): its spaces are
    no-break spaces; "" for none."""
    return " ".join((value or "").split()).replace(" ", NBSP)


def seats_text(seats: int | None) -> str:
    """A car's passenger seats as printed: the number, or "—" for none given (an escort car carries
    nobody; "0 seats" read as a mistake)."""
    return str(seats) if seats else "—"
