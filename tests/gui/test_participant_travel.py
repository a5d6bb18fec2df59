"""The participant editor's arrival and departure block: how a person travels and who meets them
(issue 13), saved with the person and undone in one step; the values shown in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Participant
from tests.gui.conftest import when_dialog_opens
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.views.common import select_ids


def _window(qtbot: QtBot, ops: Operations, visit_id: int) -> MainWindow:
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_flight_number_and_meeter_are_set_in_the_dialog_shown_again_and_undone(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = _window(qtbot, ops, visit_id)
        window.tabs.setCurrentWidget(window.participants)
        page = window.participants
        rows = page.model.rows()
        person, meeter = rows[1], next(r for r in rows if r.side == "host")

        def fill(d: QDialog) -> None:
            form: Any = d
            box = form.form.fields["arrival_mode"]
            mode, number, who = page_travel_widgets(box)
            mode.setCurrentIndex(mode.findData("flight"))
            assert mode.currentText() == "Flight"  # the vocabulary's name, in the interface language
            number.setText("KC 941")
            who.setCurrentIndex(who.findData(meeter.id))
            leave_mode, _, leave_who = page_travel_widgets(form.form.fields["departure_mode"])
            leave_mode.setCurrentIndex(leave_mode.findData("train"))
            leave_who.setEditText('Tom & "Jerry" <Ltd>')
            form.try_accept()

        select_ids(page.table, {person.id})
        problems = when_dialog_opens(fill)
        page.edit_selected()
        assert not problems
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None
            assert (saved.arrival_mode, saved.arrival_number, saved.arrival_meeter_id) == (
                "flight",
                "KC 941",
                meeter.id,
            )
            assert (saved.departure_mode, saved.departure_meeter, saved.departure_meeter_id) == (
                "train",
                'Tom & "Jerry" <Ltd>',
                None,
            )

        shown: list[tuple[str, str, str]] = []

        def look(d: QDialog) -> None:
            form: Any = d
            mode, number, who = page_travel_widgets(form.form.fields["arrival_mode"])
            shown.append((mode.currentData(), number.text(), who.currentData()))
            d.reject()

        select_ids(page.table, {person.id})
        problems = when_dialog_opens(look)
        page.edit_selected()
        assert not problems and shown == [("flight", "KC 941", meeter.id)]

        ops.undo_stack.undo()
        with db.sessions() as s:
            saved = s.get(Participant, person.id)
            assert saved is not None
            assert (saved.arrival_mode, saved.arrival_number, saved.arrival_meeter_id) == ("", "", None)
            assert saved.departure_meeter == ""
    finally:
        ops.shutdown()


def page_travel_widgets(box: Any) -> tuple[Any, Any, Any]:
    """The mode, number and meeter editors of one row of the block."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from ui.views.pickers import PersonOrText

    combos = [w for w in box.findChildren(QComboBox) if not isinstance(w, PersonOrText)]
    numbers = [w for w in box.findChildren(QLineEdit) if w.parent() is box]
    (who,) = box.findChildren(PersonOrText)
    return combos[0], numbers[0], who
