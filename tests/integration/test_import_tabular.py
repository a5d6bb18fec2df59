"""Importing site and participant lists from CSV and XLSX files written here, as offices write them."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from planner.cli import main as cli_main
from planner.domain.errors import NotFoundError, ValidationError
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site, row_dict
from planner.persistence.uow import UnitOfWork
from planner.services.data_exchange import import_participants, import_sites
from tests.support.synthetic import synthetic_visit

RU_HEADER = ["Название", "АДРЕС", "широта", "Долгота", "Часы работы", "Длительность (мин)", "Телефон", "Цвет"]
SITES = [
    [
        "Атырауский НПЗ",
        "ул. Кулманова, 1",
        "47,0795",
        "51,9214",
        "Пн-Пт 09:00-18:00",
        "60",
        "+7 700 000 0001",
        "x",
    ],
    [
        "Драмтеатр им. Жолдыбаева",
        "пр. Азаттык, 1\nвход со двора",
        "47,1037",
        "51,9150",
        "Mo-Su 10:00-20:00",
        "45",
        "",
        "y",
    ],
    ["Рыбный рынок", "ул. Махамбета, 7", "", "", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    """A CSV as Excel writes it: every field quoted when needed, CRLF line ends."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _sites(db: Database) -> dict[str, SimpleNamespace]:
    with UnitOfWork(db.sessions) as uow:
        return {s.name: SimpleNamespace(**row_dict(s)) for s in uow.session.scalars(select(Site))}


def _count(db: Database, model: type[Any]) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def _dot(rows: list[list[Any]]) -> list[list[Any]]:
    return [[c.replace(",", ".") if i in (2, 3) else c for i, c in enumerate(r)] for r in rows]


def _xlsx_rows() -> list[list[Any]]:
    # typed cells as Excel stores them: numbers, and a duration typed as a time of day (1:00 = 60 minutes)
    typed = []
    for r in SITES:
        lat = float(r[2].replace(",", ".")) if r[2] else None
        lon = float(r[3].replace(",", ".")) if r[3] else None
        duration = time(1, 0) if r[5] == "60" else (int(r[5]) if r[5] else None)
        typed.append([r[0], r[1], lat, lon, r[4] or None, duration, r[6] or None, r[7]])
    return [RU_HEADER, *typed]


FORMATS = {
    "csv-utf8-semicolon": lambda p: write_csv(p / "sites.csv", [RU_HEADER, *SITES]),
    "csv-utf8-bom-comma": lambda p: write_csv(p / "sites.csv", [RU_HEADER, *_dot(SITES)], ",", "utf-8-sig"),
    "csv-cp1251-semicolon": lambda p: write_csv(p / "sites.csv", [RU_HEADER, *SITES], ";", "cp1251"),
    "csv-tab": lambda p: write_csv(p / "sites.txt", [RU_HEADER, *SITES], "\t"),
    "xlsx": lambda p: write_xlsx(p / "sites.xlsx", _xlsx_rows()),
}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_gives_the_same_sites(db: Database, tmp_path: Path, fmt: str) -> None:
    path = FORMATS[fmt](tmp_path)
    report = import_sites(UnitOfWork(db.sessions), path)
    assert (report.imported, report.matched, report.rejected, report.written) == (3, 0, 0, True)
    assert report.ignored == ("Цвет",)
    sites = _sites(db)
    refinery = sites["Атырауский НПЗ"]
    assert (refinery.latitude, refinery.longitude) == (47.0795, 51.9214)
    assert refinery.opening_hours == "Mo-Fr 09:00-18:00"
    assert refinery.usual_duration_min == 60
    assert refinery.contact_phone == "+7 700 000 0001"
    theatre = sites["Драмтеатр им. Жолдыбаева"]
    assert theatre.address == "пр. Азаттык, 1\nвход со двора"
    assert theatre.usual_duration_min == 45
    market = sites["Рыбный рынок"]
    assert (market.latitude, market.longitude, market.opening_hours, market.usual_duration_min) == (
        None,
        None,
        "",
        45,
    )


