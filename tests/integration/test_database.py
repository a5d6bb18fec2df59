"""Opening databases: pragmas, aware instants, refusing foreign files, and upgrading with a backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from planner.domain.errors import DatabaseError
from planner.persistence.db import current_revision, head_revision, make_engine, open_database, upgrade
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services.visits import import_data
from tests.support.synthetic import synthetic_visit


def test_pragmas_foreign_keys_and_wal(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.db")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.dispose()


def test_new_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    open_database(path).dispose()
    assert path.stat().st_mode & 0o077 == 0


def test_instants_come_back_aware_and_equal(tmp_path: Path) -> None:
    db = open_database(tmp_path / "t.db")
    visit_id = import_data(UnitOfWork(db.sessions), synthetic_visit(items=1)).id
    atyrau = timezone(timedelta(hours=5))
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(select(ItineraryItem)).one()
        item.starts_at = datetime(2023, 5, 11, 23, 30, tzinfo=atyrau)
        item.ends_at = datetime(2023, 5, 12, 0, 30, tzinfo=atyrau)  # across local midnight
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).one()
        assert item.starts_at.tzinfo is not None
        assert item.starts_at == datetime(2023, 5, 11, 18, 30, tzinfo=UTC)
        assert item.ends_at - item.starts_at == timedelta(hours=1)
    db.dispose()


def test_naive_instant_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "n.db")
    import_data(UnitOfWork(db.sessions), synthetic_visit(items=1))
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(select(ItineraryItem)).one()
        item.starts_at = datetime(2023, 5, 11, 9, 0)
        with pytest.raises(Exception, match="naive datetime"):
            uow.commit()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Программа визита, черновик\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a database file"):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "Программа визита, черновик\n"


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a Delegation Planner database"):
        open_database(path)


def test_database_at_first_revision_upgrades_with_data_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    rows = {
        "delegations": {
            "id": 1, "name": "Делегация Астраханской области", "name_i18n": "{}",
            "home_region": "Астраханская область", "home_country": "Россия",
            "home_timezone": "Europe/Astrakhan",
        },
        "visits": {
            "id": 1, "delegation_id": 1, "title": "Визит в Атырау", "title_i18n": "{}", "status": "planned",
            "host_region": "Атырауская область", "host_organisation": "Акимат",
            "host_timezone": "Asia/Atyrau",
            "start_date": "2023-05-11", "end_date": "2023-05-12", "arrival_mode": "", "purpose": "",
            "day_start": "09:00:00", "day_end": "18:00:00", "travel_speed_kmh": 40, "road_factor": 1.3,
            "created_at": "2023-04-01 10:00:00", "updated_at": "2023-04-01 10:00:00",
        },
        "itinerary_items": {
            "id": 1, "visit_id": 1, "kind": "meeting", "title": "Переговоры", "title_i18n": "{}",
            "starts_at": "2023-05-11 05:00:00", "ends_at": "2023-05-11 06:00:00", "location": "Акимат",
            "notes": "", "pinned": 1, "required": 1, "priority": 0,
        },
    }  # fmt: skip
    with engine.begin() as conn:
        for table, row in rows.items():
            columns = ", ".join(row)
            values = ", ".join(f":{name}" for name in row)
            conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)
    engine.dispose()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert db.backup is not None and db.backup.parent == path.parent
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.get(ItineraryItem, 1)
        assert item is not None
        assert item.title == "Переговоры"
        assert item.starts_at == datetime(2023, 5, 11, 5, 0, tzinfo=UTC)
        assert item.version == 1
    db.dispose()
    backup = sqlite3.connect(db.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT title FROM itinerary_items").fetchone() == ("Переговоры",)
    backup.close()


def test_opening_a_current_database_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    open_database(path).dispose()
    again = open_database(path)
    assert again.backup is None
    again.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["current.db"]


def test_head_revision_read_from_files_agrees_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from planner.persistence.db import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.db"
    open_database(path).dispose()
    code = (
        "import sys; from planner.persistence.db import open_database;"
        "open_database(sys.argv[1]).dispose(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
