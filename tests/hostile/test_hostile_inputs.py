"""Hostile inputs (issue 15): every bad visit file, CSV, argument, --db target and backup gets a clear answer.

For each input: exit 0, 1 (findings: a dry run's problems, a check's errors) or 2 (bad input) — never
a traceback nor the unexpected-error exit 3; when it fails, the database's dump is unchanged; and no
private value already in the database (a participant's e-mail, phone, dietary needs) appears in any output
or error log. The cases are listed in docs/reliability.md. The last test prints the tally.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main as cli_main

ALLOWED_EXITS = {0, 1, 2}


@dataclass
class Tally:
    """What the suite saw, printed at the end."""

    tried: int = 0
    clear_errors: int = 0
    tracebacks: list[str] = field(default_factory=list)
    changed_on_failure: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    bad_exits: list[str] = field(default_factory=list)
    groups_run: set[str] = field(default_factory=set)


TALLY = Tally()
GROUPS = {
    "visit-file",
    "visit-json",
    "csv",
    "csv-bytes",
    "arguments",
    "argument-strings",
    "db-targets",
    "restore",
}


@dataclass
class Arena:
    """A private copy of the sample database, the sample's visit file, and the private values to watch."""

    root: Path
    db: Path
    visit: int
    visit_file: dict[str, Any]
    private: list[str]
    logs: Path

    def dump(self) -> list[str]:
        if not self.db.is_file():
            return []
        conn = sqlite3.connect(self.db)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    def run(self, label: str, argv: list[str], *, db: str | None = None) -> int:
        """Run one command in-process and judge it; returns the exit code."""
        before = self.dump()
        out, err = io.StringIO(), io.StringIO()
        code: int
        crashed = ""
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = cli_main(["--db", db if db is not None else str(self.db), *argv], out=out)
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException as exc:  # a traceback the person would have seen
                code, crashed = -1, f"{type(exc).__name__}: {exc}"
        TALLY.tried += 1
        text = out.getvalue() + err.getvalue()
        if crashed or "Traceback (most recent call last)" in text or code == 3:
            TALLY.tracebacks.append(f"{label}: {crashed or text[-300:]}")
        elif code not in ALLOWED_EXITS:
            TALLY.bad_exits.append(f"{label}: exit {code}")
        elif code != 0:
            TALLY.clear_errors += 1
            if code == 2 and self.dump() != before:
                TALLY.changed_on_failure.append(label)
        logs = (
            "".join(p.read_text(errors="replace") for p in self.logs.rglob("*.log"))
            if self.logs.exists()
            else ""
        )
        leaked = [value for value in self.private if value in text or value in logs]
        if leaked:
            TALLY.leaks.append(f"{label}: {leaked[:2]}")
        return code

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path


