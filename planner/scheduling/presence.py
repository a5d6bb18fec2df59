"""Who is there for an item: a group brings the members who are with it at the time.

A member who comes later than their group (or leaves earlier), a "joiner", is with the group from the
first of its items they can reach from their own arrival place (the drive and the boarding allowance,
as the check counts them) and until the last one from which they can still reach their departure. The
group's earlier (later) items are planned and printed without them, instead of the whole group waiting
for its last member. An item that names them besides still counts them, and the check holds that to
their stay. The check, the planner's proposals and the printed documents count people by this rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from planner.scheduling.facts import Interner, Slot, VisitFacts
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND, Bound, Stay, Stays
from planner.scheduling.travel import TravelTimes


def stays_of(slots: Iterable[Slot], facts: VisitFacts) -> Stays:
    """The visit's arrivals and departures, completed from its arrival and departure items."""
    return facts.stays.with_items(
        (s.kind, s.start, s.site_id, s.people, s.groups)
        for s in slots
        if s.kind in (ARRIVAL_KIND, DEPARTURE_KIND)
    )


def company_stay(stays: Stays, group: int | None, members: Iterable[int]) -> Stay:
    """When a group (``None``: the whole delegation) is there: its own arrival and departure, else the
    visit's, else from its first member's arrival to its last member's departure (a group is not there
    before anyone of it is)."""
    base = stays.of_group(group) if group is not None else stays.visit
    if base.arrival is not None and base.departure is not None:
        return base
    own = [stays.people[p] for p in members if p in stays.people and p not in stays.hosts]
    arrivals = [s.arrival for s in own if s.arrival is not None]
    departures = [s.departure for s in own if s.departure is not None]
    first = min(arrivals, key=lambda b: b.at) if arrivals else None
    last = max(departures, key=lambda b: b.at) if departures else None
    return base.over(Stay(first, last))


def joiners(stays: Stays, group: int | None, members: Iterable[int]) -> dict[int, Stay]:
    """The members who come later than the group (``group``: None for the whole delegation) or leave
    earlier, each with the end(s) of their own stay that narrow the group's (a host's too)."""
    members = list(members)
    base = company_stay(stays, group, members)
    found: dict[int, Stay] = {}
    for person in members:
        # a host in the group too (one who goes along from 13:00): their own arrival is their only one
        own = stays.people.get(person)
        if own is None:
            continue
        arrival = own.arrival if _later(own.arrival, base.arrival) else None
        departure = own.departure if _earlier(own.departure, base.departure) else None
        if arrival is not None or departure is not None:
            found[person] = Stay(arrival, departure)
    return found


def _later(mine: Bound | None, theirs: Bound | None) -> bool:
    return mine is not None and (theirs is None or mine.at > theirs.at)


def _earlier(mine: Bound | None, theirs: Bound | None) -> bool:
    return mine is not None and (theirs is None or mine.at < theirs.at)


def named_alone(
    named: frozenset[int], groups: Iterable[int], members: Mapping[int, frozenset[int]]
) -> frozenset[int]:
    """The people an item names one by one: ``named`` less every group of the item it names whole (a
    programme that lists a group's every member besides ticking the group says only "the group")."""
    alone = named
    for g in groups:
        whole = members.get(g, frozenset())
        if whole and whole <= named:
            alone = alone - whole
    return alone


def with_the_group(stay: Stay, slot: Slot, travel: TravelTimes, party: int) -> bool:
    """Whether a joiner whose own ends are ``stay`` is there for ``slot``: it starts no sooner than their
    arrival plus the transfer from the arrival place, and ends no later than their departure less the
    transfer to it (a drive not known counts as none, as in the check)."""
    if stay.arrival is not None:
        need = travel.transfer(stay.arrival.site_id, slot.site_id, party) or 0
        if slot.start < stay.arrival.at + need * 60:
            return False
    if stay.departure is not None:
        need = travel.transfer(slot.site_id, stay.departure.site_id, party) or 0
        if slot.end > stay.departure.at - need * 60:
            return False
    return True


class Presence:
    """The joiners of a visit's groups (and of the whole delegation), and who of them an item lacks."""

    def __init__(self, stays: Stays, facts: VisitFacts) -> None:
        self.facts = facts
        self.by_group = {
            g: found for g, members in facts.group_members.items() if (found := joiners(stays, g, members))
        }
        self.everyone = joiners(stays, None, facts.people)

    def __bool__(self) -> bool:
        return bool(self.by_group or self.everyone)

    def absent(self, slot: Slot, named: frozenset[int], brought: frozenset[int]) -> frozenset[int]:
        """The joiners ``slot``'s groups (or, with no groups and nobody named, the whole delegation)
        would bring who are not there at its time; people ``named`` one by one count whatever their stay
        (``named_alone``: a group named whole is the group)."""
        if slot.groups:
            candidates: dict[int, Stay] = {}
            for g in slot.groups:
                candidates.update(self.by_group.get(g, {}))
            named = named_alone(named, slot.groups, self.facts.group_members)
        elif not named:
            candidates = self.everyone
        else:
            return frozenset()
        party = len(named | brought)
        travel = self.facts.travel
        return frozenset(
            p
            for p, stay in candidates.items()
            if p not in named and not with_the_group(stay, slot, travel, party)
        )


def settle(
    slots: Sequence[Slot], facts: VisitFacts, named: Mapping[int, frozenset[int]] | None = None
) -> list[Slot]:
    """The slots with each group item's people as there at its time: its named attendees (``named`` by
    item id, else the slot's own ``listed``, else its people outside its groups) and the members of its
    groups less the joiners not yet (no longer) with them. The slots as they are when nobody joins late."""
    presence = Presence(stays_of(slots, facts), facts)
    if not presence.by_group:
        return list(slots)
    members = facts.group_members
    intern = Interner()
    out: list[Slot] = []
    for slot in slots:
        if not slot.groups or not any(g in presence.by_group for g in slot.groups):
            out.append(slot)
            continue
        brought = frozenset().union(*(members.get(g, frozenset()) for g in slot.groups))
        listed = slot.listed
        if listed is None:
            listed = named[slot.id] if named is not None and slot.id in named else slot.people - brought
        absent = presence.absent(slot, listed, brought)
        out.append(replace(slot, people=intern((listed | brought) - absent), listed=listed))
    return out
