"""Sane ranges for everything read from outside: text a PDF can print as typed, numbers and years that fit.

Every file the program reads (visit files, CSV and XLSX lists) passes through these rules before its
values reach a service, so a value that would later crash ``check``, ``plan``, the database or a printed
document is refused at the door with a sentence saying why. The cases are listed in
``docs/reliability.md``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from planner.domain.errors import Problem, ValidationError

# whole numbers in a visit (ranks, priorities, minutes, seats, party sizes) stay far below this; SQLite
# and PostgreSQL integers, timedelta and the solver all overflow somewhere above 2**31
MAX_WHOLE = 1_000_000_000
# the longest text a field holds: a meeting's minutes of some 25 pages; a 5 MB note printed 2,000 pages
MAX_TEXT = 50_000
MAX_DEPTH = 64  # a visit file nests about six levels; 100,000 levels exhausted Python's stack
FIRST_YEAR, LAST_YEAR = 1900, 2100
_ISO_DAY = re.compile(r"^(\d{4})-\d{2}-\d{2}(?:[T ].*)?$")
# Python's json reads these non-standard words; none of them is a number a visit can use
_NOT_NUMBERS = {"Infinity": "Infinity", "-Infinity": "-Infinity", "NaN": "NaN"}
# the line breaks and tabs a note may hold; every other control character is refused
_ALLOWED_CONTROLS = frozenset("\t\n\r")
# scripts written right to left: the PDF fonts would show their letters in reversed order
_RIGHT_TO_LEFT = frozenset({"R", "AL", "RLE", "RLO", "RLI", "AN"})


class _NotANumber:
    """Stands in for a number JSON does not allow (Infinity, NaN, 1e400) until the walk reports it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored and printed exactly as typed, or None when it can.

    Refused: control characters (a NUL breaks PostgreSQL), invisible format characters (direction
    overrides, zero-width joiners), private-use and unassigned code points, emoji and anything else
    outside the Basic Multilingual Plane (the PDF fonts have no glyphs for them and would drop them), and
    right-to-left scripts such as Arabic and Hebrew (printed with their letters reversed), and a text
    longer than :data:`MAX_TEXT` characters.
    """
    if len(value) > MAX_TEXT:
        return (
            f"is {len(value):,} characters long; a field holds at most {MAX_TEXT:,} (some 25 printed pages):"
            " shorten it, or keep the full text in a file of its own"
        )
    for position, char in enumerate(value, start=1):
        code = ord(char)
        category = unicodedata.category(char)
        name = f"U+{code:04X}"
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            return f"holds a control character ({name}) at position {position}; remove it"
        if category in ("Cf", "Cs", "Co", "Cn") or 0xFE00 <= code <= 0xFE0F:
            return f"holds an invisible or unassigned character ({name}) at position {position}; remove it"
        if code > 0xFFFF:
            return (
                f"holds {char!r} ({name}) at position {position}, an emoji or symbol the printed documents"
                " cannot show; remove it"
            )
        if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
            return (
                f"holds right-to-left text ({char!r}, {name}) at position {position}, which the printed"
                " documents cannot show in the right order; write the name in Latin or Cyrillic letters"
            )
    return None


def whole_number_problem(value: int, limit: int = MAX_WHOLE) -> str | None:
    """Why the whole number ``value`` is out of range, or None."""
    if -limit <= value <= limit:
        return None
    return f"{_short(value)} is out of range (at most {limit:,} either way)"


def year_problem(text: str) -> str | None:
    """Why a date written ``YYYY-MM-DD…`` has a year the program cannot plan with, or None."""
    found = _ISO_DAY.match(text)
    if not found or FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
        return None
    return f"the year {found.group(1)} is out of range ({FIRST_YEAR}–{LAST_YEAR})"


def _short(value: int) -> str:
    digits = str(abs(value))
    if len(digits) <= 15:
        return str(value)
    return f"{'-' if value < 0 else ''}{digits[:3]}… ({len(digits)} digits)"


def load_json(text: str | bytes) -> Any:
    """``json.loads`` that keeps Infinity, NaN and numbers too large for a float as reportable values.

    A file nested deeper than Python can parse raises ValidationError instead of RecursionError.
    """

    def constant(word: str) -> _NotANumber:
        return _NotANumber(_NOT_NUMBERS.get(word, word))

    def real(word: str) -> float | _NotANumber:
        number = float(word)
        return number if math.isfinite(number) else _NotANumber(word)

    try:
        return json.loads(text, parse_constant=constant, parse_float=real)
    except RecursionError:
        raise ValidationError(
            Problem(
                "$", f"the file is nested too deeply (more than {MAX_DEPTH} levels); it is not a visit file"
            )
        ) from None


def _walk(data: Any) -> Iterator[tuple[list[str | int], Any, int]]:
    # iterative, so a deep file cannot exhaust the stack here either
    stack: list[tuple[list[str | int], Any, int]] = [([], data, 0)]
    while stack:
        path, value, depth = stack.pop()
        yield path, value, depth
        if depth > MAX_DEPTH:
            continue
        if isinstance(value, dict):
            stack.extend(([*path, str(key)], item, depth + 1) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(
                ([*path, index], item, depth + 1) for index, item in reversed(list(enumerate(value)))
            )


def data_problems(data: Any, where: Any = None) -> list[Problem]:
    """Every value of parsed JSON outside the sane ranges: text, whole numbers, reals, years, depth.

    ``where`` renders a path (default: ``$.a[1].b``).
    """
    from planner.interchange.visit_validation import json_path

    render = where or json_path
    problems: list[Problem] = []
    for path, value, depth in _walk(data):
        reason: str | None = None
        if depth > MAX_DEPTH:
            reason = f"nested more than {MAX_DEPTH} levels deep; a visit file is never this deep"
        elif isinstance(value, _NotANumber):
            reason = f"{value.text} is not a number a visit file may hold (write a finite number)"
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            reason = whole_number_problem(value)
        elif isinstance(value, float):
            reason = None if abs(value) <= MAX_WHOLE else f"{value:g} is out of range"
        elif isinstance(value, str):
            reason = text_problem(value) or year_problem(value)
        elif isinstance(value, dict):
            reason = next((f"a field name {p}" for key in value if (p := text_problem(str(key)))), None)
        if reason:
            problems.append(Problem(render(path), reason))
        if len(problems) >= 200:
            break
    return problems


def check_data(data: Any) -> None:
    """Raise ValidationError listing the values of ``data`` outside the sane ranges."""
    problems = data_problems(data)
    if problems:
        raise ValidationError(problems)
