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

    assert ops.run(clash) is None
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


def test_server_password_is_asked_in_a_dialog_and_not_kept(
    qtbot: QtBot, monkeypatch: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy import make_url

    from planner.persistence.db import resolve_password
    from ui.app import ask_password

    asked: list[str] = []

    def answer(_parent: Any, _title: str, prompt: str, _mode: Any) -> tuple[str, bool]:
        asked.append(prompt)
        return "s3cret", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    for name in ("DP_DB_PASSWORD", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    url = resolve_password(make_url("postgresql+psycopg://anna@office-db/planner"), ask_password)
    assert url.password == "s3cret" and "anna" in asked[0]
    assert all("s3cret" not in str(QSettings().value(k)) for k in QSettings().allKeys())
