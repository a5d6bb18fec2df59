"""What a repair reports beyond its moves: the pinned items in the way of an overrun (and whether they
may shift), the conflicts that remain (named, with their minutes) and the sentences for both in en, ru
and kk. Plain data in and out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from planner.domain.quotes import format_quoting
from planner.scheduling.conflicts import check_slots
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import Clock, Messages
from planner.scheduling.proposal import Proposal, _stamp_dt
from planner.scheduling.results import DOUBLE_BOOKED, ERROR, TRAVEL_TIME, VEHICLE_DOUBLE_BOOKED, Conflict

# A shortened visit keeps at least two thirds of its length, and never less than this (docs/scheduling.md)
MIN_SHORT_MINUTES = 15

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "reason_meal_pushed": "{minutes} min later after the overrun of «{title}», still in its window "
        "{w0}–{w1}",
        "state_pinned": "pinned",
        "state_fixed": "fixed",
        "reason_ended_early": "ends {minutes} min early: at {at} instead of {was}",
        "reason_overran": "runs {minutes} min over: ends at {at} instead of {was}",
        "pinned_offer": "only “{title}” ({state}, {span}) could give way: it would start {minutes} min "
        "later, {new_span}; its attendees are free then",
        "pinned_shifted": "“{title}” ({state}) starts {minutes} min later, {new_span}; its attendees are "
        "free then",
        "pinned_blocked": "only “{title}” ({state}, {span}) could give way, by {minutes} min "
        "({new_span}), but it cannot be shifted: {clash}",
        "reason_pinned_shift": "shifted {minutes} min after the overrun of “{title}”; its attendees are "
        "free then",
        "remains_overlap": "“{a}” ({a_span}) and “{b}” ({b_span}) overlap by {minutes} min",
        "remains_travel": "between “{a}” ({a_span}) and “{b}” ({b_span}) the transfer is {minutes} min short",
        "reason_shortened": "shortened from {old} to {new} min to fit the rest of the day (never below two "
        "thirds of its length: {minimum} min)",
        "minimum_rule": "a visit is shortened to no less than two thirds of its length (at least {floor} "
        "min)",
        "drop_returned": "no time left in the rest of the day even at two thirds of its length; back to the "
        "list of sites to place",
        "recorded_only": "no repair keeps every rule ({why}); the overrun alone is recorded",
    },
    "ru": {
        "reason_meal_pushed": "на {minutes} мин позже из-за задержки «{title}», в пределах своего "
        "окна {w0}–{w1}",
        "state_pinned": "зафиксирован",
        "state_fixed": "фиксированный пункт",
        "reason_ended_early": "окончание на {minutes} мин раньше: в {at} вместо {was}",
        "reason_overran": "задержка на {minutes} мин: окончание в {at} вместо {was}",
        "pinned_offer": "уступить может только «{title}» ({state}, {span}): начало на {minutes} мин "
        "позже, {new_span}; его участники в это время свободны",
        "pinned_shifted": "«{title}» ({state}) начинается на {minutes} мин позже, {new_span}; его "
        "участники в это время свободны",
        "pinned_blocked": "уступить может только «{title}» ({state}, {span}), на {minutes} мин "
        "({new_span}), но сдвинуть его нельзя: {clash}",
        "reason_pinned_shift": "сдвинут на {minutes} мин после задержки «{title}»; его участники в это "
        "время свободны",
        "remains_overlap": "«{a}» ({a_span}) и «{b}» ({b_span}) пересекаются на {minutes} мин",
        "remains_travel": "между «{a}» ({a_span}) и «{b}» ({b_span}) на переезд не хватает {minutes} мин",
        "reason_shortened": "сокращено с {old} до {new} мин, чтобы уместить остаток дня (не меньше двух "
        "третей длительности: {minimum} мин)",
        "minimum_rule": "посещение сокращается не меньше чем до двух третей длительности (и не короче "
        "{floor} мин)",
        "drop_returned": "даже при двух третях длительности в остатке дня нет времени; возвращено в список "
        "объектов к размещению",
        "recorded_only": "исправить день без нарушений не удалось ({why}); записывается только задержка",
    },
    "kk": {
        "reason_meal_pushed": "«{title}» кешігуіне байланысты {minutes} мин кейін, өз уақыт аралығында "
        "{w0}–{w1}",
        "state_pinned": "бекітілген",
        "state_fixed": "тұрақты тармақ",
        "reason_ended_early": "{minutes} мин ерте: {was} орнына {at} аяқталады",
        "reason_overran": "{minutes} мин кешігу: {was} орнына {at} аяқталады",
        "pinned_offer": "тек «{title}» ({state}, {span}) ғана орын бере алады: ол {minutes} мин кейін "
        "басталады, {new_span}; оның қатысушылары бұл уақытта бос",
        "pinned_shifted": "«{title}» ({state}) {minutes} мин кейін басталады, {new_span}; оның "
        "қатысушылары бұл уақытта бос",
        "pinned_blocked": "тек «{title}» ({state}, {span}) ғана {minutes} мин орын бере алады "
        "({new_span}), бірақ оны жылжыту мүмкін емес: {clash}",
        "reason_pinned_shift": "«{title}» кешігуінен кейін {minutes} мин жылжытылды; оның қатысушылары бұл "
        "уақытта бос",
        "remains_overlap": "«{a}» ({a_span}) мен «{b}» ({b_span}) {minutes} мин қабаттасады",
        "remains_travel": "«{a}» ({a_span}) мен «{b}» ({b_span}) арасында жол жүруге {minutes} мин жетпейді",
        "reason_shortened": "күннің қалған бөлігіне сыю үшін {old} минуттан {new} минутқа қысқартылды "
        "(ұзақтығының үштен екісінен кем емес: {minimum} мин)",
        "minimum_rule": "сапар ұзақтығының үштен екісінен кем емес қысқартылады (кемінде {floor} мин)",
        "drop_returned": "ұзақтығының үштен екісінде де күннің қалған бөлігінде уақыт жоқ; орналастырылатын "
        "нысандар тізіміне қайтарылды",
        "recorded_only": "күнді ережелерді бұзбай түзету мүмкін болмады ({why}); тек кешігу жазылады",
    },
}


def say_repair(say: Messages, key: str, /, **values: object) -> str:
    """A repair sentence in the language of ``say``."""
    language = say.language if say.language in _TEXTS else "en"
    return format_quoting(_TEXTS[language][key], language, values)


def minimum_seconds(seconds: int, step: int, planned_minutes: int | None = None) -> int:
    """The shortest a visit of ``seconds`` may become: two thirds of its length rounded up to the grid
    ``step`` (seconds), and at least ``MIN_SHORT_MINUTES``; never more than its own length on the grid.

    ``planned_minutes``, the length before an earlier repair first shortened it, is what the two
    thirds count from when it is longer: a second overrun cannot cut a 45-minute visit that one repair
    made 30 minutes long below 30 (two thirds of the 45 planned).
    """
    own = -(-seconds // step) * step
    length = max(seconds, (planned_minutes or 0) * 60)
    least = max(MIN_SHORT_MINUTES * 60, -(-length * 2 // 3))
    return min(own, -(-least // step) * step)


@dataclass(frozen=True)
class PinnedShift:
    """A pinned item an overrun runs into: how much later it would have to start, whether it can
    (``blocked_by``: the new clashes of its attendees, as the check names them; empty when free) and
    whether the proposal shifts it."""

    item_id: int
    title: str
    minutes: int
    old_start: datetime
    old_end: datetime
    new_start: datetime
    new_end: datetime
    blocked_by: tuple[str, ...]
    applied: bool
    sentence: str

    @property
    def can_shift(self) -> bool:
        """Its attendees have no other commitment at the new time."""
        return not self.blocked_by


@dataclass(frozen=True)
class Remaining:
    """An error a proposal leaves: its rule, items, by how many minutes (None: not a matter of minutes)
    and a sentence that names them."""

    rule: str
    item_ids: tuple[int, ...]
    minutes: int | None
    sentence: str


@dataclass
class RepairProposal(Proposal):
    """A repair: a proposal plus the pinned items in the way and the errors it leaves, named."""

    pinned: list[PinnedShift] = field(default_factory=list)
    remaining: list[Remaining] = field(default_factory=list)
    minimum_rule: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON output."""
        return {
            **super().as_dict(),
            "pinned_in_the_way": [
                {
                    "item_id": p.item_id,
                    "title": p.title,
                    "minutes": p.minutes,
                    "new_start": p.new_start,
                    "new_end": p.new_end,
                    "can_shift": p.can_shift,
                    "blocked_by": list(p.blocked_by),
                    "shifted": p.applied,
                    "message": p.sentence,
                }
                for p in self.pinned
            ],
            "remaining": [r.__dict__ for r in self.remaining],
            "minimum_rule": self.minimum_rule,
        }


