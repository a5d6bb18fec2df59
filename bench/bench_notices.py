"""Benchmark of notices after a delay: a 200-person visit, the rest of a day moved, notices written.

Run:  uv run python bench/bench_notices.py [--people 200] [--groups 4] [--items 120]

Imports a synthetic visit (tests/support/synthetic.py), moves every later item of one group on day 1 by
25 minutes in one transaction (programme version 1 -> 2), then times ``write_notices(--since 1)``: the
notices, new itineraries and e-mail drafts of everyone whose programme changed. A second case moves an
item every group attends, so every participant is told. Prints the seconds and the number of files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 5.0


def main() -> None:
    from sqlalchemy import select

    from planner.documents.settings import DocumentSettings
    from planner.interchange.visit_format import import_visit
    from planner.persistence.db import open_database
    from planner.persistence.tables import Group, ItineraryItem, item_groups
    from planner.persistence.uow import UnitOfWork
    from planner.services.versions import write_notices
    from tests.support.synthetic import synthetic_visit

    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--groups", type=int, default=4)
    parser.add_argument("--items", type=int, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.db")
        with UnitOfWork(db.sessions) as uow:
            visit_id = import_visit(
                uow, synthetic_visit(sites=30, participants=args.people, items=args.items, groups=args.groups)
            )
            uow.commit()
        with UnitOfWork(db.sessions) as uow:
            s = uow.session
            first = s.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.id)).first()
            assert first is not None
            items = s.scalars(
                select(ItineraryItem)
                .join(item_groups, item_groups.c.item_id == ItineraryItem.id)
                .where(item_groups.c.group_id == first.id)
                .order_by(ItineraryItem.starts_at)
            ).all()
            day1 = items[0].starts_at.date()
            later = [i for i in items if i.starts_at.date() == day1][len(items) // 4 :]
            for item in reversed(later):
                item.starts_at += timedelta(minutes=25)
                item.ends_at += timedelta(minutes=25)
            uow.commit()
        settings = DocumentSettings(language="ru")
        start, cpu = time.perf_counter(), time.process_time()
        written = write_notices(UnitOfWork(db.sessions), visit_id, 1, Path(tmp) / "one-group", settings)
        one_group, one_group_cpu = time.perf_counter() - start, time.process_time() - cpu
        people = len(written.changes.recipients)
        files = len(written.paths)
        # an item for everyone: every participant is told
        with UnitOfWork(db.sessions) as uow:
            item = uow.session.scalars(
                select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)
            ).first()
            assert item is not None
            uow.session.execute(item_groups.delete().where(item_groups.c.item_id == item.id))
            item.attendees = []
            item.starts_at += timedelta(minutes=5)
            item.ends_at += timedelta(minutes=5)
            uow.commit()
        start, cpu = time.perf_counter(), time.process_time()
        everyone = write_notices(UnitOfWork(db.sessions), visit_id, 2, Path(tmp) / "everyone", settings)
        all_people, all_cpu = time.perf_counter() - start, time.process_time() - cpu
        db.dispose()
    print(
        f"command: uv run python bench/bench_notices.py --people {args.people} --groups {args.groups} "
        f"--items {args.items}"
    )
    # CPU seconds too: on a shared machine the wall clock measures the neighbours as well
    print(
        f"one group late ({people} people told, {files} files): {one_group:.2f} s wall, "
        f"{one_group_cpu:.2f} s CPU (target {TARGET_S:.0f} s)"
    )
    print(
        f"every participant told ({len(everyone.changes.recipients)} people, {len(everyone.paths)} files): "
        f"{all_people:.2f} s wall, {all_cpu:.2f} s CPU"
    )


if __name__ == "__main__":
    main()
