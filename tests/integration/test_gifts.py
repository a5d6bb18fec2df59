"""The gifts register: the service (with undo and its change log), the printed register, the visit file
and migration 0010."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select, text

from planner.documents.settings import DocumentSettings
from planner.domain.errors import NotFoundError, ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit, import_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Gift, ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.services import gifts, printing
from planner.services.changes import DataKind
from planner.services.visit_admin import duplicate_visit
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    font_dictionaries,
    in_order,
    page_texts,
    sample_file,
    squash,
)
from tests.support.synthetic import synthetic_visit


def _uow(db: Database) -> UnitOfWork:
    return UnitOfWork(db.sessions)


def _ids(db: Database, visit_id: int) -> tuple[int, int, int]:
    """A guest, a host and an item of the visit."""
    with _uow(db) as uow:
        people = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.id)
        ).all()
        guest = next(p.id for p in people if p.side == "guest")
        host = next(p.id for p in people if p.side == "host")
        item = uow.session.scalars(select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id)).first()
        assert item is not None
        return guest, host, item


def _gift_rows(db: Database, visit_id: int) -> list[tuple[str, str]]:
    with _uow(db) as uow:
        return [
            (g.description, g.direction)
            for g in uow.session.scalars(select(Gift).where(Gift.visit_id == visit_id).order_by(Gift.id))
        ]


# ---------------------------------------------------------------------------------------------- service


def test_add_edit_delete_a_gift_each_undone_leaves_the_database_as_before(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    guest, host, item = _ids(db, visit_id)
    before = _gift_rows(db, visit_id)
    values = {
        "direction": "given",
        "giver_id": host,
        "recipient_id": guest,
        "description": f"Домбыра & <{KAZAKH_LETTERS}>",
        "estimated_value": 250000,
        "currency": "KZT",
        "item_id": item,
    }
    created = gifts.add_gift(_uow(db), visit_id, values)
    assert created.changes.kinds == {DataKind.GIFTS}
    assert _gift_rows(db, visit_id) == [*before, (values["description"], "given")]
    with _uow(db) as uow:
        logged = uow.session.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "gifts", ChangeLog.record_id == created.id)
        ).all()
        assert logged and logged[0].visit_id == visit_id and logged[0].action == "insert"

    changed = gifts.update_gift(
        _uow(db), created.id, {"description": "Картина", "giver_id": None, "giver_text": "Школа № 17"}
    )
    assert changed.old["description"] == values["description"] and changed.old["giver_id"] == host
    gifts.update_gift(_uow(db), created.id, changed.old, changed.version)  # undo of the edit
    with _uow(db) as uow:
        gift = uow.session.get(Gift, created.id)
        assert gift is not None and (gift.description, gift.giver_id, gift.giver_text) == (
            values["description"],
            host,
            "",
        )
        logged_fields = set(
            uow.session.scalars(
                select(ChangeLog.field).where(
                    ChangeLog.table_name == "gifts", ChangeLog.record_id == created.id
                )
            )
        )
        assert {"description", "giver_id", "giver_text"} <= logged_fields

    deleted = gifts.delete_gift(_uow(db), created.id)
    assert _gift_rows(db, visit_id) == before
    gifts.restore_gift(_uow(db), deleted)  # undo of the delete: the same gift, same id
    assert _gift_rows(db, visit_id) == [*before, (values["description"], "given")]
    gifts.delete_gift(_uow(db), created.id)  # and undo of the add
    assert _gift_rows(db, visit_id) == before


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        (
            {"direction": "given", "description": "  ", "giver_text": "A", "recipient_text": "B"},
            "description",
            "must not be empty",
        ),
        ({"direction": "given", "description": "Vase", "recipient_text": "B"}, "giver_text", "who gave it"),
        (
            {"direction": "lent", "description": "Vase", "giver_text": "A", "recipient_text": "B"},
            "direction",
            "not one of",
        ),
        (
            {
                "direction": "given",
                "description": "Vase",
                "giver_text": "A",
                "recipient_text": "B",
                "estimated_value": -5,
            },
            "estimated_value",
            "between 0",
        ),
        (
            {
                "direction": "given",
                "description": "Vase",
                "giver_text": "A",
                "recipient_text": "B",
                "currency": "tenge",
            },
            "currency",
            "three capital letters",
        ),
        (
            {"direction": "given", "description": "Vase", "giver_id": 999999, "recipient_text": "B"},
            "giver_id",
            "unknown participant",
        ),
    ],
)
def test_a_bad_gift_is_refused_naming_the_field_and_nothing_changes(
    sample_db: tuple[Database, int], values: dict[str, object], field: str, words: str
) -> None:
    db, visit_id = sample_db
    before = _gift_rows(db, visit_id)
    with pytest.raises(ValidationError) as caught:
        gifts.add_gift(_uow(db), visit_id, values)
    assert any(p.where == field and words in p.reason for p in caught.value.problems), caught.value.problems
    assert _gift_rows(db, visit_id) == before


# ---------------------------------------------------------------------------------------------- printed


@pytest.mark.parametrize(
    ("lang", "title", "given"),
    [
        ("ru", "Реестр подарков", "Вручён"),
        ("kk", "Сыйлықтар тізілімі", "Табыс етілді"),
        ("en", "Gifts register", "Given"),
    ],
)
def test_the_register_of_the_sample_lists_every_gift_with_its_people_value_and_item(
    sample_db: tuple[Database, int], lang: str, title: str, given: str
) -> None:
    db, visit_id = sample_db
    pdf = printing.gifts_pdf(_uow(db), DocumentSettings(language=lang), visit_id=visit_id)
    text = "\n".join(page_texts(pdf))
    assert title in text and squash(given) in squash(text)  # a narrow column may hyphenate it
    for font in font_dictionaries(pdf):
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    data = sample_file()
    expected = [g["description"] for g in data["gifts"]]
    # the painting at the talks and the book at the same talks come first (in time order of their items)
    assert -1 not in in_order(text, expected[:2])
    for gift in data["gifts"]:
        assert squash(gift["description"]) in squash(text)
    # the currency as the language's official paper writes it (the code in English)
    assert squash({"ru": "450 000 тенге", "kk": "450 000 теңге"}.get(lang, "450,000 KZT")) in squash(text)
    assert squash("Астраханский государственный университет") in squash(text)


def test_the_register_of_a_partner_region_gathers_its_visits(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    copy = duplicate_visit(_uow(db), visit_id, "Второй визит")
    gifts.add_gift(
        _uow(db),
        copy.id,
        {"direction": "received", "description": HOSTILE_NAME, "giver_text": "X", "recipient_text": "Y"},
    )
    # the region in any of its languages, whatever the case
    for name in ("Астраханская область", "astrakhan region"):
        pdf = printing.gifts_pdf(_uow(db), DocumentSettings(language="en"), partner_region=name)
        assert "Partner region: Astrakhan Region" in page_texts(pdf)[0]
    # (a copy keeps the original's translated titles: in Russian the typed title tells the two apart)
    pdf = printing.gifts_pdf(_uow(db), DocumentSettings(language="ru"), partner_region="астраханская ОБЛАСТЬ")
    text = "\n".join(page_texts(pdf))
    first = sample_file()["gifts"][0]["description"]
    assert -1 not in in_order(text, [first, "Второй визит", first, HOSTILE_NAME])
    with pytest.raises(NotFoundError, match="partner regions: Астраханская область"):
        printing.gifts_pdf(_uow(db), DocumentSettings(language="en"), partner_region="Mars")


def test_a_visit_without_gifts_says_so(db: Database) -> None:
    with _uow(db) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=2, participants=2, items=2))
        uow.commit()
    text = "\n".join(
        page_texts(printing.gifts_pdf(_uow(db), DocumentSettings(language="kk"), visit_id=visit_id))
    )
    assert "Сыйлықтар жазылмаған." in text


# ---------------------------------------------------------------------------------------------- the file


def test_the_visit_file_carries_gifts_and_run_of_show_and_an_older_file_imports_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with _uow(db) as uow:
        exported = export_visit(uow, visit_id)
    data = sample_file()

    def by_title(visit: dict[str, Any]) -> list[dict[str, Any]]:
        # the export numbers keys afresh: compare the items by title
        titles = {i["key"]: i["title"] for i in visit["itinerary"]}
        return [{**g, "item": titles.get(g["item"])} for g in visit["gifts"]]

    assert by_title(exported) == by_title(data)
    assert exported["itinerary"][0]["run_of_show"] == data["itinerary"][0]["run_of_show"]
    assert "run_of_show" not in exported["itinerary"][1]  # written only when there is something
    with _uow(db) as uow:
        again = import_visit(uow, json.loads(dump_visit_json(exported)))
        uow.commit()
    with _uow(db) as uow:
        second = export_visit(uow, again)
    assert second["gifts"] == exported["gifts"]
    assert [i.get("run_of_show") for i in second["itinerary"]] == [
        i.get("run_of_show") for i in exported["itinerary"]
    ]

    older = synthetic_visit(sites=2, participants=2, items=2)
    assert "gifts" not in older
    with _uow(db) as uow:
        older_id = import_visit(uow, older)
        uow.commit()
    with _uow(db) as uow:
        assert (
            uow.session.scalar(select(func.count()).select_from(Gift).where(Gift.visit_id == older_id)) == 0
        )
        cues = uow.session.scalars(select(ItineraryItem.cue).where(ItineraryItem.visit_id == older_id)).all()
        assert cues and set(cues) == {""}
        assert "gifts" not in export_visit(uow, older_id)


def test_a_file_gift_naming_an_unknown_person_is_refused_with_its_path(db: Database) -> None:
    data = synthetic_visit(sites=2, participants=2, items=2)
    data["gifts"] = [{"direction": "given", "description": "Vase", "giver": "P404", "recipient_text": "B"}]
    with pytest.raises(ValidationError) as caught, _uow(db) as uow:
        import_visit(uow, data)
    assert any(p.where == "$.gifts[0].giver" and "P404" in p.reason for p in caught.value.problems)


# ---------------------------------------------------------------------------------------------- migration


def test_migration_0010_keeps_the_data_both_ways(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, _ = sample_db
    items = text("SELECT count(*), min(title), max(notes) FROM itinerary_items")
    with db.engine.connect() as conn:
        before = conn.execute(items).one()
    config = _alembic_config(db.engine)
    command.downgrade(config, "0007")
    with db.engine.connect() as conn:
        assert conn.execute(items).one() == before
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(itinerary_items)"))}
        assert "cue" not in columns and "officer_phone" not in columns
        tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert "gifts" not in tables
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert conn.execute(items).one() == before
        assert conn.execute(text("SELECT count(*) FROM itinerary_items WHERE cue <> ''")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM gifts")).scalar_one() == 0


def test_a_large_value_is_kept_exactly_on_every_database(db: Database) -> None:
    # above 2**31: an INTEGER column would refuse it on PostgreSQL
    with _uow(db) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=2, participants=2, items=2))
        uow.commit()
    created = gifts.add_gift(
        _uow(db),
        visit_id,
        {
            "direction": "received",
            "description": "Yacht",
            "giver_text": "A",
            "recipient_text": "B",
            "estimated_value": 5_000_000_000,
        },
    )
    with _uow(db) as uow:
        gift = uow.session.get(Gift, created.id)
        assert gift is not None and gift.estimated_value == 5_000_000_000
