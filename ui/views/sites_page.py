"""The Sites page: every site the office knows, with how often this visit goes there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.queries.sites import list_sites
from ui.commands.edit_commands import AddSiteCommand, DeleteSiteCommand, EditSiteCommand
from ui.i18n import tr
from ui.models.table_models import SiteTableModel
from ui.operations import ITEMS, SITES, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, toolbar
from ui.views.editors import site_dialog
from ui.views.pickers import sites_by_name


class SitesPage(TablePage):
    KINDS = frozenset({SITES, ITEMS})
    NEEDS_VISIT = False

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
        # by the names shown (the database orders them as typed)
        self.model.set_rows(sites_by_name(self.ops.read(lambda uow: list_sites(uow, visit_id))))
        fit_columns(self.table)

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        site_dialog(submit, row, self).exec()

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        return AddSiteCommand(values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditSiteCommand(row.id, row.name, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteSiteCommand(row.id, row.name, row.version)
