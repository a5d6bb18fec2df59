"""Turn a visit into a routing problem and the solution into a proposal of item moves.

Each group is a vehicle for each day of the visit (a "lane"); the fixed items a group attends (pinned
ones, and those the planner does not move) are mandatory stops at their own time; each site visit is a
stop that any allowed lane-day may serve, with start windows from the site's opening hours and the
day's window, and a drop penalty from required/priority. Nothing here touches the database: the
services load the slots, call ``plan_slots`` and apply the proposal in one transaction.
"""

from __future__ import annotations

import time
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import replace

from planner.domain.errors import Problem, ValidationError
from planner.scheduling.conflicts import ERROR, check_slots
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.infeasibility import Infeasibility, explain_infeasibility
from planner.scheduling.lanes import (
    Lane,
    _entry_lanes,
    _Scope,
    blocks,
    classify,
    lane_stay,
    lane_travel,
    lanes_of,
    party_size,
    stays_of,
)
from planner.scheduling.messages import DEFAULT_LANGUAGE, Messages
from planner.scheduling.model_builder import (
    MEAL_PENALTY,
    REQUIRED_PENALTY,
    _Builder,
    _stop_key,
    drop_penalty,
)
from planner.scheduling.proposal import DroppedItem, ItemMove, NewItem, Proposal, apply_to_slots
from planner.scheduling.proposal import _stamp_dt as _stamp_dt  # repair.py reads it from here
from planner.scheduling.proposal_reader import _proposal, stay_notes
from planner.scheduling.reasons import explain_moves
from planner.scheduling.rules import check_grid
from planner.scheduling.solver import RoutingProblem, RoutingSolution, solve
from planner.scheduling.to_place import EntryLeft, EntryToPlace, slot_id


class UnplacedError(ValidationError):
    """Required items could not be placed; ``problems`` names each with what blocks it, and
    ``explanation`` (``infeasibility.Infeasibility``) has each group's time budget per day."""

    def __init__(self, problems: list[Problem], explanation: Infeasibility | None = None) -> None:
        super().__init__(problems)
        self.explanation = explanation


def _validate_fixed(fixed: Iterable[Slot], facts: VisitFacts) -> None:
    first, last = facts.visit_stamps()
    problems = []
    for slot in fixed:
        if slot.pinned and (slot.start < first or slot.end > last):
            problems.append(
                Problem(
                    f"item {slot.id}",
                    f"pinned item «{slot.title}» ({facts.local(slot.start):%d %b %Y %H:%M}–"
                    f"{facts.local(slot.end):%d %b %H:%M}) is outside the visit "
                    f"({facts.start_date:%d %b %Y} – {facts.end_date:%d %b %Y}); correct its date first",
                )
            )
    if problems:
        raise ValidationError(problems)


def _validate_entries(to_place: Iterable[EntryToPlace], facts: VisitFacts) -> None:
    # a site the facts do not know has no hours and no drives: the plan would put it on a day it is
    # closed with no time to get there, and check its own result with the same blind spot (the loader
    # once left out the sites only the list names)
    problems = [
        Problem(
            f"site to place {entry.id}",
            f"«{entry.title}»: its site ({entry.site_id}) is not among the visit's sites; plan again",
        )
        for entry in to_place
        if entry.site_id not in facts.sites
    ]
    if problems:
        raise ValidationError(problems)


