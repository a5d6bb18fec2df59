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
