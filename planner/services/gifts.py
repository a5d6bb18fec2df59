"""The gifts register and an item's run-of-show fields: checks, and adding, changing, deleting gifts.

A gift belongs to a visit; its giver and recipient are each a participant of that visit or free text,
and it may name the item at which it changed hands. Each verb runs in one unit of work, returns the
``Changes`` it made, and leaves its change-log rows (the audited session writes them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert

from planner.domain.errors import Problem, ValidationError
from planner.domain.gifts import (
    DEFAULT_CURRENCY,
    MAX_DESCRIPTION,
    MAX_FREE_NAME,
    MAX_NOTES,
    MAX_VALUE,
    RUN_OF_SHOW_LIMITS,
)
from planner.domain.kinds import GiftDirection
from planner.domain.vocabulary import GIFT_FIELDS
from planner.persistence.tables import Gift, ItineraryItem, Participant, Visit, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)

GIFTS = Changes.of(DataKind.GIFTS)
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def check_run_of_show(values: Mapping[str, Any], problems: Problems) -> None:
    """Note a run-of-show field of an item that is not text or is longer than its limit."""
    for name, limit in RUN_OF_SHOW_LIMITS.items():
        if name not in values:
            continue
        value = values[name]
        if not isinstance(value, str):
            problems.add(name, "must be text")
        elif len(value) > limit:
            problems.add(name, f"is {len(value)} characters long; shorten it to {limit} at most")


def _person_problem(uow: UnitOfWork, visit_id: int, person_id: Any) -> str | None:
    if person_id is None:
        return None
    person = uow.session.get(Participant, person_id) if isinstance(person_id, int) else None
    if person is None or person.visit_id != visit_id:
        return f"unknown participant (id {person_id}) for this visit; pick one of its participants"
    return None


def _validate(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any], current: Gift | None = None) -> None:
    problems = Problems()
    problems.check_choice(values, "direction", [d.value for d in GiftDirection])
    if "description" in values:
        text = values["description"]
        if not isinstance(text, str) or not text.strip():
            problems.add("description", "say what the gift is (the description must not be empty)")
        elif len(text) > MAX_DESCRIPTION:
            problems.add("description", f"is {len(text)} characters long; shorten it to {MAX_DESCRIPTION}")
    for name, limit in (
        ("giver_text", MAX_FREE_NAME),
        ("recipient_text", MAX_FREE_NAME),
        ("notes", MAX_NOTES),
    ):
        value = values.get(name, "")
        if not isinstance(value, str):
            problems.add(name, "must be text")
        elif len(value) > limit:
            problems.add(name, f"is {len(value)} characters long; shorten it to {limit} at most")
    for name in ("giver_id", "recipient_id"):
        if name in values:
            reason = _person_problem(uow, visit_id, values[name])
            if reason:
                problems.add(name, reason)
    if "estimated_value" in values:
        value = values["estimated_value"]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            problems.add("estimated_value", "give the value as a whole number (or leave it empty)")
        elif value is not None and not 0 <= value <= MAX_VALUE:
            problems.add("estimated_value", f"must be between 0 and {MAX_VALUE:,}; {value:,} is not")
    if "currency" in values and not (
        isinstance(values["currency"], str) and _CURRENCY.match(values["currency"])
    ):
        problems.add(
            "currency", f"{values['currency']!r} is not a currency code (three capital letters: KZT)"
        )
    item_id = values.get("item_id")
    if item_id is not None:
        item = uow.session.get(ItineraryItem, item_id) if isinstance(item_id, int) else None
        if item is None or item.visit_id != visit_id:
            problems.add("item_id", f"unknown itinerary item (id {item_id}) for this visit")
    # someone must give it and someone receive it: a participant or a name typed in
    for who, what in (("giver", "who gave it"), ("recipient", "who received it")):
        person = values.get(f"{who}_id", getattr(current, f"{who}_id", None))
        text = values.get(f"{who}_text", getattr(current, f"{who}_text", ""))
        if person is None and not str(text or "").strip():
            problems.add(f"{who}_text", f"say {what}: pick a participant or type a name")
    problems.raise_if_any()


def add_gift(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any]) -> Created:
    """Add a gift to a visit's register (``direction`` and ``description`` required)."""
    check_fields(values, GIFT_FIELDS, "a gift")
    missing = [name for name in ("direction", "description") if values.get(name) in (None, "")]
    if missing:
        raise ValidationError([Problem(name, "this field is required") for name in missing])
    with uow:
        get_or_fail(uow.session, Visit, visit_id, "visit")
        _validate(uow, visit_id, values)
        row = {"currency": DEFAULT_CURRENCY, "giver_text": "", "recipient_text": "", "notes": "", **values}
        gift = Gift(visit_id=visit_id, **row)
        uow.session.add(gift)
        uow.commit()
        return Created(gift.id, gift.version, GIFTS)


def update_gift(
    uow: UnitOfWork, gift_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change fields of a gift; returns the old and new values (undo passes ``old`` back)."""
    check_fields(changes, GIFT_FIELDS, "a gift")
    with uow:
        gift = get_or_fail(uow.session, Gift, gift_id, "gift")
        _validate(uow, gift.visit_id, changes, gift)
        result = apply_update(
            gift, changes, expected_version, f"Gift '{gift.description}'", uow.session, GIFTS
        )
        uow.commit()
        return result


def delete_gift(uow: UnitOfWork, gift_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a gift from the register; ``restore_gift`` puts it back with the same id."""
    with uow:
        gift = get_or_fail(uow.session, Gift, gift_id, "gift")
        check_version(gift, expected_version, f"Gift '{gift.description}'")
        snap = {"row": row_dict(gift)}
        uow.session.delete(gift)
        uow.commit()
        return Deleted(gift_id, snap, GIFTS)


def restore_gift(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_gift``: the gift again, with its id and version."""
    with uow:
        row = dict(deleted.snapshot["row"])
        # a person or item deleted since is left out, as deleting them would have left the gift
        for name, model in (
            ("giver_id", Participant),
            ("recipient_id", Participant),
            ("item_id", ItineraryItem),
        ):
            if row.get(name) is not None and uow.session.get(model, row[name]) is None:
                row[name] = None
        uow.session.execute(insert(Gift), [row])
        uow.commit()
        return Created(deleted.id, row["version"], GIFTS)
