"""Solomon's 100-customer VRPTW instances through the plain routing entry point (``solver.solve``).

Run from the repository root:

    uv run python bench/bench_solomon.py --instances DIR [--seconds 10] [--backend auto|ortools|pyvrp]
                                         [--only R201,RC208]

DIR holds the 56 instance files (C101…C109, C201…C208, R101…R112, R201…R211, RC101…RC108,
RC201…RC208), one per instance, named after it (``R101.txt``, ``r101.txt``, ``R101.vrp`` …). They are
public but carry no licence, so they are not in the repository: Solomon's own text format (as on
SINTEF's "Solomon benchmark" page and in many public repositories), VRPLIB's ``.vrp`` (CVRPLIB, PyVRP's
instance collection), or a bare file of a capacity line and one ``id x y demand ready due service`` row
per customer are all read. See docs/scheduling.md ("A second solver").

Convention (the one of the best-known values below): distances and times are Euclidean, truncated to
one decimal (integers in tenths: ``floor(10 * d)``), 25 vehicles, distance is the only objective.
Each solution is checked here (every customer served once, windows, capacity, return to the depot)
before its distance is counted.

Best-known values: the optimal distances for this objective (no limit on the number of vehicles
beyond 25) proved by Kallehauge, Larsen, Madsen & Solomon (2005), Jepsen, Petersen, Spoorendonk &
Pisinger (2008) and Baldacci, Mingozzi & Roberti (2011), as tabulated by PyVRP and LKH-3 (RC208
776.1 with 4 routes agrees with PyVRP's RC208.sol; the route counts agree with the file names of the
LKH-3 "Solomon_100" instances). They are lower than the SINTEF table's values, which minimise the
number of vehicles first.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.scheduling.solver import BACKENDS, RoutingProblem, Stop, Vehicle, solve  # noqa: E402

COMMAND = "uv run python bench/bench_solomon.py"  # run from the repository root
VEHICLES = 25

# fmt: off
BEST_KNOWN = {
    "C101": 827.3, "C102": 827.3, "C103": 826.3, "C104": 822.9, "C105": 827.3, "C106": 827.3,
    "C107": 827.3, "C108": 827.3, "C109": 827.3,
    "C201": 589.1, "C202": 589.1, "C203": 588.7, "C204": 588.1, "C205": 586.4, "C206": 586.0,
    "C207": 585.8, "C208": 585.8,
    "R101": 1637.7, "R102": 1466.6, "R103": 1208.7, "R104": 971.5, "R105": 1355.3, "R106": 1234.6,
    "R107": 1064.6, "R108": 932.1, "R109": 1146.9, "R110": 1068.0, "R111": 1048.7, "R112": 948.6,
    "R201": 1143.2, "R202": 1029.6, "R203": 870.8, "R204": 731.3, "R205": 949.8, "R206": 875.9,
    "R207": 794.0, "R208": 701.0, "R209": 854.8, "R210": 900.5, "R211": 746.7,
    "RC101": 1619.8, "RC102": 1457.4, "RC103": 1258.0, "RC104": 1132.3, "RC105": 1513.7,
    "RC106": 1372.7, "RC107": 1207.8, "RC108": 1114.2,
    "RC201": 1261.8, "RC202": 1092.3, "RC203": 923.7, "RC204": 783.5, "RC205": 1154.0,
    "RC206": 1051.1, "RC207": 962.9, "RC208": 776.1,
}
# fmt: on

Row = tuple[float, float, int, int, int, int]  # x, y, demand, ready, due, service


def read_instance(path: Path) -> tuple[int, int, list[Row]]:
    """(vehicles, capacity, rows with the depot first) from a Solomon, VRPLIB or bare file."""
    text = path.read_text()
    if "NODE_COORD_SECTION" in text:
        return _read_vrplib(text)
    lines = [line.split() for line in text.splitlines() if line.strip()]
    vehicles, capacity = VEHICLES, 0
    rows: list[Row] = []
    for n, parts in enumerate(lines):
        if parts[0].upper() == "VEHICLE":  # Solomon: VEHICLE / NUMBER CAPACITY / 25 200
            numbers = next(p for p in lines[n + 1 :] if p[0].isdigit())
            vehicles, capacity = int(numbers[0]), int(numbers[1])
        elif len(parts) == 1 and parts[0].isdigit() and not rows:
            capacity = int(parts[0])  # a bare file: the capacity alone on the first line
        elif len(parts) == 7 and all(p.replace(".", "", 1).isdigit() for p in parts):
            _, x, y, demand, ready, due, service = parts
            rows.append((float(x), float(y), int(demand), int(ready), int(due), int(float(service))))
    if not rows or not capacity:
        raise ValueError(f"{path}: no customers or no capacity found")
    return vehicles, capacity, rows


def _read_vrplib(text: str) -> tuple[int, int, list[Row]]:
    head: dict[str, str] = {}
    sections: dict[str, dict[int, list[str]]] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "EOF":
            continue
        if line.endswith("_SECTION"):
            section = line
            sections[section] = {}
        elif not section and ":" in line:
            key, value = line.split(":", 1)
            head[key.strip()] = value.strip()
        elif section:
            parts = line.split()
            sections[section][int(parts[0])] = parts[1:]
    coords = sections["NODE_COORD_SECTION"]
    service = sections.get("SERVICE_TIME_SECTION", {})
    default_service = int(head.get("SERVICE_TIME", "0"))
    depot = int(sections.get("DEPOT_SECTION", {1: []}) and min(sections.get("DEPOT_SECTION", {1: []})))
    ids = sorted(coords, key=lambda i: (i != depot, i))
    rows = [
        (
            float(coords[i][0]),
            float(coords[i][1]),
            int(sections["DEMAND_SECTION"][i][0]),
            int(sections["TIME_WINDOW_SECTION"][i][0]),
            int(sections["TIME_WINDOW_SECTION"][i][1]),
            int(service[i][0]) if i in service else (0 if i == depot else default_service),
        )
        for i in ids
    ]
    return int(head.get("VEHICLES", VEHICLES)), int(head["CAPACITY"]), rows


def tenths(rows: list[Row]) -> list[list[int]]:
    """Distances in tenths, truncated (the convention of the best-known values)."""
    return [[math.floor(10 * math.dist(a[:2], b[:2]) + 1e-9) for b in rows] for a in rows]


def problem_of(rows: list[Row], vehicles: int, capacity: int, seconds: float, backend: str) -> RoutingProblem:
    """The instance as the planner's plain routing problem (times in tenths too)."""
    depot = rows[0]
    stops = [
        Stop(n, n, 10 * service, ((10 * ready, 10 * due),), demand=demand)
        for n, (_, _, demand, ready, due, service) in enumerate(rows)
        if n
    ]
    fleet = [Vehicle(k, (10 * depot[3], 10 * depot[4]), 0, 0, capacity) for k in range(vehicles)]
    return RoutingProblem(stops, fleet, matrix=tenths(rows), time_limit_s=seconds, backend=backend)


