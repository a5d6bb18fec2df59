"""The Sites page: every site the office knows, with how often this visit goes there."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.queries.sites import SiteRow, list_sites
from ui.commands.edit_commands import AddSiteCommand, DeleteSiteCommand, EditSiteCommand
from ui.i18n import tr
from ui.models.table_models import SiteTableModel
from ui.operations import ITEMS, SITES, Operations
from ui.views.common import Page, action, fit_columns, make_table, selected_rows, toolbar
from ui.views.editors import site_dialog


class SitesPage(Page):
    KINDS = frozenset({SITES, ITEMS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = SiteTableModel(self)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a site…"))
        self.search.textChanged.connect(self.table.model().setFilterFixedString)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                action(self, tr("Add site"), self.add, "Ins"),
                action(self, tr("Edit site"), self.edit_selected, "Return"),
                action(self, tr("Delete site"), self.delete_selected, "Del"),
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        visit_id = self.visit_id
        self.model.set_rows(self.ops.read(lambda uow: list_sites(uow, visit_id)))
        fit_columns(self.table)

    def selected(self) -> SiteRow | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def add(self) -> None:
        site_dialog(
            lambda values: self.ops.push(AddSiteCommand(values), self, inline=True), parent=self
        ).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return

        def submit(values: dict[str, Any]) -> None:
            if values:
                self.ops.push(EditSiteCommand(row.id, row.name, values, row.version), self, inline=True)

        site_dialog(submit, row, self).exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.ops.push(DeleteSiteCommand(row.id, row.name, row.version), self)
