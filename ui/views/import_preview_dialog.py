"""Preview of a site or participant list before it is imported: every row, its fate, its problems.

The dialog runs the import as a dry run, shows each row (new, matched or rejected) with rejected rows and
their cells highlighted (rows with a warning, such as two people of one name, in yellow), and then
imports either all rows (only when none has a problem) or the valid ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.services.data_exchange import MATCHED, NEW, ImportReport, import_participants, import_sites
from ui.i18n import tr
from ui.operations import Operations

REJECTED_BACKGROUND = QColor("#fde2e1")
MATCHED_BACKGROUND = QColor("#e8f0fe")
WARNING_BACKGROUND = QColor("#fff4ce")


class ImportPreviewDialog(QDialog):
    """Shows the dry run of importing ``path``; Import writes all rows or, if chosen, the valid ones.

    ``kind`` is "sites" or "participants" (then ``visit_id`` names the visit). After an import,
    ``report`` holds the written result and the operations' ``changed`` signal has been emitted.
    """

    def __init__(
        self,
        ops: Operations,
        kind: str,
        path: Path,
        visit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in ("sites", "participants"):
            raise ValueError(f"unknown list kind {kind!r}")
        self.ops, self.kind, self.path, self.visit_id = ops, kind, path, visit_id
        self.report: ImportReport | None = None
        self.setWindowTitle(tr("Import %1", path.name))
        self.resize(980, 600)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Result"), tr("Name"), tr("Problems")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all = self.buttons.addButton(tr("Import all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_valid = self.buttons.addButton(
            tr("Import valid rows only"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.import_all.clicked.connect(lambda: self.run_import(skip_bad_rows=False))
        self.import_valid.clicked.connect(lambda: self.run_import(skip_bad_rows=True))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.preview: ImportReport | None = None
        self.load_preview()

    def _service(self, dry_run: bool, skip_bad_rows: bool) -> Any:
        path, visit_id = self.path, self.visit_id
        if self.kind == "sites":
            return lambda uow: import_sites(uow, path, dry_run=dry_run, skip_bad_rows=skip_bad_rows)
        assert visit_id is not None, "a participant list is imported into a visit"
        return lambda uow: import_participants(
            uow, visit_id, path, dry_run=dry_run, skip_bad_rows=skip_bad_rows
        )

    def load_preview(self) -> None:
        """Run the dry run and fill the table; a file that cannot be read shows why and offers nothing."""
        try:
            self.preview = self._service(dry_run=True, skip_bad_rows=False)(self.ops.uow())
        except PlannerError as exc:
            self.preview = None
            self.summary.setText(tr("This file cannot be imported:") + "\n" + str(exc))
            self.import_all.setEnabled(False)
            self.import_valid.setEnabled(False)
            return
        self.show_report(self.preview)

    def show_report(self, report: ImportReport) -> None:
        """Fill the summary and the row table from a report."""
        name_key = "name" if self.kind == "sites" else "full_name"
        lines = [
            tr(
                "%1 rows: %2 new, %3 already known (will be updated), %4 with problems.",
                report.total,
                report.imported,
                report.matched,
                report.rejected,
            ),
            tr("Columns read: %1", ", ".join(f"{h} → {k}" for h, k in report.mapping.items())),
        ]
        if report.ignored:
            lines.append(tr("Columns ignored: %1", ", ".join(report.ignored)))
        if report.warnings:
            # namesakes: both rows import, the officer should still see them side by side
            lines.append(tr("Warnings (these rows are imported all the same):"))
            lines += [f"• {w}" for w in report.warnings]
        self.summary.setText("\n".join(lines))
        labels = {NEW: tr("new"), MATCHED: tr("matched"), "rejected": tr("rejected")}
        self.table.setRowCount(len(report.rows))
        for n, row in enumerate(report.rows):
            problems = "\n".join(f"{p.where}: {p.reason}" for p in row.problems)
            warnings = "\n".join(f"{w.where}: {w.reason}" for w in row.warnings)
            cells = [
                str(row.number),
                labels.get(row.action, row.action),
                str(row.values.get(name_key, "")),
                "\n".join(text for text in (problems, warnings) if text),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", "; "))
                if problems:
                    item.setToolTip(cells[3])
                    item.setBackground(QBrush(REJECTED_BACKGROUND))
                elif warnings:
                    item.setToolTip(warnings)
                    item.setBackground(QBrush(WARNING_BACKGROUND))
                elif row.action == MATCHED:
                    item.setBackground(QBrush(MATCHED_BACKGROUND))
                self.table.setItem(n, column, item)
        good = report.imported + report.matched
        self.import_all.setEnabled(report.rejected == 0 and good > 0)
        self.import_valid.setEnabled(report.rejected > 0 and good > 0)

    def run_import(self, skip_bad_rows: bool) -> None:
        """Write the rows; the dialog closes when something was written."""
        report = self.ops.run(self._service(dry_run=False, skip_bad_rows=skip_bad_rows), self)
        if report is None:
            return
        self.report = report
        if report.written:
            self.accept()
        else:
            self.show_report(report)
