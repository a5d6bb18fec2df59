"""Meetings in other languages (migration 0018): a meeting's agenda and minutes, an action item's owner typed
as text and a signed document's notes — kept by the migration, set and undone with their record, logged,
carried in the visit file, printed in the document's language (as typed where there is no translation), and
listed when missing."""

from __future__ import annotations

import copy
import io
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, ChangeLog, Meeting, SignedDocument
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import meeting_ids, minutes_data
from planner.queries.translations import NameField, missing_translations
from planner.services import meetings, signed_documents
from tests.integration.test_documents_support import load, page_texts, sample_file, squash

TODAY = date(2023, 6, 1)


def _sample_meeting(key: str) -> dict[str, Any]:
    """A meeting of the sample file by its item's key (I008: the extended talks, two owners typed)."""
    return next(m for m in sample_file()["meetings"] if m["item"] == key)


def _meeting_id(db: Database, visit_id: int, key: str) -> int:
    """The stored id of the sample meeting of item ``key`` (found by its typed agenda)."""
    agenda = _sample_meeting(key)["agenda"]
    with UnitOfWork(db.sessions) as uow:
        for meeting_id in meeting_ids(uow, visit_id):
            meeting = uow.session.get(Meeting, meeting_id)
            assert meeting is not None
            if meeting.agenda == agenda:
                return meeting_id
    raise AssertionError(f"no meeting of {key}")


def _typed_owner_tasks(db: Database, meeting_id: int) -> list[ActionItem]:
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        tasks = [a for o in meeting.outcomes for a in o.action_items if a.owner_id is None]
        uow.session.expunge_all()
        return tasks


# -------------------------------------------------------------------------------------- the database


def test_migration_0018_keeps_every_meeting_task_and_document_and_adds_empty_maps(db: Database) -> None:
    """On SQLite and on PostgreSQL: down to 0017 and up again on the sample."""
    from alembic import command

    from planner.persistence.db import _alembic_config
    from planner.services.visits import load_sample

    visit_id = load_sample(UnitOfWork(db.sessions)).id
    queries = (
        text("SELECT id, item_id, format, agenda, minutes, version FROM meetings"),
        text("SELECT id, outcome_id, description, owner_id, owner_text, status, version FROM action_items"),
        text("SELECT id, title, notes, parties, place_i18n, version FROM signed_documents"),
    )

    def rows() -> list[list[Any]]:
        with db.engine.connect() as conn:
            return [sorted(conn.execute(q).all(), key=lambda r: r[0]) for q in queries]

    new_columns = {
        "meetings": {"agenda_i18n", "minutes_i18n"},
        "action_items": {"owner_text_i18n"},
        "signed_documents": {"notes_i18n"},
    }
    before = rows()
    assert all(before)
    config = _alembic_config(db.engine)
    command.downgrade(config, "0017")
    for table, columns in new_columns.items():
        assert not columns & {c["name"] for c in inspect(db.engine).get_columns(table)}
    assert rows() == before
    command.upgrade(config, "head")
    assert rows() == before
    with db.engine.connect() as conn:
        for table, columns in new_columns.items():
            for column in columns:
                values = conn.execute(text(f"SELECT {column} FROM {table}")).scalars().all()
                assert values and all((json.loads(v) if isinstance(v, str) else v) == {} for v in values)
    # until a translation is given the minutes print the typed texts
    meeting_id = _meeting_id(db, visit_id, "I008")
    with UnitOfWork(db.sessions) as uow:
        data = minutes_data(uow, visit_id, meeting_id, "kk")
    sample = _sample_meeting("I008")
    assert (list(data.agenda), data.minutes) == (sample["agenda"], sample["minutes"])


# -------------------------------------------------------------------------------------- the services


