"""A plain vehicle-routing-with-time-windows solver over OR-Tools, with no database in sight.

The problem is described with plain dataclasses (places as a travel-time matrix or as points, stops
with service times and one or more time windows, vehicles with their working windows, optional stops
with drop penalties), so the same entry point serves the visit planner and standard benchmark
instances. OR-Tools is imported inside ``solve``: importing this module costs nothing.

Known traps (style.md): with fixed appointments PATH_CHEAPEST_ARC may find no first solution where
PARALLEL_CHEAPEST_INSERTION does; guided local search always runs to its time limit; restricting a
stop to some vehicles is done with ``VehicleVar(i).SetValues`` (``SetAllowedVehiclesForIndex`` raised).
Measured here: with a stop's windows as one node (gaps removed from its time domain) cheapest insertion
found no first solution on the sample visit, which is why ``solve`` has a fallback (see ``_nodes``), and
a search that finds no start stops at once (status ROUTING_FAIL) rather than using its time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise
from typing import Any

from planner.domain.errors import Problem, ValidationError


@dataclass(frozen=True)
class Stop:
    """A place to be served: where, for how long, when it may start, and what dropping it costs.

    ``windows`` are ranges of allowed start times (inclusive, sorted, not overlapping). ``penalty``
    None means the stop must be served; ``vehicles`` None means any vehicle may serve it.
    ``pause`` marks a stop with no place of its own (a lunch break): with one vehicle and one window,
    it is served between two stops of that vehicle, whose drive is made before or after it, so the
    drive still counts (see ``_solve``); ``place`` is then ignored. ``step`` above 1 lets the stop
    start only on multiples of it (a programme's 5-minute marks) while the drives and the fixed stops
    keep their exact minutes.
    """

    key: Hashable
    place: int
    service: int
    windows: tuple[tuple[int, int], ...]
    penalty: int | None = None
    vehicles: tuple[int, ...] | None = None
    demand: int = 0
    pause: bool = False
    step: int = 1


@dataclass(frozen=True)
class Vehicle:
    """A vehicle (or a group for one day): its working window and where it starts and ends."""

    key: Hashable
    window: tuple[int, int]
    start_place: int | None = None
    end_place: int | None = None
    capacity: int | None = None


@dataclass
class RoutingProblem:
    """Places, stops and vehicles. Give ``matrix`` (travel between places) or ``points`` (x, y).

    Times are integers in one unit (minutes for visits). ``cost_matrix``, when given, is what the
    solver minimises instead of the travel times (e.g. exact minutes while times count 5-minute
    steps); ``travel`` in the solution is then in its units. ``points`` use Euclidean distance times
    ``scale`` rounded to an integer, the convention of the Solomon instances (scale 1 = their units).
    A vehicle without a start or end place starts or ends "anywhere" at no travel cost.
    ``nearest_neighbour_start`` adds a second search from nearest-neighbour routes (see ``solve``);
    ``split_windows`` gives each window of a stop its own node from the start (see ``_nodes``).
    ``backend`` chooses the search: "ortools", "pyvrp" (``hgs_solver``), or "auto" (see ``solve``).
    ``second_start``, routes like ``initial_routes``, replaces cheapest insertion as the start searched
    after the nearest-neighbour one (cheapest insertion still runs if they cannot be read).
    """

    stops: list[Stop]
    vehicles: list[Vehicle]
    matrix: list[list[int]] | None = None
    points: list[tuple[float, float]] | None = None
    scale: int = 1
    time_limit_s: float = 1.0
    local_search: bool = True
    first_solution: str = "PARALLEL_CHEAPEST_INSERTION"
    initial_routes: list[list[tuple[Hashable, int]]] | None = None
    cost_matrix: list[list[int]] | None = None
    nearest_neighbour_start: bool = False
    split_windows: bool = False
    backend: str = "auto"
    second_start: list[list[tuple[Hashable, int]]] | None = None

    def travel_matrix(self) -> list[list[int]]:
        """Integer travel times between places."""
        if self.matrix is not None:
            return self.matrix
        if self.points is None:
            raise ValidationError("a routing problem needs a travel-time matrix or the places' points")
        pts = self.points
        return [[round(math.dist(a, b) * self.scale) for b in pts] for a in pts]


@dataclass(frozen=True)
class Visit:
    """A stop served on a route: its key and when service starts."""

    key: Hashable
    start: int


@dataclass
class RoutingSolution:
    """Routes per vehicle (in order), the dropped stops, the travel on the routes, and how it went."""

    routes: list[list[Visit]]
    dropped: list[Hashable]
    travel: int
    status: str
    seconds: float
    first_solution_seconds: float | None = None
    objective: int = 0
    solutions: int = 0
    vehicle_keys: list[Hashable] = field(default_factory=list)

    @property
    def feasible(self) -> bool:
        """True when a solution was found."""
        return self.status == "solved"


def _check(problem: RoutingProblem, places: int) -> None:
    problems = []
    for n, stop in enumerate(problem.stops):
        if not 0 <= stop.place < places:
            problems.append(f"stop {stop.key!r} refers to place {stop.place}, which does not exist")
        if not stop.windows:
            problems.append(f"stop {stop.key!r} has no time window to start in")
        if stop.service < 0:
            problems.append(f"stop {stop.key!r} has a negative service time")
        if stop.step < 1:
            problems.append(f"stop {stop.key!r} has a step below 1 ({stop.step})")
        elif stop.windows and not _marks(stop.windows, stop.step):
            problems.append(f"stop {stop.key!r} has no multiple of its step {stop.step} in its windows")
        for a, b in stop.windows:
            if b < a:
                problems.append(f"stop {stop.key!r} has a window that ends before it starts ({a}..{b})")
        if stop.vehicles is not None and any(not 0 <= v < len(problem.vehicles) for v in stop.vehicles):
            problems.append(f"stop {n} ({stop.key!r}) names a vehicle that does not exist")
        if stop.pause and (stop.vehicles is None or len(stop.vehicles) != 1 or len(stop.windows) != 1):
            problems.append(f"pause {stop.key!r} needs exactly one vehicle and one window")
    for vehicle in problem.vehicles:
        if vehicle.window[1] < vehicle.window[0]:
            problems.append(f"vehicle {vehicle.key!r} has a window that ends before it starts")
    if not problem.vehicles:
        problems.append("a routing problem needs at least one vehicle")
    if problems:
        raise ValidationError([Problem("routing problem", reason) for reason in problems])


Node = tuple[int, tuple[tuple[int, int], ...]]  # (stop number, the start windows this node may use)


def _up(moment: int, step: int) -> int:
    """``moment`` rounded up to a multiple of ``step``."""
    return -(-moment // step) * step


def _marks(windows: Sequence[tuple[int, int]], step: int) -> list[int]:
    """Every multiple of ``step`` in ``windows`` (the starts a stop with that step may take)."""
    return [t for lo, hi in windows for t in range(_up(lo, step), hi + 1, step)]


def _first_start(moment: int, windows: Sequence[tuple[int, int]], step: int) -> int | None:
    """The first start at or after ``moment`` that lies in ``windows`` on a multiple of ``step``."""
    for lo, hi in windows:
        start = _up(max(moment, lo), step)
        if start <= hi:
            return start
    return None


def solve(problem: RoutingProblem) -> RoutingSolution:
    """Solve a routing problem with time windows: least travel, dropping optional stops only if needed.

    Guided local search runs for ``time_limit_s`` seconds in all when ``local_search`` is on (split
    between the two starts with ``nearest_neighbour_start``); the time the first solution took is
    reported separately. Each stop is one node whose time domain is its windows with the gaps cut out;
    if no solution is found that way, the problem is solved again with one node per window (see
    ``_nodes``), and the time of both attempts is reported.
    """
    started = time.perf_counter()
    travel = problem.travel_matrix()
    _check(problem, len(travel))
    if _backend(problem) == "pyvrp":
        from planner.scheduling.hgs_solver import solve_pyvrp

        solution = solve_pyvrp(problem, travel)
        if solution.feasible or problem.backend == "pyvrp":
            return solution
    splits = [problem.split_windows]
    if not problem.split_windows and any(len(stop.windows) > 1 for stop in problem.stops):
        splits.append(True)
    solution = _first_feasible(problem, travel, splits)
    if not solution.feasible and any(stop.pause and stop.penalty is not None for stop in problem.stops):
        # no solution keeps every pause: the optional ones (lunch breaks) that have no room are left
        # out and reported dropped, as few as needed, so that every other group and day keeps its own;
        # never a stop with no place, across which a drive would not be counted
        out = _pauses_without_room(problem, travel)
        if out:
            kept = replace(problem, stops=[stop for n, stop in enumerate(problem.stops) if n not in out])
            solution = _first_feasible(kept, travel, splits)
            if solution.feasible:
                solution.dropped += [problem.stops[n].key for n in sorted(out)]
                solution.objective += sum(problem.stops[n].penalty or 0 for n in out)
        if not solution.feasible:
            # the search found nothing even so: every optional pause left out, as a last resort
            solution = _first_feasible(problem, travel, splits, pauses=False)
    if solution.first_solution_seconds is not None:
        # the attempts that found nothing count towards the time to the first solution
        solution.first_solution_seconds += time.perf_counter() - started - solution.seconds
    solution.seconds = time.perf_counter() - started
    return solution


def _first_feasible(
    problem: RoutingProblem, travel: list[list[int]], splits: Sequence[bool], pauses: bool = True
) -> RoutingSolution:
    """The first search of ``splits`` (one node per stop, or per window) that finds a solution, or the
    last one's failure."""
    for split in splits:
        solution = _solve(problem, travel, split) if pauses else _solve(problem, travel, split, pauses=False)
        if solution.feasible:
            break
    return solution


def _pauses_without_room(problem: RoutingProblem, travel: list[list[int]]) -> set[int]:
    """The optional pauses (by stop number) to leave out when no solution keeps them all: per vehicle,
    the fewest whose absence lets its mandatory stops and its other pauses fit its day on their own.
    Of equally many, those with the lowest penalty go first, then the later ones (a dinner before the
    lunch). A pause is tied to its one vehicle, and everything else a vehicle may serve can be dropped,
    so what a vehicle cannot hold alone is what the search implicates; the other vehicles keep theirs.
    """
    optional: dict[int, list[int]] = {}
    for n, stop in enumerate(problem.stops):
        if stop.pause and stop.penalty is not None:
            optional.setdefault(stop.vehicles[0], []).append(n)  # type: ignore[index]
    out: set[int] = set()
    for k, pauses in optional.items():
        pauses.sort(key=lambda n: (-(problem.stops[n].penalty or 0), problem.stops[n].windows[0][0], n))
        mandatory = [
            n
            for n, stop in enumerate(problem.stops)
            if stop.penalty is None and stop.vehicles is not None and tuple(stop.vehicles) == (k,)
        ]
        keep: tuple[int, ...] = ()
        for size in range(len(pauses), 0, -1):
            found = next(
                (c for c in combinations(pauses, size) if _fits_alone(problem, travel, k, [*mandatory, *c])),
                None,
            )
            if found is not None:
                keep = found
                break
        out.update(n for n in pauses if n not in keep)
    return out


def _fits_alone(problem: RoutingProblem, travel: list[list[int]], k: int, numbers: list[int]) -> bool:
    """Whether vehicle ``k`` can serve these stops (its own) with nothing else: a quick first search."""
    alone = replace(
        problem,
        stops=[replace(problem.stops[n], vehicles=(0,)) for n in numbers],
        vehicles=[problem.vehicles[k]],
        time_limit_s=0.05,
        local_search=False,
        initial_routes=None,
        second_start=None,
        nearest_neighbour_start=False,
        split_windows=False,
    )
    splits = [False, True] if any(len(problem.stops[n].windows) > 1 for n in numbers) else [False]
    return _first_feasible(alone, travel, splits).feasible


BACKENDS = ("auto", "ortools", "pyvrp")


def _backend(problem: RoutingProblem) -> str:
    """The search a problem goes to: the one asked for, or for "auto" the one measured to win on it.

    "auto" sends a plain VRPTW to PyVRP: one window per stop, no stop limited to some vehicles, and
    none of the OR-Tools search settings (given routes, the nearest-neighbour start, split windows).
    On Solomon's 56 instances PyVRP is far closer to the best-known distances in the same time; on the
    visit planner's problems (several windows per site, sites and appointments tied to a group's days,
    the planner asks for the nearest-neighbour start) OR-Tools planned shorter drives in the same
    second (docs/scheduling.md, "A second solver"), so those stay with OR-Tools.
    """
    from planner.scheduling.hgs_solver import unsupported

    if problem.backend not in BACKENDS:
        raise ValidationError(f"unknown routing backend {problem.backend!r} (one of {', '.join(BACKENDS)})")
    if problem.backend == "pyvrp":
        reason = unsupported(problem)
        if reason is not None:
            raise ValidationError(f"PyVRP cannot take this routing problem: {reason}")
        return "pyvrp"
    plain = (
        unsupported(problem) is None
        and not problem.nearest_neighbour_start
        and not problem.split_windows
        and all(len(stop.windows) == 1 and stop.vehicles is None for stop in problem.stops)
    )
    return "pyvrp" if problem.backend == "auto" and plain else "ortools"


def _nodes(stops: Sequence[Stop], split: bool) -> list[Node]:
    """The routing nodes of the stops: one per stop, or with ``split`` one per window of each stop.

    Why both: one node per stop keeps the model small (on the 45-site benchmark, 46 nodes instead of
    about 115, and the same second of guided local search then finds about 7% less travel), but the
    insertion heuristics have been seen to find no first solution at all when gaps were cut out of a
    node's time domain; one node per window, joined in a disjunction so that exactly one (for an
    optional stop at most one) is served, always gave them a place to start.
    """
    if split:
        return [(n, (window,)) for n, stop in enumerate(stops) for window in stop.windows]
    return [(n, stop.windows) for n, stop in enumerate(stops)]


def _solve(
    problem: RoutingProblem, travel: list[list[int]], split: bool, pauses: bool = True
) -> RoutingSolution:
    """One search. Each pause stop is a break of its vehicle's time dimension rather than a node: it
    lies between two stops (or before the first, after the last) and the transit between them must
    hold it as well as the drive, so a lunch break never hides a drive (as a node with no place it
    did: the drive before it and after it both counted zero). Without ``pauses`` the optional ones
    (with a penalty) are left out and dropped."""
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    started = time.perf_counter()
    stops, vehicles = problem.stops, problem.vehicles
    breaks = [n for n, stop in enumerate(stops) if stop.pause and (pauses or stop.penalty is None)]
    copies = [node for node in _nodes(stops, split) if not stops[node[0]].pause]
    n_copies = len(copies)
    # then one node per distinct start/end place (None: "anywhere", no travel)
    depot_places: list[int | None] = []
    for v in vehicles:
        for place in (v.start_place, v.end_place):
            if place not in depot_places:
                depot_places.append(place)
    node_place: list[int | None] = [*(stops[n].place for n, _ in copies), *depot_places]
    depot_node = {place: n_copies + k for k, place in enumerate(depot_places)}
    n_nodes = len(node_place)
    service = [stops[n].service for n, _ in copies] + [0] * len(depot_places)

    def leg(a: int | None, b: int | None) -> int:
        return 0 if a is None or b is None else travel[a][b]

    arc = [[leg(node_place[i], node_place[j]) for j in range(n_nodes)] for i in range(n_nodes)]
    timed = [[service[i] + arc[i][j] for j in range(n_nodes)] for i in range(n_nodes)]
    if problem.cost_matrix is not None:
        costs = problem.cost_matrix

        def cost(a: int | None, b: int | None) -> int:
            return 0 if a is None or b is None else costs[a][b]

        arc = [[cost(node_place[i], node_place[j]) for j in range(n_nodes)] for i in range(n_nodes)]

    manager = pywrapcp.RoutingIndexManager(
        n_nodes,
        len(vehicles),
        [depot_node[v.start_place] for v in vehicles],
        [depot_node[v.end_place] for v in vehicles],
    )
    routing = pywrapcp.RoutingModel(manager)
    arc_cb = routing.RegisterTransitMatrix(arc)
    time_cb = routing.RegisterTransitMatrix(timed)
    routing.SetArcCostEvaluatorOfAllVehicles(arc_cb)
    horizon = max(
        [v.window[1] for v in vehicles] + [w[1] + s.service for s in stops for w in s.windows] + [1]
    )
    routing.AddDimension(time_cb, horizon, horizon, False, "Time")
    clock = routing.GetDimensionOrDie("Time")

    if any(s.demand for s in stops):
        demand_cb = routing.RegisterUnaryTransitVector(
            [stops[n].demand for n, _ in copies] + [0] * len(depot_places)
        )
        big = sum(s.demand for s in stops)
        routing.AddDimensionWithVehicleCapacity(
            demand_cb, 0, [v.capacity if v.capacity is not None else big for v in vehicles], True, "Load"
        )

    nodes_of: list[list[int]] = [[] for _ in stops]
    for node, (number, windows) in enumerate(copies):
        stop = stops[number]
        index = manager.NodeToIndex(node)
        nodes_of[number].append(index)
        cumul = clock.CumulVar(index)
        if stop.step > 1:
            cumul.SetValues(_marks(windows, stop.step))
        else:
            cumul.SetRange(windows[0][0], windows[-1][1])
            for (_, end), (start, _) in pairwise(windows):
                cumul.RemoveInterval(end + 1, start - 1)
        # only vehicles whose working window meets one of the node's windows can serve it
        allowed = [
            k
            for k, v in enumerate(vehicles)
            if (stop.vehicles is None or k in stop.vehicles)
            and any(v.window[0] <= hi and lo <= v.window[1] for lo, hi in windows)
        ]
        optional = stop.penalty is not None or (split and len(stop.windows) > 1)
        if len(allowed) < len(vehicles):
            routing.VehicleVar(index).SetValues(allowed + ([-1] if optional else []))
    for number, stop in enumerate(stops):
        if stop.penalty is not None:
            routing.AddDisjunction(nodes_of[number], stop.penalty)
        elif len(nodes_of[number]) > 1:
            routing.AddDisjunction(nodes_of[number])  # no penalty: exactly one copy is served
    for k, vehicle in enumerate(vehicles):
        clock.CumulVar(routing.Start(k)).SetRange(*vehicle.window)
        clock.CumulVar(routing.End(k)).SetRange(*vehicle.window)
    # pauses: fixed-length intervals no stop's service may overlap; the transit they fall in (the
    # drive, from the service's end) grows by their length
    pause_of: dict[int, list[tuple[int, Any]]] = {}
    if breaks:
        visit_transit = [0] * routing.Size()
        for index in range(routing.Size()):
            node = manager.IndexToNode(index)
            visit_transit[index] = service[node]
        for number in breaks:
            stop = stops[number]
            (lo, hi), k = stop.windows[0], stop.vehicles[0]  # type: ignore[index]
            if stop.step > 1:
                begins = routing.solver().IntVar(_marks(stop.windows, stop.step), f"start {number}")
                interval = routing.solver().FixedDurationIntervalVar(begins, stop.service, str(number))
            else:
                interval = routing.solver().FixedDurationIntervalVar(lo, hi, stop.service, False, str(number))
            routing.AddIntervalToAssignment(interval)
            pause_of.setdefault(k, []).append((number, interval))
        for k, intervals in pause_of.items():
            clock.SetBreakIntervalsOfVehicle([iv for _, iv in intervals], k, visit_transit)

    found: list[float] = []

    def on_solution() -> None:
        found.append(time.perf_counter())

    routing.AddAtSolutionCallback(on_solution)
    params = pywrapcp.DefaultRoutingSearchParameters()
    # the fallback with one node per window uses the strategy that always found a start there
    strategy = "PARALLEL_CHEAPEST_INSERTION" if split else problem.first_solution
    params.first_solution_strategy = getattr(routing_enums_pb2.FirstSolutionStrategy, strategy)
    if problem.local_search:
        params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    else:
        params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GREEDY_DESCENT

    def read(assignment: Any) -> tuple[list[list[Visit]], set[int], int]:
        """The routes of an assignment, each stop as early as its window and the drives allow."""
        routes: list[list[Visit]] = []
        total = 0
        served: set[int] = set()
        for k in range(len(vehicles)):
            index = routing.Start(k)
            # the solver's pauses by the leg they fall in: the number of stops started before them
            solver_starts: list[int] = []
            while not routing.IsEnd(index):
                index = assignment.Value(routing.NextVar(index))
                if not routing.IsEnd(index):
                    solver_starts.append(assignment.Value(clock.CumulVar(index)))
            legs: dict[int, list[tuple[int, int]]] = {}
            for number, interval in pause_of.get(k, []):
                at = assignment.StartValue(interval)
                legs.setdefault(sum(1 for s in solver_starts if s <= at), []).append((at, number))
            index = routing.Start(k)
            route: list[Visit] = []
            previous = manager.IndexToNode(index)
            # never later than the solver's own feasible times, so every window still holds (done
            # here: a finalizer per stop to push starts early slowed the local search 2.5x)
            moment = vehicles[k].window[0]
            leg_number = 0
            while not routing.IsEnd(index):
                index = assignment.Value(routing.NextVar(index))
                node = manager.IndexToNode(index)
                total += arc[previous][node]
                if leg_number in legs:
                    pauses_here = [stops[n] for _, n in sorted(legs[leg_number])]
                    moment, visits = _through_pauses(
                        moment + service[previous], timed[previous][node] - service[previous], pauses_here
                    )
                    route.extend(visits)
                else:
                    moment += timed[previous][node]
                leg_number += 1
                previous = node
                if node < n_copies:
                    number, windows = copies[node]
                    served.add(number)
                    start = _first_start(moment, windows, stops[number].step)
                    moment = moment if start is None else start
                    route.append(Visit(stops[number].key, moment))
            routes.append(route)
        served.update(breaks)
        return routes, served, total

    best: tuple[int, list[list[Visit]], set[int], int] | None = None
    for assignment in _searches(routing, params, problem, copies):
        if assignment is not None and (best is None or assignment.ObjectiveValue() < best[0]):
            best = (assignment.ObjectiveValue(), *read(assignment))
    seconds = time.perf_counter() - started
    first = found[0] - started if found else None
    if best is None:
        return RoutingSolution([], [s.key for s in stops], 0, "no solution", seconds, first, 0, len(found))
    objective, routes, served, total = best
    dropped = [s.key for n, s in enumerate(stops) if n not in served]
    return RoutingSolution(
        routes,
        dropped,
        total,
        "solved",
        seconds,
        first,
        objective,
        len(found),
        [v.key for v in vehicles],
    )


def _through_pauses(free: int, drive: int, pauses: Sequence[Stop]) -> tuple[int, list[Visit]]:
    """Arrival after a leg that holds ``pauses`` (in order), leaving at ``free`` with ``drive`` to go,
    and each pause's start: as early as the drive allows and its window opens, the drive made as far
    as possible before it (so a lunch break lies next to the stop after it)."""
    moment, left, visits = free, drive, []
    for pause in pauses:
        lo, hi = pause.windows[0]
        # on the pause's step: never later than the solver's start, which is on it and no earlier
        start = _up(max(moment, min(max(moment + left, lo), hi)), pause.step)
        left -= min(left, start - moment)
        visits.append(Visit(pause.key, start))
        moment = start + pause.service
    return moment + left, visits


def _searches(routing: Any, params: Any, problem: RoutingProblem, copies: list[Node]) -> Iterator[Any]:
    """Run the local search from the given routes, or from cheapest insertion and (when asked) also
    from a nearest-neighbour start, each for its share of the time; yield each result (None: none).

    Why two starts: on full days the guided local search often stays in the basin of its first
    solution; a nearest-neighbour start is sometimes in a much better one, and sometimes (with fixed
    appointments) in a worse one where a required stop cannot be inserted, so neither alone is safe.
    """
    starts: list[list[list[tuple[Hashable, int]]] | None] = [problem.initial_routes]
    if problem.initial_routes is None and problem.nearest_neighbour_start:
        # first: once the model has been solved, reading routes into it failed on some instances
        starts.insert(0, nearest_neighbour_routes(problem))
        if problem.second_start is not None:
            starts[-1] = problem.second_start  # cheapest insertion only if it cannot be read
    params.time_limit.FromMilliseconds(max(1, int(problem.time_limit_s * 1000 / len(starts))))
    routing.CloseModelWithParameters(params)
    for routes in starts:
        start_from = None
        if routes is not None:
            start_from = routing.ReadAssignmentFromRoutes(_route_nodes(problem.stops, copies, routes), True)
        if start_from is not None:
            yield routing.SolveFromAssignmentWithParameters(start_from, params)
        elif routes is starts[-1]:  # cheapest insertion, or given routes that do not fit
            yield routing.SolveWithParameters(params)


def _route_nodes(
    stops: list[Stop], copies: list[Node], routes: list[list[tuple[Hashable, int]]]
) -> list[list[int]]:
    """Known routes (stop key, start) as node numbers: the node of each stop whose windows hold the
    start; a stop outside all its windows is left out (the search may add it back)."""
    where: dict[Hashable, list[tuple[int, int, int]]] = {stop.key: [] for stop in stops}
    for node, (number, windows) in enumerate(copies):
        where[stops[number].key].extend((lo, hi, node) for lo, hi in windows)
    return [
        [
            node
            for key, start in route
            for node in [next((n for lo, hi, n in where.get(key, ()) if lo <= start <= hi), None)]
            if node is not None
        ]
        for route in routes
    ]


def nearest_neighbour_routes(problem: RoutingProblem) -> list[list[tuple[Hashable, int]]]:
    """A quick start for the search: each vehicle, earliest first, goes on to the stop it can reach
    soonest and still serve in time, keeping its fixed appointments (stops with one vehicle and a
    one-instant window). Returns (stop key, start) per vehicle, the shape of ``initial_routes``; stops
    it cannot fit are left for the search to insert."""
    travel = problem.travel_matrix()

    def leg(a: int | None, b: int | None) -> int:
        return 0 if a is None or b is None else travel[a][b]

    def anchor(stop: Stop) -> bool:
        return (
            stop.vehicles is not None
            and len(stop.vehicles) == 1
            and len(stop.windows) == 1
            and stop.windows[0][0] == stop.windows[0][1]
        )

    anchors: dict[int, list[Stop]] = {}
    for stop in problem.stops:
        if anchor(stop):
            anchors.setdefault(stop.vehicles[0], []).append(stop)  # type: ignore[index]
    todo = [s for s in problem.stops if not anchor(s)]
    routes: list[list[tuple[Hashable, int]]] = [[] for _ in problem.vehicles]
    order = sorted(range(len(problem.vehicles)), key=lambda k: (problem.vehicles[k].window[0], k))
    for k in order:
        vehicle = problem.vehicles[k]
        fixed = sorted(anchors.get(k, []), key=lambda s: s.windows[0][0])
        moment, here = vehicle.window[0], vehicle.start_place
        while True:
            target = fixed[0] if fixed else None
            limit, towards = (
                (target.windows[0][0], target.place) if target else (vehicle.window[1], vehicle.end_place)
            )
            best: tuple[int, Stop, int] | None = None
            for stop in todo:
                if stop.vehicles is not None and k not in stop.vehicles:
                    continue
                # a pause is taken where the vehicle is
                place = here if stop.pause else stop.place
                arrive = moment + leg(here, place)
                for lo, hi in stop.windows:
                    start = _up(max(arrive, lo), stop.step)
                    if start <= hi and start + stop.service + leg(place, towards) <= limit:
                        rank = start
                        if best is None or rank < best[0]:
                            best = (rank, stop, start)
                        break
            if best is not None:
                _, stop, start = best
                todo.remove(stop)
                routes[k].append((stop.key, start))
                moment, here = start + stop.service, here if stop.pause else stop.place
            elif target is not None:
                fixed.pop(0)
                routes[k].append((target.key, target.windows[0][0]))
                moment = target.windows[0][0] + target.service
                here = here if target.pause else target.place
            else:
                break
    return routes


def route_travel(problem: RoutingProblem, routes: Sequence[Sequence[Hashable]]) -> float:
    """Travel of routes given as stop keys, unrounded for points (to compare with published values)."""
    index = {s.key: s for s in problem.stops}
    total = 0.0
    for k, keys in enumerate(routes):
        vehicle = problem.vehicles[k] if k < len(problem.vehicles) else problem.vehicles[0]
        places: list[int | None] = [
            vehicle.start_place,
            *(index[key].place for key in keys),
            vehicle.end_place,
        ]
        for a, b in pairwise(places):
            if a is None or b is None:
                continue
            if problem.points is not None and problem.matrix is None:
                total += math.dist(problem.points[a], problem.points[b])
            else:
                total += problem.travel_matrix()[a][b]
    return total


def solution_keys(solution: RoutingSolution) -> list[list[Any]]:
    """The routes of a solution as lists of stop keys."""
    return [[v.key for v in route] for route in solution.routes]
