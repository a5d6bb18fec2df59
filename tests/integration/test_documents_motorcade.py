"""The motorcade manifest and arrivals / departures (issue 13, item 3): the documents read back from the
PDF, and how a person travels in the model, the service, the visit file, the spreadsheet import and the
migration. (Timings: ``bench/bench_cards.py``; a shared machine makes them no test's business.)"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from planner.cli import main
from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import export_visit
from planner.persistence.db import Database
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from planner.services.data_exchange import import_participants
from planner.services.participants import update_participant
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    font_dictionaries,
    hostile_visit,
    in_order,
    load,
    page_texts,
    sample_file,
    squash,
)
from tests.integration.test_import_tabular import write_csv

RU = DocumentSettings(language="ru")


def _ids(db: Database, visit_id: int) -> dict[str, int]:
    """Participant ids by the sample file's keys (P01...), which follow the file's order."""
    with db.sessions() as s:
        ids = s.scalars(
            select(Participant.id).where(Participant.visit_id == visit_id).order_by(Participant.id)
        )
        return {f"P{n:02d}": pid for n, pid in enumerate(ids, start=1)}


def _name(data: dict[str, Any], key: str, lang: str = "ru") -> str:
    person = next(p for p in data["participants"] if p["key"] == key)
    return (person.get("name_i18n") or {}).get(lang) or person["full_name"]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_motorcade_car_by_car_in_column_order_with_driver_and_passengers_by_precedence(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.motorcade_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    whole = "".join(page_texts(pdf))
    caption = {"ru": "Автомобиль № {n}", "kk": "№ {n} көлік", "en": "Car No. {n}"}[lang]
    # the cars in the order of the file (the column), each with its driver's phone
    found = in_order(
        whole,
        [
            part
            for n, v in enumerate(data["vehicles"], start=1)
            for part in (caption.format(n=n), v["plate"], v["driver_phone"])
        ],
    )
    assert all(at >= 0 for at in found), found
    # the governor's car: the governor, then his security officer, then the interpreter (by precedence)
    governor = data["vehicles"][1]
    order = sorted(governor["passengers"], key=lambda s: s["participant"])
    names = [_name(data, s["participant"], lang) for s in order]
    start = squash(whole).find(squash(governor["plate"]))
    assert all(at >= 0 for at in in_order(squash(whole)[start:], names))
    assert {"ru": "Поездки", "kk": "Сапарлар", "en": "Legs"}[lang] in whole
    for font in font_dictionaries(pdf):
        assert "DejaVuSans" in str(font["/BaseFont"]) and "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_arrivals_of_the_sample_come_from_the_arrival_item_and_name_who_meets(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.arrivals_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    whole = "".join(page_texts(pdf))
    guests = sorted(
        (p for p in data["participants"] if p["side"] == "guest"), key=lambda p: p["protocol_rank"]
    )
    arrivals, departures = (
        {"ru": "Прибытие", "kk": "Келуі", "en": "Arrivals"}[lang],
        {"ru": "Убытие", "kk": "Кетуі", "en": "Departures"}[lang],
    )
    split = squash(whole).rfind(squash(departures))
    first, second = squash(whole)[:split], squash(whole)[split:]
    assert squash(arrivals) in first
    for part in (first, second):
        # every guest, in precedence (they all arrive together), met by the host responsible for the item
        assert all(at >= 0 for at in in_order(part, [_name(data, p["key"], lang) for p in guests]))
    assert "08:30" in whole and "19:30" in whole
    assert squash(_name(data, "P35", lang)) in first
    # hosts have no arrival of their own in the sample: not listed
    assert squash(_name(data, "P23", lang)) not in squash(whole)


def test_a_persons_flight_number_and_meeter_print_and_sort_by_time(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    ids = _ids(db, visit_id)
    update_participant(
        UnitOfWork(db.sessions),
        ids["P05"],
        {
            "arrival_mode": "flight",
            "arrival_number": "KC 941",
            "arrival_meeter_id": ids["P24"],
            "departure_mode": "train",
            "departure_number": "№ 065Ж",
            "departure_meeter": HOSTILE_NAME,
        },
    )
    # a host with an arrival of their own is listed too
    update_participant(UnitOfWork(db.sessions), ids["P27"], {"arrival_mode": "car", "arrival_meeter": "Әсет"})
    pdf = service.arrivals_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"))
    whole = "".join(page_texts(pdf))
    assert in_order(whole, ["Flight", "KC 941", _name(data, "P24", "en")])[-1] >= 0
    assert in_order(whole, ["Train", "№ 065Ж", HOSTILE_NAME])[-1] >= 0
    assert squash(_name(data, "P27", "en")) in squash(whole) and "Әсет" in whole


def test_the_service_refuses_an_unknown_mode_and_a_meeter_from_elsewhere(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    ids = _ids(db, visit_id)
    for changes, field in (
        ({"arrival_mode": "balloon"}, "arrival_mode"),
        ({"arrival_meeter_id": 999999}, "arrival_meeter_id"),
        ({"departure_meeter_id": ids["P05"]}, "departure_meeter_id"),
    ):
        with pytest.raises(ValidationError) as caught:
            update_participant(UnitOfWork(db.sessions), ids["P05"], changes)
        assert field in str(caught.value) or any(p.where == field for p in caught.value.problems)
    with db.sessions() as s:
        person = s.get(Participant, ids["P05"])
        assert person is not None and person.arrival_mode == "" and person.departure_meeter_id is None


def test_the_visit_file_carries_how_people_travel_and_older_files_import_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    ids = _ids(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        before = export_visit(uow, visit_id)
    # the sample file has none of it: its participants export exactly the fields they had
    assert not any(k.startswith(("arrival", "departure")) for p in before["participants"] for k in p)
    update_participant(
        UnitOfWork(db.sessions),
        ids["P02"],
        {"arrival_mode": "flight", "arrival_number": "SU 1234", "arrival_meeter_id": ids["P25"]},
    )
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    person = next(p for p in exported["participants"] if p["full_name"] == "Морозов Андрей Викторович")
    assert person["arrival_mode"] == "flight" and person["arrival_number"] == "SU 1234"
    meeter = next(p for p in exported["participants"] if p["key"] == person["arrival_meeter_key"])
    assert meeter["full_name"] == "Жұмағалиев Асқар Маратұлы"
    again = load(UnitOfWork(db.sessions), copy.deepcopy(exported))
    with UnitOfWork(db.sessions) as uow:
        assert export_visit(uow, again)["participants"] == exported["participants"]
    broken = copy.deepcopy(exported)
    next(p for p in broken["participants"] if p["key"] == person["key"])["arrival_meeter_key"] = "P999"
    with pytest.raises(ValidationError, match="P999"):
        load(UnitOfWork(db.sessions), broken)


def test_the_spreadsheet_columns_import_mode_number_and_meeter(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    ids = _ids(db, visit_id)
    path = write_csv(
        tmp_path / "people.csv",
        [
            ["ИД", "ФИО", "Способ прибытия", "Рейс прибытия", "Кто встречает", "Убытие", "Рейс убытия"],
            [ids["P03"], "Ковалёва Ирина Сергеевна", "самолёт", "KC 942", "Әсел & <Co>", "поезд", "065Ж"],
        ],
    )
    report = import_participants(UnitOfWork(db.sessions), visit_id, path)
    assert report.rejected == 0, report.problems
    with db.sessions() as s:
        person = s.get(Participant, ids["P03"])
        assert person is not None
        assert (person.arrival_mode, person.arrival_number, person.arrival_meeter) == (
            "flight",
            "KC 942",
            "Әсел & <Co>",
        )
        assert (person.departure_mode, person.departure_number) == ("train", "065Ж")
    bad = write_csv(
        tmp_path / "bad.csv", [["ФИО", "Способ прибытия"], ["Ковалёва Ирина Сергеевна", "верблюд"]]
    )
    report = import_participants(UnitOfWork(db.sessions), visit_id, bad, dry_run=True)
    assert report.rejected == 1 and "flight, train, car or other" in report.problems[0].reason


def test_migration_0009_keeps_the_data_both_ways(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    ids = _ids(db, visit_id)
    update_participant(UnitOfWork(db.sessions), ids["P02"], {"arrival_number": "SU 1"})
    people = text("SELECT count(*), min(full_name), max(title) FROM participants")
    with db.engine.connect() as conn:
        before = conn.execute(people).one()
    config = _alembic_config(db.engine)
    command.downgrade(config, "0007")
    with db.engine.connect() as conn:
        assert conn.execute(people).one() == before
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(participants)"))}
        assert not {"arrival_number", "arrival_meeter_id", "departure_mode"} & columns
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert conn.execute(people).one() == before
        found = conn.execute(
            text("SELECT max(arrival_number), max(arrival_meeter_id) FROM participants")
        ).one()
        assert tuple(found) == ("", None)


def test_hostile_names_print_literally_in_the_motorcade_and_arrivals(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    for build in (service.motorcade_pdf, service.arrivals_pdf):
        whole = "".join(page_texts(build(UnitOfWork(db.sessions), visit_id, RU)))
        assert squash(HOSTILE_NAME) in squash(whole)
        assert "&amp;" not in whole


def test_the_command_line_prints_the_new_kinds_and_refuses_options_they_do_not_take(
    sample_db: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit_id = sample_db

    def run(*args: str) -> int:
        return main(["--db", str(db.path), "print", *args], out=io.StringIO())

    out = tmp_path / "badges.pdf"
    assert (
        run("badges", str(visit_id), "-o", str(out), "--qr", "--second-language", "en", "--band", "role") == 0
    )
    assert "Igor Babushkin" in page_texts(out.read_bytes())[0]
    assert run("place-cards", str(visit_id), "-o", str(tmp_path / "cards.pdf"), "--lang", "kk") == 0
    for argv, message in (
        (["programme", "--qr"], "--qr applies to badges"),
        (["motorcade", "--second-language", "kk"], "--second-language applies to place-cards and badges"),
        (["car-placards", "--landscape"], "car-placards has a fixed layout"),
    ):
        assert run(argv[0], str(visit_id), "-o", str(tmp_path / "x.pdf"), *argv[1:]) == 2
        assert message in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["motorcade", "transport"])
def test_the_first_drive_of_a_day_prints_no_made_up_departure(
    sample_db: tuple[Database, int], kind: str
) -> None:
    """Where a car comes from before its first item of the day is not known: the sheet says "—" where it
    used to print the item's start as the departure (08:30 → arrives 08:30); later legs keep their time."""
    db, visit_id = sample_db
    build = service.motorcade_pdf if kind == "motorcade" else service.transport_pdf
    pdf = build(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"))
    # pypdf reads a table cell by cell, one line each: the departure is the cell before the route
    cells = "\n".join(page_texts(pdf)).splitlines()
    firsts = [n for n, cell in enumerate(cells) if cell.startswith("start of day")]
    assert len(firsts) >= 2, cells[:40]  # every car's first drive of each day it drives
    assert all(cells[n - 1] == "—" for n in firsts), [cells[n - 1] for n in firsts]
    departures = [
        cells[n - 1] for n, cell in enumerate(cells) if "→" in cell and not cell.startswith("start of day")
    ]
    assert kind == "transport" or any(len(d) == 5 and d[2] == ":" for d in departures), departures[:5]


def _right_ends(pdf: bytes, needle: str) -> tuple[float, list[float]]:
    """The page width and where each run of text holding ``needle`` ends on page 1 (its start plus its
    width in the regular font at the size it is drawn)."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from planner.documents.fonts import REGULAR

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    ends: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if needle in text:
            x = tm[4] * cm[0] + cm[4]
            ends.append(x + stringWidth(text.rstrip("\n"), REGULAR, size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.width), ends


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_all_passengers_stays_inside_its_column(sample_db: tuple[Database, int], lang: str) -> None:
    """'Барлық жолаушылар (3)' ran over the right edge of the legs table (drawn as is, never wrapped);
    it wraps in its column now, like a list of names."""
    db, visit_id = sample_db
    pdf = service.motorcade_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    needle = {"ru": "пассажиры", "kk": "жолаушылар", "en": "passengers"}[lang]
    width, ends = _right_ends(pdf, needle)
    assert ends, "no legs on the first page"
    right_edge = width - 15 * 72 / 25.4 - 3  # the body's right margin, less the cell's padding
    assert max(ends) <= right_edge, (max(ends), right_edge)
