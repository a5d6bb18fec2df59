"""Screenshots of every main screen on a fresh copy of the sample visit, written to docs/screenshots/.

Run under Xvfb (the real X11 platform, real fonts):

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python scripts/screenshots.py [--lang ru]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from planner.persistence.db import open_database  # noqa: E402
from planner.persistence.uow import UnitOfWork  # noqa: E402
from planner.services.visits import load_sample  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def settle(app: QApplication, rounds: int = 5, seconds: float = 0.0) -> None:
    import time

    end = time.monotonic() + seconds
    for _ in range(rounds):
        app.processEvents()
    while time.monotonic() < end:  # QPdfView renders pages on a thread; give it time
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str, app: QApplication, wait: float = 0.0) -> Path:
    settle(app, seconds=wait)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG")
    shrink(path)
    print(path.relative_to(ROOT))
    return path


def shrink(path: Path) -> None:
    """Reduce a screenshot to 256 colours with ImageMagick when it is installed (about a third the size)."""
    import shutil
    import subprocess

    tool = shutil.which("convert")
    if tool:
        subprocess.run([tool, str(path), "-dither", "None", "-colors", "256", f"PNG8:{path}"], check=False)


def grab_dialog(
    app: QApplication,
    name: str,
    open_it: Callable[[], object],
    prepare: Callable[[QDialog], object] | None = None,
) -> None:
    """Open a modal dialog, photograph it as soon as it shows (after ``prepare``, if given), then close it."""

    def shoot() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            if prepare is not None:
                prepare(dialog)
                settle(app)
                dialog.adjustSize()
            save(dialog, name, app)
            dialog.reject()
        else:
            QTimer.singleShot(50, shoot)

    QTimer.singleShot(100, shoot)
    open_it()


def open_translations(dialog: QDialog) -> None:
    """Open a dialog's "Names in other languages…" section."""
    from PySide6.QtWidgets import QToolButton

    toggle = dialog.findChild(QToolButton, "translations_toggle")
    if toggle is not None:
        toggle.click()


def make_a_conflict(ops: object, window: object) -> None:
    """Move one site visit onto the talks, as a user dragging it would, so the timeline shows a conflict."""
    from datetime import timedelta

    from ui.commands.itinerary_commands import MoveItemCommand

    rows = sorted(window.itinerary.timeline.rows.values(), key=lambda r: r.starts_at)  # type: ignore[attr-defined]
    talks = next(r for r in rows if r.kind == "meeting")
    visit = next(r for r in rows if r.kind == "site_visit" and r.starts_at > talks.ends_at and r.attendee_ids)
    start = talks.starts_at + timedelta(minutes=20)
    ops.push(
        MoveItemCommand(
            visit.id, visit.title, start, start + (visit.ends_at - visit.starts_at), visit.version
        )
    )  # type: ignore[attr-defined]


def save_seating(app: QApplication, ops: object, visit_id: int, suffix: str) -> None:
    """The seating screen with the talks' proposed plan (as opened from the Meetings page)."""
    from ui.views.seating_page import SeatingDialog

    talks = 8  # the sample's talks in the extended format
    dialog = SeatingDialog(ops, visit_id, talks)  # type: ignore[arg-type]
    dialog.resize(*SIZE)
    dialog.show()
    settle(app)
    dialog.page.propose()
    settle(app)
    save(dialog, f"seating{suffix}", app)
    dialog.close()


def save_print_options(app: QApplication, window: object, suffix: str) -> None:
    """The Print page with the options of single kinds set: badges with a QR code banded by role, place
    cards with the names in English too, the briefing sheet of one site."""
    page = window.printing  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
    options = page.kind_options
    page.kind.setCurrentIndex(page.kind.findData("badges"))
    options.qr.setChecked(True)
    options.band.setCurrentIndex(options.band.findData("role"))
    page.preview()
    save(window, f"print-badges{suffix}", app, wait=1.5)  # type: ignore[arg-type]
    page.kind.setCurrentIndex(page.kind.findData("place-cards"))
    options.second_language.setCurrentIndex(options.second_language.findData("en"))
    page.preview()
    save(window, f"print-place-cards{suffix}", app, wait=1.5)  # type: ignore[arg-type]
    page.kind.setCurrentIndex(page.kind.findData("briefing"))
    hotel = next(
        n
        for n in range(options.site.count())
        if "Grand River" in options.site.itemText(n) or "Гранд Ривер" in options.site.itemText(n)
    )
    options.site.setCurrentIndex(hotel)
    page.preview()
    save(window, f"print-briefing{suffix}", app, wait=1.5)  # type: ignore[arg-type]


