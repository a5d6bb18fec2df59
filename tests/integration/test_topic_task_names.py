"""A meeting outcome's topic and an action item's task in other languages (migration 0016): kept by the
migration, set and undone with the outcome and the action item, logged, carried in the visit file, printed
in the document's language (as typed where there is no translation), and listed when missing."""

from __future__ import annotations

import copy
import io
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ActionItem, ChangeLog, Outcome
from planner.persistence.uow import UnitOfWork
from planner.queries.change_log import visit_changes
from planner.queries.documents import meeting_ids
from planner.queries.follow_up import follow_up_items
from planner.queries.meetings import visit_meetings
from planner.queries.translations import NameField, missing_translations
from planner.services import meetings
from tests.integration.test_documents_support import load, page_texts, sample_file, squash

TOPIC_RU = 'Торговля & <"ярмарка">'
TOPIC_KK = 'Сауда & <"жәрмеңке"> ӘҒҚҢӨҰҮҺІ'
TOPIC_EN = 'Trade & <"fair">'
TASK_RU = 'Составить список участников & <"Атырау">'
TASK_KK = 'Қатысушылар тізімін жасау & <"Атырау"> ӘҒҚҢӨҰҮҺІ'
TASK_EN = 'Draw up the list of participants & <"Atyrau">'
TODAY = date(2024, 1, 1)


