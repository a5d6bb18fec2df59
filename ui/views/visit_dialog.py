"""The visit's details dialog (new visit and visit details), with a searchable time-zone picker.

The same dialog creates a visit and edits one: title, dates, delegation (name, home region, home zone),
host region and organisation, host zone, arrival and departure (a time and a site such as an airport or
a border crossing), the working day (its first and last hour) and purpose. Zones are chosen from the
IANA list, never typed freely; a new visit's host zone is the computer's own. Moving the first day moves
the last day and the arrival and departure with it, as the service moves the items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import Problem, ValidationError
from planner.domain.zones import zone_cities, zone_offset
from planner.queries.sites import SiteRow
from planner.queries.stay import BY_ITEM, StayEnd
from planner.queries.translations import VisitNames
from planner.services.sites import TYPED_PLACE_KEYS
from planner.services.visit_details import ItemOutside, VisitDetails
from ui.i18n import N_, current_language, tr
from ui.views.forms import FormDialog, date_edit, date_value, line, text_box
from ui.views.pickers import fill_width, site_kind_label, sites_by_bare_name, sites_by_name
from ui.views.translations_field import TranslationsSection

Submit = Callable[[dict[str, Any]], None]
# the items a change of dates would leave outside the visit: (first day, last day, host zone) -> items
OutsideCheck = Callable[[date, date, str], Sequence[ItemOutside]]
_NAMED = 5
_NAMES_HEIGHT = 300  # the most height the names in other languages take before they scroll


# the text the completer searches when an entry is found by more than its label (a zone's city names)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchCombo(QComboBox):
    """A combo box the user searches by typing any part of an entry; only listed entries are taken
    (typed text that matches none goes back to the current entry)."""

    def __init__(
        self,
        choices: Iterable[tuple[str, Any]],
        current: Any = None,
        parent: Any = None,
        also_found_by: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        for label, value in choices:
            self.addItem(label, value)
            if also_found_by is not None:  # typed words that find the entry besides its label
                self.setItemData(self.count() - 1, f"{label} {also_found_by(value)}", SEARCH_ROLE)
        completer = QCompleter(self.model(), self)
        if also_found_by is not None:
            completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(self._take)  # type: ignore[index]
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self.commit)
        self.set_value(current)

    def set_value(self, value: Any) -> None:
        """Make the entry whose value is ``value`` current (the first one if there is none)."""
        n = self.findData(value)
        self.setCurrentIndex(n if n >= 0 else 0)

    def value(self) -> Any:
        """The current entry's value, after taking what was typed."""
        self.commit()
        return self.currentData()

    def commit(self) -> None:
        """Take the typed text if it names an entry (its label or its value), else show the current one."""
        self._take(self.currentText())

    def _take(self, text: str) -> None:
        wanted = text.strip()
        for n in range(self.count()):
            names = (self.itemText(n), str(self.itemData(n)), self.itemData(n, SEARCH_ROLE))
            if wanted and wanted in names:
                self.setCurrentIndex(n)
                self.setEditText(self.itemText(n))
                return
        self.setEditText(self.itemText(self.currentIndex()))


@cache
def _zone_names() -> tuple[str, ...]:
    names = {n for n in available_timezones() if "/" in n and not n.startswith(("posix", "right", "SystemV"))}
    return tuple(sorted(names | {"UTC"}))


def zone_label(name: str, on: date | None = None) -> str:
    """``Asia/Atyrau (UTC+05:00)``: the zone with its offset from UTC on ``on`` (today if not given)."""
    return f"{name} ({zone_offset(name, on)})"


def local_zone() -> str:
    """The computer's own IANA zone, or UTC when the system names none that is known."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return name if name in _zone_names() else "UTC"


class ZonePicker(SearchCombo):
    """An IANA time zone, searched by any part of its name, shown with its offset from UTC."""

    def __init__(self, current: str | None = None, on: date | None = None, parent: Any = None) -> None:
        names = list(_zone_names())
        if current and current not in names:  # a zone stored before, which the list names otherwise
            names.append(current)
        language = current_language()

        def label(zone: str) -> str:
            city = zone_cities(zone).get(language, "")
            iana_city = zone.rsplit("/", 1)[-1].replace("_", " ")
            shown = zone_label(zone, on)
            return f"{shown} — {city}" if city and city != iana_city else shown

        # typed «Атырау», «Астрахань» or «Ақтау» finds the zone in any interface language
        super().__init__(
            [(label(n), n) for n in names],
            current,
            parent,
            also_found_by=lambda zone: " ".join(zone_cities(zone).values()),
        )

    def zone(self) -> str:
        """The chosen zone's IANA name."""
        return str(self.value())


