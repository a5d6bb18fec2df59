"""Application set-up: parse GUI arguments, open the database, build the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.errors import PlannerError
from planner.persistence.db import Database, open_database
from planner.persistence.uow import UnitOfWork
from planner.services.visits import load_sample


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Options of the desktop application."""
    parser = argparse.ArgumentParser(prog="delegation-planner", description="Delegation Planner desktop app")
    parser.add_argument("--db", help="database file or SQLAlchemy URL")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the sample visit")
    return parser.parse_args(list(argv))


def open_app_database(args: argparse.Namespace) -> tuple[Database, int | None]:
    """The database to work on and the visit to open first (the sample's in demo mode)."""
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="delegation-planner-demo-"))
        db = open_database(folder / "demo.db")
        return db, load_sample(UnitOfWork(db.sessions))
    return open_database(args.db), None


def run_app(argv: Sequence[str]) -> int:
    """Start the desktop application and run its event loop."""
    args = parse_gui_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Delegation Planner")
    app.setOrganizationName("DelegationPlanner")
    try:
        db, visit_id = open_app_database(args)
    except PlannerError as exc:
        QMessageBox.critical(None, "Delegation Planner", str(exc))
        return 2
    from ui.main_window import MainWindow

    window = MainWindow(db, visit_id)
    window.show()
    code = app.exec()
    db.dispose()
    return code
