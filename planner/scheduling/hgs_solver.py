"""The routing problem of ``solver.py`` solved by PyVRP (iterated local search, MIT licence).

``solver.solve`` sends a problem here when its ``backend`` asks for PyVRP (or "auto" picks it, see
``solver.solve``). PyVRP is imported inside ``solve_pyvrp``: importing this module costs nothing.

How the plain problem maps onto PyVRP's model:
- every stop, and with several windows every window of a stop, is a client with its own location
  (a copy of its place's row and column), so that a stop can be kept off some vehicles by giving
  those vehicles' routing profile a prohibitive cost into and out of it; the copies of a stop form a
  mutually exclusive client group (exactly one served when the stop is required, at most one if not);
- an optional stop is a client with ``required=False`` and its drop penalty as prize;
- a vehicle is a vehicle type of its own (identical vehicles share one when no stop is restricted),
  its working window is the type's shift, its start and end places are depots; a vehicle that starts
  or ends "anywhere" uses an extra location at no travel from or to every place;
- ``cost_matrix`` (when given) is PyVRP's distance (what it minimises), the travel times its duration.

PyVRP treats late arrival as a penalised "time warp" while it searches; only a solution it reports
feasible, whose every stop is also within one of its windows on an allowed vehicle when the starts
are worked out here (each stop as early as its window and the drives allow, as the OR-Tools reader
does), is returned as solved.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.scheduling.solver import RoutingProblem, RoutingSolution

# a cost this high into or out of a client keeps a vehicle's route away from it (PyVRP's default for
# missing edges is 2**44; well below it, so sums over a route cannot overflow)
FORBIDDEN = 10**9


class _Clock:
    """PyVRP's time limit, noting when the search first holds a feasible solution.

    The stopping criterion is asked before every iteration with the cost of the best solution so far,
    which is the largest integer while no feasible solution is known.
    """

    def __init__(self, limit: Callable[[int], bool]) -> None:
        self.limit = limit
        self.first: float | None = None

    def __call__(self, best_cost: int) -> bool:
        if self.first is None and best_cost < sys.maxsize:
            self.first = time.perf_counter()
        return self.limit(best_cost)


def unsupported(problem: RoutingProblem) -> str | None:
    """Why PyVRP cannot take this problem as it is stated, or None when it can.

    Given start routes (``initial_routes``) are an OR-Tools warm start that this mapping does not
    carry over; everything else in ``RoutingProblem`` has a PyVRP counterpart.
    """
    if problem.initial_routes is not None:
        return "a warm start from given routes"
    if problem.second_start is not None:
        return "a warm start from given routes"
    if any(stop.pause for stop in problem.stops):
        return "a pause with no place between two stops"
    if any(stop.step > 1 for stop in problem.stops):
        return "starts only on a time grid"
    return None


def solve_pyvrp(problem: RoutingProblem, travel: list[list[int]], seed: int = 0) -> RoutingSolution:
    """Solve ``problem`` (already checked) with PyVRP for ``time_limit_s`` seconds."""
    import numpy as np
    import pyvrp
    from pyvrp.stop import MaxRuntime

    from planner.scheduling.solver import RoutingSolution, Visit

    started = time.perf_counter()
    stops, vehicles = problem.stops, problem.vehicles
    costs = problem.cost_matrix if problem.cost_matrix is not None else travel
    # the client copies: (stop number, window)
    copies = [(n, window) for n, stop in enumerate(stops) for window in stop.windows]
    depot_places: list[int | None] = []
    for v in vehicles:
        for place in (v.start_place, v.end_place):
            if place not in depot_places:
                depot_places.append(place)
    # locations: the depots' places first, then one per client copy
    location_place: list[int | None] = depot_places + [stops[n].place for n, _ in copies]
    size = len(location_place)
    places = np.array([-1 if p is None else p for p in location_place])
    known = places >= 0
    cost_m = np.zeros((size, size), dtype=np.int64)
    time_m = np.zeros((size, size), dtype=np.int64)
    both = np.ix_(known, known)
    cost_m[both] = np.asarray(costs, dtype=np.int64)[np.ix_(places[known], places[known])]
    time_m[both] = np.asarray(travel, dtype=np.int64)[np.ix_(places[known], places[known])]
    np.fill_diagonal(cost_m, 0)
    np.fill_diagonal(time_m, 0)  # the rows and columns of "anywhere" (no place) stay zero

    restricted = any(stop.vehicles is not None for stop in stops)
    # vehicle types: identical vehicles share one when no stop is restricted to some vehicles
    type_of: list[int] = []
    type_keys: list[tuple[Any, ...]] = []
    members: list[list[int]] = []
    for k, v in enumerate(vehicles):
        key: tuple[Any, ...] = (k,) if restricted else (v.window, v.start_place, v.end_place, v.capacity)
        if key not in type_keys:
            type_keys.append(key)
            members.append([])
        type_of.append(type_keys.index(key))
        members[type_of[-1]].append(k)

    # routing profiles: one per vehicle when stops are restricted, else one for all
    profiles = [(cost_m, time_m)]
    if restricted:
        profiles = []
        first_client = len(depot_places)
        allowed = [stops[n].vehicles for n, _ in copies]
        for k in range(len(vehicles)):
            barred = [first_client + c for c, ks in enumerate(allowed) if ks is not None and k not in ks]
            cost_k = cost_m.copy()
            cost_k[barred, :] = FORBIDDEN
            cost_k[:, barred] = FORBIDDEN
            np.fill_diagonal(cost_k, 0)
            profiles.append((cost_k, time_m))

    loads = any(stop.demand for stop in stops)
    big = sum(stop.demand for stop in stops) or 1
    locations = [pyvrp.Location(0, 0) for _ in range(size)]
    depots = [pyvrp.Depot(location=d) for d in range(len(depot_places))]
    groups: list[Any] = []
    group_of: dict[int, int] = {}
    for n, stop in enumerate(stops):
        if len(stop.windows) > 1:
            group_of[n] = len(groups)
            members_of = [c for c, (m, _) in enumerate(copies) if m == n]
            groups.append(pyvrp.ClientGroup(members_of, required=stop.penalty is None))
    clients = []
    for c, (n, (lo, hi)) in enumerate(copies):
        stop = stops[n]
        in_group = n in group_of
        clients.append(
            pyvrp.Client(
                location=len(depot_places) + c,
                delivery=[stop.demand] if loads else [],
                service_duration=stop.service,
                tw_early=lo,
                tw_late=hi,
                prize=stop.penalty or 0,
                # a client of a group is optional; the group says whether one must be served
                required=stop.penalty is None and not in_group,
                group=group_of.get(n),
            )
        )
    vehicle_types = []
    for t, ks in enumerate(members):
        v = vehicles[ks[0]]
        vehicle_types.append(
            pyvrp.VehicleType(
                num_available=len(ks),
                capacity=[v.capacity if v.capacity is not None else big] if loads else [],
                start_depot=depot_places.index(v.start_place),
                end_depot=depot_places.index(v.end_place),
                tw_early=v.window[0],
                tw_late=v.window[1],
                profile=t if restricted else 0,
            )
        )
    data = pyvrp.ProblemData(
        locations=locations,
        clients=clients,
        depots=depots,
        vehicle_types=vehicle_types,
        # PyVRP's stub writes these as np.ndarray[int], which numpy's stubs read as a shape type
        distance_matrices=[p[0] for p in profiles],  # type: ignore[misc]
        duration_matrices=[p[1] for p in profiles],  # type: ignore[misc]
        groups=groups,
    )
    limit = max(0.01, problem.time_limit_s - (time.perf_counter() - started))
    clock = _Clock(MaxRuntime(limit))
    result = pyvrp.solve(data, stop=clock, seed=seed, collect_stats=False, display=False)
    seconds = time.perf_counter() - started
    first = None if clock.first is None else clock.first - started
    best = result.best

    def failed(status: str) -> RoutingSolution:
        return RoutingSolution([], [s.key for s in stops], 0, status, seconds, None, 0, 0)

    if not best.is_feasible():
        return failed("no solution")
    routes: list[list[Visit]] = [[] for _ in vehicles]
    free = [list(ks) for ks in members]
    served: set[int] = set()
    total = 0
    for route in best.routes():
        k = free[route.vehicle_type()].pop(0)
        vehicle = vehicles[k]
        moment, here = vehicle.window[0], vehicle.start_place
        for activity in route.schedule():
            if activity.type != pyvrp.ActivityType.CLIENT:
                continue
            number, (lo, hi) = copies[activity.idx]
            stop = stops[number]
            if stop.vehicles is not None and k not in stop.vehicles:
                return failed("no solution")  # a prohibitive edge was used: nothing else fitted
            if here is not None:
                moment += travel[here][stop.place]
                total += costs[here][stop.place]
            moment = max(moment, lo)
            if moment > hi:
                return failed("no solution")
            routes[k].append(Visit(stop.key, moment))
            served.add(number)
            here = stop.place
            moment += stop.service
        if here is not None and vehicle.end_place is not None:
            total += costs[here][vehicle.end_place]
            moment += travel[here][vehicle.end_place]
        if moment > vehicle.window[1] and routes[k]:
            return failed("no solution")
    dropped: list[Hashable] = [s.key for n, s in enumerate(stops) if n not in served]
    if any(stops[n].penalty is None for n in range(len(stops)) if n not in served):
        return failed("no solution")
    penalties = sum(stops[n].penalty or 0 for n in range(len(stops)) if n not in served)
    return RoutingSolution(
        routes,
        dropped,
        total,
        "solved",
        time.perf_counter() - started,
        first,
        total + penalties,
        1,
        [v.key for v in vehicles],
    )