def _span(facts: VisitFacts, say: Messages, start: int, end: int) -> str:
    def clock(stamp: int) -> str:
        text = facts.clock(stamp)
        return Clock(text) if say.cases_times else text

    return say("span", start=clock(start), end=clock(end), day=say.day(facts.local(start)))


def _shares(a: Slot, b: Slot) -> bool:
    return bool(a.people & b.people) or bool(a.groups & b.groups)


def pinned_in_the_way(
    current: Sequence[Slot],
    target: Slot,
    movable: frozenset[int],
    facts: VisitFacts,
    on_grid: Any,
    party: int,
) -> list[tuple[Slot, int]]:
    """The fixed items after ``target`` (at its new end) that its people cannot reach in time, each
    with the earliest start on the grid that would let them: (item, new start)."""
    day = facts.local(target.start).date()
    found = []
    for s in current:
        if s.id == target.id or s.id in movable or s.start < target.start:
            continue
        if facts.local(s.start).date() != day or not _shares(s, target):
            continue
        ready = target.end + (facts.travel.transfer(target.site_id, s.site_id, party) or 0) * 60
        if s.start < ready:
            found.append((s, on_grid(ready)))
    return found


def check_shifts(
    fixed: Sequence[Slot],
    shifts: Sequence[tuple[Slot, int]],
    target: Slot,
    facts: VisitFacts,
    language: str,
) -> dict[int, tuple[str, ...]]:
    """For each pinned item to shift, the errors its new time would add for its attendees (other
    commitments, closed site, stay), as the check words them; an empty tuple means it may shift.
    ``fixed`` are the items the repair cannot move (the overrun item at its new end among them)."""
    moved = {s.id: start for s, start in shifts}

    def key(c: Conflict) -> tuple[str, tuple[int, ...]]:
        return c.rule, c.item_ids

    settings = CheckSettings(language=language)
    before = {key(c) for c in check_slots(list(fixed), facts, settings) if c.severity == ERROR}
    after_slots = [
        replace(s, start=moved[s.id], end=moved[s.id] + (s.end - s.start)) if s.id in moved else s
        for s in fixed
    ]
    out: dict[int, list[str]] = {s.id: [] for s, _ in shifts}
    for c in check_slots(after_slots, facts, settings):
        if c.severity != ERROR or key(c) in before:
            continue
        for item_id in c.item_ids:
            # a clash with the overrun item itself is what the shift resolves, not a new one
            if item_id in out and target.id not in c.item_ids:
                out[item_id].append(c.message)
    return {k: tuple(v) for k, v in out.items()}


