"""Benchmark of the printed documents against a bare-ReportLab floor drawing the same tables.

Run:  uv run python bench/bench_documents.py [--repeat 5]

Prints, for each case, the best of ``--repeat`` runs: the sample visit's programme (in-process, read and
render), 60 personal itineraries in one PDF, 60 separate itinerary files, and for each the same tables
drawn by a plain ReportLab script with the same font (the floor), run alternately with ours so that both
meet the same load on a shared machine. Font registration is timed once, first.
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
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"programme": 0.1, "itineraries, one PDF": 1.0, "itineraries, 60 files": 1.5}


def _timed(func: Callable[[], Any]) -> float:
    """Seconds for one call; like timeit, garbage left by the previous run is collected first and the
    collector is paused while timing, so one case does not pay for another's garbage."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        func()
        return time.perf_counter() - start
    finally:
        gc.enable()


def best(repeat: int, func: Callable[[], Any]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the other users of the machine)."""
    return min(_timed(func) for _ in range(repeat))


def best_pair(repeat: int, ours: Callable[[], Any], floor: Callable[[], Any]) -> tuple[float, float]:
    """Best times of ``ours`` and ``floor`` run alternately, so both meet the same load on the machine."""
    times = [(_timed(ours), _timed(floor)) for _ in range(repeat)]
    return min(t[0] for t in times), min(t[1] for t in times)


# ----------------------------------------------------------------------------------------------- floor


# a cell is a plain string (drawn as is) or (main text, bold?, secondary texts in small print)
Cell = str | tuple[str, bool, list[str]]
Blocks = list[tuple[str, list[list[Cell]], list[float]]]


def floor_pdf(tables: Blocks, pagesize: Any, out: Path | None) -> bytes:
    """Bare ReportLab: a heading and a table per block, the same cells as ours, a repeated header row.

    ``tables`` holds (heading, rows with the header row first, column widths in points). Texts are
    already escaped. No page furniture beyond a page number: that, and our template, is what we measure.
    """
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=11.25)
    bold = ParagraphStyle("bb", parent=body, fontName="DejaVuSans-Bold")
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=11, leading=14)

    def cell(value: Cell) -> Any:
        if isinstance(value, str):
            return value
        main, is_bold, secondary = value
        return [Paragraph(main, bold if is_bold else body), *(Paragraph(t, small) for t in secondary if t)]

    story: list[Any] = []
    for heading, rows, widths in tables:
        story.append(Paragraph(heading, head))
        table = Table([[cell(c) for c in row] for row in rows], colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                    ("GRID", (0, 0), (-1, -1), 0.3, "grey"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)

    def number(canvas: Any, doc: Any) -> None:
        canvas.setFont("DejaVuSans", 7)
        canvas.drawString(30, 20, f"{doc.page}")

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize).build(story, onFirstPage=number, onLaterPages=number)
    if out is not None:
        out.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def programme_tables(data: Any) -> Blocks:
    """The programme's day tables as the floor draws them (same texts, same columns)."""
    from reportlab.lib.units import mm

    from planner.documents.text import markup as m

    tz = ZoneInfo(data.visit.host_timezone)
    widths = [w * 180 * mm for w in (0.13, 0.36, 0.26, 0.25)]
    result: Blocks = []
    for day in data.days:
        rows: list[list[Cell]] = [
            [("Time", True, []), ("Event", True, []), ("Place", True, []), ("Who", True, [])]
        ]
        for i in day.items:
            span = f"{i.starts_at.astimezone(tz):%H:%M}–{i.ends_at.astimezone(tz):%H:%M}"
            people = ", ".join(i.groups) or ", ".join(p.name for p in i.attendees[:4])
            host = i.responsible.name if i.responsible else ""
            rows.append(
                [
                    span,
                    (m(i.title), True, [m(i.notes)]),
                    (m(i.place), False, [m(i.address)]),
                    (m(people), False, [m(host)]),
                ]
            )
        result.append((f"Day {day.number}", rows, widths))
    return result


def itinerary_tables(data: Any) -> Blocks:
    """One person's day tables as the floor draws them."""
    from reportlab.lib.units import mm

    from planner.documents.text import markup as m

    tz = ZoneInfo(data.visit.host_timezone)
    widths = [w * 128 * mm for w in (0.19, 0.81)]
    result: Blocks = []
    for number, _, lines in data.days:
        rows: list[list[Cell]] = [[("Time", True, []), ("Event", True, [])]]
        for line in lines:
            i = line.item
            span = f"{i.starts_at.astimezone(tz):%H:%M}–{i.ends_at.astimezone(tz):%H:%M}"
            rows.append([span, (m(i.title), True, [m(i.place), m(i.notes)])])
        result.append((f"Day {number}", rows, widths))
    return result


