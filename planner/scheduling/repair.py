"""Repair the rest of a day after an item overruns (or is moved) during the visit.

First try to keep everyone's order: push each later site visit of the day (never earlier than it
was: people have been told its time) to the earliest time that respects travel, opening hours, the
fixed items and the day's window, shortening a visit (down to two thirds, at least 15 min) or
dropping optional ones, lowest priority first, when the day is too short. Only when that cannot
place every required visit does the route solver re-plan the rest of the day, which may change the
order. Either way the result is one proposal, accepted or rejected as a whole.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
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
from planner.scheduling.rules import Stay, check_grid

MIN_SHORT_MINUTES = 15


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
) -> Proposal:
    """Propose how the rest of the item's day absorbs its new end (epoch seconds); reasons, notes and
    the conflicts after it are in ``language`` (en, ru, kk). Every time it moves lies on ``grid``
    (minutes from the host's midnight; the visit's own by default)."""
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
    lanes = lanes_of(facts, current)
    say = Messages(language)
    movable, fixed, kept = classify(current, lanes, facts, scope, say)
    target_move = ItemMove(
        item_id,
        target.title,
        _stamp_dt(target.start),
        _stamp_dt(target.end),
        _stamp_dt(target.start),
        _stamp_dt(new_end),
        tuple(sorted(target.groups)),
        tuple(sorted(target.groups)),
    )
    proposal = _shift(current, movable, fixed, lanes, facts, scope, day, grid, say("drop_overrun"))
    if proposal is None:
        proposal = plan_slots(
            current,
            facts,
            time_limit_s=time_limit_s,
            scope=scope,
            kind="repair",
            grid=grid,
            language=language,
        )
        proposal.notes.append(say("repair_replanned"))
    else:
        proposal.notes.append(say("repair_kept_order"))
    if target_move.new_end != target_move.old_end:
        proposal.moves.insert(0, target_move)
    proposal.travel_before = lane_travel(current, lanes, facts)
    proposal.travel_minutes = lane_travel(apply_to_slots(current, proposal, facts), lanes, facts)
    proposal.kind = "repair"
    proposal.kept = kept
    proposal.visit_id = facts.visit_id
    proposal.conflicts_after = check_slots(
        apply_to_slots(slots, proposal, facts), facts, CheckSettings(language=language)
    )
    proposal.seconds = time.perf_counter() - started
    return proposal


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
            before = [b for b in self.busy if b.end <= t]
            if before:
                prev = max(before, key=lambda b: b.end)
                t = max(t, prev.end + self.travel(prev.site_id, site_id))
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
                and b.start < t + seconds + (self.travel(site_id, b.site_id) if b.start >= t else 0)
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
    reason: str,
) -> Proposal | None:
    assert scope.not_before is not None
    window = facts.window_stamps(scope.days[0])
    by_lane: dict[int, list[Slot]] = {}
    for slot, allowed in movable:
        current = [n for n in allowed if lanes[n].key is None or lanes[n].key in slot.groups]
        if len(current) != 1:
            return None  # a visit not yet given to a group: only the solver can choose one
        by_lane.setdefault(current[0], []).append(slot)
    proposal = Proposal(facts.visit_id, "repair")
    stays = stays_of(slots, facts)
    for n, items in by_lane.items():
        lane_fixed = [s for s in fixed if blocks(s, lanes[n]) and facts.local(s.start).date() == day]
        ordered = sorted(items, key=lambda s: (s.start, s.id))
        origin = facts.stamp(scope.days[0], time_of_day(0, 0))
        result = _shift_lane(
            facts,
            lane_fixed,
            ordered,
            window,
            scope.not_before,
            grid,
            origin,
            reason,
            party_size(slots, lanes),
            lane_stay(stays, lanes[n], facts),
        )
        if result is None:
            return None
        moves, dropped = result
        proposal.moves.extend(moves)
        proposal.dropped.extend(dropped)
    return proposal


def _shift_lane(
    facts: VisitFacts,
    fixed: list[Slot],
    items: list[Slot],
    window: tuple[int, int],
    not_before: int,
    grid: int,
    origin: int,
    reason: str,
    party: int = 0,
    stay: Stay | None = None,
) -> tuple[list[ItemMove], list[DroppedItem]] | None:
    # drop optional visits, least wanted (highest priority number) and latest first, until the required
    # ones fit and no kept optional visit is less wanted than a lost one
    optional = sorted((s for s in items if not s.required), key=lambda s: (-max(s.priority, 1), -s.start))
    for dropping in range(len(optional) + 1):
        gone = {s.id for s in optional[:dropping]}
        lane = _Lane(facts, fixed, window, grid, origin, party, stay)
        moves: list[ItemMove] = []
        cursor = not_before
        failed = False
        for slot in items:
            if slot.id in gone:
                continue
            assert slot.site_id is not None
            step = grid * 60
            length = -(-(slot.end - slot.start) // step) * step  # ends on the grid too
            start = lane.earliest(slot.site_id, length, max(cursor, not_before, slot.start))
            if start is None:
                # two thirds, rounded up to the grid: never shorter than that
                short = -(-max(MIN_SHORT_MINUTES * 60, length * 2 // 3) // step) * step
                if short < length:
                    start = lane.earliest(slot.site_id, short, max(cursor, not_before, slot.start))
                    length = short
            if start is None:
                if slot.required:
                    failed = True
                    break
                gone.add(slot.id)
                continue
            if start == slot.start and length >= slot.end - slot.start:
                length = slot.end - slot.start  # an item that stays where it is keeps its own end
            lane.busy.append(_Placed(start, start + length, slot.site_id))
            cursor = start + length
            if start != slot.start or start + length != slot.end:
                groups = tuple(sorted(slot.groups))
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
                    )
                )
        kept_optional = [max(x.priority, 1) for x in optional if x.id not in gone]
        lost_optional = [max(x.priority, 1) for x in optional if x.id in gone]
        # a less wanted site must not stay while a more wanted one is lost: then drop more, least wanted first
        if failed or (kept_optional and lost_optional and max(kept_optional) > min(lost_optional)):
            continue
        dropped = [
            DroppedItem(
                s.id,
                s.title,
                s.required,
                s.priority,
                reason,
            )
            for s in items
            if s.id in gone
        ]
        return moves, dropped
    return None
