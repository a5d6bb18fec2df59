"""Editing participants: add, change, reorder by protocol rank, delete and restore."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from planner.domain.kinds import Side, TravelMode
from planner.domain.vocabulary import PARTICIPANT_FIELDS, PARTICIPANT_MEETER_FIELDS
from planner.persistence.tables import (
    ActionItem,
    Gift,
    ItineraryItem,
    Participant,
    Seating,
    Signatory,
    TableSeat,
    Visit,
    group_members,
    item_attendees,
    row_dict,
)
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Replaced,
    Updated,
    apply_update,
    check_fields,
    get_or_fail,
)

PEOPLE = Changes.of(DataKind.PARTICIPANTS)
EDITABLE = PARTICIPANT_FIELDS + PARTICIPANT_MEETER_FIELDS
_TRAVEL_TEXTS = ("arrival_number", "arrival_meeter", "departure_number", "departure_meeter")


def _validate(values: Mapping[str, Any]) -> None:
    # a name need not be unique: namesakes are common, and a person is known by their id
    problems = Problems()
    problems.require_text(values, "full_name", "empty_person_name")
    problems.check_choice(values, "side", [s.value for s in Side])
    problems.check_email(values)
    if "protocol_rank" in values:
        rank = values["protocol_rank"]
        if not isinstance(rank, int) or rank < 1:
            problems.say("protocol_rank", "rank_whole")
    if "languages" in values and not all(isinstance(x, str) for x in values["languages"] or []):
        problems.say("languages", "language_codes")
    for end in ("arrival", "departure"):
        if values.get(f"{end}_mode"):
            problems.check_choice(values, f"{end}_mode", [m.value for m in TravelMode])
    problems.raise_if_any()


def _check_meeters(session: Any, visit_id: int, person_id: int | None, values: Mapping[str, Any]) -> None:
    """Who meets or sees off a person must be another participant of the same visit."""
    problems = Problems()
    for name in PARTICIPANT_MEETER_FIELDS:
        meeter_id = values.get(name)
        if meeter_id is None:
            continue
        meeter = session.get(Participant, meeter_id) if isinstance(meeter_id, int) else None
        if meeter is None or meeter.visit_id != visit_id:
            problems.add(name, f"participant {meeter_id} is not in this visit; choose someone of the visit")
        elif meeter_id == person_id:
            problems.add(name, "a person cannot meet or see off themselves; choose someone else")
    problems.raise_if_any()


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for name in ("full_name", "email", "phone", "title", "organisation", "role", *_TRAVEL_TEXTS):
        if isinstance(cleaned.get(name), str):
            cleaned[name] = cleaned[name].strip()
    return cleaned


def add_participant(uow: UnitOfWork, visit_id: int, values: Mapping[str, Any]) -> Created:
    """Add a person to a visit; ``full_name`` and ``side`` are required; the rank defaults to last, and a
    rank someone of the side already holds is made room at (they and those after move one down)."""
    check_fields(values, EDITABLE, "a participant")
    values = _clean(values)
    with uow:
        get_or_fail(uow.session, Visit, visit_id, "visit")
        problems = Problems()
        for name in ("full_name", "side"):
            if not values.get(name):
                problems.say(name, "required")
        problems.raise_if_any()
        _validate(values)
        _check_meeters(uow.session, visit_id, None, values)
        if "protocol_rank" not in values:
            values["protocol_rank"] = _next_rank(uow.session, visit_id, values["side"])
        else:
            _open_rank(uow.session, visit_id, values["side"], values["protocol_rank"])
        person = Participant(visit_id=visit_id, **values)
        uow.session.add(person)
        uow.commit()
        return Created(person.id, person.version, PEOPLE)


def _next_rank(session: Session, visit_id: int, side: str, leaving: int | None = None) -> int:
    """The rank after the last of ``side`` in the visit (not counting the person ``leaving``)."""
    stmt = select(Participant.protocol_rank).where(Participant.visit_id == visit_id, Participant.side == side)
    if leaving is not None:
        stmt = stmt.where(Participant.id != leaving)
    return max(session.scalars(stmt).all(), default=0) + 1


def _side_ranks(session: Session, visit_id: int, side: str, other_than: int | None) -> list[Participant]:
    stmt = select(Participant).where(Participant.visit_id == visit_id, Participant.side == side)
    if other_than is not None:
        stmt = stmt.where(Participant.id != other_than)
    return list(session.scalars(stmt))


def _open_rank(session: Session, visit_id: int, side: str, rank: int, arriving: int | None = None) -> None:
    """Make room at ``rank`` on ``side``: when someone else holds it, they and everyone after them move
    one down, as a name inserted into a numbered list (a second "1" is never made)."""
    people = _side_ranks(session, visit_id, side, arriving)
    if any(p.protocol_rank == rank for p in people):
        for p in people:
            if p.protocol_rank >= rank:
                p.protocol_rank += 1


def _close_rank(session: Session, visit_id: int, side: str, rank: int, leaving: int) -> None:
    """Close the gap ``leaving`` leaves at ``rank`` on ``side``: everyone after moves one up, unless
    someone else shares the rank (then there is no gap). The inverse of ``_open_rank``, so undo of an
    add, a delete or a move puts every rank back."""
    people = _side_ranks(session, visit_id, side, leaving)
    if not any(p.protocol_rank == rank for p in people):
        for p in people:
            if p.protocol_rank > rank:
                p.protocol_rank -= 1


def update_participant(
    uow: UnitOfWork, participant_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a participant's fields (validated: name given, e-mail, rank).

    A person moved to the other side without a rank goes last on it, as a person added there would:
    the rank of the old side would put them among (or ahead of) the new side's people. A new rank (or
    side) moves the person in the numbered list: the others close up behind and make room ahead, so no
    rank is held twice. The old rank is among the values returned, so undo puts everything back.
    """
    check_fields(changes, EDITABLE, "a participant")
    changes = _clean(changes)
    with uow:
        person = get_or_fail(uow.session, Participant, participant_id, "participant")
        _validate(changes)
        _check_meeters(uow.session, person.visit_id, person.id, changes)
        side, rank = changes.get("side", person.side), changes.get("protocol_rank", person.protocol_rank)
        if side != person.side and "protocol_rank" not in changes:
            rank = changes["protocol_rank"] = _next_rank(uow.session, person.visit_id, side, person.id)
        if (side, rank) != (person.side, person.protocol_rank):
            # a move in the numbered list: out of the old place, into the new one
            _close_rank(uow.session, person.visit_id, person.side, person.protocol_rank, person.id)
            _open_rank(uow.session, person.visit_id, side, rank, person.id)
        result = apply_update(
            person, changes, expected_version, f"Participant {person.full_name}", uow.session, PEOPLE
        )
        uow.commit()
        return result


