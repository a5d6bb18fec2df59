"""A form dialog that shows validation problems inline, next to the field, in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.domain.messages import localized
from ui.i18n import current_language, tr

ERROR_STYLE = "color: #b71c1c;"
# a note of what the program changed in a field for the officer (an item's end moved with its start)
NOTE_STYLE = "background: #fff3cd; color: #5d4200; padding: 2px 4px; border-radius: 3px;"


def _grows_across(widget: QWidget) -> bool:
    """Whether the form lets ``widget`` fill its row: an expanding one, or a composite one (a time and a
    place side by side) with something expanding inside."""
    policy = widget.sizePolicy().horizontalPolicy().value
    if policy & QSizePolicy.PolicyFlag.ExpandFlag.value:
        return True
    layout = widget.layout()
    return bool(
        policy & QSizePolicy.PolicyFlag.GrowFlag.value
        and layout is not None
        and layout.expandingDirections() & Qt.Orientation.Horizontal
    )


class FieldForm(QWidget):
    """A form layout where each field has a hidden error label below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.layout_.addRow(self.general_error)

    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        beside: QWidget | None = None,
        below: QWidget | None = None,
    ) -> QWidget:
        """Add a field; ``beside`` goes to its right (what it amounts to, e.g. an item's length), ``below``
        under it, above a problem shown (e.g. a note of what the program changed in it)."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        # a short field (a date, a number) keeps its width, but the problem shown under it gets the
        # whole row: in the field's width a wrapped sentence lost its second line ("…after the start")
        if beside is not None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            row.addWidget(widget, 1 if _grows_across(widget) else 0)
            row.addWidget(beside)
            if not _grows_across(widget):
                row.addStretch(1)
            box.addLayout(row)
        elif _grows_across(widget):
            box.addWidget(widget)
        else:
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        if below is not None:
            box.addWidget(below)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error.hide()
        box.addWidget(error)
        if not label and getattr(widget, "full_width", False):
            self.layout_.addRow(holder)  # e.g. the translation lines: as wide as the dialog, no empty label
        else:
            self.layout_.addRow(label, holder)
        self.fields[name] = widget
        self.errors[name] = error
        widget.setProperty("form_field", name)  # a problem the widget finds itself is said beside it
        # a problem shown beside a field goes away as soon as the field is changed, not at the next OK
        for signal in ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "toggled"):
            changed = getattr(widget, signal, None)
            if changed is not None and hasattr(changed, "connect"):
                changed.connect(lambda *_, label=error: (label.clear(), label.hide()))
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_error(self, error: PlannerError) -> None:
        """Put each problem beside its field, in the interface language; problems without a known field
        go on top. A field gets one message: the first of its problems (an empty field is also "not a
        valid e-mail" or "must not be empty"; the first says what to do)."""
        self.clear_errors()
        problems = error.problems if isinstance(error, ValidationError) else []
        loose: list[str] = [] if problems else [str(error)]
        for problem in problems:
            reason = localized(problem, current_language())
            label = self.errors.get(problem.where)
            if label is None:
                loose.append(f"{problem.where}: {reason}" if problem.where else reason)
                continue
            if label.text():
                continue
            label.setText(reason[:1].upper() + reason[1:])
            label.show()
        if loose:
            self.general_error.setText("\n".join(loose))
            self.general_error.show()
        for name, label in self.errors.items():
            if label.isVisible():
                self.fields[name].setFocus()
                break

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def line(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setCursorPosition(0)  # show the start of a long text, not its end
    return edit


def text_box(text: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    # Tab goes on to the next field, as in every other field of a form (it typed a tab into the text,
    # and no key took the keyboard out of the box); a paragraph is begun with Enter
    edit.setTabChangesFocus(True)
    return edit


def combo(choices: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    if current is not None:
        n = box.findData(current)
        if n >= 0:
            box.setCurrentIndex(n)
    return box


# a date as typed: day, month and four-digit year apart by a dot (or , / - or a space), or eight digits
_SEPARATOR = r"[.,/\- ]"
_TYPED_DATE = re.compile(
    rf"^\s*(\d{{1,2}}){_SEPARATOR}(\d{{1,2}}){_SEPARATOR}(\d{{4}})\s*$|^\s*(\d{{2}})(\d{{2}})(\d{{4}})\s*$"
)
# what may still become one while it is being typed
_TYPING_DATE = re.compile(
    rf"^\s*\d{{0,2}}({_SEPARATOR}\d{{0,2}}({_SEPARATOR}\d{{0,4}})?)?\s*$|^\s*\d{{0,8}}\s*$"
)


def typed_date(text: str) -> QDate | None:
    """The date ``text`` names ("20.06.2023", "5.6.2023", "20062023"), or None."""
    found = _TYPED_DATE.match(text)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups() if part is not None)
    typed = QDate(year, month, day)
    return typed if typed.isValid() else None


class _DateEdit(QDateEdit):
    """A date edit whose calendar opens at ``calendar_at`` while no date is set (not at January 1900).

    A date is typed as it is written, "20.06.2023" or "5.6.2023" (Qt's own sections swallowed the dots and
    took "20.06.2023" typed into an empty field as " 0062023", which OK then saved as no date); the arrow
    keys on an empty field start from ``calendar_at``.
    """

    def __init__(self, calendar_at: date | None) -> None:
        super().__init__()
        self.calendar_at = calendar_at or date.today()
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate() and bool(self.specialValueText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.is_empty() and watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            self.calendarWidget().setCurrentPage(self.calendar_at.year, self.calendar_at.month)
        return super().eventFilter(watched, event)

    def _blank(self, text: str) -> bool:
        special = self.specialValueText()
        return bool(special) and text.strip() in ("", special.strip())

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if self._blank(text):
            return (QValidator.State.Acceptable, text, pos)
        typed = typed_date(text)
        if typed is not None:
            inside = self.minimumDate() <= typed <= self.maximumDate()
            return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate, text, pos)
        state = QValidator.State.Intermediate if _TYPING_DATE.match(text) else QValidator.State.Invalid
        return (state, text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        typed = typed_date(text)
        if typed is None:
            typed = self.minimumDate() if self._blank(text) else self.date()
        return QDateTime(typed, QTime(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # a dot typed between the day and the month goes into the text (Qt took it for "next section"
        # and dropped it), unless the text already is a whole date (then it moves on, as Qt's does)
        if event.text() and event.text() in ".,/-" and typed_date(self.lineEdit().text()) is None:
            self.lineEdit().insert(event.text())
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_empty():  # the arrows on an empty field: the day the calendar would open at, not 1900
            self.setDate(QDate(self.calendar_at.year, self.calendar_at.month, self.calendar_at.day))
            return
        super().stepBy(steps)

    def half_typed(self) -> bool:
        """Text is in the field that is neither empty nor a date (OK would have saved the last date)."""
        text = self.lineEdit().text()
        return not self._blank(text) and typed_date(text) is None


def date_edit(value: date | None, optional: bool = True, calendar_at: date | None = None) -> QDateEdit:
    """A date field; an empty optional one opens its calendar at ``calendar_at`` (default: today)."""
    edit = _DateEdit(calendar_at)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    # weeks from Monday, as in Kazakhstan and Russia, whatever the computer's locale says
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    if optional:
        edit.setSpecialValueText(" ")  # the minimum date stands for "no date"
        edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
    return edit


def date_value(edit: QDateEdit, optional: bool = True) -> date | None:
    """The field's date (None: an empty optional field). A field of a form still holding text that is no
    date is refused, said beside it, rather than read as the date it held before."""
    if isinstance(edit, _DateEdit) and edit.half_typed() and edit.property("form_field"):
        raise ValidationError(
            Problem(str(edit.property("form_field")), tr("Type the date as DD.MM.YYYY: 20.06.2023")),
        )
    if isinstance(edit, _DateEdit):
        edit.interpretText()  # what was typed, also when OK is pressed before the field is left
    if optional and edit.date() == edit.minimumDate():
        return None
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def spin(value: int, low: int = 0, high: int = 100000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def double_spin(value: float | None, low: float, high: float, decimals: int = 6) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setValue(value if value is not None else 0.0)
    return box


def check(value: bool, text: str = "") -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(value)
    return box


# what a dialog leaves free of the screen's height (title bar, task bar of some desktops)
SCREEN_ROOM = 40


def size_to_screen(window: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Size ``window`` ``width`` x ``height``, or less where the screen (``near``'s, else the primary one)
    has not the room: a window of 1280 x 800 on a 1366 x 768 laptop had its bottom, and its buttons,
    under the screen's edge."""
    screen = (near.screen() if near is not None else None) or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None or free.isEmpty():
        window.resize(width, height)
        return
    window.resize(min(width, free.width()), min(height, free.height() - SCREEN_ROOM))


def fit_on_screen(window: QWidget, wanted: QSize) -> None:
    """Size a shown window to ``wanted``, no larger than the screen it is on leaves (less ``SCREEN_ROOM``),
    and keep all of it, its buttons at the bottom too, on that screen.

    It is moved up (or left) to make room first; a window manager may keep it where it is all the same,
    so it is then made no taller than the room under its top: what does not fit scrolls inside it.
    """
    screen = (window.screen() or window.window().screen()).availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(wanted.width(), screen.width() - extra_w)
    height = min(wanted.height(), screen.height() - extra_h - SCREEN_ROOM)
    x, y = frame.left(), frame.top()
    if y + extra_h + height > screen.bottom() + 1:  # move up to make room for the buttons
        y = max(screen.top(), screen.bottom() + 1 - extra_h - height)
    if x + extra_w + width > screen.right() + 1:  # and left, for OK itself
        x = max(screen.left(), screen.right() + 1 - extra_w - width)
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
    # whatever the window manager made of the move: never below the screen's bottom edge
    height = max(1, min(height, screen.bottom() + 1 - window.frameGeometry().top() - extra_h))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


class _FormScroll(QScrollArea):
    """The scrolling part of a form dialog: as tall as its form wants, but never taller than the screen."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())

    def minimumSizeHint(self) -> QSize:
        # as wide as the form needs (no line squeezed), as low as a few rows: the rest scrolls
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(self.widget().minimumSizeHint().height(), 160))


class FormDialog(QDialog):
    """OK runs ``submit`` with the collected values; a refused save keeps the dialog open with the errors.

    The fields scroll inside the dialog, so a long form (a participant with their names in three
    languages) stays on the screen with OK and Cancel always in sight.
    """

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        submit: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.submit = submit
        self.collect: Callable[[], dict[str, Any]] = dict
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        inner = QWidget()
        inner_layout = QHBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        main = QVBoxLayout()
        main.addWidget(self.form)
        self.extra = QVBoxLayout()
        main.addLayout(self.extra, 1)
        inner_layout.addLayout(main, 1)
        # a column beside the form, empty unless a dialog puts something there: a long list (an item's
        # attendees) seen beside the fields rather than below them, off a low screen
        self.side = QVBoxLayout()
        inner_layout.addLayout(self.side)
        self.scroll = _FormScroll(inner)
        # the scrolling area is no stop of the keyboard: typed letters went nowhere when it had the focus
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._focus_placed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.scroll.widget():
            self.scroll.updateGeometry()  # the dialog's layout keeps the scroll area's old size hint
            QTimer.singleShot(0, self._fit_screen)  # after the layout has taken its new size
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._focus_placed:
            self._focus_placed = True
            self.focus_first_field()
        self._fit_screen()

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field one can type in or choose from, unless the dialog put it in a
        field of its own already (the to-place dialogs start in their site)."""
        chosen = self.focusWidget()
        if chosen is not None and chosen is not self.scroll and self.scroll.isAncestorOf(chosen):
            return
        for field in self.form.fields.values():
            target = next((w for w in (field, *field.findChildren(QWidget)) if self._takes_typing(w)), None)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(target)
                return

    def _takes_typing(self, widget: QWidget) -> bool:
        """A field the keyboard can work in: enabled, shown, reached by Tab, and not read-only."""
        if not (widget.isEnabled() and widget.isVisibleTo(self)):
            return False
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return False
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox) and widget.isReadOnly():
            return False
        return not isinstance(widget, QLabel)

    def moveEvent(self, event: Any) -> None:
        super().moveEvent(event)
        # the window manager placed (or kept) the dialog where it chose: fit again from there
        QTimer.singleShot(0, self._fit_screen)

    def _fit_screen(self) -> None:
        """Grow to show what the form now holds (a section opened), up to the screen's height."""
        if self.isVisible():
            hint = self.sizeHint()
            fit_on_screen(self, QSize(max(self.width(), hint.width()), max(self.height(), hint.height())))

    def try_accept(self) -> None:
        try:
            values = self.collect()
            if self.submit is not None:
                self.submit(values)
        except PlannerError as exc:
            self.form.show_error(exc)
            return
        self.form.clear_errors()
        self.accept()


def set_enabled_if(widget: QWidget, box: QCheckBox) -> None:
    widget.setEnabled(box.isChecked())
    box.toggled.connect(widget.setEnabled)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
