"""Every printed name in ru, kk and en (issue 12, item 4): stored, exchanged in the visit file and the
spreadsheets, printed in kk and en documents, and listed when a translation is missing."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from planner.cli import main
from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.translations import NameField, missing_translations
from planner.services.data_exchange import export_list, import_participants, import_sites
from planner.services.printing import programme_pdf
from planner.services.translations import update_visit_names
from planner.services.visits import import_data
from tests.integration.test_documents_support import page_texts, squash
from tests.integration.test_import_tabular import write_csv
from tests.support.synthetic import synthetic_visit

HOST_RU, HOST_KK = "Акимат Атырауской области", "Атырау облысының әкімдігі"


def translated_visit() -> dict[str, Any]:
    """A small visit whose every printed name is typed in Russian and translated into kk and en (names
    carry markup characters and Kazakh letters)."""
    data = synthetic_visit(sites=2, participants=2, items=3, days=1, groups=1)
    data["delegation"].update(
        name="Делегация Астраханской области",
        name_i18n={"kk": "Астрахан облысының делегациясы", "en": "Astrakhan Region delegation"},
        home_region="Астраханская область",
        home_region_i18n={"kk": "Астрахан облысы", "en": "Astrakhan Region"},
    )
    data["visit"].update(
        title="Визит в Атыраускую область",
        title_i18n={"kk": "Атырау облысына сапар", "en": "Visit to Atyrau Region"},
        host_region="Атырауская область",
        host_region_i18n={"kk": "Атырау облысы", "en": "Atyrau Region"},
        host_organisation=HOST_RU,
        host_organisation_i18n={"kk": HOST_KK, "en": "Akimat of Atyrau Region"},
        arrival_mode="Автоколонна по трассе",
        arrival_mode_i18n={"kk": "Тас жол бойымен автоколонна", "en": "Motorcade along the highway"},
    )
    for n, site in enumerate(data["sites"], 1):
        site.update(
            name=f"Музей «Ата & Ана» №{n}",
            name_i18n={"kk": f"«Ата & Ана» мұражайы №{n}", "en": f"“Ata & Ana” museum No. {n}"},
            category="музей",
            category_i18n={"kk": "мұражай", "en": "museum"},
            address=f"г. Атырау, улица Абая, {n}",
            address_i18n={"kk": f"Атырау қ., Абай көшесі, {n}", "en": f"{n} Abai Street, Atyrau"},
        )
    for n, person in enumerate(data["participants"], 1):
        person.update(
            full_name=f"Иванов Иван {n}",
            name_i18n={"kk": f"Иванов Иван {n} (қонақ)", "en": f"Ivan Ivanov {n}"},
            title="Министр",
            title_i18n={"kk": "Министрі", "en": "Minister"},
            organisation="Правительство <области>",
            organisation_i18n={"kk": "Облыс үкіметі", "en": "Regional government"},
        )
    data["groups"][0].update(name="Официальная группа", name_i18n={"kk": "Ресми топ", "en": "Official group"})
    for n, item in enumerate(data["itinerary"], 1):
        item.update(
            title=f"Посещение музея {n}",
            title_i18n={"kk": f"Мұражайға бару {n}", "en": f"Museum visit {n}"},
            notes="Встречает директор",
            notes_i18n={"kk": "Директор қарсы алады", "en": "Met by the director"},
        )
    last = data["itinerary"][-1]
    last.update(
        site=None,
        location="Площадь у реки",
        location_i18n={"kk": "Өзен жағасындағы алаң", "en": "River square"},
    )
    return data


def _load(db: Database, data: dict[str, Any]) -> int:
    return import_data(UnitOfWork(db.sessions), copy.deepcopy(data)).id


def _typed_and_kk(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(typed value, Kazakh text) of every translated name in a visit-file dict."""
    pairs = []

    def walk(row: dict[str, Any]) -> None:
        for key, value in row.items():
            if key.endswith("_i18n") and value.get("kk"):
                base = "full_name" if key == "name_i18n" and "full_name" in row else key[: -len("_i18n")]
                pairs.append((row[base], value["kk"]))

    walk(data["delegation"])
    walk(data["visit"])
    for part in ("sites", "participants", "groups", "itinerary"):
        for row in data[part]:
            walk(row)
    return pairs