@pytest.fixture(scope="module")
def template(
    tmp_path_factory: pytest.TempPathFactory, sample_template: tuple[Path, int]
) -> tuple[Path, int, dict[str, Any], list[str]]:
    source, visit = sample_template
    folder = tmp_path_factory.mktemp("hostile-template")
    db = folder / "sample.db"
    shutil.copyfile(source, db)
    # private values to watch: give the sample's people an e-mail, a phone and needs no input repeats
    conn = sqlite3.connect(db)
    private = ["hostile.private@example.kz", "+7 701 555 12 34", "без глютена и орехов"]
    conn.execute("UPDATE participants SET email = ?, phone = ?, dietary_needs = ?", private)
    conn.commit()
    conn.close()
    out = folder / "visit.json"
    assert cli_main(["--db", str(db), "export-visit", str(visit), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    return db, visit, data, private


@pytest.fixture
def arena(
    tmp_path: Path, template: tuple[Path, int, dict[str, Any], list[str]], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Arena]:
    db, visit, data, private = template
    copy = tmp_path / "planner.db"
    shutil.copyfile(db, copy)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    yield Arena(tmp_path, copy, visit, data, private, tmp_path / "data")


# ---- visit files ----------------------------------------------------------------------------------------


def _paths(data: Any, want: Callable[[Any], bool], path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, want, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, want, (*path, index))
    elif want(data):
        yield path


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(data))
    node = copy
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return copy


def _first_by_key(data: Any, want: Callable[[Any], bool]) -> list[tuple[Any, ...]]:
    """One path per distinct field name, so each kind of field is tried once."""
    seen: dict[Any, tuple[Any, ...]] = {}
    for path in _paths(data, want):
        seen.setdefault(path[-1] if not isinstance(path[-1], int) else path[-2], path)
    return list(seen.values())


BAD_NUMBERS = ["Infinity", "-Infinity", "NaN", "1e400", "-1e400", str(10**30), str(2**63), str(-(2**63) - 1)]
BAD_YEARS = ["9999", "0001", "1899", "2101"]
BAD_TEXT = {
    "NUL": "\u0000",
    "bell": "\u0007",
    "escape": "\u001b[31m",
    "DEL": "\u007f",
    "C1": "\u0085",
    "right-to-left override": "\u202e",
    "zero-width joiner": "\u200d",
    "byte-order mark": "\ufeff",
    "emoji": "\U0001f600",
    "flag": "\U0001f1f0\U0001f1ff",
    "variation selector": "\u2764\ufe0f",
    "Arabic": "محمد",
    "Hebrew": "שלום",
    "private use": "\ue000",
    "a 60,000-character note": "Примечание. " * 5000,
}


def _visit_json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def test_visit_files_with_bad_numbers_dates_and_text(arena: Arena) -> None:
    TALLY.groups_run.add("visit-file")
    data = arena.visit_file
    numbers = _first_by_key(data, lambda v: isinstance(v, int | float) and not isinstance(v, bool))
    for path in numbers:
        for bad in BAD_NUMBERS:
            text = _visit_json_text(_set(data, path, "@@"))
            file = arena.write("bad.json", text.replace('"@@"', bad))
            assert (
                arena.run(f"visit file {'.'.join(map(str, path))} = {bad}", ["import-visit", str(file)]) == 2
            )
    dates = _first_by_key(
        data, lambda v: isinstance(v, str) and len(v) >= 10 and v[4:5] == "-" and v[:4].isdigit()
    )
    for path in dates:
        value = _get(data, path)
        for year in BAD_YEARS:
            file = arena.write("bad.json", _visit_json_text(_set(data, path, year + value[4:])))
            assert (
                arena.run(f"visit file {'.'.join(map(str, path))} year {year}", ["import-visit", str(file)])
                == 2
            )
    names = [
        p for p in _first_by_key(data, lambda v: isinstance(v, str) and len(v) > 3) if p[-1] in _TEXT_FIELDS
    ]
    for path in names:
        for kind, bad in BAD_TEXT.items():
            value = _get(data, path)
            file = arena.write("bad.json", _visit_json_text(_set(data, path, value + bad)))
            assert arena.run(f"visit file {path[-1]} with {kind}", ["import-visit", str(file)]) == 2
    # a NaN latitude once stored half a coordinate: nothing at all may be stored
    site = next(p for p in _paths(data, lambda v: True) if p[-1] == "latitude")
    file = arena.write("nan.json", _visit_json_text(_set(data, site, "@@")).replace('"@@"', "NaN"))
    assert arena.run("NaN latitude", ["import-visit", str(file)]) == 2


_TEXT_FIELDS = {"full_name", "name", "title", "notes", "label", "organisation", "address"}


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def test_visit_files_that_are_not_visit_files(arena: Arena) -> None:
    TALLY.groups_run.add("visit-file")
    good = _visit_json_text(arena.visit_file)
    cases: dict[str, str | bytes] = {
        "100,000-deep array": "[" * 100_000 + "]" * 100_000,
        "100,000-deep object": '{"a":' * 100_000 + "1" + "}" * 100_000,
        "65-deep object": '{"a":' * 65 + "1" + "}" * 65,
        "empty": "",
        "a number": "1",
        "a string": '"visit"',
        "an array": "[]",
        "null": "null",
        "truncated": good[: len(good) // 2],
        "not UTF-8": b"\xff\xfe\x00{",
        "Latin-1 bytes": good.encode("utf-8").replace("а".encode(), b"\xe0"),
        "NUL byte": good[:50] + "\x00" + good[50:],
        "duplicate keys": good[:-1] + ', "format": "x"}',
        "Infinity at top": '{"format": Infinity}',
        "huge exponent": '{"format": 1e999999}',
        "BOM": "\ufeff" + good,
        "wrong format": good.replace('"format": "', '"format": "x', 1),
    }
    for kind, content in cases.items():
        file = arena.write("bad.json", content)
        assert arena.run(f"visit file: {kind}", ["import-visit", str(file)]) in (0, 2)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_any_json_is_answered_clearly(arena: Arena, data: st.DataObject) -> None:
    TALLY.groups_run.add("visit-json")
    # either a free JSON value, or the sample's file with one field replaced by any JSON value
    if data.draw(st.booleans(), label="free"):
        value = data.draw(JSON_VALUES, label="value")
    else:
        paths = list(_paths(arena.visit_file, lambda v: True))
        path = data.draw(st.sampled_from(paths), label="path")
        value = _set(arena.visit_file, path, data.draw(JSON_VALUES, label="value"))
    file = arena.write("any.json", json.dumps(value, ensure_ascii=False))
    arena.run("any JSON", ["import-visit", str(file)])


# ---- CSV and XLSX lists ------------------------------------------------------------------------------------

PEOPLE_HEADER = "ФИО;Должность;Ранг;Телефон"
SITES_HEADER = "Название;Адрес;Широта;Долгота;Координаты;Длительность"


def test_participant_lists_with_bad_cells(arena: Arena) -> None:
    TALLY.groups_run.add("csv")
    visit = str(arena.visit)
    rows = {
        "rank 1e30": "Иванов Иван;Советник;1e30;",
        "rank 10^30": f"Иванов Иван;Советник;{10**30};",
        "rank 2^63": f"Иванов Иван;Советник;{2**63};",
        "rank NaN": "Иванов Иван;Советник;NaN;",
        "rank Infinity": "Иванов Иван;Советник;Infinity;",
        "rank -1": "Иванов Иван;Советник;-1;",
        "rank 0": "Иванов Иван;Советник;0;",
        "rank 1.5": "Иванов Иван;Советник;1.5;",
        "NUL in name": "Иванов\x00 Иван;Советник;3;",
        "escape in title": "Иванов Иван;\x1b[2JСоветник;3;",
        "emoji in name": "Иванов Иван \U0001f600;Советник;3;",
        "Arabic name": "محمد علي;Советник;3;",
        "Hebrew name": "דוד לוי;Советник;3;",
        "RLO in name": "Иванов \u202eнавИ;Советник;3;",
        "zero-width joiner": "Иванов\u200dИван;Советник;3;",
        "extra cells": "Иванов Иван;Советник;3;;лишнее;ещё",
        "unterminated quote": '"Иванов Иван;Советник;3;\nПетров Пётр;Советник;4;',
        "quote inside cell": 'Иванов "Иван;Советник;3;',
        "empty name": ";Советник;3;",
        "formula": "=1+2;Советник;3;",
    }
    for kind, row in rows.items():
        for mode in (["--dry-run"], []):
            file = arena.write("people.csv", f"{PEOPLE_HEADER}\n{row}\n")
            arena.run(f"participants CSV: {kind} {mode}", ["import-participants", visit, str(file), *mode])
    # a normal Russian Excel file with a quoted organisation holding commas: read with ';' and imported
    quoted = f'{PEOPLE_HEADER};Организация\nСидоров Сидор;Директор;5;;"ТОО ""Атырау НПЗ"", офис"\n'
    file = arena.write("quoted.csv", quoted)
    assert (
        arena.run("participants CSV: quoted cell with commas", ["import-participants", visit, str(file)]) == 0
    )


def test_site_lists_with_bad_cells(arena: Arena) -> None:
    TALLY.groups_run.add("csv")
    rows = {
        "coordinates '/ 51,88'": "Музей;ул. Абая 1;;;/ 51,88;",
        "coordinates ','": "Музей;ул. Абая 1;;;,;",
        "coordinates three parts": "Музей;ул. Абая 1;;;1 2 3;",
        "latitude NaN": "Музей;ул. Абая 1;NaN;51.8;;",
        "latitude inf": "Музей;ул. Абая 1;inf;51.8;;",
        "latitude 1e400": "Музей;ул. Абая 1;1e400;51.8;;",
        "longitude -Infinity": "Музей;ул. Абая 1;47.1;-Infinity;;",
        "latitude only": "Музей;ул. Абая 1;47.1;;;",
        "duration 10^30": f"Музей;ул. Абая 1;;;;{10**30}",
        "duration NaN": "Музей;ул. Абая 1;;;;NaN",
        "duration 0": "Музей;ул. Абая 1;;;;0",
        "NUL in name": "Му\x00зей;ул. Абая 1;;;;",
        "emoji in name": "Музей \U0001f3db;ул. Абая 1;;;;",
        "Arabic address": "Музей;شارع;;;;",
    }
    for kind, row in rows.items():
        for mode in (["--dry-run"], []):
            file = arena.write("sites.csv", f"{SITES_HEADER}\n{row}\n")
            arena.run(f"sites CSV: {kind} {mode}", ["import-sites", str(file), *mode])


def test_files_that_are_not_lists(arena: Arena) -> None:
    TALLY.groups_run.add("csv")
    cases: dict[str, bytes] = {
        "binary": bytes(range(256)) * 4,
        "empty": b"",
        "only spaces": b"   \n  \n",
        "fake XLSX": b"PK\x03\x04" + b"\x00" * 100,
        "old XLS": b"\xd0\xcf\x11\xe0" + b"\x00" * 100,
        "cp1251": "ФИО;Ранг\nИванов Иван;2\n".encode("cp1251"),
        "BOM": "\ufeffФИО;Ранг\nИванов Иван;2\n".encode(),
        "one long line": b"x" * 10_000,
        "only a header": "ФИО;Ранг\n".encode(),
        "no name column": "Должность;Ранг\nСоветник;2\n".encode(),
        "unterminated quote at the end": 'ФИО;Ранг\nИванов Иван;2\n"Петров'.encode(),
        "a directory": b"",
    }
    for kind, content in cases.items():
        file = arena.write("list.csv", content)
        if kind == "a directory":
            file.unlink()
            file.mkdir()
        arena.run(f"list file: {kind}", ["import-participants", str(arena.visit), str(file)])
        if file.is_dir():
            file.rmdir()


def test_workbooks_with_bad_cells(arena: Arena) -> None:
    import datetime

    import openpyxl

    TALLY.groups_run.add("csv")
    rows: dict[str, list[Any]] = {
        "rank 1e30": ["Иванов Иван", 1e30],
        "rank 2^63": ["Иванов Иван", 2**63],
        "rank a date": ["Иванов Иван", datetime.datetime(9999, 12, 31)],
        "rank -5": ["Иванов Иван", -5],
        "rank text": ["Иванов Иван", "первый"],
        "emoji name": ["Иванов \U0001f600", 2],
        "Arabic name": ["محمد", 2],
        "formula name": ['=HYPERLINK("http://x")', 2],
        "number as name": [12345, 2],
        "date as name": [datetime.date(2024, 1, 1), 2],
    }
    for kind, row in rows.items():
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["ФИО", "Ранг"])
        sheet.append(row)
        path = arena.root / "people.xlsx"
        book.save(path)
        for mode in (["--dry-run"], []):
            arena.run(
                f"participants XLSX: {kind} {mode}",
                ["import-participants", str(arena.visit), str(path), *mode],
            )


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    content=st.binary(max_size=300)
    | st.text(alphabet=st.sampled_from(list(';,\t"\n\r ФИОРанг12.x\x00é😀')), max_size=200).map(
        lambda t: t.encode()
    ),
    dry=st.booleans(),
)
def test_any_csv_bytes_are_answered_clearly(arena: Arena, content: bytes, dry: bool) -> None:
    TALLY.groups_run.add("csv-bytes")
    file = arena.write("any.csv", content)
    arena.run("any CSV bytes", ["import-sites", str(file), *(["--dry-run"] if dry else [])])


