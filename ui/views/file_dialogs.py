"""Qt's file dialogs in the interface language, every word of them.

Qt's own translations leave words of its file dialog in English: its Russian file has no "&Look in:",
"Files of &type:" or the type "Folder" of Qt 6 (the walkthrough's Russian save dialog), and there may be
none at all for a language. So while one of these dialogs is open, its labels, buttons and the type of a
folder or file are set from the program's own translations. The functions take and return what
``QFileDialog``'s static functions do and call them (tests replace those, so no dialog blocks a run).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QFileInfo, QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider

from ui.i18n import tr


class _Types(QFileIconProvider):
    """The type column in the interface language: "Folder", "PDF file" (Qt's said "Folder", "PDF
    document" in English whatever the language)."""

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return tr("Folder")
        suffix = info.suffix().upper()
        return tr("%1 file", suffix) if suffix else tr("File")


def name_file_dialog(dialog: QFileDialog) -> None:
    """Set every label and button of a (Qt, not native) file dialog in the interface language."""
    save = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    folders = dialog.fileMode() == QFileDialog.FileMode.Directory
    words = {
        QFileDialog.DialogLabel.LookIn: tr("&Look in:"),
        QFileDialog.DialogLabel.FileName: tr("Folder:") if folders else tr("File &name:"),
        QFileDialog.DialogLabel.FileType: tr("Files of &type:"),
        QFileDialog.DialogLabel.Accept: tr("&Save") if save else tr("&Choose") if folders else tr("&Open"),
        QFileDialog.DialogLabel.Reject: tr("Cancel"),
    }
    for label, text in words.items():
        dialog.setLabelText(label, text)
    if not isinstance(dialog.iconProvider(), _Types):
        provider = _Types()
        dialog._types = provider  # type: ignore[attr-defined]  # kept as long as the dialog
        dialog.setIconProvider(provider)


class _Namer(QObject):
    """Names each file dialog as it is shown (installed on the application while one may be)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            name_file_dialog(watched)
        return False


@contextmanager
def _named_file_dialogs() -> Iterator[None]:
    app = QApplication.instance()
    namer = _Namer()
    if app is not None:
        app.installEventFilter(namer)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(namer)


def get_open_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    """``QFileDialog.getOpenFileName`` with the dialog in the interface language."""
    with _named_file_dialogs():
        return QFileDialog.getOpenFileName(*args, **kwargs)


def get_save_file_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName`` with the dialog in the interface language."""
    with _named_file_dialogs():
        return QFileDialog.getSaveFileName(*args, **kwargs)


def get_existing_directory(*args: Any, **kwargs: Any) -> str:
    """``QFileDialog.getExistingDirectory`` with the dialog in the interface language."""
    with _named_file_dialogs():
        return QFileDialog.getExistingDirectory(*args, **kwargs)
