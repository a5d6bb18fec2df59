"""When a typed name counts as already written in a language (planner.queries.translations)."""

from __future__ import annotations

import pytest

from planner.queries.translations import lacks


@pytest.mark.parametrize(
    ("text", "translations", "lang", "missing"),
    [
        ("Акимат Атырауской области", {}, "kk", True),
        ("Акимат Атырауской области", {"kk": "Атырау облысының әкімдігі"}, "kk", False),
        ("Акимат Атырауской области", {"kk": "  "}, "kk", True),  # a blank translation is none
        ("Акимат Атырауской области", {}, "ru", False),  # typed in Russian
        ("Акимат Атырауской области", {}, "en", True),
        ("Шәпкенов Серік", {}, "kk", False),  # Kazakh letters: typed in Kazakh
        ("Шәпкенов Серік", {}, "ru", True),
        ("KazMunayGas", {}, "en", False),  # Latin letters only: typed in English
        ("KazMunayGas", {}, "kk", True),
        ("24/7", {}, "kk", False),  # no letters: nothing to translate
        ("", {}, "en", False),
    ],
)
def test_a_name_lacks_a_language_unless_translated_or_typed_in_it(
    text: str, translations: dict[str, str], lang: str, missing: bool
) -> None:
    assert lacks(text, translations, lang) is missing
