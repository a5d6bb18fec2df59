"""Small editors shared by the dialogs: a combo box that finds an entry by any part of its text, and
the arrival and departure fields of a group or a person (for a person also how they travel and who meets
them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.domain.kinds import TravelMode
from planner.domain.vocabulary import PARTICIPANT_MEETER_FIELDS, TRAVEL_FIELDS
from planner.queries.groups import StayRow
from planner.queries.sites import SiteRow
from planner.services.sites import TYPED_PLACE_KEYS
from ui.i18n import N_, tr
from ui.models.value_labels import (
    in_alphabetical_order,
    in_interface_language,
    site_category_text,
    value_choices,
)
from ui.views.forms import FieldForm

# how many characters a chooser of a site or a person shows in a form (its list shows each entry whole)
CHOOSER_CHARACTERS = 24
POPUP_WIDEST = 760  # pixels: a list of entries no wider than a small screen's free width


def fill_width(box: QComboBox, characters: int = CHOOSER_CHARACTERS) -> QComboBox:
    """Size ``box`` to ``characters`` and let it fill its row, whatever its entries: a combo box is
    otherwise as wide as its longest entry, and a dialog with a list of sites or people grew wider with
    each long name added (the participant dialog reached 1294 pixels on the sample visit). The list that
    drops down is still as wide as its longest entry."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
    # the list shows whole entries (a site's name and its address), up to the popup's limit
    metrics = box.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(box.itemText(n)) for n in range(box.count())), default=0)
    box.view().setMinimumWidth(min(widest + 2 * metrics.averageCharWidth() + 20, POPUP_WIDEST))
    if box.isEditable():  # a long entry shown from its start, its name, not from its end
        edit = box.lineEdit()
        edit.setCursorPosition(0)
        box.currentIndexChanged.connect(lambda _: edit.setCursorPosition(0))
    return box


def searchable_combo(
    choices: Sequence[tuple[str, Any]],
    current: Any = None,
    unknown: Callable[[str], None] | None = None,
    *,
    keep_typed: bool = False,
) -> QComboBox:
    """A combo box the officer can type into: the list narrows to entries containing the typed text
    (anywhere, any case), so one of 60+ sites is found by a word of its name or address.

    Enter in the list of matches takes the entry highlighted there, or the first match, and only that
    (as the time-zone search does): it saved a half-filled item with the site just found. Enter in the
    field with the list closed goes on to the window (a dialog's OK). Enter on typed text that names no
    entry puts back the entry shown before and stops there, saying so: ``unknown`` gets the typed text
    (a tooltip says it when not given).
    With ``keep_typed`` such text stays as typed (a new place, made a site on saving) and Enter goes on.
    """
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for label, value in choices:
        box.addItem(label, value)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    if current is not None:
        n = box.findData(current)
        if n >= 0:
            box.setCurrentIndex(n)
    # typed text that names no entry falls back to the entry shown before, never to a stray value (unless
    # it is kept as typed)
    box.lineEdit().editingFinished.connect(lambda: _settle(box, keep_typed))
    _EnterTakesMatch(box, unknown, keep_typed)
    _StartShown(box.lineEdit())
    return box


