"""The visit's purpose in other languages (migration 0015): kept by the migration, set and undone with the
visit's names, logged, carried in the visit file, shown on the Overview and given to the documents in their
language (as typed where there is no translation), and listed when missing."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest
from sqlalchemy import select, text

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.change_log import visit_changes
from planner.queries.documents.reader import VisitReader
from planner.queries.translations import NameField, missing_translations, visit_names
from planner.queries.visits import visit_overview
from planner.services.translations import update_visit_names
from tests.integration.test_documents_support import load, sample_file
from tests.integration.test_names_in_languages import translated_visit
from tests.support.synthetic import synthetic_visit

PURPOSE_RU = "Переговоры & <сотрудничество>; подписание плана"
PURPOSE_KK = "Келіссөздер & <ынтымақтастық>; жоспарға қол қою"
PURPOSE_EN = "Talks & <cooperation>; signing the plan"
SAMPLE = sample_file()["visit"]


def _visit(**purpose: Any) -> dict[str, Any]:
    data = synthetic_visit(sites=1, participants=1, items=1, days=1, groups=1)
    data["visit"].update(purpose)
    return data


def _load(db: Database, data: dict[str, Any]) -> int:
    return load(UnitOfWork(db.sessions), copy.deepcopy(data))


# -------------------------------------------------------------------------------------- the database


def test_migration_0015_keeps_every_visit_and_adds_an_empty_purpose_map(
    sample_db: tuple[Database, int],
) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    visits = text("SELECT id, title, purpose, title_i18n, arrival_mode_i18n, version FROM visits ORDER BY id")
    with db.engine.connect() as conn:
        before = conn.execute(visits).all()
    assert before and before[0][2] == SAMPLE["purpose"]
    config = _alembic_config(db.engine)
    command.downgrade(config, "0014")
    with db.engine.connect() as conn:
        assert "purpose_i18n" not in {row[1] for row in conn.execute(text("PRAGMA table_info(visits)"))}
        assert conn.execute(visits).all() == before
    # up from 0014 with the sample visit there: it keeps its data, with no purpose translation yet
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert conn.execute(visits).all() == before
        maps = conn.execute(text("SELECT purpose_i18n FROM visits")).scalars().all()
    assert [json.loads(m) for m in maps] == [{}]
    # until a translation is given the Overview and the documents show the purpose as typed
    with UnitOfWork(db.sessions) as uow:
        assert visit_overview(uow, visit_id, "en").purpose == SAMPLE["purpose"]
        assert VisitReader(uow, visit_id, "kk").header.purpose == SAMPLE["purpose"]


# -------------------------------------------------------------------------------------- the service


def test_the_purpose_translations_are_set_with_the_names_undone_exactly_and_logged(db: Database) -> None:
    visit_id = _load(db, _visit(purpose=PURPOSE_RU, purpose_i18n={"en": PURPOSE_EN}))
    db.user = "aigerim"
    done = update_visit_names(
        UnitOfWork(db.sessions),
        visit_id,
        {"purpose_i18n": {"kk": f"  {PURPOSE_KK} ", "en": PURPOSE_EN, "ru": ""}},
    )
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        # trimmed, the empty Russian left out, the typed purpose untouched
        assert visit.purpose_i18n == {"kk": PURPOSE_KK, "en": PURPOSE_EN}
        assert visit.purpose == PURPOSE_RU
        names = {name.field: name for name in visit_names(uow, visit_id).names}
        assert (names["purpose_i18n"].text, names["purpose_i18n"].translations) == (
            PURPOSE_RU,
            {"kk": PURPOSE_KK, "en": PURPOSE_EN},
        )
        logged = visit_changes(uow, visit_id, limit=1)[0]
    assert (logged.table_name, logged.field, logged.changed_by) == ("visits", "purpose_i18n", "aigerim")
    assert json.loads(logged.old_value or "") == {"en": PURPOSE_EN}
    assert json.loads(logged.new_value or "") == {"kk": PURPOSE_KK, "en": PURPOSE_EN}
    assert done.old == {"purpose_i18n": {"en": PURPOSE_EN}}
    update_visit_names(UnitOfWork(db.sessions), visit_id, done.old, done.version)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None and visit.purpose_i18n == {"en": PURPOSE_EN}
        rows = uow.session.scalars(select(ChangeLog).where(ChangeLog.field == "purpose_i18n")).all()
    assert len(rows) == 2  # the edit and its undo, each its row
    with pytest.raises(ValidationError) as caught:
        update_visit_names(UnitOfWork(db.sessions), visit_id, {"purpose_i18n": {"de": "Verhandlungen"}})
    assert "purpose_i18n" in str(caught.value) and "'de'" in str(caught.value)


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_the_purpose_translations_and_an_older_file_imports_unchanged(
    db: Database,
) -> None:
    data = _visit(purpose=PURPOSE_RU, purpose_i18n={"kk": PURPOSE_KK, "en": PURPOSE_EN})
    visit_id = _load(db, data)
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    assert exported["visit"]["purpose"] == PURPOSE_RU
    assert exported["visit"]["purpose_i18n"] == {"kk": PURPOSE_KK, "en": PURPOSE_EN}
    # round trip: the second export is the first
    again = _load(db, json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert dump_visit_json(export_visit(uow, again)) == dump_visit_json(exported)

    older = _visit(purpose=PURPOSE_RU)
    assert "purpose_i18n" not in older["visit"]
    older_id = _load(db, older)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, older_id)
        assert visit is not None and (visit.purpose, visit.purpose_i18n) == (PURPOSE_RU, {})
        assert visit_overview(uow, older_id, "en").purpose == PURPOSE_RU


def test_a_purpose_translation_in_an_unknown_language_is_refused_with_its_place(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        _load(db, _visit(purpose=PURPOSE_RU, purpose_i18n={"de": "Verhandlungen"}))
    assert "purpose_i18n" in str(caught.value)


# -------------------------------------------------------------------------------------- shown and printed


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", PURPOSE_EN), ("kk", PURPOSE_RU), ("ru", PURPOSE_RU), (None, PURPOSE_RU)],
)
def test_the_overview_and_the_documents_give_the_purpose_in_their_language(
    db: Database, lang: str | None, expected: str
) -> None:
    """The translation in the asked language, else as typed (here Kazakh has none)."""
    visit_id = _load(db, _visit(purpose=PURPOSE_RU, purpose_i18n={"en": PURPOSE_EN}))
    with UnitOfWork(db.sessions) as uow:
        assert visit_overview(uow, visit_id, lang).purpose == expected
        if lang is not None:
            assert VisitReader(uow, visit_id, lang).header.purpose == expected


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_samples_purpose_is_given_in_each_language(sample_db: tuple[Database, int], lang: str) -> None:
    db, visit_id = sample_db
    expected = SAMPLE["purpose"] if lang == "ru" else SAMPLE.get("purpose_i18n", {}).get(lang, "")
    assert expected.startswith(
        {"ru": "Развитие приграничного", "kk": "Шекаралық сауда", "en": "Developing cross-border"}[lang]
    )
    with UnitOfWork(db.sessions) as uow:
        assert visit_overview(uow, visit_id, lang).purpose == expected
        assert VisitReader(uow, visit_id, lang).header.purpose == expected
        assert [m for m in missing_translations(uow, visit_id, lang) if m.field == NameField.PURPOSE] == []


# -------------------------------------------------------------------------------------- missing list


def test_the_missing_list_names_a_purpose_without_a_text_in_the_language(db: Database) -> None:
    visit_id = _load(db, _visit(purpose=PURPOSE_RU, purpose_i18n={"en": PURPOSE_EN}))
    with UnitOfWork(db.sessions) as uow:
        kk = [(m.field, m.record, m.record_id, m.text) for m in missing_translations(uow, visit_id, "kk")]
        en = [m.field for m in missing_translations(uow, visit_id, "en")]
        ru = [m.field for m in missing_translations(uow, visit_id, "ru")]
    assert (NameField.PURPOSE, "visit", visit_id, PURPOSE_RU) in kk
    # the English has its translation, the Russian document prints it as typed
    assert NameField.PURPOSE not in en and NameField.PURPOSE not in ru
    # a purpose typed in Kazakh needs no Kazakh translation; an empty one is never missing
    typed_kk = _load(db, _visit(purpose=PURPOSE_KK))
    empty = _load(db, _visit(purpose=""))
    with UnitOfWork(db.sessions) as uow:
        assert NameField.PURPOSE not in [m.field for m in missing_translations(uow, typed_kk, "kk")]
        assert NameField.PURPOSE in [m.field for m in missing_translations(uow, typed_kk, "ru")]
        assert NameField.PURPOSE not in [m.field for m in missing_translations(uow, empty, "kk")]


def test_missing_translations_on_the_command_line_names_the_purpose(db_target: str, db: Database) -> None:
    data = translated_visit()  # every other name has its kk and en
    data["visit"]["purpose"] = PURPOSE_RU
    visit_id = _load(db, data)
    out = io.StringIO()
    assert main(["--db", db_target, "missing-translations", str(visit_id), "--lang", "kk"], out) == 0
    assert out.getvalue().splitlines() == [
        f"1 name(s) of visit {visit_id} print untranslated in kk:",
        f"  purpose  {PURPOSE_RU}",
    ]
    out = io.StringIO()
    assert (
        main(["--db", db_target, "missing-translations", str(visit_id), "--lang", "en", "--json"], out) == 0
    )
    assert json.loads(out.getvalue()) == [
        {"field": "purpose", "record": "visit", "record_id": visit_id, "owner": "", "text": PURPOSE_RU}
    ]


def test_every_kind_of_missing_name_has_its_words_on_the_command_line(db_target: str, db: Database) -> None:
    """A car without its English label stopped the text output with a KeyError (the command line had no
    words for the cars' names); every kind the list can give has them now, the purpose's too."""
    from planner.cli.translations import FIELD_LABELS

    assert set(FIELD_LABELS) == {field.value for field in NameField}
    data = translated_visit()
    data["vehicles"] = [{"key": "V1", "label": "Автобус № 1", "kind": "bus", "driver_name": "Иванов Иван"}]
    visit_id = _load(db, data)
    out = io.StringIO()
    assert main(["--db", db_target, "missing-translations", str(visit_id), "--lang", "en"], out) == 0
    assert out.getvalue().splitlines() == [
        f"2 name(s) of visit {visit_id} print untranslated in en:",
        "  vehicle  Автобус № 1",
        "  driver   Автобус № 1: Иванов Иван",
    ]
