"""Shared pieces of the editing services: change records for undo, field checks, generic row updates.

Every editing verb returns one of the records below so that the GUI's undo command can call the inverse
verb with exactly the old values; each record carries the ``Changes`` the verb made, which the GUI passes
on to its screens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from planner.domain.errors import NotFoundError, Problem, ValidationError
from planner.domain.messages import problem
from planner.persistence.versioning import check_version
from planner.services.changes import NOTHING, Changes

T = TypeVar("T")

# deliberately permissive: one @, a dot in the domain, no spaces; catches typos, not every RFC corner
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Created:
    """A new row: its id and version (undo deletes it), and what adding it changed."""

    id: int
    version: int = 1
    changes: Changes = NOTHING


@dataclass(frozen=True)
class Updated:
    """Changed fields of one row: the old and the new values, the row's version after the change, and
    what the change touched."""

    id: int
    old: dict[str, Any]
    new: dict[str, Any]
    version: int
    changes: Changes = NOTHING


@dataclass(frozen=True)
class Deleted:
    """A deleted row and everything that went with it, enough to restore it with the same id."""

    id: int
    snapshot: dict[str, Any] = field(default_factory=dict)
    changes: Changes = NOTHING


@dataclass(frozen=True)
class Replaced:
    """A list replaced as a whole (attendees, passengers, signatories, ranks): the old list, for undo."""

    old: Any
    changes: Changes = NOTHING


def get_or_fail(session: Session, model: type[T], row_id: int, what: str) -> T:
    """The row of ``model`` with ``row_id``, or NotFoundError naming what is missing."""
    found = session.get(model, row_id)
    if found is None:
        raise NotFoundError(f"there is no {what} with id {row_id}; it may have been deleted")
    return found


class Problems:
    """Collects field problems and raises them together, so a form can show every one at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, where: str, reason: str, key: str = "", **params: Any) -> None:
        """Note a problem with field ``where``; ``key`` and ``params`` name it in the message catalogue."""
        self.items.append(Problem(where, reason, key, params))

    def say(self, where: str, key: str, **params: Any) -> None:
        """Note a problem with field ``where`` in the catalogue's words (:mod:`planner.domain.messages`)."""
        self.items.append(problem(where, key, **params))

    def raise_if_any(self) -> None:
        """Raise one ValidationError listing every problem noted, if there is any."""
        if self.items:
            raise ValidationError(self.items)

    def require_text(self, values: Mapping[str, Any], name: str, key: str) -> None:
        """A text field that is being set must not be blank; ``key`` names the sentence saying so
        ("empty_title": "The title must not be empty")."""
        if name in values and not str(values[name] or "").strip():
            self.say(name, key)

    def check_email(self, values: Mapping[str, Any], name: str = "email") -> None:
        """An e-mail field, when filled in, must look like name@example.org."""
        text = str(values.get(name) or "").strip()
        if text and not EMAIL.match(text):
            self.say(name, "bad_email", value=text)

    def check_choice(self, values: Mapping[str, Any], name: str, allowed: Iterable[str]) -> None:
        """A field that is being set must hold one of the allowed values."""
        options = [str(a) for a in allowed]
        if name in values and str(values[name]) not in options:
            self.say(name, "bad_choice", value=values[name], options=", ".join(options))

    def check_not_before(
        self, start: date | datetime | None, end: date | datetime | None, where: str
    ) -> None:
        """An end, when both are given, must not be before its start."""
        if start is not None and end is not None and end < start:
            self.say(where, "end_before_start")


def check_fields(values: Mapping[str, Any], allowed: Iterable[str], what: str) -> None:
    """Refuse field names a verb does not edit (a programming error shown in words)."""
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValidationError([Problem(name, f"{what} has no editable field {name!r}") for name in unknown])
    check_text(values)


def check_text(values: Mapping[str, Any]) -> None:
    """Refuse text the database and the printed documents cannot keep exactly as typed (issue 15).

    Control characters, emoji and right-to-left scripts (see ``input_limits.text_problem``), in plain
    fields and in the translated-name maps and lists a field may hold.
    """
    from planner.interchange.input_limits import text_problem

    problems = []
    for name, value in values.items():
        parts = (
            value.values()
            if isinstance(value, Mapping)
            else value
            if isinstance(value, list | tuple)
            else [value]
        )
        for part in parts:
            reason = text_problem(part) if isinstance(part, str) else None
            if reason:
                problems.append(Problem(name, reason, *_text_key(reason)))
                break
    if problems:
        raise ValidationError(problems)


# the sentences of input_limits.text_problem, read back into a catalogue key and its parameters
_TEXT_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("text_too_long", re.compile(r"is ([\d,]+) characters long; a field holds at most ([\d,]+)")),
    ("text_control", re.compile(r"holds a control character \((U\+[0-9A-F]+)\) at position (\d+);")),
    (
        "text_invisible",
        re.compile(r"holds an invisible or unassigned character \((U\+[0-9A-F]+)\) at position (\d+);"),
    ),
    ("text_emoji", re.compile(r"holds .+ \((U\+[0-9A-F]+)\) at position (\d+), an emoji")),
    ("text_rtl", re.compile(r"holds right-to-left text \(.+, (U\+[0-9A-F]+)\) at position (\d+),")),
)


def _text_key(reason: str) -> tuple[str, dict[str, Any]]:
    """The catalogue key and parameters of a ``text_problem`` sentence (no key for one not known)."""
    for key, pattern in _TEXT_REASONS:
        found = pattern.match(reason)
        if found is None:
            continue
        if key == "text_too_long":
            length, limit = (int(g.replace(",", "")) for g in found.groups())
            return key, {"length": length, "limit": limit}
        code, position = found.groups()
        return key, {"char": chr(int(code[2:], 16)), "code": code, "position": int(position)}
    return "", {}


def apply_update(
    row: Any,
    changes: Mapping[str, Any],
    expected_version: int | None,
    what: str,
    session: Session,
    touched: Changes = NOTHING,
) -> Updated:
    """Write ``changes`` to ``row`` after the version check; return old and new values of what differed.

    ``touched`` is what the caller reports as changed (the row's kind, and its id for an item).
    """
    check_version(row, expected_version, what)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name, value in changes.items():
        current = getattr(row, name)
        if current != value:
            old[name] = _copy(current)
            new[name] = _copy(value)
            setattr(row, name, value)
    session.flush()
    return Updated(row.id, old, new, row.version, touched)


def add_last(
    session: Session,
    model: type[T],
    parent: InstrumentedAttribute[int],
    parent_id: int,
    values: Mapping[str, Any],
) -> T:
    """Add a child row (outcome, action item, commitment) after its siblings, flushed so its id is known.

    ``values`` may name a ``position`` (undo puts a row back where it was).
    """
    values = dict(values)
    if "position" not in values:
        position = model.position  # type: ignore[attr-defined]
        values["position"] = (session.scalar(select(func.max(position)).where(parent == parent_id)) or 0) + 1
    row = model(**{parent.key: parent_id}, **values)
    session.add(row)
    session.flush()
    return row


def _copy(value: Any) -> Any:
    # JSON columns hold lists and dicts; copy them so a later in-place edit cannot change the undo record
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value
