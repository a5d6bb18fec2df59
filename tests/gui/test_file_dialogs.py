"""Qt's file dialog in the interface language, every word of it: in Russian it said "Look in:", "Files
of type:" and "Folder" (Qt's Russian file lacks them); in Kazakh Qt may have no words at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from ui.i18n import install_language
from ui.views import file_dialogs

WORDS = {
    "ru": {"Перейти к:", "Имя файла:", "Типы файлов:", "Сохранить", "Отмена", "Папка"},
    "kk": {"Қайда қарау:", "Файл аты:", "Файлдар түрі:", "Сақтау", "Бас тарту", "Қалта"},
}
ENGLISH = {"Look in:", "File name:", "Files of type:", "Save", "Cancel", "Folder"}


@pytest.fixture(params=["ru", "kk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def test_the_save_dialog_speaks_the_interface_language(
    qtbot: QtBot, language: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.undo()  # Qt's own dialog this time, not the test set-up's stand-in
    (tmp_path / "backups").mkdir()
    seen: set[str] = set()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        qtbot.wait(300)  # the folder read
        seen.update(label.text().replace("&", "") for label in dialog.findChildren(QLabel))
        seen.update(button.text().replace("&", "") for button in dialog.findChildren(QPushButton))
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        seen.update(
            str(model.index(row, 2, view.rootIndex()).data())
            for row in range(model.rowCount(view.rootIndex()))
        )
        dialog.reject()

    QTimer.singleShot(50, look)
    file_dialogs.get_save_file_name(
        None,
        "PDF",
        str(tmp_path / "programme.pdf"),
        "PDF (*.pdf)",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    assert WORDS[language] <= seen, sorted(seen)
    assert not ENGLISH & seen, sorted(ENGLISH & seen)
