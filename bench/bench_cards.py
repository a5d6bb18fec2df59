"""Timings of the protocol's own paper (issue 13): place cards, badges, car placards, the motorcade, arrivals.

Run:  uv run python bench/bench_cards.py [--repeat 5] [--people 200]

Prints, for each new document of the sample visit, the best of ``--repeat`` builds (read and render,
target 0.2 s each), and badges with QR codes for ``--people`` synthetic participants (target 1 s). Imports
and font registration are paid by a first build that is not counted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _best(func: Callable[[], Any], repeat: int) -> float:
    func()
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--people", type=int, default=200)
    args = parser.parse_args()

    from planner.documents.settings import DocumentSettings
    from planner.interchange.visit_format import read_visit_file
    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.services import printing as service
    from tests.integration.test_documents_support import load
    from tests.support.synthetic import synthetic_visit

    sample = ROOT / "resources" / "sample" / "astrakhan-atyrau-2023.json"
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        try:
            visit = load(UnitOfWork(db.sessions), read_visit_file(sample))
            crowd = load(
                UnitOfWork(db.sessions), synthetic_visit(participants=args.people, items=10, sites=5)
            )
            ru = DocumentSettings(language="ru")

            def uow() -> UnitOfWork:
                return UnitOfWork(db.sessions)

            cases: dict[str, tuple[Callable[[], Any], float]] = {
                "place-cards (+ kk names)": (
                    lambda: service.place_cards_pdf(uow(), visit, ru, second_language="kk"),
                    0.2,
                ),
                "badges (QR codes)": (lambda: service.badges_pdf(uow(), visit, ru, qr=True), 0.2),
                "car-placards": (lambda: service.car_placards_pdf(uow(), visit, ru), 0.2),
                "motorcade": (lambda: service.motorcade_pdf(uow(), visit, ru), 0.2),
                "arrivals": (lambda: service.arrivals_pdf(uow(), visit, ru), 0.2),
                f"badges, {args.people} people (QR codes)": (
                    lambda: service.badges_pdf(uow(), crowd, ru, qr=True),
                    1.0,
                ),
                f"badges, {args.people} people": (lambda: service.badges_pdf(uow(), crowd, ru), 1.0),
            }
            print(
                f"command: uv run python bench/bench_cards.py --repeat {args.repeat} --people {args.people}"
            )
            print(f"{'document':<34}{'best':>10}{'target':>9}  verdict")
            for name, (build, target) in cases.items():
                seconds = _best(build, args.repeat)
                verdict = "ok" if seconds < target else "SLOW"
                print(f"{name:<34}{seconds * 1000:>8.0f} ms{target * 1000:>6.0f} ms  {verdict}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
