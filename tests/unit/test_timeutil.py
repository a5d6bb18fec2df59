"""Time-zone helpers: aware instants, local days, clock parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from planner.domain.errors import ValidationError
from planner.domain.kinds import localized
from planner.domain.timeutil import day_bounds, local_instant, parse_hhmm, to_utc, zone


def test_atyrau_and_astrakhan_differ_by_one_hour() -> None:
    moment = local_instant(date(2023, 5, 11), time(9, 0), "Asia/Atyrau")
    assert moment.astimezone(zone("Europe/Astrakhan")).hour == 8
    assert to_utc(moment) == datetime(2023, 5, 11, 4, 0, tzinfo=UTC)


def test_day_bounds_are_the_local_midnights_in_utc() -> None:
    start, end = day_bounds(date(2023, 5, 12), "Asia/Atyrau")
    assert start == datetime(2023, 5, 11, 19, 0, tzinfo=UTC)
    assert end == datetime(2023, 5, 12, 19, 0, tzinfo=UTC)


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValidationError, match="no time zone"):
        to_utc(datetime(2023, 5, 11, 9, 0))


def test_unknown_zone_names_the_zone() -> None:
    with pytest.raises(ValidationError, match="Asia/Atlantis"):
        zone("Asia/Atlantis")


@pytest.mark.parametrize("text", ["9", "25:00", "09:61", "nine", ""])
def test_bad_clock_times(text: str) -> None:
    with pytest.raises(ValidationError, match="HH:MM"):
        parse_hhmm(text)


def test_clock_time() -> None:
    assert parse_hhmm(" 08:30 ") == time(8, 30)


def test_localized_falls_back_to_the_main_text() -> None:
    names = {"kk": "Атырау облысының әкімдігі", "en": ""}
    assert localized("Акимат Атырауской области", names, "kk") == "Атырау облысының әкімдігі"
    assert localized("Акимат Атырауской области", names, "en") == "Акимат Атырауской области"
    assert localized("Акимат Атырауской области", None, "ru") == "Акимат Атырауской области"
