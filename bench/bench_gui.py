"""Responsiveness of the desktop application, printed with the command that produced it.

    QT_QPA_PLATFORM=offscreen uv run python bench/bench_gui.py [--runs 5] [--items 5000] [--only PART]

1. Start-up to the first painted main window on the sample visit, against (in the same run) a bare
   PySide6 window that imports SQLAlchemy and fills a table from one query. Target: within 1.5 times.
   Each start is a fresh interpreter; the median of ``--runs`` starts is reported. Modules are compiled
   once and their bytecode cached, as for an installed program; ``--no-bytecode-cache`` measures starts
   that compile everything from source (what PYTHONDONTWRITEBYTECODE=1 in a shell does).
2. Opening a visit of 5,000 items (synthetic) on the Itinerary page, painted.
3. One timeline drag on that visit onto a clash: from the mouse release to the repaint that shows the
   moved block flagged (the benchmark checks the double booking is found and painted, and at the end
   that the conflicts on screen equal a full check). Target: under 50 ms. ``--drags`` drags are timed.
4. ``--only stall``: timeline drags on the sample visit in a PostgreSQL database (DP_TEST_POSTGRES_URL;
   ``export DP_TEST_POSTGRES_URL=$(bash scripts/start-test-postgres.sh)``) with 50 ms added to every
   database round trip, measuring the longest GUI-thread stall while they are saved: the lateness of a
   5 ms timer. Once with the database work on the GUI thread (the SQLite path), once off it (the server
   path). Target: under 50 ms off the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The bare window: what any PySide6 + SQLAlchemy program pays before its first paint.
BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    from sqlalchemy import create_engine, text

    app = QApplication([])
    engine = create_engine("sqlite:///" + sys.argv[1])
    with engine.connect() as conn:
        query = text("SELECT title, starts_at, ends_at FROM itinerary_items ORDER BY starts_at")
        rows = conn.execute(query).all()
    table = QTableWidget(len(rows), 3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("PAINTED", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    table.viewport().installEventFilter(spy)
    table.show()
    app.exec()
    """
)

