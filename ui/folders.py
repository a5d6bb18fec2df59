"""Where a file dialog opens: the folder last used for the same purpose, else the user's Documents folder.

Qt's static file dialogs open in the process's working directory when given no folder, which for a program
started from a menu is the home folder or the program's own; the officer then clicks through to where the
office keeps its papers every time. The folder chosen is remembered in the settings (``folders/<purpose>``)
and offered next time, in this session and the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

PRINTED = "printed"  # the Print page's PDFs and folders of itineraries


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none that exists)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(purpose: str) -> Path:
    """The folder to open a dialog in: the one last used for ``purpose`` while it still exists, else
    the user's Documents folder."""
    saved = QSettings().value(f"folders/{purpose}")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return documents_folder()


def remember_folder(purpose: str, chosen: str | Path, is_file: bool = False) -> None:
    """Remember the folder chosen for ``purpose`` (``is_file``: ``chosen`` is a file in it)."""
    path = Path(chosen)
    QSettings().setValue(f"folders/{purpose}", str(path.parent if is_file else path))
