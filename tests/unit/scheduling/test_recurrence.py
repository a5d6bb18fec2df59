from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from planner.domain.errors import ValidationError
from planner.scheduling.recurrence import RecurringBlock, expand


def test_daily_breakfast_in_the_host_zone() -> None:
    block = RecurringBlock("Завтрак", "meal", "FREQ=DAILY", time(8, 0), 45)
    found = expand(block, date(2023, 5, 11), date(2023, 5, 12), "Asia/Atyrau")
    # 08:00 in Atyrau (UTC+5) is 03:00 UTC
    assert found == [
        (datetime(2023, 5, 11, 3, 0, tzinfo=UTC), datetime(2023, 5, 11, 3, 45, tzinfo=UTC)),
        (datetime(2023, 5, 12, 3, 0, tzinfo=UTC), datetime(2023, 5, 12, 3, 45, tzinfo=UTC)),
    ]


def test_weekly_rule_with_days_and_rrule_prefix() -> None:
    block = RecurringBlock("Брифинг", "briefing", "RRULE:FREQ=WEEKLY;BYDAY=MO,FR", time(19, 0), 30)
    found = expand(block, date(2023, 5, 8), date(2023, 5, 19), "Europe/Astrakhan")
    assert [start.date() for start, _ in found] == [
        date(2023, 5, 8),
        date(2023, 5, 12),
        date(2023, 5, 15),
        date(2023, 5, 19),
    ]
    assert all(start.hour == 15 for start, _ in found)  # 19:00 in Astrakhan (UTC+4)


@pytest.mark.parametrize(("rule", "minutes"), [("FREQ=SOMETIMES", 30), ("FREQ=DAILY", 0)])
def test_bad_rules_are_refused(rule: str, minutes: int) -> None:
    with pytest.raises(ValidationError):
        expand(
            RecurringBlock("x", "meal", rule, time(8, 0), minutes),
            date(2023, 5, 11),
            date(2023, 5, 12),
            "UTC",
        )
