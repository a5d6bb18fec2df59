"""The restore contract (docs/reliability.md): one write lock for the safety copy and the swap, checked
schemas, upgrades in a copy, a failed restore changes nothing, and a kill at any moment loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from planner.cli import main as cli_main
from planner.domain.errors import DatabaseError
from planner.interchange.backup import backup_database, restore_database
from planner.persistence.db import Database, head_revision, make_engine, open_database, upgrade
from planner.persistence.tables import Site
from planner.persistence.uow import UnitOfWork

ROOT = Path(__file__).resolve().parents[2]


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sites")}
    finally:
        conn.close()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _add_sites(db: Database, names: list[str]) -> None:
    with UnitOfWork(db.sessions) as uow:
        uow.session.add_all(Site(name=n, address="ул. Абая, 1") for n in names)
        uow.commit()


def _insert_site(conn: sqlite3.Connection, name: str) -> None:
    """Insert a site with plain SQL, as another program would (every required column filled)."""
    values: dict[str, object] = {"name": name}
    for _cid, column, kind, notnull, default, pk in conn.execute("PRAGMA table_info(sites)"):
        if notnull and default is None and not pk and column not in values:
            values[column] = "{}" if column.endswith("_i18n") else 0 if "INT" in kind.upper() else ""
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO sites ({', '.join(values)}) VALUES ({marks})", tuple(values.values()))


def _raw_insert(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    try:
        _insert_site(conn, name)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def saved(sqlite_db: Database, tmp_path: Path) -> tuple[Path, Path]:
    """A database with one site, a backup of it, then a second site added after the backup."""
    assert sqlite_db.path is not None
    _add_sites(sqlite_db, ["Театр"])
    backup = tmp_path / "saved.db"
    backup_database(sqlite_db.path, backup)
    _add_sites(sqlite_db, ["После копии"])
    sqlite_db.dispose()
    return sqlite_db.path, backup


def test_a_writer_holding_its_transaction_during_restore_loses_nothing(saved: tuple[Path, Path]) -> None:
    db_path, backup = saved
    locked, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            conn = sqlite3.connect(db_path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            _insert_site(conn, "Записал другой")
            locked.set()
            release.wait(5)
            time.sleep(0.5)  # the restore is waiting for the lock by now
            conn.execute("COMMIT")  # reported success to its user
            conn.close()
        except BaseException as exc:  # handed to the test thread
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    assert locked.wait(5), errors
    release.set()
    safety = restore_database(db_path, backup, wait_seconds=10)
    thread.join()
    assert not errors
    # the writer's commit came first: it is in the safety copy, and the restore replaced it afterwards
    assert safety is not None and "Записал другой" in _names(safety)
    assert _names(db_path) == {"Театр"}


def test_a_restore_refuses_while_another_program_keeps_writing(saved: tuple[Path, Path]) -> None:
    db_path, backup = saved
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    _insert_site(conn, "Записал другой")
    try:
        with pytest.raises(DatabaseError, match=r"another program is still writing.*nothing was restored"):
            restore_database(db_path, backup, wait_seconds=0.3)
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert _names(db_path) == {"Театр", "После копии", "Записал другой"}
    assert not list(db_path.parent.glob("*before-restore*"))
    assert not list(db_path.parent.glob("*restoring*"))


def test_a_backup_whose_tables_do_not_match_its_version_is_refused_and_nothing_changes(
    saved: tuple[Path, Path], tmp_path: Path
) -> None:
    db_path, backup = saved
    before = _dump(db_path)
    older_label = tmp_path / "older-label.db"
    backup_database(backup, older_label)
    conn = sqlite3.connect(older_label)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")  # head's tables, version 0001
    conn.commit()
    conn.close()
    dropped = tmp_path / "dropped.db"
    backup_database(backup, dropped)
    conn = sqlite3.connect(dropped)
    conn.execute("DROP TABLE sites_to_place")
    conn.commit()
    conn.close()
    for path in (older_label, dropped):
        with pytest.raises(DatabaseError, match="do not match that version"):
            restore_database(db_path, path)
        assert cli_main(["--db", str(db_path), "restore", str(path)]) == 2
    assert _dump(db_path) == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_an_older_backup_is_upgraded_in_a_copy_never_in_place(
    saved: tuple[Path, Path], tmp_path: Path
) -> None:
    db_path, _ = saved
    old = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{old}")
    upgrade(engine, "0004")
    engine.dispose()
    _raw_insert(old, "Старый")
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    old_bytes = old.read_bytes()
    safety = restore_database(db_path, old)
    assert old.read_bytes() == old_bytes  # the backup itself is never touched
    assert safety is not None and _names(safety) == {"Театр", "После копии"}
    assert _names(db_path) == {"Старый"}
    reopened = open_database(db_path)
    try:
        assert reopened.backup is None  # already current: no upgrade at opening
    finally:
        reopened.dispose()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_restore_that_fails_while_swapping_leaves_the_database_and_names_the_copy(
    saved: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.interchange.backup as backup_module

    db_path, backup = saved
    before = _dump(db_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE main.sites")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_module, "_replace_contents", broken)
    with pytest.raises(DatabaseError, match=r"left as it was; a copy of it was saved as .*before-restore"):
        restore_database(db_path, backup)
    assert _dump(db_path) == before


# the restore in a child process; it says when it holds the lock, so the kills can land inside the swap
KILL_SCRIPT = """
import sys, time
from pathlib import Path
import planner.interchange.backup as backup

