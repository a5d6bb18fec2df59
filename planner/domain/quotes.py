"""Quotation marks of each language, and names quoted in a sentence without doubled marks.

A sentence quotes a name in its language's outer marks: “name” in English, «name» in Russian and
Kazakh. A name may carry such marks itself (the Kazakh title «Қазақстан» ауылы); quoted as it is, it
read ««Қазақстан» ауылы». Russian typography nests quotes instead: outer «», inner „“ — «„Қазақстан“
ауылы» — and English outer “”, inner ‘’. So a name's own outer marks become the inner ones before it
goes between the outer marks; marks of another language are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from planner.domain.kinds import Language

# language -> (outer opening, outer closing, inner opening, inner closing)
_MARKS: dict[str, tuple[str, str, str, str]] = {
    Language.EN: ("“", "”", "‘", "’"),
    Language.RU: ("«", "»", "„", "“"),
    Language.KK: ("«", "»", "„", "“"),
}


def marks(language: str | None) -> tuple[str, str, str, str]:
    """The outer and inner quotation marks of ``language`` (English ones for any other)."""
    return _MARKS.get(language or Language.EN, _MARKS[Language.EN])


def nested(name: str, language: str | None) -> str:
    """``name`` ready to stand between the outer marks of ``language``: its own outer marks made the
    inner ones («Қазақстан» ауылы → „Қазақстан“ ауылы in Russian and Kazakh)."""
    opening, closing, inner_opening, inner_closing = marks(language)
    if opening not in name and closing not in name:
        return name
    return name.replace(opening, inner_opening).replace(closing, inner_closing)


def quote(name: str, language: str | None) -> str:
    """``name`` in the outer quotation marks of ``language``, its own marks nested inside."""
    opening, closing, _, _ = marks(language)
    return f"{opening}{nested(name, language)}{closing}"


@lru_cache(maxsize=4096)
def _quoted_fields(template: str, language: str | None) -> tuple[str, ...]:
    """The placeholders ``template`` puts between the outer marks of ``language`` («{title}»)."""
    opening, closing, _, _ = marks(language)
    pattern = re.escape(opening) + r"\{(\w+)(?:[:!][^}]*)?\}" + re.escape(closing)
    return tuple(dict.fromkeys(re.findall(pattern, template)))


def format_quoting(template: str, language: str | None, values: Mapping[str, Any]) -> str:
    """``template.format(**values)``, with each name the template quotes («{title}») nested first, so a
    title that starts with a quotation mark of its own does not get a second one."""
    fields = _quoted_fields(template, language)
    if fields:
        values = {
            k: nested(v, language) if k in fields and isinstance(v, str) else v for k, v in values.items()
        }
    return template.format(**values)
