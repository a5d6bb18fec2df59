"""The names of a visit in other languages: its title, the delegation, its home region, the host region,
the host organisation, the way the delegation arrives and the purpose of the visit.

Sites' and people's translations are fields of the site and participant verbs; the visit's names belong
to two rows (the visit and its delegation), so one verb here changes them together and undo puts back
exactly the old maps.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from planner.domain.vocabulary import LANGUAGES
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import NOTHING, Changes, DataKind
from planner.services.editing import Problems, Updated, check_fields, get_or_fail

# field -> (row, attribute): the visit's own names and its delegation's
VISIT_NAME_FIELDS: dict[str, tuple[str, str]] = {
    "title_i18n": ("visit", "title_i18n"),
    "delegation_name_i18n": ("delegation", "name_i18n"),
    "home_region_i18n": ("delegation", "home_region_i18n"),
    "host_region_i18n": ("visit", "host_region_i18n"),
    "host_organisation_i18n": ("visit", "host_organisation_i18n"),
    "arrival_mode_i18n": ("visit", "arrival_mode_i18n"),
    "purpose_i18n": ("visit", "purpose_i18n"),
}
# a visit's header is printed on every document and shown in the visit list
NAMES_CHANGED = Changes.of(DataKind.VISITS)


def clean_translations(value: Any, field: str, problems: Problems) -> dict[str, str]:
    """A language -> text map with the texts trimmed and the empty ones left out; a language other than
    ru, kk, en or a text that is not a string is a problem noted against ``field``."""
    if not isinstance(value, Mapping):
        problems.add(field, "translations must be a map of language code to text")
        return {}
    cleaned: dict[str, str] = {}
    known = [lang.value for lang in LANGUAGES]
    for lang, text in value.items():
        if lang not in known:
            problems.add(field, f"{lang!r} is not a language of the documents (use {', '.join(known)})")
        elif not isinstance(text, str):
            problems.add(field, f"the {lang} text is not text")
        elif text.strip():
            cleaned[lang] = text.strip()
    return cleaned


def clean_list_translations(
    value: Any, typed: Sequence[str], field: str, names: tuple[str, str, str], problems: Problems
) -> dict[str, list[str]]:
    """The translations of a list of texts (a document's parties, a meeting's agenda): language -> a list
    as long as ``typed`` (one text per entry, in its order), each text trimmed; a language whose texts are
    all empty is left out. Anything else (an unknown language, a list of another length, a text that is not
    text) is a problem of ``field``; ``names`` says what the entries are, one and many, and whose they are
    (("party", "parties", "the document"))."""
    one, noun, owner = names
    if not isinstance(value, Mapping):
        problems.add(field, f"the {noun}' translations must be a map of language code to a list of {noun}")
        return {}
    known = [lang.value for lang in LANGUAGES]
    cleaned: dict[str, list[str]] = {}
    for lang, texts in value.items():
        if lang not in known:
            problems.add(field, f"{lang!r} is not a language of the documents (use {', '.join(known)})")
        elif not isinstance(texts, list | tuple) or not all(isinstance(t, str) for t in texts):
            problems.add(field, f"the {lang} {noun} must be a list of texts")
        elif any(t.strip() for t in texts):
            if len(texts) != len(typed):
                problems.add(
                    field,
                    f"the {lang} list names {len(texts)} {noun}, {owner} {len(typed)}:"
                    f" give one text per {one}, in the same order",
                )
            else:
                cleaned[lang] = [t.strip() for t in texts]
    return cleaned


def update_visit_names(
    uow: UnitOfWork, visit_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Set the translations of a visit's names (fields of ``VISIT_NAME_FIELDS``, each a language -> text
    map replacing the old one); undo is this verb with the returned old maps."""
    check_fields(changes, VISIT_NAME_FIELDS, "a visit's names")
    problems = Problems()
    cleaned = {name: clean_translations(value, name, problems) for name, value in changes.items()}
    problems.raise_if_any()
    with uow:
        visit = get_or_fail(uow.session, Visit, visit_id, "visit")
        check_version(visit, expected_version, f"Visit '{visit.title}'")
        rows = {"visit": visit, "delegation": visit.delegation}
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for name, value in cleaned.items():
            row_name, attribute = VISIT_NAME_FIELDS[name]
            row = rows[row_name]
            current = dict(getattr(row, attribute) or {})
            if current != value:
                old[name], new[name] = current, dict(value)
                setattr(row, attribute, dict(value))
        uow.flush()
        uow.commit()
        return Updated(visit.id, old, new, visit.version, NAMES_CHANGED if new else NOTHING)
