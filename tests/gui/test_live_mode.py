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
from ui.i18n import current_language
from ui.operations import Operations
from ui.views.live_page import LaneCard, LiveWindow

# 11:00 on the sample's first day in Atyrau (UTC+5)
ELEVEN = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)
TALKS_EN = "Extended talks with both delegations"  # the talks' English title in the sample
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


# the groups' names in the other interface languages (the cards name a group in the interface language)
SHOWN = {
    OFFICIAL: {"en": "Official delegation", "kk": "Ресми делегация"},
    BUSINESS: {"en": "Business delegation", "kk": "Іскерлік делегация"},
}


def _card(window: LiveWindow, name: str) -> LaneCard:
    """The card of the group typed ``name``, as the interface language names it."""
    shown = SHOWN.get(name, {}).get(current_language(), name)
    return next(c for c in window.cards if c.lane is not None and c.lane.name == shown)


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
    assert official.late_button.text() == "Running late by 25 min  (Ctrl+1)"
    official.late_button.click()
    qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
    assert window.stack.currentIndex() == 1  # the proposal replaces the cards
    # the diff: the talks end 25 minutes later, each moved item as planned and as proposed
    # (the interface is in English: so are the titles and names of the proposal, from their translations)
    cells = [[window.diff.item(r, c).text() for c in range(3)] for r in range(window.diff.rowCount())]
    assert [TALKS_EN, "10:45–12:15", "10:45–12:40\nends 25 min later"] in cells
    moves = window.result.proposal.moves
    assert len(cells) == len(moves) >= 2
    # who is affected: the governor attends the talks, and their changes name them
    who = {
        window.affected.item(r, 0).text().split("\n")[0]: window.affected.item(r, 1).text()
        for r in range(window.affected.rowCount())
    }
    assert "Igor Babushkin" in who
    assert f"“{TALKS_EN}” 10:45–12:15 → 10:45–12:40" in who["Igor Babushkin"]
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
    # the item named in the interface language, as the diff and the cards name it
    assert ops.undo_stack.undoText() == f"Running late by 25 min: “{TALKS_EN}”"
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
    assert "Walk along the Zhaiyk River embankment" in official.following.text()


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
        assert business.late_button.text() == "Задержка на 15 мин  (Ctrl+2)"
        assert "закончится через 25 мин" in business.current.text()
        assert "начнётся через 30 мин" in business.following.text()
    finally:
        install_language("en")


# ------------------------------------------------------------ the programme changes under a proposal


def _another_officer(db: Database) -> Database:
    """A second connection to the same database, as another officer's copy of the app would open."""
    from planner.persistence.db import open_database

    return open_database(db.url, user="colleague")


def _diff(window: LiveWindow) -> list[list[str]]:
    return [[window.diff.item(r, c).text() for c in range(3)] for r in range(window.diff.rowCount())]


def _ask(qtbot: QtBot, window: LiveWindow, lane: str, minutes: int) -> None:
    window.delay.setValue(minutes)
    _card(window, lane).late_button.click()
    qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)