def set_ranks(uow: UnitOfWork, ranks: Mapping[int, int]) -> Replaced:
    """Give several participants new protocol ranks at once; returns their old ranks (for undo)."""
    with uow:
        old: dict[int, int] = {}
        problems = Problems()
        for rank in ranks.values():
            if not isinstance(rank, int) or rank < 1:
                problems.say("protocol_rank", "rank_whole")
        problems.raise_if_any()
        for person_id, rank in ranks.items():
            person = get_or_fail(uow.session, Participant, person_id, "participant")
            old[person_id] = person.protocol_rank
            person.protocol_rank = rank
        uow.commit()
        return Replaced(old, PEOPLE)


def ranks_for_order(ordered_ids: list[int]) -> dict[int, int]:
    """Ranks 1..n for participants listed in protocol order (after a drag in the list)."""
    return {person_id: n for n, person_id in enumerate(ordered_ids, start=1)}


def delete_participant(uow: UnitOfWork, participant_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a participant and their attendances and seats; the snapshot lets undo restore all of it."""
    with uow:
        s = uow.session
        person = get_or_fail(s, Participant, participant_id, "participant")
        check_version(person, expected_version, f"Participant {person.full_name}")
        snap = {
            "row": row_dict(person),
            "attends": list(
                s.scalars(
                    select(item_attendees.c.item_id).where(item_attendees.c.participant_id == person.id)
                )
            ),
            "groups": list(
                s.scalars(select(group_members.c.group_id).where(group_members.c.participant_id == person.id))
            ),
            "seatings": [
                row_dict(x) for x in s.scalars(select(Seating).where(Seating.participant_id == person.id))
            ],
            "hosts": list(
                s.scalars(select(ItineraryItem.id).where(ItineraryItem.responsible_host_id == person.id))
            ),
            "owns": list(s.scalars(select(ActionItem.id).where(ActionItem.owner_id == person.id))),
            "signs": list(s.scalars(select(Signatory.id).where(Signatory.participant_id == person.id))),
            # seats at tables, whom they meet or see off, gifts they gave or received: put back on undo
            "table_seats": [
                row_dict(x) for x in s.scalars(select(TableSeat).where(TableSeat.participant_id == person.id))
            ],
            "meets_on_arrival": list(
                s.scalars(select(Participant.id).where(Participant.arrival_meeter_id == person.id))
            ),
            "meets_on_departure": list(
                s.scalars(select(Participant.id).where(Participant.departure_meeter_id == person.id))
            ),
            "gave": list(s.scalars(select(Gift.id).where(Gift.giver_id == person.id))),
            "received": list(s.scalars(select(Gift.id).where(Gift.recipient_id == person.id))),
        }
        side, rank, visit_id = person.side, person.protocol_rank, person.visit_id
        s.delete(person)
        s.flush()
        _close_rank(s, visit_id, side, rank, participant_id)
        uow.commit()
        return Deleted(participant_id, snap, _snapshot_changes(snap))


def restore_participant(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_participant``: the same id, attendances, groups, seats and references."""
    snap = deleted.snapshot
    with uow:
        s = uow.session
        row = snap["row"]
        _open_rank(s, row["visit_id"], row["side"], row["protocol_rank"], deleted.id)
        s.flush()
        s.execute(insert(Participant), [row])
        pid = deleted.id
        if snap["attends"]:
            s.execute(
                insert(item_attendees), [{"item_id": i, "participant_id": pid} for i in snap["attends"]]
            )
        if snap["groups"]:
            s.execute(insert(group_members), [{"group_id": g, "participant_id": pid} for g in snap["groups"]])
        if snap["seatings"]:
            s.execute(insert(Seating), snap["seatings"])
        if snap.get("table_seats"):
            s.execute(insert(TableSeat), snap["table_seats"])
        for model, column, ids in (
            (ItineraryItem, "responsible_host_id", snap["hosts"]),
            (ActionItem, "owner_id", snap["owns"]),
            (Signatory, "participant_id", snap["signs"]),
            (Participant, "arrival_meeter_id", snap.get("meets_on_arrival", [])),
            (Participant, "departure_meeter_id", snap.get("meets_on_departure", [])),
            (Gift, "giver_id", snap.get("gave", [])),
            (Gift, "recipient_id", snap.get("received", [])),
        ):
            for row in s.scalars(select(model).where(model.id.in_(ids))):
                setattr(row, column, pid)
        uow.commit()
        return Created(pid, snap["row"]["version"], _snapshot_changes(snap))


def _snapshot_changes(snap: dict[str, Any]) -> Changes:
    # a person is referred to by items (attending, hosting), action items, seats and signatures
    kinds = [DataKind.PARTICIPANTS]
    items = [*snap["attends"], *snap["hosts"]]
    for kind, refs in (
        (DataKind.ITEMS, items),
        (DataKind.MEETINGS, snap["owns"]),
        (DataKind.VEHICLES, snap["seatings"]),
        (DataKind.DOCUMENTS, snap["signs"]),
        (DataKind.GIFTS, [*snap.get("gave", []), *snap.get("received", [])]),
    ):
        if refs:
            kinds.append(kind)
    return Changes.of(*kinds, item_ids=items)