def save_to_place_dialogs(app: QApplication, ops: object, window: object, visit_id: int, suffix: str) -> None:
    """The Add and Edit dialogs of the sites to place beside the timeline (a museum put on the list)."""
    from planner.queries.groups import visit_groups
    from planner.queries.sites import list_sites
    from ui.commands.to_place_commands import AddSiteToPlaceCommand

    page = window.itinerary  # type: ignore[attr-defined]
    grab_dialog(app, f"to-place-add{suffix}", page.add_site_to_place)
    sites, groups = ops.read(  # type: ignore[attr-defined]
        lambda uow: (list_sites(uow, visit_id), visit_groups(uow, visit_id))
    )
    museum = next((s for s in sites if "музей" in s.name.lower()), sites[0])
    values = {"site_id": museum.id, "duration_min": 60, "required": False, "priority": 2}
    ops.push(AddSiteToPlaceCommand(visit_id, museum.name, values, [groups[0].id]), page)  # type: ignore[attr-defined]
    settle(app)
    grab_dialog(app, f"to-place-edit{suffix}", lambda: page.edit_site_to_place(page.to_place.model.rows()[0]))


def save_today(app: QApplication, ops: object, visit_id: int, suffix: str) -> None:
    """The Today window (View ▸ Today) on clocks of its own: the evening before the visit (the first item
    tomorrow), 11:00 on its first day, and the proposal for the talks running 25 minutes late."""
    import time
    from datetime import UTC, datetime

    from ui.views.live_page import LiveWindow

    moment = [datetime(2023, 5, 10, 14, 0, tzinfo=UTC)]  # 19:00 in Atyrau the evening before
    window = LiveWindow(ops, visit_id, now=lambda: moment[0])  # type: ignore[arg-type]
    window.resize(*SIZE)
    window.show()
    save(window, f"today-evening-before{suffix}", app)
    moment[0] = datetime(2023, 5, 11, 6, 0, tzinfo=UTC)  # 11:00 on the first day
    window.reload()
    save(window, f"today{suffix}", app)
    talks = next(c for c in window.cards if c.lane and c.lane.current and c.lane.current.kind == "meeting")
    window.delay.setValue(25)
    talks.late_button.click()
    end = time.monotonic() + 60
    while window.result is None and time.monotonic() < end:
        settle(app, seconds=0.1)
    save(window, f"today-running-late{suffix}", app)
    window.discard_proposal()
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="en", choices=["en", "ru", "kk"])
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([sys.argv[0]])
    settings_dir = tempfile.mkdtemp(prefix="dp-screens-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app.setOrganizationName("DelegationPlannerScreenshots")
    app.setApplicationName("screens")
    from ui.i18n import install_language

    install_language(args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    db = open_database(Path(tempfile.mkdtemp(prefix="dp-screens-")) / "sample.db")
    visit_id = load_sample(UnitOfWork(db.sessions)).id

    from ui.main_window import MainWindow
    from ui.operations import Operations

    ops = Operations(db)
    window = MainWindow(ops, visit_id)
    window.resize(*SIZE)
    window.show()
    window.tabs.setCurrentWidget(window.itinerary)
    settle(app)
    make_a_conflict(ops, window)
    names = ["overview", "participants", "sites", "itinerary", "meetings", "documents", "transport", "print"]
    for (page, _), name in zip(window.pages, names, strict=True):
        window.tabs.setCurrentWidget(page)
        if page is window.itinerary:
            page.scroll.verticalScrollBar().setValue(int(2 * 60 * page.timeline.pixels_per_minute))
        if page is window.printing:
            page.kind.setCurrentIndex(page.kind.findData("programme"))
            page.preview()
        if page is window.participants:
            page.table.selectRow(0)
        save(window, f"{name}{suffix}", app, wait=1.5 if page is window.printing else 0.0)
    save_print_options(app, window, suffix)
    window.tabs.setCurrentWidget(window.itinerary)
    window.itinerary.views.setCurrentIndex(1)
    save(window, f"itinerary-table{suffix}", app)
    window.itinerary.views.setCurrentIndex(0)
    first = next(iter(sorted(window.itinerary.timeline.rows.values(), key=lambda r: r.starts_at)))
    grab_dialog(app, f"item-dialog{suffix}", lambda: window.itinerary.edit_item(first.id))
    save_to_place_dialogs(app, ops, window, visit_id, suffix)
    grab_dialog(app, f"settings{suffix}", window.show_settings)
    grab_dialog(app, f"visit-details{suffix}", window.edit_visit_details)
    # a car's dialog with its names in other languages open (the governor's car: label, driver, notes)
    window.tabs.setCurrentWidget(window.transport)
    window.transport.table.selectRow(1)
    grab_dialog(app, f"vehicle-dialog{suffix}", window.transport.edit_selected, open_translations)
    save_seating(app, ops, visit_id, suffix)
    save_today(app, ops, visit_id, suffix)
    # the gifts register, a window of its own opened from the Documents page
    window.tabs.setCurrentWidget(window.documents)
    window.documents.open_gifts()
    from ui.views.gifts_page import GiftsDialog

    for gifts in window.documents.findChildren(GiftsDialog):
        save(gifts, f"gifts{suffix}", app)
        gifts.close()
    window.close()
    ops.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
