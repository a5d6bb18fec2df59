"""The command line as a user runs it: output, JSON, exit codes, and an untouched database on errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from main import main as entry_point
from planner.cli import main
from planner.interchange.visit_format import dump_visit_json
from tests.support.synthetic import synthetic_visit


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, out.getvalue()


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_init_creates_the_database(dbfile: str) -> None:
    code, out = run("--db", dbfile, "init")
    assert code == 0 and "database ready" in out
    assert Path(dbfile).exists()


def test_load_sample_then_show_prints_two_days_in_atyrau_time(dbfile: str) -> None:
    code, out = run("--db", dbfile, "load-sample")
    assert code == 0
    visit_id = out.strip()
    code, out = run("--db", dbfile, "show", visit_id)
    assert code == 0
    assert "Asia/Atyrau" in out
    assert "Day 1 — Thursday 11 May 2023 (UTC+05:00)" in out
    assert "Day 2 — Friday 12 May 2023 (UTC+05:00)" in out
    assert "Day 3" not in out
    code, listed = run("--db", dbfile, "list")
    assert code == 0 and "2023-05-11 – 2023-05-12" in listed


def test_show_json_and_guest_time(dbfile: str) -> None:
    _, visit_id = run("--db", dbfile, "load-sample", "--json")
    vid = json.loads(visit_id)["visit_id"]
    code, out = run("--db", dbfile, "show", str(vid), "--json")
    data = json.loads(out)
    assert code == 0 and [d["date"] for d in data["days"]] == ["2023-05-11", "2023-05-12"]
    first = data["days"][0]["items"][0]
    assert first["starts_local"].endswith("+05:00")
    code, out = run("--db", dbfile, "show", str(vid), "--guest-time")
    # Astrakhan is one hour behind Atyrau: every line shows both clocks
    line = next(x for x in out.splitlines() if x.startswith("  ") and "[" in x)
    host_hour, guest_hour = int(line[2:4]), int(line.split("[")[1][:2])
    assert (host_hour - guest_hour) % 24 == 1


def test_export_import_export_via_cli_is_identical(dbfile: str, tmp_path: Path) -> None:
    _, out = run("--db", dbfile, "load-sample")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("--db", dbfile, "export-visit", out.strip(), "-o", str(first))[0] == 0
    other = str(tmp_path / "other.db")
    code, new_id = run("--db", other, "import-visit", str(first))
    assert code == 0
    assert run("--db", other, "export-visit", new_id.strip(), "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_unknown_visit_is_a_clear_error(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--db", dbfile, "show", "42")
    assert code == 2
    assert "there is no visit with id 42" in capsys.readouterr().err


def test_bad_file_reports_paths_and_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = synthetic_visit()
    data["itinerary"][0]["site"] = "NOPE"
    del data["participants"][1]["side"]
    path = tmp_path / "bad.json"
    path.write_text(dump_visit_json(data), encoding="utf-8")
    dbfile = tmp_path / "never.db"
    code, _ = run("--db", str(dbfile), "import-visit", str(path))
    err = capsys.readouterr().err
    assert code == 2
    assert "$.participants[1]: missing required field 'side'" in err
    assert "nothing was changed" in err
    assert not dbfile.exists()


def test_import_error_leaves_existing_database_unchanged(dbfile: str, tmp_path: Path) -> None:
    run("--db", dbfile, "load-sample")
    before = run("--db", dbfile, "list", "--json")[1]
    data = synthetic_visit()
    data["itinerary"][0]["ends_at"] = data["itinerary"][0]["starts_at"]
    path = tmp_path / "bad.json"
    path.write_text(dump_visit_json(data), encoding="utf-8")
    assert run("--db", dbfile, "import-visit", str(path))[0] == 2
    assert run("--db", dbfile, "list", "--json")[1] == before


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    assert run("--db", str(path), "list")[0] == 2
    assert "not a database file" in capsys.readouterr().err


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["show"])
    assert caught.value.code == 2
    assert "visit" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "plan"])
def test_an_unknown_language_names_the_languages_offered(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "1", "--lang", "de"])
    assert caught.value.code == 2
    assert "invalid choice: 'de' (choose from 'ru', 'kk', 'en')" in capsys.readouterr().err


def test_entry_point_routes_commands_to_the_cli(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry_point(["--db", dbfile, "list"]) == 0
    assert "no visits yet" in capsys.readouterr().out
