"""Editing signed documents: the document, its signatories and its commitments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import ActionStatus, DocumentStatus, DocumentType
from planner.domain.messages import problem
from planner.persistence.tables import Commitment, Participant, Signatory, SignedDocument, Visit, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Replaced,
    Updated,
    add_last,
    apply_update,
    check_fields,
    get_or_fail,
)
from planner.services.translations import clean_list_translations, clean_translations

DOCUMENT_FIELDS = (
    "title",
    "title_i18n",
    "doc_type",
    "partner_region",
    "partner_region_i18n",
    "parties",
    "parties_i18n",
    "signed_on",
    "place",
    "place_i18n",
    "term_start",
    "term_end",
    "copies",
    "status",
    "scan_path",
    "notes",
    "notes_i18n",
    "item_id",
)
COMMITMENT_FIELDS = (
    "area",
    "area_i18n",
    "text",
    "text_i18n",
    "responsible",
    "responsible_i18n",
    "due_date",
    "status",
    "position",
)
SIGNATORY_FIELDS = ("participant_id", "name", "title", "title_i18n", "party", "party_i18n")

DOCUMENTS = Changes.of(DataKind.DOCUMENTS)
# the translation maps (language -> text) a document, a signatory and a commitment take; a document's
# ``parties_i18n`` maps a language to a list of parties instead (``_clean_parties``)
DOCUMENT_I18N_FIELDS = ("title_i18n", "partner_region_i18n", "place_i18n", "notes_i18n")
SIGNATORY_I18N_FIELDS = ("title_i18n", "party_i18n")
COMMITMENT_I18N_FIELDS = ("area_i18n", "text_i18n", "responsible_i18n")


def _with_clean_names(values: Mapping[str, Any], fields: tuple[str, ...], where: str = "") -> dict[str, Any]:
    """``values`` with each translation map of ``fields`` trimmed and its empty texts left out; a language
    other than ru, kk, en or a text that is not text is refused, naming the field (``where`` before it:
    "signatory 2: ")."""
    problems = Problems()
    cleaned = dict(values)
    for name in fields:
        if name in values:
            cleaned[name] = clean_translations(values[name], f"{where}{name}", problems)
    problems.raise_if_any()
    return cleaned


def _clean_parties(value: Any, parties: Sequence[str], problems: Problems) -> dict[str, list[str]]:
    """The parties' translations: language -> a list as long as ``parties`` (one text per party, in their
    order), each text trimmed; a language whose texts are all empty is left out. Anything else (an unknown
    language, a list of another length, a text that is not text) is a problem of ``parties_i18n``."""
    return clean_list_translations(
        value, parties, "parties_i18n", ("party", "parties", "the document"), problems
    )


def _validate(values: Mapping[str, Any], current: SignedDocument | None = None) -> None:
    problems = Problems()
    problems.require_text(values, "title", "empty_title")
    problems.check_choice(values, "doc_type", [t.value for t in DocumentType])
    problems.check_choice(values, "status", [s.value for s in DocumentStatus])
    if "copies" in values and (not isinstance(values["copies"], int) or values["copies"] < 0):
        problems.say("copies", "copies_whole")
    if "parties" in values and not all(isinstance(x, str) and x.strip() for x in values["parties"] or []):
        problems.say("parties", "party_names")
    start = values.get("term_start", getattr(current, "term_start", None))
    end = values.get("term_end", getattr(current, "term_end", None))
    problems.check_not_before(start, end, "term_end")
    problems.raise_if_any()


def _document_names(values: Mapping[str, Any], current: SignedDocument | None = None) -> dict[str, Any]:
    """``values`` with their translations cleaned; the parties' translations are checked against the
    parties the document will have (a new list of parties with the old translations is refused when their
    lengths differ, naming ``parties_i18n``)."""
    cleaned = _with_clean_names(values, DOCUMENT_I18N_FIELDS)
    if "parties_i18n" in values or ("parties" in values and current is not None and current.parties_i18n):
        parties = values.get("parties", getattr(current, "parties", None)) or []
        old = getattr(current, "parties_i18n", None) or {}
        problems = Problems()
        cleaned["parties_i18n"] = _clean_parties(values.get("parties_i18n", old), parties, problems)
        problems.raise_if_any()
    return cleaned


def add_document(uow: UnitOfWork, visit_id: int | None, values: Mapping[str, Any]) -> Created:
    """Record a signed document (``title`` and ``doc_type`` required; ``title_i18n``,
    ``partner_region_i18n``, ``place_i18n``: translations; ``parties_i18n``: language -> one text per
    party)."""
    check_fields(values, DOCUMENT_FIELDS, "a signed document")
    values = _document_names(values)
    problems = Problems()
    for name in ("title", "doc_type"):
        if not values.get(name):
            problems.say(name, "required")
    problems.raise_if_any()
    _validate(values)
    with uow:
        if visit_id is not None:
            get_or_fail(uow.session, Visit, visit_id, "visit")
        document = SignedDocument(visit_id=visit_id, **values)
        uow.session.add(document)
        uow.commit()
        return Created(document.id, document.version, DOCUMENTS)


def update_document(
    uow: UnitOfWork, document_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a document's fields (parties, dates, term, status, attached scan...) or the translations of
    its names (maps replacing the old ones)."""
    check_fields(changes, DOCUMENT_FIELDS, "a signed document")
    with uow:
        document = get_or_fail(uow.session, SignedDocument, document_id, "signed document")
        _validate(changes, document)
        changes = _document_names(changes, document)
        what = f"Document '{document.title}'"
        result = apply_update(document, changes, expected_version, what, uow.session, DOCUMENTS)
        uow.commit()
        return result


