"""Backups of the local database: online copies while another connection writes, checked restores."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.domain.errors import DatabaseError
from planner.interchange.backup import backup_database, check_backup, daily_backup, restore_database
from planner.interchange.ics import database_identity
from planner.persistence.db import Database, backup_sqlite_file, copy_sqlite, head_revision, open_database
from planner.persistence.tables import Site
from planner.persistence.uow import UnitOfWork


def _site_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sites").fetchone()[0]
    finally:
        conn.close()


def _add_sites(db: Database, names: list[str]) -> None:
    with UnitOfWork(db.sessions) as uow:
        uow.session.add_all(Site(name=n, address="ул. Абая, 1") for n in names)
        uow.commit()


def test_a_new_database_file_and_its_backups_are_readable_by_the_owner_only(
    sqlite_db: Database, tmp_path: Path
) -> None:
    assert sqlite_db.path is not None
    assert stat.S_IMODE(sqlite_db.path.stat().st_mode) == 0o600
    copy = tmp_path / "copies" / "copy.db"
    backup_database(sqlite_db.path, copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_backup_taken_while_another_connection_writes_is_whole(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Порт"])
    started, stop = threading.Event(), threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        # another connection of the same database keeps committing while the backups run
        other = open_database(sqlite_db.path, user="writer")
        try:
            n = 0
            while not stop.is_set():
                n += 1
                _add_sites(other, [f"Объект {n}-{k}" for k in range(20)])
                written.append(n)
                started.set()
        except BaseException as exc:  # reported to the test below, not lost in the thread
            failures.append(exc)
            started.set()
        finally:
            other.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(30)
        copies = [backup_database(sqlite_db.path, tmp_path / f"backup-{i}.db") for i in range(5)]
    finally:
        stop.set()
        thread.join(60)
    assert not failures
    final = _site_count(sqlite_db.path)
    for checked in copies:
        assert checked.revision == head_revision()
        conn = sqlite3.connect(checked.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            sites, logged = conn.execute(
                "SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM change_log WHERE action='insert')"
            ).fetchone()
        finally:
            conn.close()
        # a snapshot between two commits: whole batches of 20 only, and the change log in step with the data
        assert (sites - 1) % 20 == 0 and 1 < sites <= final
        assert logged == sites
    assert len(written) >= 1


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(
    sqlite_db: Database, tmp_path: Path
) -> None:
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Театр", "Музей"])
    with UnitOfWork(sqlite_db.sessions) as uow:
        identity = database_identity(uow)
    backup = tmp_path / "saved.db"
    backup_database(sqlite_db.path, backup)
    _add_sites(sqlite_db, ["Добавлен после копии"])
    sqlite_db.dispose()
    safety = restore_database(sqlite_db.path, backup)
    assert safety is not None and _site_count(safety) == 3
    reopened = open_database(sqlite_db.path)
    try:
        with UnitOfWork(reopened.sessions) as uow:
            names = set(uow.session.scalars(select(Site.name)))
            assert database_identity(uow) == identity  # calendar UIDs stay the same after a restore
        assert names == {"Театр", "Музей"}
    finally:
        reopened.dispose()


def test_restore_refuses_files_that_are_not_delegation_planner_databases(
    sqlite_db: Database, tmp_path: Path
) -> None:
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Театр"])
    text = tmp_path / "notes.db"
    text.write_text("this is not a database\n" * 10)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    future = tmp_path / "future.db"
    backup_database(sqlite_db.path, future)
    conn = sqlite3.connect(future)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.db"
    backup_database(sqlite_db.path, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\xff" * 200  # scribble over a b-tree page
    damaged.write_bytes(bytes(data))
    cases = {
        text: "not a SQLite database",
        foreign: "not a Delegation Planner",
        future: "9999",
        damaged: "damaged",
    }
    for path, reason in cases.items():
        with pytest.raises(DatabaseError, match=reason):
            restore_database(sqlite_db.path, path)
    assert _site_count(sqlite_db.path) == 1


def test_daily_backup_runs_once_a_day_and_keeps_n_days(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.path is not None
    folder = tmp_path / "daily"
    today = date(2026, 11, 25)
    for back in range(1, 10):
        made = daily_backup(sqlite_db.path, folder, keep_days=30, today=today - timedelta(days=back))
        assert made is not None
    first = daily_backup(sqlite_db.path, folder, keep_days=7, today=today)
    assert first is not None and check_backup(first).revision == head_revision()
    assert daily_backup(sqlite_db.path, folder, keep_days=7, today=today) is None  # once a day
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"planner.daily-{today - timedelta(days=d):%Y%m%d}.db" for d in range(6, -1, -1)]


def test_cli_backup_and_restore(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Театр"])
    db = str(sqlite_db.path)
    out = tmp_path / "cli-backup.db"
    assert cli_main(["--db", db, "backup", "-o", str(out)]) == 0
    _add_sites(sqlite_db, ["Лишний"])
    sqlite_db.dispose()
    assert cli_main(["--db", db, "restore", str(out)]) == 0
    assert _site_count(sqlite_db.path) == 1
    assert cli_main(["--db", db, "restore", str(tmp_path / "missing.db")]) == 2
    assert cli_main(["--db", "postgresql+psycopg://u@localhost/x", "backup", "-o", str(out)]) == 2


def test_the_window_backup_is_a_checked_self_contained_copy(sqlite_db: Database) -> None:
    # File > Back up (backup_sqlite_file) goes through the same checked copy as the other backups
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Порт", "Музей"])
    copy = backup_sqlite_file(sqlite_db.path)
    assert copy.parent == sqlite_db.path.parent and copy.name.startswith(f"{sqlite_db.path.stem}.backup-")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert check_backup(copy).revision == head_revision()
    assert _site_count(copy) == 2
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_a_damaged_copy_is_refused_and_no_file_is_left(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("CREATE INDEX t_text ON t (text)")
    conn.executemany("INSERT INTO t (text) VALUES (?)", [(f"row {n:05d}",) for n in range(3000)])
    conn.commit()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    index_page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 't_text'").fetchone()[0]
    conn.close()
    # scribble over the index's root page: the copy carries the damage and quick_check finds it
    with source.open("r+b") as handle:
        handle.seek((index_page - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    target = tmp_path / "copy.db"
    with pytest.raises(DatabaseError, match="is damaged"):
        copy_sqlite(source, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source.db"]
