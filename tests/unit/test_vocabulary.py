"""The vocabulary: every stored value named in every language, one fallback, field lists that exist."""

from __future__ import annotations

import pytest

from planner.domain import kinds, vocabulary
from planner.domain.kinds import ItemKind, Language
from planner.domain.vocabulary import FALLBACK_LANGUAGE, LANGUAGES, Names, language_or_fallback, value_name


def test_the_languages_are_the_language_enumeration() -> None:
    assert set(LANGUAGES) == set(Language)
    assert set(vocabulary.LANGUAGE_NAMES) == set(Language)
    assert vocabulary.LANGUAGE_NAMES[Language.KK] == "Қазақша"


@pytest.mark.parametrize(
    ("enumeration", "enum"),
    [
        ("item_kind", kinds.ItemKind),
        ("side", kinds.Side),
        ("document_type", kinds.DocumentType),
        ("document_status", kinds.DocumentStatus),
        ("action_status", kinds.ActionStatus),
        ("meeting_format", kinds.MeetingFormat),
        ("vehicle_kind", kinds.VehicleKind),
    ],
)
def test_every_value_has_a_name_in_every_language(enumeration: str, enum: type) -> None:
    names = vocabulary.VALUE_NAMES[enumeration]
    assert set(names) == {member.value for member in enum}
    for text in names.values():
        assert all(t.strip() for t in text), text


def test_names_a_user_reads() -> None:
    assert value_name("item_kind", ItemKind.SITE_VISIT, "kk") == "Нысанды аралау"
    assert value_name("item_kind", "site_visit", "ru") == "Посещение объекта"
    assert value_name("vehicle_kind", "minibus", "en") == "Minibus"
    assert value_name("item_kind", "yacht_trip", "ru") == "yacht_trip"  # a value this version does not know


def test_one_fallback_language() -> None:
    assert FALLBACK_LANGUAGE == Language.EN
    assert language_or_fallback("de") == language_or_fallback(None) == Language.EN
    assert language_or_fallback("kk") == Language.KK
    assert Names("Встреча", "", "Meeting").text("kk") == "Meeting"
    assert Names("Встреча", "Кездесу", "Meeting").text("de") == "Meeting"


def test_the_editable_fields_are_columns_of_their_tables() -> None:
    from planner.persistence.tables import ItineraryItem, Participant, Site, Vehicle

    for fields, table in [
        (vocabulary.SITE_FIELDS, Site),
        (vocabulary.PARTICIPANT_FIELDS, Participant),
        (vocabulary.VEHICLE_FIELDS, Vehicle),
        (vocabulary.ITEM_FIELDS, ItineraryItem),
    ]:
        columns = {c.key for c in table.__mapper__.column_attrs}
        assert set(fields) <= columns, set(fields) - columns
    assert set(vocabulary.PRIVATE_PARTICIPANT_FIELDS) <= set(vocabulary.PARTICIPANT_FIELDS)
    assert "name" not in vocabulary.IMPORTED_SITE_FIELDS
    assert "full_name" not in vocabulary.IMPORTED_PARTICIPANT_FIELDS


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ru", ["Открыто", "Выполняется", "Выполнено", "Отстаёт от графика", "Отменено"]),
        ("kk", ["Ашық", "Орындалуда", "Орындалды", "Кестеден қалып барады", "Күші жойылды"]),
        ("en", ["Open", "In progress", "Done", "Behind schedule", "Cancelled"]),
    ],
)
def test_the_states_of_action_items_and_commitments(lang: str, words: list[str]) -> None:
    # "open" is recorded and not closed, work begun or not: it read "Не начато" (not started) in Russian
    assert [value_name("action_status", s, lang) for s in kinds.ActionStatus] == words


def test_the_categories_of_an_official_visits_places_are_named_in_every_language() -> None:
    names = vocabulary.SITE_CATEGORY_NAMES
    common = {"airport", "station", "border_crossing", "hotel", "restaurant", "museum", "theatre"}
    common |= {"government", "industry", "education", "health", "culture", "sport", "religion", "agriculture"}
    assert common <= set(names)
    for key, text in names.items():
        # capitalised as every value the interface and the documents show ("Government", not "government")
        assert all(t.strip() and t[0] == t[0].upper() for t in text), key


@pytest.mark.parametrize(
    ("stored", "lang", "shown"),
    [
        ("airport", "kk", "Әуежай"),
        ("Airport", "ru", "Аэропорт"),  # typed before airports were known: matched whatever its case
        (" MUSEUM ", "kk", "Мұражай"),
        ("Railway station", "ru", "Железнодорожный вокзал"),  # by its English name
        ("Гостиница", "en", "Hotel"),  # by its Russian name
        ("Этноаул «Жайық» & Co", "ru", "Этноаул «Жайық» & Co"),  # unknown: as typed
    ],
)
def test_a_category_is_found_by_its_word_or_any_of_its_names(stored: str, lang: str, shown: str) -> None:
    assert value_name("site_category", stored, lang) == shown
