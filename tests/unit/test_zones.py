"""A zone as a person reads it: its city in the language with its offset; the offset alone where the
language names no city (never the English spelling on a Russian or Kazakh page)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.zones import zone_text

WINTER = date(2026, 12, 15)


@pytest.mark.parametrize(
    ("zone", "lang", "shown"),
    [
        ("Asia/Atyrau", "kk", "Атырау (UTC+05:00)"),
        ("Europe/Astrakhan", "kk", "Астрахан (UTC+04:00)"),
        ("Europe/Astrakhan", "ru", "Астрахань (UTC+04:00)"),
        ("Asia/Oral", "ru", "Уральск (UTC+05:00)"),
        ("Europe/Moscow", "en", "Moscow (UTC+03:00)"),
        ("America/New_York", "en", "New York (UTC−05:00)"),
        ("UTC", "kk", "UTC"),
        ("Not/AZone", "ru", "Not/AZone"),
    ],
)
def test_a_zone_is_named_by_its_city_in_the_language(zone: str, lang: str, shown: str) -> None:
    assert zone_text(zone, lang, WINTER) == shown


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_city_the_language_has_no_name_for_is_left_out(lang: str) -> None:
    for zone in ("Europe/Kyiv", "America/Argentina/Buenos_Aires"):
        shown = zone_text(zone, lang, WINTER)
        assert shown.startswith("UTC") and not any("a" <= c.lower() <= "z" for c in shown[3:]), shown
