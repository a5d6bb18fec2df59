"""Dialogs fit a 1366x768 laptop screen whose panel leaves 728 pixels: New visit, grown by the notes under
a typed arrival and departure place, kept its top where the window manager put it and pushed OK and
Cancel below the screen's edge; the Planning dialog opened 760 pixels tall, its Accept and Reject on the
edge. Each now keeps its buttons on the screen, the form scrolling inside."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.operations import Operations
from ui.views import forms, planning_dialog
from ui.views.planning_dialog import PlanningDialog
from ui.views.visit_dialog import visit_dialog

SCREEN = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: SCREEN)
    return SCREEN


def _on_screen(dialog: QDialog, buttons: list[QAbstractButton], screen: QRect) -> list[str]:
    """What of the dialog a person cannot see: its frame or a button off the screen."""
    problems = []
    if not screen.contains(dialog.frameGeometry()):
        problems.append(f"dialog {dialog.frameGeometry()} outside {screen}")
    for button in buttons:
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        if not (button.isVisible() and screen.contains(corner)):
            problems.append(f"{button.text()!r} at {corner}")
    return problems


def test_new_visit_keeps_ok_and_cancel_on_the_screen_as_the_place_notes_appear(
    qtbot: QtBot, laptop: QRect, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = visit_dialog(lambda values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.move(400, 145)  # where the window manager put it in the walkthrough
    QApplication.processEvents()
    # a window manager may keep a shown dialog where it is, whatever the program asks
    kept: list[Any] = []
    monkeypatch.setattr(forms.FormDialog, "move", lambda self, *a: kept.append(a))
    for name in ("arrival_at", "departure_at"):
        stay = dialog.form.fields[name]
        stay.known.setChecked(True)
        stay.site.setEditText("Атырау әуежайы")
        stay.site.commit()
        qtbot.wait(50)
        assert stay.note.isVisibleTo(dialog)
    box = dialog.findChild(QDialogButtonBox)
    buttons = [
        box.button(QDialogButtonBox.StandardButton.Ok),
        box.button(QDialogButtonBox.StandardButton.Cancel),
    ]
    assert not _on_screen(dialog, buttons, laptop)
    # the notes are there, reached by scrolling the form
    dialog.scroll.ensureWidgetVisible(dialog.form.fields["departure_at"].note)
    QApplication.processEvents()
    note = dialog.form.fields["departure_at"].note
    top = note.mapTo(dialog.scroll.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + note.height() <= dialog.scroll.viewport().height()


def test_the_planning_dialog_keeps_accept_and_reject_on_the_screen(
    qtbot: QtBot, laptop: QRect, sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning_dialog, "PLAN_SECONDS", 1.0)
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        dialog = PlanningDialog(ops, visit_id, "plan")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=120_000)
        QApplication.processEvents()
        assert not _on_screen(dialog, [dialog.accept_button, dialog.reject_button], laptop)
    finally:
        ops.shutdown()
