"""The catalogue of refusals: every message in ru, kk and en with the same placeholders, and the English
text the services always said."""

from __future__ import annotations

from datetime import date
from string import Formatter

import pytest

from planner.domain.errors import Problem, ValidationError
from planner.domain.messages import MESSAGES, english, localized, localized_summary, message, problem
from planner.interchange.input_limits import MAX_TEXT, text_problem
from planner.services.editing import Problems, check_text


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_three_texts_with_the_same_placeholders(key: str) -> None:
    names = MESSAGES[key]
    assert all(text.strip() for text in names), key
    assert _fields(names.ru) == _fields(names.en) == _fields(names.kk), key
    # no English left in the other two (a placeholder's quotes are «» there, not repr's)
    for text in (names.ru, names.kk):
        assert "!r}" not in text and text != names.en, key


# the English sentences as the services wrote them before the catalogue (tests and the CLI read these)
BEFORE = [
    ("required", {}, "this field is required"),
    ("empty_person_name", {}, "The name must not be empty"),
    ("empty_delegation_name", {}, "The delegation's name must not be empty"),
    (
        "bad_email",
        {"value": "governor@astrakhan"},
        "'governor@astrakhan' is not a valid e-mail address (expected name@example.org)",
    ),
    ("bad_choice", {"value": "alien", "options": "guest, host"}, "'alien' is not one of: guest, host"),
    ("departure_after_arrival", {}, "the departure must come after the arrival"),
    ("latitude_range", {}, "the latitude must be a number between -90 and 90"),
    (
        "site_in_use",
        {"name": "Музей", "count": 2},
        "site 'Музей' is used by 2 itinerary item(s); move them first",
    ),
    (
        "too_many_passengers",
        {"count": 5, "label": "Car 1", "seats": 4},
        "5 passengers but vehicle Car 1 has 4 seats",
    ),
    (
        "not_within_visit",
        {"day": "20.05.2023", "start": "11.05.2023", "end": "12.05.2023"},
        "20.05.2023 is not within a day of the visit (11.05.2023–12.05.2023); check the date",
    ),
    (
        "items_outside_more",
        {"count": 7, "start": "11.05.2023", "end": "12.05.2023", "more": 2, "named": "«Обед» (13.05 13:00)"},
        "7 item(s) would fall outside the visit's days 11.05.2023–12.05.2023: «Обед» (13.05 13:00) and 2"
        " more. Make the visit longer, or move or delete those items first; nothing was changed",
    ),
    ("lunch_fit", {"minutes": 90}, "90 min of lunch do not fit its window"),
    ("time_grid", {"value": 7}, "the time grid is 1, 5, 10 or 15 minutes, not 7"),
    ("dinner_minutes", {"value": 300}, "a meal lasts 0 (no dinner rule) to 240 minutes, not 300"),
    ("stay_with_zone", {}, "give a date and time with its zone"),
    (
        "group_exists",
        {"name": "Әкімдік"},
        "this visit already has a group named «Әкімдік»; choose another name",
    ),
]


@pytest.mark.parametrize(("key", "params", "before"), BEFORE)
def test_the_english_text_did_not_change(key: str, params: dict[str, object], before: str) -> None:
    assert english(key, **params) == before
    assert str(problem("f", key, **params)) == f"f: {before}"


@pytest.mark.parametrize(
    ("typed", "key", "ru"),
    [
        ("a\x07b", "text_control", "содержит управляющий символ (U+0007) в позиции 2; удалите его"),
        ("Қ\u202eазақ", "text_invisible", "содержит невидимый или неизвестный символ (U+202E) в позиции 2"),
        ("Привет 😀", "text_emoji", "содержит «😀» (U+1F600) в позиции 8"),
        ("Тель-Авив תל", "text_rtl", "содержит текст справа налево («ת», U+05EA) в позиции 11"),
        ("x" * (MAX_TEXT + 1), "text_too_long", f"текст длиной {MAX_TEXT + 1} знаков"),
    ],
)
def test_text_refusals_keep_their_english_and_gain_a_key(typed: str, key: str, ru: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_text({"notes": typed})
    (found,) = caught.value.problems
    assert found.reason == text_problem(typed)  # the English as input_limits says it
    assert found.key == key
    assert localized(found, "en") == found.reason
    assert localized(found, "ru").startswith(ru)
    assert message(key, "en", found.params) == found.reason
    assert localized(found, "kk") not in (found.reason, localized(found, "ru"))


def test_a_problem_says_its_key_in_the_language_asked_and_english_otherwise() -> None:
    problems = Problems()
    problems.check_not_before(date(2024, 1, 1), date(2023, 1, 1), "term_end")
    problems.add("notes", "something only English knows")
    problems.add("title", "the title must not be empty", "empty_title")  # its own English, kept
    problems.add("copies", "an unknown key falls back", "no_such_key")
    ended, loose, titled, unknown = problems.items
    assert localized(ended, "ru") == "окончание раньше начала"
    assert localized(ended, "kk") == "аяқталуы басталуынан ерте"
    assert localized(ended, "de") == localized(ended, "en") == "the end is before the start"
    assert localized(loose, "ru") == "something only English knows"
    assert localized(titled, "en") == "the title must not be empty"
    assert localized(titled, "ru") == "Название не должно быть пустым"
    assert localized(unknown, "kk") == "an unknown key falls back"
    # the key does not change what a problem is equal to
    assert ended == Problem("term_end", "the end is before the start")


def test_the_summary_of_a_refusal_in_a_language() -> None:
    error = ValidationError([problem("full_name", "required"), Problem("", "plain English")])
    assert localized_summary(error, "en") == str(error) == "full_name: this field is required\nplain English"
    assert localized_summary(error, "ru") == "full_name: это поле нужно заполнить\nplain English"
    many = ValidationError([problem(f"row {n}", "required") for n in range(53)])
    assert localized_summary(many, "kk", "тағы {n}").splitlines()[-1] == "тағы 3"


def test_a_name_with_quotation_marks_of_its_own_is_not_quoted_twice() -> None:
    # a Kazakh site name that starts with «: the refusal's «» outside, the name's own made „“
    name = "«Қазақстан» ауылы"
    assert (
        message("site_exists", "ru", {"name": name}) == "объект «„Қазақстан“ ауылы» по этому адресу уже есть"
    )
    assert (
        message("site_exists", "kk", {"name": name})
        == "осы мекенжайда «„Қазақстан“ ауылы» нысаны бұрыннан бар"
    )
    # the English text quotes with repr, as the command line always said
    assert (
        message("site_exists", "en", {"name": name})
        == f"a site named {name!r} at this address already exists"
    )
