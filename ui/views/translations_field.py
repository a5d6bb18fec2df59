"""Editing a name in other languages: one line per language (ru, kk, en), for any dialog to use.

``TranslationLines`` edits one name's translations (a language -> text map); ``TranslationTexts`` a longer
text's (a meeting's minutes, a document's notes: one wrapped box per language); ``TranslationList`` a list's
(a document's parties, a meeting's agenda: language -> one text per line, in the typed list's order);
``TranslationsSection`` is
the "Names in other languages…" button of a dialog that opens, below it, the lines of each of the dialog's
names. Each empty line shows, greyed, the typed value: what a document in that language prints instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from ui.i18n import tr

# a translation line shows this many characters at least: long names (an organisation, a governor's
# post) are read whole, not cut at ~170 pixels
LINE_CHARACTERS = 64
_Editor = TypeVar("_Editor", bound=QWidget)


class TranslationLines(QWidget):
    """One name in ru, kk and en; ``value()`` is the map of the lines filled in, trimmed."""

    def __init__(self, values: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = QLineEdit((values or {}).get(lang.value, ""))
            edit.setCursorPosition(0)  # a long text (a car's notes) shows its beginning, not its end
            edit.setObjectName(f"translation_{lang.value}")
            edit.setClearButtonEnabled(True)
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * LINE_CHARACTERS)
            form.addRow(LANGUAGE_NAMES[lang], edit)
            self.edits[lang.value] = edit

    def value(self) -> dict[str, str]:
        """The translations typed, by language; empty lines are left out."""
        return {lang: edit.text().strip() for lang, edit in self.edits.items() if edit.text().strip()}

    def set_value(self, values: Mapping[str, str]) -> None:
        for lang, edit in self.edits.items():
            edit.setText(values.get(lang, ""))
            edit.setCursorPosition(0)

    def show_typed(self, text: str) -> None:
        """Show ``text`` (the name as typed) in every empty line: it prints where no translation is."""
        for edit in self.edits.values():
            edit.setPlaceholderText(text)

    def follow(self, source: QLineEdit | QPlainTextEdit) -> None:
        """Keep showing ``source``'s text as the name typed while the user edits it (a line, or a text box
        such as an item's notes: its first line)."""
        if isinstance(source, QLineEdit):
            self.show_typed(source.text())
            source.textChanged.connect(self.show_typed)
            return

        def typed() -> None:
            self.show_typed(source.toPlainText().strip().split("\n", 1)[0])

        typed()
        source.textChanged.connect(typed)


class _TextBoxes(QWidget):
    """A text box per language (ru, kk, en) in a form, each showing greyed what is typed in the main box."""

    def __init__(self, texts: Mapping[str, str], wrap: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.edits: dict[str, QPlainTextEdit] = {}
        for lang in LANGUAGES:
            edit = QPlainTextEdit(texts.get(lang.value, ""))
            edit.setObjectName(f"translation_{lang.value}")
            edit.setTabChangesFocus(True)
            if not wrap:
                edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * LINE_CHARACTERS)
            form.addRow(LANGUAGE_NAMES[lang], edit)
            self.edits[lang.value] = edit

    def show_typed(self, text: str) -> None:
        """Show ``text`` (as typed) in every empty box."""
        for edit in self.edits.values():
            edit.setPlaceholderText(text)

    def follow(self, source: QPlainTextEdit) -> None:
        """Show ``source``'s text (as typed) in every empty box while the user edits it."""
        self.show_typed(source.toPlainText())
        source.textChanged.connect(lambda: self.show_typed(source.toPlainText()))


