"""Long dialogs fit the screen: with "Names in other languages…" open, the participant and site dialogs
scroll inside and keep OK and Cancel in sight; the translation lines are wide enough for a long name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from tests.gui.conftest import child, ok_in_sight, screen_of, shown
from ui.views.editors import participant_dialog, site_dialog

LONG_NAME = "Акимат Атырауской области Республики Казахстан"


@pytest.mark.parametrize("make", [participant_dialog, site_dialog], ids=["participant", "site"])
def test_a_long_form_scrolls_and_keeps_its_buttons_on_an_800_pixel_screen(
    qtbot: QtBot, make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen_of(monkeypatch, 1280, 760)
    dialog: QDialog = shown(qtbot, make(lambda values: None))
    child(dialog, QToolButton, "translations_toggle").click()
    qtbot.wait(50)
    QApplication.processEvents()
    assert dialog.frameGeometry().height() <= 760
    assert ok_in_sight(dialog)
    # every translation line is wide enough for a long name, not the ~170 pixels it had
    groups = [g for g in dialog.findChildren(QGroupBox) if g.objectName().startswith("translations_")]
    assert len(groups) == 3
    for group in groups:
        for edit in group.findChildren(QLineEdit):
            assert edit.width() >= edit.fontMetrics().horizontalAdvance(LONG_NAME) + 12, group.objectName()
