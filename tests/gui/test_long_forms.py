"""Long dialogs fit the screen: with "Names in other languages…" open, the participant and site dialogs
scroll inside and keep OK and Cancel in sight; the translation lines are wide enough for a long name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QGroupBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import child
from ui.views.editors import participant_dialog, site_dialog

LONG_NAME = "Акимат Атырауской области Республики Казахстан"


@pytest.mark.parametrize("make", [participant_dialog, site_dialog], ids=["participant", "site"])
def test_a_long_form_scrolls_and_keeps_its_buttons_on_an_800_pixel_screen(
    qtbot: QtBot, make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: QRect(0, 0, 1280, 760))
    dialog: QDialog = make(lambda values: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    child(dialog, QToolButton, "translations_toggle").click()
    qtbot.wait(50)
    QApplication.processEvents()
    assert dialog.frameGeometry().height() <= 760
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    corner = ok.mapTo(dialog, QPoint(ok.width(), ok.height()))
    assert ok.isVisible() and corner.y() <= dialog.height() and corner.x() <= dialog.width()
    # every translation line is wide enough for a long name, not the ~170 pixels it had
    groups = [g for g in dialog.findChildren(QGroupBox) if g.objectName().startswith("translations_")]
    assert len(groups) == 3
    for group in groups:
        for edit in group.findChildren(QLineEdit):
            assert edit.width() >= edit.fontMetrics().horizontalAdvance(LONG_NAME) + 12, group.objectName()
