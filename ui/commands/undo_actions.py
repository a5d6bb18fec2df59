"""The Undo and Redo actions of a window, named for the step they take back or do again.

Qt's own actions put the step's text after the word as it is: «Отменить Задержка на 20 мин: …», two
sentences run together. Here the step is named inside a phrase of the interface language («Отменить:
задержка на 20 мин: …», «Болдырмау: …», 'Undo running late by 20 min: …'), its first letter made small
as a word inside a sentence (see :func:`ui.i18n.step_name`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from ui.i18n import step_name, tr


def undo_text(step: str) -> str:
    """The Undo action's text for the step ``step`` (a command's text); plain 'Undo' when none."""
    return tr("Undo %1", step_name(step)) if step else tr("Undo")


def redo_text(step: str) -> str:
    """The Redo action's text for the step ``step``; plain 'Redo' when none."""
    return tr("Redo %1", step_name(step)) if step else tr("Redo")


class StepAction(QAction):
    """Undo or Redo over a stack: its text follows the stack's next step (a method, not a lambda, so the
    connection ends with the action when its window closes and the stack lives on)."""

    def __init__(self, stack: QUndoStack, parent: QWidget, *, redo: bool) -> None:
        super().__init__(parent)
        self._text = redo_text if redo else undo_text
        self.setText(self._text(stack.redoText() if redo else stack.undoText()))
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.step_changed)

    def step_changed(self, step: str) -> None:
        self.setText(self._text(step))


def undo_actions(stack: QUndoStack, parent: QWidget) -> tuple[QAction, QAction]:
    """An Undo and a Redo action over ``stack``, enabled and named as the stack's next steps."""
    return StepAction(stack, parent, redo=False), StepAction(stack, parent, redo=True)
