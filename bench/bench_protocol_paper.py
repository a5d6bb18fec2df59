"""Benchmark of the run of show, the gifts register and the site briefing sheets for the sample visit.

Run:  uv run python bench/bench_protocol_paper.py [--repeat 5]

Loads the sample into a scratch database, prints each document once (fonts registered, hyphenation
patterns loaded), then prints, per document and language, the best of ``--repeat`` in-process builds
(read and render), against the target of 0.2 s each; for the briefing of all sites also its time a sheet.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET = 0.2


def _best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from planner.documents.settings import DocumentSettings
    from planner.persistence.uow import UnitOfWork
    from planner.services import printing
    from planner.services.database_admin import open_database
    from planner.services.visits import load_sample

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        visit_id = load_sample(UnitOfWork(db.sessions)).id
        with UnitOfWork(db.sessions) as uow:
            from planner.queries.documents.briefing import briefing_data

            # the site of the talks with the akim: the busiest sheet of the sample
            sites = briefing_data(uow, visit_id, "ru").sites
            site_id = max(sites, key=lambda s: len(s.visits)).site_id
        cases: dict[str, Callable[[str], bytes]] = {
            "(programme, reference)": lambda lang: printing.programme_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang)
            ),
            "run-of-show": lambda lang: printing.run_of_show_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang)
            ),
            "gifts": lambda lang: printing.gifts_pdf(
                UnitOfWork(db.sessions), DocumentSettings(language=lang), visit_id=visit_id
            ),
            "gifts (partner region)": lambda lang: printing.gifts_pdf(
                UnitOfWork(db.sessions),
                DocumentSettings(language=lang),
                partner_region="Астраханская область",
            ),
            "briefing (one site)": lambda lang: printing.briefing_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang), site_id=site_id
            ),
            "briefing (all sites)": lambda lang: printing.briefing_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang)
            ),
        }
        print(f"command: uv run python bench/bench_protocol_paper.py --repeat {args.repeat}")
        worst_ok = True
        for name, build in cases.items():
            build("ru")  # warm: fonts, hyphenation patterns, the ORM mapping
            for lang in ("ru", "kk", "en"):
                seconds = _best(lambda b=build, lang=lang: b(lang), args.repeat)
                ok = seconds < TARGET
                if not name.startswith("("):
                    worst_ok &= ok
                # the all-sites bundle is one sheet per site: its time a sheet beside it
                per_sheet = f"  ({seconds * 1000 / len(sites):.1f} ms a sheet, {len(sites)} sheets)"
                print(
                    f"{name:24} {lang}  {seconds * 1000:7.1f} ms  {'ok' if ok else 'OVER'} (target {TARGET}s)"
                    + (per_sheet if name == "briefing (all sites)" else "")
                )
        db.engine.dispose()
    return 0 if worst_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