# -------------------------------------------------------------------------------------- the database


def test_migration_0007_keeps_the_data_both_ways(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    query = text("SELECT count(*), min(address) FROM sites")
    people = text("SELECT count(*), min(organisation) FROM participants")
    with db.engine.connect() as conn:
        before = conn.execute(query).one(), conn.execute(people).one()
    config = _alembic_config(db.engine)
    command.downgrade(config, "0005")
    with db.engine.connect() as conn:
        assert (conn.execute(query).one(), conn.execute(people).one()) == before
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(sites)"))}
        assert "address_i18n" not in columns and "category_i18n" not in columns
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert (conn.execute(query).one(), conn.execute(people).one()) == before
        maps = conn.execute(
            text("SELECT host_organisation_i18n, arrival_mode_i18n FROM visits WHERE id = :v"),
            {"v": visit_id},
        ).one()
        assert [json.loads(m) for m in maps] == [{}, {}]
        assert json.loads(conn.execute(text("SELECT max(address_i18n) FROM sites")).scalar_one()) == {}


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_every_translation_and_an_older_file_imports_unchanged(db: Database) -> None:
    data = translated_visit()
    visit_id = _load(db, data)
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    assert exported["visit"]["host_organisation_i18n"] == {"kk": HOST_KK, "en": "Akimat of Atyrau Region"}
    assert exported["delegation"]["home_region_i18n"]["kk"] == "Астрахан облысы"
    site = next(s for s in exported["sites"] if s["name"].endswith("№1"))
    assert site["address_i18n"]["kk"] == "Атырау қ., Абай көшесі, 1"
    assert site["category_i18n"] == {"kk": "мұражай", "en": "museum"}
    assert exported["participants"][0]["organisation_i18n"]["en"] == "Regional government"
    assert exported["itinerary"][-1]["location_i18n"]["kk"] == "Өзен жағасындағы алаң"
    assert exported["itinerary"][0]["notes_i18n"]["en"] == "Met by the director"
    # round trip: the second export is the first
    again = _load(db, json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert dump_visit_json(export_visit(uow, again)).replace(
            exported["visit"]["title"], ""
        ) == dump_visit_json(exported).replace(exported["visit"]["title"], "")

    older = synthetic_visit(sites=2, participants=2, items=2, days=1, groups=1)
    older_id = _load(db, older)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, older_id)
        assert (
            visit is not None
            and visit.host_organisation_i18n == {}
            and visit.delegation.home_region_i18n == {}
        )


def test_a_translation_in_an_unknown_language_is_refused_with_its_place(db: Database) -> None:
    data = translated_visit()
    data["sites"][0]["address_i18n"] = {"de": "Abaistraße 1"}
    with pytest.raises(ValidationError) as caught:
        _load(db, data)
    assert "address_i18n" in str(caught.value)


# -------------------------------------------------------------------------------------- spreadsheets


def test_site_and_participant_lists_carry_translations_in_and_out(db: Database, tmp_path: Path) -> None:
    visit_id = _load(db, synthetic_visit(sites=0, participants=0, items=0, days=1, groups=0))
    sites = write_csv(
        tmp_path / "sites.csv",
        [
            [
                "Название",
                "Название (каз)",
                "Адрес",
                "Адрес (каз)",
                "address en",
                "Категория",
                "Категория (каз)",
            ],
            ["Музей", "Мұражай", "ул. Абая, 1", "Абай к-сі, 1", "1 Abai St", "музей", "мұражай"],
        ],
    )
    import_sites(UnitOfWork(db.sessions), sites)
    people = write_csv(
        tmp_path / "people.csv",
        [
            ["ФИО", "Должность", "Должность (каз)", "Организация", "Организация (каз)", "organisation en"],
            ["Иванов Иван", "Министр", "Министрі", "Правительство", "Үкімет", "Government"],
        ],
    )
    import_participants(UnitOfWork(db.sessions), visit_id, people)
    with UnitOfWork(db.sessions) as uow:
        site = uow.session.query(Site).one()
        person = uow.session.query(Participant).one()
        assert (site.name_i18n, site.address_i18n, site.category_i18n) == (
            {"kk": "Мұражай"},
            {"kk": "Абай к-сі, 1", "en": "1 Abai St"},
            {"kk": "мұражай"},
        )
        assert (person.title_i18n, person.organisation_i18n) == (
            {"kk": "Министрі"},
            {"kk": "Үкімет", "en": "Government"},
        )
    # an empty cell keeps what is there; a filled one adds its language
    again = write_csv(
        tmp_path / "again.csv",
        [["ФИО", "Организация (каз)", "organisation ru"], ["Иванов Иван", "", "Правительство РФ"]],
    )
    import_participants(UnitOfWork(db.sessions), visit_id, again)
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.query(Participant).one()
        assert person.organisation_i18n == {"kk": "Үкімет", "en": "Government", "ru": "Правительство РФ"}

    # the exported list names the columns the importer reads, so it goes out and back in
    out = tmp_path / "people-out.csv"
    export_list(UnitOfWork(db.sessions), "participants", visit_id, out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    for column in ("title_kk", "organisation_ru", "organisation_kk", "organisation_en"):
        assert column in header
    assert rows[1][header.index("organisation_kk")] == "Үкімет"
    assert "name_kk" not in header  # no one has a Kazakh name: no empty column
    with UnitOfWork(db.sessions) as uow:
        uow.session.query(Participant).one().organisation_i18n = {}
        uow.commit()
    import_participants(UnitOfWork(db.sessions), visit_id, out)
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.query(Participant).one().organisation_i18n["kk"] == "Үкімет"


# -------------------------------------------------------------------------------------- documents


def test_the_kazakh_programme_of_a_translated_visit_has_no_russian_line(db: Database) -> None:
    data = translated_visit()
    visit_id = _load(db, data)
    with UnitOfWork(db.sessions) as uow:
        assert missing_translations(uow, visit_id, "kk") == []
    pdf = programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="kk"))
    printed = squash("\n".join(page_texts(pdf)))
    assert squash(HOST_KK) in printed and squash(HOST_RU) not in printed
    for typed, kazakh in _typed_and_kk(data):
        if squash(typed) in squash(kazakh):
            continue  # the Kazakh text repeats the typed one (a name with a note after it)
        assert squash(typed) not in printed, typed
    for kazakh in (
        "Атырау облысы",
        "Абай көшесі",
        "Өзен жағасындағы алаң",
        "Директор қарсы алады",
        "Тас жол",
    ):
        assert squash(kazakh) in printed, kazakh
    # the Russian programme keeps the typed values
    russian = squash(
        "\n".join(page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings())))
    )
    assert squash(HOST_RU) in russian and squash("г. Атырау, улица Абая, 1") in russian


