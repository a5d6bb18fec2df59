"""The main window's database actions: open another database, create one, back it up, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from planner.domain.errors import PlannerError
from planner.domain.kinds import Language
from ui.i18n import tr
from ui.views.file_dialogs import get_open_file_name, get_save_file_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.queries.visits import VisitRow
    from ui.operations import Operations


class DatabaseActions:
    """File-menu actions on the database and the settings dialog; a base of ``MainWindow``."""

    ops: Operations
    visit_id: int | None
    relaunch: Callable[[], None] | None

    if TYPE_CHECKING:  # provided by MainWindow

        def current_visit(self) -> VisitRow | None: ...
        def refresh_visits(self, select: int | None = None) -> None: ...
        def update_status(self) -> None: ...
        def document_language_changed(self, language: str) -> None: ...

    def open_other_database(self) -> None:
        path, _ = get_open_file_name(
            self._parent(), tr("Open database"), "", tr("Databases (*.db *.sqlite);;All files (*)")
        )
        if path:
            self._open_path(path)

    def create_database(self) -> None:
        path, _ = get_save_file_name(self._parent(), tr("New database"), "planner.db", tr("Databases (*.db)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self._parent(), tr("New database"), tr("%1 exists already; choose a new name.", path)
                )
                return
            self._open_path(path)

    def _open_path(self, path: str) -> None:
        try:
            self.ops.switch_database(path)
        except PlannerError as exc:
            self.ops.report(exc, self._parent())
            return
        QSettings().setValue("database/url", self.ops.db.url)
        self.visit_id = None
        self.refresh_visits()
        self.update_status()

    def backup_database(self) -> None:
        from planner.services.database_admin import backup_now

        if self.ops.db.path is None:
            QMessageBox.information(
                self._parent(), tr("Back up"), tr("Server databases are backed up by their administrator.")
            )
            return
        try:
            target = backup_now(self.ops.db)
        except (OSError, PlannerError) as exc:
            self.ops.report(exc, self._parent())
            return
        QMessageBox.information(self._parent(), tr("Back up"), tr("The database was copied to %1", target))

    def show_settings(self) -> None:
        from planner.queries.visits import visit_overview
        from planner.services.planning_rules import planning_settings
        from ui.views.settings_dialog import SettingsDialog, apply_display_name

        travel = None
        rules = None
        if self.visit_id is not None:
            visit_id = self.visit_id
            overview = self.ops.read(lambda uow: visit_overview(uow, visit_id))
            travel = (overview.travel_speed_kmh, overview.road_factor)
            rules = self.ops.read(lambda uow: planning_settings(uow, visit_id))
        dialog = SettingsDialog(
            self.ops.db.url,
            self.open_other_database,
            self.create_database,
            self.backup_database,
            travel,
            self._parent(),
            visit_rules=rules,
        )
        old_language = str(QSettings().value("ui/language", Language.EN.value))
        old_documents = str(QSettings().value("documents/language", Language.RU.value))
        if not dialog.exec():
            return
        dialog.save()
        documents = str(QSettings().value("documents/language", Language.RU.value))
        if documents != old_documents:  # the Print page offered the old default until the next start
            self.document_language_changed(documents)
        apply_display_name(self.ops.db)  # changes from now on are signed with the name given
        if travel is not None and self.visit_id is not None:
            new = {"travel_speed_kmh": dialog.speed.value(), "road_factor": dialog.factor.value()}
            changed = {
                k: v for k, v, old in zip(new, new.values(), travel, strict=True) if abs(v - old) > 1e-9
            }
            changed.update(dialog.planning_changes())
            if changed:
                from ui.commands.edit_commands import EditVisitCommand

                visit = self.current_visit()
                title = visit.title if visit else ""
                self.ops.push(EditVisitCommand(self.visit_id, title, changed), self._parent())
        if dialog.ui_language.currentData() != old_language and self.relaunch is not None:
            self.relaunch()

    def _parent(self) -> Any:
        return self  # the window itself, as parent of dialogs