# ------------------------------------------------------------------------------------------------ main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per case; the best is reported")
    parser.add_argument("--people", type=int, default=60, help="itineraries to print")
    args = parser.parse_args()

    start = time.perf_counter()
    from planner.documents.fonts import register_fonts

    import_start = time.perf_counter()
    import reportlab.platypus  # noqa: F401  (imported before timing registration alone)

    reportlab_import = time.perf_counter() - import_start
    start = time.perf_counter()
    register_fonts()
    registration = time.perf_counter() - start
    start = time.perf_counter()
    register_fonts()
    second = time.perf_counter() - start

    from reportlab.lib.pagesizes import A4, A5

    from planner.documents.itinerary import file_name, render_itineraries
    from planner.documents.programme import render_programme
    from planner.documents.settings import DocumentSettings
    from planner.interchange.visit_format import import_visit
    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.queries.documents import itinerary_data, programme_data
    from planner.services.printing import programme_pdf
    from planner.services.visits import load_sample
    from tests.support.synthetic import synthetic_visit

    settings = DocumentSettings(language="ru")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "bench.db")
        sample_id = load_sample(UnitOfWork(db.sessions)).id
        # a visit of `people` participants in four groups: about a dozen items each over two days
        with UnitOfWork(db.sessions) as uow:
            big_id = import_visit(
                uow, synthetic_visit(sites=30, participants=args.people, items=48, days=2, groups=4)
            )
            uow.commit()
        with UnitOfWork(db.sessions) as uow:
            programme = programme_data(uow, sample_id, "ru")
        with UnitOfWork(db.sessions) as uow:
            people = itinerary_data(uow, big_id, "ru")
        rows_each = sum(len(lines) for p in people for _, _, lines in p.days) / len(people)

        # warm caches (styles, glyph widths, SQL compilation) before timing, as a running application has
        programme_pdf(UnitOfWork(db.sessions), sample_id, settings)
        floor_pdf(programme_tables(programme), A4, None)
        results: dict[str, tuple[float, float]] = {}
        results["programme"] = best_pair(
            args.repeat,
            lambda: programme_pdf(UnitOfWork(db.sessions), sample_id, settings),
            lambda: floor_pdf(programme_tables(programme), A4, None),
        )
        render_only = best(args.repeat, lambda: render_programme(programme, settings))
        results["itineraries, one PDF"] = best_pair(
            args.repeat,
            lambda: render_itineraries(people, settings),
            lambda: floor_pdf([t for p in people for t in itinerary_tables(p)], A5, None),
        )

        files_dir, floor_dir = folder / "files", folder / "floor"
        files_dir.mkdir()
        floor_dir.mkdir()

        def separate() -> None:
            for n, p in enumerate(people, start=1):
                (files_dir / file_name(p, n)).write_bytes(render_itineraries([p], settings))

        def separate_floor() -> None:
            for n, p in enumerate(people, start=1):
                floor_pdf(itinerary_tables(p), A5, floor_dir / f"{n:03d}.pdf")

        results["itineraries, 60 files"] = best_pair(args.repeat, separate, separate_floor)
        db.dispose()

    print(f"command: uv run python bench/bench_documents.py --repeat {args.repeat} --people {args.people}")
    print(f"reportlab import: {reportlab_import * 1000:.0f} ms (paid on the first document only)")
    print(f"font registration: {registration * 1000:.1f} ms once; a second call {second * 1e6:.1f} µs")
    print(f"programme of the sample visit: {render_only * 1000:.1f} ms render only")
    print(f"itineraries: {len(people)} people, {rows_each:.1f} items each")
    print(f"{'case':<26}{'ours':>10}{'floor':>10}{'ratio':>8}{'target':>9}  verdict")
    failed = False
    for case, (ours, floor_time) in results.items():
        ratio = ours / floor_time
        ok = ours < TARGETS[case] and ratio <= 1.5
        failed |= not ok
        print(
            f"{case:<26}{ours * 1000:>8.0f}ms{floor_time * 1000:>8.0f}ms{ratio:>8.2f}"
            f"{TARGETS[case] * 1000:>7.0f}ms  {'ok' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
