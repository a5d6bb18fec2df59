"""Lists out (participants, sites, itinerary as CSV and XLSX) and back in through the importer."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.services.data_exchange import export_list, import_participants, import_sites
from tests.support.synthetic import synthetic_visit


def _visit(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=5, participants=6, items=10))
        person = uow.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).first()
        assert person is not None
        person.email, person.phone = "guest@example.invalid", "+7 700 111 2233"
        uow.commit()
    return visit_id


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def _read_xlsx(path: Path) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def test_itinerary_xlsx_has_real_dates_and_times_in_the_host_zone(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    path = tmp_path / "itinerary.xlsx"
    assert export_list(UnitOfWork(db.sessions), "itinerary", visit_id, path) == 10
    rows = _read_xlsx(path)
    with UnitOfWork(db.sessions) as uow:
        items = visit_items(uow, visit_id)
    assert rows[0][:4] == ("date", "start", "end", "title")
    first = rows[1]
    # openpyxl reads a date cell back as a datetime at midnight and a time cell as a time
    assert isinstance(first[0], datetime) and first[0].date() == date(2023, 5, 11)
    assert first[1] == time(6, 0) and first[3] == items[0].title
    assert [r[3] for r in rows[1:]] == [i.title for i in items]


def test_participants_leave_out_private_fields_unless_asked(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    plain, private = tmp_path / "people.csv", tmp_path / "people-private.csv"
    export_list(UnitOfWork(db.sessions), "participants", visit_id, plain)
    export_list(UnitOfWork(db.sessions), "participants", visit_id, private, include_private=True)
    plain_text, private_text = plain.read_text("utf-8-sig"), private.read_text("utf-8-sig")
    assert "guest@example.invalid" not in plain_text and "+7 700 111 2233" not in plain_text
    assert "email" not in _read_csv(plain)[0]
    assert "guest@example.invalid" in private_text and "+7 700 111 2233" in private_text
    rows = _read_csv(plain)
    assert [r[1] for r in rows[1:]] == sorted(r[1] for r in rows[1:])  # guests, then hosts


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_sites_and_people_import_back_as_matches(db: Database, tmp_path: Path, suffix: str) -> None:
    visit_id = _visit(db)
    sites, people = tmp_path / f"sites{suffix}", tmp_path / f"people{suffix}"
    assert export_list(UnitOfWork(db.sessions), "sites", visit_id, sites) == 5
    export_list(UnitOfWork(db.sessions), "participants", visit_id, people, include_private=True)
    report = import_sites(UnitOfWork(db.sessions), sites)
    assert (report.imported, report.matched, report.rejected) == (0, 5, 0)
    report = import_participants(UnitOfWork(db.sessions), visit_id, people)
    assert (report.imported, report.matched, report.rejected) == (0, 6, 0)


def test_cli_export_list_and_unknown_extension(sqlite_db: Database, tmp_path: Path) -> None:
    visit_id = _visit(sqlite_db)
    base = ["--db", str(sqlite_db.path), "export-list"]
    assert cli_main([*base, "sites", str(visit_id), "-o", str(tmp_path / "s.xlsx")]) == 0
    assert len(_read_xlsx(tmp_path / "s.xlsx")) == 6
    assert cli_main([*base, "sites", str(visit_id), "-o", str(tmp_path / "s.pdf")]) == 2
