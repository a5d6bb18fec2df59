"""The least road any plan can drive on the delegation benchmark, worked out exactly (CP-SAT).

Run from the repository root: ``uv run python bench/bench_plan_bound.py`` (``--seeds N``,
``--seconds S`` per model, ``--instance stay|stay-talks``).

Issue 11 asks for plans that drive at least 20% less than plain nearest-neighbour "at the same or more
sites" on the instance with meals, arrival and departure. This script answers whether any plan can: for
each city of ``bench_scheduling.city_visit(..., stay_rules=True)`` it builds the whole problem as a
constraint model (every group's day a circuit through the site visits it may see, the fixed items at
their times, the lunch rule as a pause of 60 minutes in its window with the drive around it, the
arrival and departure, 5 minutes to board, starts on the 5-minute grid, opening hours) and asks
OR-Tools' CP-SAT for the fewest road minutes (``lane_travel``'s yardstick: drives between consecutive
items of a group's day) over plans that place at least as many site visits as plain nearest-neighbour:

- "any sites": no site need be placed, so this is the floor for every plan, printable or not;
- "printable": at least as many required sites as the planner placed (every plan an office could print
  with the planner's required sites, or another set of the same size).

CP-SAT's lower bound is reported with its best plan; when the bound is above 80% of nearest-neighbour's
road minutes no plan whatever reaches the issue's target in that city. Each best plan is turned back into
items and passed through ``check`` (0 errors expected) and ``lane_travel`` (the objective expected), so the
model is held to the same rules as the planner.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, replace
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scheduling import city_visit, greedy_baseline  # noqa: E402

from planner.scheduling.conflicts import check_slots  # noqa: E402
from planner.scheduling.facts import Slot, VisitFacts  # noqa: E402
from planner.scheduling.lanes import lane_stay, party_size, stays_of  # noqa: E402
from planner.scheduling.opening_hours import OpeningCalendar  # noqa: E402
from planner.scheduling.planner import UnplacedError, apply_to_slots, lane_travel, lanes_of, plan_slots  # noqa: E402

COMMAND = "uv run python bench/bench_plan_bound.py"
INSTANCES = {"stay": False, "stay-talks": True}  # name: with the pinned talks and signing


@dataclass
class Bound:
    """What CP-SAT found for one question: its best plan's road minutes, its proven lower bound, and
    whether the two meet (optimal)."""

    found: int | None
    bound: float
    optimal: bool
    seconds: float
    slots: list[Slot]


def _minutes(facts: VisitFacts, day: date, stamp: int) -> int:
    return (stamp - facts.stamp(day, clock(0, 0))) // 60


def least_road(
    slots: list[Slot],
    facts: VisitFacts,
    at_least_sites: int,
    at_least_required: int,
    seconds: float,
    workers: int = 2,
    hint: list[Slot] | None = None,
    most_sites: bool = False,
    only_group: int | None = None,
    exactly: set[int] | None = None,
) -> Bound:
    """The fewest road minutes of a plan placing ``at_least_sites`` site visits of which
    ``at_least_required`` are required, under the visit's rules (see the module's docstring). ``hint``:
    a plan (items after planning) the search starts from. With ``most_sites`` the question is the most
    site visits such a plan can hold (road minutes not counted); ``found`` and ``bound`` are then sites.
    ``only_group``: the question for that group's site visits alone. ``exactly``: these site visits and
    no other (the routing alone)."""
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    lanes = lanes_of(facts, slots)
    party = party_size(slots, lanes)
    if only_group is not None:
        # one group's days alone: the groups share no site visit, so their questions are separate
        lanes = [lane for lane in lanes if lane.key == only_group]
        slots = [s for s in slots if only_group in s.groups]
    stays = stays_of(slots, facts)
    unit = facts.rules.grid
    lunch = facts.rules.lunch
    fixed = [s for s in slots if s.pinned or s.kind != "site_visit"]
    todo = [s for s in slots if s not in fixed]
    calendars = {s.id: OpeningCalendar(s.opening_hours, facts.tz) for s in facts.sites.values()}

    def transfer(a: int | None, b: int | None) -> int:
        return facts.travel.transfer(a, b, party) or 0

    def road(a: int | None, b: int | None) -> int:
        return (facts.travel.minutes(a, b) or 0) if a is not None and b is not None else 0

    # site visit -> (day, placed that day, its start) for each day it may be on
    placed: dict[int, list[tuple[date, Any, Any]]] = {s.id: [] for s in todo}
    lunches: dict[tuple[int, date], cp_model.IntVar] = {}
    cost_terms = []
    arc_of: dict[tuple[int, date, int, int], Any] = {}  # (lane, day, from item, to item; 0 the day's ends)
    eat_of: dict[tuple[int, date, int, int], Any] = {}  # the same arc with the lunch in it
    for lane in lanes:
        stay = lane_stay(stays, lane, facts)
        for day in facts.days():
            ws, we = facts.window_stamps(day)
            day_start, day_end = _minutes(facts, day, ws), _minutes(facts, day, we)
            origin: int | None = None  # where the day starts (the arrival place on the arrival day)
            leave_to: int | None = None
            if stay.arrival is not None:
                arrives = facts.local(stay.arrival.at).date()
                if arrives > day:
                    continue
                if arrives == day:
                    day_start = max(day_start, _minutes(facts, day, stay.arrival.at))
                    origin = stay.arrival.site_id
            if stay.departure is not None:
                leaves = facts.local(stay.departure.at).date()
                if leaves < day:
                    continue
                if leaves == day:
                    day_end = min(day_end, _minutes(facts, day, stay.departure.at))
                    leave_to = stay.departure.site_id
            mine_fixed = [
                s for s in fixed if lane.key in s.groups and facts.local(s.start).date() == day and s.site_id
            ]
            mine = [s for s in todo if lane.key in s.groups]
            nodes: list[Slot] = mine_fixed + mine  # node n + 1; node 0 is the start and end of the day
            start_of: dict[int, object] = {}
            end_of: dict[int, object] = {}
            visited: dict[int, object] = {}
            for n, s in enumerate(nodes, start=1):
                if s in mine_fixed:
                    start_of[n] = _minutes(facts, day, s.start)
                    end_of[n] = _minutes(facts, day, s.end)
                    visited[n] = True
                    continue
                length = (s.end - s.start) // 60
                spans = [
                    (_minutes(facts, day, a), _minutes(facts, day, b))
                    for a, b in calendars[s.site_id].day_spans(day)
                ]
                grid_starts = [
                    t
                    for t in range(day_start - day_start % unit, day_end + 1, unit)
                    if t >= day_start
                    and t + length <= day_end
                    and any(a <= t and t + length <= b for a, b in spans)
                ]
                here = model.NewBoolVar(f"x{s.id}_{lane.key}_{day}")
                if not grid_starts:
                    model.Add(here == 0)
                    grid_starts = [day_start]
                var = model.NewIntVarFromDomain(cp_model.Domain.FromValues(grid_starts), f"s{s.id}_{day}")
                start_of[n], end_of[n], visited[n] = var, var + length, here
                placed[s.id].append((day, here, var))
            arcs = []
            has_lunch = lunch is not None and not any(
                s.kind == "meal"
                and s.start < facts.stamp(day, lunch.end)
                and s.end > facts.stamp(day, lunch.start)
                for s in fixed
                if lane.key in s.groups
            )
            if has_lunch:
                assert lunch is not None
                w0 = lunch.start.hour * 60 + lunch.start.minute
                w1 = lunch.end.hour * 60 + lunch.end.minute - lunch.minutes
                values = [t for t in range(w0 - w0 % unit, w1 + 1, unit) if t >= w0]
                meal = model.NewIntVarFromDomain(cp_model.Domain.FromValues(values), f"l{lane.key}_{day}")
                lunches[(lane.key or 0, day)] = meal
                lunch_arcs = []
            count = len(nodes)
            for u in range(count + 1):
                for v in range(count + 1):
                    if u == v:
                        if u == 0:
                            continue  # the day always has its start and end
                        if nodes[u - 1] in mine_fixed:
                            continue
                        arcs.append((u, u, visited[u].Not()))
                        continue
                    lit = model.NewBoolVar("")
                    arcs.append((u, v, lit))
                    ids = (nodes[u - 1].id if u else 0, nodes[v - 1].id if v else 0)
                    arc_of[(lane.key or 0, day, *ids)] = lit
                    a = nodes[u - 1].site_id if u else origin
                    b = nodes[v - 1].site_id if v else leave_to
                    if u == 0 and v == 0:
                        continue
                    ready = end_of[u] if u else day_start
                    due = start_of[v] if v else day_end
                    gap = transfer(a, b)
                    if u and v:
                        cost_terms.append(road(a, b) * lit)
                    if has_lunch:
                        eats = model.NewBoolVar("")
                        eat_of[(lane.key or 0, day, *ids)] = eats
                        model.AddImplication(eats, lit)
                        lunch_arcs.append(eats)
                        model.Add(due >= ready + gap).OnlyEnforceIf(lit, eats.Not())
                        # the lunch is a pause: the drive before or after it, both inside the gap
                        model.Add(due >= ready + gap + lunch.minutes).OnlyEnforceIf(eats)
                        model.Add(meal >= ready).OnlyEnforceIf(eats)
                        model.Add(meal + lunch.minutes <= due).OnlyEnforceIf(eats)
                    else:
                        model.Add(due >= ready + gap).OnlyEnforceIf(lit)
            model.AddCircuit(arcs)
            if has_lunch:
                model.AddExactlyOne(lunch_arcs)
    for site_visit, options in placed.items():
        if exactly is None:
            model.AddAtMostOne(here for _, here, _ in options)
        else:
            model.Add(sum(here for _, here, _ in options) == int(site_visit in exactly))
    every = [here for options in placed.values() for _, here, _ in options]
    required = [here for s in todo if s.required for _, here, _ in placed[s.id]]
    model.Add(sum(every) >= at_least_sites)
    model.Add(sum(required) >= at_least_required)
    if most_sites:
        model.Maximize(sum(every))
    else:
        model.Minimize(sum(cost_terms))
    if hint:
        _hint(model, hint, facts, lanes, arc_of, eat_of, placed, lunches)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    began = time.perf_counter()
    status = solver.Solve(model)
    took = time.perf_counter() - began
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        infeasible = status == cp_model.INFEASIBLE
        return Bound(None, float("inf") if infeasible else solver.BestObjectiveBound(), infeasible, took, [])
    result = list(fixed)
    for s in todo:
        for day, here, var in placed[s.id]:
            if solver.Value(here):
                begin = facts.stamp(day, clock(0, 0)) + solver.Value(var) * 60
                result.append(replace(s, start=begin, end=begin + s.end - s.start))
    for n, ((lane_key, day), var) in enumerate(lunches.items(), start=1):
        begin = facts.stamp(day, clock(0, 0)) + solver.Value(var) * 60
        members = facts.group_members.get(lane_key, frozenset())
        length = lunch.minutes * 60 if lunch is not None else 0
        meal = Slot(-n, "meal", "Обед", begin, begin + length, None, False, members, frozenset({lane_key}))
        result.append(meal)
    return Bound(
        round(solver.ObjectiveValue()),
        solver.BestObjectiveBound(),
        status == cp_model.OPTIMAL,
        took,
        result,
    )


def _hint(
    model: Any,
    plan: list[Slot],
    facts: VisitFacts,
    lanes: list[Any],
    arc_of: dict[tuple[int, date, int, int], Any],
    eat_of: dict[tuple[int, date, int, int], Any],
    placed: dict[int, list[tuple[date, Any, Any]]],
    lunches: dict[tuple[int, date], Any],
) -> None:
    """Give CP-SAT ``plan`` as its first solution: every arc, lunch and start."""
    used: set[tuple[int, date, int, int]] = set()
    eaten: set[tuple[int, date, int, int]] = set()
    for lane in lanes:
        key = lane.key or 0
        for day in facts.days():
            mine = sorted(
                (s for s in plan if key in s.groups and facts.local(s.start).date() == day),
                key=lambda s: s.start,
            )
            stops = [s for s in mine if s.site_id is not None]
            order = [0] + [s.id for s in stops] + [0]
            meal = next((s for s in mine if s.kind == "meal" and s.site_id is None), None)
            for a, b, before in zip(order, order[1:], [None, *stops], strict=False):
                used.add((key, day, a, b))
                ends = before.end if before is not None else 0
                if (
                    meal is not None
                    and meal.start >= ends
                    and (b == 0 or meal.end <= next(s.start for s in stops if s.id == b))
                ):
                    eaten.add((key, day, a, b))
                    meal = None
            found = next((s for s in mine if s.kind == "meal" and s.site_id is None), None)
            if (key, day) in lunches and found is not None:
                model.AddHint(lunches[(key, day)], _minutes(facts, day, found.start))
    for arc, lit in arc_of.items():
        model.AddHint(lit, arc in used)
    for arc, lit in eat_of.items():
        model.AddHint(lit, arc in eaten)
    where = {s.id: s for s in plan}
    for site_visit, options in placed.items():
        for day, here, var in options:
            s = where.get(site_visit)
            on = s is not None and facts.local(s.start).date() == day
            model.AddHint(here, on)
            if on:
                assert s is not None
                model.AddHint(var, _minutes(facts, day, s.start))


def _plan(slots: list[Slot], facts: VisitFacts, seconds: float) -> tuple[list[Slot], list[Slot]]:
    """The planner's plan as the benchmark makes it (required sites that cannot fit planned again as
    priority-1 optional ones): the visit it planned and the items after."""
    unfit: set[int] = set()
    while True:
        try:
            proposal = plan_slots(slots, facts, time_limit_s=seconds)
            return slots, apply_to_slots(slots, proposal, facts)
        except UnplacedError as error:
            unfit |= {int(p.where.split()[-1]) for p in error.problems}
            slots = [replace(s, required=False, priority=1) if s.id in unfit else s for s in slots]


def _priorities(slots: list[Slot], placed: list[Slot]) -> str:
    """How many optional site visits of priority 1, 2 and 3 are among ``placed``."""
    ids = {s.id for s in placed}
    counts = [0, 0, 0]
    for s in slots:
        if s.kind == "site_visit" and not s.required and s.id in ids:
            counts[min(max(s.priority, 1), 3) - 1] += 1
    return "/".join(map(str, counts))


def _report(name: str, found: Bound, slots: list[Slot], facts: VisitFacts, nn_road: int) -> float | None:
    """Print one question's answer and hold its plan to ``check`` and ``lane_travel``; the saving
    against nearest-neighbour, or None when CP-SAT found no plan."""
    if not found.slots:
        print(f"    {name}: no plan found in {found.seconds:.0f} s (CP-SAT's floor {found.bound:.0f} min)")
        return None
    lanes = lanes_of(facts, slots)
    errors = [c for c in check_slots(found.slots, facts) if c.severity == "error"]
    sites = sum(1 for s in found.slots if s.kind == "site_visit" and not s.pinned)
    required = sum(1 for s in found.slots if s.kind == "site_visit" and s.required)
    saving = 1 - (found.found or 0) / nn_road
    print(
        f"    {name}: {found.found} min, {sites} sites ({required} required, optional by priority"
        f" {_priorities(slots, found.slots)}), {saving:.0%} less than NN; check {len(errors)} errors,"
        f" lane_travel {lane_travel(found.slots, lanes, facts)}; {found.seconds:.0f} s,"
        f" {'optimal' if found.optimal else f'floor {found.bound:.0f} min'}"
    )
    for c in errors[:3]:
        print(f"        {c.message}")
    return saving


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0, help="CP-SAT's time for each question")
    parser.add_argument("--instance", choices=sorted(INSTANCES), default="stay")
    parser.add_argument("--plan-seconds", type=float, default=1.0)
    args = parser.parse_args()
    print(
        f"command: {COMMAND} --seeds {args.seeds} --seconds {args.seconds} --instance {args.instance}"
        f" --plan-seconds {args.plan_seconds}"
    )
    print("road minutes are lane_travel's; the target is 80% of NN's at NN's number of sites or more")
    savings: dict[str, list[float | None]] = {"routing": [], "printable": [], "any sites": []}
    for seed in range(1, args.seeds + 1):
        slots, facts = city_visit(45, seed, INSTANCES[args.instance], False, True)
        lanes = lanes_of(facts, slots)
        _, nn_placed, nn_slots = greedy_baseline(slots, facts, required_first=False)
        nn_road = lane_travel(nn_slots, lanes, facts)
        planned, after = _plan(slots, facts, args.plan_seconds)
        ids = {s.id for s in after if s.kind == "site_visit" and not s.pinned}
        required = sum(1 for s in planned if s.required and s.id in ids)
        nn_required = sum(1 for s in nn_slots if s.kind == "site_visit" and s.required)
        print(
            f"seed {seed}: NN {nn_road} min, {nn_placed} sites ({nn_required} required, optional by priority"
            f" {_priorities(planned, nn_slots)}); target {0.8 * nn_road:.0f} min;"
            f" plan {lane_travel(after, lanes, facts)} min, {len(ids)} sites ({required} required, optional"
            f" by priority {_priorities(planned, after)})"
        )
        _, req_placed, req_slots = greedy_baseline(planned, facts, required_first=True)
        start = after if len(ids) >= nn_placed or req_placed < nn_placed else req_slots
        questions = (
            # the planner's own sites, routed again: how far its order is from CP-SAT's best
            ("routing", dict(at_least_sites=0, at_least_required=0, exactly=ids, hint=after)),
            # any plan an office could print with NN's number of sites, from the planner's plan or, when
            # that has fewer sites, from the required-first greedy's (which may have enough)
            ("printable", dict(at_least_sites=nn_placed, at_least_required=required, hint=start)),
            # any plan at all with NN's number of sites, required sites or not
            ("any sites", dict(at_least_sites=nn_placed, at_least_required=0, hint=nn_slots)),
        )
        for name, ask in questions:
            found = least_road(planned, facts, seconds=args.seconds, **ask)  # type: ignore[arg-type]
            savings[name].append(_report(name, found, planned, facts, nn_road))
    for name, values in savings.items():
        known = [v for v in values if v is not None]
        met = sum(v >= 0.2 for v in known)
        middle = f"median {statistics.median(known):.0%}" if known else "no plan"
        print(
            f"{name}: CP-SAT's plans {middle} less than NN; 20% or more in {met} of {len(values)} cities,"
            f" no plan found in {len(values) - len(known)}"
        )


if __name__ == "__main__":
    main()
