"""Bad ``--db`` targets and bad ``--seconds`` get one sentence and exit 2, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from main import main
from planner.persistence import db as db_module
from planner.persistence.db import Database, head_revision


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse ends a usage error this way, with code 2
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _one_sentence(err: str, command: str = "list") -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"delegation-planner {command}: ")
    return lines[0]


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("{tmp}", "is a folder, not a database file; name a file in it"),
        ("", "no database given (--db is empty)"),
        ("mysql://user@host/planner", "mysql:// databases are not supported; use a database file"),
        ("notascheme://x", "notascheme:// databases are not supported"),
        ("://", "is neither a file name nor a database URL"),
    ],
)
def test_a_target_that_is_not_a_database_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, says: str
) -> None:
    code, err = run(capsys, "--db", target.format(tmp=tmp_path), "list")
    assert code == 2 and says in _one_sentence(err)
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_empty_db_is_refused_for_backup_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "--db", "", "backup", "-o", str(tmp_path / "copy.db"))
    assert code == 2 and "--db is empty" in _one_sentence(err, "backup")
    assert not (tmp_path / "copy.db").exists()


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "planner.db"
    Database.dispose(db_module.open_database(path))
    return path


def test_a_read_only_database_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database(tmp_path)
    real_access = os.access
    # root may write any file, so the file system's answer is simulated: the file is not writable
    monkeypatch.setattr(
        db_module.os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode)
    )
    code, err = run(capsys, "--db", str(path), "list")
    line = _one_sentence(err)
    assert code == 2 and f"the database {path} is read-only" in line and "chmod u+w" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_database_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _database(tmp_path)
    path.chmod(stat.S_IRUSR)
    code, err = run(capsys, "--db", str(path), "list")
    assert code == 2 and "is read-only" in _one_sentence(err)


def test_a_database_from_a_newer_program_is_refused_before_any_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _database(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    code, err = run(capsys, "--db", str(path), "list")
    line = _one_sentence(err)
    assert code == 2
    assert "schema version 9999_from_the_future, which this program does not know" in line
    assert f"its newest is {head_revision()}" in line and "newer Delegation Planner" in line
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []
    assert path.read_bytes() == before


@pytest.mark.parametrize("seconds", ["nan", "inf", "-1", "0", "1e400", "ten", "7200"])
def test_plan_seconds_must_be_a_sane_search_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seconds: str
) -> None:
    code, err = run(capsys, "--db", str(tmp_path / "planner.db"), "plan", "1", "--seconds", seconds)
    assert code == 2
    assert f"argument --seconds: {seconds!r} is not a search time; give seconds between 0 and 3600" in err
    assert not (tmp_path / "planner.db").exists()  # refused before the database is opened
