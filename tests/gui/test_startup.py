"""Start-up: the first screen is painted before the ORM is loaded (checked in a fresh interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from ui.app import apply_language, make_application, parse_gui_args, open_app_database

    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    apply_language("en")
    db, _ = open_app_database(parse_gui_args(["--db", sys.argv[1]]))
    from ui.main_window import MainWindow
    from ui.operations import Operations

    window = MainWindow(Operations(db), int(sys.argv[3]))

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                loaded = [m for m in ("sqlalchemy.orm", "planner.persistence.tables") if m in sys.modules]
                print("LOADED", ",".join(loaded), "|", window.overview.title.text(), flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def test_first_paint_shows_the_visit_without_loading_the_orm(
    tmp_path: Path, sample_template: tuple[Path, int]
) -> None:
    path, visit_id = sample_template
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), str(tmp_path / "settings"), str(visit_id)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED"))
    loaded, title = line.removeprefix("LOADED").split("|")
    assert loaded.strip() == "", "the ORM slows the first paint; read the first screen through Core"
    assert "Astrakhan" in title or "Астрахан" in title
