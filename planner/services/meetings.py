"""Editing meetings: format, agenda and minutes; outcomes; action items with owner, due date and status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import ActionStatus, MeetingFormat
from planner.domain.messages import problem
from planner.persistence.tables import ActionItem, ItineraryItem, Meeting, Outcome, Participant, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Updated,
    add_last,
    apply_update,
    check_fields,
    get_or_fail,
)
from planner.services.translations import clean_list_translations, clean_translations

MEETING_FIELDS = ("format", "agenda", "agenda_i18n", "minutes", "minutes_i18n")
OUTCOME_FIELDS = ("topic", "topic_i18n", "text", "text_i18n", "position")
ACTION_FIELDS = (
    "description",
    "description_i18n",
    "owner_id",
    "owner_text",
    "owner_text_i18n",
    "due_date",
    "status",
    "position",
)

MEETINGS = Changes.of(DataKind.MEETINGS)
# the translation maps (language -> text) a meeting, an outcome and an action item take; a meeting's
# ``agenda_i18n`` maps a language to a list of agenda points instead (``_meeting_names``)
MEETING_I18N_FIELDS = ("minutes_i18n",)
OUTCOME_I18N_FIELDS = ("topic_i18n",)
ACTION_I18N_FIELDS = ("description_i18n", "owner_text_i18n")


def _with_clean_names(values: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """``values`` with each translation map of ``fields`` trimmed and its empty texts left out; a language
    other than ru, kk, en or a text that is not text is refused, naming the field."""
    problems = Problems()
    cleaned = dict(values)
    for name in fields:
        if name in values:
            cleaned[name] = clean_translations(values[name], name, problems)
    problems.raise_if_any()
    return cleaned


def _meeting_names(values: Mapping[str, Any], current: Meeting | None = None) -> dict[str, Any]:
    """``values`` with their translations cleaned; the agenda's translations are checked against the
    agenda the meeting will have (a list of another length is refused, naming ``agenda_i18n``); a new
    agenda without them carries the old ones point by point (``carry_list_translations``)."""
    cleaned = _with_clean_names(values, MEETING_I18N_FIELDS)
    old = dict(getattr(current, "agenda_i18n", None) or {})
    agenda = values.get("agenda", getattr(current, "agenda", None)) or []
    if "agenda_i18n" in values:
        problems = Problems()
        cleaned["agenda_i18n"] = clean_list_translations(
            values["agenda_i18n"], agenda, "agenda_i18n", ("point", "agenda points", "the agenda"), problems
        )
        problems.raise_if_any()
    elif "agenda" in values and old and current is not None:
        # the agenda typed anew (a point added, removed or moved): each point keeps its translations by
        # its text, a new or reworded point has none until given
        cleaned["agenda_i18n"] = carry_list_translations(current.agenda or [], old, agenda)
    return cleaned


def carry_list_translations(
    before: Sequence[str], translations: Mapping[str, Sequence[str]], after: Sequence[str]
) -> dict[str, list[str]]:
    """The translations of a list typed anew: each entry of ``after`` gets the texts of the same entry in
    ``before`` (by its text; a new one gets none, ""), a language left with no text is dropped."""
    carried: dict[str, list[str]] = {}
    for lang, texts in translations.items():
        if len(texts) != len(before):
            continue
        by_text = {typed: text for typed, text in zip(before, texts, strict=True) if text}
        shown = [by_text.get(point, "") for point in after]
        if any(shown):
            carried[lang] = shown
    return carried


def _check_meeting(values: Mapping[str, Any]) -> None:
    problems = Problems()
    problems.check_choice(values, "format", [f.value for f in MeetingFormat])
    if "agenda" in values and not all(isinstance(x, str) for x in values["agenda"] or []):
        problems.say("agenda", "agenda_texts")
    problems.raise_if_any()


def create_meeting(
    uow: UnitOfWork,
    item_id: int,
    values: Mapping[str, Any] | None = None,
    outcome: Mapping[str, Any] | None = None,
) -> Created:
    """Attach a meeting (format, agenda, minutes, and their translations ``agenda_i18n``, ``minutes_i18n``)
    to an itinerary item that has none yet.

    ``outcome`` is a first decision recorded with it, in the same transaction: an item of kind meeting
    is listed on the Meetings page before it has a record, and its first edit, an outcome included,
    starts the record. Undo with ``delete_meeting`` (which takes the outcome too).
    """
    values = dict(values or {})
    check_fields(values, MEETING_FIELDS, "a meeting")
    _check_meeting(values)
    values = _meeting_names(values)
    if outcome is not None:
        check_fields(outcome, OUTCOME_FIELDS, "an outcome")
        outcome = _with_clean_names(outcome, OUTCOME_I18N_FIELDS)
        if not str(outcome.get("text") or "").strip():
            raise ValidationError(Problem("text", "the outcome must not be empty", "empty_outcome"))
        _check_outcome(outcome)
    with uow:
        get_or_fail(uow.session, ItineraryItem, item_id, "itinerary item")
        if uow.session.scalar(select(Meeting.id).where(Meeting.item_id == item_id)) is not None:
            raise ValidationError(problem("item", "meeting_exists"))
        meeting = Meeting(item_id=item_id, **values)
        uow.session.add(meeting)
        if outcome is not None:
            uow.flush()  # the outcome needs the meeting's id
            add_last(uow.session, Outcome, Outcome.meeting_id, meeting.id, outcome)
        uow.commit()
        return Created(meeting.id, meeting.version, MEETINGS)


def delete_meeting(uow: UnitOfWork, meeting_id: int) -> Deleted:
    """Remove a meeting with its outcomes (the item stays); undo with ``restore_meeting``."""
    with uow:
        meeting = get_or_fail(uow.session, Meeting, meeting_id, "meeting")
        snap = {
            "row": row_dict(meeting),
            "outcomes": [
                {"row": row_dict(o), "actions": [row_dict(a) for a in o.action_items]}
                for o in meeting.outcomes
            ],
        }
        uow.session.delete(meeting)
        uow.commit()
        return Deleted(meeting_id, snap, MEETINGS)


def restore_meeting(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_meeting``."""
    with uow:
        uow.session.execute(insert(Meeting), [deleted.snapshot["row"]])
        for outcome in deleted.snapshot["outcomes"]:
            uow.session.execute(insert(Outcome), [outcome["row"]])
            if outcome["actions"]:
                uow.session.execute(insert(ActionItem), outcome["actions"])
        uow.commit()
        return Created(deleted.id, changes=MEETINGS)


