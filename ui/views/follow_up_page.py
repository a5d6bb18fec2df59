"""The Follow-up screen: every open action item and commitment of every visit, filtered, status changeable.

It is not a page of one visit: the list covers every meeting's action items and every signed document's
commitments (Visit ▸ Follow-up). Filters: partner region, owner, due before a day, and whether the done and
cancelled ones show. A new status is one undoable edit through the meetings' or the documents' service,
so the change log records it; the report prints what the filters show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.kinds import ActionStatus
from planner.queries.follow_up import (
    FollowUpFilter,
    FollowUpKind,
    FollowUpRow,
    count_rows,
    follow_up_items,
    partner_regions,
)
from ui.i18n import N_, current_language, tr
from ui.models.row_table_model import Column, RowTableModel
from ui.models.value_labels import value_choices, value_label
from ui.operations import DOCUMENTS, MEETINGS, VISITS, Changes, Operations
from ui.views.common import fit_columns, make_table, selected_rows
from ui.views.file_dialogs import get_save_file_name
from ui.views.forms import date_edit, date_value, line

KIND_NAMES = {FollowUpKind.ACTION_ITEM: N_("Action item"), FollowUpKind.COMMITMENT: N_("Commitment")}
OVERDUE_COLOUR = QColor(164, 38, 30)


def _due(row: FollowUpRow) -> str:
    if row.due_date is None:
        return "—"
    text = row.due_date.strftime("%d.%m.%Y")
    return f"{text} · {tr('overdue')}" if row.overdue else text


class FollowUpModel(RowTableModel[FollowUpRow]):
    """Rows of ``follow_up_items``: due (overdue marked, in red), status, kind, what, owner, partner, from."""

    DUE, STATUS, KIND, WHAT, OWNER, PARTNER, SOURCE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(N_("Due"), _due, sort=lambda r: (r.due_date is None, r.due_date or date.min)),
            Column(N_("Status"), lambda r: value_label("action_status", r.status)),
            Column(N_("Kind"), lambda r: tr(KIND_NAMES[r.kind])),
            Column(N_("What"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(N_("Owner"), lambda r: r.owner, tooltip=lambda r: r.owner),
            Column(N_("Partner region"), lambda r: r.partner_region),
            Column(N_("From"), self._source, tooltip=self._source),
        )

    @staticmethod
    def _source(row: FollowUpRow) -> str:
        return f"{row.source} ({row.visit_title})" if row.visit_title else row.source

    def extra_data(self, row: FollowUpRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (self.DUE, self.STATUS):
            return QBrush(OVERDUE_COLOUR)
        return None


class FollowUpView(QWidget):
    """The list with its filters, the status changer and the report button; refreshes on every change of
    meetings, documents or visits. ``today`` tells what is overdue (a clock the tests can fix)."""

    KINDS = frozenset({MEETINGS, DOCUMENTS, VISITS})

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        partner: str = "",
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.model = FollowUpModel(self)
        self.table: QTableView = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.lineEdit().setPlaceholderText(tr("every partner"))
        self.owner = line()
        self.owner.setPlaceholderText(tr("anyone"))
        self.due_before = date_edit(None)
        self.finished = QCheckBox(tr("Show done and cancelled"))
        self.summary = QLabel()
        self.new_status = QComboBox()
        for text, value in value_choices("action_status", list(ActionStatus)):
            self.new_status.addItem(text, value)
        self.set_status_button = QPushButton(tr("Set status"))
        self.set_status_button.setToolTip(tr("Give the selected action item or commitment this status"))
        self.report_button = QPushButton(tr("Print report…"))
        filters = QHBoxLayout()
        for text, widget in (
            (tr("Partner region"), self.partner),
            (tr("Owner"), self.owner),
            (tr("Due before"), self.due_before),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget, 1 if widget is not self.due_before else 0)
        filters.addWidget(self.finished)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(QLabel(tr("New status")))
        actions.addWidget(self.new_status)
        actions.addWidget(self.set_status_button)
        actions.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self._fill_partners(partner)
        self.partner.currentTextChanged.connect(lambda _text: self.refresh())
        self.owner.textChanged.connect(lambda _text: self.refresh())
        self.due_before.dateChanged.connect(lambda _day: self.refresh())
        self.finished.toggled.connect(lambda _on: self.refresh())
        self.set_status_button.clicked.connect(lambda _checked=False: self.set_status())
        self.report_button.clicked.connect(lambda _checked=False: self.print_report())
        ops.changed.connect(self._on_changed)
        self.refresh()

    def _fill_partners(self, current: str) -> None:
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem("")
        for region in self.ops.read(partner_regions):
            self.partner.addItem(region)
        self.partner.setCurrentText(current)
        self.partner.blockSignals(False)

    def where(self) -> FollowUpFilter:
        """The filters as chosen."""
        return FollowUpFilter(
            self.partner.currentText().strip() or None,
            self.owner.text().strip() or None,
            date_value(self.due_before),
            include_finished=self.finished.isChecked(),
        )

    def refresh(self) -> None:
        """Read the list again with the filters chosen."""
        where, today, lang = self.where(), self.today(), current_language()
        rows = self.ops.read(lambda uow: follow_up_items(uow, today, where, lang))
        self.model.set_rows(rows)
        fit_columns(self.table)
        counts = count_rows(rows)
        if rows:
            self.summary.setText(tr("%1 shown, %2 overdue", counts.total, counts.overdue))
        else:
            self.summary.setText(tr("Nothing to follow up with these filters."))

    def _on_changed(self, change: Changes) -> None:
        if change.kinds & self.KINDS:
            self.refresh()

    def selected(self) -> list[FollowUpRow]:
        """The rows selected in the list."""
        return [r for r in selected_rows(self.table) if r is not None]

    def set_status(self, status: str | None = None) -> bool:
        """Give the selected row ``status`` (default: the one chosen) as one undoable edit, through the
        meetings' or the documents' service (which writes the change log); False if nothing changed."""
        from ui.commands.edit_commands import EditActionItemCommand, EditCommitmentCommand

        status = status or self.new_status.currentData()
        rows = self.selected()
        if not rows or rows[0].status == status:
            return False
        row = rows[0]
        command: Any
        if row.kind is FollowUpKind.ACTION_ITEM:
            command = EditActionItemCommand(row.record_id, {"status": status}, row.version)
        else:
            command = EditCommitmentCommand(row.record_id, {"status": status}, row.version)
        return self.ops.push(command, self)

    def print_report(self) -> None:
        """Save the follow-up report of what the filters show as a PDF (in the interface language)."""
        from planner.documents.settings import DocumentSettings
        from planner.services.printing import follow_up_pdf, write_pdf

        path, _ = get_save_file_name(
            self, tr("Save follow-up report"), "follow-up.pdf", tr("PDF files (*.pdf)")
        )
        if not path:
            return
        where, today = self.where(), self.today()
        organisation = str(QSettings().value("documents/organisation") or "")
        settings = DocumentSettings(organisation=organisation, language=current_language())
        try:
            pdf = follow_up_pdf(
                self.ops.uow(),
                settings,
                partner_region=where.partner_region,
                owner=where.owner,
                due_before=where.due_before,
                today=today,
            )
            write_pdf(Path(path), pdf)
        except PlannerError as exc:
            QMessageBox.warning(self, tr("Follow-up report"), str(exc))


def open_follow_up(ops: Operations, partner: str = "", parent: QWidget | None = None) -> FollowUpView:
    """The Follow-up screen in a window of its own (not modal: the officer may keep it open); returns
    its view."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Follow-up"))
    dialog.resize(1100, 600)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    view = FollowUpView(ops, dialog, partner=partner)
    layout.addWidget(view)
    dialog.show()
    return view
