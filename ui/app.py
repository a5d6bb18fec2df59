"""Application set-up: parse GUI arguments, load settings and the interface language, open the database."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import PlannerError
from planner.domain.kinds import Language
from planner.services.database_admin import (
    Database,
    discard_demo_database,
    open_demo_database,
    open_work_database,
)
from ui.i18n import INTERFACE_LANGUAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ORGANISATION = "DelegationPlanner"
APPLICATION = "Delegation Planner"


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Options of the desktop application."""
    parser = argparse.ArgumentParser(prog="delegation-planner", description="Delegation Planner desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the sample visit")
    parser.add_argument(
        "--lang",
        choices=[code.value for code in INTERFACE_LANGUAGES],
        help="interface language (default: from settings)",
    )
    return parser.parse_args(list(argv))


def open_app_database(args: argparse.Namespace) -> tuple[Database, int | None]:
    """The database to work on and the visit to open first (the sample's in demo mode)."""
    if args.demo:
        return open_demo_database()
    target = args.db
    if target is None:
        saved = QSettings().value("database/url")
        target = str(saved) if saved else None
    return open_work_database(target, ask_password=ask_password), None


def ask_password(prompt: str) -> str:
    """Ask for a server database's password in a dialog (it is never saved)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from ui.i18n import tr

    text, accepted = QInputDialog.getText(None, tr("Shared database"), prompt, QLineEdit.EchoMode.Password)
    return text if accepted else ""


def make_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with the names QSettings uses (existing one reused, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        # Everything imported so far (Qt, SQLAlchemy: a few hundred thousand objects) lives as long as
        # the program; frozen, the collector stops walking it on every full collection, which took
        # some 50-80 ms of the start-up before the first paint.
        gc.freeze()
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    return app  # type: ignore[return-value]


def apply_language(override: str | None = None) -> str:
    """Install the interface language from ``override`` or the settings (first run: the system's)."""
    from ui.i18n import install_language, system_language

    language = override or str(QSettings().value("ui/language", "") or system_language())
    if not install_language(language):
        language = Language.EN.value  # the phrases themselves: always there
        install_language(language)
    return language


def relaunch_window(old: MainWindow, launch: Callable[[int | None, dict[str, Any]], None]) -> None:
    """Rebuild the window in the interface language the settings now name (every widget's text is set
    when it is built): the old window's visit, tab and sizes go through the settings, the choices made on
    its pages (the Print page's document and options) straight to the new one, which ``launch`` builds."""
    visit = old.visit_id
    choices = old.page_choices()
    old.save_state()
    apply_language()
    old.hide()
    old.deleteLater()
    launch(visit, choices)


def daily_backup_in_background(ops: Any) -> None:
    """Once a day, copy the database to ``backups/`` beside it; keep ``backup/keep_days`` days (14)."""
    db = ops.db
    if db.path is None:  # a server database: the office backs it up with pg_dump
        return
    keep = int(QSettings().value("backup/keep_days", 14))

    def work() -> Any:
        from planner.services.database_admin import daily_backup

        return daily_backup(db, keep_days=keep)

    ops.run_quietly(work, lambda _made: None)


def report_unexpected_error(exc: BaseException) -> None:
    """An error no screen expected: a redacted log in the data folder and one sentence, never a traceback."""
    from planner.services.crash_log import write_crash_log
    from ui.i18n import tr

    log = write_crash_log(exc, context="the desktop application")
    where = str(log) if log else tr("(no log file could be written)")
    QMessageBox.critical(
        QApplication.activeWindow(),
        APPLICATION,
        tr("An unexpected error (%1) stopped this action.", type(exc).__name__)
        + "\n"
        + tr("The details, without private values, are in %1.", where)
        + "\n"
        + tr("Please send that file to your support."),
    )


def install_excepthook() -> None:
    """Route exceptions that escape a slot or event handler to ``report_unexpected_error``."""

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # if the report itself fails, stay quiet rather than print a traceback with private data
        with contextlib.suppress(Exception):
            report_unexpected_error(exc.with_traceback(tb))

    sys.excepthook = hook


def run_app(argv: Sequence[str]) -> int:
    """Start the desktop application and run its event loop."""
    args = parse_gui_args(argv)
    app = make_application()
    install_excepthook()
    apply_language(args.lang)
    try:
        db, visit_id = open_app_database(args)
    except PlannerError as exc:
        QMessageBox.critical(None, APPLICATION, str(exc))
        return 2
    from ui.main_window import MainWindow
    from ui.operations import Operations
    from ui.views.settings_dialog import apply_display_name

    apply_display_name(db)

    ops = Operations(db)
    holder: dict[str, MainWindow] = {}

    def launch(visit: int | None, choices: dict[str, Any] | None = None) -> None:
        window = MainWindow(ops, visit, relaunch=relaunch, choices=choices)
        holder["window"] = window
        window.show()

    def relaunch() -> None:
        relaunch_window(holder["window"], launch)

    launch(visit_id)
    if not args.demo:  # a demo's database is thrown away on exit: nothing to back up
        QTimer.singleShot(0, lambda: daily_backup_in_background(ops))
    code = app.exec()
    ops.shutdown()
    ops.db.dispose()
    if args.demo:  # the sample's copy, even when the officer opened another database since
        discard_demo_database(db)
    return code
