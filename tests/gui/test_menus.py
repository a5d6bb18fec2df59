"""Menus that reach files, settings and the window's memory of itself."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.persistence.db import Database, open_database
from planner.persistence.tables import Visit
from planner.persistence.uow import UnitOfWork
from planner.services import visit_admin
from tests.gui.conftest import Messages, when_dialog_opens
from ui.main_window import MainWindow
from ui.operations import Cancelled, Operations, Progress


def _visit(db: Database) -> int:
    return visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Astrakhan delegation",
            "delegation_name": "Astrakhan region",
            "start_date": date(2023, 5, 11),
            "end_date": date(2023, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id


def _action(window: MainWindow, text: str) -> Any:
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == text)


def test_export_then_import_a_visit_file(
    qtbot: QtBot, ops: Operations, db: Database, tmp_path: Path, no_blocking_dialogs: Messages
) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    no_blocking_dialogs.save_path = str(tmp_path / "visit.json")
    _action(window, "Export visit file…").trigger()
    assert (tmp_path / "visit.json").stat().st_size > 100
    no_blocking_dialogs.open_path = str(tmp_path / "visit.json")
    _action(window, "Import visit file…").trigger()
    with UnitOfWork(db.sessions) as uow:
        titles = sorted(v.title for v in uow.session.scalars(select(Visit)))
    assert titles == ["Astrakhan delegation", "Astrakhan delegation"]
    assert window.visit_id != visit_id
    assert no_blocking_dialogs.shown == []


def test_settings_change_the_visit_travel_speed_as_one_undo_step(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)

    def fill(dialog: QDialog) -> None:
        dialog.organisation.setText("Akimat of Atyrau region")  # type: ignore[attr-defined]
        dialog.speed.setValue(55)  # type: ignore[attr-defined]
        dialog.keep_days.setValue(30)  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    problems = when_dialog_opens(fill)
    window.show_settings()
    assert problems == []
    assert QSettings().value("documents/organisation") == "Akimat of Atyrau region"
    assert int(QSettings().value("backup/keep_days")) == 30
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).travel_speed_kmh == 55
    ops.undo_stack.undo()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).travel_speed_kmh == 40


def test_window_remembers_its_tab_and_visit(qtbot: QtBot, ops: Operations, db: Database) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.meetings)
    window.save_state()
    again = MainWindow(ops)
    qtbot.addWidget(again)
    assert again.visit_id == visit_id
    assert again.tabs.currentIndex() == window.tabs.currentIndex() == 4


def test_background_work_reports_progress_and_stops_on_cancel(qtbot: QtBot, ops: Operations) -> None:
    release = threading.Event()
    seen: list[Any] = []

    def work(progress: Progress) -> str:
        for n in range(1000):
            progress.report(n, 1000, f"step {n}")
            release.wait(0.01)
        return "finished"

    progress = ops.run_in_background(work, "Working", seen.append, on_failed=seen.append)
    qtbot.wait(50)
    progress.cancel()
    qtbot.waitUntil(lambda: not ops._tasks, timeout=5000)
    assert seen == []  # cancelled work neither finishes nor reports an error
    done = ops.run_in_background(lambda p: "ok", "Quick", seen.append)
    qtbot.waitUntil(lambda: seen == ["ok"], timeout=5000)
    assert not done.cancelled
    assert issubclass(Cancelled, Exception)


def test_status_changed_on_the_overview_shows_everywhere_and_undoes(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    visit_id = _visit(db)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    combo = window.overview.status
    combo.setCurrentIndex(combo.findData("confirmed"))
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.get(Visit, visit_id).status == "confirmed"
    assert window.current_visit().status == "confirmed"
    assert window.overview.visit.status == "confirmed"
    assert window.undo_action.text() == "Undo Edit visit “Astrakhan delegation”"
    window.undo_action.trigger()
    assert combo.currentData() == "draft"
    assert window.current_visit().status == "draft"


def test_view_menu_and_ctrl_digits_switch_to_their_page(qtbot: QtBot, ops: Operations, db: Database) -> None:
    from PySide6.QtGui import QKeySequence

    window = MainWindow(ops, _visit(db))
    qtbot.addWidget(window)
    window.show()
    pages = ["Overview", "Participants", "Sites", "Itinerary", "Meetings", "Documents", "Transport", "Print"]
    for n, title in reversed(list(enumerate(pages))):
        action = _action(window, title)
        assert action.shortcut() == QKeySequence(f"Ctrl+{n + 1}")
        action.trigger()  # what the menu and the shortcut do: triggered(checked=False)
        assert window.tabs.currentIndex() == n, title
        assert window.tabs.tabText(n) == title


def test_backup_copies_the_database_beside_it_and_says_where(
    qtbot: QtBot, ops: Operations, db: Database, no_blocking_dialogs: Messages
) -> None:
    window = MainWindow(ops, _visit(db))
    qtbot.addWidget(window)
    _action(window, "Back up database").trigger()
    kind, _title, text = no_blocking_dialogs.shown[-1]
    assert db.path is not None and kind == "information"
    (copy,) = [p for p in db.path.parent.iterdir() if ".backup-" in p.name]
    assert text == f"The database was copied to {copy}"
    copied = open_database(copy)
    with UnitOfWork(copied.sessions) as uow:
        assert [v.title for v in uow.session.scalars(select(Visit))] == ["Astrakhan delegation"]
    copied.dispose()


def _mnemonic(text: str) -> str:
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else ""


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_menu_letter_opens_one_thing(
    qtbot: QtBot, ops: Operations, db: Database, language: str
) -> None:
    """Alt+letter is unique in the menu bar and inside each menu, in every interface language."""
    from ui.i18n import install_language

    assert install_language(language)
    try:
        window = MainWindow(ops, _visit(db))
        qtbot.addWidget(window)
        tops = window.menuBar().actions()
        letters = [_mnemonic(a.text()) for a in tops]
        assert all(letters) and len(set(letters)) == len(letters), [a.text() for a in tops]
        for top in tops:
            menu = top.menu()
            inner = [_mnemonic(a.text()) for a in menu.actions() if _mnemonic(a.text())]
            assert len(set(inner)) == len(inner), [a.text() for a in menu.actions()]
    finally:
        install_language("en")


def test_shortcut_list_names_every_menu_shortcut(
    qtbot: QtBot, ops: Operations, db: Database, no_blocking_dialogs: Messages
) -> None:
    window = MainWindow(ops, _visit(db))
    qtbot.addWidget(window)
    _action(window, "Keyboard shortcuts").trigger()
    (text,) = [t for t in no_blocking_dialogs.texts() if "Ctrl+" in t]
    for keys in (
        "Ctrl+F",
        "Ctrl+L",
        "Ctrl+Shift+P",
        "Ctrl+Shift+R",
        "Ctrl+Shift+D",
        "Ctrl+8",
        "F5",
        "Ctrl++",
    ):
        assert keys in text
