"""Read the solver's solution back into a proposal: moves, placed entries, added meals and drops."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.lanes import Lane
from planner.scheduling.messages import Messages
from planner.scheduling.model_builder import StopKey, _Builder, _stop_key
from planner.scheduling.naming import Namer
from planner.scheduling.presence import joiners
from planner.scheduling.proposal import DroppedItem, ItemMove, NewItem, Proposal, _stamp_dt
from planner.scheduling.rules import Bound, Stay
from planner.scheduling.solver import RoutingSolution
from planner.scheduling.to_place import EntryLeft, EntryToPlace, PlacedEntry


def _proposal(
    solution: RoutingSolution,
    builder: _Builder,
    by_id: dict[int, Slot],
    lanes: Sequence[Lane],
    facts: VisitFacts,
    kind: str,
    say: Messages,
    entries: dict[int, EntryToPlace] | None = None,
) -> Proposal:
    entries = entries or {}
    moves: list[ItemMove] = []
    placed: list[PlacedEntry] = []
    for k, route in enumerate(solution.routes):
        lane = lanes[builder.vehicle_lane[k][0]]
        for visit in route:
            key = _stop_key(visit.key)
            tag, item_id = key[0], key[1]
            if tag == "entry":
                entry = entries[-item_id]
                start = builder.stamp(visit.start)
                groups = () if lane.key is None else (lane.key,)
                placed.append(
                    PlacedEntry(
                        entry.id,
                        entry.title,
                        entry.site_id,
                        _stamp_dt(start),
                        # on the grid as a moved item's end (the solver kept the whole grid steps)
                        _stamp_dt(start + builder.on_grid(entry.minutes * 60)),
                        groups,
                    )
                )
                continue
            if tag != "item":
                continue
            slot = by_id[item_id]
            start = builder.stamp(visit.start)
            end = start + builder.on_grid(slot.end - slot.start)
            new_groups = tuple(sorted(slot.groups)) if lane.key is None else (lane.key,)
            old_groups = tuple(sorted(slot.groups))
            if start != slot.start or end != slot.end or new_groups != old_groups:
                moves.append(
                    ItemMove(
                        item_id,
                        slot.title,
                        _stamp_dt(slot.start),
                        _stamp_dt(slot.end),
                        _stamp_dt(start),
                        _stamp_dt(end),
                        old_groups,
                        new_groups,
                    )
                )
    added = _meals_added(solution, builder, lanes, facts, say)
    # meals with no gap for them at all were left out before the search
    added.notes.extend(_meal_left_note(key, builder, lanes, facts, say) for key in builder.meals_left)
    dropped = []
    left = []
    for key in map(_stop_key, solution.dropped):
        if key[0] == "entry":
            entry = entries[-key[1]]
            reason = say("drop_no_room") + (
                "" if entry.required else say("drop_priority", priority=max(entry.priority, 1))
            )
            left.append(EntryLeft(entry.id, entry.title, entry.required, entry.priority, reason))
            continue
        if key[0] == "meal":
            added.notes.append(_meal_left_note(key, builder, lanes, facts, say))
        if key[0] != "item":
            continue
        slot = by_id[key[1]]
        reason = say("drop_no_room") + (
            "" if slot.required else say("drop_priority", priority=max(slot.priority, 1))
        )
        dropped.append(DroppedItem(slot.id, slot.title, slot.required, slot.priority, reason))
    moves.sort(key=lambda m: (m.new_start, m.item_id))
    placed.sort(key=lambda p: (p.new_start, p.entry_id))
    return Proposal(
        facts.visit_id,
        kind,
        moves,
        dropped,
        travel_minutes=solution.travel,
        notes=added.notes,
        added=added.items,
        placed=placed,
        left=left,
    )


@dataclass
class _Added:
    items: list[NewItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _meals_added(
    solution: RoutingSolution, builder: _Builder, lanes: Sequence[Lane], facts: VisitFacts, say: Messages
) -> _Added:
    """The meal items the plan adds (a meal stop the solver placed), in time order: one item for all
    the groups that have the same meal at the same time (see ``_shared``)."""
    found = _Added()
    for route in solution.routes:
        for visit in route:
            if visit.key not in builder.meal_rules:
                continue
            rule, n, _ = builder.meal_rules[visit.key]
            start = builder.stamp(visit.start)
            lane = lanes[n]
            found.items.append(
                NewItem(
                    say(f"meal_{rule.name}"),
                    "meal",
                    _stamp_dt(start),
                    _stamp_dt(start + builder.on_grid(rule.minutes * 60)),
                    rule.site_id,
                    () if lane.key is None else (lane.key,),
                    tuple(sorted(lane.members)) if lane.key is None else (),
                )
            )
    found.items = _shared(found.items)
    found.items.sort(key=lambda a: (a.start, a.groups))
    return found


def _shared(meals: Sequence[NewItem]) -> list[NewItem]:
    """The meals with those of the same name, place, start and end made one item for all their groups
    (and people): two "Lunch" items at the same minute, one per group, read as two lunches to an
    officer; groups that eat at different times keep their own."""
    merged: dict[tuple[object, ...], NewItem] = {}
    for meal in meals:
        key = (meal.title, meal.kind, meal.site_id, meal.start, meal.end)
        seen = merged.setdefault(key, meal)
        if seen is not meal:
            merged[key] = replace(
                seen,
                groups=tuple(sorted({*seen.groups, *meal.groups})),
                attendees=tuple(sorted({*seen.attendees, *meal.attendees})),
            )
    return list(merged.values())


def _meal_left_note(
    key: StopKey, builder: _Builder, lanes: Sequence[Lane], facts: VisitFacts, say: Messages
) -> str:
    """Why a lane-day has no meal: the fixed items in the meal's window when there are any (they
    leave no gap of its length with the drives between them) and the day's other meals that took the
    gap it would have had alone, else that the day had no room."""
    rule, n, day = builder.meal_rules[key]
    values = {
        "meal": say(f"meal_{rule.name}"),
        "lane": lanes[n].name,
        "day": say.day(day),
        "w0": f"{rule.start:%H:%M}",
        "w1": f"{rule.end:%H:%M}",
    }
    blockers = builder.meal_blockers.get(key, ())
    # the meals kept in the gap this one would have fitted alone
    rivals = [say("meal_gap_kept", meal=say(f"meal_{builder.meal_rules[r][0].name}"))
              for r in builder.meal_rivals.get(key, ())]  # fmt: skip
    if not blockers and not rivals:
        return say("meal_no_room", **values)
    spans = [(s.title, f"{facts.local(s.start):%H:%M}", f"{facts.local(s.end):%H:%M}") for s in blockers]
    items = ", ".join([say("item_time", title=t, start=a, end=b) for t, a, b in spans] + rivals)
    # the drives count when the group goes from one site to another in the window
    drives = say("meal_gap_drives") if len({s.site_id for s in blockers} - {None}) > 1 else ""
    return say("meal_no_gap", minutes=rule.minutes, items=items, drives=drives, **values)


def stay_notes(builder: _Builder, lanes: Sequence[Lane], facts: VisitFacts, say: Messages) -> list[str]:
    """Where a member comes later (or leaves earlier) than their group: the group is planned from its own
    arrival to its own departure, and they join it at the first item they can reach from their arrival
    place (leave it after the last from which they reach their departure; ``presence``). Says who,
    when, and when the group itself comes or goes, so the officer sees why they miss the first items."""
    namer = Namer(facts, say)
    stays = builder.stays
    notes: list[str] = []
    for n, lane in enumerate(lanes):
        planned = builder.lane_stays.get(n)
        if planned is None:
            continue
        found = joiners(stays, lane.key, lane.members)
        for arrival in (True, False):
            by_bound: dict[Bound, set[int]] = defaultdict(set)
            for person, stay in found.items():
                bound = _end_of(stay, arrival)
                if bound is not None:
                    by_bound[bound].add(person)
            for bound in sorted(by_bound, key=lambda b: b.at):
                people = frozenset(by_bound[bound])
                notes.append(_bound_note(lane, arrival, bound, _end_of(planned, arrival), people, namer, say))
    return notes


def _bound_note(
    lane: Lane,
    arrival: bool,
    bound: Bound,
    mine: Bound | None,
    people: frozenset[int],
    namer: Namer,
    say: Messages,
) -> str:
    """The note of the ``people`` who join ``lane`` late (their arrival), or leave it early."""
    who, many = namer.who(people)
    tail = "arrival" if arrival else "departure"
    if mine is None:
        own = say(f"stay_no_own_{tail}")
    else:
        own = say(f"stay_own_{tail}", at=namer.clock(mine.at), day=namer.day(mine.at))
    key = "stay_late_member" if arrival else "stay_early_member"
    name = lane.name if lane.key is not None else say("delegation")
    return say(key, many, lane=name, at=namer.clock(bound.at), day=namer.day(bound.at), who=who, own=own)


def _end_of(stay: Stay, arrival: bool) -> Bound | None:
    return stay.arrival if arrival else stay.departure
