"""The visit file's ``table_seating`` list: who sits where at the table of each meeting or meal.

Written only when some item has a seating plan, so files of visits without one keep their bytes; read
when present, so older files import unchanged. Plans name their item and people by the file's keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.interchange.visit_validation import json_path
from planner.persistence.tables import ItineraryItem, TableSeat

KEY = "table_seating"
_SEATED_KINDS = ("meeting", "meal")


def export_table_seating(
    session: Session, visit_id: int, item_key: Mapping[int, str], person_key: Mapping[int, str]
) -> dict[str, Any]:
    """``{"table_seating": [...]}`` one entry per item in the itinerary's order, or nothing."""
    rows = session.scalars(
        select(TableSeat)
        .join(ItineraryItem, ItineraryItem.id == TableSeat.item_id)
        .where(ItineraryItem.visit_id == visit_id)
        .order_by(TableSeat.table_no, TableSeat.seat_no)
    ).all()
    by_item: dict[int, list[TableSeat]] = {}
    for row in rows:
        by_item.setdefault(row.item_id, []).append(row)
    order = list(item_key)  # the exporter's keys follow the itinerary's order
    plans = [
        {
            "item": item_key[item_id],
            "layout": seats[0].layout,
            "table_size": max(s.seats for s in seats),
            "seats": [
                {"table": s.table_no, "seat": s.seat_no, "participant": person_key[s.participant_id]}
                for s in seats
            ],
        }
        for item_id, seats in sorted(by_item.items(), key=lambda pair: order.index(pair[0]))
    ]
    return {KEY: plans} if plans else {}


def import_table_seating(
    session: Session, data: Mapping[str, Any], item_id: Mapping[str, int], person_id: Mapping[str, int]
) -> None:
    """Write the file's seating plans (if any) for a new visit, in the caller's transaction."""
    for plan in data.get(KEY, []):
        for seat in plan["seats"]:
            session.add(
                TableSeat(
                    item_id=item_id[plan["item"]],
                    layout=plan["layout"],
                    table_no=seat["table"],
                    seat_no=seat["seat"],
                    seats=plan.get("table_size", 0),
                    participant_id=person_id[seat["participant"]],
                )
            )


def check_table_seating(
    data: Mapping[str, Any], keys: Mapping[str, set[str]], add: Callable[[str, str], None]
) -> None:
    """Report plans of unknown or unseated items, unknown people, a place or a person given twice."""
    kinds = {row["key"]: row.get("kind") for row in data.get("itinerary", [])}
    seen_items: set[str] = set()
    for index, plan in enumerate(data.get(KEY, [])):
        item = plan["item"]
        where: list[str | int] = [KEY, index]
        if item not in keys["itinerary"]:
            add(json_path([*where, "item"]), f"unknown item {item!r} (no entry with that key in itinerary)")
        elif kinds.get(item) not in _SEATED_KINDS:
            add(
                json_path([*where, "item"]), f"item {item!r} is not a meeting or a meal; only they are seated"
            )
        if item in seen_items:
            add(json_path([*where, "item"]), f"item {item!r} has two seating plans; keep one")
        seen_items.add(item)
        size = plan.get("table_size", 0)
        places: set[tuple[int, int]] = set()
        people: set[str] = set()
        for n, seat in enumerate(plan["seats"]):
            at = json_path([*where, "seats", n])
            if seat["participant"] not in keys["participants"]:
                add(
                    at,
                    f"unknown participant {seat['participant']!r} (no entry with that key in participants)",
                )
            if seat["participant"] in people:
                add(at, f"participant {seat['participant']!r} has two places at item {item!r}; keep one")
            if (seat["table"], seat["seat"]) in places:
                add(
                    at,
                    f"table {seat['table']}, seat {seat['seat']} is given twice; give each person their own",
                )
            if plan["layout"] == "rect" and seat["table"] not in (1, 2):
                add(at, "a rectangular table has two sides: table 1 (host) and 2 (guests)")
            if plan["layout"] == "round" and seat["seat"] > size:
                add(at, f"seat {seat['seat']} is beyond the table's {size} places (table_size)")
            places.add((seat["table"], seat["seat"]))
            people.add(seat["participant"])