class PlaceCombo(SearchCombo):
    """The site of an arrival or a departure: chosen from the list, or typed. Typed text that names no
    site (an empty database has none) is kept as a new place, made a site when the dialog is saved;
    ``placed`` is emitted with the new place's name, or "" when a listed entry is taken again."""

    placed = Signal(str)

    def __init__(self, choices: Iterable[tuple[str, Any]], current: Any, names: dict[str, int]) -> None:
        super().__init__(choices, current)
        self._names = names  # the sites by name, whatever its case: the name typed alone finds its site
        self._new = ""

    def new_place(self) -> str:
        """The place typed that names no site (made a site on saving), or ""."""
        self.commit()
        return self._new

    def _take(self, text: str) -> None:
        wanted = " ".join(text.split())
        site_id = self._names.get(wanted.casefold())
        if site_id is not None:  # the bare name of a listed site ("… — transport" in the list)
            self.set_value(site_id)
            self.setEditText(self.itemText(self.currentIndex()))
            self._set_new("")
            return
        for n in range(self.count()):
            if wanted and wanted in (self.itemText(n), self.itemData(n, SEARCH_ROLE)):
                self.setCurrentIndex(n)
                self.setEditText(self.itemText(n))
                self._set_new("")
                return
        if wanted:  # a place of its own: kept as typed, never dropped
            self.setEditText(wanted)
            self._set_new(wanted)
            return
        self.setEditText(self.itemText(self.currentIndex()))
        self._set_new("")

    def _set_new(self, name: str) -> None:
        if name != self._new:
            self._new = name
            self.placed.emit(name)