def plan_slots(
    slots: Sequence[Slot],
    facts: VisitFacts,
    *,
    time_limit_s: float = 1.0,
    local_search: bool = True,
    scope: _Scope | None = None,
    kind: str = "plan",
    grid: int | None = None,
    start_from: Sequence[Slot] | None = None,
    language: str = DEFAULT_LANGUAGE,
    to_place: Sequence[EntryToPlace] = (),
    allow_day_moves: bool = True,
) -> Proposal:
    """Plan the visit's movable site visits around its fixed items; return the proposal.

    ``grid`` is the step of proposed times in minutes (1, 5, 10 or 15; the visit's own by default):
    every start and end the plan proposes lies on it, counted from the host's midnight.
    ``start_from``, a known schedule of the same items (e.g. a quick greedy one), is where the local
    search starts when it is feasible, so the plan is never worse than it by the solver's measure.
    ``language`` (en, ru, kk) is that of the reasons and of the conflicts after the plan.
    ``to_place`` are sites still to place: the plan places those it can and says why the others stay on
    the list. Without ``allow_day_moves`` every item keeps its day (the services' default; the engine's
    own default moves freely, as benchmarks pile items on the first day); each move carries its reason.
    Raises ValidationError for a pinned item outside the visit or groups that share members, and
    UnplacedError naming every required site that cannot be placed (with the reason).
    """
    started = time.perf_counter()
    grid = facts.rules.grid if grid is None else check_grid(grid)
    scope = scope or _Scope(facts.days())
    lanes = lanes_of(facts, slots)
    say = Messages(language)
    movable, fixed, kept = classify(slots, lanes, facts, scope, say)
    _validate_fixed(fixed, facts)
    party = party_size(slots, lanes)
    builder = _Builder(facts, lanes, scope, grid, party)
    builder.add_lanes(fixed, stays_of(slots, facts))
    by_id = {s.id: s for s in slots}
    unplaceable: list[Problem] = []
    never_fit: list[int] = []  # required items with no window at all: explained with the plan's leftovers
    dropped: list[DroppedItem] = []
    for slot, allowed in movable:
        minutes = (slot.end - slot.start + 59) // 60
        own_day = builder.day_of(slot.start)
        keep_day = not allow_day_moves and own_day in scope.days
        limits = builder.stay_limits(slot, allowed)
        windows = builder.windows(slot, minutes, limits, [own_day] if keep_day else None)
        if not windows:
            site_facts = facts.sites.get(slot.site_id) if slot.site_id is not None else None
            hours = site_facts.opening_hours if site_facts is not None else ""
            site = say("site", name=facts.site_name(slot.site_id))
            reason = say("drop_never_open", site=site, minutes=minutes) + (
                say("drop_hours", hours=hours) if hours else ""
            )
            if slot.required:
                unplaceable.append(Problem(f"item {slot.id}", f"«{slot.title}»: {reason}"))
                never_fit.append(slot.id)
            else:
                dropped.append(DroppedItem(slot.id, slot.title, False, slot.priority, reason))
            continue
        builder.add_item(slot, allowed, windows, minutes)
    _validate_entries(to_place, facts)
    entries = {e.id: e for e in to_place}
    left: list[EntryLeft] = []
    for entry in to_place:
        allowed = _entry_lanes(entry, lanes)
        stand_in = Slot(slot_id(entry.id), "site_visit", entry.title, 0, 0, site_id=entry.site_id)
        stand_in.required, stand_in.priority = entry.required, entry.priority
        windows = builder.windows(stand_in, entry.minutes) if allowed else []
        if not windows:
            site = say("site", name=facts.site_name(entry.site_id))
            reason = say("drop_never_open", site=site, minutes=entry.minutes)
            left.append(EntryLeft(entry.id, entry.title, entry.required, entry.priority, reason))
            continue
        builder.add_item(stand_in, allowed, windows, entry.minutes, tag="entry")
    problem = RoutingProblem(
        builder.stops,
        builder.vehicles,
        matrix=builder.matrix(),
        cost_matrix=builder.minutes_matrix(),
        nearest_neighbour_start=True,
        # on the sample visit this start led to 259 road minutes where cheapest insertion found no
        # first solution with the windows in one node (the nearest-neighbour start then gave 286)
        first_solution="GLOBAL_CHEAPEST_ARC",
        time_limit_s=time_limit_s,
        local_search=local_search,
        initial_routes=None if start_from is None else builder.routes_of(start_from),
    )
    solution = _solve_required_first(problem)
    if start_from is None and solution.feasible and _drops_an_item(solution) and _passes_check(slots, facts):
        solution = _better_from_the_programme(problem, solution, builder.routes_of(slots))
    if solution.feasible and _drops_required(solution, by_id):
        # both models are heuristics: on a tight visit one node per window has placed a required site
        # that one node per stop left out (and the other way round), so the better of the two is kept
        before = time.perf_counter() - started
        other = solve(replace(problem, split_windows=True))
        if other.feasible and other.objective < solution.objective:
            if other.first_solution_seconds is not None:
                other.first_solution_seconds += before
            solution = other
    if not solution.feasible:
        if unplaceable:
            raise UnplacedError(unplaceable)
        raise ValidationError(_why_infeasible(fixed, facts, say, party))
    proposal = _proposal(solution, builder, by_id, lanes, facts, kind, say, entries)
    proposal.notes[:0] = stay_notes(builder, lanes, facts, say)
    proposal.left = left + proposal.left
    proposal.dropped = dropped + proposal.dropped
    if never_fit or any(d.required for d in proposal.dropped) or any(e.required for e in proposal.left):
        # required sites left out: say each group's budget per day and what blocks each site
        explanation = explain_infeasibility(
            slots,
            facts,
            left_items=never_fit + [d.item_id for d in proposal.dropped],
            left_entries=[e.entry_id for e in proposal.left],
            planned=apply_to_slots(slots, proposal, facts),
            to_place=to_place,
            allow_day_moves=allow_day_moves,
            grid=grid,
            language=language,
        )
        blocked = {s.item_id: s.why for s in explanation.sites if s.item_id is not None}
        required = [d.item_id for d in proposal.dropped if d.required]
        if never_fit or required:
            raise UnplacedError(
                [
                    Problem(f"item {i}", f"«{by_id[i].title}» could not be placed: {blocked[i]}")
                    for i in never_fit + required
                ],
                explanation,
            )
        # what blocks each site says more than "no room left"
        why_entry = {s.entry_id: s.why for s in explanation.sites if s.entry_id is not None}
        proposal.left = [replace(e, reason=why_entry.get(e.entry_id, e.reason)) for e in proposal.left]
        proposal.dropped = [replace(d, reason=blocked.get(d.item_id, d.reason)) for d in proposal.dropped]
        proposal.infeasibility = explanation
    proposal.kept = kept
    proposal.moves, proposal.placed = explain_moves(slots, proposal.moves, proposal.placed, facts, say, kind)
    proposal.travel_before = lane_travel(slots, lanes, facts)
    after = apply_to_slots(slots, proposal, facts)
    proposal.travel_minutes = lane_travel(after, lanes, facts)
    proposal.conflicts_after = check_slots(after, facts, CheckSettings(language=language))
    proposal.seconds = time.perf_counter() - started
    proposal.first_solution_seconds = solution.first_solution_seconds
    proposal.visit_id = facts.visit_id
    return proposal


