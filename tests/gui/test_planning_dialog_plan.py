"""The planning dialog in plan mode (issue 11): the meals the plan adds, in the table and on the
proposed timeline; and, when the required sites do not fit, what blocks each and the time budget."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select

from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from ui.operations import Operations
from ui.views import planning_dialog
from ui.views.planning_dialog import PlanningDialog


def _meals(db: Database, visit_id: int) -> int:
    with db.sessions() as s:
        return s.scalar(
            select(func.count()).where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "meal")
        )


def _cells(dialog: PlanningDialog, column: int) -> list[str]:
    return [dialog.table.item(n, column).text() for n in range(dialog.table.rowCount())]


def test_the_meals_the_plan_adds_are_shown_and_accepted_with_the_plan(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    with db.sessions.begin() as s:
        # no lunch on the second day: the visit's lunch rule makes the plan add one for each group
        s.execute(delete(ItineraryItem).where(ItineraryItem.title == "Рабочий обед"))
    before = _meals(db, visit_id)
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        proposal = dialog.proposal
        assert len(proposal.added) == 2
        rows = [n for n, change in enumerate(_cells(dialog, 3)) if change == "meal added"]
        assert len(rows) == 2
        assert {dialog.table.item(n, 0).text() for n in rows} == {"Lunch break"}
        reasons = {dialog.table.item(n, 4).text() for n in rows}
        # the groups by name in the interface language
        assert reasons == {"Meal rule: Official delegation", "Meal rule: Business delegation"}
        spans = {dialog.table.item(n, 2).text() for n in rows}
        assert all("12.05" in span for span in spans)
        assert "2 meals added." in dialog.summary.text()
        # the proposed timeline shows them where the plan puts them; the current one does not
        shown = [r for r in dialog.proposed.rows.values() if r.kind == "meal" and r.title == "Lunch break"]
        assert sorted(r.starts_at for r in shown) == sorted(a.start for a in proposal.added)
        assert all(r.id < 0 for r in shown)
        assert not any(r.title == "Lunch break" for r in dialog.current.rows.values())
        assert dialog.budget.isHidden()

        dialog.accept_button.click()
        assert _meals(db, visit_id) == before + 2
        ops.undo_stack.undo()
        assert _meals(db, visit_id) == before
    finally:
        ops.shutdown()


@pytest.mark.parametrize(
    ("language", "title", "groups", "summary"),
    [
        ("en", "Lunch break", "Meal rule: Official delegation, Business delegation", "1 meal added."),
        ("ru", "Обед", "Правило питания: Официальная делегация, Деловая делегация", "приёмов пищи: 1."),
        ("kk", "Түскі ас", "Тамақтану ережесі: Ресми делегация, Іскерлік делегация", "Қосылған тамақ: 1."),
    ],
    indirect=["language"],
)
def test_groups_that_lunch_at_the_same_time_are_shown_one_lunch_and_get_one(
    qtbot: QtBot,
    sample_db: tuple[Database, int],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    title: str,
    groups: str,
    summary: str,
) -> None:
    from datetime import time

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    with db.sessions.begin() as s:
        # no lunch on the second day, and a lunch hour as long as the lunch: both groups lunch at 13:00
        s.execute(delete(ItineraryItem).where(ItineraryItem.title == "Рабочий обед"))
        visit = s.get(Visit, visit_id)
        visit.lunch_start, visit.lunch_end = time(13, 0), time(14, 0)
    before = _meals(db, visit_id)
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        # one line for the lunch the two groups have together, not one per group
        rows = [n for n in range(dialog.table.rowCount()) if dialog.table.item(n, 2).text().endswith("14:00")]
        meals = [n for n in rows if dialog.table.item(n, 0).text() == title]
        assert len(meals) == 1, _cells(dialog, 0)
        assert dialog.table.item(meals[0], 4).text() == groups
        assert summary in dialog.summary.text()
        assert len([r for r in dialog.proposed.rows.values() if r.kind == "meal" and r.id < 0]) == 1

        dialog.accept_button.click()
        assert _meals(db, visit_id) == before + 1
        ops.undo_stack.undo()
        assert _meals(db, visit_id) == before
    finally:
        ops.shutdown()


def test_when_required_sites_do_not_fit_the_dialog_says_why_in_russian(
    qtbot: QtBot, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.i18n import install_language

    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    with db.sessions.begin() as s:
        # every site visit required and 90 minutes long: far more than two days hold
        for item in s.scalars(
            select(ItineraryItem).where(
                ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "site_visit"
            )
        ):
            item.required = True
            item.ends_at = item.starts_at + timedelta(minutes=90)
    with UnitOfWork(db.sessions) as uow:
        before = visit_items(uow, visit_id)
    ops = Operations(db)
    assert install_language("ru")
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.budget.isVisible(), timeout=120_000)
        assert dialog.proposal is None and not dialog.accept_button.isEnabled()
        assert "Обязательные объекты не помещаются" in dialog.summary.text()
        budget = dialog.budget.text()
        assert "Почему обязательные объекты не помещаются" in budget
        assert "Всего нужно " in budget and "свободно " in budget
        # a line per group and day
        assert budget.count("Официальная делегация") == 2 and budget.count("Деловая делегация") == 2
        assert dialog.table.rowCount() > 1
        assert len(dialog.current.rows) == len(before)  # the programme as it is, beside the reasons
        assert set(_cells(dialog, 3)) == {"не размещается"}
        reasons = _cells(dialog, 4)
        assert all(any("а" <= ch <= "я" for ch in r) for r in reasons)
        with UnitOfWork(db.sessions) as uow:
            assert visit_items(uow, visit_id) == before
    finally:
        install_language("en")
        ops.shutdown()