def update_meeting(
    uow: UnitOfWork, meeting_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a meeting's format, agenda points or minutes, or their translations (``minutes_i18n``:
    language -> text; ``agenda_i18n``: language -> one text per agenda point, in their order)."""
    check_fields(changes, MEETING_FIELDS, "a meeting")
    _check_meeting(changes)
    with uow:
        meeting = get_or_fail(uow.session, Meeting, meeting_id, "meeting")
        changes = _meeting_names(changes, meeting)
        result = apply_update(meeting, changes, expected_version, "The meeting", uow.session, MEETINGS)
        uow.commit()
        return result


def _check_outcome(values: Mapping[str, Any]) -> None:
    problems = Problems()
    problems.require_text(values, "text", "empty_outcome")
    problems.raise_if_any()


def add_outcome(uow: UnitOfWork, meeting_id: int, values: Mapping[str, Any]) -> Created:
    """Record a decision of a meeting (``text`` required, ``topic`` optional, each with its translations:
    ``text_i18n``, ``topic_i18n``); it goes last."""
    check_fields(values, OUTCOME_FIELDS, "an outcome")
    values = _with_clean_names(values, OUTCOME_I18N_FIELDS)
    if not str(values.get("text") or "").strip():
        raise ValidationError(Problem("text", "the outcome must not be empty", "empty_outcome"))
    _check_outcome(values)
    with uow:
        get_or_fail(uow.session, Meeting, meeting_id, "meeting")
        outcome = add_last(uow.session, Outcome, Outcome.meeting_id, meeting_id, values)
        uow.commit()
        return Created(outcome.id, outcome.version, MEETINGS)


def update_outcome(
    uow: UnitOfWork, outcome_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change the topic or text of an outcome, or their translations (``topic_i18n``, ``text_i18n``:
    language -> text maps replacing the old ones)."""
    check_fields(changes, OUTCOME_FIELDS, "an outcome")
    changes = _with_clean_names(changes, OUTCOME_I18N_FIELDS)
    _check_outcome(changes)
    with uow:
        outcome = get_or_fail(uow.session, Outcome, outcome_id, "outcome")
        result = apply_update(outcome, changes, expected_version, "The outcome", uow.session, MEETINGS)
        uow.commit()
        return result


