"""The main window: the visit list on the left, the open visit's workspace on the right.

Menus File, Edit, View, Visit, Help; every edit goes through the undo stack and is saved as it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.kinds import VisitStatus
from planner.persistence.db import Database, backup_sqlite_file, open_database
from planner.queries.visits import VisitRow, list_visits
from ui.i18n import N_, tr
from ui.models.row_table_model import ID_ROLE, ROW_ROLE, SORT_ROLE
from ui.models.visit_list_model import VisitListModel
from ui.operations import VISITS, Change, Operations
from ui.views.common import Page, make_table
from ui.views.overview_page import STATUS_NAMES, OverviewPage

# Editing services, undo commands and editors are imported where they are used: they load the ORM and
# the mapping of every table, which the first screen (read through Core) does without.

if TYPE_CHECKING:
    from ui.views.documents_page import DocumentsPage
    from ui.views.itinerary_page import ItineraryPage
    from ui.views.meetings_page import MeetingsPage
    from ui.views.participants_page import ParticipantsPage
    from ui.views.print_page import PrintPage
    from ui.views.sites_page import SitesPage
    from ui.views.transport_page import TransportPage

PAGE_TITLES = (
    N_("Overview"),
    N_("Participants"),
    N_("Sites"),
    N_("Itinerary"),
    N_("Meetings"),
    N_("Documents"),
    N_("Transport"),
    N_("Print"),
)


class VisitFilter(QSortFilterProxyModel):
    """Search text over title and delegation, plus a status filter (archived hidden unless asked)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status: str | None = "active"
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        row: VisitRow | None = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if row is None:
            return False
        if self.status == "active" and row.status in ("archived", "cancelled"):
            return False
        if self.status not in (None, "active") and row.status != self.status:
            return False
        hay = f"{row.title} {row.delegation} {row.home_region} {row.host_region}".lower()
        return all(word in hay for word in self.text.lower().split())


