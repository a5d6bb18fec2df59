"""The main window's actions on visits: create, duplicate, archive, rename, plan, import and export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QVBoxLayout

from ui.i18n import tr

# Editing services, undo commands and editors are imported where they are used: they load the ORM and
# the mapping of every table, which the first screen (read through Core) does without.

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget

    from planner.queries.visits import VisitRow
    from ui.operations import Operations
    from ui.views.itinerary_page import ItineraryPage
    from ui.views.print_page import PrintPage


class VisitActions:
    """Menu actions on the open visit; a base of ``MainWindow``, whose parts they use."""

    ops: Operations
    visit_id: int | None
    tabs: QTabWidget

    if TYPE_CHECKING:  # provided by MainWindow

        def current_visit(self) -> VisitRow | None: ...
        def refresh_visits(self, select: int | None = None) -> None: ...
        def update_status(self) -> None: ...
        def statusBar(self) -> QStatusBar: ...
        @property
        def itinerary(self) -> ItineraryPage: ...
        @property
        def printing(self) -> PrintPage: ...

    def new_visit(self) -> None:
        from planner.services import visit_admin
        from ui.commands.edit_commands import AddVisitCommand
        from ui.views.editors import visit_dialog

        created: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            command = AddVisitCommand(
                tr("Create visit '%1'", str(values.get("title", ""))[:40]),
                lambda uow: visit_admin.create_visit(uow, values),
            )
            self.ops.push(command, self._parent(), inline=True)  # a refused visit is shown in the dialog
            assert command.visit_id is not None
            created.append(command.visit_id)

        if visit_dialog(submit, self._parent()).exec() and created:
            self.refresh_visits(created[0])
            self.statusBar().showMessage(tr("Visit created"), 4000)

    def duplicate_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        from planner.services import visit_admin
        from ui.commands.edit_commands import AddVisitCommand

        command = AddVisitCommand(
            tr("Duplicate visit '%1'", visit.title[:40]),
            lambda uow: visit_admin.duplicate_visit(uow, visit.id),
        )
        if self.ops.push(command, self._parent()):
            self.refresh_visits(command.visit_id)
            self.statusBar().showMessage(tr("Visit duplicated"), 4000)

    def archive_visit(self) -> None:
        visit = self.current_visit()
        if visit is not None:
            from ui.commands.edit_commands import ArchiveVisitCommand

            self.ops.push(ArchiveVisitCommand(visit.id, visit.title), self._parent())

    def rename_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        title, ok = QInputDialog.getText(self._parent(), tr("Visit title"), tr("Title"), text=visit.title)
        if ok and title.strip() and title.strip() != visit.title:
            from ui.commands.edit_commands import EditVisitCommand

            self.ops.push(EditVisitCommand(visit.id, visit.title, {"title": title.strip()}), self._parent())

    # ---- visit menu
    def check_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.itinerary)
        self.itinerary.refresh_now()
        self.update_status()

    def plan(self, mode: str) -> None:
        if self.visit_id is None:
            return
        from ui.views.planning_dialog import PlanningDialog

        parent = self._parent()
        if mode == "plan":
            PlanningDialog(self.ops, self.visit_id, mode, parent).exec()
            return
        # repair: the selected item runs to a new end; the rest of its day absorbs the change
        chosen = self.itinerary.selected_ids()
        if len(chosen) != 1:
            QMessageBox.information(
                parent, tr("Repair the plan"), tr("Select the item that runs long in the itinerary first.")
            )
            self.tabs.setCurrentWidget(self.itinerary)
            return
        row = self.itinerary.timeline.rows[chosen[0]]
        tz = self.itinerary.tz
        assert tz is not None
        end = row.ends_at.astimezone(tz)
        minutes, ok = QInputDialog.getInt(
            parent,
            tr("Repair the plan"),
            tr("«%1» ends at %2. It will run longer by (minutes):", row.title, f"{end:%H:%M}"),
            30,
            5,
            600,
            5,
        )
        if ok:
            new_end = row.ends_at + timedelta(minutes=minutes)
            PlanningDialog(self.ops, self.visit_id, mode, parent, item_id=row.id, new_end=new_end).exec()

    # ---- files
    def import_visit_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent(), tr("Import visit file"), "", tr("Visit files (*.json)")
        )
        if not path:
            return
        from planner.services.visits import import_data, read_visit_file
        from ui.commands.edit_commands import AddVisitCommand

        command = AddVisitCommand(
            tr("Import visit file '%1'", Path(path).name[:40]),
            lambda uow: import_data(uow, read_visit_file(Path(path))),
        )
        if self.ops.push(command, self._parent()):
            self.refresh_visits(command.visit_id)

    def export_visit_file(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent(), tr("Export visit file"), "visit.json", tr("Visit files (*.json)")
        )
        if path:
            from planner.services.visits import export_file

            self.ops.run(lambda uow: export_file(uow, visit.id, Path(path)), self._parent())

    def import_list(self, kind: str) -> None:
        if kind == "participants" and self.visit_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent(), tr("Import list"), "", tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            from ui.views.import_preview_dialog import ImportPreviewDialog

            ImportPreviewDialog(self.ops, kind, Path(path), self.visit_id, self._parent()).exec()

    def export_calendar(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self._parent(), tr("Export calendar"), "programme.ics", tr("Calendars (*.ics)")
        )
        if path:
            from planner.services.data_exchange import export_ics

            count = self.ops.run(lambda uow: export_ics(uow, visit.id, Path(path)), self._parent())
            if count is not None:
                self.statusBar().showMessage(tr("%1 events written to %2", count, path), 6000)

    def show_change_log(self) -> None:
        if self.visit_id is None:
            return
        from PySide6.QtWidgets import QDialog

        from ui.views.change_log_view import ChangeLogView

        dialog = QDialog(self._parent())
        dialog.setWindowTitle(tr("Change log"))
        dialog.resize(900, 520)
        layout = QVBoxLayout(dialog)
        layout.addWidget(ChangeLogView(self.ops, self.visit_id, dialog))
        dialog.exec()

    def show_print(self) -> None:
        self.tabs.setCurrentWidget(self.printing)

    def _parent(self) -> Any:
        return self  # the window itself, as parent of dialogs
