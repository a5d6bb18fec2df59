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


def test_the_stored_table_is_what_cldr_says_for_every_zone() -> None:
    """The table read at start-up (scripts/make_zone_cities.py) holds Babel's answers: after an upgrade
    of Babel that changes a city, this fails until the script is run again."""
    from planner.domain.zones import _stored_cities, cldr_zone_cities

    stored = _stored_cities()
    assert {"Asia/Atyrau", "Europe/Astrakhan", "Asia/Almaty", "Europe/Moscow"} <= set(stored)
    differ = [name for name, cities in stored.items() if cities != cldr_zone_cities(name)]
    assert differ == []


def test_naming_a_zone_at_start_up_does_not_load_babel() -> None:
    """The status bar and the Overview name the visit's zones on the first paint; Babel and its locale
    data wait until a document or the zone picker needs them."""
    import subprocess
    import sys

    code = (
        "import sys; from planner.domain.zones import zone_text; "
        "print(zone_text('Asia/Atyrau', 'kk'), 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["Атырау", "(UTC+05:00)", "False"]
