"""Data safety: an edit made in the running application survives a SIGKILL right after it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.persistence.db import open_database
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services import itinerary, visit_admin

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2023, 5, 11, 5, 0, tzinfo=UTC)

# The child is the real application window: it makes the edit the way a timeline drag does (an undo
# command through the operations), says so, and then waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import timedelta
    from PySide6.QtWidgets import QApplication
    from planner.persistence.db import open_database
    from ui.commands.itinerary_commands import MoveItemCommand
    from ui.main_window import MainWindow
    from ui.operations import Operations

    path, visit_id, item_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    app.setOrganizationName("DelegationPlannerSafetyTest")
    ops = Operations(open_database(path))
    window = MainWindow(ops, visit_id)
    window.show()
    window.tabs.setCurrentWidget(window.itinerary)
    app.processEvents()
    row = window.itinerary.timeline.rows[item_id]
    later = timedelta(hours=3)
    move = MoveItemCommand(item_id, row.title, row.starts_at + later, row.ends_at + later, row.version)
    assert ops.push(move)
    print("EDITED", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_edit_survives_sigkill_and_database_is_intact(tmp_path: Path) -> None:
    path = tmp_path / "safety.db"
    db = open_database(path)
    uow = UnitOfWork(db.sessions)
    visit_id = visit_admin.create_visit(
        uow,
        {
            "title": "Safety",
            "delegation_name": "Astrakhan",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 11),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    item_id = itinerary.add_item(
        uow,
        visit_id,
        {"kind": "site_visit", "title": "Port", "starts_at": T0, "ends_at": T0 + timedelta(hours=1)},
    ).id
    db.dispose()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(visit_id), str(item_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "EDITED", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)  # no clean shutdown, no chance to flush anything more
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    reopened = open_database(path)
    try:
        with UnitOfWork(reopened.sessions) as check:
            moved = check.session.get(ItineraryItem, item_id)
            assert moved is not None
            assert (moved.starts_at, moved.ends_at) == (T0 + timedelta(hours=3), T0 + timedelta(hours=4))
            assert check.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        reopened.dispose()
