"""Small editors shared by the dialogs: a combo box that finds an entry by any part of its text, and
the arrival and departure fields of a group or a person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QWidget,
)

from planner.queries.groups import StayRow
from planner.queries.sites import SiteRow
from ui.i18n import tr
from ui.views.forms import FieldForm


def searchable_combo(choices: Sequence[tuple[str, Any]], current: Any = None) -> QComboBox:
    """A combo box the officer can type into: the list narrows to entries containing the typed text
    (anywhere, any case), so one of 60+ sites is found by a word of its name or address."""
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
    # typed text that names no entry falls back to the entry shown before, never to a stray value
    box.lineEdit().editingFinished.connect(lambda: _settle(box))
    return box


def _settle(box: QComboBox) -> None:
    n = box.findText(box.currentText(), Qt.MatchFlag.MatchFixedString)
    box.setCurrentIndex(n if n >= 0 else box.currentIndex())
    box.setEditText(box.itemText(box.currentIndex()))


def site_label(site: SiteRow) -> str:
    """A site as pickers list it: its name, and its address when it has one."""
    return f"{site.name} — {site.address}" if site.address else site.name


def _qdt(moment: datetime, tz: tzinfo) -> QDateTime:
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _aware(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class _Moment(QWidget):
    """A "when" that may be left empty: a check box, a date and time (host time) and a place."""

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
        self.place = searchable_combo(
            [(tr("(no place)"), None), *[(site_label(s), s.id) for s in sites]], site_id
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on)
        row.addWidget(self.when)
        row.addWidget(self.place, 1)
        self.on.toggled.connect(self._enable)
        self.on.setChecked(at is not None)
        self._enable(at is not None)

    def _enable(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.place.setEnabled(on)

    def values(self) -> tuple[datetime | None, int | None]:
        if not self.on.isChecked():
            return None, None
        return _aware(self.when.dateTime(), self.tz), self.place.currentData()


class StayFields:
    """The arrival and departure rows of a form (host time): unticked means "as the visit" (or the
    person's group). ``changed()`` gives only the stay fields that differ from what was shown."""

    def __init__(
        self, form: FieldForm, stay: StayRow, sites: Sequence[SiteRow], tz: tzinfo, default: datetime
    ) -> None:
        self.stay = stay
        self.arrival = _Moment(tr("arrives"), stay.arrival_at, stay.arrival_site_id, default, sites, tz)
        self.departure = _Moment(tr("leaves"), stay.departure_at, stay.departure_site_id, default, sites, tz)
        form.add("arrival_at", tr("Arrival"), self.arrival)
        form.add("departure_at", tr("Departure"), self.departure)

    def values(self) -> dict[str, Any]:
        arrival_at, arrival_site = self.arrival.values()
        departure_at, departure_site = self.departure.values()
        return {
            "arrival_at": arrival_at,
            "arrival_site_id": arrival_site,
            "departure_at": departure_at,
            "departure_site_id": departure_site,
        }

    def changed(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if getattr(self.stay, k) != v}
