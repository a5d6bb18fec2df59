from __future__ import annotations

from itertools import pairwise

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling import solver as solver_module
from planner.scheduling.solver import RoutingProblem, Stop, Vehicle, route_travel, solution_keys, solve

# four places on a line, 10 minutes apart
LINE = [[abs(a - b) * 10 for b in range(4)] for a in range(4)]


def served_times(solution) -> dict:
    return {v.key: v.start for route in solution.routes for v in route}


def test_routes_respect_windows_service_and_travel() -> None:
    stops = [
        Stop("a", 1, 15, ((0, 100),)),
        Stop("b", 2, 15, ((60, 60),)),  # fixed appointment at minute 60
        Stop("c", 3, 15, ((0, 200),)),
    ]
    problem = RoutingProblem(stops, [Vehicle("v", (0, 300), 0, 0)], matrix=LINE, time_limit_s=0.2)
    solution = solve(problem)
    assert solution.feasible and solution.dropped == []
    times = served_times(solution)
    assert times["b"] == 60
    order = solution_keys(solution)[0]
    for first, second in pairwise(order):
        a, b = next(s for s in stops if s.key == first), next(s for s in stops if s.key == second)
        assert times[second] >= times[first] + a.service + LINE[a.place][b.place]
    assert solution.travel == route_travel(problem, solution_keys(solution))


def test_optional_stop_that_cannot_fit_is_dropped_and_required_is_kept() -> None:
    stops = [
        Stop("must", 1, 50, ((0, 10),), penalty=10**6),
        Stop("nice", 2, 50, ((0, 10),), penalty=100),
    ]
    solution = solve(RoutingProblem(stops, [Vehicle("v", (0, 100))], matrix=LINE, time_limit_s=0.2))
    assert solution.dropped == ["nice"]
    assert served_times(solution) == {"must": 0}


def test_several_windows_pick_one_and_vehicles_are_restricted() -> None:
    stops = [
        Stop("lunch-closed", 1, 30, ((0, 30), (120, 200))),
        Stop("block", 1, 80, ((40, 40),), vehicles=(0,)),
        Stop("other", 2, 10, ((0, 500),), vehicles=(1,)),
    ]
    vehicles = [Vehicle("day1", (0, 300)), Vehicle("day2", (0, 300))]
    solution = solve(RoutingProblem(stops, vehicles, matrix=LINE, time_limit_s=0.2, local_search=False))
    assert solution.feasible and solution.dropped == []
    routes = solution_keys(solution)
    assert "other" in routes[1] and "block" in routes[0]
    start = served_times(solution)["lunch-closed"]
    assert 0 <= start <= 30 or 120 <= start <= 200


def test_points_use_euclidean_distance_scaled() -> None:
    stops = [Stop(1, 1, 0, ((0, 10_000),)), Stop(2, 2, 0, ((0, 10_000),))]
    problem = RoutingProblem(
        stops, [Vehicle("v", (0, 10_000), 0, 0)], points=[(0, 0), (3, 4), (6, 8)], scale=10, time_limit_s=0.1
    )
    solution = solve(problem)
    assert solution.travel == 200  # 0 -> (3,4) -> (6,8) -> 0: 5 + 5 + 10, times 10
    assert route_travel(problem, solution_keys(solution)) == pytest.approx(20.0)


def test_bad_problems_are_refused_with_reasons() -> None:
    with pytest.raises(ValidationError) as caught:
        solve(RoutingProblem([Stop("x", 9, 5, ((10, 5),))], [Vehicle("v", (0, 10))], matrix=LINE))
    text = str(caught.value)
    assert "place 9" in text and "ends before it starts" in text


def test_a_known_schedule_is_a_starting_point_the_result_never_worsens() -> None:
    stops = [Stop(n, n % 4, 5, ((0, 500),)) for n in range(1, 8)]
    zigzag = [[(1, 0), (3, 20), (5, 60), (2, 100), (4, 140), (6, 180), (7, 240)]]
    start_travel = sum(LINE[a % 4][b % 4] for (a, _), (b, _) in pairwise(zigzag[0]))
    problem = RoutingProblem(
        stops, [Vehicle("v", (0, 500))], matrix=LINE, time_limit_s=0.2, initial_routes=zigzag
    )
    solution = solve(problem)
    assert solution.feasible and solution.dropped == []
    assert solution.travel <= start_travel


