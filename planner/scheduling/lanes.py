"""The lanes of a visit (its groups, or the whole delegation) and which items the planner may move.

Also the lanes' stays and road time, and the classification of items into movable and fixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from planner.domain.errors import Problem, ValidationError
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.messages import Messages
from planner.scheduling.presence import company_stay, joiners, stays_of
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND, Stay, Stays
from planner.scheduling.to_place import EntryToPlace

MOVABLE_KINDS = frozenset({"site_visit"})


@dataclass(frozen=True)
class Lane:
    """A part of the delegation that moves together: a group, or everyone when there are no groups."""

    key: int | None
    name: str
    members: frozenset[int]
    # members who come later or leave earlier than the group: their own arrival and departure items do
    # not take the group's time (``presence``)
    joiners: frozenset[int] = frozenset()


def lanes_of(facts: VisitFacts, slots: Sequence[Slot]) -> list[Lane]:
    """The groups as lanes; refuses groups that share members (they could not go separate ways)."""
    groups = sorted({g for s in slots for g in s.groups} | set(facts.group_members))
    stays = stays_of(slots, facts)
    if not groups:
        everyone = frozenset(facts.people)
        late = joiners(stays, None, everyone)
        return [Lane(None, "the delegation", everyone, frozenset(late))]
    lanes = []
    for g in groups:
        members = facts.group_members.get(g, frozenset())
        lanes.append(
            Lane(g, facts.groups.get(g, f"group {g}"), members, frozenset(joiners(stays, g, members)))
        )
    problems = []
    for n, a in enumerate(lanes):
        for b in lanes[n + 1 :]:
            shared = a.members & b.members
            if shared:
                who = ", ".join(facts.people.get(p, str(p)) for p in sorted(shared)[:3])
                problems.append(
                    Problem(
                        "groups",
                        f"groups «{a.name}» and «{b.name}» share members ({who}); the planner needs groups "
                        f"that split the delegation",
                    )
                )
    if problems:
        raise ValidationError(problems)
    return lanes


def blocks(slot: Slot, lane: Lane) -> bool:
    """Whether a fixed item takes the lane's time (the lane's group, or any member, attends it); a
    joiner's own arrival or departure does not (the group does not go to meet them)."""
    if (
        lane.joiners
        and slot.kind in (ARRIVAL_KIND, DEPARTURE_KIND)
        and lane.key not in slot.groups
        and slot.people
        and slot.people <= lane.joiners
    ):
        return False
    if lane.key is None:
        return True
    return lane.key in slot.groups or not slot.people.isdisjoint(lane.members)


def _allowed_lanes(slot: Slot, lanes: Sequence[Lane]) -> list[int]:
    if lanes[0].key is None:
        return [0]
    return [
        n
        for n, lane in enumerate(lanes)
        if slot.people <= lane.members and (not slot.groups or slot.groups == {lane.key})
    ]


@dataclass
class _Scope:
    """Which days the plan covers, from when items may move, and which items may move."""

    days: list[date]
    not_before: int | None = None
    movable: frozenset[int] | None = None
    fixed_reason: dict[int, str] = field(default_factory=dict)


def classify(
    slots: Sequence[Slot],
    lanes: Sequence[Lane],
    facts: VisitFacts,
    scope: _Scope,
    say: Messages | None = None,
) -> tuple[list[tuple[Slot, list[int]]], list[Slot], list[tuple[int, str]]]:
    """Split items into movable (with the lanes that may take them), fixed, and the reasons some
    unpinned site visits stay where they are (in the language of ``say``, English by default)."""
    say = say or Messages()
    movable: list[tuple[Slot, list[int]]] = []
    fixed: list[Slot] = []
    kept: list[tuple[int, str]] = []
    for slot in slots:
        reason = None
        if slot.pinned or slot.kind not in MOVABLE_KINDS:
            reason = ""
        elif scope.movable is not None and slot.id not in scope.movable:
            reason = scope.fixed_reason.get(slot.id, "")
        elif slot.site_id is None:
            reason = say("keep_no_site")
        elif len(slot.groups) > 1:
            reason = say("keep_several_groups")
        elif slot.vehicles:
            reason = say("keep_own_vehicle")
        if reason is None:
            allowed = _allowed_lanes(slot, lanes)
            if allowed:
                movable.append((slot, allowed))
                continue
            reason = say("keep_not_one_group")
        fixed.append(slot)
        if reason:
            kept.append((slot.id, reason))
    return movable, fixed, kept


def lane_stay(stays: Stays, lane: Lane, facts: VisitFacts) -> Stay:
    """When a lane is there: its group's own arrival and departure, else the visit's, else its first
    member's arrival to its last member's departure. A member who comes later or leaves earlier joins
    the group's items they can reach (``presence``) instead of the group waiting for them."""
    del facts  # the members' own stays are in ``stays``
    return company_stay(stays, lane.key, lane.members)


def party_size(slots: Iterable[Slot], lanes: Sequence[Lane]) -> int:
    """The largest party that drives anywhere in the plan (a lane, or the people of an item): the
    boarding allowance of every transfer is planned for it, so the check never finds one too short."""
    return max([len(lane.members) for lane in lanes] + [len(s.people) for s in slots] + [0])


def _entry_lanes(entry: EntryToPlace, lanes: Sequence[Lane]) -> list[int]:
    if lanes[0].key is None:
        return [0]
    return [n for n, lane in enumerate(lanes) if not entry.groups or lane.key in entry.groups]


def lane_travel(slots: Iterable[Slot], lanes: Sequence[Lane], facts: VisitFacts) -> int:
    """Minutes on the road of every lane, day by day, in the items' current order."""
    total = 0
    travel = facts.travel.minutes
    for lane in lanes:
        mine = sorted((s for s in slots if blocks(s, lane) or lane.key in s.groups), key=lambda s: s.start)
        previous: Slot | None = None
        for slot in mine:
            same_day = (
                previous is not None and facts.local(previous.start).date() == facts.local(slot.start).date()
            )
            if (
                same_day
                and slot.site_id is not None
                and previous is not None
                and previous.site_id is not None
            ):
                total += travel(previous.site_id, slot.site_id) or 0
            if slot.site_id is not None:
                previous = slot
    return total
