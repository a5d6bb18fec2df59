from __future__ import annotations

from datetime import UTC, datetime

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling.opening_hours import is_open_between, parse_opening_hours

LUNCH = "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# 2023-05-11 is a Thursday; Atyrau is UTC+5, so 09:00 local is 04:00 UTC
@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-05-11 04:00", "2023-05-11 08:00", True),  # 09:00-13:00, up to the lunch closure
        ("2023-05-11 07:30", "2023-05-11 08:30", False),  # 12:30-13:30 runs into lunch
        ("2023-05-11 08:00", "2023-05-11 09:00", False),  # 13:00-14:00 is the closure itself
        ("2023-05-11 09:00", "2023-05-11 10:00", True),  # 14:00-15:00 right after lunch
        ("2023-05-11 03:59", "2023-05-11 04:30", False),  # one minute before opening
        ("2023-05-11 12:30", "2023-05-11 13:00", True),  # 17:30-18:00 touches closing time
        ("2023-05-14 05:00", "2023-05-14 06:00", False),  # Sunday off
        ("2023-05-13 05:00", "2023-05-13 09:00", True),  # Saturday 10:00-14:00
    ],
)
def test_lunch_closure_and_weekdays(start: str, end: str, expected: bool) -> None:
    assert is_open_between(LUNCH, utc(start), utc(end), "Asia/Atyrau") is expected


def test_the_zone_decides_the_wall_clock() -> None:
    # 04:00-05:00 UTC is 09:00-10:00 in Atyrau (UTC+5) but 08:00-09:00 in Astrakhan (UTC+4)
    start, end = utc("2023-05-11 04:00"), utc("2023-05-11 05:00")
    assert is_open_between("Mo-Su 09:00-18:00", start, end, "Asia/Atyrau")
    assert not is_open_between("Mo-Su 09:00-18:00", start, end, "Europe/Astrakhan")


def test_hours_past_midnight_cover_an_item_across_midnight() -> None:
    # 23:00-01:00 local in Atyrau
    start, end = utc("2023-05-11 18:00"), utc("2023-05-11 20:00")
    assert is_open_between("Mo-Su 18:00-02:00", start, end, "Asia/Atyrau")
    assert not is_open_between("Mo-Su 18:00-24:00", start, end, "Asia/Atyrau")


def test_empty_hours_mean_always_open() -> None:
    assert parse_opening_hours("") is None
    assert is_open_between("  ", utc("2023-05-14 00:00"), utc("2023-05-14 23:00"), "Asia/Atyrau")


@pytest.mark.parametrize("text", ["Mo-Fr 9-5", "garbage", "Mo-Fr 25:00-26:00"])
def test_unreadable_hours_name_the_text_and_show_an_example(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_opening_hours(text, where="site 'Порт'")
    message = str(caught.value)
    assert repr(text) in message
    assert "Mo-Fr 09:00-13:00,14:00-18:00" in message
    assert caught.value.problems[0].where == "site 'Порт'"


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off",
        "Mo-Su 08:00-20:00",
        "Fr-Sa 22:00-02:00",
        "24/7",
        "Mo-Fr 00:00-24:00",
        "Su off",
    ],
)
def test_spans_worked_out_for_a_range_at_once_equal_those_of_each_day(text: str) -> None:
    from datetime import date, timedelta
    from zoneinfo import ZoneInfo

    from planner.scheduling.opening_hours import OpeningCalendar

    tz = ZoneInfo("Asia/Atyrau")
    first, last = date(2023, 5, 1), date(2023, 5, 21)
    ahead = OpeningCalendar(text, tz)
    ahead.prefetch(first, last)
    day_by_day = OpeningCalendar(text, tz)
    for n in range((last - first).days + 1):
        day = first + timedelta(days=n)
        assert ahead.day_spans(day) == day_by_day.day_spans(day), day
    assert ahead.spans(first, last) == day_by_day.spans(first, last)


@pytest.mark.parametrize(
    "typed",
    [
        "Пн-Пт 9:00-18:00",
        "Дс-Жм 9:00-18:00",
        "Mo-Fr 9:00-18:00",
        "Mon-Fri 9.00-18.00",
        "понедельник-пятница 9:00–18:00",
        "дүйсенбі-жұма 9:00-18:00",
    ],
)
def test_hours_typed_in_russian_kazakh_or_english_day_names_are_read_alike(typed: str) -> None:
    from planner.scheduling.opening_hours import read_opening_hours

    assert read_opening_hours(typed) == "Mo-Fr 9:00-18:00"


