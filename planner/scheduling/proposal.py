"""What the planner or the repair proposes: item moves, drops, added items, and the slots after them.

Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from planner.scheduling.conflicts import ERROR, Conflict
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.to_place import EntryLeft, PlacedEntry, slot_id


@dataclass(frozen=True)
class ItemMove:
    """A change of one item's time (and group), with the old values for undo."""

    item_id: int
    title: str
    old_start: datetime
    old_end: datetime
    new_start: datetime
    new_end: datetime
    old_groups: tuple[int, ...] = ()
    new_groups: tuple[int, ...] = ()
    # why (planner/scheduling/reasons.py): a code, what it names, the sentence in the proposal's language
    reason: str = ""
    details: dict[str, object] = field(default_factory=dict, compare=False)
    why: str = ""
    day_changed: bool = False  # to another day: only when the user allowed moves between days

    @property
    def shortened(self) -> bool:
        """True when the item is shorter than before."""
        return self.new_end - self.new_start < self.old_end - self.old_start

    def inverse(self) -> ItemMove:
        """The move that puts the item back."""
        return ItemMove(
            self.item_id,
            self.title,
            self.new_start,
            self.new_end,
            self.old_start,
            self.old_end,
            self.new_groups,
            self.old_groups,
        )


@dataclass(frozen=True)
class DroppedItem:
    """An item taken off the programme, and why."""

    item_id: int
    title: str
    required: bool
    priority: int
    reason: str


@dataclass(frozen=True)
class NewItem:
    """An item the proposal adds (a meal the visit's rules ask for): unpinned, so staff can move it."""

    title: str
    kind: str
    start: datetime
    end: datetime
    site_id: int | None
    groups: tuple[int, ...] = ()
    attendees: tuple[int, ...] = ()  # when the visit has no groups: the delegation


@dataclass
class Proposal:
    """What the planner or the repair suggests; applied (or rejected) as a whole."""

    visit_id: int | None
    kind: str
    moves: list[ItemMove] = field(default_factory=list)
    dropped: list[DroppedItem] = field(default_factory=list)
    kept: list[tuple[int, str]] = field(default_factory=list)
    travel_minutes: int = 0
    travel_before: int = 0
    conflicts_after: list[Conflict] = field(default_factory=list)
    seconds: float = 0.0
    first_solution_seconds: float | None = None
    notes: list[str] = field(default_factory=list)
    restore: list[dict[str, Any]] = field(default_factory=list)
    # sites still to place: placed by this proposal, left on the list, and (undo only) site visits made
    # from entries that go back to the list: (item id, the entry as it was)
    placed: list[PlacedEntry] = field(default_factory=list)
    left: list[EntryLeft] = field(default_factory=list)
    unplace: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    added: list[NewItem] = field(default_factory=list)
    # why required sites stay on the list (``infeasibility.Infeasibility``), when some do
    infeasibility: Any = None

    @property
    def errors_after(self) -> list[Conflict]:
        """Errors that would remain after applying the proposal."""
        return [c for c in self.conflicts_after if c.severity == ERROR]

    @property
    def is_empty(self) -> bool:
        """Nothing would change."""
        return not (self.moves or self.dropped or self.restore or self.placed or self.unplace or self.added)

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            "visit_id": self.visit_id,
            "kind": self.kind,
            "moves": [
                {
                    "item_id": m.item_id,
                    "title": m.title,
                    "old_start": m.old_start,
                    "old_end": m.old_end,
                    "new_start": m.new_start,
                    "new_end": m.new_end,
                    "shortened": m.shortened,
                    **({"reason": m.reason, "why": m.why, "day_changed": m.day_changed} if m.reason else {}),
                    **(
                        {"old_groups": m.old_groups, "new_groups": m.new_groups}
                        if m.old_groups != m.new_groups
                        else {}
                    ),
                }
                for m in self.moves
            ],
            "dropped": [d.__dict__ for d in self.dropped],
            "added": [a.__dict__ for a in self.added],
            "kept": [{"item_id": i, "reason": r} for i, r in self.kept],
            "travel_minutes": self.travel_minutes,
            "travel_minutes_before": self.travel_before,
            "conflicts_after": [c.as_dict() for c in self.conflicts_after],
            "seconds": round(self.seconds, 3),
            "notes": self.notes,
            **(
                {
                    "placed": [p.__dict__ for p in self.placed],
                    "left_on_list": [e.__dict__ for e in self.left],
                }
                if self.placed or self.left
                else {}
            ),
            **({"infeasibility": self.infeasibility.as_dict()} if self.infeasibility is not None else {}),
        }


def _stamp_dt(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp, UTC)


def apply_to_slots(slots: Sequence[Slot], proposal: Proposal, facts: VisitFacts) -> list[Slot]:
    """The slots as they would be after the proposal (for checking it before anything is written)."""
    moves = {m.item_id: m for m in proposal.moves}
    gone = {d.item_id for d in proposal.dropped}
    out = []
    for slot in slots:
        if slot.id in gone:
            continue
        move = moves.get(slot.id)
        if move is not None:
            groups = frozenset(move.new_groups)
            people = slot.people
            if groups != slot.groups:
                people = frozenset().union(*(facts.group_members.get(g, frozenset()) for g in groups))
            slot = replace(
                slot,
                start=int(move.new_start.timestamp()),
                end=int(move.new_end.timestamp()),
                groups=groups,
                people=people,
            )
        out.append(slot)
    for placed in proposal.placed:
        groups = frozenset(placed.groups)
        out.append(
            Slot(
                slot_id(placed.entry_id),
                "site_visit",
                placed.title,
                int(placed.new_start.timestamp()),
                int(placed.new_end.timestamp()),
                site_id=placed.site_id,
                people=frozenset().union(*(facts.group_members.get(g, frozenset()) for g in groups)),
                groups=groups,
            )
        )
    # added items are not yet in the database either: numbered below every id in use, so the check can
    # name them without taking a placed entry's stand-in id
    below = min((s.id for s in out), default=0)
    below = min(below, 0)
    for n, new in enumerate(proposal.added, start=1):
        people = frozenset(new.attendees).union(
            *(facts.group_members.get(g, frozenset()) for g in new.groups)
        )
        out.append(
            Slot(
                below - n,
                new.kind,
                new.title,
                int(new.start.timestamp()),
                int(new.end.timestamp()),
                new.site_id,
                people=people,
                groups=frozenset(new.groups),
            )
        )
    return out
