"""Who of a group is there for each item, as the check counts it (``planner.scheduling.presence``).

A member who comes later (leaves earlier) than their group is not at the group's items they cannot
reach; the printed documents and the screens leave them out of those items by the same rule.
"""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from planner.persistence.tables import ItineraryItem, Participant, item_attendees, item_groups
from planner.queries.scheduling_input import load_facts
from planner.queries.slot_rows import load_slots
from planner.scheduling.presence import Presence, stays_of
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND


def absent_joiners(session: Session, visit_id: int) -> dict[int, frozenset[int]]:
    """Item id -> the people its groups (for an item for everyone: the delegation) would bring who are
    not there at its time; empty when nobody comes later or leaves earlier than their group."""
    # nobody has an arrival or departure of their own: nobody joins late (the common case, told by two
    # EXISTS queries before the visit's facts and travel times are read: the Meetings page asks on
    # every refresh)
    if not _has_own_stay(session, visit_id) and not _names_someone_arriving(session, visit_id):
        return {}
    facts = load_facts(session, visit_id)
    slots = load_slots(session, visit_id, facts)
    presence = Presence(stays_of(slots, facts), facts)
    if not presence:
        return {}
    members = facts.group_members
    found: dict[int, frozenset[int]] = {}
    for slot in slots:
        brought = frozenset().union(*(members.get(g, frozenset()) for g in slot.groups))
        named = slot.listed if slot.listed is not None else slot.people - brought
        absent = presence.absent(slot, named, brought)
        if absent:
            found[slot.id] = absent
    return found


def _names_someone_arriving(session: Session, visit_id: int) -> bool:
    """Whether an arrival or departure item names a person and no group: their own bound, maybe a
    joiner's (``rules.Stays.with_items``)."""
    grouped = select(item_groups.c.item_id).where(item_groups.c.item_id == ItineraryItem.id)
    named = (
        select(item_attendees.c.item_id)
        .join(ItineraryItem, ItineraryItem.id == item_attendees.c.item_id)
        .where(
            ItineraryItem.visit_id == visit_id,
            ItineraryItem.kind.in_((ARRIVAL_KIND, DEPARTURE_KIND)),
            ~exists(grouped),
        )
    )
    return bool(session.scalar(select(exists(named))))


def _has_own_stay(session: Session, visit_id: int) -> bool:
    """Whether a participant of the visit has an arrival or departure of their own set."""
    own = select(Participant.id).where(
        Participant.visit_id == visit_id,
        or_(Participant.arrival_at.is_not(None), Participant.departure_at.is_not(None)),
    )
    return bool(session.scalar(select(exists(own))))
