"""The Visit menu's dialogs for names in other languages: the visit's own names (title, delegation, home
region, host region and organisation, arrival, purpose), and the list of names a document in a language
would print untranslated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from planner.queries.translations import MissingName, VisitNames, missing_translations, visit_names
from ui.i18n import N_, plural, tr
from ui.operations import Operations
from ui.views.forms import FormDialog
from ui.views.translations_field import TranslationLines

# the visit's names, by the field update_visit_names takes
VISIT_NAME_LABELS: dict[str, str] = {
    "title_i18n": N_("Visit title"),
    "delegation_name_i18n": N_("Delegation"),
    "home_region_i18n": N_("Home region"),
    "host_region_i18n": N_("Host region"),
    "host_organisation_i18n": N_("Host organisation"),
    "arrival_mode_i18n": N_("Arrival"),
    "purpose_i18n": N_("Purpose"),
}
# the kinds of name of the missing list (planner.queries.translations.NameField values)
NAME_FIELD_LABELS: dict[str, str] = {
    "visit_title": N_("Visit title"),
    "delegation_name": N_("Delegation"),
    "home_region": N_("Home region"),
    "host_region": N_("Host region"),
    "host_organisation": N_("Host organisation"),
    "arrival_mode": N_("Arrival"),
    "purpose": N_("Purpose"),
    "person_name": N_("Participant's name"),
    "person_title": N_("Participant's position"),
    "person_organisation": N_("Participant's organisation"),
    "group_name": N_("Group name"),
    "site_name": N_("Site name"),
    "site_address": N_("Site address"),
    "item_title": N_("Event"),
    "item_place": N_("Place"),
    "item_notes": N_("Notes"),
    "meeting_agenda": N_("Agenda point"),
    "meeting_minutes": N_("Minutes"),
    "outcome_topic": N_("Outcome topic"),
    "outcome_text": N_("Decision"),
    "action_task": N_("Task"),
    "action_owner": N_("Task owner"),
    "document_title": N_("Document title"),
    "document_partner_region": N_("Partner region"),
    "document_party": N_("Party to the document"),
    "document_place": N_("Place of signing"),
    "document_notes": N_("Document notes"),
    "signatory_title": N_("Signatory's position"),
    "signatory_party": N_("Signed for"),
    "commitment_area": N_("Area"),
    "commitment_text": N_("Commitment"),
    "commitment_responsible": N_("Responsible"),
    "vehicle_label": N_("Vehicle"),
    "driver_name": N_("Driver"),
    "vehicle_notes": N_("Vehicle notes"),
}


def visit_names_dialog(
    submit: Callable[[dict[str, Any]], None], names: VisitNames, parent: QWidget | None = None
) -> FormDialog:
    """The visit's own names, each as typed and in ru, kk and en; collects the maps that changed."""
    dialog = FormDialog(tr("Names of the visit in other languages"), parent, submit)
    lines: dict[str, TranslationLines] = {}
    for name in names.names:
        editor = TranslationLines(name.translations)
        editor.show_typed(name.text)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        typed = QLabel(name.text or tr("(not given)"))
        typed.setWordWrap(True)
        typed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(typed)
        box.addWidget(editor)
        dialog.form.add(name.field, tr(VISIT_NAME_LABELS[name.field]), holder)
        lines[name.field] = editor
    before = {name.field: name.translations for name in names.names}

    def collect() -> dict[str, Any]:
        return {field: editor.value() for field, editor in lines.items() if editor.value() != before[field]}

    dialog.collect = collect
    return dialog


def edit_visit_names(ops: Operations, visit_id: int, title: str, parent: QWidget | None = None) -> None:
    """Open the visit's names; OK saves the changed ones as one undo step."""
    from ui.commands.translation_commands import EditVisitNamesCommand

    names = ops.read(lambda uow: visit_names(uow, visit_id))

    def submit(values: dict[str, Any]) -> None:
        if values:  # nothing changed: no undo step
            ops.push(EditVisitNamesCommand(visit_id, title, values, names.version), parent, inline=True)

    visit_names_dialog(submit, names, parent).exec()


class MissingTranslationsDialog(QDialog):
    """Which names a document in the chosen language prints untranslated, one row each."""

    COLUMNS = (N_("What"), N_("Whose"), N_("Prints as"))

    def __init__(self, ops: Operations, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.visit_id = ops, visit_id
        self.setWindowTitle(tr("Missing translations"))
        self.resize(820, 480)
        self.language = QComboBox()
        self.language.setObjectName("missing_language")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang.value)
        # the other languages matter most: typed names are usually Russian already
        self.language.setCurrentIndex(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Documents in")))
        top.addWidget(self.language)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self.refresh)
        ops.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _changes: object) -> None:
        self.refresh()

    def done(self, result: int) -> None:
        self.ops.changed.disconnect(self._changed)
        super().done(result)

    def refresh(self) -> None:
        lang = str(self.language.currentData())
        rows: list[MissingName] = self.ops.read(lambda uow: missing_translations(uow, self.visit_id, lang))
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            cells = (tr(NAME_FIELD_LABELS[row.field]), row.owner, row.text)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, column, item)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        if rows:
            # one literal: the phrase finder reads the first string of tr(...) only
            phrase = tr(
                "These documents print %1 name untranslated.|These documents print %1 names untranslated."
            )
            self.summary.setText(plural(phrase, len(rows)))
        else:
            self.summary.setText(tr("Every name has a text in this language."))
