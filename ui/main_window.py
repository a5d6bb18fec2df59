"""The main window: the visit list on the left, the open visit's workspace on the right.

Menus File, Edit, View, Visit, Help (``ui.window.menus``); every edit goes through the undo stack and is
saved as it is made. The actions on visits and on the database live in ``ui.window``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from planner.domain.zones import zone_text
from planner.queries.visits import VisitRow, list_visits
from ui.i18n import current_language, tr
from ui.operations import VISITS, Changes, Operations
from ui.views.common import Page
from ui.views.forms import size_to_screen
from ui.views.overview_page import OverviewPage
from ui.window.database_actions import DatabaseActions
from ui.window.menus import PAGE_TITLES, build_menus
from ui.window.visit_actions import VisitActions
from ui.window.visit_list import VisitFilter, VisitList

if TYPE_CHECKING:
    from ui.views.documents_page import DocumentsPage
    from ui.views.itinerary_page import ItineraryPage
    from ui.views.meetings_page import MeetingsPage
    from ui.views.participants_page import ParticipantsPage
    from ui.views.print_page import PrintPage
    from ui.views.sites_page import SitesPage
    from ui.views.transport_page import TransportPage

__all__ = ["PAGE_TITLES", "MainWindow", "VisitFilter"]


class MainWindow(VisitActions, DatabaseActions, QMainWindow):
    """The application window; ``ops`` holds the database, the undo stack and the change signal."""

    undo_action: QAction
    redo_action: QAction
    toggle_list: QAction
    view_menu: QMenu

    def __init__(
        self,
        ops: Operations,
        visit_id: int | None = None,
        relaunch: Callable[[], None] | None = None,
        choices: dict[str, Any] | None = None,
    ) -> None:
        """``choices``: what :meth:`page_choices` of the window this one replaces returned (a window
        rebuilt in another interface language keeps what the officer chose on its pages)."""
        super().__init__()
        self.ops = ops
        self.relaunch = relaunch
        self._carried: dict[str, Any] = dict(choices or {})
        self.visit_id: int | None = None
        self.setWindowTitle(tr("Delegation Planner"))
        size_to_screen(self, 1280, 800)  # a saved size, when there is one, is put back later

        # visit list; connected before any page so the list's rows are fresh when the pages redraw
        self.visit_list = VisitList()
        self.visit_model = self.visit_list.model
        self.visit_filter = self.visit_list.filter
        self.visit_table = self.visit_list.table
        self.search = self.visit_list.search
        self.status_filter = self.visit_list.status_filter
        ops.changed.connect(self._on_changed)
        self.visit_list.chosen.connect(self._visit_chosen)
        self.visit_list.details_requested.connect(lambda _id: self.edit_visit_details())

        # workspace
        # Overview is built now; the other pages (and their modules) right after the first paint, or
        # as soon as something asks for one: start-up pays only for what the first screen shows
        self.overview = OverviewPage(ops)
        self.overview.visit_row = self.visit_list.row_of
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
        self.splitter.addWidget(self.visit_list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)

        self.status_visit = QLabel()
        self.status_conflicts = QLabel()
        self.status_db = QLabel()
        for label in (self.status_visit, self.status_conflicts, self.status_db):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
        for label in (self.status_visit, self.status_conflicts, self.status_db):
            self.statusBar().addPermanentWidget(label)
        build_menus(self)
        self.restore_state()
        self.refresh_visits(visit_id if visit_id is not None else self._saved_visit())
        self.update_status()
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
        self._printing.restore_choices(self._carried.pop("print", {}))
        self._itinerary.tracker.changed.connect(self.update_status)
        view = self.view_menu
        view.addSeparator()
        view.addAction(self._itinerary.guest_action)
        view.addAction(self._itinerary.zoom_in_action)
        view.addAction(self._itinerary.zoom_out_action)
        self.update_status()

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

    # ---- the open visit
    def refresh_visits(self, select: int | None = None) -> None:
        """Read the visit list again and open ``select`` (default: the open visit, else the first)."""
        keep = select if select is not None else self.visit_id
        lang = current_language()  # the visits' titles and delegations: their translation, else as typed
        target = self.visit_list.set_rows(self.ops.read(lambda uow: list_visits(uow, lang)), keep)
        self.select_visit(target)

    def select_visit(self, visit_id: int | None) -> None:
        self.visit_list.select(visit_id)
        self.open_visit(visit_id)

    def _visit_chosen(self, visit_id: int | None) -> None:
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
        self.update_status()

    def _on_changed(self, change: Changes) -> None:
        if VISITS in change.kinds:
            self.refresh_visits()
        self.update_status()

    def current_visit(self) -> VisitRow | None:
        return self.visit_list.row_of(self.visit_id)

    def page_choices(self) -> dict[str, Any]:
        """What the officer chose on the pages (the Print page's document, languages and options), for a
        window rebuilt in another interface language to choose again; the choices this window was given
        while its pages are not built yet."""
        if not self._built:
            return dict(self._carried)
        return {"print": self._printing.choices()}

    def document_language_changed(self, language: str) -> None:
        """The default language of printed documents was changed in Settings: the Print page takes it (its
        choice is what a window rebuilt in another interface language carries over)."""
        if self._built:
            self._printing.choose_language(language)
        elif "print" in self._carried:
            self._carried["print"]["language"] = language

    # ---- status and state
    def update_status(self) -> None:
        """The status bar: the open visit and its time zone, its conflicts, the database."""
        visit = self.current_visit()
        self.status_visit.setText(
            tr(
                "%1 — times in %2",
                visit.name,
                zone_text(visit.host_timezone, current_language(), visit.start_date),
            )
            if visit
            else tr("No visit open")
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
        self._update_title(visit)

    def _update_title(self, visit: VisitRow | None) -> None:
        """The title bar names the open visit and its programme version (what every printed sheet shows)."""
        if visit is None:
            self.setWindowTitle(tr("Delegation Planner"))
            return
        from planner.queries.programme_version import programme_version

        version = self.ops.read(lambda uow: programme_version(uow, visit.id))
        self.setWindowTitle(
            tr("%1 — %2 — programme version %3", tr("Delegation Planner"), visit.name, version)
        )

    def toggle_visit_list(self) -> None:
        self.visit_list.setVisible(self.toggle_list.isChecked())

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