def describe_shift(
    slot: Slot,
    new_start: int,
    blocked_by: tuple[str, ...],
    applied: bool,
    facts: VisitFacts,
    say: Messages,
) -> PinnedShift:
    """The pinned item's shift as the proposal reports it."""
    new_end = new_start + (slot.end - slot.start)
    minutes = (new_start - slot.start) // 60
    values: dict[str, object] = {
        "title": slot.title,
        # an unpinned item the planner does not move (a meeting of several groups) is "fixed"
        "state": say_repair(say, "state_pinned" if slot.pinned else "state_fixed"),
        "span": _span(facts, say, slot.start, slot.end),
        "new_span": _span(facts, say, new_start, new_end),
        "minutes": minutes,
    }
    if blocked_by:
        sentence = say_repair(say, "pinned_blocked", clash="; ".join(blocked_by), **values)
    elif applied:
        sentence = say_repair(say, "pinned_shifted", **values)
    else:
        sentence = say_repair(say, "pinned_offer", **values)
    return PinnedShift(
        slot.id,
        slot.title,
        minutes,
        _stamp_dt(slot.start),
        _stamp_dt(slot.end),
        _stamp_dt(new_start),
        _stamp_dt(new_end),
        blocked_by,
        applied,
        sentence,
    )


def remaining_errors(
    after: Sequence[Slot], conflicts: Sequence[Conflict], facts: VisitFacts, say: Messages
) -> list[Remaining]:
    """Each error left after a proposal, named with its items and, for a clash or a short transfer,
    the minutes by which they overlap or the drive falls short."""
    by_id = {s.id: s for s in after}
    out = []
    for c in conflicts:
        if c.severity != ERROR:
            continue
        pair = [by_id[i] for i in c.item_ids if i in by_id]
        minutes: int | None = None
        sentence = c.message
        if len(pair) == 2:
            a, b = sorted(pair, key=lambda s: (s.start, s.id))
            values = {
                "a": a.title,
                "b": b.title,
                "a_span": _span(facts, say, a.start, a.end),
                "b_span": _span(facts, say, b.start, b.end),
            }
            if c.rule in (DOUBLE_BOOKED, VEHICLE_DOUBLE_BOOKED):
                minutes = -(-(min(a.end, b.end) - max(a.start, b.start)) // 60)
                sentence = say_repair(say, "remains_overlap", minutes=minutes, **values)
            elif c.rule == TRAVEL_TIME:
                # the check asks the transfer for the party of the item driven to
                need = facts.travel.transfer(a.site_id, b.site_id, len(b.people))
                if need is not None:
                    minutes = max(1, need - (b.start - a.end) // 60)
                    sentence = say_repair(say, "remains_travel", minutes=minutes, **values)
        out.append(Remaining(c.rule, c.item_ids, minutes, sentence))
    return out
