"""The "Run of show" section of the item editor: cue, staging notes and the officer in charge.

Folded away until opened (most items need none of it); it holds its own fields and gives the item
editor the values to save, or only those changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from planner.domain.gifts import RUN_OF_SHOW_LIMITS
from planner.domain.vocabulary import RUN_OF_SHOW_FIELDS
from planner.queries.itinerary import ItemRow
from ui.i18n import tr
from ui.views.forms import line, text_box


class RunOfShowSection(QWidget):
    """A foldable block of an item's run-of-show fields (opened at once when one is filled in)."""

    def __init__(self, row: ItemRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_of_show_section")
        self.row = row
        self.toggle = QToolButton()
        self.toggle.setObjectName("run_of_show_toggle")
        self.toggle.setText(tr("Run of show (internal)"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(12, 0, 0, 0)
        self.cue = line(row.cue if row else "")
        self.cue.setPlaceholderText(tr("e.g. when the governor's car enters the gate"))
        self.staging = text_box(row.staging_notes if row else "", 60)
        self.officer_name = line(row.officer_name if row else "")
        self.officer_name.setPlaceholderText(tr("if not a participant"))
        self.officer_phone = line(row.officer_phone if row else "")
        for edit, name in (
            (self.cue, "cue"),
            (self.officer_name, "officer_name"),
            (self.officer_phone, "officer_phone"),
        ):
            edit.setObjectName(f"run_of_show_{name}")
            assert isinstance(edit, QLineEdit)
            edit.setMaxLength(RUN_OF_SHOW_LIMITS[name])
        self.staging.setObjectName("run_of_show_staging_notes")
        form.addRow(tr("Cue"), self.cue)
        form.addRow(tr("Staging notes"), self.staging)
        form.addRow(tr("Officer in charge"), self.officer_name)
        form.addRow(tr("Officer's phone"), self.officer_phone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._show)
        filled = row is not None and any(getattr(row, name) for name in RUN_OF_SHOW_FIELDS)
        self.toggle.setChecked(filled)
        self._show(filled)

    def _show(self, opened: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.body.setVisible(opened)

    def values(self) -> dict[str, Any]:
        """The four fields as the item service takes them."""
        return {
            "cue": self.cue.text().strip(),
            "staging_notes": self.staging.toPlainText().strip(),
            "officer_name": self.officer_name.text().strip(),
            "officer_phone": self.officer_phone.text().strip(),
        }

    def changed_values(self) -> dict[str, Any]:
        """Only the fields that differ from the item being edited (all of them for a new item)."""
        values = self.values()
        if self.row is None:
            return {k: v for k, v in values.items() if v}
        return {k: v for k, v in values.items() if getattr(self.row, k) != v}
