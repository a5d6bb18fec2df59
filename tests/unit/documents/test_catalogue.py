"""Every label exists in Russian, Kazakh and English with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from planner.documents import catalogue
from planner.documents.catalogue import LANGUAGES, check_language, label, value_name
from planner.domain import kinds
from planner.domain.errors import ValidationError


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalogue._LABELS))
def test_every_label_is_translated_with_the_same_placeholders(key: str) -> None:
    texts = catalogue._LABELS[key]
    assert len(texts) == len(LANGUAGES) and all(t.strip() for t in texts)
    assert len({frozenset(_fields(t)) for t in texts}) == 1, texts


@pytest.mark.parametrize(
    ("enumeration", "enum"),
    [
        ("document_type", kinds.DocumentType),
        ("document_status", kinds.DocumentStatus),
        ("action_status", kinds.ActionStatus),
        ("meeting_format", kinds.MeetingFormat),
        ("vehicle_kind", kinds.VehicleKind),
        ("item_kind", kinds.ItemKind),
        ("side", kinds.Side),
    ],
)
def test_every_stored_value_has_a_printed_name_in_every_language(enumeration: str, enum: type) -> None:
    for member in enum:
        for lang in LANGUAGES:
            name = value_name(enumeration, member.value, lang)
            assert name and name != member.value, (enumeration, member.value, lang)


def test_kazakh_labels_are_kazakh() -> None:
    # a copy-paste of the Russian label into the Kazakh slot is the likely mistake
    same = [k for k, (ru, kk, _) in catalogue._LABELS.items() if ru == kk and re.search("[а-я]{4}", ru)]
    assert set(same) <= {"delegation", "phone"}, same  # words Kazakh shares with Russian


def test_lookup_fills_placeholders_and_refuses_unknown_languages() -> None:
    assert label("page_of", "kk", n=2, total=5) == "5 беттің 2-беті"
    assert label("no-such-label", "en") == "no-such-label"
    with pytest.raises(ValidationError, match="'de'"):
        check_language("de")