copy, swap = backup.backup_sqlite_file, backup._replace_contents

def announced_copy(*args, **kwargs):
    print("locked", flush=True)
    return copy(*args, **kwargs)

def announced_swap(conn):
    print("swapping", flush=True)
    swap(conn)
    print("swapped", flush=True)

backup.backup_sqlite_file, backup._replace_contents = announced_copy, announced_swap
backup.restore_database(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def _run_restore(db_path: Path, backup: Path, kill_after: float | None) -> tuple[list[str], float]:
    """Run a restore in a child; with ``kill_after``, SIGKILL it that long after it took the lock.

    Returns what it said and the seconds from taking the lock to the commit ("swapped").
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(db_path), str(backup)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    said = [proc.stdout.readline().strip()]
    locked = time.monotonic()
    if kill_after is None:
        committed = 0.0
        for line in proc.stdout:
            said.append(line.strip())
            if said[-1] == "swapped":
                committed = time.monotonic() - locked
        assert proc.wait() == 0
        return said, committed
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return said, time.monotonic() - locked


def _back_to(db_path: Path, old: list[str]) -> None:
    latest = sorted(db_path.parent.glob("*before-restore*"))[-1]
    assert _dump(latest) == old  # the swap committed only after its safety copy was whole
    restore_database(db_path, latest)
    assert _dump(db_path) == old


def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database(
    sqlite_db: Database, tmp_path: Path
) -> None:
    assert sqlite_db.path is not None
    db_path = sqlite_db.path
    # enough rows that the copy and the swap take a while, so the kills land inside them
    _add_sites(sqlite_db, [f"Новый {i}" for i in range(3000)])
    backup = tmp_path / "saved.db"
    backup_database(db_path, backup)
    new = _dump(backup)
    with UnitOfWork(sqlite_db.sessions) as uow:
        uow.session.query(Site).delete()
        uow.commit()
    _add_sites(sqlite_db, [f"Старый {i}" for i in range(3000)])
    sqlite_db.dispose()
    old = _dump(db_path)
    said, whole = _run_restore(db_path, backup, None)
    assert said == ["locked", "swapping", "swapped", "done"]
    assert _dump(db_path) == new
    _back_to(db_path, old)
    outcomes = {"old": 0, "new": 0}
    kills = 10
    for k in range(kills):
        # from just after the lock to well past the usual commit
        _run_restore(db_path, backup, whole * 2.0 * k / (kills - 1))
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        now = _dump(db_path)
        assert now in (old, new), f"kill {k}: the database is neither the old nor the restored one"
        if now == new:
            outcomes["new"] += 1
            _back_to(db_path, old)
        else:
            outcomes["old"] += 1
    print(f"restore kills: {kills}, left old: {outcomes['old']}, left restored: {outcomes['new']}")


def test_the_current_schema_the_restore_checks_against_is_what_the_migrations_build() -> None:
    from planner.interchange.backup import expected_tables, migrated_tables

    assert expected_tables(head_revision()) == migrated_tables(head_revision())


def test_a_damaged_database_is_replaced_and_its_bytes_kept_aside(saved: tuple[Path, Path]) -> None:
    db_path, backup = saved
    data = bytearray(db_path.read_bytes())
    for page in range(2, len(data) // 4096, 2):
        data[4096 * page + 8 : 4096 * page + 400] = b"\xff" * 392
    db_path.write_bytes(bytes(data))
    assert cli_main(["--db", str(db_path), "restore", str(backup)]) == 0
    assert _names(db_path) == {"Театр"}
    kept = list(db_path.parent.glob("*before-restore-damaged*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