class _StartShown(QObject):
    """A long entry (a site's name and its address) is shown from its start when the field takes the
    focus: Qt selects the whole text and puts the cursor at its end, so the Add site dialog opened on
    "…р-н, с. Азгир, ул. Орталык, 1", the site's name scrolled out of sight. The text stays selected
    (typing replaces it), with the cursor at its start."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self.edit.event(event)  # Qt's own handling first (it selects the text)
            _show_start(self.edit)
            return True
        return False


def _show_start(edit: QLineEdit) -> None:
    """The text from its start: all of it selected backwards when it was all selected, else the cursor
    at the start."""
    length = len(edit.text())
    if length and edit.selectedText() == edit.text():
        edit.setSelection(length, -length)
    else:
        edit.setCursorPosition(0)


def _names_an_entry(box: QComboBox) -> bool:
    return box.findText(box.currentText(), Qt.MatchFlag.MatchFixedString) >= 0


class _EnterTakesMatch(QObject):
    """Enter in a searchable combo box. The completer took Enter in its list for itself: with no entry
    highlighted it kept the one shown before (a second Enter then saved that other entry); typed text
    that named nothing was replaced by the entry shown before and saved. Enter in the list takes the
    match and stays in the field: the next Enter saves."""

    def __init__(
        self, box: QComboBox, unknown: Callable[[str], None] | None, keep_typed: bool = False
    ) -> None:
        super().__init__(box)
        self.box = box
        self.unknown = unknown
        self.keep_typed = keep_typed
        self.popup = box.completer().popup()  # made now: a filter installed after the completer's runs first
        self.popup.installEventFilter(self)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if self.popup.isVisible():  # the list of matches is open (the key reaches it or the field)
            return self._take_match(event)
        if watched is self.box and not _names_an_entry(self.box):
            typed = self.box.currentText().strip()
            if self.keep_typed and typed:
                _settle(self.box, True)
                return False  # kept as typed: Enter goes on to the window
            _settle(self.box)
            self.box.lineEdit().selectAll()
            if self.unknown is not None:
                self.unknown(typed)
            else:
                below = self.box.mapToGlobal(QPoint(0, self.box.height()))
                QToolTip.showText(below, tr("Nothing in the list matches “%1”; choose from the list", typed))
            return True  # nothing chosen: OK is not pressed
        return False

    def _take_match(self, event: QKeyEvent) -> bool:
        completions = self.box.completer().completionModel()
        index = self.popup.currentIndex()
        if not index.isValid():
            index = completions.index(0, 0)
        if not index.isValid():
            return False
        row = completions.mapToSource(index).row()  # type: ignore[attr-defined]
        self.popup.hide()
        self.box.setCurrentIndex(row)
        self.box.setEditText(self.box.itemText(row))
        self.box.lineEdit().setCursorPosition(0)
        return True  # picked only: the dialog stays open for the rest of its fields


def _settle(box: QComboBox, keep_typed: bool = False) -> None:
    typed = " ".join(box.currentText().split())
    n = box.findText(box.currentText(), Qt.MatchFlag.MatchFixedString)
    if n < 0 and keep_typed and typed:
        box.setEditText(typed)
        return
    box.setCurrentIndex(n if n >= 0 else box.currentIndex())
    box.setEditText(box.itemText(box.currentIndex()))
    # setEditText leaves the cursor at the end: a long entry showed its address's end, not its name
    box.lineEdit().setCursorPosition(0)


def site_name(site: SiteRow) -> str:
    """A site's name in the interface language where it has a translation, else as typed."""
    return in_interface_language(site.name, site.name_i18n)


def sites_by_name(sites: Sequence[SiteRow]) -> list[SiteRow]:
    """Sites in the alphabetical order of their names as the interface shows them."""
    return in_alphabetical_order(sites, site_name)


def sites_by_bare_name(sites: Sequence[SiteRow]) -> dict[str, int]:
    """Each site's id by its bare name as shown or as typed (spaces collapsed, any case): what a place
    typed into a site field takes."""
    found: dict[str, int] = {}
    for s in sites:
        for name in (site_name(s), s.name):
            found.setdefault(" ".join(name.split()).casefold(), s.id)
    return found


def site_label(site: SiteRow) -> str:
    """A site as pickers list it: its name, and its address when it has one (both in the interface
    language where translated: an English screen listed «Аким области» as typed)."""
    address = in_interface_language(site.address, site.address_i18n)
    return f"{site_name(site)} — {address}" if address else site_name(site)


def site_kind_label(site: SiteRow) -> str:
    """A site with its category, as the visit's arrival and departure places list them ("Atyrau
    International Airport — Airport"): the category in the interface language, as the Sites page shows it,
    never the stored word ("government")."""
    category = site_category_text(site.category, site.category_i18n)
    return f"{site_name(site)} — {category}" if category else site_name(site)


