"""Sites still to place as the planner sees them: plain data in, placements out (no database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class EntryToPlace:
    """A site the visit wants to see, with no time yet; no groups means any group may go."""

    id: int
    site_id: int
    title: str
    minutes: int
    required: bool = False
    priority: int = 0
    groups: frozenset[int] = frozenset()


@dataclass(frozen=True)
class PlacedEntry:
    """An entry the proposal places: it becomes a site visit of these groups at this time."""

    entry_id: int
    title: str
    site_id: int
    new_start: datetime
    new_end: datetime
    groups: tuple[int, ...] = ()
    why: str = ""


@dataclass(frozen=True)
class EntryLeft:
    """An entry the proposal could not place: it stays on the list, and why."""

    entry_id: int
    title: str
    required: bool
    priority: int
    reason: str = ""


def slot_id(entry_id: int) -> int:
    """The id a placed entry goes by among the items while a proposal is checked (never a real id)."""
    return -entry_id
