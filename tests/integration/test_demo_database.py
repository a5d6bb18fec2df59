"""The demo's database lives in a temporary folder that is gone when the demo closes."""

from __future__ import annotations

from pathlib import Path

from planner.persistence.db import open_database
from planner.services.database_admin import discard_demo_database, open_demo_database


def test_a_demo_leaves_no_folder_behind() -> None:
    db, visit_id = open_demo_database()
    assert visit_id > 0 and db.path is not None
    folder = db.path.parent
    assert (folder / "demo.db").exists()
    discard_demo_database(db)
    assert not folder.exists()


def test_only_a_demo_folder_is_ever_deleted(tmp_path: Path) -> None:
    db = open_database(tmp_path / "work.db")
    discard_demo_database(db)
    assert (tmp_path / "work.db").exists()