def test_another_officers_change_refreshes_the_proposal_and_apply_writes_the_fresh_one(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    from planner.services.itinerary import move_item

    ops, db, visit_id = sample_ops
    window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
    _ask(qtbot, window, OFFICIAL, 25)
    first = window.result
    assert not window.proposal_note.isVisible()
    # a later item the proposal moves is moved 5 minutes by a colleague, on their own connection
    talks = window.late_item
    assert talks is not None
    later = next(m for m in first.proposal.moves if m.item_id != talks.id)
    other = _another_officer(db)
    try:
        move_item(UnitOfWork(other.sessions), later.item_id, later.old_start + timedelta(minutes=5))
    finally:
        other.dispose()
    moved = _times(db, visit_id)
    assert moved[later.item_id][0] == later.old_start + timedelta(minutes=5)

    window.poll()  # what the poll timer does every few seconds
    qtbot.waitUntil(lambda: window.result is not None and window.result is not first, timeout=30_000)
    fresh = window.result
    assert fresh.version_before == first.version_before + 1
    # the same item and minutes, worked out from the programme as the colleague left it
    assert window.late_item is not None and window.late_item.id == talks.id
    assert window.proposal_title.text() == f"Running late by 25 min: “{TALKS_EN}”"
    assert window.proposal_note.isVisible()
    note = window.proposal_note.text()
    assert note == (
        f"Updated at 11:00: the programme changed (version {fresh.version_before}), "
        "so the proposal was worked out again."
    )
    again = next(m for m in fresh.proposal.moves if m.item_id == later.item_id)
    assert again.old_start == later.old_start + timedelta(minutes=5)
    planned = _diff(window)[[m.item_id for m in fresh.proposal.moves].index(later.item_id)][1]
    assert planned.startswith(f"{again.old_start.astimezone(window.tz):%H:%M}")
    assert window.apply_button.isEnabled()

    window.apply_button.click()
    after = _times(db, visit_id)
    for move in fresh.proposal.moves:
        assert after[move.item_id] == (move.new_start, move.new_end)
    assert ops.undo_stack.count() == 1
    assert window.stack.currentIndex() == 0 and not window.proposal_note.isVisible()
    # one undo restores everything: the day as the colleague left it
    ops.undo_stack.undo()
    assert _times(db, visit_id) == moved


def test_apply_never_writes_a_proposal_made_before_the_programme_changed(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    from planner.services.itinerary import update_item

    ops, db, visit_id = sample_ops
    window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
    _ask(qtbot, window, OFFICIAL, 25)
    first = window.result
    before = _times(db, visit_id)
    # a colleague moves an item the proposal does not touch, before this screen's poll has noticed
    untouched = {m.item_id for m in first.proposal.moves} | {d.item_id for d in first.proposal.dropped}
    spare = next(r for r in window.rows if r.id not in untouched and r.id != window.late_item.id)  # type: ignore[union-attr]
    other = _another_officer(db)
    try:
        update_item(UnitOfWork(other.sessions), spare.id, {"title": spare.title + " (зал 2)"})
    finally:
        other.dispose()

    window.apply_button.click()  # the officer presses Apply on what they read
    # nothing written: the proposal is worked out again, and says why
    assert _times(db, visit_id) == before and ops.undo_stack.count() == 0
    qtbot.waitUntil(lambda: window.result is not None, timeout=30_000)
    assert window.result is not first
    assert window.result.version_before == first.version_before + 1
    assert "so the proposal was worked out again" in window.proposal_note.text()
    window.apply_button.click()
    assert ops.undo_stack.count() == 1
    ops.undo_stack.undo()
    assert _times(db, visit_id) == before


def test_a_proposal_whose_item_was_deleted_or_moved_is_withdrawn(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int]
) -> None:
    from planner.services.itinerary import delete_item, move_item

    ops, db, visit_id = sample_ops
    window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
    # an edit on another page of this window: the talks start 10 minutes later (its Changes reach here)
    _ask(qtbot, window, OFFICIAL, 25)
    talks = window.late_item
    assert talks is not None
    ops.run(lambda uow: move_item(uow, talks.id, talks.starts_at + timedelta(minutes=10)))
    assert window.result is None and not window.apply_button.isEnabled()
    assert window.diff.rowCount() == 0
    note = window.proposal_note.text()
    assert note == (
        f"Proposal withdrawn: “{TALKS_EN}” was changed meanwhile and now runs 10:55–12:25; "
        "ask again if still late."
    )
    assert window.discard_button.text() == "Back to the day  (Esc)"
    window.poll()  # nothing comes back to life on the next poll
    qtbot.wait(200)
    assert window.result is None and window.proposal_note.text() == note
    window.discard_button.click()
    assert window.stack.currentIndex() == 0

    # another officer deletes the item the proposal is for
    _ask(qtbot, window, OFFICIAL, 25)
    talks = window.late_item
    assert talks is not None
    other = _another_officer(db)
    try:
        delete_item(UnitOfWork(other.sessions), talks.id)
    finally:
        other.dispose()
    window.poll()
    qtbot.waitUntil(lambda: window.result is None, timeout=10_000)
    assert window.proposal_note.text() == (
        f"Proposal withdrawn: “{TALKS_EN}” was deleted or moved off today's programme meanwhile."
    )
    window.apply_button.click()  # disabled; and nothing to write even if it were pressed
    assert ops.undo_stack.count() == 0 and talks.id not in _times(db, visit_id)


# ------------------------------------------------------------ waits in words, names in quotes

# the sample's first item: the motorcade is met at 08:30 in Atyrau (UTC+5) on 11 May 2023
FIRST_ITEM = "08:30"


def _at(day: int, hour: int, minute: int = 0) -> FakeClock:
    """A clock at ``hour:minute`` Atyrau time on ``day`` May 2023."""
    return FakeClock(datetime(2023, 5, day, hour - 5, minute, tzinfo=UTC))


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        (
            "en",
            (
                "starts in 2 h 30 min",
                "starts in 1 h",
                "starts tomorrow at 08:30",
                "starts on 11 May at 08:30",
                "ends in 1 h 15 min",
                "ends in 25 min",
            ),
        ),
        (
            "ru",
            (
                "начнётся через 2 ч 30 мин",
                "начнётся через 1 ч",
                "начнётся завтра в 08:30",
                "начнётся 11 мая в 08:30",
                "закончится через 1 ч 15 мин",
                "закончится через 25 мин",
            ),
        ),
        (
            "kk",
            (
                "2 сағат 30 минуттан кейін басталады",
                "1 сағаттан кейін басталады",
                "басталуы — ертең, сағат 08:30",
                "басталуы — 11 мамыр, сағат 08:30",
                "1 сағат 15 минуттан кейін аяқталады",
                "25 минуттан кейін аяқталады",
            ),
        ),
    ],
)
def test_waits_read_in_hours_and_minutes_and_beyond_the_day_as_a_day_and_a_time(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int], lang: str, texts: tuple[str, ...]
) -> None:
    """Opened early on the day, the evening before or a week before, the next item is not "in 1,415 min"
    away but in hours and minutes, tomorrow, or on its date (in the interface language)."""
    from ui.i18n import install_language

    ops, _db, visit_id = sample_ops
    early, hour_before, tomorrow, later_on, long_item, short_item = texts
    assert install_language(lang)
    try:
        clock = _at(11, 6)
        window = _open(qtbot, ops, visit_id, clock)
        assert early in _card(window, BUSINESS).following.text()
        clock.moment = _at(11, 7, 30).moment
        window.tick()
        assert hour_before in _card(window, BUSINESS).following.text()
        clock.moment = _at(10, 18).moment  # the evening before: the first day is shown
        window.reload()
        assert tomorrow in _card(window, BUSINESS).following.text()
        clock.moment = _at(4, 12).moment  # a week before
        window.reload()
        assert later_on in _card(window, OFFICIAL).following.text()
        assert "min" not in _card(window, OFFICIAL).following.text().split("<br>")[-1]
        clock.moment = ELEVEN  # the talks run to 12:15, the fish plant's visit to 11:25
        window.reload()
        assert long_item in _card(window, OFFICIAL).current.text()
        assert short_item in _card(window, BUSINESS).current.text()
        window.close()
    finally:
        install_language("en")