# ---- arguments, --db targets, backups ---------------------------------------------------------------------


def test_arguments_out_of_range(arena: Arena) -> None:
    TALLY.groups_run.add("arguments")
    v = str(arena.visit)
    huge = [str(10**30), str(2**63), str(-(2**63)), "1e400", "nan", "-1", "0"]
    commands = [
        lambda n: ["show", n],
        lambda n: ["check", n],
        lambda n: ["plan", n],
        lambda n: ["export-visit", n, "-o", "out.json"],
        lambda n: ["export-ics", n, "-o", "out.ics"],
        lambda n: ["export-ics", v, "-o", "out.ics", "--participant", n],
        lambda n: ["export-list", "participants", n, "-o", "out.csv"],
        lambda n: ["print", "programme", v, "-o", "out.pdf", "--day", n],
        lambda n: ["print", "itinerary", v, "-o", "out.pdf", "--participant", n],
        lambda n: ["print", "minutes", v, "-o", "out.pdf", "--meeting", n],
        lambda n: ["change-log", n],
        lambda n: ["change-log", v, "--limit", n],
        lambda n: ["repair", v, "--item", n, "--new-end", "12:00"],
        lambda n: ["import-participants", n, "people.csv"],
    ]
    arena.write("people.csv", "ФИО\nИванов Иван\n")
    for make in commands:
        for n in huge:
            arena.run(f"arguments {' '.join(make(n))}", make(n))
    for seconds in ("nan", "inf", "-1", "0", "1e400", "3601"):
        assert arena.run(f"plan --seconds {seconds}", ["plan", v, "--seconds", seconds]) == 2
    for end in ("25:00", "12:60", "noon", "-1:00", "99999999999999:00"):
        assert arena.run(f"repair --new-end {end}", ["repair", v, "--item", "1", "--new-end", end]) == 2


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    command=st.sampled_from(
        ["show", "check", "plan", "print", "export-list", "change-log", "list", "repair", "import-visit"]
    ),
    rest=st.lists(
        st.text(max_size=12).filter(lambda s: "/" not in s and not s.startswith("~"))
        | st.sampled_from(
            [
                "1",
                "--day",
                "--participant",
                "all",
                "--lang",
                "kk",
                "--grid",
                "--json",
                "-o",
                "out.pdf",
                "programme",
            ]
        ),
        max_size=5,
    ),
)
def test_any_argument_strings_are_answered_clearly(arena: Arena, command: str, rest: list[str]) -> None:
    TALLY.groups_run.add("argument-strings")
    arena.run("any arguments", [command, *rest])