def verify(problem: RoutingProblem, routes: list[list[tuple[int, int]]]) -> list[str]:
    """What is wrong with routes of (customer, start): each customer once, windows, capacity, return."""
    matrix = problem.travel_matrix()
    stops = {s.key: s for s in problem.stops}
    wrong: list[str] = []
    seen = [c for route in routes for c, _ in route]
    if sorted(seen) != sorted(stops):
        wrong.append(f"{len(set(stops) - set(seen))} customers unserved, {len(seen) - len(set(seen))} twice")
    for k, route in enumerate(routes):
        vehicle = problem.vehicles[k]
        moment, here, load = vehicle.window[0], 0, 0
        for key, start in route:
            stop = stops[key]
            lo, hi = stop.windows[0]
            earliest = max(moment + matrix[here][stop.place], lo)
            if not earliest <= start <= hi:
                wrong.append(f"customer {key} starts at {start / 10}, window {lo / 10}..{hi / 10}")
            moment, here, load = start + stop.service, stop.place, load + stop.demand
        if route and moment + matrix[here][0] > vehicle.window[1]:
            wrong.append(f"route {k} returns after the depot closes")
        if load > (vehicle.capacity or load):
            wrong.append(f"route {k} carries {load} > {vehicle.capacity}")
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--instances", type=Path, required=True, help="folder of the instance files")
    parser.add_argument("--seconds", type=float, default=10.0, help="time limit per instance")
    parser.add_argument("--backend", choices=BACKENDS, default="auto")
    parser.add_argument("--only", default="", help="comma-separated instance names (default: all found)")
    args = parser.parse_args()
    files = {p.stem.upper().split(".")[0]: p for p in sorted(args.instances.iterdir()) if p.is_file()}
    names = [n for n in BEST_KNOWN if n in files]
    if args.only:
        names = [n.strip().upper() for n in args.only.split(",") if n.strip().upper() in files]
    missing = [n for n in BEST_KNOWN if n not in files]
    command = f"{COMMAND} --instances {args.instances} --seconds {args.seconds:g} --backend {args.backend}"
    print(f"command: {command}" + (f" --only {args.only}" if args.only else ""))
    print(f"{len(names)} instances, {args.seconds:g} s each; not found in the folder: {len(missing)}")
    print(f"{'instance':<9}{'best known':>11}{'ours':>10}{'gap':>9}{'routes':>8}{'seconds':>9}")
    gaps: dict[str, float] = {}
    for name in names:
        vehicles, capacity, rows = read_instance(files[name])
        problem = problem_of(rows, vehicles, capacity, args.seconds, args.backend)
        started = time.perf_counter()
        solution = solve(problem)
        seconds = time.perf_counter() - started
        routes = [[(v.key, v.start) for v in route] for route in solution.routes]
        wrong = verify(problem, routes) if solution.feasible else ["no solution"]
        best = BEST_KNOWN[name]
        if wrong:
            dash = "-"
            line = f"{name:<9}{best:>11.1f}{dash:>10}{dash:>9}{dash:>8}{seconds:>9.1f}"
            print(line, "INVALID:", *wrong[:3], flush=True)
            continue
        ours = solution.travel / 10
        gaps[name] = ours / best - 1
        print(
            f"{name:<9}{best:>11.1f}{ours:>10.1f}{gaps[name]:>+9.2%}{sum(1 for r in routes if r):>8}"
            f"{seconds:>9.1f}",
            flush=True,
        )
    if gaps:
        worst = max(gaps, key=lambda n: gaps[n])
        print(
            f"mean gap {statistics.fmean(gaps.values()):+.2%} over {len(gaps)} valid of {len(names)};"
            f" worst {worst} {gaps[worst]:+.2%}; above 3%: {sum(g > 0.03 for g in gaps.values())}"
        )


if __name__ == "__main__":
    main()
