"""Synthetic visits of any size in the visit file format, for benchmarks and tests.

The data is deterministic for a given seed and always valid: items of one group never overlap.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

HOST_TZ = "Asia/Atyrau"
GUEST_TZ = "Europe/Astrakhan"


def synthetic_visit(
    sites: int = 20,
    participants: int = 10,
    items: int = 40,
    days: int = 2,
    groups: int = 2,
    seed: int = 1,
    start: date = date(2023, 5, 11),
) -> dict[str, Any]:
    """A visit-file dict with the given counts; items are spread over the days and groups."""
    rng = random.Random(seed)
    tz = ZoneInfo(HOST_TZ)
    site_rows = [
        {
            "key": f"S{n}",
            "name": f"Объект №{n}",
            "category": rng.choice(["industry", "education", "health", "culture"]),
            "address": f"г. Атырау, ул. Абая, {n}",
            "latitude": round(47.05 + rng.random() * 0.12, 6),
            "longitude": round(51.80 + rng.random() * 0.20, 6),
            "opening_hours": "Mo-Su 00:00-24:00",
            "usual_duration_min": rng.choice([20, 30, 45, 60]),
        }
        for n in range(1, sites + 1)
    ]
    people = [
        {
            "key": f"P{n}",
            "side": "guest" if n % 2 else "host",
            "full_name": f"Участник {n} Қайратұлы",
            "title": "Специалист",
            "protocol_rank": n,
        }
        for n in range(1, participants + 1)
    ]
    group_rows = [
        {"key": f"G{g}", "name": f"Группа {g}", "members": [p["key"] for p in people[g - 1 :: groups]]}
        for g in range(1, groups + 1)
    ]
    lanes = days * groups
    per_lane = -(-items // lanes) if items else 0
    slot = timedelta(minutes=max(1, (16 * 60) // max(per_lane, 1)))
    item_rows = []
    for n in range(items):
        lane = n % lanes
        day, group = divmod(lane, groups)
        position = n // lanes
        begins = datetime.combine(start + timedelta(days=day), datetime.min.time(), tz) + timedelta(hours=6)
        begins += slot * position
        group_row = group_rows[group]
        item_rows.append(
            {
                "key": f"I{n + 1}",
                "kind": "site_visit",
                "title": f"Посещение объекта {n + 1}",
                "starts_at": begins.isoformat(timespec="seconds"),
                "ends_at": (begins + slot * 0.75).isoformat(timespec="seconds"),
                "site": site_rows[n % sites]["key"] if sites else None,
                "groups": [group_row["key"]],
                "attendees": group_row["members"][:5],
            }
        )
    return {
        "format": "delegation-planner/visit",
        "format_version": 1,
        "delegation": {"name": "Синтетическая делегация", "home_timezone": GUEST_TZ},
        "visit": {
            "title": f"Синтетический визит ({items} пунктов)",
            "host_timezone": HOST_TZ,
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=days - 1)).isoformat(),
            "day_start": "06:00",
            "day_end": "22:00",
        },
        "sites": site_rows,
        "participants": people,
        "groups": group_rows,
        "itinerary": item_rows,
    }
