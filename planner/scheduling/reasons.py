"""Why each move of a proposal happens, in the user's language: a reason code, its details and a sentence.

The solver does not say why it put a stop where it did, so the reason is read off the result, most
telling first: the site was closed at the old time; the group had not arrived yet; the old time
clashed with a meal or another fixed item; an overrun pushed the day later; a site from the list takes
the old time (room made for it); the day's drive is shorter; another item takes the old time; else
the day's order changed so that everything fits. A move to another day is flagged and says so.
Plain data in and out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from planner.domain.errors import ValidationError
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.messages import Clock, Messages
from planner.scheduling.to_place import PlacedEntry

MEAL_KINDS = frozenset({"meal"})
ARRIVAL_KINDS = frozenset({"arrival"})


def _span(start: Any, end: Any) -> tuple[int, int]:
    return int(start.timestamp()), int(end.timestamp())


def _shares(slot: Slot, people: frozenset[int], groups: frozenset[int]) -> bool:
    return bool(slot.people & people) or bool(slot.groups & groups)


def _day_travel(slots: Iterable[tuple[int, int, int | None]], facts: VisitFacts) -> int:
    total, previous = 0, None
    for _, _, site in sorted(slots):
        if site is None:
            continue
        if previous is not None:
            total += facts.travel.minutes(previous, site) or 0
        previous = site
    return total


class _Explainer:
    def __init__(
        self,
        slots: Sequence[Slot],
        moves: Sequence[Any],
        placed: Sequence[PlacedEntry],
        facts: VisitFacts,
        say: Messages,
        kind: str,
    ) -> None:
        self.facts, self.say, self.kind = facts, say, kind
        self.by_id = {s.id: s for s in slots}
        self.moved = {m.item_id: m for m in moves}
        self.still = [s for s in slots if s.id not in self.moved]
        # where moved and placed items will be: (start, end, title, people, groups, site)
        self.new: list[tuple[int, int, str, frozenset[int], frozenset[int], int | None, int]] = []
        for m in moves:
            slot = self.by_id.get(m.item_id)
            if slot is not None:
                a, b = _span(m.new_start, m.new_end)
                self.new.append(
                    (a, b, m.title, slot.people, frozenset(m.new_groups), slot.site_id, m.item_id)
                )
        for p in placed:
            a, b = _span(p.new_start, p.new_end)
            members = frozenset().union(*(facts.group_members.get(g, frozenset()) for g in p.groups))
            self.new.append((a, b, p.title, members, frozenset(p.groups), p.site_id, -p.entry_id))

    def clock(self, stamp: int) -> str:
        text = self.facts.clock(stamp)
        return Clock(text) if self.say.cases_times else text

    def reason(self, move: Any) -> tuple[str, dict[str, object]]:
        slot = self.by_id[move.item_id]
        old_s, old_e = _span(move.old_start, move.old_end)
        people, groups = slot.people, frozenset(slot.groups) | frozenset(move.new_groups)
        day = self.facts.local(old_s).date()
        if slot.site_id is not None:
            try:
                calendar = self.facts.calendars.get(slot.site_id)
            except ValidationError:
                calendar = None
            if calendar is not None and not calendar.is_open(old_s, old_e):
                site = self.facts.sites[slot.site_id]
                return "opening_hours", {
                    "site": self.say("site", name=site.name),
                    "hours": site.opening_hours,
                }
        for other in self.still:
            if (
                other.kind in ARRIVAL_KINDS
                and _shares(other, people, groups)
                and self.facts.local(other.start).date() == day
                and old_s < other.end
            ):
                return "arrival", {"title": other.title, "at": self.clock(other.end)}
        clashes = [o for o in self.still if o.start < old_e and old_s < o.end and _shares(o, people, groups)]
        for other in clashes:
            if other.kind in MEAL_KINDS:
                return "meal", {"title": other.title}
        if clashes:
            return "clash", {"title": clashes[0].title}
        if self.kind.startswith("repair"):
            return "overrun", {}
        takers = [
            (ident, title)
            for a, b, title, who, their_groups, _, ident in self.new
            if ident != move.item_id and a < old_e and old_s < b and (who & people or their_groups & groups)
        ]
        # a site from the list taking the old time says more than a shorter drive
        for ident, title in takers:
            if ident < 0:
                return "room_for", {"title": title}
        new_s, _ = _span(move.new_start, move.new_end)
        before, after = self.day_drive(move, people, groups, self.facts.local(new_s).date())
        if after < before:
            return "drive_saved", {"before": before, "after": after}
        if takers:
            return "room_for", {"title": takers[0][1]}
        return "order", {}

    def day_drive(
        self, move: Any, people: frozenset[int], groups: frozenset[int], day: date
    ) -> tuple[int, int]:
        """Road minutes of the moved item's people on ``day``, now and after the proposal."""
        local = self.facts.local

        def mine(start: int, who: frozenset[int], their: frozenset[int]) -> bool:
            return local(start).date() == day and bool(who & people or their & groups)

        now = [(s.start, s.end, s.site_id) for s in self.by_id.values() if mine(s.start, s.people, s.groups)]
        later = [(s.start, s.end, s.site_id) for s in self.still if mine(s.start, s.people, s.groups)]
        later += [(a, b, site) for a, b, _, who, g, site, _ in self.new if mine(a, who, g)]
        return _day_travel(now, self.facts), _day_travel(later, self.facts)

    def sentence(self, code: str, details: dict[str, object]) -> str:
        return self.say("reason_" + code, **details)


def explain_moves(
    slots: Sequence[Slot],
    moves: Sequence[Any],
    placed: Sequence[PlacedEntry],
    facts: VisitFacts,
    say: Messages,
    kind: str = "plan",
) -> tuple[list[Any], list[PlacedEntry]]:
    """The moves with their reason, details, sentence and day flag filled in, and the placed entries
    with theirs (a move that already has a reason keeps it)."""
    explainer = _Explainer(slots, moves, placed, facts, say, kind)
    out = []
    for move in moves:
        if move.reason or move.item_id not in explainer.by_id:
            out.append(move)
            continue
        code, details = explainer.reason(move)
        old_day = facts.local(int(move.old_start.timestamp())).date()
        new_day = facts.local(int(move.new_start.timestamp())).date()
        why = explainer.sentence(code, details)
        if old_day != new_day:
            why += say("reason_day_moved", old=say.day(old_day), new=say.day(new_day))
        out.append(replace(move, reason=code, details=details, why=why, day_changed=old_day != new_day))
    placed_out = [
        p
        if p.why
        else replace(
            p,
            why=say(
                "reason_placed",
                day=say.day(facts.local(int(p.new_start.timestamp())).date()),
                at=explainer.clock(int(p.new_start.timestamp())),
            ),
        )
        for p in placed
    ]
    return out, placed_out
