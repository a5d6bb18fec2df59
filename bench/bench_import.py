"""Benchmark: import a 5,000-row site list from CSV (Windows-1251, ';') and from XLSX into a fresh database.

Run: uv run python bench/bench_import.py [--rows N] [--repeat N] [--db URL]
Prints the figures (check only, full import into an empty database, re-import that matches every row);
it asserts nothing. ``--db`` takes a PostgreSQL URL to measure a server (each run gets a new schema).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from planner.persistence.db import open_database
from planner.persistence.uow import UnitOfWork
from planner.services.data_exchange import check_site_file, import_sites

HEADER = ["Название", "Категория", "Адрес", "Широта", "Долгота", "Часы работы", "Длительность", "Телефон"]
HOURS = [
    "Пн-Пт 09:00-18:00",
    "Mo-Su 10:00-20:00",
    "Mo-Fr 08:00-12:00,13:00-17:00; Sa 10:00-14:00",
    "24/7",
    "",
]


def site_rows(count: int, seed: int = 7) -> list[list[object]]:
    """Plausible, fictional site rows (numbers typed as numbers, for the XLSX file)."""
    rng = random.Random(seed)
    kinds = ["завод", "школа", "больница", "музей", "рынок", "ферма", "порт", "театр"]
    return [
        [
            f"{rng.choice(kinds).capitalize()} №{n}",
            rng.choice(kinds),
            f"г. Атырау, ул. Абая, {n}",
            round(47.0 + rng.random() * 0.2, 6),
            round(51.8 + rng.random() * 0.2, 6),
            rng.choice(HOURS),
            rng.choice([20, 30, 45, 60]),
            f"+7 700 {n:07d}",
        ]
        for n in range(1, count + 1)
    ]


def write_csv(path: Path, rows: list[list[object]]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([str(c).replace(".", ",") if isinstance(c, float) else c for c in r] for r in rows)
    path.write_bytes(buffer.getvalue().encode("cp1251"))


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Объекты")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def measure(rows: int, repeat: int, db_url: str | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="dp-bench-import-"))
    data = site_rows(rows)
    files = {"csv": folder / "sites.csv", "xlsx": folder / "sites.xlsx"}
    write_csv(files["csv"], data)
    write_xlsx(files["xlsx"], data)
    print(f"{rows:,} sites; database: {'SQLite file' if db_url is None else 'PostgreSQL'}; runs: {repeat}")
    for fmt, path in files.items():
        checks, imports, matches = [], [], []
        for run in range(repeat):
            checks.append(timed(lambda p=path: check_site_file(p))[0])
            target, cleanup = _target(db_url, folder / f"{fmt}-{run}.db")
            db = open_database(target)
            try:
                seconds, report = timed(lambda d=db, p=path: import_sites(UnitOfWork(d.sessions), p))
                assert report.imported == rows, report  # type: ignore[attr-defined]
                imports.append(seconds)
                seconds, report = timed(lambda d=db, p=path: import_sites(UnitOfWork(d.sessions), p))
                assert report.matched == rows, report  # type: ignore[attr-defined]
                matches.append(seconds)
            finally:
                db.dispose()
                cleanup()
        size = path.stat().st_size / 1e6
        print(
            f"  {fmt:<4} ({size:.2f} MB): read+check {statistics.median(checks):.2f} s,"
            f" import {statistics.median(imports):.2f} s,"
            f" re-import (all matched) {statistics.median(matches):.2f} s"
            f"  (median of {repeat})"
        )


def _target(db_url: str | None, path: Path) -> tuple[str, Callable[[], None]]:
    if db_url is None:
        return str(path), lambda: None
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(db_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    url = make_url(db_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", help="a PostgreSQL URL to measure instead of a SQLite file")
    args = parser.parse_args()
    measure(args.rows, args.repeat, args.db)


if __name__ == "__main__":
    main()