@pytest.mark.parametrize(("lang", "marks"), [("en", ("“", "”")), ("ru", ("«", "»")), ("kk", ("«", "»"))])
def test_the_proposal_heading_quotes_the_item_in_the_languages_quotation_marks(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int], lang: str, marks: tuple[str, str]
) -> None:
    from ui.i18n import install_language

    ops, _db, visit_id = sample_ops
    assert install_language(lang)
    try:
        window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
        _ask(qtbot, window, OFFICIAL, 25)
        heading = window.proposal_title.text()
        assert "'" not in heading
        opening, closing = marks
        assert heading.endswith(closing) and heading.count(opening) == 1
        # the lines of who is affected quote the same way
        lines = [window.affected.item(r, 1).text() for r in range(window.affected.rowCount())]
        assert lines and all(line.startswith(opening) for line in lines)
        window.discard_proposal()
        window.close()
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("en", ("25 min", "2 h", "5 h 25 min later", "ends 1 h 5 min earlier", "1 h 10 min behind")),
        (
            "ru",
            (
                "25 мин",
                "2 ч",
                "на 5 ч 25 мин позже",
                "закончится на 1 ч 5 мин раньше",
                "отставание 1 ч 10 мин",
            ),
        ),
        (
            "kk",
            (
                "25 мин",
                "2 сағ",
                "5 сағ 25 мин кешірек",
                "1 сағ 5 мин ертерек аяқталады",
                "1 сағ 10 мин кешігу",
            ),
        ),
    ],
)
def test_shifts_and_delays_of_an_hour_or_more_read_in_hours_and_minutes(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int], lang: str, texts: tuple[str, ...]
) -> None:
    """A proposal moving an item 325 minutes reads "5 h 25 min later", not "325 min later"; a lane 70
    minutes behind the morning's programme reads "1 h 10 min behind"."""
    from types import SimpleNamespace

    from ui.i18n import install_language
    from ui.views.live_page import LaneNow, duration_text

    ops, _db, visit_id = sample_ops
    short, whole, later, earlier, behind = texts
    assert install_language(lang)
    try:
        assert [duration_text(25), duration_text(120)] == [short, whole]
        window = _open(qtbot, ops, visit_id, FakeClock(ELEVEN))
        card = _card(window, OFFICIAL)
        lane = card.lane
        assert lane is not None and lane.current is not None and lane.following is not None
        card.show_lane(LaneNow(lane.name, lane.current, lane.following, 70), ELEVEN, window.tz, 15)
        assert card.status.text() == behind
        # a proposal as the running-late service returns it: the talks end 65 minutes earlier, the press
        # comes 325 minutes later
        talks, press = lane.current, lane.following

        def move(row: object, start: timedelta, end: timedelta) -> SimpleNamespace:
            return SimpleNamespace(
                item_id=row.id,  # type: ignore[attr-defined]
                title=row.title,  # type: ignore[attr-defined]
                old_start=row.starts_at,  # type: ignore[attr-defined]
                old_end=row.ends_at,  # type: ignore[attr-defined]
                new_start=row.starts_at + start,  # type: ignore[attr-defined]
                new_end=row.ends_at + end,  # type: ignore[attr-defined]
                shortened=False,
                why="",
            )

        moves = [
            move(talks, timedelta(0), timedelta(minutes=-65)),
            move(press, *[timedelta(minutes=325)] * 2),
        ]
        proposal = SimpleNamespace(moves=moves, dropped=[], is_empty=False, notes=[], remaining=())
        window.show_proposal(SimpleNamespace(proposal=proposal, affected=SimpleNamespace(recipients=[])))
        diff = _diff(window)
        assert diff[0][2].endswith("\n" + earlier)
        assert diff[1][2].endswith("\n" + later)
        window.discard_proposal()
        window.close()
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        (
            "en",
            (
                "not started yet — first item tomorrow at 08:30",
                "not started yet — first item in 2 h 30 min",
                "on time",
                "the day's programme is over",
            ),
        ),
        (
            "ru",
            (
                "ещё не началось — первый пункт завтра в 08:30",
                "ещё не началось — первый пункт через 2 ч 30 мин",
                "по графику",
                "программа дня завершена",
            ),
        ),
        (
            "kk",
            (
                "әлі басталған жоқ — алғашқы тармақ ертең, сағат 08:30",
                "әлі басталған жоқ — алғашқы тармақ 2 сағат 30 минуттан кейін",
                "кестеге сай",
                "күн бағдарламасы аяқталды",
            ),
        ),
    ],
)
def test_before_the_day_begins_and_after_it_ends_no_group_is_on_time(
    qtbot: QtBot, sample_ops: tuple[Operations, Database, int], lang: str, texts: tuple[str, ...]
) -> None:
    """Opened the evening before, early in the morning or after the visit, a group's card says its day
    has not begun (and when it does) or is over, in the text's own colour; "on time" only while the day
    is under way."""
    from ui.i18n import install_language

    ops, _db, visit_id = sample_ops
    evening_before, early, on_time, over = texts
    assert install_language(lang)
    try:
        clock = _at(10, 18)
        window = _open(qtbot, ops, visit_id, clock)
        for card in window.cards:
            assert card.status.text() == evening_before
            assert card.status.styleSheet() == ""  # neutral: not the green of "on time"
        clock.moment = _at(11, 6).moment
        window.tick()
        assert [c.status.text() for c in window.cards] == [early] * len(window.cards)
        clock.moment = ELEVEN
        window.tick()
        assert _card(window, OFFICIAL).status.text() == on_time
        assert "#2e7d32" in _card(window, OFFICIAL).status.styleSheet()
        clock.moment = _at(12, 23, 30).moment  # the last day, after its last item
        window.tick()
        assert [c.status.text() for c in window.cards] == [over] * len(window.cards)
        assert all(c.status.styleSheet() == "" for c in window.cards)
        clock.moment = _at(20, 10).moment  # a week after the visit: its last day, over
        window.reload()
        assert [c.status.text() for c in window.cards] == [over] * len(window.cards)
        window.close()
    finally:
        install_language("en")