def test_english_headers_in_any_order_and_case(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "en.csv",
        [
            ["OPENING HOURS", "notes", "Lat", "Name", "longitude", "Category", "Address"],
            ["24/7", "fictional", "47.1", "Port of Atyrau", "51.9", "transport", "Port road 3"],
        ],
        ",",
    )
    report = import_sites(UnitOfWork(db.sessions), path)
    assert report.mapping == {
        "OPENING HOURS": "opening_hours",
        "notes": "notes",
        "Lat": "latitude",
        "Name": "name",
        "longitude": "longitude",
        "Category": "category",
        "Address": "address",
    }
    port = _sites(db)["Port of Atyrau"]
    assert (port.category, port.address, port.latitude, port.longitude) == (
        "transport",
        "Port road 3",
        47.1,
        51.9,
    )


BAD = [
    ["Название", "Адрес", "Широта", "Долгота", "Часы работы", "Длительность"],
    ["Университет", "ул. Студенческая, 1", "47,11", "51,90", "Mo-Fr 09:00-18:00", "30"],  # row 2: good
    ["", "ул. Безымянная, 5", "47,1", "51,9", "", ""],  # row 3: missing name
    ["Музей", "ул. Музейная, 2", "123", "51,9", "", ""],  # row 4: latitude 123
    ["Школа №1", "ул. Школьная, 1", "47,1", "51,9", "Mo-Fr 9:00-25:61", "полчаса"],  # row 5: bad times
    ["университет", "ул.  Студенческая, 1", "47,11", "51,90", "", ""],  # row 6: duplicate of row 2
    ["Больница", "ул. Врачей, 4", "47,12", "51,91", "", "40"],  # row 7: good
]


def _where(report: Any) -> dict[str, str]:
    return {p.where: p.reason for p in report.problems}


def test_dry_run_lists_every_problem_by_row_and_column_and_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD)
    report = import_sites(UnitOfWork(db.sessions), path, dry_run=True)
    problems = _where(report)
    assert set(problems) == {
        "row 3, column 'Название'",
        "row 4, column 'Широта'",
        "row 5, column 'Часы работы'",
        "row 5, column 'Длительность'",
        "row 6, column 'Название'",
    }
    assert "empty" in problems["row 3, column 'Название'"]
    assert "123" in problems["row 4, column 'Широта'"]
    assert "not valid opening hours" in problems["row 5, column 'Часы работы'"]
    assert "duration" in problems["row 5, column 'Длительность'"]
    assert "duplicate of row 2" in problems["row 6, column 'Название'"]
    assert (report.imported, report.matched, report.rejected, report.written) == (2, 0, 4, False)
    assert [o.action for o in report.rows] == ["new", "rejected", "rejected", "rejected", "rejected", "new"]
    assert _count(db, Site) == 0


def test_all_or_nothing_writes_nothing_when_a_row_is_bad(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD)
    report = import_sites(UnitOfWork(db.sessions), path)
    assert not report.written and report.rejected == 4
    assert _count(db, Site) == 0


