"""The Documents page: signed documents, their signatories and commitments, and the attached scan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem, ValidationError
from planner.domain.kinds import ActionStatus, Language
from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from planner.queries.signed_documents import CommitmentRow, visit_documents
from ui.commands.edit_commands import (
    AddCommitmentCommand,
    AddDocumentCommand,
    DeleteDocumentCommand,
    EditCommitmentCommand,
    EditDocumentCommand,
    SetSignatoriesCommand,
)
from ui.i18n import current_language, tr
from ui.models.table_models import DocumentTableModel
from ui.models.value_labels import value_choices, value_label
from ui.operations import DOCUMENTS, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, toolbar
from ui.views.editors import document_dialog
from ui.views.file_dialogs import get_open_file_name
from ui.views.forms import FormDialog, combo, date_edit, date_value, line, text_box
from ui.views.translations_field import TranslationsSection


class DocumentsPage(TablePage):
    KINDS = frozenset({DOCUMENTS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = DocumentTableModel(self)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.commitments = QListWidget()
        self.commitments.setWordWrap(True)
        self.commitments.itemDoubleClicked.connect(lambda _: self.edit_commitment())
        box = QGroupBox(tr("Commitments"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(
            toolbar(
                action(self, tr("Add commitment"), self.add_commitment),
                action(self, tr("Edit commitment"), self.edit_commitment),
            )
        )
        box_layout.addWidget(self.commitments)
        right = QSplitter(Qt.Orientation.Vertical)
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setWidget(self.details)
        right.addWidget(details)
        right.addWidget(box)
        right.setSizes([340, 360])
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                action(self, tr("Add document"), self.add, "Ins"),
                action(self, tr("Edit document"), self.edit_selected, "Return"),
                action(self, tr("Delete document"), self.delete_selected, "Del"),
                None,  # type: ignore[arg-type]
                action(self, tr("Signatories…"), self.edit_signatories),
                action(self, tr("Attach scan…"), self.attach_scan),
                action(self, tr("Open scan"), self.open_scan),
                None,  # type: ignore[arg-type]
                action(self, tr("Gifts…"), self.open_gifts),
            )
        )
        layout.addWidget(splitter)

    def open_gifts(self) -> None:
        """The gifts register of the visit, in a window of its own (ui/views/gifts_page.py)."""
        from ui.views.gifts_page import GiftsDialog

        if self.visit_id is not None:
            GiftsDialog(self.ops, self.visit_id, self).show()

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        keep = self.selected()
        # texts in the interface language, as typed where there is no translation
        lang = current_language()
        self.model.set_rows(self.ops.read(lambda uow: visit_documents(uow, visit_id, lang)))
        fit_columns(self.table)
        if keep is not None:
            n = self.model.row_of_id(keep.id)
            if n >= 0:
                self.table.selectRow(n)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected()
        self.commitments.clear()
        if row is None:
            self.details.setText(tr("No document selected"))
            return
        lines = [row.title_shown, "", tr("Parties: %1", "; ".join(row.parties_shown) or "—")]
        lines.append(
            tr(
                "Signed: %1 %2",
                row.signed_on.strftime("%d.%m.%Y") if row.signed_on else "—",
                row.place_shown,
            )
        )
        for s in row.signatories:
            lines.append(f"  ✍ {s.name}, {s.title_shown} ({s.party_shown})")
        if row.scan_path:
            lines.append(tr("Scan: %1", row.scan_path))
        self.details.setText("\n".join(lines))
        for c in row.commitments:
            due = c.due_date.strftime("%d.%m.%Y") if c.due_date else ""
            entry = QListWidgetItem(
                f"[{value_label('action_status', c.status)}] {c.area_shown}: {c.text_shown} {due}".strip()
            )
            entry.setData(Qt.ItemDataRole.UserRole, c.id)
            self.commitments.addItem(entry)

    def edit_signatories(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = FormDialog(tr("Signatories"), self)
        text = "\n".join(f"{s.name}; {s.title}; {s.party}" for s in row.signatories)
        box = dialog.form.add("signatories", tr("One per line: name; title; party"), text_box(text, 140))
        # each signatory's title and party as Russian, Kazakh and English documents print them: one line
        # per signatory, in the same order
        translations = TranslationsSection()
        typed = {
            lang: [
                "; ".join((s.title_i18n.get(lang, ""), s.party_i18n.get(lang, ""))).strip("; ")
                if s.title_i18n.get(lang) or s.party_i18n.get(lang)
                else ""
                for s in row.signatories
            ]
            for lang in (x.value for x in LANGUAGES)
        }
        boxes = translations.add_list(
            "signatories_i18n",
            tr("One per line: title; party"),
            {lang: lines for lang, lines in typed.items() if any(lines)},
        )
        boxes.show_typed("\n".join(f"{s.title}; {s.party}" for s in row.signatories))
        dialog.form.add("translations", "", translations)
        # a signatory keeps the participant they were linked to while their name stays the same
        linked = {s.name: s.participant_id for s in row.signatories}

        def collect() -> dict[str, Any]:
            rows: list[dict[str, Any]] = []
            for entry in box.toPlainText().splitlines():
                if entry.strip():
                    parts = [p.strip() for p in entry.split(";")] + ["", ""]
                    rows.append(
                        {
                            "name": parts[0],
                            "title": parts[1],
                            "party": parts[2],
                            "participant_id": linked.get(parts[0]),
                            "title_i18n": {},
                            "party_i18n": {},
                        }
                    )
            for lang, lines in translations.list_values()["signatories_i18n"].items():
                if len(lines) > len(rows):
                    raise ValidationError(
                        Problem(
                            "signatories_i18n",
                            tr(
                                "%1: %2 lines for %3 signatories; give one line per signatory",
                                LANGUAGE_NAMES[Language(lang)],
                                str(len(lines)),
                                str(len(rows)),
                            ),
                        )
                    )
                for signer, entry in zip(rows, lines, strict=False):
                    parts = [p.strip() for p in entry.split(";")] + [""]
                    if parts[0]:
                        signer["title_i18n"][lang] = parts[0]
                    if parts[1]:
                        signer["party_i18n"][lang] = parts[1]
            return {"signatories": rows}

        dialog.collect = collect
        dialog.submit = lambda v: (
            self.ops.push(SetSignatoriesCommand(row.id, row.title, v["signatories"]), self, inline=True)
            and None
        )
        dialog.exec()

    def attach_scan(self) -> None:
        row = self.selected()
        if row is None:
            return
        path, _ = get_open_file_name(
            self, tr("Attach scan"), "", tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")
        )
        if path:
            self.ops.push(EditDocumentCommand(row.id, row.title, {"scan_path": path}, row.version), self)

    def open_scan(self) -> None:
        row = self.selected()
        if row is None or not row.scan_path:
            return
        if not Path(row.scan_path).exists():
            QMessageBox.warning(
                self, tr("Open scan"), tr("The scan %1 does not exist any more.", row.scan_path)
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(row.scan_path))

    def _commitment(self) -> CommitmentRow | None:
        row, entry = self.selected(), self.commitments.currentItem()
        if row is None or entry is None:
            return None
        return next((c for c in row.commitments if c.id == entry.data(Qt.ItemDataRole.UserRole)), None)

    def _commitment_dialog(self, commitment: CommitmentRow | None, submit: Any) -> FormDialog:
        dialog = FormDialog(tr("Commitment"), self, submit)
        f = dialog.form
        area = f.add("area", tr("Area"), line(commitment.area if commitment else ""))
        text = f.add("text", tr("Commitment"), text_box(commitment.text if commitment else ""))
        responsible = f.add(
            "responsible", tr("Responsible"), line(commitment.responsible if commitment else "")
        )
        due = f.add("due_date", tr("Due date"), date_edit(commitment.due_date if commitment else None))
        status = f.add(
            "status",
            tr("Status"),
            combo(
                value_choices("action_status"),
                commitment.status if commitment else ActionStatus.OPEN.value,
            ),
        )
        # the area, the commitment and who is responsible as Russian, Kazakh and English documents print
        # them
        translations = TranslationsSection()
        for field, caption, source in (
            ("area_i18n", tr("Area"), area),
            ("text_i18n", tr("Commitment"), text),
            ("responsible_i18n", tr("Responsible"), responsible),
        ):
            translations.add(field, caption, getattr(commitment, field, None) or {}, source)
        f.add("translations", "", translations)

        def collect() -> dict[str, Any]:
            values: dict[str, Any] = {
                "area": area.text().strip(),
                "text": text.toPlainText().strip(),
                "responsible": responsible.text().strip(),
                "due_date": date_value(due),
                "status": status.currentData(),
            }
            # a map is sent when it changed: undo puts back exactly the old one
            for field, names in translations.values().items():
                if commitment is None or names != getattr(commitment, field):
                    values[field] = names
            return values

        dialog.collect = collect
        return dialog

    def add_commitment(self) -> None:
        row = self.selected()
        if row is not None:
            self._commitment_dialog(
                None, lambda v: self.ops.push(AddCommitmentCommand(row.id, v), self, inline=True) and None
            ).exec()

    def edit_commitment(self) -> None:
        commitment = self._commitment()
        if commitment is not None:
            self._commitment_dialog(
                commitment,
                lambda v: (
                    self.ops.push(
                        EditCommitmentCommand(commitment.id, v, commitment.version), self, inline=True
                    )
                    and None
                ),
            ).exec()

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        document_dialog(submit, row, self).exec()

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        assert self.visit_id is not None
        return AddDocumentCommand(self.visit_id, values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditDocumentCommand(row.id, row.title, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteDocumentCommand(row.id, row.title, row.version)
