"""Benchmark of notices after a delay: a 200-person visit, the rest of a day moved, notices written.

Run:  uv run python bench/bench_notices.py [--people 200] [--groups 4] [--items 120]

Imports a synthetic visit (tests/support/synthetic.py), moves every later item of one group on day 1 by
25 minutes in one transaction (programme version 1 -> 2), then times ``write_notices(--since 1)``: the
notices, new itineraries and e-mail drafts of everyone whose programme changed. A second case moves an
item every group attends, so every participant is told. Prints the seconds and the number of files, and
checks every file (after the clock stops): each PDF whole, each draft carrying that person's PDFs.

The CPU seconds count the forked workers that draw the PDFs too: on a machine shared with other work the
wall clock measures the neighbours as well, the CPU time much less so.
"""

from __future__ import annotations

import argparse
import email
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 5.0


def cpu_seconds() -> float:
    """CPU time of this process and of its ended children (the workers that drew the PDFs)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def check(written: Any) -> int:
    """Every file there and whole: PDFs from ``%PDF`` to ``%%EOF``, each draft with that person's PDFs
    attached as they were written. Returns the number of files checked."""
    for key, paths in written.files.items():
        pdfs = {p.name: p.read_bytes() for p in paths if p.suffix == ".pdf"}
        (draft,) = (p for p in paths if p.suffix == ".eml")
        assert len(pdfs) == 2 and all(p.name.startswith(f"{key}-") for p in paths), paths
        for name, data in pdfs.items():
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name
        message = email.message_from_bytes(draft.read_bytes())
        attached = {
            part.get_filename(): part.get_payload(decode=True)
            for part in message.walk()
            if part.get_filename()
        }
        assert attached == pdfs, draft
    return len(written.paths)


def main() -> None:
    from sqlalchemy import select

    from planner.documents.settings import DocumentSettings
    from planner.interchange.visit_format import import_visit
    from planner.persistence.db import open_database
    from planner.persistence.tables import Group, ItineraryItem, item_groups
    from planner.persistence.uow import UnitOfWork
    from planner.services import versions
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
        start, cpu = time.perf_counter(), cpu_seconds()
        written = write_notices(UnitOfWork(db.sessions), visit_id, 1, Path(tmp) / "one-group", settings)
        one_group, one_group_cpu = time.perf_counter() - start, cpu_seconds() - cpu
        people = len(written.changes.recipients)
        one_group_workers = versions.last_render_workers
        files = check(written)
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
        start, cpu = time.perf_counter(), cpu_seconds()
        everyone = write_notices(UnitOfWork(db.sessions), visit_id, 2, Path(tmp) / "everyone", settings)
        all_people, all_cpu = time.perf_counter() - start, cpu_seconds() - cpu
        all_workers = versions.last_render_workers
        all_files = check(everyone)
        assert all_files == 3 * len(everyone.changes.recipients) == 3 * args.people, all_files
        db.dispose()
    print(
        f"command: uv run python bench/bench_notices.py --people {args.people} --groups {args.groups} "
        f"--items {args.items}"
    )
    print(
        f"one group late ({people} people told, {files} files, checked): {one_group:.2f} s wall, "
        f"{one_group_cpu:.2f} s CPU, drawn by {one_group_workers} processes (target {TARGET_S:.0f} s)"
    )
    print(
        f"every participant told ({len(everyone.changes.recipients)} people, {all_files} files, checked): "
        f"{all_people:.2f} s wall, {all_cpu:.2f} s CPU, drawn by {all_workers} processes "
        f"(target {TARGET_S:.0f} s)"
    )


if __name__ == "__main__":
    main()
