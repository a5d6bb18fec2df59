"""Write resources/zones/zone_cities.json: the city of every zone tzdata knows, in Russian, Kazakh and
English, as CLDR names it (through Babel). Run after upgrading Babel or tzdata:

    uv run python scripts/make_zone_cities.py

The program reads this table at start-up instead of loading Babel (tests/unit/test_zones.py holds it to
Babel's answers).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from zoneinfo import available_timezones

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.domain.zones import ZONE_CITIES, cldr_zone_cities  # noqa: E402


def table() -> dict[str, dict[str, str]]:
    """Every zone's cities, by zone name."""
    return {name: cldr_zone_cities(name) for name in sorted(available_timezones())}


def main() -> None:
    ZONE_CITIES.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(table(), ensure_ascii=False, sort_keys=True, indent=0)
    ZONE_CITIES.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {ZONE_CITIES.relative_to(ROOT)} ({len(text):,} characters)")


if __name__ == "__main__":
    main()
