"""The main window's actions on visits: create, duplicate, archive, rename, plan, import and export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QVBoxLayout

from ui.i18n import N_, current_language, quoted, tr
from ui.views.file_dialogs import get_open_file_name, get_save_file_name

KEEP_CLOCK_TIMES = N_(
    "Keep the items' clock times in the new zone (10:00 stays 10:00)? No: keep the moments."
)

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
        from planner.queries.sites import list_sites
        from planner.services import visit_details
        from planner.services.sites import split_places
        from planner.services.translations import update_visit_names
        from ui.commands.edit_commands import AddVisitCommand
        from ui.views.visit_dialog import split_names, visit_dialog

        created: list[int] = []
        sites = self.ops.read(list_sites)

        def submit(values: dict[str, Any]) -> None:
            details, names = split_names(values)
            details, places = split_places(details)  # typed places that are not sites yet: made with it

            def create(uow: Any) -> Any:
                added = visit_details.create_visit_with_details(uow, details, places)
                if names:  # the names' translations typed in the same dialog
                    update_visit_names(uow, added.id, names)
                return added

            command = AddVisitCommand(
                tr("Create visit %1", quoted(str(values.get("title", ""))[:40])), create
            )
            self.ops.push(command, self._parent(), inline=True)  # a refused visit is shown in the dialog
            assert command.visit_id is not None
            created.append(command.visit_id)

        if visit_dialog(submit, self._parent(), sites=sites).exec() and created:
            self.refresh_visits(created[0])
            self.statusBar().showMessage(tr("Visit created"), 4000)

    def edit_visit_details(self) -> None:
        """The open visit's details in the details dialog; saved as one undo step."""
        visit_id = self.visit_id
        if visit_id is None:
            return
        from planner.queries.sites import list_sites
        from planner.queries.stay import visit_ends
        from planner.queries.translations import visit_names
        from planner.services import visit_details
        from planner.services.sites import split_places
        from ui.commands.translation_commands import EditVisitNamesCommand
        from ui.commands.visit_commands import EditVisitDetailsAndNamesCommand, EditVisitDetailsCommand
        from ui.views.visit_dialog import split_names, visit_dialog

        parent = self._parent()
        details = self.ops.read(lambda uow: visit_details.visit_details(uow, visit_id))
        names = self.ops.read(lambda uow: visit_names(uow, visit_id))
        sites = self.ops.read(list_sites)
        lang = current_language()  # the places named in the interface language
        programme = self.ops.read(lambda uow: visit_ends(uow.connection, visit_id, lang))

        def outside(first: date, last: date, zone: str) -> list[Any]:
            return self.ops.read(lambda uow: visit_details.items_outside(uow, visit_id, first, last, zone))

        done: list[Any] = []

        def submit(values: dict[str, Any]) -> None:
            values, translations = split_names(values)
            values, places = split_places(values)  # typed places that are not sites yet: made in this step
            if not values and not translations and not places:
                return
            if not values and not places:  # only names in other languages
                command = EditVisitNamesCommand(visit_id, details.title, translations, details.version)
                self.ops.push(command, parent, inline=True)
                done.append(command)
                return
            keep = True
            if "host_timezone" in values and details.item_count:
                answer = QMessageBox.question(
                    parent,
                    tr("Host time zone"),
                    tr(KEEP_CLOCK_TIMES),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                )
                keep = answer != QMessageBox.StandardButton.No
            command = (
                EditVisitDetailsAndNamesCommand(
                    visit_id,
                    details.title,
                    values,
                    translations,
                    details.version,
                    keep_clock_times=keep,
                    places=places,
                )
                if translations
                else EditVisitDetailsCommand(
                    visit_id, details.title, values, details.version, keep_clock_times=keep, places=places
                )
            )
            self.ops.push(command, parent, inline=True)  # a refusal is shown beside its field
            done.append(command)

        if visit_dialog(submit, parent, details, sites, outside, names, programme).exec() and done:
            result = done[0].result
            moved = getattr(result, "moved_items", 0) if result is not None else 0
            self.statusBar().showMessage(
                tr("Visit details saved; %1 items moved", moved) if moved else tr("Visit details saved"), 6000
            )

    def duplicate_visit(self) -> None:
        """Copy the open visit as a template: the officer types the new title and the new first day."""
        visit = self.current_visit()
        if visit is None:
            return
        from planner.domain.errors import Problem, ValidationError
        from planner.services import visit_details
        from ui.commands.edit_commands import AddVisitCommand
        from ui.views.forms import FormDialog, date_edit, date_value, line

        parent = self._parent()
        created: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            if not values["title"]:
                raise ValidationError(Problem("title", tr("Type the new visit's title.")))
            command = AddVisitCommand(
                tr("Duplicate visit %1", quoted(visit.title[:40])),
                lambda uow: visit_details.duplicate_as_template(
                    uow, visit.id, values["title"], values["start_date"]
                ),
            )
            self.ops.push(command, parent, inline=True)
            assert command.visit_id is not None
            created.append(command.visit_id)

        dialog = FormDialog(tr("Duplicate visit as a template"), parent, submit)
        title = dialog.form.add("title", tr("New title"), line())
        title.setPlaceholderText(visit.title)
        start = dialog.form.add(
            "start_date", tr("New first day"), date_edit(visit.start_date, optional=False)
        )
        length = (visit.end_date - visit.start_date).days + 1
        start.setToolTip(tr("The copy lasts %1 days; its items move with the first day.", length))
        dialog.collect = lambda: {
            "title": title.text().strip(),
            "start_date": date_value(start, optional=False),
        }
        dialog.title_edit, dialog.start_edit = title, start  # type: ignore[attr-defined]
        if dialog.exec() and created:
            self.refresh_visits(created[0])
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
        path, _ = get_open_file_name(self._parent(), tr("Import visit file"), "", tr("Visit files (*.json)"))
        if not path:
            return
        from planner.services.visits import import_data, read_visit_file
        from ui.commands.edit_commands import AddVisitCommand

        command = AddVisitCommand(
            tr("Import visit file %1", quoted(Path(path).name[:40])),
            lambda uow: import_data(uow, read_visit_file(Path(path))),
        )
        if self.ops.push(command, self._parent()):
            self.refresh_visits(command.visit_id)

    def export_visit_file(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = get_save_file_name(
            self._parent(), tr("Export visit file"), "visit.json", tr("Visit files (*.json)")
        )
        if path:
            from planner.services.visits import export_file

            self.ops.run(lambda uow: export_file(uow, visit.id, Path(path)), self._parent())

    def import_list(self, kind: str) -> None:
        if kind == "participants" and self.visit_id is None:
            return
        path, _ = get_open_file_name(
            self._parent(), tr("Import list"), "", tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            from ui.views.import_preview_dialog import ImportPreviewDialog

            ImportPreviewDialog(self.ops, kind, Path(path), self.visit_id, self._parent()).exec()

    def export_calendar(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = get_save_file_name(
            self._parent(), tr("Export calendar"), "programme.ics", tr("Calendars (*.ics)")
        )
        if path:
            from PySide6.QtCore import QSettings

            from planner.domain.kinds import Language
            from planner.services.data_exchange import export_ics

            # written in the documents' default language (Settings), as the printed programme is
            lang = str(QSettings().value("documents/language", Language.RU.value))
            count = self.ops.run(lambda uow: export_ics(uow, visit.id, Path(path), lang=lang), self._parent())
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
