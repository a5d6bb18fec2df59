"""Cars' names in other languages (migration 0014): a car's label, driver and notes in ru, kk and en, kept
by the migration, checked by the vehicles service, carried in the visit file, listed when missing, and
printed in the document's language (transport plan, motorcade, placards, itineraries, notices), with the
typed value where there is no translation."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, ItineraryItem, Participant, Vehicle
from planner.persistence.uow import UnitOfWork
from planner.queries.programme_versions import DRIVER, changes_since, programme_version
from planner.queries.scheduling_input import load_facts
from planner.queries.translations import NameField, missing_translations
from planner.queries.vehicles import visit_vehicles
from planner.services import printing
from planner.services.itinerary import move_item
from planner.services.vehicles import add_vehicle, update_vehicle
from tests.integration.test_documents_support import (
    hostile_visit,
    load,
    page_texts,
    sample_file,
    squash,
)

EN, KK, RU = (DocumentSettings(language=lang) for lang in ("en", "kk", "ru"))
GOVERNOR_CAR = "Автомобиль Губернатора Астраханской области"


def _car(data: dict[str, Any], label: str) -> dict[str, Any]:
    return next(v for v in data["vehicles"] if v["label"] == label)


def _car_id(db: Database, visit_id: int, label: str) -> int:
    with db.sessions() as s:
        found = s.scalar(select(Vehicle.id).where(Vehicle.visit_id == visit_id, Vehicle.label == label))
    assert found is not None
    return found


def _text(pdf: bytes) -> str:
    return squash("\n".join(page_texts(pdf)))


# -------------------------------------------------------------------------------------- the database


def test_migration_0014_keeps_every_car_and_its_passengers_both_ways(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    cars = text(
        "SELECT id, label, driver_name, plate, seats, notes, motorcade_position FROM vehicles ORDER BY id"
    )
    seats = text("SELECT count(*) FROM seatings")
    with db.engine.connect() as conn:
        before, seated = conn.execute(cars).all(), conn.execute(seats).scalar()
    assert before and seated
    config = _alembic_config(db.engine)
    command.downgrade(config, "0013")
    with db.engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(vehicles)"))}
        assert not {"label_i18n", "driver_name_i18n", "notes_i18n"} & columns
        assert conn.execute(cars).all() == before and conn.execute(seats).scalar() == seated
    # up from 0013 with the cars there: each keeps its data, with no translation yet
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert conn.execute(cars).all() == before and conn.execute(seats).scalar() == seated
        maps = conn.execute(text("SELECT label_i18n, driver_name_i18n, notes_i18n FROM vehicles")).all()
    assert {json.dumps([json.loads(m) for m in row]) for row in maps} == {"[{}, {}, {}]"}
    # an English document prints the typed names until a translation is given
    printed = _text(printing.transport_pdf(UnitOfWork(db.sessions), visit_id, EN))
    assert squash(GOVERNOR_CAR) in printed


# -------------------------------------------------------------------------------------- the service


def test_the_service_keeps_trimmed_translations_and_undo_puts_back_the_old(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    created = add_vehicle(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "label": "Машина № 1 & <запас>",
            "label_i18n": {"en": "  Car No. 1 & <spare> ", "kk": "  "},
            "driver_name": "Әсет Қалиев",
            "driver_name_i18n": {"en": "Aset Kaliyev"},
        },
    )
    with db.sessions() as s:
        car = s.get(Vehicle, created.id)
        assert car is not None
        # trimmed, the blank Kazakh line left out
        assert car.label_i18n == {"en": "Car No. 1 & <spare>"}
        assert (car.driver_name_i18n, car.notes_i18n) == ({"en": "Aset Kaliyev"}, {})
    changed = update_vehicle(
        UnitOfWork(db.sessions),
        created.id,
        {"label_i18n": {"en": "Car No. 1 & <spare>", "kk": "№ 1 көлік"}, "notes_i18n": {"en": "Spare"}},
        created.version,
    )
    assert changed.old == {"label_i18n": {"en": "Car No. 1 & <spare>"}, "notes_i18n": {}}
    with db.sessions() as s:
        logged = {
            row.field
            for row in s.scalars(
                select(ChangeLog).where(ChangeLog.table_name == "vehicles", ChangeLog.record_id == created.id)
            )
        }
    assert {"label_i18n", "notes_i18n"} <= logged  # every write leaves its change-log row
    # undo: the verb again with the old maps
    update_vehicle(UnitOfWork(db.sessions), created.id, changed.old, changed.version)
    with UnitOfWork(db.sessions) as uow:
        row = next(r for r in visit_vehicles(uow, visit_id) if r.id == created.id)
    assert (row.label_i18n, row.driver_name_i18n, row.notes_i18n) == (
        {"en": "Car No. 1 & <spare>"},
        {"en": "Aset Kaliyev"},
        {},
    )


@pytest.mark.parametrize(
    ("changes", "field", "said"),
    [
        ({"label_i18n": {"de": "Wagen 1"}}, "label_i18n", "'de' is not a language of the documents"),
        ({"driver_name_i18n": {"en": 7}}, "driver_name_i18n", "the en text is not text"),
        ({"notes_i18n": "Spare car"}, "notes_i18n", "map of language code to text"),
        ({"label_i18n": {"en": "Car \u202eNo. 1"}}, "label_i18n", "U+202E"),
    ],
)
def test_a_bad_translation_is_refused_naming_its_field_and_nothing_changes(
    db: Database, changes: dict[str, Any], field: str, said: str
) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    car = add_vehicle(UnitOfWork(db.sessions), visit_id, {"label": "Машина", "label_i18n": {"en": "Car"}})
    with pytest.raises(ValidationError) as caught:
        update_vehicle(UnitOfWork(db.sessions), car.id, changes, car.version)
    assert [p.where for p in caught.value.problems] == [field] and said in str(caught.value)
    with pytest.raises(ValidationError):
        add_vehicle(UnitOfWork(db.sessions), visit_id, {"label": "Другая", **changes})
    with db.sessions() as s:
        cars = s.scalars(select(Vehicle).where(Vehicle.visit_id == visit_id, Vehicle.label.like("%Машина%")))
        assert [(v.label, v.label_i18n, v.driver_name_i18n, v.notes_i18n, v.version) for v in cars] == [
            ("Машина", {"en": "Car"}, {}, {}, car.version)
        ]
        assert s.scalar(select(Vehicle.id).where(Vehicle.label == "Другая")) is None


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_the_cars_names_and_an_older_file_imports_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    governor = _car(exported, GOVERNOR_CAR)
    assert governor["label_i18n"] == _car(data, GOVERNOR_CAR)["label_i18n"]
    assert governor["driver_name_i18n"] == {"kk": "Соколов Виктор Иванович", "en": "Viktor Sokolov"}
    assert governor["notes_i18n"]["en"].startswith("Came with the motorcade")
    # round trip: the second export is the first
    again = load(UnitOfWork(db.sessions), json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert export_visit(uow, again)["vehicles"] == exported["vehicles"]
    # a file written before the maps existed: its cars come in as they were, with no translation
    older = copy.deepcopy(exported)
    for car in older["vehicles"]:
        for name in ("label_i18n", "driver_name_i18n", "notes_i18n"):
            del car[name]
    old_id = load(UnitOfWork(db.sessions), older)
    with UnitOfWork(db.sessions) as uow:
        rows = visit_vehicles(uow, old_id)
    assert sorted((r.label, r.driver_name, r.notes) for r in rows) == sorted(
        (v["label"], v["driver_name"], v["notes"]) for v in exported["vehicles"]
    )
    assert all((r.label_i18n, r.driver_name_i18n, r.notes_i18n) == ({}, {}, {}) for r in rows)
    # a translation into a language no document has is refused with its place, nothing imported
    bad = copy.deepcopy(exported)
    bad["vehicles"][0]["driver_name_i18n"] = {"de": "Fahrer"}
    with pytest.raises(ValidationError) as caught:
        load(UnitOfWork(db.sessions), bad)
    assert "driver_name_i18n" in str(caught.value)


# -------------------------------------------------------------------------------------- documents


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_the_transport_plan_and_the_motorcade_name_the_cars_in_their_language(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    settings = DocumentSettings(language=lang)
    cars = sample_file()["vehicles"]
    for build in (printing.transport_pdf, printing.motorcade_pdf):
        printed = _text(build(UnitOfWork(db.sessions), visit_id, settings))
        for car in cars:
            assert squash(car["label_i18n"][lang]) in printed, (build.__name__, car["key"])
            assert squash(car["driver_name_i18n"][lang]) in printed, (build.__name__, car["key"])
            if car.get("notes"):
                assert squash(car["notes_i18n"][lang]) in printed
            if lang == "en":
                # no Russian line of the car's: its label, its driver (unless the same) or its notes
                for typed in (car["label"], car["driver_name"], car.get("notes", "")):
                    assert not typed or squash(typed) not in printed, (build.__name__, typed)
    placards = _text(printing.car_placards_pdf(UnitOfWork(db.sessions), visit_id, settings))
    for car in cars:
        assert squash(car["label_i18n"][lang]) in placards


def test_the_russian_documents_keep_the_typed_names(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    printed = _text(printing.transport_pdf(UnitOfWork(db.sessions), visit_id, RU))
    assert squash(GOVERNOR_CAR) in printed and squash("Соколов Виктор Иванович") in printed
    assert squash("Car of the Governor") not in printed


def test_a_car_without_a_translation_prints_as_typed(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    car = _car_id(db, visit_id, GOVERNOR_CAR)
    update_vehicle(UnitOfWork(db.sessions), car, {"label_i18n": {"kk": "Губернатор көлігі"}})
    printed = _text(printing.motorcade_pdf(UnitOfWork(db.sessions), visit_id, EN))
    assert squash(GOVERNOR_CAR) in printed and squash("Viktor Sokolov") in printed


def test_a_personal_itinerary_in_english_names_the_car_and_its_driver_in_english(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    governor = _car(data, GOVERNOR_CAR)
    head = governor["passengers"][0]["participant"]
    index = next(n for n, p in enumerate(data["participants"]) if p["key"] == head)
    with db.sessions() as s:
        ids = list(
            s.scalars(select(Participant.id).where(Participant.visit_id == visit_id).order_by(Participant.id))
        )
    pdf = printing.itinerary_pdf(UnitOfWork(db.sessions), visit_id, EN, participant_ids=[ids[index]])
    printed = _text(pdf)
    assert squash(governor["label_i18n"]["en"]) in printed and squash("Viktor Sokolov") in printed
    assert squash(GOVERNOR_CAR) not in printed and squash("Соколов") not in printed


def test_a_notice_in_english_names_the_driver_and_the_car_in_english(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """A moved item: the drivers told of it, the car lines of the participants' notices, and the Today
    window's list of who is affected (the same reader) name the car and the driver in the language."""
    from planner.services.versions import write_notices

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        since = programme_version(uow, visit_id)
        # the governor's car takes him to his talks with the akim
        talks = uow.session.scalar(
            select(ItineraryItem).where(
                ItineraryItem.visit_id == visit_id,
                ItineraryItem.title == "Переговоры в расширенном составе с участием делегаций",
            )
        )
        assert talks is not None
        talks_id, start = talks.id, talks.starts_at
    move_item(UnitOfWork(db.sessions), talks_id, start + timedelta(minutes=10))
    with UnitOfWork(db.sessions) as uow:
        changes = changes_since(uow, visit_id, since, "en")
    drivers = {r.name: r.detail for r in changes.of_kind(DRIVER)}
    assert "Viktor Sokolov" in drivers and drivers["Viktor Sokolov"].startswith("Car of the Governor")
    every_car_line = [c.new_vehicle for r in changes.recipients for c in r.changes if c.new_vehicle]
    assert every_car_line and not [line for line in every_car_line if "Автомобиль" in line]
    folder = tmp_path / "en"
    settings = DocumentSettings(language="en", printed_on=date(2023, 5, 11))
    write_notices(UnitOfWork(db.sessions), visit_id, since, folder, settings)
    car = _car_id(db, visit_id, GOVERNOR_CAR)
    notice = next(folder.glob(f"driver-{car}-notice-v*.pdf"))
    page = squash(" ".join(p.extract_text() for p in PdfReader(notice).pages))
    assert squash("Viktor Sokolov") in page and squash("Car of the Governor of Astrakhan Region") in page
    assert squash("Соколов") not in page and squash(GOVERNOR_CAR) not in page