def _first_meeting(db: Database, visit_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        return meeting_ids(uow, visit_id)[0]


def _add(db: Database, visit_id: int, **translations: dict[str, str]) -> tuple[int, int]:
    """A new outcome with one open task in the visit's first meeting: (outcome id, action item id)."""
    meeting_id = _first_meeting(db, visit_id)
    outcome = meetings.add_outcome(
        UnitOfWork(db.sessions),
        meeting_id,
        {
            "topic": TOPIC_RU,
            "text": "Решено",
            # the decision is translated: the missing list (which names it too) shows the topic only
            "text_i18n": {"kk": "Шешілді", "en": "Decided"},
            "topic_i18n": translations.get("topic", {}),
        },
    )
    action = meetings.add_action_item(
        UnitOfWork(db.sessions),
        outcome.id,
        {
            "description": TASK_RU,
            "description_i18n": translations.get("task", {}),
            "due_date": date(2024, 6, 1),
            "status": "open",
        },
    )
    return outcome.id, action.id


# -------------------------------------------------------------------------------------- the database


def test_migration_0016_keeps_every_outcome_and_task_and_adds_empty_maps(
    sample_db: tuple[Database, int],
) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    outcomes = text(
        "SELECT id, meeting_id, position, topic, text, text_i18n, version FROM outcomes ORDER BY id"
    )
    actions = text(
        "SELECT id, outcome_id, description, owner_text, status, version FROM action_items ORDER BY id"
    )
    with db.engine.connect() as conn:
        before = (conn.execute(outcomes).all(), conn.execute(actions).all())
    assert before[0] and before[1]
    config = _alembic_config(db.engine)
    command.downgrade(config, "0015")
    with db.engine.connect() as conn:
        assert "topic_i18n" not in {row[1] for row in conn.execute(text("PRAGMA table_info(outcomes)"))}
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(action_items)"))}
        assert "description_i18n" not in columns
        assert (conn.execute(outcomes).all(), conn.execute(actions).all()) == before
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        assert (conn.execute(outcomes).all(), conn.execute(actions).all()) == before
        topics = conn.execute(text("SELECT topic_i18n FROM outcomes")).scalars().all()
        tasks = conn.execute(text("SELECT description_i18n FROM action_items")).scalars().all()
    assert {json.dumps(json.loads(m)) for m in [*topics, *tasks]} == {"{}"}
    # until a translation is given the screens show the topic and the task as typed
    with UnitOfWork(db.sessions) as uow:
        row = next(m for m in visit_meetings(uow, visit_id, lang="kk") if m.outcomes)
    assert row.outcomes[0].topic_name == row.outcomes[0].topic
    assert row.outcomes[0].actions[0].task == row.outcomes[0].actions[0].description


# -------------------------------------------------------------------------------------- the service


def test_the_translations_are_set_trimmed_logged_and_undone_exactly(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    outcome_id, action_id = _add(db, visit_id, topic={"en": TOPIC_EN}, task={"en": TASK_EN})
    db.user = "aigerim"
    with UnitOfWork(db.sessions) as uow:
        outcome = uow.session.get(Outcome, outcome_id)
        action = uow.session.get(ActionItem, action_id)
        assert outcome is not None and action is not None
        versions = outcome.version, action.version
    done_topic = meetings.update_outcome(
        UnitOfWork(db.sessions),
        outcome_id,
        {"topic_i18n": {"kk": f"  {TOPIC_KK} ", "en": TOPIC_EN, "ru": ""}},
        versions[0],
    )
    done_task = meetings.update_action_item(
        UnitOfWork(db.sessions),
        action_id,
        {"description_i18n": {"kk": TASK_KK, "en": TASK_EN}},
        versions[1],
    )
    with UnitOfWork(db.sessions) as uow:
        outcome = uow.session.get(Outcome, outcome_id)
        action = uow.session.get(ActionItem, action_id)
        assert outcome is not None and action is not None
        # trimmed, the empty Russian left out, the typed texts untouched
        assert (outcome.topic, outcome.topic_i18n) == (TOPIC_RU, {"kk": TOPIC_KK, "en": TOPIC_EN})
        assert (action.description, action.description_i18n) == (TASK_RU, {"kk": TASK_KK, "en": TASK_EN})
        logged = {(c.table_name, c.field): c for c in visit_changes(uow, visit_id, limit=2)}
    topic_row = logged[("outcomes", "topic_i18n")]
    assert topic_row.changed_by == "aigerim"
    assert json.loads(topic_row.old_value or "") == {"en": TOPIC_EN}
    assert json.loads(topic_row.new_value or "") == {"kk": TOPIC_KK, "en": TOPIC_EN}
    task_row = logged[("action_items", "description_i18n")]
    assert json.loads(task_row.new_value or "") == {"kk": TASK_KK, "en": TASK_EN}
    # undo puts back exactly the old maps, each step its log row
    assert done_topic.old == {"topic_i18n": {"en": TOPIC_EN}}
    meetings.update_outcome(UnitOfWork(db.sessions), outcome_id, done_topic.old, done_topic.version)
    meetings.update_action_item(UnitOfWork(db.sessions), action_id, done_task.old, done_task.version)
    with UnitOfWork(db.sessions) as uow:
        outcome = uow.session.get(Outcome, outcome_id)
        action = uow.session.get(ActionItem, action_id)
        assert outcome is not None and outcome.topic_i18n == {"en": TOPIC_EN}
        assert action is not None and action.description_i18n == {"en": TASK_EN}
        fields = ("topic_i18n", "description_i18n")
        rows = uow.session.scalars(select(ChangeLog).where(ChangeLog.field.in_(fields))).all()
    assert len(rows) == 4
    for call, field in (
        (lambda v: meetings.update_outcome(UnitOfWork(db.sessions), outcome_id, v), "topic_i18n"),
        (lambda v: meetings.update_action_item(UnitOfWork(db.sessions), action_id, v), "description_i18n"),
    ):
        with pytest.raises(ValidationError) as caught:
            call({field: {"de": "Handel"}})
        assert field in str(caught.value) and "'de'" in str(caught.value)


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_them_and_an_older_file_imports_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    _add(db, visit_id, topic={"kk": TOPIC_KK, "en": TOPIC_EN}, task={"kk": TASK_KK})
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    outcome = next(o for m in exported["meetings"] for o in m["outcomes"] if o["topic"] == TOPIC_RU)
    assert outcome["topic_i18n"] == {"kk": TOPIC_KK, "en": TOPIC_EN}
    assert outcome["action_items"][0]["description_i18n"] == {"kk": TASK_KK}
    # round trip: the second export is the first
    again = load(UnitOfWork(db.sessions), json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert dump_visit_json(export_visit(uow, again)) == dump_visit_json(exported)

    # a file written before 0016: the sample without the topics' and tasks' translations
    older: dict[str, Any] = copy.deepcopy(sample_file())
    for meeting in older["meetings"]:
        for o in meeting["outcomes"]:
            del o["topic_i18n"]
            for task in o["action_items"]:
                del task["description_i18n"]
    older_id = load(UnitOfWork(db.sessions), older)
    with UnitOfWork(db.sessions) as uow:
        rows = visit_meetings(uow, older_id, lang="kk")
    topics = [(o.topic, o.topic_i18n, o.topic_name) for m in rows for o in m.outcomes]
    assert topics and all(i18n == {} and shown == typed for typed, i18n, shown in topics)
    # a translation in a language the documents do not have is refused, naming the field
    wrong = copy.deepcopy(sample_file())
    wrong["meetings"][0]["outcomes"][0]["topic_i18n"] = {"de": "Handel"}
    with pytest.raises(ValidationError) as caught:
        load(UnitOfWork(db.sessions), wrong)
    assert "topic_i18n" in str(caught.value)


# -------------------------------------------------------------------------------------- shown and printed


@pytest.mark.parametrize(
    ("lang", "topic", "task"),
    [("kk", TOPIC_KK, TASK_KK), ("en", TOPIC_EN, TASK_RU), ("ru", TOPIC_RU, TASK_RU)],
)
def test_the_screens_give_them_in_their_language(
    sample_db: tuple[Database, int], lang: str, topic: str, task: str
) -> None:
    db, visit_id = sample_db
    outcome_id, action_id = _add(db, visit_id, topic={"kk": TOPIC_KK, "en": TOPIC_EN}, task={"kk": TASK_KK})
    with UnitOfWork(db.sessions) as uow:
        outcome = next(
            o for m in visit_meetings(uow, visit_id, lang=lang) for o in m.outcomes if o.id == outcome_id
        )
        follow = {row.record_id: row for row in follow_up_items(uow, TODAY, lang=lang)}
    assert (outcome.topic, outcome.topic_name) == (TOPIC_RU, topic)
    assert (outcome.actions[0].description, outcome.actions[0].task) == (TASK_RU, task)
    assert (follow[action_id].text, follow[action_id].area) == (task, topic)


def test_the_kazakh_minutes_and_follow_up_print_the_kazakh_topic_and_task(
    sample_db: tuple[Database, int],
) -> None:
    from planner.documents.settings import DocumentSettings
    from planner.services.printing import follow_up_pdf, minutes_pdf

    db, visit_id = sample_db
    _add(db, visit_id, topic={"kk": TOPIC_KK, "en": TOPIC_EN}, task={"kk": TASK_KK, "en": TASK_EN})
    meeting_id = _first_meeting(db, visit_id)
    for lang, topic, task in (
        ("kk", TOPIC_KK, TASK_KK),
        ("en", TOPIC_EN, TASK_EN),
        ("ru", TOPIC_RU, TASK_RU),
    ):
        settings = DocumentSettings(language=lang)
        minutes = squash(
            "\n".join(
                page_texts(minutes_pdf(UnitOfWork(db.sessions), visit_id, settings, meeting_id=meeting_id))
            )
        )
        assert squash(topic) in minutes and squash(task) in minutes
        follow = squash("\n".join(page_texts(follow_up_pdf(UnitOfWork(db.sessions), settings, today=TODAY))))
        assert squash(task) in follow
        if lang != "ru":
            assert squash(TASK_RU) not in minutes and squash(TASK_RU) not in follow


# -------------------------------------------------------------------------------------- missing list


def test_the_missing_list_names_a_topic_and_a_task_without_a_text_in_the_language(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    outcome_id, action_id = _add(db, visit_id, topic={"en": TOPIC_EN}, task={"kk": TASK_KK})
    with UnitOfWork(db.sessions) as uow:
        kk = [(m.field, m.record, m.record_id, m.text) for m in missing_translations(uow, visit_id, "kk")]
        en = [(m.field, m.record, m.record_id, m.text) for m in missing_translations(uow, visit_id, "en")]
        ru = missing_translations(uow, visit_id, "ru")
    # the sample's own topics and tasks have their kk and en: only the new ones are missing
    assert kk == [(NameField.OUTCOME_TOPIC, "outcome", outcome_id, TOPIC_RU)]
    assert en == [(NameField.ACTION_TASK, "action_item", action_id, TASK_RU)]
    assert [m for m in ru if m.field in (NameField.OUTCOME_TOPIC, NameField.ACTION_TASK)] == []
    # the officer finds them by their meeting: its day, time and title
    with UnitOfWork(db.sessions) as uow:
        topic = next(m for m in missing_translations(uow, visit_id, "kk") if m.record_id == outcome_id)
        meeting = next(
            m for m in visit_meetings(uow, visit_id) if any(o.id == outcome_id for o in m.outcomes)
        )
    assert topic.owner.endswith(meeting.title)


def test_missing_translations_on_the_command_line_names_the_topic_and_the_task(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    _add(db, visit_id)
    target = str(db.engine.url.database)
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "kk"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"2 name(s) of visit {visit_id} print untranslated in kk:"
    assert lines[1].startswith("  topic  ") and lines[1].endswith(f": {TOPIC_RU}")
    assert lines[2].startswith("  task   ") and lines[2].endswith(f": {TASK_RU}")
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "en", "--json"], out) == 0
    assert [(r["field"], r["text"]) for r in json.loads(out.getvalue())] == [
        ("outcome_topic", TOPIC_RU),
        ("action_task", TASK_RU),
    ]