@pytest.mark.parametrize("split", [False, True], ids=["one node per stop", "one node per window"])
def test_a_stop_reached_in_its_closure_waits_for_the_next_window(split: bool) -> None:
    # the vehicle is busy at place 1 until minute 50; the site there is closed from 31 to 119
    stops = [
        Stop("lunch-closed", 1, 30, ((0, 30), (120, 200))),
        Stop("block", 1, 50, ((0, 0),), vehicles=(0,)),
    ]
    problem = RoutingProblem(stops, [Vehicle("v", (0, 300))], matrix=LINE, time_limit_s=0.2)
    solution = solver_module._solve(problem, problem.travel_matrix(), split=split)
    assert solution.feasible and solution.dropped == []
    assert served_times(solution) == {"block": 0, "lunch-closed": 120}


def test_when_one_node_per_stop_finds_nothing_one_node_per_window_is_tried(monkeypatch) -> None:
    tried: list[bool] = []
    real = solver_module._solve

    def first_finds_nothing(problem, travel, split):
        tried.append(split)
        if not split:
            return solver_module.RoutingSolution([], [s.key for s in problem.stops], 0, "no solution", 0.1)
        return real(problem, travel, split)

    monkeypatch.setattr(solver_module, "_solve", first_finds_nothing)
    stops = [Stop("two windows", 1, 30, ((0, 30), (120, 200))), Stop("one", 2, 10, ((0, 300),))]
    solution = solve(RoutingProblem(stops, [Vehicle("v", (0, 300))], matrix=LINE, time_limit_s=0.2))
    assert tried == [False, True]
    assert solution.feasible and solution.dropped == []
    assert solution.first_solution_seconds is not None


def test_a_lunch_break_between_two_sites_leaves_room_for_the_drive_as_well() -> None:
    # a site at place 1 until minute 60 at the earliest, then one at place 3 (20 minutes away); lunch
    # (30 min, start 50..70) has no place: before, as a stop "anywhere" it made the drive free and the
    # second site could start right after lunch
    stops = [
        Stop("first", 1, 60, ((0, 0),), vehicles=(0,)),
        Stop("lunch", 0, 30, ((50, 70),), penalty=10**6, vehicles=(0,), pause=True),
        Stop("second", 3, 30, ((0, 300),)),
    ]
    problem = RoutingProblem(stops, [Vehicle("v", (0, 300))], matrix=LINE, time_limit_s=0.2)
    solution = solve(problem)
    assert solution.feasible and solution.dropped == []
    times = served_times(solution)
    assert solution_keys(solution)[0] == ["first", "lunch", "second"]
    assert 60 <= times["lunch"] <= 70
    # lunch and the 20-minute drive both fit between the first site's end and the second's start
    assert times["second"] >= 60 + 30 + 20
    assert solution.travel == 20


def test_a_pause_needs_one_vehicle_and_one_window() -> None:
    with pytest.raises(ValidationError, match="pause"):
        solve(
            RoutingProblem(
                [Stop("lunch", 0, 30, ((50, 70),), pause=True)], [Vehicle("v", (0, 300))], matrix=LINE
            )
        )


def test_a_stop_with_a_step_starts_on_its_marks_while_fixed_stops_keep_their_minutes() -> None:
    """Time in minutes, movable starts on the grid: a pinned stop at minute 37 stays there (to a solver
    counting 15-minute units it was 30-45), and the stops around it start on multiples of 15."""
    stops = [
        Stop("pinned", 1, 23, ((37, 37),)),
        Stop("before", 2, 15, ((0, 200),), step=15),
        Stop("after", 3, 15, ((0, 200),), step=15),
        Stop("lunch", 0, 30, ((61, 200),), vehicles=(0,), pause=True, penalty=10**6, step=15),
    ]
    problem = RoutingProblem(stops, [Vehicle("v", (0, 300), 0, 0)], matrix=LINE, time_limit_s=0.2)
    solution = solve(problem)
    assert solution.feasible and solution.dropped == []
    times = served_times(solution)
    assert times["pinned"] == 37
    assert all(times[key] % 15 == 0 for key in ("before", "after", "lunch")), times
    assert times["before"] + 15 + 10 <= 37 or times["before"] >= 37 + 23 + 10


def test_a_step_with_no_mark_in_the_windows_is_refused() -> None:
    problem = RoutingProblem([Stop("odd", 1, 5, ((31, 44),), step=15)], [Vehicle("v", (0, 100))], matrix=LINE)
    with pytest.raises(ValidationError, match="no multiple of its step 15"):
        solve(problem)
