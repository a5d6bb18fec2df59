"""The visit file's gifts register and its items' run-of-show fields.

Both are written only when there is something to write (a ``gifts`` list, an item's ``run_of_show``
object), so files of visits without them keep their bytes; both are read when present, so older files
import unchanged. Gifts name their giver, recipient and item by the file's keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from planner.domain.gifts import DEFAULT_CURRENCY
from planner.domain.vocabulary import RUN_OF_SHOW_FIELDS
from planner.interchange.visit_validation import json_path
from planner.persistence.tables import Gift, ItineraryItem

KEY = "gifts"
ITEM_KEY = "run_of_show"


def run_of_show_to_file(item: ItineraryItem) -> dict[str, Any]:
    """``{"run_of_show": {...}}`` with the item's filled-in fields, or nothing when all are empty."""
    fields = {name: getattr(item, name) for name in RUN_OF_SHOW_FIELDS if getattr(item, name)}
    return {ITEM_KEY: fields} if fields else {}


def run_of_show_from_file(row: Mapping[str, Any]) -> dict[str, str]:
    """An item's run-of-show columns from its file entry (empty when the file has none)."""
    fields = row.get(ITEM_KEY) or {}
    return {name: fields.get(name, "") for name in RUN_OF_SHOW_FIELDS}


def export_gifts(
    session: Session, visit_id: int, person_key: Mapping[int, str], item_key: Mapping[int, str]
) -> dict[str, Any]:
    """``{"gifts": [...]}`` in the order they were entered, or nothing when there is none."""
    gifts = session.scalars(select(Gift).where(Gift.visit_id == visit_id).order_by(Gift.id))
    rows = [
        {
            "direction": g.direction,
            "giver": person_key.get(g.giver_id) if g.giver_id is not None else None,
            "giver_text": g.giver_text,
            "recipient": person_key.get(g.recipient_id) if g.recipient_id is not None else None,
            "recipient_text": g.recipient_text,
            "description": g.description,
            "estimated_value": g.estimated_value,
            "currency": g.currency,
            "item": item_key.get(g.item_id) if g.item_id is not None else None,
            "notes": g.notes,
        }
        for g in gifts
    ]
    return {KEY: rows} if rows else {}


def import_gifts(
    session: Session,
    visit_id: int,
    data: Mapping[str, Any],
    person_id: Mapping[str, int],
    item_id: Mapping[str, int],
) -> None:
    """Write the file's gifts (if any) for a new visit, in the caller's transaction."""
    rows = data.get(KEY, [])
    if not rows:
        return
    session.execute(
        insert(Gift),
        [
            {
                "visit_id": visit_id,
                "direction": row["direction"],
                "giver_id": person_id[row["giver"]] if row.get("giver") else None,
                "giver_text": row.get("giver_text", ""),
                "recipient_id": person_id[row["recipient"]] if row.get("recipient") else None,
                "recipient_text": row.get("recipient_text", ""),
                "description": row["description"],
                "estimated_value": row.get("estimated_value"),
                "currency": row.get("currency", DEFAULT_CURRENCY),
                "item_id": item_id[row["item"]] if row.get("item") else None,
                "notes": row.get("notes", ""),
            }
            for row in rows
        ],
    )


def check_gifts(
    data: Mapping[str, Any],
    keys: Mapping[str, set[str]],
    add: Callable[[str, str], None],
) -> None:
    """Report gifts that name a participant or item the file does not have, or nobody on one side."""
    for index, row in enumerate(data.get(KEY, [])):
        for field, collection, what in (
            ("giver", "participants", "participant"),
            ("recipient", "participants", "participant"),
            ("item", "itinerary", "itinerary item"),
        ):
            value = row.get(field)
            if value is not None and value not in keys[collection]:
                add(
                    json_path([KEY, index, field]),
                    f"unknown {what} {value!r} (no entry with that key in {collection})",
                )
        for side in ("giver", "recipient"):
            if not row.get(side) and not str(row.get(f"{side}_text", "")).strip():
                add(
                    json_path([KEY, index, f"{side}_text"]),
                    f"the gift {row['description']!r} names no {side}: give a participant key or a name",
                )
