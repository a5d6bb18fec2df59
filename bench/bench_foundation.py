"""Benchmark of the foundation: import a large visit file, load one day's itinerary, and add a
participant to it (each commit compares what the change can alter of the programme with its last version).

Run: uv run python bench/bench_foundation.py [--repeat N]
Prints the figures; it asserts nothing (targets are read by people, not by the test suite).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the test data (tests/support) is not installed with the product

from sqlalchemy import text  # noqa: E402

from planner.interchange.visit_format import dump_visit_json, read_visit_file  # noqa: E402
from planner.interchange.visit_validation import validate_visit_data  # noqa: E402
from planner.persistence.db import open_database  # noqa: E402
from planner.persistence.uow import UnitOfWork  # noqa: E402
from planner.queries.itinerary import day_items  # noqa: E402
from planner.services.participants import add_participant  # noqa: E402
from planner.services.visits import import_data  # noqa: E402
from tests.support.synthetic import synthetic_visit  # noqa: E402


def measure(repeat: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="dp-bench-"))
    source = folder / "visit.json"
    source.write_text(dump_visit_json(synthetic_visit(sites=500, participants=200, items=5000)), "utf-8")
    print(f"synthetic visit: 500 sites, 200 participants, 5,000 items ({source.stat().st_size / 1e6:.1f} MB)")
    imports, validations, days, adds = [], [], [], []
    for run in range(repeat):
        db = open_database(folder / f"run{run}.db")
        started = time.perf_counter()
        data = read_visit_file(source)
        validate_visit_data(data)
        validations.append(time.perf_counter() - started)
        started = time.perf_counter()
        visit_id = import_data(UnitOfWork(db.sessions), data).id
        imports.append(time.perf_counter() - started)
        for _ in range(5):
            started = time.perf_counter()
            with UnitOfWork(db.sessions) as uow:
                rows = day_items(uow, visit_id, date(2023, 5, 12))
            days.append(time.perf_counter() - started)
        for n in range(5):
            started = time.perf_counter()
            person = {"full_name": f"Гость {run}-{n}", "side": "guest"}
            add_participant(UnitOfWork(db.sessions), visit_id, person)
            adds.append(time.perf_counter() - started)
        if run == 0:
            with db.engine.connect() as conn:
                plan = conn.execute(
                    text(
                        "EXPLAIN QUERY PLAN SELECT * FROM itinerary_items WHERE visit_id = 1 "
                        "AND starts_at < '2023-05-13' AND ends_at > '2023-05-12' ORDER BY starts_at"
                    )
                ).all()
            print("day query plan:", "; ".join(str(row[-1]) for row in plan))
            print(f"items on day 2: {len(rows)}")
        db.dispose()
    print(f"read + validate file : median {statistics.median(validations) * 1000:7.0f} ms")
    print(f"import (one transaction, validation incl.): median {statistics.median(imports) * 1000:7.0f} ms")
    print(f"load one day's itinerary: median {statistics.median(days) * 1000:7.1f} ms over {len(days)} loads")
    add = statistics.median(adds) * 1000
    print(f"add a participant (one commit): median {add:7.1f} ms over {len(adds)} adds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    measure(parser.parse_args().repeat)


if __name__ == "__main__":
    main()