def _solve_required_first(problem: RoutingProblem) -> RoutingSolution:
    """Solve in steps: the required sites (with the fixed items and meals) alone for a quarter of the
    time; then the optional sites are inserted one priority at a time, the most wanted first, each by a
    quick descent from the routes of the step before; the rest of the time searches the whole problem
    from those routes and from the nearest-neighbour ones. The best plan is kept.

    Why required first: the full search starts from routes filled with whatever is nearest, and on
    tight days (meals taken honestly, an arrival and a departure) guided local search then rarely makes
    room for a required site it left out, even in 5 s; optional sites fit around required ones far
    more easily than the other way round. The first step's routes are a whole plan within milliseconds.
    Why one priority at a time: given every optional site at once, the search takes whichever it can
    insert first, often a priority-3 site in the room a priority-1 site needed, and one second is too
    short to undo it (a benchmark city: four priority-3 sites and 177 road minutes where 6 s found one
    priority-2 site and 162). On the benchmark with meals, arrival and departure the optional sites
    left out are worth about a sixth less, with 4% less road time (docs/scheduling.md).
    """
    optional = [s for s in problem.stops if s.penalty is not None and s.penalty < MEAL_PENALTY]
    if (
        not optional
        or not problem.local_search
        or problem.initial_routes is not None
        or not any(s.penalty is not None and s.penalty >= REQUIRED_PENALTY for s in problem.stops)
    ):
        return solve(problem)
    share = problem.time_limit_s / 4
    keys = {s.key for s in optional}
    begun = time.perf_counter()
    first = solve(replace(problem, stops=[s for s in problem.stops if s.key not in keys], time_limit_s=share))
    if not first.feasible:
        return solve(problem)
    # the first step's plan leaves every optional site out
    first.objective += sum(s.penalty or 0 for s in optional)
    first.dropped = first.dropped + [s.key for s in optional]
    best, spent = first, first.seconds
    classes = sorted({s.penalty for s in optional if s.penalty is not None}, reverse=True)
    for penalty in classes:
        later = [s for s in optional if s.penalty is not None and s.penalty < penalty]
        later_keys = {s.key for s in later}
        last = not later
        routes = [[(visit.key, visit.start) for visit in route] for route in best.routes]
        step = solve(
            replace(
                problem,
                stops=[s for s in problem.stops if s.key not in later_keys],
                # the steps before the last only insert their sites (a greedy descent, a few ms);
                # the last searches the whole problem for what is left of the time
                time_limit_s=max(0.05, problem.time_limit_s - (time.perf_counter() - begun))
                if last
                else (problem.time_limit_s - share) / len(classes),
                local_search=last,
                # the last also searches from the nearest-neighbour routes when the problem asks for
                # them (the planner does): with room for every site they were the better start
                initial_routes=None if last and problem.nearest_neighbour_start else routes,
                nearest_neighbour_start=last and problem.nearest_neighbour_start,
                second_start=routes,
            )
        )
        spent += step.seconds
        if not step.feasible:
            continue
        # counted as the whole problem counts it: the lower priorities are still left out
        step.objective += sum(s.penalty or 0 for s in later)
        step.dropped = step.dropped + [s.key for s in later]
        if step.objective <= best.objective:
            best = step
    best.first_solution_seconds = first.first_solution_seconds
    best.seconds = spent
    return best