class MainWindow(QMainWindow):
    """The application window; ``ops`` holds the database, the undo stack and the change signal."""

    def __init__(
        self,
        ops: Operations,
        visit_id: int | None = None,
        relaunch: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.ops = ops
        self.relaunch = relaunch
        self.visit_id: int | None = None
        self.setWindowTitle(tr("Delegation Planner"))
        self.resize(1280, 800)

        # visit list; connected before any page so the list's rows are fresh when the pages redraw
        self.visit_model = VisitListModel(self)
        ops.changed.connect(self._on_changed)
        self.visit_filter = VisitFilter(self)
        self.visit_filter.setSourceModel(self.visit_model)
        self.visit_table = QTableView()
        template = make_table(self.visit_model)  # same look as every other table
        self.visit_table.setModel(self.visit_filter)
        self.visit_table.setSelectionBehavior(template.selectionBehavior())
        self.visit_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.visit_table.verticalHeader().hide()
        self.visit_table.verticalHeader().setDefaultSectionSize(24)
        self.visit_table.horizontalHeader().setStretchLastSection(True)
        # the list is narrow: the title and dates; the delegation shows in the title's tooltip
        self.visit_table.setColumnHidden(VisitListModel.DELEGATION, True)
        self.visit_table.setColumnHidden(VisitListModel.STATUS, True)
        self.visit_table.horizontalHeader().setStretchLastSection(False)
        self.visit_table.horizontalHeader().setSectionResizeMode(
            VisitListModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.visit_table.setWordWrap(False)
        template.deleteLater()
        self.visit_table.selectionModel().currentRowChanged.connect(self._visit_row_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search visits…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Current visits"), "active")
        self.status_filter.addItem(tr("All visits"), None)
        for status in VisitStatus:
            self.status_filter.addItem(tr(STATUS_NAMES[status.value]), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.status_filter)
        left_layout.addWidget(self.visit_table)

        # workspace
        # Overview is built now; the other pages (and their modules) right after the first paint, or
        # as soon as something asks for one: start-up pays only for what the first screen shows
        self.overview = OverviewPage(ops)
        self.overview.visit_row = lambda visit_id: self.visit_model.row_at(
            self.visit_model.row_of_id(visit_id)
        )
        self.pages: list[tuple[Page, str]] = [(self.overview, tr("Overview"))]
        self._built = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, tr("Overview"))
        for title in PAGE_TITLES[1:]:
            self.tabs.addTab(QWidget(), tr(title))
        self.tabs.currentChanged.connect(lambda _: self.build_pages())
        self.empty = QLabel(tr("Create a visit with File ▸ New visit (Ctrl+N), or pick one on the left."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workspace = QWidget()
        workspace_layout = QHBoxLayout(self.workspace)
        workspace_layout.setContentsMargins(0, 0, 0, 0)
        workspace_layout.addWidget(self.tabs)
        workspace_layout.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)

        self.status_visit = QLabel()
        self.status_conflicts = QLabel()
        self.status_db = QLabel()
        for label in (self.status_visit, self.status_conflicts, self.status_db):
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        self.restore_state()
        self.refresh_visits(visit_id if visit_id is not None else self._saved_visit())
        self._update_status()
        self._build_scheduled = False

    def event(self, event: QEvent) -> bool:
        # the other pages are built once the window has painted for the first time (a zero timer set in
        # __init__ would fire before the first paint and make start-up pay for them after all)
        if event.type() == QEvent.Type.Paint and not self._built and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self.build_pages)
        return super().event(event)

    def build_pages(self) -> None:
        """Build the workspace pages not built yet and put them in their tabs (once)."""
        if self._built:
            return
        self._built = True
        from ui.views.documents_page import DocumentsPage
        from ui.views.itinerary_page import ItineraryPage
        from ui.views.meetings_page import MeetingsPage
        from ui.views.participants_page import ParticipantsPage
        from ui.views.print_page import PrintPage
        from ui.views.sites_page import SitesPage
        from ui.views.transport_page import TransportPage

        ops = self.ops
        self._participants = ParticipantsPage(ops)
        self._sites = SitesPage(ops)
        self._itinerary = ItineraryPage(ops)
        self._meetings = MeetingsPage(ops)
        self._documents = DocumentsPage(ops)
        self._transport = TransportPage(ops)
        self._printing = PrintPage(ops)
        built = [
            self._participants,
            self._sites,
            self._itinerary,
            self._meetings,
            self._documents,
            self._transport,
            self._printing,
        ]
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        for n, (page, title) in enumerate(zip(built, PAGE_TITLES[1:], strict=True), start=1):
            placeholder = self.tabs.widget(n)
            self.tabs.removeTab(n)
            self.tabs.insertTab(n, page, tr(title))
            placeholder.deleteLater()
            self.pages.append((page, tr(title)))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        for page in built:
            page.set_visit(self.visit_id)
        self._itinerary.tracker.changed.connect(self._update_status)
        view = self._view_menu
        view.addSeparator()
        view.addAction(self._itinerary.guest_action)
        view.addAction(self._itinerary.zoom_in_action)
        view.addAction(self._itinerary.zoom_out_action)
        self._update_status()

    @property
    def participants(self) -> ParticipantsPage:
        self.build_pages()
        return self._participants

    @property
    def sites(self) -> SitesPage:
        self.build_pages()
        return self._sites

    @property
    def itinerary(self) -> ItineraryPage:
        self.build_pages()
        return self._itinerary

    @property
    def meetings(self) -> MeetingsPage:
        self.build_pages()
        return self._meetings

    @property
    def documents(self) -> DocumentsPage:
        self.build_pages()
        return self._documents

    @property
    def transport(self) -> TransportPage:
        self.build_pages()
        return self._transport

    @property
    def printing(self) -> PrintPage:
        self.build_pages()
        return self._printing

    # ---- menus
    def _act(self, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(tr("&File"))
        self._act(file, tr("&New visit…"), self.new_visit, QKeySequence.StandardKey.New)
        self._act(file, tr("&Duplicate visit"), self.duplicate_visit, "Ctrl+Shift+D")
        self._act(file, tr("&Archive visit"), self.archive_visit)
        file.addSeparator()
        self._act(file, tr("&Open database…"), self.open_other_database, QKeySequence.StandardKey.Open)
        self._act(file, tr("New data&base…"), self.create_database)
        self._act(file, tr("&Back up database"), self.backup_database)
        file.addSeparator()
        self._act(file, tr("&Import visit file…"), self.import_visit_file)
        self._act(file, tr("&Export visit file…"), self.export_visit_file)
        self._act(file, tr("Import &participants (CSV, XLSX)…"), lambda: self.import_list("participants"))
        self._act(file, tr("Import s&ites (CSV, XLSX)…"), lambda: self.import_list("sites"))
        self._act(file, tr("Export programme to &calendar (.ics)…"), self.export_calendar)
        file.addSeparator()
        self._act(file, tr("&Print…"), self.show_print, QKeySequence.StandardKey.Print)
        self._act(file, tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences)
        file.addSeparator()
        self._act(file, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = self.ops.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ops.undo_stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._act(edit, tr("&Find visit"), self.search.setFocus, QKeySequence.StandardKey.Find)

        view = bar.addMenu(tr("&View"))
        self._view_menu = view
        for n, title in enumerate(PAGE_TITLES):
            self._act(view, tr(title), lambda n=n: self.tabs.setCurrentIndex(n), f"Ctrl+{n + 1}")
        self.toggle_list = self._act(view, tr("Visit &list"), self._toggle_list, "Ctrl+L")
        self.toggle_list.setCheckable(True)
        self.toggle_list.setChecked(True)

        visit = bar.addMenu(tr("&Visit"))
        self._act(visit, tr("&Check conflicts"), self.check_conflicts, "F5")
        self._act(visit, tr("Plan &automatically…"), lambda: self.plan("plan"), "Ctrl+Shift+P")
        self._act(visit, tr("&Repair the plan…"), lambda: self.plan("repair"), "Ctrl+Shift+R")
        visit.addSeparator()
        self._act(visit, tr("&Edit visit title…"), self.rename_visit)
        self._act(visit, tr("Change &log…"), self.show_change_log)

        help_menu = bar.addMenu(tr("&Help"))
        self._act(
            help_menu, tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self._act(help_menu, tr("&About Delegation Planner"), self.show_about)

    # ---- visits
    def refresh_visits(self, select: int | None = None) -> None:
        keep = select if select is not None else self.visit_id
        rows = self.ops.read(list_visits)
        self.visit_model.set_rows(rows)
        self.visit_table.resizeColumnToContents(VisitListModel.DATES)
        target = keep if keep in {r.id for r in rows} else None
        if (
            target is not None
            and self.visit_filter.mapFromSource(
                self.visit_model.index(self.visit_model.row_of_id(target), 0)
            ).row()
            < 0
        ):
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
        if target is None and self.visit_filter.rowCount():
            target = self.visit_filter.index(0, 0).data(ID_ROLE)
        self.select_visit(target)

    def select_visit(self, visit_id: int | None) -> None:
        if visit_id is not None:
            source = self.visit_model.index(self.visit_model.row_of_id(visit_id), 0)
            index = self.visit_filter.mapFromSource(source)
            if index.isValid() and self.visit_table.currentIndex().row() != index.row():
                self.visit_table.setCurrentIndex(index)
        self.open_visit(visit_id)

    def _visit_row_changed(self, current: Any, _previous: Any) -> None:
        visit_id = current.data(ID_ROLE) if current.isValid() else None
        if visit_id != self.visit_id:
            self.open_visit(visit_id)

    def open_visit(self, visit_id: int | None) -> None:
        if visit_id == self.visit_id and visit_id is not None:
            return
        self.visit_id = visit_id
        self.tabs.setVisible(visit_id is not None)
        self.empty.setVisible(visit_id is None)
        for page, _ in self.pages:
            page.set_visit(visit_id)
        self._update_status()

    def _filter_changed(self) -> None:
        self.visit_filter.text = self.search.text()
        self.visit_filter.status = self.status_filter.currentData()
        self.visit_filter.invalidateFilter()

    def _on_changed(self, change: Change) -> None:
        if VISITS in change.kinds:
            self.refresh_visits()
        self._update_status()

    def current_visit(self) -> VisitRow | None:
        n = self.visit_model.row_of_id(self.visit_id) if self.visit_id is not None else -1
        return self.visit_model.row_at(n)

    def new_visit(self) -> None:
        from planner.services import visit_admin
        from ui.commands.edit_commands import AddVisitCommand
        from ui.views.editors import visit_dialog

        created: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            command = AddVisitCommand(
                tr("Create visit '%1'", str(values.get("title", ""))[:40]),
                lambda uow: visit_admin.create_visit(uow, values).id,
            )
            self.ops.push(command, self, inline=True)  # a refused visit is shown in the dialog
            assert command.visit_id is not None
            created.append(command.visit_id)

        if visit_dialog(submit, self).exec() and created:
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
            lambda uow: visit_admin.duplicate_visit(uow, visit.id).id,
        )
        if self.ops.push(command, self):
            self.refresh_visits(command.visit_id)
            self.statusBar().showMessage(tr("Visit duplicated"), 4000)

    def archive_visit(self) -> None:
        visit = self.current_visit()
        if visit is not None:
            from ui.commands.edit_commands import ArchiveVisitCommand

            self.ops.push(ArchiveVisitCommand(visit.id, visit.title), self)

    def rename_visit(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        title, ok = QInputDialog.getText(self, tr("Visit title"), tr("Title"), text=visit.title)
        if ok and title.strip() and title.strip() != visit.title:
            from ui.commands.edit_commands import EditVisitCommand

            self.ops.push(EditVisitCommand(visit.id, visit.title, {"title": title.strip()}), self)

    # ---- visit menu
    def check_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.itinerary)
        self.itinerary.refresh_now()
        self._update_status()

    def plan(self, mode: str) -> None:
        if self.visit_id is None:
            return
        from ui.views.planning_dialog import PlanningDialog

        if mode == "plan":
            PlanningDialog(self.ops, self.visit_id, mode, self).exec()
            return
        # repair: the selected item runs to a new end; the rest of its day absorbs the change
        chosen = self.itinerary.selected_ids()
        if len(chosen) != 1:
            QMessageBox.information(
                self, tr("Repair the plan"), tr("Select the item that runs long in the itinerary first.")
            )
            self.tabs.setCurrentWidget(self.itinerary)
            return
        row = self.itinerary.timeline.rows[chosen[0]]
        tz = self.itinerary.tz
        assert tz is not None
        end = row.ends_at.astimezone(tz)
        minutes, ok = QInputDialog.getInt(
            self,
            tr("Repair the plan"),
            tr("«%1» ends at %2. It will run longer by (minutes):", row.title, f"{end:%H:%M}"),
            30,
            5,
            600,
            5,
        )
        if ok:
            new_end = row.ends_at + timedelta(minutes=minutes)
            PlanningDialog(self.ops, self.visit_id, mode, self, item_id=row.id, new_end=new_end).exec()

    # ---- files
    def import_visit_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import visit file"), "", tr("Visit files (*.json)"))
        if not path:
            return
        from planner.services.visits import import_data, read_visit_file
        from ui.commands.edit_commands import AddVisitCommand

        command = AddVisitCommand(
            tr("Import visit file '%1'", Path(path).name[:40]),
            lambda uow: import_data(uow, read_visit_file(Path(path))),
        )
        if self.ops.push(command, self):
            self.refresh_visits(command.visit_id)

    def export_visit_file(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export visit file"), "visit.json", tr("Visit files (*.json)")
        )
        if path:
            from planner.services.visits import export_file

            self.ops.run(lambda uow: export_file(uow, visit.id, Path(path)), [], self)

    def import_list(self, kind: str) -> None:
        if kind == "participants" and self.visit_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import list"), "", tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            from ui.views.import_preview_dialog import ImportPreviewDialog

            ImportPreviewDialog(self.ops, kind, Path(path), self.visit_id, self).exec()

    def export_calendar(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export calendar"), "programme.ics", tr("Calendars (*.ics)")
        )
        if path:
            from planner.services.data_exchange import export_ics

            count = self.ops.run(lambda uow: export_ics(uow, visit.id, Path(path)), [], self)
            if count is not None:
                self.statusBar().showMessage(tr("%1 events written to %2", count, path), 6000)

    def show_change_log(self) -> None:
        if self.visit_id is None:
            return
        from PySide6.QtWidgets import QDialog

        from ui.views.change_log_view import ChangeLogView

        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Change log"))
        dialog.resize(900, 520)
        layout = QVBoxLayout(dialog)
        layout.addWidget(ChangeLogView(self.ops, self.visit_id, dialog))
        dialog.exec()

    def show_print(self) -> None:
        self.tabs.setCurrentWidget(self.printing)

    # ---- database
    def _replace_database(self, db: Database) -> None:
        old = self.ops.db
        self.ops.undo_stack.clear()
        self.ops.db = db
        old.dispose()
        QSettings().setValue("database/url", db.url)
        self.visit_id = None
        self.refresh_visits()
        self._update_status()

    def open_other_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open database"), "", tr("Databases (*.db *.sqlite);;All files (*)")
        )
        if path:
            self._open_path(path)

    def create_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New database"), "planner.db", tr("Databases (*.db)"))
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self, tr("New database"), tr("%1 exists already; choose a new name.", path)
                )
                return
            self._open_path(path)

    def _open_path(self, path: str) -> None:
        try:
            db = open_database(path)
        except PlannerError as exc:
            self.ops.report(exc, self)
            return
        self._replace_database(db)

    def backup_database(self) -> None:
        url = self.ops.db.url
        if not url.startswith("sqlite:///"):
            QMessageBox.information(
                self, tr("Back up"), tr("Server databases are backed up by their administrator.")
            )
            return
        try:
            target = backup_sqlite_file(Path(url.removeprefix("sqlite:///")))
        except OSError as exc:
            self.ops.report(exc, self)
            return
        QMessageBox.information(self, tr("Back up"), tr("The database was copied to %1", target))

    def show_settings(self) -> None:
        from ui.views.settings_dialog import SettingsDialog

        travel = None
        if self.visit_id is not None:
            from planner.persistence.tables import Visit

            visit_id = self.visit_id
            travel = self.ops.read(
                lambda uow: (lambda v: (v.travel_speed_kmh, v.road_factor))(uow.session.get(Visit, visit_id))
            )
        dialog = SettingsDialog(
            self.ops.db.url,
            self.open_other_database,
            self.create_database,
            self.backup_database,
            travel,
            self,
        )
        old_language = str(QSettings().value("ui/language", "en"))
        if not dialog.exec():
            return
        dialog.save()
        if travel is not None and self.visit_id is not None:
            new = {"travel_speed_kmh": dialog.speed.value(), "road_factor": dialog.factor.value()}
            changed = {
                k: v for k, v, old in zip(new, new.values(), travel, strict=True) if abs(v - old) > 1e-9
            }
            if changed:
                from ui.commands.edit_commands import EditVisitCommand

                title = self.current_visit().title if self.current_visit() else ""
                self.ops.push(EditVisitCommand(self.visit_id, title, changed), self)
        if dialog.ui_language.currentData() != old_language and self.relaunch is not None:
            self.relaunch()

    # ---- help
    def show_shortcuts(self) -> None:
        lines = [
            tr("Ctrl+N  new visit"),
            tr("Ctrl+1…8  switch workspace pages"),
            tr("Ins / Enter / Del  add, edit, delete on the current page"),
            tr("Alt+Up / Alt+Down  move the selected item 5 minutes, or a participant up and down"),
            tr("Ctrl+Z / Ctrl+Shift+Z  undo, redo"),
            tr("Ctrl+G  show the guests' home time"),
            tr("F5  check conflicts"),
            tr("Ctrl+P  print"),
        ]
        QMessageBox.information(self, tr("Keyboard shortcuts"), "\n".join(lines))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Delegation Planner"),
            tr("Delegation Planner: plan, adjust and print the programme of an official delegation visit."),
        )

    # ---- status and state
    def _update_status(self) -> None:
        visit = self.current_visit()
        self.status_visit.setText(
            tr("%1 — times in %2", visit.title, visit.host_timezone) if visit else tr("No visit open")
        )
        page = self._itinerary if self._built else None
        count = page.conflict_count() if page is not None else None
        if visit is None or page is None or page.visit is None:
            self.status_conflicts.setText("")
        elif count is None:
            self.status_conflicts.setText(tr("conflict check not available"))
        else:
            self.status_conflicts.setText(tr("%1 conflicts", count) if count else tr("no conflicts"))
        self.status_db.setText(self.ops.db.url.removeprefix("sqlite:///"))

    def _toggle_list(self) -> None:
        self.splitter.widget(0).setVisible(self.toggle_list.isChecked())

    def _saved_visit(self) -> int | None:
        value = QSettings().value("window/visit")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        tab = settings.value("window/tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(tab))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        if self.visit_id is not None:
            settings.setValue("window/visit", self.visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built:
            self._meetings.save_texts()  # text typed in the last moment is saved, not lost
        self.save_state()
        self.ops.shutdown()
        super().closeEvent(event)
