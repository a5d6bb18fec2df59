"""Live mode on the sample visit: "running late" from the action to the proposal on screen.

A fake clock at 11:00 on the sample's first day; the official delegation's current item (the talks) runs
late by 25 minutes. Each run clicks the card's button and waits until the proposal (diff and affected
people) is painted; the runs start once the window has loaded the engine in the background. With
``--screenshot`` the proposal is then applied and the live window photographed:

    uv run python bench/bench_live_mode.py [--runs 5]
    xvfb-run -a -s "-screen 0 1280x800x24" uv run python bench/bench_live_mode.py --lang ru \\
        --screenshot /tmp/live-ru.png
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ELEVEN = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)  # 11:00 in Atyrau (UTC+5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en", choices=["en", "ru", "kk"])
    parser.add_argument("--minutes", type=int, default=25)
    parser.add_argument("--screenshot", type=Path, default=None)
    args = parser.parse_args()
    if args.screenshot is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from planner.persistence.db import open_database
    from planner.persistence.uow import UnitOfWork
    from planner.services.visits import load_sample
    from ui.i18n import install_language
    from ui.operations import Operations
    from ui.views.live_page import LiveWindow

    app = QApplication(sys.argv)  # kept alive until the end
    assert app is not None
    folder = Path(tempfile.mkdtemp(prefix="dp-live-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    install_language(args.lang)
    db = open_database(folder / "sample.db")
    visit_id = load_sample(UnitOfWork(db.sessions)).id
    ops = Operations(db)
    window = LiveWindow(ops, visit_id, now=lambda: ELEVEN)
    window.resize(1280, 800)
    window.show()
    opened = time.perf_counter()
    while not window.warmed:  # the engine loads in the background while the officer reads the screen
        QCoreApplication.processEvents()
        time.sleep(0.005)
    print(f"engine loaded {time.perf_counter() - opened:.1f} s after the window opened")
    card = next(c for c in window.cards if c.lane and c.lane.name == "Официальная делегация")
    window.delay.setValue(args.minutes)

    times = []
    for _ in range(args.runs):
        window.discard_proposal()
        QCoreApplication.processEvents()
        start = time.perf_counter()
        card.late_button.click()
        while window.result is None:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        window.repaint()  # the diff on screen, not just in the widgets
        times.append(time.perf_counter() - start)
    print(f"running late by {args.minutes} min on the sample at 11:00, action -> proposal on screen:")
    print(f"  first: {times[0] * 1000:.0f} ms")
    if len(times) > 1:
        rest = times[1:]
        print(
            f"  next {len(rest)}: median {statistics.median(rest) * 1000:.0f} ms,"
            f" max {max(rest) * 1000:.0f} ms"
        )
    print(
        f"  {len(window.result.proposal.moves)} items move, {len(window.result.affected.recipients)} affected"
    )

    if args.screenshot is not None:
        # the proposal as the officer reads it, then the day once it is applied
        window.discard_proposal()
        card.late_button.click()
        while window.result is None:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        for _ in range(10):
            QCoreApplication.processEvents()
        proposal_shot = args.screenshot.with_name(args.screenshot.stem + "-proposal.png")
        window.grab().save(str(proposal_shot), "PNG")
        print(f"  screenshot: {proposal_shot}")
        window.apply_proposal()
        for _ in range(10):
            QCoreApplication.processEvents()
        window.grab().save(str(args.screenshot), "PNG")
        print(f"  screenshot: {args.screenshot}")
    ops.shutdown()
    db.dispose()


if __name__ == "__main__":
    main()