def _passes_check(slots: Sequence[Slot], facts: VisitFacts) -> bool:
    """True when the programme as it stands breaks no rule (a draft piled on one morning does)."""
    return not any(c.severity == ERROR for c in check_slots(slots, facts))


def _drops_an_item(solution: RoutingSolution) -> bool:
    return any(key[0] == "item" for key in map(_stop_key, solution.dropped))


def _better_from_the_programme(
    problem: RoutingProblem, solution: RoutingSolution, programme: list[list[tuple[Hashable, int]]]
) -> RoutingSolution:
    """The better of ``solution`` and a search started from the programme as it stands.

    Why: a plan that leaves out a site visit the officer's own programme already holds, where that
    programme passes every rule, is worse than no plan (the sample under load: 7 of its 39 site visits
    returned to the list at 1 s). Started from the programme's own order, the search keeps every visit
    it holds unless it finds something better by the solver's measure. It runs only when the first
    plan left an item out of a programme that passes ``check`` (the caller's test), so a plan from a
    draft costs no more.
    """
    if not any(route for route in programme):
        return solution
    kept = solve(replace(problem, initial_routes=programme, nearest_neighbour_start=False, second_start=None))
    if kept.feasible and kept.objective < solution.objective:
        kept.first_solution_seconds = solution.first_solution_seconds
        kept.seconds += solution.seconds
        return kept
    return solution


def _drops_required(solution: RoutingSolution, by_id: dict[int, Slot]) -> bool:
    return any(key[0] == "item" and by_id[key[1]].required for key in map(_stop_key, solution.dropped))


def _why_infeasible(fixed: Iterable[Slot], facts: VisitFacts, say: Messages, party: int) -> list[Problem]:
    """Why no plan at all: the errors the check finds among the fixed items, under a sentence saying the
    plan does not move them; else what the plan keeps that the check may not (its grid, to which every
    time is rounded, and the time to board of each party). In the plan's language, with no field name
    before it (the window showed "fixed items: the fixed items leave no feasible day for some group; run
    check")."""
    settings = CheckSettings(language=say.language)
    errors = [c for c in check_slots(list(fixed), facts, settings) if c.severity == ERROR]
    if errors:
        return [Problem("", say("plan_fixed_errors"))] + [Problem("", c.message) for c in errors[:20]]
    board = facts.travel.boarding.allowance(party)
    return [Problem("", say("plan_fixed_no_room", board=board, party=party, grid=facts.rules.grid))]


__all__ = [
    "DroppedItem",
    "ItemMove",
    "Lane",
    "NewItem",
    "Proposal",
    "UnplacedError",
    "apply_to_slots",
    "blocks",
    "classify",
    "drop_penalty",
    "lane_stay",
    "lane_travel",
    "lanes_of",
    "party_size",
    "plan_slots",
    "stays_of",
]