def delete_outcome(uow: UnitOfWork, outcome_id: int, expected_version: int | None = None) -> Deleted:
    """Delete an outcome with its action items; undo with ``restore_outcome``."""
    with uow:
        outcome = get_or_fail(uow.session, Outcome, outcome_id, "outcome")
        check_version(outcome, expected_version, "The outcome")
        snap = {"row": row_dict(outcome), "actions": [row_dict(a) for a in outcome.action_items]}
        uow.session.delete(outcome)
        uow.commit()
        return Deleted(outcome_id, snap, MEETINGS)


def restore_outcome(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_outcome``."""
    with uow:
        uow.session.execute(insert(Outcome), [deleted.snapshot["row"]])
        if deleted.snapshot["actions"]:
            uow.session.execute(insert(ActionItem), deleted.snapshot["actions"])
        uow.commit()
        return Created(deleted.id, changes=MEETINGS)


def _check_action(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any]) -> None:
    problems = Problems()
    problems.require_text(values, "description", "empty_task")
    problems.check_choice(values, "status", [s.value for s in ActionStatus])
    owner = values.get("owner_id")
    if owner is not None:
        person = uow.session.get(Participant, owner)
        if person is None or person.visit_id != visit_id:
            problems.say("owner_id", "unknown_participant_of_visit", id=owner)
    problems.raise_if_any()


def _visit_of_outcome(uow: UnitOfWork, outcome_id: int) -> int:
    visit_id = uow.session.scalar(
        select(ItineraryItem.visit_id)
        .join(Meeting, Meeting.item_id == ItineraryItem.id)
        .join(Outcome, Outcome.meeting_id == Meeting.id)
        .where(Outcome.id == outcome_id)
    )
    if visit_id is None:
        get_or_fail(uow.session, Outcome, outcome_id, "outcome")
    return int(visit_id or 0)


def add_action_item(uow: UnitOfWork, outcome_id: int, values: Mapping[str, Any]) -> Created:
    """Add a task to an outcome: ``description`` required (``description_i18n``: its translations); owner
    (participant or text, ``owner_text_i18n``: the text's translations), due date, status."""
    check_fields(values, ACTION_FIELDS, "an action item")
    values = _with_clean_names(values, ACTION_I18N_FIELDS)
    if not str(values.get("description") or "").strip():
        raise ValidationError(Problem("description", "the task must not be empty", "empty_task"))
    with uow:
        _check_action(uow, _visit_of_outcome(uow, outcome_id), values)
        action = add_last(uow.session, ActionItem, ActionItem.outcome_id, outcome_id, values)
        uow.commit()
        return Created(action.id, action.version, MEETINGS)


def update_action_item(
    uow: UnitOfWork, action_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a task's text or its translations (``description_i18n``), owner (or the translations of an
    owner typed as text, ``owner_text_i18n``), due date or status."""
    check_fields(changes, ACTION_FIELDS, "an action item")
    changes = _with_clean_names(changes, ACTION_I18N_FIELDS)
    with uow:
        action = get_or_fail(uow.session, ActionItem, action_id, "action item")
        _check_action(uow, _visit_of_outcome(uow, action.outcome_id), changes)
        result = apply_update(action, changes, expected_version, "The action item", uow.session, MEETINGS)
        uow.commit()
        return result


def delete_action_item(uow: UnitOfWork, action_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a task; undo with ``restore_action_item``."""
    with uow:
        action = get_or_fail(uow.session, ActionItem, action_id, "action item")
        check_version(action, expected_version, "The action item")
        snap = row_dict(action)
        uow.session.delete(action)
        uow.commit()
        return Deleted(action_id, {"row": snap}, MEETINGS)


def restore_action_item(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_action_item``."""
    with uow:
        uow.session.execute(insert(ActionItem), [deleted.snapshot["row"]])
        uow.commit()
        return Created(deleted.id, changes=MEETINGS)