def test_conflict_sentences_name_a_car_in_the_asked_language(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    car = _car_id(db, visit_id, GOVERNOR_CAR)
    with db.sessions() as s:
        assert load_facts(s, visit_id, "en").vehicles[car] == "Car of the Governor of Astrakhan Region"
        assert load_facts(s, visit_id).vehicles[car] == GOVERNOR_CAR


def test_the_missing_list_names_a_cars_untranslated_names(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    with db.sessions() as s:
        s.execute(Vehicle.__table__.delete().where(Vehicle.visit_id == visit_id))
        s.commit()
    add_vehicle(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "label": "Резервный автомобиль",
            "label_i18n": {"kk": "Қосалқы көлік"},
            "driver_name": "Калиев Нурлан",
            "notes": "24/7",
        },
    )
    with UnitOfWork(db.sessions) as uow:
        kk = [(r.field, r.text) for r in missing_translations(uow, visit_id, "kk") if r.record == "vehicle"]
        en = [(r.field, r.owner) for r in missing_translations(uow, visit_id, "en") if r.record == "vehicle"]
    assert kk == [(NameField.DRIVER_NAME, "Калиев Нурлан")]
    assert en == [
        (NameField.VEHICLE_LABEL, "Резервный автомобиль"),
        (NameField.DRIVER_NAME, "Резервный автомобиль"),
    ]
