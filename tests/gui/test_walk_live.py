"""A protocol officer's day of the visit and the days after it, in Russian: what they tripped over.

A due date typed on the keyboard into an empty date field; the Today window on a 1366 x 768 laptop and
Ctrl+Z in it after applying a delay.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import shown
from ui.views.editors import action_item_dialog
from ui.views.forms import FormDialog


def _action_item(qtbot: QtBot, saved: list[dict[str, Any]]) -> FormDialog:
    dialog = action_item_dialog(saved.append, [], calendar_at=date(2023, 5, 12))
    shown(qtbot, dialog)
    dialog.form.fields["description"].setPlainText("Подготовить обращение в авиакомпанию")
    return dialog


def _type_due(qtbot: QtBot, dialog: FormDialog, typed: str) -> None:
    due = dialog.form.fields["due_date"]
    due.setFocus()
    qtbot.waitUntil(due.hasFocus)
    QTest.keyClicks(due, typed)


def test_a_due_date_typed_into_the_empty_field_is_saved_as_typed(qtbot: QtBot, language: str) -> None:
    for typed, meant in (("20.06.2023", date(2023, 6, 20)), ("5.6.2023", date(2023, 6, 5))):
        saved: list[dict[str, Any]] = []
        dialog = _action_item(qtbot, saved)
        _type_due(qtbot, dialog, typed)
        assert dialog.form.fields["due_date"].lineEdit().text().replace(" ", "") in (typed, "05.06.2023")
        QTest.keyClick(dialog.form.fields["due_date"], Qt.Key.Key_Return)  # OK, without leaving the field
        assert saved and saved[0]["due_date"] == meant, (typed, saved)


def test_a_half_typed_due_date_is_refused_beside_the_field_not_saved_as_none(
    qtbot: QtBot, language: str
) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _action_item(qtbot, saved)
    _type_due(qtbot, dialog, "20.06")
    dialog.try_accept()
    assert saved == []
    assert dialog.isVisible()
    said = dialog.form.error_text("due_date")
    assert "20.06.2023" in said
    assert ("Type the date" in said) == (language == "en")


def test_the_arrow_key_on_an_empty_date_starts_at_the_day_of_the_visit(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    dialog = _action_item(qtbot, saved)
    due = dialog.form.fields["due_date"]
    due.setFocus()
    QTest.keyClick(due, Qt.Key.Key_Up)
    dialog.try_accept()
    assert saved[0]["due_date"] == date(2023, 5, 12)
