"""The main window: the list of visits and the open visit's itinerary."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QTreeWidget, QTreeWidgetItem

from planner.domain.timeutil import zone
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import items_by_day, visit_items
from planner.queries.visits import get_visit, list_visits


class MainWindow(QMainWindow):
    """Visits on the left, the selected visit's itinerary by day on the right."""

    def __init__(self, db: Database, visit_id: int | None = None) -> None:
        super().__init__()
        self._db = db
        self.setWindowTitle("Delegation Planner")
        self.resize(1100, 700)
        self.visit_list = QListWidget()
        self.itinerary = QTreeWidget()
        self.itinerary.setHeaderLabels(["Time", "Event", "Place", "Groups"])
        splitter = QSplitter()
        splitter.addWidget(self.visit_list)
        splitter.addWidget(self.itinerary)
        splitter.setSizes([280, 820])
        self.setCentralWidget(splitter)
        self._visit_ids: list[int] = []
        self.visit_list.currentRowChanged.connect(self._show_row)
        self.refresh(visit_id)

    def refresh(self, select_visit: int | None = None) -> None:
        with UnitOfWork(self._db.sessions) as uow:
            rows = list_visits(uow)
        self.visit_list.clear()
        self._visit_ids = [r.id for r in rows]
        for r in rows:
            self.visit_list.addItem(f"{r.delegation}\n{r.start_date:%d.%m.%Y}–{r.end_date:%d.%m.%Y}")
        if rows:
            index = self._visit_ids.index(select_visit) if select_visit in self._visit_ids else 0
            self.visit_list.setCurrentRow(index)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._visit_ids):
            self.show_visit(self._visit_ids[row])

    def show_visit(self, visit_id: int) -> None:
        with UnitOfWork(self._db.sessions) as uow:
            visit = get_visit(uow, visit_id)
            items = visit_items(uow, visit_id)
        tz = zone(visit.host_timezone)
        self.itinerary.clear()
        self.statusBar().showMessage(f"{visit.title} — times in {visit.host_timezone}")
        for day, rows in items_by_day(items, visit.host_timezone).items():
            day_node = QTreeWidgetItem([f"{day:%d.%m.%Y}", f"{len(rows)} items"])
            self.itinerary.addTopLevelItem(day_node)
            for r in rows:
                span = f"{r.starts_at.astimezone(tz):%H:%M}–{r.ends_at.astimezone(tz):%H:%M}"
                QTreeWidgetItem(day_node, [span, r.title, r.place, ", ".join(r.groups)])
            day_node.setExpanded(True)
        for column in range(3):
            self.itinerary.resizeColumnToContents(column)
