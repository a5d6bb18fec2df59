"""Dates and times as each language writes them on official paper."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.documents.formatting import date_range, day_heading, long_date, short_date, time_span, utc_offset

ATYRAU = ZoneInfo("Asia/Atyrau")


@pytest.mark.parametrize(
    ("lang", "expected"), [("ru", "12 мая 2023 г."), ("kk", "12 мамыр 2023 ж."), ("en", "12 May 2023")]
)
def test_long_date(lang: str, expected: str) -> None:
    assert long_date(date(2023, 5, 12), lang) == expected


@pytest.mark.parametrize(
    ("lang", "same_month", "across_months", "across_years"),
    [
        ("ru", "11–12 мая 2023 г.", "30 мая – 2 июня 2023 г.", "30 декабря 2023 г. – 2 января 2024 г."),
        (
            "kk",
            "11–12 мамыр 2023 ж.",
            "30 мамыр – 2 маусым 2023 ж.",
            "30 желтоқсан 2023 ж. – 2 қаңтар 2024 ж.",
        ),
        ("en", "11–12 May 2023", "30 May – 2 June 2023", "30 December 2023 – 2 January 2024"),
    ],
)
def test_date_ranges(lang: str, same_month: str, across_months: str, across_years: str) -> None:
    assert date_range(date(2023, 5, 11), date(2023, 5, 12), lang) == same_month
    assert date_range(date(2023, 5, 30), date(2023, 6, 2), lang) == across_months
    assert date_range(date(2023, 12, 30), date(2024, 1, 2), lang) == across_years
    assert date_range(date(2023, 5, 12), date(2023, 5, 12), lang) == long_date(date(2023, 5, 12), lang)


def test_day_heading_has_the_weekday() -> None:
    assert day_heading(date(2023, 5, 12), "ru") == "пятница, 12 мая 2023 г."
    assert day_heading(date(2023, 5, 12), "kk") == "жұма, 12 мамыр 2023 ж."
    assert day_heading(date(2023, 5, 12), "en") == "Friday, 12 May 2023"


def test_times_are_24_hour_in_the_host_zone() -> None:
    start = datetime(2023, 5, 11, 13, 30, tzinfo=UTC)
    end = datetime(2023, 5, 11, 19, 15, tzinfo=UTC)
    assert time_span(start, end, ATYRAU) == "18:30–00:15 (+1)"
    assert time_span(start, start.replace(hour=14), ATYRAU) == "18:30–19:30"
    assert utc_offset(date(2023, 5, 11), ATYRAU) == "+05:00"
    assert short_date(date(2023, 5, 1)) == "01.05.2023" and short_date(None) == ""