def test_an_untranslated_name_falls_back_to_its_typed_value(db: Database) -> None:
    data = translated_visit()
    data["visit"]["host_organisation_i18n"] = {"en": "Akimat of Atyrau Region"}
    visit_id = _load(db, data)
    pdf = programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="kk"))
    assert squash(HOST_RU) in squash("\n".join(page_texts(pdf)))


# -------------------------------------------------------------------------------------- missing list


def test_the_missing_list_names_exactly_the_untranslated_names(db: Database) -> None:
    data = translated_visit()
    data["visit"]["host_organisation_i18n"] = {"en": "Akimat of Atyrau Region"}
    data["sites"][0]["address_i18n"] = {}
    data["participants"][1]["organisation_i18n"] = {"kk": "Облыс үкіметі"}
    data["itinerary"][0]["notes_i18n"] = {}
    data["sites"][1]["category_i18n"] = {}  # not printed anywhere: not listed
    visit_id = _load(db, data)
    with UnitOfWork(db.sessions) as uow:
        kk = missing_translations(uow, visit_id, "kk")
        en = missing_translations(uow, visit_id, "en")
        ru = missing_translations(uow, visit_id, "ru")
    assert [(r.field, r.text) for r in kk] == [
        (NameField.HOST_ORGANISATION, HOST_RU),
        (NameField.SITE_ADDRESS, "г. Атырау, улица Абая, 1"),
        (NameField.ITEM_NOTES, "Встречает директор"),
    ]
    assert kk[1].owner == "Музей «Ата & Ана» №1" and kk[2].owner.endswith("Посещение музея 1")
    assert [(r.field, r.owner) for r in en] == [
        (NameField.PERSON_ORGANISATION, "Иванов Иван 2"),
        (NameField.SITE_ADDRESS, "Музей «Ата & Ана» №1"),
        (NameField.ITEM_NOTES, kk[2].owner),
    ]
    assert ru == []  # typed in Russian: nothing is missing in a Russian document


