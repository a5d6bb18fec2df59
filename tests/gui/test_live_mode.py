"""Live mode ("Today"): the sample visit as a day in progress on a fake clock.

Running late on the current item proposes a repair shown as a diff (items was → proposed, who is
affected), applied as one undo step that undo takes back whole; the now-line and each group's current and
next item follow the clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.programme_version import programme_version
from ui.operations import Operations
from ui.views.live_page import LaneCard, LiveWindow

# 11:00 on the sample's first day in Atyrau (UTC+5)
ELEVEN = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)
OFFICIAL, BUSINESS = "Официальная делегация", "Деловая делегация"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, minutes: int) -> None:
        self.moment += timedelta(minutes=minutes)


@pytest.fixture
def sample_ops(sample_db: tuple[Database, int]) -> Iterator[tuple[Operations, Database, int]]:
    db, visit_id = sample_db
    ops = Operations(db)
    yield ops, db, visit_id
    ops.shutdown()


def _times(db: Database, visit_id: int) -> dict[int, tuple[datetime, datetime]]:
    with UnitOfWork(db.sessions) as uow:
        return {r.id: (r.starts_at, r.ends_at) for r in visit_items(uow, visit_id)}


def _card(window: LiveWindow, name: str) -> LaneCard:
    return next(c for c in window.cards if c.lane is not None and c.lane.name == name)


def _open(qtbot: QtBot, ops: Operations, visit_id: int, clock: FakeClock) -> LiveWindow:
    window = LiveWindow(ops, visit_id, now=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_running_late_proposes_a_diff_applies_as_one_step_and_undo_restores_everything(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, db, visit_id = sample_ops
    before = _times(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        version = programme_version(uow, visit_id)
    window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
    official = _card(window, OFFICIAL)
    assert official.lane is not None and official.lane.current is not None
    talks = official.lane.current
    assert talks.title == "Переговоры в расширенном составе с участием делегаций"
    assert official.status.text() == "on time"

    window.delay.setValue(25)
    assert official.late_button.text() == "Running late by 25 min"
    official.late_button.click()
    qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
    assert window.stack.currentIndex() == 1  # the proposal replaces the cards
    # the diff: the talks end 25 minutes later, each moved item as planned and as proposed
    cells = [[window.diff.item(r, c).text() for c in range(3)] for r in range(window.diff.rowCount())]
    assert [talks.title, "10:45–12:15", "10:45–12:40\nends 25 min later"] in cells
    moves = window.result.proposal.moves
    assert len(cells) == len(moves) >= 2
    # who is affected: the governor attends the talks, and their changes name them
    who = {
        window.affected.item(r, 0).text().split("\n")[0]: window.affected.item(r, 1).text()
        for r in range(window.affected.rowCount())
    }
    assert "Бабушкин Игорь Юрьевич" in who
    assert f"«{talks.title}» 10:45–12:15 → 10:45–12:40" in who["Бабушкин Игорь Юрьевич"]
    assert "people are affected" in window.summary.text()
    # nothing written yet
    assert _times(db, visit_id) == before
    # the proposed day is on the timeline
    assert window.timeline.rows[talks.id].ends_at == talks.ends_at + timedelta(minutes=25)

    assert window.apply_button.isEnabled()
    window.apply_button.click()
    after = _times(db, visit_id)
    for move in moves:
        assert after[move.item_id] == (move.new_start, move.new_end)
    assert ops.undo_stack.count() == 1
    assert ops.undo_stack.undoText() == f"Running late by 25 min: '{talks.title}'"
    assert window.stack.currentIndex() == 0
    assert _card(window, OFFICIAL).status.text() == "25 min behind"
    with UnitOfWork(db.sessions) as uow:
        assert programme_version(uow, visit_id) == version + 1

    ops.undo_stack.undo()
    assert _times(db, visit_id) == before
    assert _card(window, OFFICIAL).status.text() == "on time"
    assert window.timeline.rows[talks.id].ends_at == talks.ends_at
    ops.undo_stack.redo()
    assert _times(db, visit_id)[talks.id] == (talks.starts_at, talks.ends_at + timedelta(minutes=25))


def test_discard_leaves_the_database_as_it_was(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, db, visit_id = sample_ops
    before = _times(db, visit_id)
    window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
    business = _card(window, BUSINESS)
    business.late_button.click()
    qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
    window.discard_button.click()
    assert window.stack.currentIndex() == 0
    assert _times(db, visit_id) == before
    assert ops.undo_stack.count() == 0


def test_the_now_line_and_the_current_items_follow_the_clock(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    clock = FakeClock(ELEVEN)
    window = _open(qtbot, ops, visit_id, clock)
    assert window.clock_label.text() == "11:00"
    assert "Day 1 of 2, 11.05.2023" in window.day_label.text()
    y = window.timeline.now_y()
    assert y is not None
    business = _card(window, BUSINESS)
    assert business.lane is not None and business.lane.current is not None and business.lane.following
    assert "Атырау Балык" in business.lane.current.title
    assert "Жайык Кеме" in business.lane.following.title
    assert "ends in 25 min" in business.current.text()
    assert "starts in 30 min" in business.following.text()

    clock.advance(35)
    window.tick()
    assert window.clock_label.text() == "11:35"
    moved = window.timeline.now_y()
    assert moved is not None
    assert moved - y == pytest.approx(35 * window.timeline.pixels_per_minute)
    business = _card(window, BUSINESS)
    assert business.lane is not None and business.lane.current is not None
    assert "Жайык Кеме" in business.lane.current.title
    assert business.lane.following is not None and "речного порта" in business.lane.following.title
    # the talks still run for the official delegation
    official = _card(window, OFFICIAL)
    assert official.lane is not None and official.lane.current is not None
    assert official.lane.current.title.startswith("Переговоры")

    # between two items a group has no current item, and nothing to be late with
    clock.advance(57)  # 12:32: the press ended at 12:30, the walk starts at 12:35
    window.tick()
    official = _card(window, OFFICIAL)
    assert official.lane is not None and official.lane.current is None
    assert not official.late_button.isEnabled()
    assert "Прогулка" in official.following.text()


def test_a_day_outside_the_visit_shows_its_first_day_with_nothing_to_act_on(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    ops, _db, visit_id = sample_ops
    window = _open(qtbot, ops, visit_id, FakeClock(datetime(2023, 5, 1, 6, 0, tzinfo=UTC)))
    assert "the visit is not under way today" in window.day_label.text()
    assert window.timeline.now_y() is None
    assert window.cards and not any(c.late_button.isEnabled() for c in window.cards)


def test_view_menu_opens_today_for_the_open_visit(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from ui.main_window import MainWindow

    ops, _db, visit_id = sample_ops
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Today…")
    assert action.shortcut() == QKeySequence("Ctrl+T")
    action.trigger()
    live = window.live_window  # type: ignore[attr-defined]
    assert isinstance(live, LiveWindow) and live.isVisible()
    assert live.visit_id == visit_id
    action.trigger()  # again: the same window comes to the front
    assert window.live_window is live  # type: ignore[attr-defined]
    live.close()


def test_the_live_window_speaks_russian(qtbot: QtBot, sample_ops: tuple[Operations, Database, int]) -> None:
    from ui.i18n import install_language

    ops, _db, visit_id = sample_ops
    assert install_language("ru")
    try:
        window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
        assert window.windowTitle().startswith("Сегодня — ")
        assert "День 1 из 2, 11.05.2023" in window.day_label.text()
        business = _card(window, BUSINESS)
        assert business.status.text() == "по графику"
        assert business.late_button.text() == "Задержка на 15 мин"
        assert "закончится через 25 мин" in business.current.text()
        assert "начнётся через 30 мин" in business.following.text()
    finally:
        install_language("en")
