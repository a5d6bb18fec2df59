"""The main window's database actions: open another database, create one, back it up, settings."""

from __future__ import annotations

from dataclasses import replace
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
        places: list[tuple[str, int]] = []
        if self.visit_id is not None:
            visit_id = self.visit_id
            overview = self.ops.read(lambda uow: visit_overview(uow, visit_id))
            travel = (overview.travel_speed_kmh, overview.road_factor)
            rules = self.ops.read(lambda uow: planning_settings(uow, visit_id))
            places = self._meal_places(visit_id)
        dialog = SettingsDialog(
            self.ops.db.url,
            self.open_other_database,
            self.create_database,
            self.backup_database,
            travel,
            self._parent(),
            visit_rules=rules,
            meal_places=places,
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

    def _meal_places(self, visit_id: int) -> list[tuple[str, int]]:
        """The sites a meal rule may name, restaurants and hotels first, each with its category, named in
        the interface language."""
        from planner.domain.kinds import localized
        from planner.queries.sites import list_sites
        from ui.i18n import current_language
        from ui.views.pickers import site_kind_label

        lang = current_language()
        sites = self.ops.read(lambda uow: list_sites(uow, visit_id))
        sites = [replace(s, name=localized(s.name, s.name_i18n, lang)) for s in sites]
        # where a meal is served comes first: restaurants, then hotels and catering ("hospitality")
        food = {"restaurant": 0, "hospitality": 1}
        sites.sort(key=lambda s: (food.get(s.category, 2), s.name.casefold()))
        return [(site_kind_label(s), s.id) for s in sites]

    def _parent(self) -> Any:
        return self  # the window itself, as parent of dialogs