def test_the_translations_are_set_trimmed_logged_and_undone_exactly(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    db.user = "aigerim"
    meeting_id = _meeting_id(db, visit_id, "I006")
    sample = _sample_meeting("I006")
    agenda = sample["agenda"]
    kk_points = sample["agenda_i18n"]["kk"]
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        version = meeting.version
    done = meetings.update_meeting(
        UnitOfWork(db.sessions),
        meeting_id,
        {
            "agenda_i18n": {"kk": [f" {kk_points[0]} ", "Жаңа мәтін"], "en": ["", ""]},
            "minutes_i18n": {"kk": "  Хаттама & <жоба>  ", "ru": ""},
        },
        version,
    )
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        # trimmed, the empty texts and lists left out, the typed texts untouched
        assert (meeting.agenda, meeting.agenda_i18n) == (agenda, {"kk": [kk_points[0], "Жаңа мәтін"]})
        assert (meeting.minutes, meeting.minutes_i18n) == (sample["minutes"], {"kk": "Хаттама & <жоба>"})
        logged = {
            (c.table_name, c.field): (c.changed_by, json.loads(c.new_value or ""))
            for c in uow.session.scalars(select(ChangeLog).where(ChangeLog.field.like("%_i18n")))
        }
    assert logged[("meetings", "minutes_i18n")] == ("aigerim", {"kk": "Хаттама & <жоба>"})
    assert logged[("meetings", "agenda_i18n")] == ("aigerim", {"kk": [kk_points[0], "Жаңа мәтін"]})
    # undo puts back exactly the old maps (the sample's)
    assert done.old == {"agenda_i18n": sample["agenda_i18n"], "minutes_i18n": sample["minutes_i18n"]}
    meetings.update_meeting(UnitOfWork(db.sessions), meeting_id, done.old, done.version)
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        assert (meeting.agenda_i18n, meeting.minutes_i18n) == (sample["agenda_i18n"], sample["minutes_i18n"])

    # the agenda typed anew: each point keeps its translations by its text, a new point has none
    moved = meetings.update_meeting(
        UnitOfWork(db.sessions), meeting_id, {"agenda": [agenda[1], "Разное", agenda[0]]}
    )
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.agenda_i18n["kk"] == [kk_points[1], "", kk_points[0]]
    meetings.update_meeting(UnitOfWork(db.sessions), meeting_id, moved.old)
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        assert (meeting.agenda, meeting.agenda_i18n) == (agenda, sample["agenda_i18n"])

    # the owner typed as text, and a document's notes
    task = _typed_owner_tasks(db, _meeting_id(db, visit_id, "I008"))[0]
    owner_done = meetings.update_action_item(
        UnitOfWork(db.sessions), task.id, {"owner_text_i18n": {"kk": " Көлік министрлігі "}}
    )
    with UnitOfWork(db.sessions) as uow:
        stored = uow.session.get(ActionItem, task.id)
        assert stored is not None
        assert (stored.owner_text, stored.owner_text_i18n) == (task.owner_text, {"kk": "Көлік министрлігі"})
    meetings.update_action_item(UnitOfWork(db.sessions), task.id, owner_done.old)
    with UnitOfWork(db.sessions) as uow:
        stored = uow.session.get(ActionItem, task.id)
        assert stored is not None and stored.owner_text_i18n == task.owner_text_i18n
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.scalars(select(SignedDocument).where(SignedDocument.notes != "")).first()
        assert document is not None
        document_id, notes_i18n = document.id, dict(document.notes_i18n)
    notes_done = signed_documents.update_document(
        UnitOfWork(db.sessions), document_id, {"notes_i18n": {"en": " Two copies. "}}
    )
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.get(SignedDocument, document_id)
        assert document is not None and document.notes_i18n == {"en": "Two copies."}
    signed_documents.update_document(UnitOfWork(db.sessions), document_id, notes_done.old)
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.get(SignedDocument, document_id)
        assert document is not None and document.notes_i18n == notes_i18n

    # refused, naming the field: a language the documents do not have, an agenda list of another length
    for call, field, value in (
        (
            lambda v: meetings.update_meeting(UnitOfWork(db.sessions), meeting_id, v),
            "minutes_i18n",
            {"de": "Protokoll"},
        ),
        (
            lambda v: meetings.update_meeting(UnitOfWork(db.sessions), meeting_id, v),
            "agenda_i18n",
            {"de": ["a", "b"]},
        ),
        (
            lambda v: meetings.update_action_item(UnitOfWork(db.sessions), task.id, v),
            "owner_text_i18n",
            {"de": "Ministerium"},
        ),
        (
            lambda v: signed_documents.update_document(UnitOfWork(db.sessions), document_id, v),
            "notes_i18n",
            {"de": "Anmerkung"},
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            call({field: value})
        assert field in str(caught.value) and "'de'" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        meetings.update_meeting(UnitOfWork(db.sessions), meeting_id, {"agenda_i18n": {"kk": kk_points[:1]}})
    assert "agenda_i18n" in str(caught.value) and "1 agenda points, the agenda 2" in str(caught.value)
    with UnitOfWork(db.sessions) as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.agenda_i18n == sample["agenda_i18n"]


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_them_and_an_older_file_imports_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    talks = next(m for m in exported["meetings"] if m["agenda"] == _sample_meeting("I008")["agenda"])
    assert talks["agenda_i18n"] == _sample_meeting("I008")["agenda_i18n"]
    assert talks["minutes_i18n"]["kk"].startswith("Атырау облысының әкімі")
    owners = [a for o in talks["outcomes"] for a in o["action_items"] if a["owner_text"]]
    assert len(owners) == 2 and all(set(a["owner_text_i18n"]) == {"kk", "en"} for a in owners)
    notes = [d["notes_i18n"] for d in exported["signed_documents"] if d["notes"]]
    assert len(notes) == 2 and all(set(n) == {"kk", "en"} for n in notes)
    # round trip: the second export is the first
    again = load(UnitOfWork(db.sessions), json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert dump_visit_json(export_visit(uow, again)) == dump_visit_json(exported)

    # a file written before 0018: the sample without the new translations imports with none
    older: dict[str, Any] = copy.deepcopy(sample_file())
    for meeting in older["meetings"]:
        del meeting["agenda_i18n"], meeting["minutes_i18n"]
        for outcome in meeting["outcomes"]:
            for action in outcome["action_items"]:
                action.pop("owner_text_i18n", None)
    for doc in older["signed_documents"]:
        doc.pop("notes_i18n", None)
    older_id = load(UnitOfWork(db.sessions), older)
    with UnitOfWork(db.sessions) as uow:
        stored = [uow.session.get(Meeting, m) for m in meeting_ids(uow, older_id)]
        assert stored and all(m is not None and m.agenda_i18n == m.minutes_i18n == {} for m in stored)
        tasks = [a for m in stored if m is not None for o in m.outcomes for a in o.action_items]
        assert tasks and all(a.owner_text_i18n == {} for a in tasks)
        documents = uow.session.scalars(
            select(SignedDocument).where(SignedDocument.visit_id == older_id)
        ).all()
        assert documents and all(d.notes_i18n == {} for d in documents)
        data = minutes_data(uow, older_id, meeting_ids(uow, older_id)[1], "kk")
    assert list(data.agenda) == _sample_meeting("I008")["agenda"]
    # a language the documents do not have, an agenda list of another length: refused, naming the field
    for change, field in (
        (lambda m: m.__setitem__("minutes_i18n", {"de": "Protokoll"}), "minutes_i18n"),
        (lambda m: m.__setitem__("agenda_i18n", {"kk": ["Бір ғана мәселе"]}), "agenda_i18n"),
        (
            lambda m: m["outcomes"][0]["action_items"][0].__setitem__("owner_text_i18n", {"de": "x"}),
            "owner_text_i18n",
        ),
    ):
        wrong = copy.deepcopy(sample_file())
        change(next(m for m in wrong["meetings"] if m["item"] == "I008"))
        with pytest.raises(ValidationError) as caught:
            load(UnitOfWork(db.sessions), wrong)
        assert field in str(caught.value)


# -------------------------------------------------------------------------------------- printed


def _lines(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_minutes_and_follow_up_print_the_agenda_minutes_and_owner_in_their_language(
    sample_db: tuple[Database, int], lang: str
) -> None:
    from planner.documents.settings import DocumentSettings
    from planner.services.printing import briefing_pdf, documents_pdf, follow_up_pdf, minutes_pdf

    db, visit_id = sample_db
    settings = DocumentSettings(language=lang)
    sample = _sample_meeting("I008")
    owners = [
        a
        for o in sample["outcomes"]
        for a in o["action_items"]
        if a.get("owner_text") and a.get("status") not in ("done", "cancelled")
    ]
    assert owners
    minutes = squash(
        _lines(
            minutes_pdf(
                UnitOfWork(db.sessions), visit_id, settings, meeting_id=_meeting_id(db, visit_id, "I008")
            )
        )
    )
    for point in sample["agenda_i18n"][lang]:
        assert squash(point) in minutes
    assert squash(sample["minutes_i18n"][lang]) in minutes
    for action in owners:
        assert squash(action["owner_text_i18n"][lang]) in minutes
    # no Russian line of them: neither a point, nor the minutes, nor an owner
    russian = [*sample["agenda"], sample["minutes"], *(a["owner_text"] for a in owners)]
    assert [ru for ru in russian if squash(ru) in minutes] == []
    # nor a Russian sentence of the minutes
    assert [s for s in sample["minutes"].split(". ") if len(s) > 30 and squash(s) in minutes] == []

    follow_up = squash(
        _lines(follow_up_pdf(UnitOfWork(db.sessions), settings, visit_id=visit_id, today=TODAY))
    )
    for action in owners:
        assert squash(action["owner_text_i18n"][lang]) in follow_up
        assert squash(action["owner_text"]) not in follow_up

    # the site briefings list the talks' agenda as their topics
    briefing = squash(_lines(briefing_pdf(UnitOfWork(db.sessions), visit_id, settings)))
    assert squash(sample["agenda_i18n"][lang][1]) in briefing
    assert squash(sample["agenda"][1]) not in briefing

    summary = squash(_lines(documents_pdf(UnitOfWork(db.sessions), settings, visit_id=visit_id)))
    for doc in sample_file()["signed_documents"]:
        if doc.get("notes"):
            assert squash(doc["notes_i18n"][lang]) in summary
            assert squash(doc["notes"]) not in summary


def test_a_text_without_translation_prints_as_typed_and_markup_is_text(
    sample_db: tuple[Database, int],
) -> None:
    from planner.documents.settings import DocumentSettings
    from planner.services.printing import minutes_pdf

    db, visit_id = sample_db
    meeting_id = _meeting_id(db, visit_id, "I006")
    meetings.update_meeting(
        UnitOfWork(db.sessions),
        meeting_id,
        {"agenda_i18n": {"kk": ["", "Жоба & <жоспар>"]}, "minutes_i18n": {"en": 'Talks & <"minutes">'}},
    )
    agenda = _sample_meeting("I006")["agenda"]
    kk = squash(
        _lines(
            minutes_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language="kk"), meeting_id=meeting_id
            )
        )
    )
    assert squash(agenda[0]) in kk and squash("Жоба & <жоспар>") in kk
    assert squash(_sample_meeting("I006")["minutes"]) in kk  # no Kazakh minutes now: as typed
    en = squash(
        _lines(
            minutes_pdf(
                UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"), meeting_id=meeting_id
            )
        )
    )
    assert squash('Talks & <"minutes">') in en and squash(agenda[0]) in en


# -------------------------------------------------------------------------------------- missing list


def _untranslate(db: Database, visit_id: int) -> tuple[int, int, int]:
    """The sample with the first meeting's second agenda point and its minutes, one typed owner and one
    document's notes without their Kazakh: (meeting id, task id, document id)."""
    meeting_id = _meeting_id(db, visit_id, "I006")
    sample = _sample_meeting("I006")
    meetings.update_meeting(
        UnitOfWork(db.sessions),
        meeting_id,
        {
            "agenda_i18n": {"kk": [sample["agenda_i18n"]["kk"][0], ""], "en": sample["agenda_i18n"]["en"]},
            "minutes_i18n": {"en": sample["minutes_i18n"]["en"]},
        },
    )
    task = _typed_owner_tasks(db, _meeting_id(db, visit_id, "I008"))[0]
    meetings.update_action_item(UnitOfWork(db.sessions), task.id, {"owner_text_i18n": {}})
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.scalars(
            select(SignedDocument).where(SignedDocument.notes != "").order_by(SignedDocument.id)
        ).first()
        assert document is not None
        document_id = document.id
    signed_documents.update_document(
        UnitOfWork(db.sessions), document_id, {"notes_i18n": {"en": "Notes in English"}}
    )
    return meeting_id, task.id, document_id


def test_the_missing_list_names_agenda_points_minutes_owners_and_notes(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        assert missing_translations(uow, visit_id, "kk") == []
        assert missing_translations(uow, visit_id, "en") == []
    meeting_id, task_id, document_id = _untranslate(db, visit_id)
    sample = _sample_meeting("I006")
    with UnitOfWork(db.sessions) as uow:
        kk = [(m.field, m.record, m.record_id, m.text) for m in missing_translations(uow, visit_id, "kk")]
        en = missing_translations(uow, visit_id, "en")
        notes = uow.session.get(SignedDocument, document_id)
        task = uow.session.get(ActionItem, task_id)
        assert notes is not None and task is not None
        typed_notes, typed_owner = notes.notes, task.owner_text
    assert kk == [
        (NameField.MEETING_AGENDA, "meeting", meeting_id, sample["agenda"][1]),
        (NameField.MEETING_MINUTES, "meeting", meeting_id, sample["minutes"]),
        (NameField.ACTION_OWNER, "action_item", task_id, typed_owner),
        (NameField.DOCUMENT_NOTES, "signed_document", document_id, typed_notes),
    ]
    assert [(m.field, m.record_id) for m in en] == [(NameField.ACTION_OWNER, task_id)]

    target = str(db.engine.url.database)
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "kk"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"4 name(s) of visit {visit_id} print untranslated in kk:"
    labels = ("agenda point", "minutes", "task owner", "document notes")
    assert all(line.strip().startswith(label) for line, label in zip(lines[1:], labels, strict=True))
    assert lines[1].endswith(sample["agenda"][1]) and lines[3].endswith(typed_owner)
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "kk", "--json"], out) == 0
    assert [r["field"] for r in json.loads(out.getvalue())] == [
        "meeting_agenda",
        "meeting_minutes",
        "action_owner",
        "document_notes",
    ]
