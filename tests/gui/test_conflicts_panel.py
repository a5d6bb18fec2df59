"""The conflicts list keeps the officer's place when a drag refreshes it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from planner.services.checking import Conflict
from ui.models.row_table_model import ROW_ROLE
from ui.views.itinerary_page import ConflictsPanel


def _conflicts(numbers: range) -> list[Conflict]:
    return [
        Conflict("travel_time", "error", (n, n + 1), (), f"Conflict {n}: the drive takes 25 min")
        for n in numbers
    ]


def test_a_refresh_keeps_the_conflict_at_the_top_and_the_chosen_one(qtbot: QtBot) -> None:
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 240)
    panel.show()
    panel.set_conflicts(_conflicts(range(300)))
    model, view = panel.model, panel.list
    view.setCurrentIndex(model.index(150, 0))

    def scrolled_to_140() -> bool:
        # the list lays out 50 rows per pass of the event loop: scroll again until row 140 is laid out
        view.scrollTo(model.index(140, 0), view.ScrollHint.PositionAtTop)
        return view.indexAt(QPoint(0, 0)).row() == 140

    qtbot.waitUntil(scrolled_to_140)

    # a drag resolved conflicts 0-3 and made a new one at the end: the rows shift by four
    panel.set_conflicts(_conflicts(range(4, 300)) + _conflicts(range(400, 401)))

    def top() -> tuple[int, ...] | None:
        conflict = view.indexAt(QPoint(0, 0)).data(ROW_ROLE)
        return None if conflict is None else conflict.item_ids

    qtbot.waitUntil(lambda: top() == (140, 141))
    assert view.currentIndex().data(ROW_ROLE).item_ids == (150, 151)
    assert panel.title.text() == "Conflicts: 297 (297 errors)"
