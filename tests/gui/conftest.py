"""GUI test set-up: offscreen Qt, private settings, and dialogs that never block a headless run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.i18n import current_language, install_language

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


@pytest.fixture
def backend() -> str:
    """GUI tests run on SQLite only: they test the screens, not the database server."""
    return "sqlite"


@dataclass
class Messages:
    """Every message box the code under test tried to show, instead of showing it."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    save_path: str = ""
    open_path: str = ""
    folder: str = ""

    def texts(self) -> list[str]:
        return [text for _, _, text in self.shown]


@pytest.fixture(autouse=True)
def no_blocking_dialogs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication
) -> Iterator[Messages]:
    """Patch QMessageBox and QFileDialog; give QSettings a private folder for this test."""
    messages = Messages()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("DelegationPlannerTests")
    qapp.setApplicationName("tests")

    def record(kind: str, answer: Any = QMessageBox.StandardButton.Ok) -> Callable[..., Any]:
        def show(parent: Any, title: str = "", text: str = "", *args: Any, **kwargs: Any) -> Any:
            messages.shown.append((kind, title, text))
            return answer

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(record("question", QMessageBox.StandardButton.Yes))
    )
    monkeypatch.setattr(QMessageBox, "about", staticmethod(record("about", None)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (messages.save_path, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (messages.open_path, ""))
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: messages.folder))
    yield messages


def when_dialog_opens(act: Callable[[QDialog], None], timeout_ms: int = 5000) -> list[str]:
    """Run ``act`` on the next modal dialog as soon as it is shown (``exec`` would block otherwise).

    Returns a list that receives an error text if no dialog appeared, so the test can assert on it.
    """
    problems: list[str] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            try:
                act(dialog)
            except Exception as exc:  # the dialog must not stay open when the test's steps fail
                problems.append(f"{type(exc).__name__}: {exc}")
                dialog.reject()
            return
        waited[0] += 20
        if waited[0] > timeout_ms:
            problems.append("no dialog opened")
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return problems


def child(widget: QWidget, kind: type[Any], name: str) -> Any:
    found = widget.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


@pytest.fixture
def ops(db: Database) -> Iterator[Any]:
    from ui.operations import Operations

    operations = Operations(db)
    yield operations
    operations.shutdown()


@pytest.fixture(params=["en", "ru", "kk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface in each language in turn, or in those a module or test names with
    ``pytest.mark.parametrize("language", [...], indirect=True)``; the language before it afterwards."""
    before = current_language()
    assert install_language(request.param), request.param
    yield request.param
    install_language(before)


# ---------------------------------------------------------------- dialog sizes


def screen_of(monkeypatch: pytest.MonkeyPatch, width: int, height: int) -> None:
    """The primary screen's free area made ``width`` x ``height`` pixels for this test (1366 x 728: a
    common laptop's 768 less the task bar)."""
    screen = QApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda self: QRect(0, 0, width, height))


def shown(qtbot: QtBot, widget: W) -> W:
    """``widget`` (a dialog) shown and exposed, and closed with the test."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def measured_on_opening(qtbot: QtBot, open_it: Callable[[], object], measure: Callable[[QDialog], T]) -> T:
    """What ``measure`` finds in the modal dialog ``open_it`` opens, once the dialog has grown to its
    form; the dialog is then cancelled."""
    found: list[T] = []

    def look(dialog: QDialog) -> None:
        qtbot.wait(100)  # a dialog grows to its form once laid out
        found.append(measure(dialog))
        dialog.reject()

    problems = when_dialog_opens(look)
    open_it()
    assert problems == []
    return found[0]


def ok_in_sight(dialog: QDialog) -> bool:
    """The dialog's OK button is shown and its bottom-right corner is inside the dialog."""
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    corner = ok.mapTo(dialog, QPoint(ok.width(), ok.height()))
    return ok.isVisible() and corner.y() <= dialog.height() and corner.x() <= dialog.width()
