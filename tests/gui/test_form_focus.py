"""Every form dialog opens with the keyboard in its first field: typed letters go into it at once (they
went into the form's scrolling area, where they did nothing), and Tab never stops in that area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.views.editors import (
    document_dialog,
    outcome_dialog,
    participant_dialog,
    site_dialog,
    vehicle_dialog,
)
from ui.views.forms import FormDialog, line
from ui.views.translations_dialogs import visit_names_dialog
from ui.views.visit_dialog import visit_dialog

TYPED = "Atyrau & Co"  # QtTest types ASCII keys only


def _nothing(values: dict[str, Any]) -> None:
    return None


# each dialog and the field the keyboard starts in
DIALOGS: list[tuple[str, Callable[[], FormDialog], str]] = [
    ("participant", lambda: participant_dialog(_nothing), "full_name"),
    ("site", lambda: site_dialog(_nothing), "name"),
    ("outcome", lambda: outcome_dialog(_nothing), "topic"),
    ("document", lambda: document_dialog(_nothing), "title"),
    ("vehicle", lambda: vehicle_dialog(_nothing), "label"),
    ("visit", lambda: visit_dialog(_nothing), "title"),
]


def _open(qtbot: QtBot, dialog: FormDialog) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    focused = dialog.focusWidget()
    assert focused is not None, "no field has the keyboard"
    return focused


@pytest.mark.parametrize(("name", "make", "first"), DIALOGS, ids=[d[0] for d in DIALOGS])
def test_the_keyboard_starts_in_the_first_field_and_typing_goes_there(
    qtbot: QtBot, name: str, make: Callable[[], FormDialog], first: str
) -> None:
    dialog = make()
    focused = _open(qtbot, dialog)
    field = dialog.form.fields[first]
    assert focused is field, f"the {name} dialog starts in {type(focused).__name__}, not in {first}"
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(focused, TYPED)
    assert field.text().endswith(TYPED)


def test_tab_never_stops_in_the_scrolling_area(qtbot: QtBot) -> None:
    dialog = participant_dialog(_nothing)
    focused = _open(qtbot, dialog)
    seen = [focused]
    for _ in range(40):
        dialog.focusNextChild()
        seen.append(dialog.focusWidget())
    assert dialog.scroll not in seen
    assert dialog.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_disabled_or_read_only_first_field_is_passed_over(qtbot: QtBot) -> None:
    dialog = FormDialog("Fields", None, _nothing)
    locked = dialog.form.add("locked", "Locked", line("fixed"))
    locked.setEnabled(False)
    shown = dialog.form.add("shown", "Shown", line("read only"))
    assert isinstance(shown, QLineEdit)
    shown.setReadOnly(True)
    open_field = dialog.form.add("open", "Open", line(""))
    assert _open(qtbot, dialog) is open_field


def test_a_field_the_dialog_chose_keeps_the_keyboard(qtbot: QtBot) -> None:
    dialog = FormDialog("Fields", None, _nothing)
    dialog.form.add("first", "First", line(""))
    second = dialog.form.add("second", "Second", line(""))
    second.setFocus()  # as the to-place dialogs start in their site
    assert _open(qtbot, dialog) is second


def test_the_visit_names_dialog_starts_in_a_name(qtbot: QtBot) -> None:
    from planner.queries.translations import VisitName, VisitNames

    names = (VisitName("title_i18n", "Визит", {}), VisitName("delegation_name_i18n", "Делегация", {}))
    dialog = visit_names_dialog(_nothing, VisitNames(1, 1, names))
    focused = _open(qtbot, dialog)
    assert isinstance(focused, QLineEdit) and dialog.scroll.isAncestorOf(focused)