class TranslationTexts(_TextBoxes):
    """A longer text (minutes, notes) in ru, kk and en, one wrapped box each; ``value()`` is the map of the
    boxes filled in, trimmed (its lines kept)."""

    def __init__(self, values: Mapping[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(values or {}, True, parent)

    def value(self) -> dict[str, str]:
        """The texts typed, by language; empty boxes are left out."""
        return {
            lang: edit.toPlainText().strip()
            for lang, edit in self.edits.items()
            if edit.toPlainText().strip()
        }


class TranslationList(_TextBoxes):
    """A list of names (one per line) in ru, kk and en: one text box per language, its n-th line the n-th
    typed name's translation; ``value()`` maps each language with any text to its lines, trimmed (blank
    lines at the end left out, a blank line inside kept: that name prints as typed)."""

    def __init__(
        self, values: Mapping[str, Sequence[str]] | None = None, parent: QWidget | None = None
    ) -> None:
        # a line is one name: wrapped, one long name would read as two
        super().__init__({k: "\n".join(v) for k, v in (values or {}).items()}, False, parent)

    def value(self) -> dict[str, list[str]]:
        """The lines typed, by language; a language with no text is left out."""
        found: dict[str, list[str]] = {}
        for lang, edit in self.edits.items():
            lines = [line.strip() for line in edit.toPlainText().splitlines()]
            while lines and not lines[-1]:
                lines.pop()
            if lines:
                found[lang] = lines
        return found


class TranslationsSection(QWidget):
    """A "Names in other languages…" button that opens the translations of a dialog's names below it.

    ``add`` one name at a time (its field, its label, its current map, the line it is typed in); ``values``
    is each name's map by field (``name_i18n``: ``{"kk": …}``), ready for the service.
    """

    full_width = True  # a form puts it across the whole dialog, under the labels' column too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("translations_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setText(tr("Names in other languages…"))
        self.toggle.setToolTip(tr("How the names print in Russian, Kazakh and English documents"))
        self.panel = QWidget()
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.panel.setVisible(False)
        self.toggle.toggled.connect(self.panel.setVisible)
        box.addWidget(self.toggle)
        box.addWidget(self.panel)
        self.lines: dict[str, TranslationLines | TranslationTexts] = {}
        self.lists: dict[str, TranslationList] = {}

    def add(
        self,
        field: str,
        label: str,
        values: Mapping[str, str] | None = None,
        source: QLineEdit | QPlainTextEdit | None = None,
    ) -> TranslationLines:
        """Add the lines of one name; ``source`` is the line (or text box) where its main value is typed."""
        lines = self._boxed(field, label, TranslationLines(values))
        if source is not None:
            lines.follow(source)
        self.lines[field] = lines
        self._count()
        return lines

    def add_text(
        self,
        field: str,
        label: str,
        values: Mapping[str, str] | None = None,
        source: QPlainTextEdit | None = None,
    ) -> TranslationTexts:
        """Add the boxes of a longer text (minutes, notes); ``source`` is the box where it is typed."""
        boxes = self._boxed(field, label, TranslationTexts(values))
        if source is not None:
            boxes.follow(source)
        self.lines[field] = boxes
        self._count()
        return boxes

    def add_list(
        self,
        field: str,
        label: str,
        values: Mapping[str, Sequence[str]] | None = None,
        source: QPlainTextEdit | None = None,
    ) -> TranslationList:
        """Add the boxes of a list of names (one per line); ``source`` is the box where it is typed."""
        boxes = self._boxed(field, label, TranslationList(values))
        if source is not None:
            boxes.follow(source)
        self.lists[field] = boxes
        self._count()
        return boxes

    def _boxed(self, field: str, label: str, editor: _Editor) -> _Editor:
        """``editor`` in a titled box of its own, below the others (found by tests as translations_FIELD)."""
        group = QGroupBox(label)
        group.setObjectName(f"translations_{field}")
        layout = QVBoxLayout(group)
        layout.addWidget(editor)
        self.panel_layout.addWidget(group)
        return editor

    def open(self) -> None:
        """Show the lines (as a click on the button does)."""
        self.toggle.setChecked(True)

    def values(self) -> dict[str, dict[str, str]]:
        """Each name's translations by field (the lines of ``add``, the boxes of ``add_text``)."""
        return {field: lines.value() for field, lines in self.lines.items()}

    def list_values(self) -> dict[str, dict[str, list[str]]]:
        """Each list's translations by field (the boxes of ``add_list``)."""
        return {field: boxes.value() for field, boxes in self.lists.items()}

    def _count(self) -> None:
        # the button says how many translations there are, so a closed section does not hide them
        filled = sum(len(lines.value()) for lines in self.lines.values())
        filled += sum(len(boxes.value()) for boxes in self.lists.values())
        text = tr("Names in other languages…")
        self.toggle.setText(f"{text} ({filled})" if filled else text)
