"""Repair the rest of a day after an item overruns (or is moved) during the visit.

The overrun itself is always part of the proposal: it happened, so it can be recorded even when a
conflict remains, and the conflicts left are named with their items and minutes (``remaining``).

First try to keep everyone's order: push each later site visit of the day (never earlier than it
was: people have been told its time) to the earliest time that respects travel, opening hours, the
fixed items and the day's window, shortening a visit (down to two thirds, at least 15 min:
``repair_report.minimum_seconds``) or dropping optional ones, lowest priority first, when the day is
too short. Only when that cannot place every required visit does the route solver re-plan the rest
of the day, which may change the order; when that finds nothing either, required visits that no
longer fit go back to the list of sites to place. A pinned item the overrun runs into is never moved
unless ``shift_pinned``: the proposal says which item it is and by how much it would have to move,
after checking its attendees' other commitments at the new time. Either way the result is one
proposal, accepted or rejected as a whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import time as time_of_day

from planner.domain.errors import NotFoundError, ValidationError
from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import DEFAULT_LANGUAGE, Messages
from planner.scheduling.opening_hours import OpeningCalendar
from planner.scheduling.planner import (
    DroppedItem,
    ItemMove,
    Lane,
    Proposal,
    _Scope,
    _stamp_dt,
    apply_to_slots,
    blocks,
    classify,
    lane_stay,
    lane_travel,
    lanes_of,
    party_size,
    plan_slots,
    stays_of,
)
from planner.scheduling.repair_report import (
    MIN_SHORT_MINUTES,
    RepairProposal,
    check_shifts,
    describe_shift,
    minimum_seconds,
    pinned_in_the_way,
    remaining_errors,
    say_repair,
)
from planner.scheduling.rules import Stay, check_grid

__all__ = ["MIN_SHORT_MINUTES", "RepairProposal", "repair_slots"]


@dataclass
class _Placed:
    start: int
    end: int
    site_id: int | None


def repair_slots(
    slots: Sequence[Slot],
    facts: VisitFacts,
    item_id: int,
    new_end: int,
    *,
    time_limit_s: float = 1.0,
    grid: int | None = None,
    language: str = DEFAULT_LANGUAGE,
    shift_pinned: bool = False,
) -> RepairProposal:
    """Propose how the rest of the item's day absorbs its new end (epoch seconds); reasons, notes and
    the conflicts after it are in ``language`` (en, ru, kk). Every time it moves lies on ``grid``
    (minutes from the host's midnight; the visit's own by default).

    The proposal always records the new end. Pinned items the overrun runs into are listed in
    ``pinned`` with the minutes they would have to move; with ``shift_pinned`` those whose attendees
    are free at the new time are moved. Errors left are named in ``remaining``."""
    started = time.perf_counter()
    grid = facts.rules.grid if grid is None else check_grid(grid)
    by_id = {s.id: s for s in slots}
    target = by_id.get(item_id)
    if target is None:
        raise NotFoundError(f"there is no item with id {item_id} in this visit")
    if new_end <= target.start:
        raise ValidationError(
            f"the new end {facts.clock(new_end)} is not after the start of «{target.title}» "
            f"({facts.clock(target.start)})"
        )
    day = facts.local(target.start).date()
    changed = replace(target, end=new_end)
    current = [changed if s.id == item_id else s for s in slots]
    later = frozenset(
        s.id
        for s in current
        if s.id != item_id and s.start >= target.start and facts.local(s.start).date() == day
    )
    scope = _Scope([day], not_before=target.start, movable=later)
    say = Messages(language)
    target_move = ItemMove(
        item_id,
        target.title,
        _stamp_dt(target.start),
        _stamp_dt(target.end),
        _stamp_dt(target.start),
        _stamp_dt(new_end),
        tuple(sorted(target.groups)),
        tuple(sorted(target.groups)),
        reason="overran",
        details={"minutes": (new_end - target.end) // 60},
        why=say_repair(
            say,
            "reason_overran" if new_end >= target.end else "reason_ended_early",
            minutes=abs(new_end - target.end) // 60,
            at=facts.clock(new_end),
            was=facts.clock(target.end),
        ),
    )
    try:
        lanes = lanes_of(facts, current)
        proposal, kept = _repair_day(
            current, changed, lanes, facts, scope, day, grid, say, time_limit_s, language, shift_pinned
        )
    except ValidationError as exc:
        # the overrun happened: record it even when no repair of the rest of the day can be proposed
        lanes = []
        proposal, kept = RepairProposal(facts.visit_id, "repair"), []
        proposal.notes.append(say_repair(say, "recorded_only", why=exc))
    if target_move.new_end != target_move.old_end:
        proposal.moves.insert(0, target_move)
    after = apply_to_slots(slots, proposal, facts)
    if lanes:
        proposal.travel_before = lane_travel(current, lanes, facts)
        proposal.travel_minutes = lane_travel(apply_to_slots(current, proposal, facts), lanes, facts)
    proposal.kind = "repair"
    proposal.kept = kept
    proposal.visit_id = facts.visit_id
    proposal.conflicts_after = check_slots(after, facts, CheckSettings(language=language))
    proposal.remaining = remaining_errors(after, proposal.conflicts_after, facts, say)
    proposal.minimum_rule = say_repair(say, "minimum_rule", floor=MIN_SHORT_MINUTES)
    proposal.seconds = time.perf_counter() - started
    return proposal


def _repair_day(
    current: list[Slot],
    target: Slot,
    lanes: Sequence[Lane],
    facts: VisitFacts,
    scope: _Scope,
    day: object,
    grid: int,
    say: Messages,
    time_limit_s: float,
    language: str,
    shift_pinned: bool,
) -> tuple[RepairProposal, list[tuple[int, str]]]:
    """The repair of the rest of the day (without the overrun item's own move) and the items kept."""
    movable, fixed, kept = classify(current, lanes, facts, scope, say)
    movable_ids = frozenset(s.id for s, _ in movable)
    step = grid * 60
    origin = facts.stamp(scope.days[0], time_of_day(0, 0))

    def on_grid(t: int) -> int:
        return origin + -(-(t - origin) // step) * step

    party = party_size(current, lanes)
    # a meal the plan added (unpinned) gives way inside its window; then it is fixed at its new time
    meal_moves = _push_meals(current, target, fixed, facts, on_grid, party, say, language)
    if meal_moves:
        current = _moved(current, meal_moves)
        movable, fixed, kept = classify(current, lanes, facts, scope, say)
    in_the_way = pinned_in_the_way(current, target, movable_ids, facts, on_grid, party)
    blocked = check_shifts(fixed, in_the_way, target, facts, language) if in_the_way else {}
    shifts = []
    pinned_moves: list[ItemMove] = []
    for slot, new_start in in_the_way:
        applied = shift_pinned and not blocked[slot.id]
        shifts.append(describe_shift(slot, new_start, blocked[slot.id], applied, facts, say))
        if not applied:
            continue
        minutes = (new_start - slot.start) // 60
        groups = tuple(sorted(slot.groups))
        pinned_moves.append(
            ItemMove(
                slot.id,
                slot.title,
                _stamp_dt(slot.start),
                _stamp_dt(slot.end),
                _stamp_dt(new_start),
                _stamp_dt(new_start + slot.end - slot.start),
                groups,
                groups,
                reason="pinned_shift",
                details={"title": target.title, "minutes": minutes},
                why=say_repair(say, "reason_pinned_shift", title=target.title, minutes=minutes),
            )
        )
    if pinned_moves:
        current = _moved(current, pinned_moves)
        movable, fixed, kept = classify(current, lanes, facts, scope, say)
    proposal = _shift(current, movable, fixed, lanes, facts, scope, day, grid, say)
    if proposal is not None:
        proposal.notes.append(say("repair_kept_order"))
    else:
        try:
            planned = plan_slots(
                current,
                facts,
                time_limit_s=time_limit_s,
                scope=scope,
                kind="repair",
                grid=grid,
                language=language,
            )
            proposal = RepairProposal(**{f: getattr(planned, f) for f in Proposal.__dataclass_fields__})
            proposal.notes.append(say("repair_replanned"))
        except ValidationError:
            # the solver finds no day that keeps every rule (the overrun runs into a fixed item, or a
            # required visit no longer fits): keep the order and return what no longer fits to the list
            proposal = _shift(current, movable, fixed, lanes, facts, scope, day, grid, say, lenient=True)
            if proposal is None:
                raise
            proposal.notes.append(say("repair_kept_order"))
    proposal.moves[:0] = meal_moves + pinned_moves
    proposal.pinned = shifts
    proposal.notes[:0] = [s.sentence for s in shifts]
    return proposal, kept


def _moved(current: list[Slot], moves: Sequence[ItemMove]) -> list[Slot]:
    """The items with ``moves`` applied."""
    moved = {m.item_id: m for m in moves}
    return [
        replace(s, start=int(moved[s.id].new_start.timestamp()), end=int(moved[s.id].new_end.timestamp()))
        if s.id in moved
        else s
        for s in current
    ]


def _push_meals(
    current: Sequence[Slot],
    target: Slot,
    fixed: Sequence[Slot],
    facts: VisitFacts,
    on_grid: Callable[[int], int],
    party: int,
    say: Messages,
    language: str,
) -> list[ItemMove]:
    """Unpinned meals (the plan adds them so) that the overrun runs into, pushed to the first grid mark
    its people can be there, when the meal still ends inside its rule's window and its people are free
    then (the check's rules against everything the repair does not move); a pinned meal stays, and
    is offered as a pinned item in the way. The site visits after a pushed meal are pushed after it."""
    day = facts.local(target.start).date()
    kinds = facts.rules.meal_kinds
    moves: list[ItemMove] = []
    for meal in sorted(current, key=lambda x: (x.start, x.id)):
        if meal.pinned or meal.kind not in kinds or meal.id == target.id or meal.start < target.start:
            continue
        if facts.local(meal.start).date() != day or not (
            meal.people & target.people or meal.groups & target.groups
        ):
            continue
        ready = target.end + (facts.travel.transfer(target.site_id, meal.site_id, party) or 0) * 60
        if meal.start >= ready:
            continue
        new_start, length = on_grid(ready), meal.end - meal.start
        windows = [
            (facts.stamp(day, rule.start), facts.stamp(day, rule.end))
            for rule in facts.rules.meals()
            if facts.stamp(day, rule.start) < meal.end and meal.start < facts.stamp(day, rule.end)
        ]
        if not windows or new_start + length > windows[0][1]:
            continue  # no room left in its window: it stays, and the clash is named
        if check_shifts(fixed, [(meal, new_start)], target, facts, language)[meal.id]:
            continue  # its people are due elsewhere then
        groups = tuple(sorted(meal.groups))
        minutes = (new_start - meal.start) // 60
        w0, w1 = windows[0]
        moves.append(
            ItemMove(
                meal.id,
                meal.title,
                _stamp_dt(meal.start),
                _stamp_dt(meal.end),
                _stamp_dt(new_start),
                _stamp_dt(new_start + length),
                groups,
                groups,
                reason="meal_pushed",
                details={"title": target.title, "minutes": minutes},
                why=say_repair(
                    say,
                    "reason_meal_pushed",
                    title=target.title,
                    minutes=minutes,
                    w0=facts.clock(w0),
                    w1=facts.clock(w1),
                ),
            )
        )
    return moves


class _Lane:
    """One lane's busy times on the repaired day, and the placing of its visits in order."""

    def __init__(
        self,
        facts: VisitFacts,
        fixed: list[Slot],
        window: tuple[int, int],
        grid: int,
        origin: int,
        party: int = 0,
        stay: Stay | None = None,
    ) -> None:
        self.party = party  # people per transfer, for the boarding allowance (as the planner)
        self.stay = stay or Stay()  # the lane's arrival and departure: nothing is placed outside them
        self.step = grid * 60
        self.origin = origin  # the host's midnight: grid marks are counted from it, as in the planner
        self.facts = facts
        self.busy = [_Placed(s.start, s.end, s.site_id) for s in fixed]
        self.window = window
        self.calendars: dict[int, OpeningCalendar | None] = {}

    def on_grid(self, t: int) -> int:
        """The first grid mark at or after ``t``."""
        return self.origin + -(-(t - self.origin) // self.step) * self.step

    def travel(self, a: int | None, b: int | None) -> int:
        """Seconds of the transfer: the drive and, between sites, the time to board."""
        return (self.facts.travel.transfer(a, b, self.party) or 0) * 60

    def free(self, start: int, end: int) -> int:
        """Seconds from ``start`` to ``end`` that no busy item with no site takes (time to drive in)."""
        taken, cursor = 0, start
        for b in sorted((b for b in self.busy if b.site_id is None), key=lambda b: b.start):
            a, z = max(b.start, cursor), min(b.end, end)
            if z > a:
                taken += z - a
                cursor = z
        return end - start - taken

    def after_free(self, start: int, seconds: int) -> int:
        """The first moment by which ``seconds`` free of busy items with no site have passed after
        ``start``."""
        t, left = start, seconds
        for b in sorted((b for b in self.busy if b.site_id is None), key=lambda b: b.start):
            if b.end <= t:
                continue
            if b.start - t >= left:
                break
            left -= max(0, b.start - t)
            t = max(t, b.end)
        return t + left

    def open_spans(self, site_id: int) -> list[tuple[int, int]]:
        if site_id not in self.calendars:
            site = self.facts.sites.get(site_id)
            text = site.opening_hours if site else ""
            self.calendars[site_id] = OpeningCalendar(text, self.facts.tz) if text.strip() else None
        calendar = self.calendars[site_id]
        if calendar is None:
            return [self.window]
        return calendar.open_spans_within(*self.window)

    def earliest(self, site_id: int, seconds: int, not_before: int) -> int | None:
        """The earliest start at or after ``not_before`` where the visit fits, or None."""
        t = not_before
        arrival, departure = self.stay.arrival, self.stay.departure
        if arrival is not None:
            t = max(t, arrival.at + self.travel(arrival.site_id, site_id))
        spans = self.open_spans(site_id)
        for _ in range(200):
            # the drive comes from the last site before; items with no site on the way (a press point
            # "in the hotel") are held where the group is, so the drive fits around them (as the check)
            before = [b for b in self.busy if b.end <= t and b.site_id is not None]
            if before:
                prev = max(before, key=lambda b: b.end)
                t = max(t, self.after_free(prev.end, self.travel(prev.site_id, site_id)))
            t = self.on_grid(t)
            span = next((s for s in spans if s[0] <= t < s[1]), None)
            if span is None:
                later = [s[0] for s in spans if s[0] > t]
                if not later:
                    return None
                t = later[0]
                continue
            if t + seconds > span[1]:
                later = [s[0] for s in spans if s[0] > t]
                if not later:
                    return None
                t = later[0]
                continue
            if t + seconds > self.window[1]:
                return None
            clash = [
                b
                for b in self.busy
                if b.end > t
                and (
                    b.start < t + seconds or self.free(t + seconds, b.start) < self.travel(site_id, b.site_id)
                )
            ]
            if clash:
                t = max(b.end for b in clash)
                continue
            if departure is not None and t + seconds + self.travel(site_id, departure.site_id) > departure.at:
                return None
            return t
        return None


def _shift(
    slots: Sequence[Slot],
    movable: list[tuple[Slot, list[int]]],
    fixed: list[Slot],
    lanes: Sequence[Lane],
    facts: VisitFacts,
    scope: _Scope,
    day: object,
    grid: int,
    say: Messages,
    *,
    lenient: bool = False,
) -> RepairProposal | None:
    """Each lane's later visits pushed in their order; None when that cannot place every required
    visit (or a visit has no group yet). ``lenient``: required visits that no longer fit go back to
    the list instead."""
    assert scope.not_before is not None
    window = facts.window_stamps(scope.days[0])
    by_lane: dict[int, list[Slot]] = {}
    for slot, allowed in movable:
        current = [n for n in allowed if lanes[n].key is None or lanes[n].key in slot.groups]
        if len(current) != 1:
            return None  # a visit not yet given to a group: only the solver can choose one
        by_lane.setdefault(current[0], []).append(slot)
    proposal = RepairProposal(facts.visit_id, "repair")
    stays = stays_of(slots, facts)
    for n, items in by_lane.items():
        lane_fixed = [s for s in fixed if blocks(s, lanes[n]) and facts.local(s.start).date() == day]
        ordered = sorted(items, key=lambda s: (s.start, s.id))
        origin = facts.stamp(scope.days[0], time_of_day(0, 0))
        lane = _LaneDay(
            facts,
            lane_fixed,
            window,
            grid,
            origin,
            party_size(slots, lanes),
            lane_stay(stays, lanes[n], facts),
        )
        result = _shift_lane(lane, ordered, scope.not_before, say, lenient)
        if result is None:
            return None
        moves, dropped = result
        proposal.moves.extend(moves)
        proposal.dropped.extend(dropped)
    return proposal


@dataclass(frozen=True)
class _LaneDay:
    """What a lane's day is made of: its fixed items, window, grid, party and stay."""

    facts: VisitFacts
    fixed: list[Slot]
    window: tuple[int, int]
    grid: int
    origin: int
    party: int
    stay: Stay

    def fresh(self) -> _Lane:
        return _Lane(self.facts, self.fixed, self.window, self.grid, self.origin, self.party, self.stay)


def _shift_lane(
    day: _LaneDay, items: list[Slot], not_before: int, say: Messages, lenient: bool = False
) -> tuple[list[ItemMove], list[DroppedItem]] | None:
    """Drop optional visits, least wanted (highest priority number) and latest first, until the
    required ones fit and no kept optional visit is less wanted than a lost one. ``lenient``: when no
    such choice places every required visit, the one that returns fewest required ones to the list."""
    optional = sorted((s for s in items if not s.required), key=lambda s: (-max(s.priority, 1), -s.start))
    best: tuple[int, list[ItemMove], set[int]] | None = None
    for dropping in range(len(optional) + 1):
        gone = {s.id for s in optional[:dropping]}
        placed = _place(day, items, gone, not_before, say, lenient)
        if placed is None:
            continue
        moves, gone = placed
        kept_optional = [max(x.priority, 1) for x in optional if x.id not in gone]
        lost_optional = [max(x.priority, 1) for x in optional if x.id in gone]
        # a less wanted site must not stay while a more wanted one is lost: then drop more, least wanted first
        if kept_optional and lost_optional and max(kept_optional) > min(lost_optional):
            continue
        lost_required = sum(1 for s in items if s.required and s.id in gone)
        if best is None or lost_required < best[0]:
            best = (lost_required, moves, gone)
        if lost_required == 0:
            break
    if best is None:
        return None
    _, moves, gone = best
    dropped = [
        DroppedItem(
            s.id,
            s.title,
            s.required,
            s.priority,
            say_repair(say, "drop_returned") if s.required else say("drop_overrun"),
        )
        for s in items
        if s.id in gone
    ]
    return moves, dropped


def _place(
    day: _LaneDay, items: list[Slot], gone: set[int], not_before: int, say: Messages, lenient: bool
) -> tuple[list[ItemMove], set[int]] | None:
    """The visits not ``gone`` placed in their order: their moves and every visit left out; None when
    a required visit does not fit (unless ``lenient``)."""
    gone = set(gone)
    lane = day.fresh()
    step = day.grid * 60
    moves: list[ItemMove] = []
    cursor = not_before
    for slot in items:
        if slot.id in gone:
            continue
        assert slot.site_id is not None
        own = slot.end - slot.start
        length = -(-own // step) * step  # ends on the grid too
        start = lane.earliest(slot.site_id, length, max(cursor, not_before, slot.start))
        if start is None:
            # two thirds of its length as planned (before any earlier repair shortened it), rounded
            # up to the grid: never shorter than that
            short = minimum_seconds(own, step, slot.planned_minutes)
            if short < length:
                start = lane.earliest(slot.site_id, short, max(cursor, not_before, slot.start))
                length = short
        if start is None:
            if slot.required and not lenient:
                return None
            gone.add(slot.id)
            continue
        if start == slot.start and length >= own:
            length = own  # an item that stays where it is keeps its own end
        lane.busy.append(_Placed(start, start + length, slot.site_id))
        cursor = start + length
        if start != slot.start or start + length != slot.end:
            groups = tuple(sorted(slot.groups))
            shortened = length < own
            minutes: dict[str, object] = {
                "old": own // 60,
                "new": length // 60,
                "minimum": minimum_seconds(own, step, slot.planned_minutes) // 60,
            }
            moves.append(
                ItemMove(
                    slot.id,
                    slot.title,
                    _stamp_dt(slot.start),
                    _stamp_dt(slot.end),
                    _stamp_dt(start),
                    _stamp_dt(start + length),
                    groups,
                    groups,
                    # a shortened visit says by how much and what the floor is; other moves get their
                    # reason from reasons.py
                    reason="shortened" if shortened else "",
                    details=minutes if shortened else {},
                    why=say_repair(say, "reason_shortened", **minutes) if shortened else "",
                )
            )
    return moves, gone