def test_skip_bad_rows_writes_the_good_ones_and_counts(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", BAD)
    report = import_sites(UnitOfWork(db.sessions), path, skip_bad_rows=True)
    assert (report.imported, report.matched, report.rejected, report.written) == (2, 0, 4, True)
    assert set(_sites(db)) == {"Университет", "Больница"}
    assert all(o.record_id is not None for o in report.rows if o.action == "new")


def test_existing_sites_are_matched_by_name_and_address_not_duplicated(db: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [RU_HEADER, *SITES])
    import_sites(UnitOfWork(db.sessions), first)
    changed = [list(r) for r in SITES]
    changed[0][0] = "атырауский  нпз"  # another spelling of the same name
    changed[0][4] = "Mo-Sa 08:00-20:00"
    changed[2][6] = "+7 700 000 0003"
    changed.append(["Новый объект", "ул. Новая, 1", "", "", "", "", "", ""])
    again = write_csv(tmp_path / "again.csv", [RU_HEADER, *changed])
    report = import_sites(UnitOfWork(db.sessions), again)
    assert (report.imported, report.matched, report.rejected) == (1, 3, 0)
    sites = _sites(db)
    assert len(sites) == 4
    assert sites["Атырауский НПЗ"].opening_hours == "Mo-Sa 08:00-20:00"
    assert sites["Атырауский НПЗ"].contact_phone == "+7 700 000 0001"  # an empty cell erases nothing
    assert sites["Рыбный рынок"].contact_phone == "+7 700 000 0003"


def test_an_empty_file_is_refused(db: Database, tmp_path: Path) -> None:
    for name, content in (
        ("empty.csv", b""),
        ("blank.csv", b"\r\n  \r\n"),
        ("header.csv", "Название;Адрес\r\n"),
    ):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        with pytest.raises(ValidationError) as refused:
            import_sites(UnitOfWork(db.sessions), path)
        assert "empty" in str(refused.value) or "no data rows" in str(refused.value)
    assert _count(db, Site) == 0


def test_files_that_are_not_spreadsheets_are_refused(db: Database, tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    archive = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "not a workbook")
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    for path, expected in ((png, "not a spreadsheet"), (archive, "not a spreadsheet"), (old_excel, ".xls")):
        with pytest.raises(ValidationError, match=expected.replace(".", r"\.")):
            import_sites(UnitOfWork(db.sessions), path)


def test_a_list_without_a_name_column_says_which_column_is_missing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Адрес", "Широта"], ["ул. Абая, 1", "47"]])
    with pytest.raises(ValidationError, match="no column for name") as caught:
        import_sites(UnitOfWork(db.sessions), path)
    message = str(caught.value)
    assert "'Адрес', 'Широта'" in message and "Rename that column's heading" in message
    assert "docs/" not in message  # an officer has no copy of the source repository


def _visit(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=1, participants=2, items=1))
        uow.commit()
    return visit_id