def test_days_off_and_every_day_in_three_languages() -> None:
    from planner.scheduling.opening_hours import read_opening_hours

    stored = "Mo-Fr 9:00-18:00; Sa off"
    assert read_opening_hours("Пн-Пт 9:00-18:00, Сб выходной") == stored
    assert read_opening_hours("Дс-Жм 9:00-18:00; Сб демалыс") == stored
    assert read_opening_hours("Mon-Fri 9:00-18:00, Sat closed") == stored
    assert read_opening_hours("круглосуточно") == read_opening_hours("тәулік бойы") == "24/7"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_hours_shown_in_words_read_back_the_same(lang: str) -> None:
    from planner.domain.opening_hours_text import describe_opening_hours
    from planner.scheduling.opening_hours import EXAMPLE, read_opening_hours

    for stored in (EXAMPLE, "24/7", "Mo-Su 08:00-20:00", "Tu-Su 10:00-18:00; PH off"):
        words = describe_opening_hours(stored, lang)
        assert "Mo" not in words or lang == "en"
        assert read_opening_hours(words) == stored


def test_hours_in_words_of_each_language() -> None:
    from planner.domain.opening_hours_text import describe_opening_hours

    stored = "Mo-Fr 09:00-18:00; Su off"
    assert describe_opening_hours(stored, "ru") == "Пн–Пт 09:00–18:00; Вс выходной"
    assert describe_opening_hours(stored, "kk") == "Дс–Жм 09:00–18:00; Жс демалыс"
    assert describe_opening_hours(stored, "en") == "Mon–Fri 09:00–18:00; Sun closed"
    assert describe_opening_hours("24/7", "ru") == "круглосуточно"
    assert describe_opening_hours("", "ru") == ""


def test_unreadable_typed_hours_are_explained_in_plain_words() -> None:
    from planner.scheduling.opening_hours import OpeningHoursError, read_opening_hours

    with pytest.raises(OpeningHoursError) as caught:
        read_opening_hours("Пн-Пт 9:00-18:00 Сб 10:00-14:00")
    message = str(caught.value)
    assert "'Пн-Пт 9:00-18:00 Сб 10:00-14:00' is not valid opening hours" in message
    assert "the problem starts at 'Сб 10:00-14:00'" in message  # what was typed, not the stored spelling
    assert caught.value.fragment == "Сб 10:00-14:00"
    for jargon in ("expected", "EOI", "any_rule_separator", "-->"):
        assert jargon not in message


def test_the_list_import_reads_hours_with_the_same_reader_as_the_site_editor() -> None:
    from planner.interchange.tabular_cells import CellError, opening_hours_cell
    from planner.services.sites import opening_hours_problem

    assert opening_hours_cell("Дс-Жм 9:00-18:00") == "Mo-Fr 9:00-18:00"
    assert opening_hours_problem("Дс-Жм 9:00-18:00") is None
    with pytest.raises(CellError) as caught:
        opening_hours_cell("Пн-Пт 9-18")
    assert str(caught.value) == opening_hours_problem("Пн-Пт 9-18")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ru", "Пн–Пт 09:00–13:00,14:00–18:00; Сб 09:30–12:00"),
        ("kk", "Дс–Жм 09:00–13:00,14:00–18:00; Сб 09:30–12:00"),
        ("en", "Mon–Fri 09:00–13:00,14:00–18:00; Sat 09:30–12:00"),
    ],
)
def test_hours_typed_with_one_digit_are_shown_with_two(lang: str, words: str) -> None:
    """ "Пн-Пт 9:00-18:00" is stored as typed; shown, its hours have two digits like every other time."""
    from planner.domain.opening_hours_text import describe_opening_hours
    from planner.scheduling.opening_hours import read_opening_hours

    stored = read_opening_hours("Пн-Пт 9:00-13:00,14:00-18:00; Сб 9:30-12:00")
    assert stored == "Mo-Fr 9:00-13:00,14:00-18:00; Sa 9:30-12:00"
    assert describe_opening_hours(stored, lang) == words
    assert read_opening_hours(words) == "Mo-Fr 09:00-13:00,14:00-18:00; Sa 09:30-12:00"  # the same hours
