"""Output files are replaced whole or not at all, special files are refused, private exports are 0600."""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.errors import PlannerError, ValidationError
from planner.interchange import safe_write
from planner.interchange.safe_write import write_file
from planner.persistence.db import Database

DEV_FULL = Path("/dev/full")


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _no_space(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def umask_022() -> object:
    old = os.umask(0o022)
    yield
    os.umask(old)


# ------------------------------------------------------------------------------------------ the writer


def test_a_failed_write_leaves_the_previous_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "programme.pdf"
    target.write_bytes(b"the good file")
    monkeypatch.setattr(safe_write.os, "fsync", _no_space)
    with pytest.raises(PlannerError, match="No space left on device; the previous file is unchanged"):
        write_file(target, b"half a new file")
    assert target.read_bytes() == b"the good file"
    assert [p.name for p in tmp_path.iterdir()] == ["programme.pdf"]


@pytest.mark.parametrize("private", [False, True])
def test_modes_new_files_get_the_umask_private_ones_0600(
    tmp_path: Path, umask_022: object, private: bool
) -> None:
    target = write_file(tmp_path / "out.csv", b"x", private=private)
    assert _mode(target) == (0o600 if private else 0o644)


def test_replacing_keeps_a_shared_files_mode_and_makes_a_private_one_0600(tmp_path: Path) -> None:
    target = tmp_path / "sites.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_file(target, b"new")
    assert _mode(target) == 0o640 and target.read_bytes() == b"new"
    write_file(target, b"people", private=True)
    assert _mode(target) == 0o600


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_folders_and_named_pipes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder, not a file"):
        write_file(tmp_path, b"x")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="is a named pipe, not a file"):
        write_file(fifo, b"x")  # opening a pipe to write would block; it is never opened
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(ValidationError, match=r"the folder .* does not exist"):
        write_file(tmp_path / "missing" / "x.csv", b"x")


@pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full on this system")
def test_a_device_is_refused_and_stays_a_device() -> None:
    with pytest.raises(ValidationError, match="/dev/full is a device, not a file"):
        write_file(DEV_FULL, b"x")
    assert stat.S_ISCHR(DEV_FULL.stat().st_mode)


# ---------------------------------------------------------------------------------- every export command


@pytest.fixture
def sample(sample_db: tuple[Database, int]) -> tuple[str, str]:
    database, visit_id = sample_db
    return str(database.path), str(visit_id)


def _exports(visit: str, out: Path) -> dict[str, list[str]]:
    return {
        "export-visit": ["export-visit", visit, "-o", str(out / "visit.json")],
        "export-ics": ["export-ics", visit, "-o", str(out / "visit.ics")],
        "export-list": ["export-list", "participants", visit, "-o", str(out / "people.xlsx")],
        "print": ["print", "programme", visit, "-o", str(out / "programme.pdf")],
    }


@pytest.mark.skipif(os.geteuid() != 0 or not DEV_FULL.exists(), reason="replacing /dev/full needs root")
@pytest.mark.parametrize("name", ["export-visit", "export-ics", "export-list", "print"])
def test_writing_to_dev_full_is_refused_as_root_and_the_device_survives(
    sample: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    db, visit = sample
    args = _exports(visit, tmp_path)[name]
    args[args.index("-o") + 1] = str(DEV_FULL)
    code, _, err = run("--db", db, *args, capsys=capsys)
    assert code == 2 and "Traceback" not in err
    assert "/dev/full" in err
    assert stat.S_ISCHR(DEV_FULL.stat().st_mode)


@pytest.mark.parametrize("name", ["export-visit", "export-ics", "export-list", "print"])
def test_a_failed_export_keeps_the_previous_good_file(
    sample: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    db, visit = sample
    args = _exports(visit, tmp_path)[name]
    target = Path(args[args.index("-o") + 1])
    assert run("--db", db, *args, capsys=capsys)[0] == 0
    good = target.read_bytes()
    monkeypatch.setattr(safe_write.os, "fsync", _no_space)
    code, _, err = run("--db", db, *args, capsys=capsys)
    assert code == 2 and "Traceback" not in err
    assert f"cannot write {target}: No space left on device; the previous file is unchanged" in err
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_exports_naming_people_are_0600_and_the_sites_list_is_not(
    sample: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: object
) -> None:
    db, visit = sample
    for args in _exports(visit, tmp_path).values():
        assert run("--db", db, *args, capsys=capsys)[0] == 0
    assert (
        run("--db", db, "export-list", "sites", visit, "-o", str(tmp_path / "sites.csv"), capsys=capsys)[0]
        == 0
    )
    assert (
        run("--db", db, "export-list", "participants", visit, "-o", str(tmp_path / "p.csv"), capsys=capsys)[0]
        == 0
    )
    assert (
        run("--db", db, "print", "itinerary", visit, "-o", str(tmp_path / "itin.pdf"), capsys=capsys)[0] == 0
    )
    private = ["visit.json", "visit.ics", "people.xlsx", "p.csv", "programme.pdf", "itin.pdf"]
    assert {name: _mode(tmp_path / name) for name in private} == dict.fromkeys(private, 0o600)
    assert _mode(tmp_path / "sites.csv") == 0o644