def test_missing_translations_on_the_command_line(db_target: str, db: Database) -> None:
    data = translated_visit()
    data["visit"]["host_organisation_i18n"] = {}
    visit_id = _load(db, data)
    out = io.StringIO()
    assert main(["--db", db_target, "missing-translations", str(visit_id), "--lang", "kk"], out) == 0
    assert out.getvalue().splitlines() == [
        f"1 name(s) of visit {visit_id} print untranslated in kk:",
        f"  host organisation  {HOST_RU}",
    ]
    out = io.StringIO()
    assert (
        main(["--db", db_target, "missing-translations", str(visit_id), "--lang", "en", "--json"], out) == 0
    )
    assert json.loads(out.getvalue()) == [
        {"field": "host_organisation", "record": "visit", "record_id": visit_id, "owner": "", "text": HOST_RU}
    ]


# -------------------------------------------------------------------------------------- the visit's names


def test_the_visits_names_are_set_together_and_undone_exactly(db: Database) -> None:
    visit_id = _load(db, synthetic_visit(sites=1, participants=1, items=1, days=1, groups=1))
    changes = {
        "host_organisation_i18n": {"kk": f"  {HOST_KK} ", "en": ""},
        "home_region_i18n": {"kk": "Астрахан облысы"},
        "delegation_name_i18n": {"en": "Synthetic delegation"},
    }
    done = update_visit_names(UnitOfWork(db.sessions), visit_id, changes)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        assert visit.host_organisation_i18n == {"kk": HOST_KK}  # trimmed, the empty English left out
        assert visit.delegation.home_region_i18n == {"kk": "Астрахан облысы"}
        assert visit.delegation.name_i18n == {"en": "Synthetic delegation"}
    assert done.old == {"host_organisation_i18n": {}, "home_region_i18n": {}, "delegation_name_i18n": {}}
    update_visit_names(UnitOfWork(db.sessions), visit_id, done.old, done.version)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        assert (
            visit.host_organisation_i18n,
            visit.delegation.home_region_i18n,
            visit.delegation.name_i18n,
        ) == (
            {},
            {},
            {},
        )
    with pytest.raises(ValidationError) as caught:
        update_visit_names(UnitOfWork(db.sessions), visit_id, {"host_region_i18n": {"de": "Atyrau"}})
    assert "host_region_i18n" in str(caught.value) and "'de'" in str(caught.value)


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_samples_programme_in_kazakh_and_english_prints_no_russian_name(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        assert missing_translations(uow, visit_id, lang) == []
    pdf = programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    printed = squash("\n".join(page_texts(pdf)))
    for russian in (HOST_RU, "Атырауская область", "г. Атырау", "по трассе", "Встречают аким области"):
        assert squash(russian) not in printed, russian