def delete_document(uow: UnitOfWork, document_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a document with its signatories and commitments; undo with ``restore_document``."""
    with uow:
        document = get_or_fail(uow.session, SignedDocument, document_id, "signed document")
        check_version(document, expected_version, f"Document '{document.title}'")
        snap = {
            "row": row_dict(document),
            "signatories": [row_dict(x) for x in document.signatories],
            "commitments": [row_dict(x) for x in document.commitments],
        }
        uow.session.delete(document)
        uow.commit()
        return Deleted(document_id, snap, DOCUMENTS)


def restore_document(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_document``."""
    with uow:
        uow.session.execute(insert(SignedDocument), [deleted.snapshot["row"]])
        for key, model in (("signatories", Signatory), ("commitments", Commitment)):
            if deleted.snapshot[key]:
                uow.session.execute(insert(model), deleted.snapshot[key])
        uow.commit()
        return Created(deleted.id, changes=DOCUMENTS)


def set_signatories(uow: UnitOfWork, document_id: int, signatories: Sequence[Mapping[str, Any]]) -> Replaced:
    """Replace who signed a document (in order), each with the translations of its title and party
    (``title_i18n``, ``party_i18n``); returns the previous list for undo."""
    problems = Problems()
    for n, row in enumerate(signatories, start=1):
        unknown = set(row) - set(SIGNATORY_FIELDS)
        if unknown:
            problems.add(f"signatory {n}", f"unknown fields {', '.join(sorted(unknown))}")
        if not str(row.get("name") or "").strip():
            problems.say(f"signatory {n}", "empty_signatory")
    problems.raise_if_any()
    signatories = [
        _with_clean_names(row, SIGNATORY_I18N_FIELDS, f"signatory {n}: ")
        for n, row in enumerate(signatories, start=1)
    ]
    with uow:
        s = uow.session
        document = get_or_fail(s, SignedDocument, document_id, "signed document")
        for n, row in enumerate(signatories, start=1):
            pid = row.get("participant_id")
            if pid is not None and s.get(Participant, pid) is None:
                raise ValidationError(problem(f"signatory {n}", "unknown_participant", id=pid))
        old = [
            {f: getattr(x, f) for f in SIGNATORY_FIELDS}
            | {f: dict(getattr(x, f) or {}) for f in SIGNATORY_I18N_FIELDS}
            for x in document.signatories
        ]
        s.execute(delete(Signatory).where(Signatory.document_id == document_id))
        if signatories:
            s.execute(
                insert(Signatory),
                [
                    {"document_id": document_id, "position": n, **{f: row.get(f) for f in SIGNATORY_FIELDS}}
                    | {"title": row.get("title") or "", "party": row.get("party") or ""}
                    | {f: row.get(f) or {} for f in SIGNATORY_I18N_FIELDS}
                    for n, row in enumerate(signatories, start=1)
                ],
            )
        uow.commit()
        return Replaced(old, DOCUMENTS)


def _check_commitment(values: Mapping[str, Any]) -> None:
    problems = Problems()
    problems.require_text(values, "text", "empty_commitment")
    problems.check_choice(values, "status", [s.value for s in ActionStatus])
    problems.raise_if_any()


def add_commitment(uow: UnitOfWork, document_id: int, values: Mapping[str, Any]) -> Created:
    """Add something the document commits a party to (``text`` required; ``area_i18n``, ``text_i18n``,
    ``responsible_i18n``: translations)."""
    check_fields(values, COMMITMENT_FIELDS, "a commitment")
    values = _with_clean_names(values, COMMITMENT_I18N_FIELDS)
    if not str(values.get("text") or "").strip():
        raise ValidationError(Problem("text", "the commitment must not be empty", "empty_commitment"))
    _check_commitment(values)
    with uow:
        get_or_fail(uow.session, SignedDocument, document_id, "signed document")
        commitment = add_last(uow.session, Commitment, Commitment.document_id, document_id, values)
        uow.commit()
        return Created(commitment.id, commitment.version, DOCUMENTS)


def update_commitment(
    uow: UnitOfWork, commitment_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a commitment's area, text, responsible party (or their translations), due date or status."""
    check_fields(changes, COMMITMENT_FIELDS, "a commitment")
    changes = _with_clean_names(changes, COMMITMENT_I18N_FIELDS)
    _check_commitment(changes)
    with uow:
        commitment = get_or_fail(uow.session, Commitment, commitment_id, "commitment")
        result = apply_update(commitment, changes, expected_version, "The commitment", uow.session, DOCUMENTS)
        uow.commit()
        return result


def delete_commitment(uow: UnitOfWork, commitment_id: int) -> Deleted:
    """Delete a commitment; undo with ``restore_commitment``."""
    with uow:
        commitment = get_or_fail(uow.session, Commitment, commitment_id, "commitment")
        snap = row_dict(commitment)
        uow.session.delete(commitment)
        uow.commit()
        return Deleted(commitment_id, {"row": snap}, DOCUMENTS)


def restore_commitment(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_commitment``."""
    with uow:
        uow.session.execute(insert(Commitment), [deleted.snapshot["row"]])
        uow.commit()
        return Created(deleted.id, changes=DOCUMENTS)
