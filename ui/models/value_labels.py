"""Stored values as the interface shows them: enumerations, free-text words the vocabulary knows, units.

Every name comes from :mod:`planner.domain.vocabulary`, the same names the printed documents use, so a
status reads the same on screen and on paper; the language is the interface's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, QObject, Qt
from PySide6.QtWidgets import QCompleter

from planner.domain.kinds import localized
from planner.domain.opening_hours_text import EXAMPLE, describe_opening_hours
from planner.domain.vocabulary import VALUE_NAMES, known_value, value_name
from ui.i18n import current_language, plural, tr

R = TypeVar("R")


def value_label(enumeration: str, value: str | None) -> str:
    """A stored value (``"guest"`` of ``"side"``) in the interface language; an unknown one as stored."""
    return value_name(enumeration, value, current_language()) if value else ""


def value_choices(enumeration: str, values: Iterable[StrEnum | str] | None = None) -> list[tuple[str, str]]:
    """(name in the interface language, stored value) for a combo box, in the vocabulary's order."""
    chosen = [str(v) for v in values] if values is not None else list(VALUE_NAMES[enumeration])
    return [(value_label(enumeration, v), v) for v in chosen]


def minutes_text(minutes: int | None) -> str:
    """``60 min`` in the interface language (``60 мин``)."""
    return tr("%1 min", minutes) if minutes is not None else ""


def length_text(minutes: int) -> str:
    """A length in words of the interface language: ``2 hours 28 minutes``, ``2 часа 28 минут``,
    ``2 сағат 28 минут``; ``1 hour``, ``45 minutes``."""
    hours, rest = divmod(max(0, minutes), 60)
    parts = [plural(tr("%1 hour|%1 hours"), hours)] if hours else []
    if rest or not hours:
        parts.append(plural(tr("%1 minute|%1 minutes"), rest))
    return " ".join(parts)


def hours_text(text: str | None) -> str:
    """Opening hours in words of the interface language (``Пн–Пт 09:00–18:00; Вс выходной``)."""
    return describe_opening_hours(text or "", current_language())


def hours_problem_text(fragment: str) -> str:
    """Why typed opening hours cannot be read, in the interface language, with an example in it."""
    example = hours_text(EXAMPLE)
    if fragment:
        return tr("These opening hours cannot be read from “%1” on. Write them like: %2", fragment, example)
    return tr("These opening hours cannot be read. Write them like: %1", example)


def typed_value(enumeration: str, text: str) -> str:
    """What to store for a name typed into a free-text field the vocabulary knows words of (a role, a
    category): the stored word when the text is its name in any language ("Образование" → "education"),
    else the text as typed."""
    return known_value(enumeration, text) or text.strip()


def in_interface_language(typed: str, translations: Mapping[str, str] | None) -> str:
    """A value typed in one language (a site's name, its address) as the interface shows it: its
    translation into the interface language where one is given, else as typed."""
    return localized(typed, dict(translations or {}), current_language())


def in_alphabetical_order(rows: Iterable[R], name: Callable[[R], str]) -> list[R]:
    """``rows`` by ``name`` in the interface language's alphabet (Ә after А, Ө after О in Kazakh), case
    aside: lists of things shown by their translated names, which the database orders as typed."""
    collator = QCollator(QLocale(current_language()))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(rows, key=lambda row: collator.sortKey(name(row)))


def site_category_text(category: str, translations: Mapping[str, str] | None = None) -> str:
    """A site's category in the interface language: a word the vocabulary knows by its name there (as
    "Government" and "Airport" alike, capitalised as every value the interface shows), another as typed,
    or as the site's own translation of it into the interface language when one is given."""
    if not category or known_value("site_category", category) is not None:
        return value_label("site_category", category)
    return in_interface_language(category, translations)


def value_completer(enumeration: str, parent: QObject | None = None) -> QCompleter:
    """Suggestions of the vocabulary's words for a free-text field, in the interface language."""
    completer = QCompleter([value_label(enumeration, v) for v in VALUE_NAMES[enumeration]], parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
