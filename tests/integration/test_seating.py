"""Seating plans stored per item: proposed by the rules, swapped, undone, logged, refused in words."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.domain.errors import NotFoundError, ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, TableSeat
from planner.persistence.uow import UnitOfWork
from planner.queries.seating import seating_items, seating_plan, stored_arrangement
from planner.scheduling.seating import RECT_GUEST_TABLE, RECT_HOST_TABLE, Arrangement, Seat
from planner.services import seating

TALKS = 8  # the sample's talks in the extended format (22 people)
DINNER = 13  # the official lunch (36 people)


def _rows(db: Database, item_id: int) -> list[tuple[int, int, int]]:
    with db.sessions() as s:
        return sorted(
            (r.table_no, r.seat_no, r.participant_id)
            for r in s.scalars(select(TableSeat).where(TableSeat.item_id == item_id))
        )


def test_talks_are_proposed_with_the_heads_at_the_centre(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    result = seating.propose_seating(uow, TALKS, "rect")
    assert result.old == Arrangement("", 0, ())
    with uow:
        plan = seating_plan(uow, TALKS, "ru")
        items = seating_items(uow, visit_id)
    centre = {s.table: s.person for s in plan.seats if s.number == 1}
    assert centre[RECT_HOST_TABLE].name.startswith("Шапкенов")
    assert centre[RECT_GUEST_TABLE].name.startswith("Бабушкин")
    assert plan.layout == "rect" and not plan.unseated
    assert {i.id for i in items if i.has_plan} == {TALKS}
    assert {i.kind for i in items} == {"meeting", "meal"}


def test_a_swap_is_undone_and_the_database_is_as_before(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    uow = UnitOfWork(db.sessions)
    seating.propose_seating(uow, DINNER, "round", table_size=10)
    before = _rows(db, DINNER)
    swap = seating.swap_seats(uow, DINNER, (1, 2), (2, 2))
    after = _rows(db, DINNER)
    assert after != before
    was = {(t, n): p for t, n, p in before}
    now = {(t, n): p for t, n, p in after}
    assert now[(1, 2)] == was[(2, 2)] and now[(2, 2)] == was[(1, 2)]
    with db.sessions() as s:
        logged = s.scalars(
            select(ChangeLog).where(ChangeLog.table_name == "table_seats", ChangeLog.action == "update")
        ).all()
    assert {e.field for e in logged} == {"participant_id"} and len(logged) == 2
    assert all(e.visit_id is not None for e in logged)
    seating.save_seating(uow, DINNER, swap.old)
    assert _rows(db, DINNER) == before


def test_a_move_to_an_empty_seat_and_back(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    uow = UnitOfWork(db.sessions)
    seating.propose_seating(uow, TALKS, "rect")
    before = _rows(db, TALKS)
    taken = {(t, n) for t, n, _ in before}
    empty = next((1, n) for n in range(1, 60) if (1, n) not in taken)
    moved = seating.swap_seats(uow, TALKS, (1, 2), empty)
    with uow:
        assert stored_arrangement(uow, TALKS).at(1, 2) is None
    seating.save_seating(uow, TALKS, moved.old)
    assert _rows(db, TALKS) == before


def test_a_new_proposal_replaces_the_old_and_undo_restores_it(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    uow = UnitOfWork(db.sessions)
    seating.propose_seating(uow, DINNER, "round", table_size=8)
    before = _rows(db, DINNER)
    again = seating.propose_seating(uow, DINNER, "rect")
    assert {t for t, _, _ in _rows(db, DINNER)} == {1, 2}
    seating.save_seating(uow, DINNER, again.old)
    assert _rows(db, DINNER) == before


def test_bad_plans_are_refused_in_words_and_nothing_changes(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    uow = UnitOfWork(db.sessions)
    seating.propose_seating(uow, TALKS, "rect")
    before = _rows(db, TALKS)
    with pytest.raises(ValidationError, match="same place"):
        seating.save_seating(uow, TALKS, Arrangement("rect", 0, (Seat(1, 1, 1), Seat(1, 1, 2))))
    with pytest.raises(ValidationError, match="two places"):
        seating.save_seating(uow, TALKS, Arrangement("rect", 0, (Seat(1, 1, 1), Seat(1, 2, 1))))
    with pytest.raises(ValidationError, match="not in the item's visit"):
        seating.save_seating(uow, TALKS, Arrangement("rect", 0, (Seat(1, 1, 99999),)))
    with pytest.raises(ValidationError, match="two sides"):
        seating.save_seating(uow, TALKS, Arrangement("rect", 0, (Seat(3, 1, 1),)))
    with pytest.raises(ValidationError, match="places per round table"):
        seating.propose_seating(uow, TALKS, "round", table_size=1)
    with pytest.raises(ValidationError, match="rect"):
        seating.propose_seating(uow, TALKS, "oval")
    with pytest.raises(ValidationError, match="meetings and meals"):
        seating.propose_seating(uow, 1, "rect")
    with pytest.raises(NotFoundError, match="no itinerary item"):
        seating.propose_seating(uow, 999999, "rect")
    assert _rows(db, TALKS) == before


def test_the_visit_file_carries_the_plans_and_older_files_import_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    from planner.interchange.visit_export import export_visit
    from planner.interchange.visit_format import import_visit

    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    with uow:
        assert "table_seating" not in export_visit(uow, visit_id)  # no plan: the file is as before
    seating.propose_seating(uow, TALKS, "rect")
    seating.propose_seating(uow, DINNER, "round", table_size=8)
    seating.swap_seats(uow, DINNER, (1, 2), (1, 3))
    with uow:
        data = export_visit(uow, visit_id)
    assert [p["item"] for p in data["table_seating"]] and {p["layout"] for p in data["table_seating"]} == {
        "rect",
        "round",
    }
    with uow:
        copy = import_visit(uow, data)
        uow.commit()
    with uow:
        again = export_visit(uow, copy)
    assert again["table_seating"] == data["table_seating"]

    older = {k: v for k, v in data.items() if k != "table_seating"}
    with uow:
        plain = import_visit(uow, older)
        uow.commit()
    with uow:
        assert "table_seating" not in export_visit(uow, plain)


def test_a_file_with_a_bad_plan_is_refused_in_words(sample_db: tuple[Database, int]) -> None:
    from planner.interchange.visit_export import export_visit
    from planner.interchange.visit_format import import_visit

    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    seating.propose_seating(uow, TALKS, "rect")
    with uow:
        data = export_visit(uow, visit_id)
    plan = data["table_seating"][0]
    plan["seats"].append(dict(plan["seats"][0]))
    plan["seats"].append({"table": 3, "seat": 40, "participant": "P999"})
    with uow, pytest.raises(ValidationError) as refused:
        import_visit(uow, data)
    text = str(refused.value)
    assert "table_seating" in text
    assert "given twice" in text and "unknown participant 'P999'" in text and "two sides" in text
