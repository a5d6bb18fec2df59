"""The plain routing entry point with each backend (OR-Tools, PyVRP): feasible routes, no timing."""

from __future__ import annotations

import math
import random

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling import solver as solver_module
from planner.scheduling.solver import RoutingProblem, RoutingSolution, Stop, Vehicle, solve

BACKENDS = ("ortools", "pyvrp")


def tiny_vrptw(seed: int = 3) -> RoutingProblem:
    """A depot and 10 customers on a 100 x 100 grid, windows around a feasible tour, capacity 40."""
    rng = random.Random(seed)
    points = [(50.0, 50.0)] + [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(10)]
    matrix = [[round(math.dist(a, b)) for b in points] for a in points]
    stops = []
    for n in range(1, 11):
        # a window wide enough to reach from the depot, narrow enough to matter
        earliest = matrix[0][n] + rng.randint(0, 150)
        stops.append(Stop(f"c{n}", n, 10, ((earliest, earliest + 120),), demand=rng.randint(5, 15)))
    vehicles = [Vehicle(k, (0, 600), 0, 0, capacity=40) for k in range(4)]
    return RoutingProblem(stops, vehicles, matrix=matrix, time_limit_s=0.5)


def assert_feasible(problem: RoutingProblem, solution: RoutingSolution) -> None:
    """Every required stop served once, on an allowed vehicle, within a window, drives and loads kept."""
    assert solution.feasible
    stops = {s.key: s for s in problem.stops}
    served = [v.key for route in solution.routes for v in route]
    assert len(served) == len(set(served))
    assert set(served) | set(solution.dropped) == set(stops)
    assert all(stops[key].penalty is not None for key in solution.dropped)
    matrix = problem.travel_matrix()
    for k, route in enumerate(solution.routes):
        vehicle = problem.vehicles[k]
        moment, here, load = vehicle.window[0], vehicle.start_place, 0
        for visit in route:
            stop = stops[visit.key]
            assert stop.vehicles is None or k in stop.vehicles
            arrive = moment + (0 if here is None else matrix[here][stop.place])
            assert visit.start >= arrive
            assert any(lo <= visit.start <= hi for lo, hi in stop.windows), (visit, stop.windows)
            moment, here, load = visit.start + stop.service, stop.place, load + stop.demand
        if route and vehicle.end_place is not None:
            assert moment + matrix[here][vehicle.end_place] <= vehicle.window[1]
        assert vehicle.capacity is None or load <= vehicle.capacity


@pytest.mark.parametrize("backend", BACKENDS)
def test_tiny_vrptw_gives_a_feasible_route_set(backend: str) -> None:
    problem = tiny_vrptw()
    problem.backend = backend
    solution = solve(problem)
    assert_feasible(problem, solution)
    assert solution.dropped == []
    assert solution.vehicle_keys == [v.key for v in problem.vehicles]


@pytest.mark.parametrize("backend", BACKENDS)
def test_restricted_stops_several_windows_and_drops(backend: str) -> None:
    # four places on a line, 10 minutes apart; two vehicles (e.g. one group on two days)
    line = [[abs(a - b) * 10 for b in range(4)] for a in range(4)]
    stops = [
        Stop("pinned", 2, 30, ((100, 100),), vehicles=(0,)),  # an appointment of vehicle 0
        Stop("two-windows", 3, 20, ((0, 20), (400, 420))),
        Stop("second-only", 1, 15, ((0, 500),), vehicles=(1,)),
        Stop("impossible", 1, 50, ((0, 5),), penalty=100, vehicles=(0,)),
    ]
    vehicles = [Vehicle("day1", (0, 200), 0, 0), Vehicle("day2", (300, 500), None, None)]
    problem = RoutingProblem(stops, vehicles, matrix=line, time_limit_s=0.5, backend=backend)
    solution = solve(problem)
    assert_feasible(problem, solution)
    starts = {v.key: v.start for route in solution.routes for v in route}
    assert starts["pinned"] == 100
    assert "second-only" in [v.key for v in solution.routes[1]]
    assert solution.dropped == ["impossible"]


def test_auto_sends_a_plain_vrptw_to_pyvrp_and_the_planners_problems_to_ortools() -> None:
    plain = tiny_vrptw()
    assert solver_module._backend(plain) == "pyvrp"
    plain.nearest_neighbour_start = True  # an OR-Tools search setting, as the planner asks
    assert solver_module._backend(plain) == "ortools"
    restricted = tiny_vrptw()
    restricted.stops[0] = Stop("c1", 1, 10, ((0, 600),), vehicles=(0,))
    assert solver_module._backend(restricted) == "ortools"
    restricted.backend = "pyvrp"
    assert solver_module._backend(restricted) == "pyvrp"


def test_unknown_backend_and_a_warm_start_pyvrp_cannot_take_are_refused() -> None:
    problem = tiny_vrptw()
    problem.backend = "cplex"
    with pytest.raises(ValidationError, match="unknown routing backend"):
        solve(problem)
    problem.backend = "pyvrp"
    problem.initial_routes = [["c1"]]  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="warm start"):
        solve(problem)