def test_db_targets(arena: Arena) -> None:
    TALLY.groups_run.add("db-targets")
    folder = arena.root / "folder"
    folder.mkdir()
    text = arena.write("text.db", "not a database\n" * 20)
    newer = arena.root / "newer.db"
    shutil.copyfile(arena.db, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    damaged = arena.root / "damaged.db"
    data = bytearray(arena.db.read_bytes())
    data[4096 * 2 : 4096 * 2 + 400] = b"\xff" * 400
    damaged.write_bytes(bytes(data))
    targets = {
        "a folder": str(folder),
        "empty": "",
        "spaces": "   ",
        "mysql://": "mysql://u@localhost/x",
        "unknown scheme": "notascheme://x",
        "a text file": str(text),
        "a newer schema": str(newer),
        "a damaged database": str(damaged),
        "a device": "/dev/null",
    }
    for kind, target in targets.items():
        for argv in (["list"], ["show", "1"], ["check", "1"]):
            arena.run(f"--db {kind} {argv[0]}", argv, db=target)
    assert not list(arena.root.glob("newer.before-upgrade*"))  # refused before any backup


def test_restore_refuses_bad_backups(arena: Arena) -> None:
    TALLY.groups_run.add("restore")
    good = arena.root / "good.db"
    assert arena.run("backup", ["backup", "-o", str(good)]) == 0

    def variant(name: str, sql: str) -> Path:
        path = arena.root / name
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()
        return path

    cases = {
        "not a database": arena.write("notes.db", "text\n" * 100),
        "empty file": arena.write("empty.db", b""),
        "missing": arena.root / "missing.db",
        "a folder": arena.root,
        "the database itself": arena.db,
        "newer version": variant("newer.db", "UPDATE alembic_version SET version_num = 'ffff';"),
        "older label on current tables": variant(
            "label.db", "UPDATE alembic_version SET version_num = '0003';"
        ),
        "a table dropped": variant("dropped.db", "DROP TABLE sites_to_place;"),
        "a column added": variant("column.db", "ALTER TABLE sites ADD COLUMN secret TEXT;"),
        "a table added": variant("table.db", "CREATE TABLE extra (id INTEGER);"),
        "no version row": variant("noversion.db", "DELETE FROM alembic_version;"),
        "two version rows": variant("twoversions.db", "INSERT INTO alembic_version VALUES ('0001');"),
        "broken reference": variant(
            "orphan.db", "PRAGMA foreign_keys=OFF; UPDATE participants SET visit_id = 99999;"
        ),
        "foreign database": variant("foreign.db", "DROP TABLE alembic_version;"),
    }
    for kind, path in cases.items():
        assert arena.run(f"restore {kind}", ["restore", str(path)]) == 2, kind
    assert not list(arena.root.glob("*restoring*"))


def test_zz_tally(capsys: pytest.CaptureFixture[str]) -> None:
    """The suite's own count (printed even when pytest captures output)."""
    with capsys.disabled():
        print(
            f"\nhostile inputs: {TALLY.tried} tried, {TALLY.clear_errors} clear errors,"
            f" tracebacks = {len(TALLY.tracebacks)}, databases changed on failure ="
            f" {len(TALLY.changed_on_failure)}, leaks = {len(TALLY.leaks)},"
            f" other exit codes = {len(TALLY.bad_exits)}"
        )
    assert not TALLY.tracebacks, TALLY.tracebacks[:10]
    assert not TALLY.changed_on_failure, TALLY.changed_on_failure[:10]
    assert not TALLY.leaks, TALLY.leaks[:10]
    assert not TALLY.bad_exits, TALLY.bad_exits[:10]
    if TALLY.groups_run >= GROUPS:  # the whole suite ran, not one test picked out
        assert TALLY.tried >= 166