# The application: the same set-up as ``delegation-planner --db`` (ui.app), quitting at the first paint.
APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from ui.app import apply_language, make_application, parse_gui_args, open_app_database

    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    apply_language("en")
    db, _ = open_app_database(parse_gui_args(["--db", sys.argv[1]]))
    from ui.main_window import MainWindow
    from ui.operations import Operations

    ops = Operations(db)
    window = MainWindow(ops, int(sys.argv[3]))
    window.resize(1280, 800)
    if sys.argv[4] == "itinerary":
        window.tabs.setCurrentWidget(window.itinerary)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                names = ("reportlab", "ortools", "babel", "openpyxl", "icalendar")
                heavy = [m for m in names if m in sys.modules]
                print("PAINTED", ",".join(heavy), flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def timed_start(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from launching a fresh interpreter to its first paint (not to its exit), and what it said."""
    begin = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith("PAINTED"):
            break
    elapsed = time.perf_counter() - begin
    _, err = child.communicate(timeout=120)
    if not line.startswith("PAINTED"):
        raise RuntimeError(f"the child did not paint:\n{err[-2000:]}")
    return elapsed, line.removeprefix("PAINTED").strip()


def startup(runs: int, work: Path, bytecode_cache: bool) -> None:
    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import load_sample

    sample = work / "sample.db"
    db = open_database(sample)
    visit_id = load_sample(UnitOfWork(db.sessions)).id
    db.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if bytecode_cache:
        # as installed programs run: compiled modules cached (here in a private folder, so the shared
        # checkout gets no __pycache__); one unmeasured start of each kind fills the cache
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        timed_start([BARE, str(sample)], env)
        timed_start([APP, str(sample), str(work / "settings-warm"), str(visit_id), "itinerary"], env)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # every start compiles every module from source
    bare, app, itinerary = [], [], []
    heavy = ""
    for n in range(runs):
        # alternate the order so neither side always gets the warmer disk cache
        order = ["bare", "app", "itin"] if n % 2 == 0 else ["itin", "app", "bare"]
        for which in order:
            # every start has settings of its own, as on a first run: the window saves its state when it
            # closes, and an Overview start after an Itinerary one would reopen on the Itinerary page
            settings = work / f"settings-{n}-{which}"
            if which == "bare":
                bare.append(timed_start([BARE, str(sample)], env)[0])
            elif which == "app":
                seconds, heavy = timed_start(
                    [APP, str(sample), str(settings), str(visit_id), "overview"], env
                )
                app.append(seconds)
            else:
                seconds, _ = timed_start([APP, str(sample), str(settings), str(visit_id), "itinerary"], env)
                itinerary.append(seconds)
    b, a, i = statistics.median(bare), statistics.median(app), statistics.median(itinerary)
    cache = (
        "modules compiled once and cached" if bytecode_cache else "no bytecode cache: compiled every start"
    )
    print(f"start-up, median of {runs} fresh starts (interpreter start to first paint; {cache}):")
    print(f"  bare PySide6 + SQLAlchemy window, one query   {b:6.3f} s")
    print(f"  Delegation Planner, sample visit (Overview)   {a:6.3f} s   ratio {a / b:4.2f} (target <= 1.5)")
    print(f"  Delegation Planner, sample visit (Itinerary)  {i:6.3f} s   ratio {i / b:4.2f}")
    print(f"  heavy modules loaded at first paint: {heavy or 'none'}")


def big_visit(items: int, work: Path, drags: int = 15) -> None:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from planner.persistence.db import open_database
    from planner.persistence.tables import ItineraryItem
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import import_data
    from tests.support.synthetic import synthetic_visit
    from ui.engine import check_conflicts

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings-big"))
    db = open_database(work / "big.db")
    from ui.main_window import MainWindow
    from ui.operations import Operations

    ops = Operations(db)
    window = MainWindow(ops, None)  # an empty database: the window opens on no visit
    window.resize(1280, 800)
    window.tabs.setCurrentIndex(3)
    window.show()
    app.processEvents()
    visit_id = import_data(
        UnitOfWork(db.sessions), synthetic_visit(sites=60, participants=40, items=items, days=2, groups=2)
    ).id
    page = window.itinerary
    begin = time.perf_counter()
    window.refresh_visits(visit_id)  # what File > Open does after picking the visit in the list
    while len(page.timeline.rows) < items:
        app.processEvents()
    window.repaint()
    opened = time.perf_counter() - begin
    while page.conflicts is None:  # the whole-visit check of a big visit runs off the GUI thread
        app.processEvents()
    checked = time.perf_counter() - begin
    print(
        f"opening a visit of {len(page.timeline.rows)} items on the Itinerary page, painted:"
        f" {opened * 1000:.0f} ms"
    )
    print(
        f"  its {len(page.conflicts or [])} conflicts shown (checked off the GUI thread)"
        f" after {checked * 1000:.0f} ms"
    )

    timeline = page.timeline
    times = []
    ids = sorted(timeline.rows, key=lambda i: timeline.rows[i].starts_at)
    # the repaint must show the moved block flagged: a spy notes how each block was drawn
    painted: dict[int, bool] = {}
    in_conflict = timeline._in_conflict

    def spy(item_id: int) -> bool:
        painted[item_id] = in_conflict(item_id)
        return painted[item_id]

    timeline._in_conflict = spy  # type: ignore[method-assign]
    # fetched once: PySide6 sets up the enums of QtWidgets when Python first asks for the viewport,
    # which would otherwise land in the first drag's time (the application never asks for it)
    viewport = page.scroll.viewport()
    for n in range(drags):
        # spread over the middle of the first day, where the group's items follow every minute
        item_id = ids[len(ids) // 8 + n * len(ids) // (4 * drags)]
        rect = timeline.item_rect(item_id)
        page.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 100, 300)
        app.processEvents()
        start = QPoint(int(rect.center().x()), int(rect.top() + rect.height() / 2))
        # 20 minutes later: onto the group's next items, a double booking
        step = round(20 * timeline.pixels_per_minute) or 1
        end = QPoint(start.x(), start.y() + step)
        before = timeline.rows[item_id].starts_at
        QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(timeline, QPoint(start.x(), start.y() + step // 2 + 3))
        QTest.mouseMove(timeline, end)
        app.processEvents()
        painted.clear()
        t0 = time.perf_counter()
        QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        viewport.repaint()
        times.append(time.perf_counter() - t0)
        with UnitOfWork(db.sessions) as uow:
            assert uow.session.get(ItineraryItem, item_id).starts_at != before, (
                "the drag did not move the item"
            )
        clash = [c for c in page.conflicts or [] if c.rule == "double_booked" and item_id in c.item_ids]
        assert clash, "the drag onto other items is not flagged as a double booking"
        assert painted.get(item_id) is True, "the repaint did not show the moved block in conflict"
        assert clash[0].message in timeline.conflicts[item_id], "its tooltip lacks the clash"
        assert not page.tracker.pending, "conflicts were left to a later check"
    timeline._in_conflict = in_conflict  # type: ignore[method-assign]
    # what the drags left on screen is what a full check of the database finds
    assert page.conflicts == check_conflicts(ops.uow, visit_id), "live conflicts differ from a full check"
    first = times[0]  # pays for first use: SQLAlchemy compiles the drag's statements, and so on
    times.sort()
    print(
        "timeline drag on that visit onto a clash, release to repaint with the moved item's conflicts"
        f" (all of them, exactly as a full check): median {statistics.median(times) * 1000:.1f} ms,"
        f" worst {times[-1] * 1000:.1f} ms over {len(times)} drags (the first {first * 1000:.1f} ms;"
        " target < 50 ms)"
    )
    ops.shutdown()
    db.dispose()


def sample_drag(work: Path) -> None:
    """Drags on the sample visit, conflicts updated inside the measured time."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import load_sample
    from ui.main_window import MainWindow
    from ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    db = open_database(work / "sample-drag.db")
    visit_id = load_sample(UnitOfWork(db.sessions)).id
    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    window.resize(1280, 800)
    window.show()
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    while page.conflicts is None:
        app.processEvents()
    timeline = page.timeline
    times = []
    viewport = page.scroll.viewport()  # fetched once, as in big_visit
    for item_id in sorted(timeline.rows, key=lambda i: timeline.rows[i].starts_at)[5:12]:
        rect = timeline.item_rect(item_id)
        page.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 100, 300)
        app.processEvents()
        start = QPoint(int(rect.center().x()), int(rect.top() + 4))
        end = QPoint(start.x(), start.y() + round(15 * timeline.pixels_per_minute))
        QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(timeline, QPoint(start.x(), start.y() + 8))
        QTest.mouseMove(timeline, end)
        app.processEvents()
        t0 = time.perf_counter()
        QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        viewport.repaint()
        times.append(time.perf_counter() - t0)
    print(
        f"timeline drag on the sample visit ({len(timeline.rows)} items), release to repaint incl. the"
        f" conflicts: median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms"
    )
    ops.shutdown()
    db.dispose()


class StallProbe:
    """A 5 ms timer on the GUI thread; the longest gap between its ticks, less 5 ms, is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - self.interval)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        """Stop; the worst lateness in milliseconds."""
        self._tick()
        self.timer.stop()
        return self.worst * 1000


def drag_with_latency(db: Any, visit_id: int, background: bool, drags: int = 6) -> tuple[float, list[float]]:
    """Drag ``drags`` items of the sample visit on the timeline, each saved through the undo stack.

    Returns the longest stall of the GUI thread over all drags (ms) and each drag's release-to-saved time
    (ms). Checks that every drag was saved and put on the undo stack.
    """
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    ops = Operations(db, background=background)
    window = MainWindow(ops, visit_id)
    window.resize(1280, 800)
    window.show()
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    while page.conflicts is None:
        app.processEvents()
    timeline = page.timeline
    viewport = page.scroll.viewport()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    probe = StallProbe()
    worst, saves, stalls = 0.0, [], []
    for item_id in sorted(timeline.rows, key=lambda i: timeline.rows[i].starts_at)[5 : 5 + drags]:
        rect = timeline.item_rect(item_id)
        page.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 100, 300)
        app.processEvents()
        start = QPoint(int(rect.center().x()), int(rect.top() + 4))
        end = QPoint(start.x(), start.y() + round(15 * timeline.pixels_per_minute))
        before, pushed = timeline.rows[item_id].starts_at, ops.undo_stack.count()
        settle(20)
        probe.start()
        QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(timeline, QPoint(start.x(), start.y() + 8))
        QTest.mouseMove(timeline, end)
        t0 = time.perf_counter()
        QTest.mouseRelease(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        saves.append((time.perf_counter() - t0) * 1000)
        viewport.repaint()
        settle(20)
        stalls.append(probe.stop())
        worst = max(worst, stalls[-1])
        assert timeline.rows[item_id].starts_at != before, "the drag was not saved and shown"
        assert ops.undo_stack.count() == pushed + 1, "the saved drag is not on the undo stack"
    print(f"  (background={background}) stall of each drag, ms:", " ".join(f"{x:.1f}" for x in stalls))
    window.close()
    window.deleteLater()
    app.processEvents()
    return worst, saves


def stall(work: Path, drags: int = 6, latency_ms: int = 50) -> None:
    """Drags on a PostgreSQL database with ``latency_ms`` per round trip: the GUI thread's worst stall."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, event, text
    from sqlalchemy.engine import make_url

    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import load_sample

    url = os.environ.get("DP_TEST_POSTGRES_URL")
    if not url:
        print("stall: DP_TEST_POSTGRES_URL is not set; start the test server with")
        print("  export DP_TEST_POSTGRES_URL=$(bash scripts/start-test-postgres.sh)")
        return
    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings-stall"))
    schema = f"bench_stall_{os.getpid()}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        db = open_database(scoped.render_as_string(hide_password=False))
        visit_id = load_sample(UnitOfWork(db.sessions)).id

        def round_trip(*_: Any) -> None:
            time.sleep(latency_ms / 1000)  # the network between the office and its database server

        event.listen(db.engine, "before_cursor_execute", round_trip)
        results = {}
        for background in (False, True):
            results[background] = drag_with_latency(db, visit_id, background, drags)
        db.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
    del app
    for background, label in ((False, "on the GUI thread  "), (True, "off the GUI thread ")):
        worst, saves = results[background]
        print(
            f"timeline drags on PostgreSQL with {latency_ms} ms per round trip, database work {label}:"
            f" longest GUI stall {worst:5.1f} ms (5 ms timer's lateness), save {statistics.median(saves):.0f}"
            f" ms median over {len(saves)} drags" + ("  (target < 50 ms)" if background else "")
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--drags", type=int, default=15, help="drags measured on the big visit")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="start without cached bytecode (PYTHONDONTWRITEBYTECODE=1, as in some CI shells)",
    )
    parser.add_argument(
        "--only",
        choices=["startup", "drag", "big", "stall"],
        help="run one part: start-up, the sample-visit drag, the big visit (opening and drags), or the"
        " GUI stall during drags on PostgreSQL with 50 ms per round trip (not run by default)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(
        "command: QT_QPA_PLATFORM="
        + os.environ["QT_QPA_PLATFORM"]
        + " uv run python bench/bench_gui.py "
        + " ".join(sys.argv[1:])
    )
    work = Path(tempfile.mkdtemp(prefix="dp-bench-gui-"))
    try:
        if args.only in (None, "startup"):
            startup(args.runs, work, bytecode_cache=not args.no_bytecode_cache)
        if args.only in (None, "drag"):
            sample_drag(work)
        if args.only in (None, "big"):
            big_visit(args.items, work, args.drags)
        if args.only == "stall":
            stall(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
