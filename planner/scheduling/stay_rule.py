"""The stay rule of the conflict check: no item before its people's arrival (plus the transfer from
the arrival place) or after their departure (less the transfer to it).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from planner.scheduling.columns import NO_SITE, Shape, SlotColumns
from planner.scheduling.presence import company_stay
from planner.scheduling.rule_findings import RuleFindings
from planner.scheduling.rules import ARRIVAL_KIND, DEPARTURE_KIND, Bound, Stays, groups_of_people
from planner.scheduling.sweep import _SlotCache


class StayRule(RuleFindings):
    """The stay rule, mixed into ``conflicts.Checker`` (which sets these up)."""

    _stays: Stays | None
    _stays_known: bool
    _stay_of_shape: dict[Shape, list[tuple[bool, Bound, frozenset[int]]]]
    _person_groups: dict[int, list[int]] | None

    def _stay(
        self,
        cols: SlotColumns,
        order: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        site: np.ndarray,
        shape: np.ndarray,
        slot_at: _SlotCache,
    ) -> None:
        """Items before their people's arrival plus the transfer from the arrival place, or after their
        departure less the transfer to it (the planner keeps to the same bounds)."""
        bound_codes = [n for n, k in enumerate(cols.kinds) if k in (ARRIVAL_KIND, DEPARTURE_KIND)]
        stays = self._stays_of(cols, bound_codes)
        if stays is None or not len(start):
            return
        # per bound: the shapes it binds (and whom in them); shapes are few, items many
        by_bound: dict[tuple[bool, Bound], dict[int, frozenset[int]]] = defaultdict(dict)
        for n, key in enumerate(cols.shapes):
            found = self._stay_of_shape.get(key)
            if found is None:
                found = self._stay_of_shape[key] = self._shape_stays(stays, key)
            for arrival, bound, people in found:
                by_bound[(arrival, bound)][n] = people
        if not by_bound:
            return
        exempt = np.isin(cols.kind[order], bound_codes)
        party = np.array([len(people) for people, _, _ in cols.shapes], dtype=np.int64)[shape]
        boarding = self.facts.travel.boarding
        allowance = boarding.minutes + (
            boarding.extra_minutes * (party > boarding.above) if boarding.above else 0
        )
        flagged: dict[int, tuple[bool, Bound, frozenset[int], int]] = {}
        for (arrival, bound), shapes in by_bound.items():
            bound_shapes = np.zeros(len(cols.shapes), dtype=bool)
            bound_shapes[list(shapes)] = True
            rows = np.flatnonzero(bound_shapes[shape] & ~exempt)
            if not len(rows):
                continue
            here = site[rows]
            drive, moves = self._stay_drives(bound.site_id, here, arrival)
            need = (drive + moves * np.broadcast_to(allowance, shape.shape)[rows]) * 60
            if arrival:
                limit = bound.at + need
                bad = np.flatnonzero(start[rows] < limit)
            else:
                limit = bound.at - need
                bad = np.flatnonzero(end[rows] > limit)
            for k in bad.tolist():
                n = int(rows[k])
                if n not in flagged:
                    flagged[n] = (arrival, bound, shapes[int(shape[n])], int(limit[k]))
        for n, (arrival, bound, people, limit) in sorted(flagged.items()):
            self._outside_stay(slot_at(n), arrival, bound, people, limit)

    def _stays_of(self, cols: SlotColumns, bound_codes: list[int]) -> Stays | None:
        if not self._stays_known:
            self._stays_known = True
            stays = self.facts.stays
            if bound_codes:
                rows = np.flatnonzero(np.isin(cols.kind, bound_codes)).tolist()
                made = [cols.slot(r) for r in rows]
                stays = stays.with_items((s.kind, s.start, s.site_id, s.people, s.groups) for s in made)
            self._stays = None if stays.empty else stays
        return self._stays

    def _shape_stays(self, stays: Stays, key: Shape) -> list[tuple[bool, Bound, frozenset[int]]]:
        """The bounds of one shape's people (their own, their group's, the visit's), each with whom it
        binds; a shape of groups alone (no member there yet) is bound by the groups', one of nobody by the
        visit's."""
        people, groups, _ = key
        whom: dict[tuple[bool, Bound], set[int]] = defaultdict(set)
        if people:
            groups_of = self._groups_of()
            for p in people:
                stay = stays.of_person(p, groups_of)
                for arrival, bound in ((True, stay.arrival), (False, stay.departure)):
                    if bound is not None:
                        whom[(arrival, bound)].add(p)
        else:
            # nobody there: the group's own stay, else the visit's, else its members' (``company_stay``)
            members = self.facts.group_members
            found = [company_stay(stays, g, members.get(g, ())) for g in groups] or [stays.visit]
            for stay in found:
                for arrival, bound in ((True, stay.arrival), (False, stay.departure)):
                    if bound is not None:
                        whom.setdefault((arrival, bound), set())
        return [(arrival, bound, frozenset(p)) for (arrival, bound), p in whom.items()]

    def _groups_of(self) -> dict[int, list[int]]:
        if self._person_groups is None:
            self._person_groups = groups_of_people(self.facts.group_members)
        return self._person_groups

    def _stay_drives(
        self, place: int | None, sites: np.ndarray, arrival: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        """Minutes of the drive between ``place`` and each of ``sites`` (from it on arrival, to it on
        departure), and whether it is a transfer between two sites (which takes the boarding time too)."""
        drive = np.zeros(len(sites), dtype=np.int64)
        moves = np.zeros(len(sites), dtype=np.int64)
        if place is None:
            return drive, moves
        travel = self.facts.travel.minutes
        unique, at = np.unique(sites, return_inverse=True)
        minutes = np.zeros(len(unique), dtype=np.int64)
        known = np.zeros(len(unique), dtype=np.int64)
        for n, other in enumerate(unique.tolist()):
            if other in (NO_SITE, place):
                continue
            value = travel(place, other) if arrival else travel(other, place)
            if value is not None:
                minutes[n], known[n] = value, 1
        return minutes[at.reshape(-1)], known[at.reshape(-1)]
