"""A participant moved to the other side goes last on it unless a rank is given, and undo puts back
both the side and the rank; ranks are a numbered list per side: an added or moved person is made room
for, a deleted one's place is closed up, and nobody shares a rank (each undone exactly)."""

from __future__ import annotations

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.participants import visit_participants
from planner.services.participants import add_participant, update_participant


def _order(db: Database, visit_id: int) -> dict[str, list[tuple[int, int]]]:
    """Each side's people as (rank, id), in the order the Participants page lists them."""
    with UnitOfWork(db.sessions) as uow:
        rows = visit_participants(uow, visit_id)
    order: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        order.setdefault(row.side, []).append((row.protocol_rank, row.id))
    return order


def test_a_person_moved_to_the_other_side_goes_last_there_and_undo_restores_side_and_rank(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = _order(db, visit_id)
    # the head of the guests (rank 1) would stand beside the head of the hosts with the old rank
    rank, person = before["guest"][0]
    assert rank == 1 and before["host"][0][0] == 1
    last_host = max(r for r, _ in before["host"])
    changed = update_participant(UnitOfWork(db.sessions), person, {"side": "host"})
    assert changed.old == {"side": "guest", "protocol_rank": 1}
    assert changed.new == {"side": "host", "protocol_rank": last_host + 1}
    after = _order(db, visit_id)
    assert after["host"] == [*before["host"], (last_host + 1, person)]
    # the guests close up behind: the second is now first
    assert after["guest"] == [(r - 1, pid) for r, pid in before["guest"][1:]]
    ranks = [r for r, _ in after["host"]]
    assert len(set(ranks)) == len(ranks)  # nobody shares a rank on the new side

    update_participant(UnitOfWork(db.sessions), person, changed.old, changed.version)
    assert _order(db, visit_id) == before


def test_a_rank_given_with_the_new_side_is_kept_and_a_same_side_edit_keeps_the_rank(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = _order(db, visit_id)
    _rank, person = before["guest"][-1]
    changed = update_participant(UnitOfWork(db.sessions), person, {"side": "host", "protocol_rank": 2})
    assert changed.new == {"side": "host", "protocol_rank": 2}
    # the side named but unchanged: the rank stays
    same = update_participant(UnitOfWork(db.sessions), person, {"side": "host", "title": "Советник"})
    assert same.new == {"title": "Советник"}


def test_the_first_person_moved_to_an_empty_side_gets_rank_one(db: Database) -> None:
    from datetime import date

    from planner.services.visit_admin import create_visit

    visit_id = create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Визит",
            "delegation_name": "Делегация",
            "start_date": date(2026, 5, 1),
            "end_date": date(2026, 5, 2),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    for name in ("Әсел Қайратқызы", "Ұлан Өмірзақов"):
        add_participant(UnitOfWork(db.sessions), visit_id, {"full_name": name, "side": "guest"})
    second = _order(db, visit_id)["guest"][1][1]
    changed = update_participant(UnitOfWork(db.sessions), second, {"side": "host"})
    assert changed.new == {"side": "host", "protocol_rank": 1}


def _ranks_unique(order: dict[str, list[tuple[int, int]]]) -> bool:
    return all(len({r for r, _ in people}) == len(people) for people in order.values())


def test_a_person_added_at_a_rank_someone_holds_is_made_room_for_and_undo_closes_it_again(
    sample_db: tuple[Database, int],
) -> None:
    from planner.services.participants import delete_participant, restore_participant

    db, visit_id = sample_db
    before = _order(db, visit_id)
    assert _ranks_unique(before)
    created = add_participant(
        UnitOfWork(db.sessions),
        visit_id,
        {"full_name": "Әлихан Қасымұлы", "side": "host", "protocol_rank": 1},
    )
    after = _order(db, visit_id)
    assert after["host"][0] == (1, created.id)
    assert after["host"][1:] == [(r + 1, pid) for r, pid in before["host"]]
    assert after["guest"] == before["guest"] and _ranks_unique(after)
    # undo of the add (a delete) and its redo (the restore)
    deleted = delete_participant(UnitOfWork(db.sessions), created.id)
    assert _order(db, visit_id) == before
    restore_participant(UnitOfWork(db.sessions), deleted)
    assert _order(db, visit_id) == after


def test_deleting_from_the_middle_closes_up_and_a_move_within_the_side_is_undone_exactly(
    sample_db: tuple[Database, int],
) -> None:
    from planner.services.participants import delete_participant, restore_participant

    db, visit_id = sample_db
    before = _order(db, visit_id)
    guests = before["guest"]
    _third_rank, third = guests[2]
    deleted = delete_participant(UnitOfWork(db.sessions), third)
    closed = _order(db, visit_id)["guest"]
    assert [r for r, _ in closed] == list(range(1, len(guests)))
    restore_participant(UnitOfWork(db.sessions), deleted)
    assert _order(db, visit_id) == before
    # the fifth guest moved to second: the second to fourth move one down, undo puts all back
    _fifth_rank, fifth = guests[4]
    moved = update_participant(UnitOfWork(db.sessions), fifth, {"protocol_rank": 2})
    now = _order(db, visit_id)["guest"]
    assert now[:5] == [guests[0], (2, fifth), (3, guests[1][1]), (4, guests[2][1]), (5, guests[3][1])]
    assert now[5:] == guests[5:]
    update_participant(UnitOfWork(db.sessions), fifth, moved.old, moved.version)
    assert _order(db, visit_id) == before
