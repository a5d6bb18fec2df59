"""A save refused because someone else changed the record offers a reload; the app backs up daily."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from planner.domain.errors import ConcurrencyError
from planner.persistence.db import Database
from ui.operations import ALL_KINDS, Operations


def test_concurrency_error_offers_reload_and_refreshes_every_screen(
    qtbot: QtBot, sample_db: tuple[Database, int], no_blocking_dialogs: Any
) -> None:
    db, _visit_id = sample_db
    ops = Operations(db)
    seen: list[Any] = []
    ops.changed.connect(seen.append)

    def clash(_uow: Any) -> None:
        raise ConcurrencyError("Item 'Посещение НПЗ' was changed by bob")

    assert ops.run(clash, kinds=["items"]) is None
    kind, _title, text = no_blocking_dialogs.shown[-1]
    assert kind == "question" and "bob" in text
    assert seen and seen[-1].kinds == ALL_KINDS  # the patched dialog answered Yes: everything reloads
    ops.shutdown()


def test_daily_backup_runs_in_the_background_at_start(qtbot: QtBot, sample_db: tuple[Database, int]) -> None:
    from ui.app import daily_backup_in_background

    db, _ = sample_db
    ops = Operations(db)
    assert db.path is not None
    expected = Path(db.path).parent / "backups" / f"{Path(db.path).stem}.daily-{date.today():%Y%m%d}.db"
    daily_backup_in_background(ops)
    qtbot.waitUntil(expected.exists, timeout=10_000)
    ops.shutdown()