class StayEdit(QWidget):
    """An arrival or a departure: whether there is one, its date and time (host zone), and its site,
    chosen from the list or typed (a new site, made on saving, and said so under the field)."""

    def __init__(
        self,
        moment: datetime | None,
        site_id: int | None,
        sites: Sequence[SiteRow],
        host_zone: str,
        fallback: date,
        parent: Any = None,
        programme: StayEnd | None = None,
    ) -> None:
        super().__init__(parent)
        self.known = QCheckBox(tr("known"))
        self.known.setChecked(moment is not None)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        # not set here, but given by an arrival (departure) item of the programme: that is what the
        # plan, the check and the documents take, so the field says so and starts from it when ticked
        self.programme = programme if moment is None and programme is not None else None
        if self.programme is not None:
            moment, site_id = self.programme.at, self.programme.site_id
        local = moment.astimezone(ZoneInfo(host_zone)) if moment else datetime.combine(fallback, time(9, 0))
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        choices = [(tr("(no place)"), None)]
        # the category in the interface language, as the Sites page shows it (not the stored word)
        choices += [(site_kind_label(s), s.id) for s in sites_by_name(sites)]
        names = sites_by_bare_name(sites)
        # as wide whatever the sites' names: a long one no longer widens the dialog
        self.site = fill_width(PlaceCombo(choices, site_id, names))
        # a typed place that is not a site yet: what saving does with it, under the field
        self.note = QLabel()
        self.note.setObjectName("new_place_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.site.placed.connect(self._placed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.when)
        row.addWidget(self.site, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.from_programme = QLabel()
        self.from_programme.setObjectName("stay_from_programme")
        self.from_programme.setWordWrap(True)
        self.from_programme.setTextFormat(Qt.TextFormat.PlainText)  # a place typed with markup is text
        if self.programme is not None:
            local = self.programme.at.astimezone(ZoneInfo(host_zone))
            when = f"{local:%d.%m.%Y %H:%M}"
            where = f"{when}, {self.programme.place}" if self.programme.place else when
            self.from_programme.setText(
                tr("Not set here: the programme's item gives %1; tick “known” to set it here.", where)
            )
        layout.addWidget(self.from_programme)
        self.known.toggled.connect(self._enable)
        self._enable(self.known.isChecked())

    def _enable(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.site.setEnabled(on)
        self.note.setVisible(on and bool(self.site._new))
        self.from_programme.setVisible(not on and self.programme is not None)

    def _placed(self, name: str) -> None:
        self.note.setText(tr("“%1” is not among the sites yet: saving adds it to the Sites.", name))
        self.note.setVisible(bool(name) and self.known.isChecked())

    def shift(self, days: int) -> None:
        """Move the date by ``days`` at the same clock time (the visit's first day moved)."""
        self.when.setDateTime(self.when.dateTime().addDays(days))

    def moment(self, host_zone: str) -> datetime | None:
        """The instant in ``host_zone``, or None when there is none."""
        if not self.known.isChecked():
            return None
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=ZoneInfo(host_zone))

    def site_id(self) -> int | None:
        """The chosen site, or None (also when there is no arrival or departure, or a new place is typed)."""
        if not self.known.isChecked() or self.site.new_place():
            return None
        return self.site.value()

    def new_place(self) -> str:
        """The place typed that is not a site yet (made one on saving), or "" (also when there is none)."""
        return self.site.new_place() if self.known.isChecked() else ""


def outside_message(outside: Sequence[ItemOutside], start: date, end: date) -> str:
    """The refusal of dates that would leave items outside the visit, naming the items."""
    named = ", ".join(f"«{o.title}» ({o.starts:%d.%m.%Y %H:%M})" for o in outside[:_NAMED])
    if len(outside) > _NAMED:
        named += " " + tr("and %1 more", len(outside) - _NAMED)
    return tr(
        "%1 item(s) would fall outside %2–%3: %4. Lengthen the visit, or move or delete them first.",
        len(outside),
        f"{start:%d.%m.%Y}",
        f"{end:%d.%m.%Y}",
        named,
    )


def split_names(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """The dialog's values as (the details, the translations of the visit's names by field)."""
    names = {k: v for k, v in values.items() if k in VISIT_NAME_FIELDS}
    return {k: v for k, v in values.items() if k not in VISIT_NAME_FIELDS}, names


# the visit's names with lines for other languages: (translations field, label, the details' field)
_NAMES = (
    ("title_i18n", N_("Title"), "title"),
    ("delegation_name_i18n", N_("Delegation"), "delegation_name"),
    ("home_region_i18n", N_("Home region"), "home_region"),
    ("host_region_i18n", N_("Host region"), "host_region"),
    ("host_organisation_i18n", N_("Host organisation"), "host_organisation"),
    ("arrival_mode_i18n", N_("How the delegation travels"), "arrival_mode"),
    ("purpose_i18n", N_("Purpose"), "purpose"),
)
VISIT_NAME_FIELDS = frozenset(field for field, _, _ in _NAMES)


def visit_dialog(
    submit: Submit,
    parent: QWidget | None = None,
    details: VisitDetails | None = None,
    sites: Sequence[SiteRow] = (),
    outside: OutsideCheck | None = None,
    names: VisitNames | None = None,
    programme: tuple[StayEnd | None, StayEnd | None] = (None, None),
) -> FormDialog:
    """A new visit (``details`` None) or an existing visit's details.

    ``programme``: the visit's arrival and departure as the plan and the documents take them; one that
    an item of the programme gives (not the visit's own) is said under its field.

    ``submit`` gets the values to write: all of them for a new visit, only the changed ones for an
    existing one; the translations of the visit's names (``names``: those stored) come among them as
    ``title_i18n`` and so on (:func:`split_names` parts them). ``outside`` finds the items new dates
    would leave out, to refuse them in words here.
    """
    dialog = FormDialog(tr("Visit details") if details else tr("New visit"), parent, submit)
    f = dialog.form
    today = date.today()
    d = details
    title = f.add("title", tr("Title"), line(d.title if d else ""))
    start = f.add("start_date", tr("First day"), date_edit(d.start_date if d else today, optional=False))
    end = f.add("end_date", tr("Last day"), date_edit(d.end_date if d else today, optional=False))
    delegation = f.add("delegation_name", tr("Delegation"), line(d.delegation_name if d else ""))
    home = f.add("home_region", tr("Home region"), line(d.home_region if d else ""))
    on = d.start_date if d else today
    home_tz = f.add("home_timezone", tr("Guests' time zone"), ZonePicker(d.home_timezone if d else None, on))
    host_region = f.add("host_region", tr("Host region"), line(d.host_region if d else ""))
    host_org = f.add("host_organisation", tr("Host organisation"), line(d.host_organisation if d else ""))
    host_tz = f.add(
        "host_timezone", tr("Host time zone"), ZonePicker(d.host_timezone if d else local_zone(), on)
    )
    if d is None:
        home_tz.set_value(host_tz.zone())  # a zone of the list, not a sample's value
    zone_name = d.host_timezone if d else host_tz.zone()
    given = [end if end is not None and end.by == BY_ITEM else None for end in programme]
    arrival = StayEdit(
        d.arrival_at if d else None,
        d.arrival_site_id if d else None,
        sites,
        zone_name,
        on,
        programme=given[0],
    )
    f.add("arrival_at", tr("Arrival (time, place)"), arrival)
    f.errors["arrival_site_id"], f.fields["arrival_site_id"] = f.errors["arrival_at"], arrival
    departure = StayEdit(
        d.departure_at if d else None,
        d.departure_site_id if d else None,
        sites,
        zone_name,
        d.end_date if d else today,
        programme=given[1],
    )
    f.add("departure_at", tr("Departure (time, place)"), departure)
    f.errors["departure_site_id"], f.fields["departure_site_id"] = f.errors["departure_at"], departure
    arrival_mode = f.add("arrival_mode", tr("How the delegation travels"), line(d.arrival_mode if d else ""))
    opens, closes = (d.day_start, d.day_end) if d else (time(9, 0), time(18, 0))
    day_start = QTimeEdit(QTime(opens.hour, opens.minute))
    day_end = QTimeEdit(QTime(closes.hour, closes.minute))
    for clock in (day_start, day_end):
        clock.setDisplayFormat("HH:mm")  # as every other time here, not "9:00 AM" from the locale
    f.add("day_start", tr("Working day starts"), day_start)
    f.add("day_end", tr("Working day ends"), day_end)
    purpose = f.add("purpose", tr("Purpose"), text_box(d.purpose if d else ""))
    # the names in Russian, Kazakh and English, each below the button, greyed with the typed name
    stored = {name.field: name.translations for name in names.names} if names else {}
    typed_in = {
        "title": title,
        "delegation_name": delegation,
        "home_region": home,
        "host_region": host_region,
        "host_organisation": host_org,
        "arrival_mode": arrival_mode,
        "purpose": purpose,
    }
    translations = TranslationsSection()
    for field, label, source in _NAMES:
        translations.add(field, tr(label), stored.get(field, {}), typed_in[source])
    # seven names take more height than a laptop screen has: they scroll in a box of their own
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    holder.setWidget(translations)

    def fit_names() -> None:
        holder.setFixedHeight(min(translations.sizeHint().height(), _NAMES_HEIGHT) + 2)

    translations.toggle.toggled.connect(lambda _: fit_names())
    fit_names()
    f.add("translations", "", holder)
    dialog.translations = translations  # type: ignore[attr-defined]
    if d is not None and d.item_count:
        note = tr("Moving the first day moves all %1 items of the programme by as many days.", d.item_count)
        title.setToolTip(note)
        start.setToolTip(note)
    dialog.title_edit, dialog.start_edit, dialog.end_edit = title, start, end  # type: ignore[attr-defined]
    dialog.delegation_edit, dialog.home_zone, dialog.host_zone = (  # type: ignore[attr-defined]
        delegation,
        home_tz,
        host_tz,
    )
    dialog.arrival, dialog.departure = arrival, departure  # type: ignore[attr-defined]
    dialog.purpose_edit = purpose  # type: ignore[attr-defined]
    dialog.day_start_edit, dialog.day_end_edit = day_start, day_end  # type: ignore[attr-defined]

    last_start = [start.date()]

    def start_moved(new: QDate) -> None:
        # the stay keeps its length: the last day, arrival and departure move with the first day
        days = last_start[0].daysTo(new)
        last_start[0] = new
        if days:
            end.setDate(end.date().addDays(days))
            arrival.shift(days)
            departure.shift(days)

    start.dateChanged.connect(start_moved)

    def collect() -> dict[str, Any]:
        host_zone = host_tz.zone()
        values: dict[str, Any] = {
            "title": title.text().strip(),
            "start_date": date_value(start, optional=False),
            "end_date": date_value(end, optional=False),
            "delegation_name": delegation.text().strip(),
            "home_region": home.text().strip(),
            "home_timezone": home_tz.zone(),
            "host_region": host_region.text().strip(),
            "host_organisation": host_org.text().strip(),
            "host_timezone": host_zone,
            "arrival_at": arrival.moment(host_zone),
            "arrival_site_id": arrival.site_id(),
            "departure_at": departure.moment(host_zone),
            "departure_site_id": departure.site_id(),
            "arrival_mode": arrival_mode.text().strip(),
            "day_start": day_start.time().toPython(),
            "day_end": day_end.time().toPython(),
            "purpose": purpose.toPlainText(),
        }
        # a place typed that is not a site yet: the site is made on saving, in the same step
        places = {"arrival_place": arrival.new_place(), "departure_place": departure.new_place()}
        for key, name in places.items():
            if name:
                del values[TYPED_PLACE_KEYS[key]]
        places = {k: v for k, v in places.items() if v}
        typed_names = translations.values()
        if d is None:
            return values | places | {k: v for k, v in typed_names.items() if v}
        values = {k: v for k, v in values.items() if v != getattr(d, k)}
        values |= places
        values |= {k: v for k, v in typed_names.items() if v != stored.get(k, {})}
        first, last = values.get("start_date", d.start_date), values.get("end_date", d.end_date)
        if outside is not None and {"start_date", "end_date", "host_timezone"} & set(values):
            found = outside(first, last, host_zone)
            if found:
                where = "start_date" if found[0].starts.date() < first else "end_date"
                raise ValidationError(Problem(where, outside_message(found, first, last)))
        return values

    dialog.collect = collect
    return dialog
