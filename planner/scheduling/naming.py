"""Names in the check's sentences: ids become people's, sites' and items' names, instants host-zone text.

Thousands of conflicts name the same few people, sites and times, so every answer is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.messages import Clock, Messages


class Namer:
    """Turns ids into names and instants into host wall-clock text for messages."""

    def __init__(self, facts: VisitFacts, say: Messages | None = None) -> None:
        self.facts = facts
        self.say = say or Messages()
        self.rank = {pid: n for n, pid in enumerate(facts.people)}
        self.titles: dict[int, str] = dict(facts.titles)
        self._sorted: dict[frozenset[int], tuple[int, ...]] = {}
        self._who: dict[tuple[frozenset[int], tuple[int, ...], tuple[int, ...]], tuple[str, bool]] = {}
        self._days: dict[date, str] = {}
        # times as ``Clock`` only where a template adds case endings to them (a Python-level
        # __format__ costs a few microseconds a message)
        self._cased = self.say.cases_times
        self._clocks: dict[int, Clock] = {}
        self._spans: dict[tuple[int, int], str] = {}
        self._sites: dict[int | None, str] = {}

    def title(self, slot: Slot) -> str:
        return slot.title or self.titles.get(slot.id, "") or self.say("item", id=slot.id)

    def site(self, site_id: int | None) -> str:
        found = self._sites.get(site_id)
        if found is None:
            site = self.facts.sites.get(site_id) if site_id is not None else None
            if site is not None:
                found = self.say("site", name=site.name)
            else:
                found = self.say("no_site") if site_id is None else self.say("site_unknown", id=site_id)
            self._sites[site_id] = found
        return found

    def people(self, ids: Iterable[int]) -> tuple[int, ...]:
        # the same few sets of people come up in thousands of conflicts
        key = ids if isinstance(ids, frozenset) else None
        found = self._sorted.get(key) if key is not None else None
        if found is None:
            rank = self.rank
            known = [p for p in ids if p in rank]
            known.sort(key=rank.__getitem__)  # a C-level key: sets of hundreds of people are common
            found = (*known, *sorted(p for p in ids if p not in rank))
            if key is not None:
                self._sorted[key] = found
        return found

    def who(
        self, people: Iterable[int], groups: Iterable[int] = (), vehicles: Iterable[int] = ()
    ) -> tuple[str, bool]:
        """The names, and whether they are more than one (for "is"/"are")."""
        # thousands of travel legs of one group name the same people
        key = (frozenset(people), tuple(sorted(groups)), tuple(sorted(vehicles)))
        found = self._who.get(key)
        if found is None:
            found = self._who[key] = self._who_text(*key)
        return found

    def _who_text(
        self, people: frozenset[int], groups: Iterable[int], vehicles: Iterable[int]
    ) -> tuple[str, bool]:
        say = self.say
        known = self.facts.people
        names = [known[p] if p in known else say("participant", id=p) for p in self.people(people)]
        if not names:
            names = [say("group", name=self.facts.groups.get(g, g)) for g in sorted(groups)]
        if not names:
            names = [say("vehicle", name=self.facts.vehicles.get(v, v)) for v in sorted(vehicles)]
        if len(names) > 3:
            return say("and_others", names=", ".join(names[:2]), count=len(names) - 2), True
        if len(names) > 1:
            return say("and_last", names=", ".join(names[:-1]), last=names[-1]), True
        return (names[0] if names else say("nobody")), False

    def clock(self, stamp: int) -> str:
        if not self._cased:
            return self.facts.clock(stamp)
        found = self._clocks.get(stamp)
        if found is None:
            found = self._clocks[stamp] = Clock(self.facts.clock(stamp))
        return found

    def day(self, stamp: int) -> str:
        # by local date: the items of a day start at many different instants
        local = self.facts.local(stamp).date()
        found = self._days.get(local)
        if found is None:
            found = self._days[local] = self.say.day(local)
        return found

    def span(self, slot: Slot) -> str:
        # thousands of items of a day share their times (closed at lunch, say)
        key = (slot.start, slot.end)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = self.say(
                "span", start=self.clock(slot.start), end=self.clock(slot.end), day=self.day(slot.start)
            )
        return found

    def what(self, slot: Slot) -> str:
        if slot.site_id is None:
            return self.say("what_no_site", title=self.title(slot), span=self.span(slot))
        return self.say("what", title=self.title(slot), site=self.site(slot.site_id), span=self.span(slot))