def test_participants_import_into_a_visit_and_match_by_name(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    path = write_xlsx(
        tmp_path / "people.xlsx",
        [
            ["ФИО", "Должность", "Сторона", "Протокольный ранг", "Языки", "E-mail", "Паспорт"],
            ["Бабушкин Игорь Юрьевич", "Губернатор", "гость", 1, "ru", "gov@example.invalid", "0000 000000"],
            ["Шапкенов Серик Жумангалиевич", "Аким", "принимающая", 1, "kk, ru", None, None],
            ["Участник 1 Қайратұлы", "Советник", "guest", 3.0, None, None, None],
        ],
    )
    report = import_participants(UnitOfWork(db.sessions), visit_id, path)
    assert (report.imported, report.matched, report.rejected) == (2, 1, 0)
    assert "Паспорт" in report.ignored  # passport numbers are never stored
    with UnitOfWork(db.sessions) as uow:
        found = uow.session.scalars(select(Participant).where(Participant.visit_id == visit_id))
        people = {p.full_name: SimpleNamespace(**row_dict(p)) for p in found}
    assert len(people) == 4
    head = people["Бабушкин Игорь Юрьевич"]
    assert (head.side, head.protocol_rank, head.languages, head.email) == (
        "guest",
        1,
        ["ru"],
        "gov@example.invalid",
    )
    assert (
        people["Шапкенов Серик Жумангалиевич"].side,
        people["Шапкенов Серик Жумангалиевич"].languages,
    ) == (
        "host",
        ["kk", "ru"],
    )
    assert (people["Участник 1 Қайратұлы"].title, people["Участник 1 Қайратұлы"].protocol_rank) == (
        "Советник",
        3,
    )


def test_participant_rows_with_problems_and_an_unknown_visit(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    path = write_csv(
        tmp_path / "people.csv",
        [
            ["Full name", "Side", "Rank"],
            ["A. Person", "visitor", "1"],
            ["B. Person", "host", "first"],
            ["", "", ""],
        ],
        ",",
    )
    report = import_participants(UnitOfWork(db.sessions), visit_id, path, dry_run=True)
    assert set(_where(report)) == {"row 2, column 'Side'", "row 3, column 'Rank'"}
    with pytest.raises(NotFoundError):
        import_participants(UnitOfWork(db.sessions), visit_id + 100, path)


def test_cli_exit_codes_and_json_counts(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db.url if not db.is_sqlite else str(db.path)
    if not db.is_sqlite:
        # the URL shown never holds the password; the test server's password comes from its URL
        from tests.conftest import POSTGRES_ENV

        pytest.importorskip("psycopg")
        target = _with_password(db.url, POSTGRES_ENV)
    bad = write_csv(tmp_path / "bad.csv", BAD)
    assert cli_main(["--db", target, "import-sites", str(bad), "--dry-run"]) == 1
    assert cli_main(["--db", target, "import-sites", str(bad)]) == 2
    capsys.readouterr()
    assert cli_main(["--db", target, "import-sites", str(bad), "--skip-bad-rows", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert (counts["imported"], counts["rejected"], counts["written"]) == (2, 4, True)
    assert len(counts["problems"]) == 5
    assert _count(db, Site) == 2


def _with_password(shown_url: str, env: str) -> str:
    import os

    from sqlalchemy.engine import make_url

    password = make_url(os.environ[env]).password
    return make_url(shown_url).set(password=password).render_as_string(hide_password=False)


def test_russian_opening_hours_spellings_become_osm_syntax(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hours.csv",
        [
            ["Название", "Режим работы"],
            ["Рынок", "Пн-Пт 9:00–18:00, Сб выходной"],
            ["Больница", "круглосуточно"],
            ["Музей", "ежедневно 10.00-19.00"],
        ],
    )
    import_sites(UnitOfWork(db.sessions), path)
    hours = {name: site.opening_hours for name, site in _sites(db).items()}
    assert hours == {"Рынок": "Mo-Fr 9:00-18:00; Sa off", "Больница": "24/7", "Музей": "Mo-Su 10:00-19:00"}


def test_the_documented_headers_are_the_ones_the_importer_reads() -> None:
    from planner.interchange.tabular import PARTICIPANT_COLUMNS, SITE_COLUMNS, column_docs

    doc = (Path(__file__).resolve().parents[2] / "docs" / "import-columns.md").read_text("utf-8")
    for columns in (SITE_COLUMNS, PARTICIPANT_COLUMNS):
        for key, names, required in column_docs(columns):
            assert f"| `{key}` | {names} | {'yes' if required else ''} |" in doc


def test_every_documented_duration_spelling_imports(db: Database, tmp_path: Path) -> None:
    """docs/import-columns.md: minutes, ``1:30``, ``1 ч 30 мин`` (and hours alone) all give minutes."""
    path = write_csv(
        tmp_path / "durations.csv",
        [
            ["Название", "Длительность"],
            ["Музей", "45"],
            ["Рынок", "1:30"],
            ["Порт", "1 ч"],
            ["Завод", "1 ч 30 мин"],
            ["Парк", "2h"],
            ["Театр", "40 мин"],
        ],
    )
    report = import_sites(UnitOfWork(db.sessions), path)
    assert (report.imported, report.rejected, report.problems) == (6, 0, ())
    durations = {name: site.usual_duration_min for name, site in _sites(db).items()}
    assert durations == {"Музей": 45, "Рынок": 90, "Порт": 60, "Завод": 90, "Парк": 120, "Театр": 40}


def test_a_duration_that_is_not_whole_minutes_is_refused_with_its_row(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "durations.csv", [["Название", "Длительность"], ["Мечеть", "1,5"]])
    report = import_sites(UnitOfWork(db.sessions), path, dry_run=True)
    assert [(p.where, p.reason) for p in report.problems] == [
        ("row 2, column 'Длительность'", "'1,5' is not a duration between 1 and 1440 whole minutes")
    ]