def _qdt(moment: datetime, tz: tzinfo) -> QDateTime:
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _aware(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


NEW_PLACE_NOTE = N_("“%1” is not among the sites yet: saving adds it to the Sites.")


class _Moment(QWidget):
    """A "when" that may be left empty: a check box, a date and time (host time) and a place, chosen
    from the list or typed: a place that is not a site yet is kept as typed and made a site on saving,
    as in the visit's details, and the line under the field says so."""

    def __init__(
        self,
        text: str,
        at: datetime | None,
        site_id: int | None,
        default: datetime,
        sites: Sequence[SiteRow],
        tz: tzinfo,
    ) -> None:
        super().__init__()
        self.tz = tz
        self.on = QCheckBox(text)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(_qdt(at or default, tz))
        self.place = fill_width(
            searchable_combo(
                [(tr("(no place)"), None), *[(site_label(s), s.id) for s in sites_by_name(sites)]],
                site_id,
                keep_typed=True,
            )
        )
        # a site's bare name, typed in any case, takes it (the list shows it with its address)
        self._names = sites_by_bare_name(sites)
        self.note = QLabel()
        self.note.setObjectName("new_place_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.place.lineEdit().editingFinished.connect(self._typed)
        self.place.currentIndexChanged.connect(lambda _: self._typed())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on)
        row.addWidget(self.when)
        row.addWidget(self.place, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.on.toggled.connect(self._enable)
        self.on.setChecked(at is not None)
        self._enable(at is not None)

    def _enable(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.place.setEnabled(on)
        self._typed()

    def new_place(self) -> str:
        """The place typed that is not a site yet (made one on saving), or ""."""
        typed = " ".join(self.place.currentText().split())
        if not typed or self.place.findText(self.place.currentText(), Qt.MatchFlag.MatchFixedString) >= 0:
            return ""
        site_id = self._names.get(typed.casefold())
        if site_id is not None:  # the bare name of a listed site: that site
            self.place.setCurrentIndex(self.place.findData(site_id))
            self.place.setEditText(self.place.itemText(self.place.currentIndex()))
            return ""
        return typed

    def _typed(self) -> None:
        name = self.new_place() if self.on.isChecked() else ""
        self.note.setText(tr(NEW_PLACE_NOTE, name) if name else "")
        self.note.setVisible(bool(name))

    def values(self) -> tuple[datetime | None, int | None]:
        if not self.on.isChecked():
            return None, None
        return _aware(self.when.dateTime(), self.tz), None if self.new_place() else self.place.currentData()


class StayFields:
    """The arrival and departure rows of a form (host time): unticked means "as the visit" (or the
    person's group). ``changed()`` gives only the stay fields that differ from what was shown, and a
    place typed that is not a site yet as ``arrival_place`` or ``departure_place`` (the service makes
    the site, ``SetStayCommand``)."""

    def __init__(
        self, form: FieldForm, stay: StayRow, sites: Sequence[SiteRow], tz: tzinfo, default: datetime
    ) -> None:
        self.stay = stay
        self.arrival = _Moment(tr("arrives"), stay.arrival_at, stay.arrival_site_id, default, sites, tz)
        self.departure = _Moment(tr("leaves"), stay.departure_at, stay.departure_site_id, default, sites, tz)
        form.add("arrival_at", tr("Arrival"), self.arrival)
        form.add("departure_at", tr("Departure"), self.departure)
        # a refusal of a typed place (too long a name) is shown beside its row
        for field, row in (("arrival", self.arrival), ("departure", self.departure)):
            form.errors[f"{field}_site_id"], form.fields[f"{field}_site_id"] = form.errors[f"{field}_at"], row

    def values(self) -> dict[str, Any]:
        arrival_at, arrival_site = self.arrival.values()
        departure_at, departure_site = self.departure.values()
        return {
            "arrival_at": arrival_at,
            "arrival_site_id": arrival_site,
            "departure_at": departure_at,
            "departure_site_id": departure_site,
        }

    def places(self) -> dict[str, str]:
        """The places typed that are not sites yet, by the key the stay command takes."""
        typed = {
            "arrival_place": self.arrival.new_place() if self.arrival.on.isChecked() else "",
            "departure_place": self.departure.new_place() if self.departure.on.isChecked() else "",
        }
        return {k: v for k, v in typed.items() if v}

    def changed(self) -> dict[str, Any]:
        places = self.places()
        changed = {k: v for k, v in self.values().items() if getattr(self.stay, k) != v}
        for key, field in TYPED_PLACE_KEYS.items():
            if key in places:  # the site is the one the typed place names, not "no place"
                changed.pop(field, None)
        return changed | places


class PersonOrText(QComboBox):
    """Someone of the visit chosen from the list, or a name typed freely (a driver, a protocol officer of
    another office): ``value()`` gives (participant id, "") or (None, text)."""

    def __init__(
        self, people: Sequence[tuple[str, int]], person_id: int | None, text: str, hint: str
    ) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for name, pid in people:
            self.addItem(name, pid)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(hint)
        n = self.findData(person_id) if person_id is not None else -1
        if n > 0:
            self.setCurrentIndex(n)
        else:
            self.setCurrentIndex(0)
            self.setEditText(text)

    def value(self) -> tuple[int | None, str]:
        typed = self.currentText().strip()
        n = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if typed and n > 0:
            return self.itemData(n), ""
        return None, typed


class TravelFields:
    """How a person arrives and leaves, beside their arrival and departure: the mode (flight, train, car,
    other), the flight or train number, and who meets them / sees them off. ``changed()`` gives only the
    fields that differ from what was shown."""

    def __init__(self, form: FieldForm, person: object | None, people: Sequence[tuple[str, int]]) -> None:
        # the person's ParticipantRow (None: a new person)
        self.shown = {f: getattr(person, f, None) for f in (*TRAVEL_FIELDS, *PARTICIPANT_MEETER_FIELDS)}
        travel = self.shown
        self.widgets: dict[str, tuple[QComboBox, QLineEdit, PersonOrText]] = {}
        modes = [(tr("(not known)"), ""), *value_choices("travel_mode", list(TravelMode))]
        for end, caption, hint in (
            ("arrival", tr("Arrives by"), tr("who meets them")),
            ("departure", tr("Leaves by"), tr("who sees them off")),
        ):
            mode = QComboBox()
            for text, value in modes:
                mode.addItem(text, value)
            mode.setCurrentIndex(max(0, mode.findData(travel.get(f"{end}_mode") or "")))
            number = QLineEdit(str(travel.get(f"{end}_number") or ""))
            number.setPlaceholderText(tr("flight or train number"))
            meeter = PersonOrText(
                people, travel.get(f"{end}_meeter_id"), str(travel.get(f"{end}_meeter") or ""), hint
            )
            fill_width(meeter, CHOOSER_CHARACTERS // 2)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(mode)
            row.addWidget(number)
            row.addWidget(meeter, 1)
            form.add(f"{end}_mode", caption, box)
            # the service's messages about the number or the meeter land on the same row
            for name in (f"{end}_number", f"{end}_meeter", f"{end}_meeter_id"):
                form.errors[name], form.fields[name] = form.errors[f"{end}_mode"], box
            self.widgets[end] = (mode, number, meeter)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for end, (mode, number, meeter) in self.widgets.items():
            meeter_id, text = meeter.value()
            found[f"{end}_mode"] = mode.currentData() or ""
            found[f"{end}_number"] = number.text().strip()
            found[f"{end}_meeter_id"] = meeter_id
            found[f"{end}_meeter"] = text
        return found

    def changed(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if (self.shown.get(k) or None) != (v or None)}
