"""What a check returns: conflicts as plain frozen rows, their rule names and their order.

Kept apart from the rules (``conflicts``) so that a caller can name and show conflicts without
loading numpy: the GUI shows these rows as they are.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

ERROR, WARNING = "error", "warning"

# rule names, stable for scripts that read --json
DOUBLE_BOOKED = "double_booked"
VEHICLE_DOUBLE_BOOKED = "vehicle_double_booked"
TRAVEL_TIME = "travel_time"
TRAVEL_UNKNOWN = "travel_unknown"
SITE_CLOSED = "site_closed"
OPENING_HOURS_INVALID = "opening_hours_invalid"
OUTSIDE_VISIT = "outside_visit"
OUTSIDE_DAY_WINDOW = "outside_day_window"
OUTSIDE_STAY = "outside_stay"
NO_MEAL_BREAK = "no_meal_break"
SITE_VISITED_TWICE = "site_visited_twice"


@dataclass(frozen=True)
class Conflict:
    """One broken rule: its name, severity, the items and people involved, and what to do about it."""

    rule: str
    severity: str
    item_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    message: str

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return asdict(self)


# A conflict with its place in the output and its identity: what it is about (the rule and the pair,
# the item, the site, or the day and items of a meal rule), so a live check can replace it.
Finding = tuple[tuple[Any, ...], Hashable, Conflict]


def order_key(at: int, c: Conflict) -> tuple[Any, ...]:
    """Where a conflict goes in the output: errors first, then by time.

    The people break ties (two people without a meal over the same items), and the message breaks the
    rest, so the order never depends on the order in which the rules happen to find things.
    """
    return (c.severity != ERROR, at, c.rule, c.item_ids, c.participant_ids, c.message)


def errors(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Only the conflicts of severity error."""
    return [c for c in conflicts if c.severity == ERROR]
